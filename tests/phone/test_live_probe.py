"""Every failure path of the live probe, with fake transports (no phone, no USB needed)."""

from __future__ import annotations

import pytest
import usb1
from adb_shell import exceptions as adb_exc

from kit.checks.i18n import label
from kit.phone import probe
from kit.phone.probe import PhoneError


def test_libusb_is_loaded_from_libusb_package():
    assert probe.load_libusb() is usb1


@pytest.mark.parametrize("exc, phase, system, code", [
    (usb1.USBErrorBusy(), "open", "linux", probe.BUSY),
    (usb1.USBErrorAccess(), "open", "linux", probe.PERMISSION),
    (usb1.USBErrorAccess(), "open", "win32", probe.DRIVER),
    (usb1.USBErrorNotSupported(), "open", "win32", probe.DRIVER),
    (usb1.USBErrorNotFound(), "open", "win32", probe.DRIVER),
    (usb1.USBErrorAccess(), "open", "darwin", probe.BUSY),
    (adb_exc.UsbDeviceNotFoundError("none"), "open", "linux", probe.NO_DEVICE),
    (adb_exc.DeviceAuthError("no keys"), "auth", "linux", probe.NOT_AUTHORISED),
    (adb_exc.UsbReadFailedError("timeout", usb1.USBErrorTimeout()), "auth", "linux", probe.NOT_AUTHORISED),
    (adb_exc.UsbReadFailedError("gone", usb1.USBErrorNoDevice()), "read", "linux", probe.DISCONNECTED),
    (adb_exc.UsbWriteFailedError("gone", usb1.USBErrorIO()), "read", "linux", probe.DISCONNECTED),
    (adb_exc.UsbReadFailedError("busy", usb1.USBErrorBusy()), "read", "linux", probe.BUSY),
    (RuntimeError("odd"), "open", "linux", "failed"),
])
def test_usb_errors_map_to_clear_codes(exc, phase, system, code):
    assert probe.android_error(exc, phase, system).code == code


class FakeDevice:
    """Stands in for adb_shell's AdbDeviceUsb."""

    construct_error: BaseException | None = None
    connect_error: BaseException | None = None
    outputs: dict = {}
    shell_error: BaseException | None = None

    def __init__(self, default_transport_timeout_s=None):
        if self.construct_error:
            raise self.construct_error
        self.closed = False
        self.commands = []

    def connect(self, rsa_keys=None, auth_timeout_s=None):
        assert rsa_keys and rsa_keys[0].GetPublicKey().strip().endswith("ontkoppel@kit")
        if self.connect_error:
            raise self.connect_error

    def shell(self, command, read_timeout_s=None, timeout_s=None, decode=True):
        self.commands.append(command)
        if self.shell_error:
            raise self.shell_error
        return self.outputs.get(command, b"")

    def close(self):
        self.closed = True


def fake(**kw):
    return type("Fake", (FakeDevice,), kw)


def test_connect_and_read(tmp_path):
    src = probe.open_android(tmp_path, device_class=fake(outputs={"getprop": b"[a]: [b]\n"}))
    assert src.read("getprop").value == "[a]: [b]\n"
    assert not src.read("settings list global").ok  # empty output: not readable
    assert (tmp_path / "adbkey").stat().st_mode & 0o077 == 0
    pub = (tmp_path / "adbkey.pub").read_text()
    assert pub.endswith(" ontkoppel@kit") and "@" not in pub[:-len(" ontkoppel@kit")]
    src.close()
    # the key is made once and reused
    before = (tmp_path / "adbkey").read_bytes()
    probe.open_android(tmp_path, device_class=fake())
    assert (tmp_path / "adbkey").read_bytes() == before


@pytest.mark.parametrize("where, exc, code", [
    ("construct_error", adb_exc.UsbDeviceNotFoundError("no device"), probe.NO_DEVICE),
    ("construct_error", usb1.USBErrorBusy(), probe.BUSY),
    ("construct_error", usb1.USBErrorAccess(), None),  # permission (Linux) or driver (Windows)
    ("connect_error", adb_exc.DeviceAuthError("denied"), probe.NOT_AUTHORISED),
    ("connect_error", adb_exc.UsbReadFailedError("timeout", usb1.USBErrorTimeout()), probe.NOT_AUTHORISED),
    ("connect_error", adb_exc.UsbDeviceNotFoundError("unplugged"), probe.NO_DEVICE),
])
def test_connect_failures(tmp_path, where, exc, code):
    with pytest.raises(PhoneError) as e:
        probe.open_android(tmp_path, device_class=fake(**{where: exc}))
    assert e.value.code in ((code,) if code else (probe.PERMISSION, probe.DRIVER, probe.BUSY))
    assert label(f"phone.error.{e.value.code}", "nl") != f"phone.error.{e.value.code}"


def test_read_failures(tmp_path):
    src = probe.open_android(tmp_path, device_class=fake(shell_error=adb_exc.AdbTimeoutError("slow")))
    assert src.read("getprop").error == "timeout"
    src = probe.open_android(tmp_path, device_class=fake(
        shell_error=adb_exc.UsbReadFailedError("gone", usb1.USBErrorNoDevice())))
    with pytest.raises(PhoneError) as e:
        src.read("getprop")
    assert e.value.code == probe.DISCONNECTED


