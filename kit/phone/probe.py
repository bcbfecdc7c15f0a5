"""The phone probe: the only code that talks to a phone. Live (USB) or replayed from a file.

An Android source has `read(command) -> Read[str]` for the commands in kit.phone.commands.ALLOWED
and nothing else; an iPhone source has `read(part) -> Read` for the parts in IOS_PARTS. Neither
has a method that can change the phone. Connecting raises PhoneError with a code; the texts say
what happened and what to do (kit.phone.texts, "phone.error.<code>").
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from kit.checks.probe.base import DENIED, FAILED, NO_COMMAND, NOT_FOUND, TIMEOUT, Read
from kit.phone.commands import ALLOWED, LAUNCHER, SMS_ROLE, SU

FORMAT = 1
IOS_PARTS = ("device", "apps", "profiles", "cloud_configuration")

# Why a phone could not be checked; each code has a one-line text "phone.error.<code>".
NO_DEVICE = "no_device"
DEBUGGING_OFF = "debugging_off"
NOT_AUTHORISED = "not_authorised"
BUSY = "busy"
DRIVER = "driver"
PERMISSION = "permission"
USB_LIBRARY = "usb_library"
DISCONNECTED = "disconnected"
IOS_EXTRA = "ios_extra"
USBMUXD = "usbmuxd"
NOT_TRUSTED = "not_trusted"
LOCKED = "locked"
REPLAY = "replay"
ERROR_CODES = (NO_DEVICE, DEBUGGING_OFF, NOT_AUTHORISED, BUSY, DRIVER, PERMISSION, USB_LIBRARY,
               DISCONNECTED, IOS_EXTRA, USBMUXD, NOT_TRUSTED, LOCKED, REPLAY, FAILED)

APPLE_VENDOR = 0x05AC
# USB vendor ids of common Android phone makers: a phone of theirs without an adb interface
# means "USB debugging is off" (or the cable only charges), not "no phone".
ANDROID_VENDORS = {0x04E8: "Samsung", 0x18D1: "Google", 0x2717: "Xiaomi", 0x22D9: "Oppo",
                   0x2A70: "OnePlus", 0x22B8: "Motorola", 0x12D1: "Huawei", 0x0FCE: "Sony",
                   0x1004: "LG", 0x2E04: "Nokia", 0x2D95: "vivo", 0x0BB4: "HTC", 0x17EF: "Lenovo",
                   0x1EBF: "Fairphone", 0x2A45: "Meizu", 0x19D2: "ZTE", 0x0B05: "Asus"}
ADB_INTERFACE = (0xFF, 0x42, 0x01)
KEY_COMMENT = " ontkoppel@kit"  # the name our USB-debugging key shows on the phone


class PhoneError(Exception):
    """The phone could not be read. `code` is one of ERROR_CODES; `detail` is technical."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# -- shell output that is not data ---------------------------------------------------------
_DENIED = re.compile(r"Permission Denial|permission denied|SecurityException|"
                     r"requires (?:the )?android\.permission|not allowed to dump", re.I)
_MISSING = re.compile(r"Can't find service|Unknown command|unknown option|"
                      r"inaccessible or not found|: not found$|No shell command implementation",
                      re.I | re.M)


def classify(command: str, text: str) -> Read:
    """A shell command's output as a Read: denial and missing-tool messages are errors."""
    head = text[:600]
    if not text.strip() and command not in (SU, SMS_ROLE, LAUNCHER):
        return Read.fail(NO_COMMAND, "empty output")
    if _DENIED.search(head):
        return Read.fail(DENIED, head.strip().splitlines()[0][:160])
    if _MISSING.search(head) and not (command == "which su" and head.strip().startswith("/")):
        return Read.fail(NO_COMMAND, head.strip().splitlines()[0][:160])
    return Read(text)


# -- replay ----------------------------------------------------------------------------------
class AndroidReplay:
    """Shell outputs from a recording: {"format": 1, "kind": "android", "commands": {...}}."""

    kind = "android"
    live = False

    def __init__(self, commands: dict[str, str]):
        self._commands: dict[str, str] = {}
        for k, v in commands.items():
            if isinstance(k, str) and isinstance(v, str):
                self._commands.setdefault(_normal(k), v)

    def read(self, command: str) -> Read:
        _allowed(command)
        key = _normal(command)
        if key not in self._commands:
            key = _alias(command, self._commands)
        if key is None:
            return Read.fail(NOT_FOUND, "not in the recording")
        return classify(command, self._commands[key])

    def close(self) -> None:
        pass


class IosReplay:
    """Lockdown values, apps, profiles and cloud configuration from a recording."""

    kind = "ios"
    live = False

    def __init__(self, data: dict[str, Any]):
        self._data = data

    def read(self, part: str) -> Read:
        if part not in IOS_PARTS:
            raise ValueError(f"not an iPhone part the check reads: {part!r}")
        value = self._data.get(part)
        if value is None:
            return Read.fail(NOT_FOUND, "not in the recording")
        want = list if part == "apps" else dict
        if part == "apps" and isinstance(value, dict):  # {bundle id: app dict} as browse() gives
            value = [dict(v, CFBundleIdentifier=v.get("CFBundleIdentifier", k))
                     for k, v in value.items() if isinstance(v, dict)]
        if not isinstance(value, want):
            return Read.fail(FAILED, f"{part} is not a {want.__name__}")
        return Read(value)

    def close(self) -> None:
        pass


def _normal(command: str) -> str:
    """"adb shell  pm list packages -f" -> "pm list packages -f": recordings made by other
    tools may keep the adb prefix or extra spaces."""
    words = command.split()
    if words[:2] == ["adb", "shell"]:
        words = words[2:]
    elif words[:1] == ["shell"]:
        words = words[1:]
    return " ".join(words)


def _alias(command: str, commands: dict[str, str]) -> str | None:
    """A recorded variant of an allowed command: `pm list packages` with other flags, or a
    command with `--user 0`. A package list without -i has no installers: the parser sees that."""
    words = command.split()
    if command.startswith("pm list packages"):  # best first: the most of -f -i -U -u
        options = sorted((k for k in commands if k.startswith("pm list packages")),
                         key=lambda k: -len({"-f", "-i", "-U", "-u"} & _combined_flags(k)))
        return options[0] if options else None
    for key in commands:
        rest = [w for w in key.split() if w not in ("--user", "0", "current")]
        if rest == words:
            return key
    return None


def _combined_flags(key: str) -> set[str]:
    """"-fiU" -> {"-f", "-i", "-U"}."""
    return {f"-{c}" for w in key.split() if w.startswith("-") and not w.startswith("--") for c in w[1:]}