def test_a_phone_lost_mid_check_stops_the_check_with_a_clear_error(tmp_path):
    from kit.phone import run_phone_check

    src = probe.open_android(tmp_path, device_class=fake(
        shell_error=adb_exc.UsbWriteFailedError("gone", usb1.USBErrorNoDevice())))
    with pytest.raises(PhoneError) as e:
        run_phone_check(src)
    assert e.value.code == probe.DISCONNECTED


def test_denied_and_missing_output():
    src = probe.AndroidReplay({
        "dumpsys adb": "Permission Denial: can't dump adb from pid=1, uid=2000",
        "dumpsys appops": "Can't find service: appops",
        "which su": "/system/xbin/su\n",
        "cmd role get-role-holders android.app.role.SMS": "",
    })
    assert src.read("dumpsys adb").error == "denied"
    assert src.read("dumpsys appops").error == "no_command"
    assert src.read("which su").ok
    assert src.read("cmd role get-role-holders android.app.role.SMS").ok
    assert src.read("getprop").error == "not_found"


@pytest.mark.parametrize("found, code", [
    ([], probe.NO_DEVICE),
    ([{"kind": "android-no-adb", "vendor": 0x04E8, "maker": "Samsung"}], probe.DEBUGGING_OFF),
])
def test_connect_without_a_usable_phone(tmp_path, found, code):
    with pytest.raises(PhoneError) as e:
        probe.connect(tmp_path, scan=lambda: found)
    assert e.value.code == code


def test_connect_picks_android_then_iphone(tmp_path):
    assert probe.connect(tmp_path, scan=lambda: [{"kind": "android"}],
                         android=lambda folder: "android") == "android"
    assert probe.connect(tmp_path, scan=lambda: [{"kind": "ios"}], ios=lambda: "ios") == "ios"


def test_iphone_without_the_extra(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_pymobiledevice3(name, *a, **k):
        if name.startswith("pymobiledevice3"):
            raise ImportError(name=name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_pymobiledevice3)
    with pytest.raises(PhoneError) as e:
        probe.open_ios()
    assert e.value.code == probe.IOS_EXTRA
    assert "ontkoppel[iphone]" in label("phone.error.ios_extra", "en")


@pytest.mark.parametrize("name, code", [
    ("ConnectionFailedToUsbmuxdError", probe.USBMUXD), ("NoDeviceConnectedError", probe.NO_DEVICE),
    ("NotPairedError", probe.NOT_TRUSTED), ("PairingDialogResponsePendingError", probe.NOT_TRUSTED),
    ("UserDeniedPairingError", probe.NOT_TRUSTED), ("PasswordRequiredError", probe.LOCKED),
    ("SomethingElse", "failed")])
def test_iphone_connect_failures(name, code):
    exc = type(name, (Exception,), {})("x")

    def create(autopair=True):
        raise exc

    with pytest.raises(PhoneError) as e:
        probe.open_ios(create=create)
    assert e.value.code == code


def test_live_iphone_reads_with_a_fake_lockdown():
    class Lockdown:
        all_values = {"ProductType": "iPhone14,5", "SerialNumber": "X"}

        def get_value(self, domain, key):
            raise RuntimeError("no developer mode on this iOS")

        def close(self):
            pass

    src = probe.open_ios(create=lambda autopair=True: Lockdown())
    assert src.read("device").value["ProductType"] == "iPhone14,5"
    assert not src.read("apps").ok or isinstance(src.read("apps").value, list)
    with pytest.raises(ValueError):
        src.read("erase")
    src.close()


def test_scan_reports_errors_as_phone_errors():
    class Ctx:
        def __enter__(self):
            raise usb1.USBErrorAccess()

        def __exit__(self, *a):
            return False

    fake_usb = type("U", (), {"USBContext": Ctx, "USBError": usb1.USBError})
    with pytest.raises(PhoneError) as e:
        probe.scan_usb(fake_usb)
    assert e.value.code in (probe.PERMISSION, probe.DRIVER, probe.BUSY)


def test_scan_sorts_phones_by_kind():
    class Setting:
        def __init__(self, c):
            self.c = c

        def getClass(self):
            return self.c[0]

        def getSubClass(self):
            return self.c[1]

        def getProtocol(self):
            return self.c[2]

    class Dev:
        def __init__(self, vendor, product, settings):
            self.v, self.p, self.s = vendor, product, settings

        def getVendorID(self):
            return self.v

        def getProductID(self):
            return self.p

        def iterSettings(self):
            return [Setting(c) for c in self.s]

    devices = [Dev(0x05AC, 0x12A8, []), Dev(0x18D1, 0x4EE7, [(0xFF, 0x42, 0x01)]),
               Dev(0x04E8, 0x6860, [(0x06, 0x01, 0x01)]), Dev(0x046D, 0xC077, [(0x03, 0x01, 0x02)])]

    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def getDeviceIterator(self, skip_on_error=True):
            return iter(devices)

    fake_usb = type("U", (), {"USBContext": Ctx, "USBError": usb1.USBError})
    assert [f["kind"] for f in probe.scan_usb(fake_usb)] == ["ios", "android", "android-no-adb"]