def load_replay(path: Path) -> AndroidReplay | IosReplay:
    """Read a replay file; PhoneError(REPLAY, one line) when it is not one."""
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise PhoneError(REPLAY, f"cannot read {path}: {e.strerror or e}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise PhoneError(REPLAY, f"{path} is not a JSON file ({type(e).__name__})") from None
    if not isinstance(data, dict):
        raise PhoneError(REPLAY, f"{path} does not hold a JSON object")
    if data.get("format") != FORMAT:
        raise PhoneError(REPLAY, f"{path} has format {data.get('format')!r}; this kit reads "
                                 f"format {FORMAT}")
    kind = data.get("kind")
    if kind == "android":
        commands = data.get("commands")
        if not isinstance(commands, dict):
            raise PhoneError(REPLAY, f"{path} has no \"commands\" object")
        return AndroidReplay(commands)
    if kind == "ios":
        return IosReplay(data)
    raise PhoneError(REPLAY, f"{path} has kind {kind!r}; expected \"android\" or \"ios\"")


def _allowed(command: str) -> None:
    if command not in ALLOWED:
        raise ValueError(f"not a read-only command of the check: {command!r}")


# -- recording -------------------------------------------------------------------------------
class Recorder:
    """Wraps a source and keeps what it read, for `--record`; redacted on save."""

    def __init__(self, source):
        self.source = source
        self.kind = source.kind
        self.live = getattr(source, "live", False)
        self.reads: dict[str, Any] = {}

    def read(self, what: str) -> Read:
        r = self.source.read(what)
        if r.ok:
            self.reads[what] = r.value
        return r

    def close(self) -> None:
        self.source.close()

    def data(self) -> dict[str, Any]:
        from kit.phone.redact import redact_android, redact_ios

        if self.kind == "android":
            return {"format": FORMAT, "kind": "android", "commands": redact_android(self.reads)}
        return {"format": FORMAT, "kind": "ios", **redact_ios(self.reads)}

    def save(self, path: Path) -> None:
        text = json.dumps(self.data(), ensure_ascii=False, indent=1, sort_keys=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)  # created new, never through an existing file or link
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")


# -- live: USB ---------------------------------------------------------------------------------
def load_libusb():
    """Load the libusb that ships with libusb-package; without it USB stays silently off."""
    try:
        import ctypes

        import libusb_package
        import usb1
    except ImportError as e:
        raise PhoneError(USB_LIBRARY, f"{e.name} is not installed") from None
    path = libusb_package.get_library_path()
    try:
        lib = ctypes.CDLL(str(path)) if path else None
    except OSError as e:
        raise PhoneError(USB_LIBRARY, str(e)) from None
    usb1.loadLibrary(lib)
    return usb1


def scan_usb(usb1=None) -> list[dict[str, Any]]:
    """Phones on USB: [{"kind": "android"|"android-no-adb"|"ios", "vendor": ..., "maker": ...}]."""
    usb1 = usb1 or load_libusb()
    found = []
    try:
        with usb1.USBContext() as ctx:
            for dev in ctx.getDeviceIterator(skip_on_error=True):
                vendor, product = dev.getVendorID(), dev.getProductID()
                if vendor == APPLE_VENDOR and (product & 0xFF00) == 0x1200:
                    found.append({"kind": "ios", "vendor": vendor, "maker": "Apple"})
                    continue
                adb = False
                for setting in dev.iterSettings():
                    if (setting.getClass(), setting.getSubClass(), setting.getProtocol()) == ADB_INTERFACE:
                        adb = True
                if adb:
                    found.append({"kind": "android", "vendor": vendor,
                                  "maker": ANDROID_VENDORS.get(vendor, "")})
                elif vendor in ANDROID_VENDORS:
                    found.append({"kind": "android-no-adb", "vendor": vendor,
                                  "maker": ANDROID_VENDORS[vendor]})
    except usb1.USBError as e:
        raise android_error(e, "scan") from None
    return found


def android_error(exc: BaseException, phase: str, system: str | None = None) -> PhoneError:
    """Map an adb-shell / libusb exception to a PhoneError. phase: scan, open, auth or read."""
    system = system or sys.platform
    name = type(exc).__name__
    text = f"{name}: {exc}"
    cause = getattr(exc, "usb_error", None) or exc.__cause__ or exc.__context__
    cause_name = type(cause).__name__ if cause is not None else ""
    names = {name, cause_name}
    if names & {"USBErrorBusy"}:
        return PhoneError(BUSY, text)
    if system.startswith("win") and names & {"USBErrorNotSupported", "USBErrorNotFound",
                                             "USBErrorAccess"}:
        return PhoneError(DRIVER, text)
    if names & {"USBErrorAccess"}:
        return PhoneError(PERMISSION if system.startswith("linux") else BUSY, text)
    if names & {"UsbDeviceNotFoundError", "USBErrorNoDevice"}:
        return PhoneError(NO_DEVICE if phase in ("scan", "open") else DISCONNECTED, text)
    if name == "DeviceAuthError" or (phase == "auth" and (
            names & {"UsbReadFailedError", "USBErrorTimeout", "AdbTimeoutError", "TimeoutError"})):
        return PhoneError(NOT_AUTHORISED, text)
    if phase == "read":
        return PhoneError(DISCONNECTED, text)
    return PhoneError(FAILED, text)


def adb_key(folder: Path):
    """Our USB-debugging key (made once, kept in the data folder), as an adb-shell signer."""
    from adb_shell.auth.keygen import encode_pubkey
    from adb_shell.auth.sign_pythonrsa import PythonRSASigner

    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # the data folder: owner-only
    folder.mkdir(exist_ok=True, mode=0o700)
    priv = folder / "adbkey"
    if not priv.exists():
        import base64

        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        fd = os.open(priv, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
        pub = base64.b64encode(encode_pubkey(str(priv))).decode() + KEY_COMMENT
        (folder / "adbkey.pub").write_text(pub, encoding="utf-8")
    return PythonRSASigner(pub=(folder / "adbkey.pub").read_text(encoding="utf-8"),
                           priv=priv.read_text(encoding="utf-8"))


class LiveAndroid:
    """A connected Android phone over USB (adb-shell). Only `read` of an allowed command."""

    kind = "android"
    live = True

    def __init__(self, device, read_timeout: float = 60.0):
        self._device = device
        self._timeout = read_timeout

    def read(self, command: str) -> Read:
        _allowed(command)
        try:
            out = self._device.shell(command, read_timeout_s=self._timeout,
                                     timeout_s=self._timeout, decode=False)
        except Exception as e:  # noqa: BLE001 - mapped below
            if type(e).__name__ in ("AdbTimeoutError", "TcpTimeoutException"):
                return Read.fail(TIMEOUT, str(e)[:160])
            raise android_error(e, "read") from None
        text = out.decode("utf-8", "replace") if isinstance(out, bytes) else str(out)
        return classify(command, text)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._device.close()


def open_android(key_folder: Path, *, auth_timeout: float = 45.0, usb1=None, device_class=None):
    """Connect to the first Android phone with USB debugging; PhoneError when that fails."""
    if device_class is None:
        load_libusb()
        from adb_shell.adb_device import AdbDeviceUsb as device_class
    try:
        device = device_class(default_transport_timeout_s=10.0)
    except Exception as e:  # noqa: BLE001
        raise android_error(e, "open") from None
    signer = adb_key(key_folder)
    try:
        device.connect(rsa_keys=[signer], auth_timeout_s=auth_timeout)
    except Exception as e:  # noqa: BLE001
        with contextlib.suppress(Exception):
            device.close()
        raise android_error(e, "auth" if type(e).__name__ != "UsbDeviceNotFoundError" else "open") from None
    return LiveAndroid(device)


class LiveIos:
    """A connected iPhone over usbmuxd (pymobiledevice3). Only reads."""

    kind = "ios"
    live = True

    def __init__(self, lockdown):
        self._lockdown = lockdown

    def read(self, part: str) -> Read:
        if part not in IOS_PARTS:
            raise ValueError(f"not an iPhone part the check reads: {part!r}")
        try:
            if part == "device":
                values = dict(self._lockdown.all_values)
                with contextlib.suppress(Exception):  # older iOS has no developer mode
                    values["DeveloperModeStatus"] = self._lockdown.get_value(
                        "com.apple.security.mac.amfi", "DeveloperModeStatus")
                return Read(values)
            if part == "apps":
                from pymobiledevice3.services.installation_proxy import InstallationProxyService

                apps = InstallationProxyService(lockdown=self._lockdown).get_apps(
                    application_type="Any", calculate_sizes=False)
                return Read([dict(v, CFBundleIdentifier=v.get("CFBundleIdentifier", k))
                             for k, v in apps.items()])
            from pymobiledevice3.services.mobile_config import MobileConfigService

            service = MobileConfigService(lockdown=self._lockdown)
            if part == "profiles":
                return Read(dict(service.get_profile_list()))
            return Read(dict(service.get_cloud_configuration()))
        except Exception as e:  # noqa: BLE001 - one part failing leaves the others
            err = DENIED if "Password" in type(e).__name__ or "Denied" in type(e).__name__ else FAILED
            return Read.fail(err, f"{type(e).__name__}: {e}"[:160])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._lockdown.close()


def ios_error(exc: BaseException) -> PhoneError:
    name = type(exc).__name__
    text = f"{name}: {exc}"
    if name in ("ConnectionFailedToUsbmuxdError", "MuxException", "FileNotFoundError",
                "ConnectionRefusedError"):
        return PhoneError(USBMUXD, text)
    if name in ("NoDeviceConnectedError", "DeviceNotFoundError"):
        return PhoneError(NO_DEVICE, text)
    if name in ("NotPairedError", "PairingDialogResponsePendingError", "UserDeniedPairingError",
                "InvalidHostIDError", "PairingError", "FatalPairingError"):
        return PhoneError(NOT_TRUSTED, text)
    if name in ("PasswordRequiredError",):
        return PhoneError(LOCKED, text)
    return PhoneError(FAILED, text)


def open_ios(create=None) -> LiveIos:
    """Connect to an iPhone through usbmuxd; PhoneError(IOS_EXTRA) without pymobiledevice3."""
    if create is None:
        try:
            from pymobiledevice3.lockdown import create_using_usbmux as create
        except ImportError:
            raise PhoneError(IOS_EXTRA, "pymobiledevice3 is not installed") from None
    try:
        return LiveIos(create(autopair=True))
    except Exception as e:  # noqa: BLE001 - mapped to a clear message
        raise ios_error(e) from None


def connect(key_folder: Path, *, scan=scan_usb, android=open_android, ios=open_ios):
    """The first phone on USB, as a live source; PhoneError with what to do when there is none."""
    found = scan()
    kinds = [f["kind"] for f in found]
    if "android" in kinds:
        return android(key_folder)
    if "ios" in kinds:
        return ios()
    if "android-no-adb" in kinds:
        maker = next(f["maker"] for f in found if f["kind"] == "android-no-adb")
        raise PhoneError(DEBUGGING_OFF, maker)
    raise PhoneError(NO_DEVICE, "no phone on USB")
