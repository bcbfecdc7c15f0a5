"""Redaction for phone recordings: serial numbers, IMEI, account names and e-mail addresses.

Android: identifying properties and settings get a stand-in; every serial found is also
replaced wherever else it shows up; trusted-computer names become computer1, computer2...;
e-mail addresses become person1@example.org...; 14-17 digit numbers (IMEI, ICCID) become zeros.
iPhone: only the device values the check needs are kept; apps keep only the fields the check
reads; e-mail addresses are replaced everywhere.
"""

from __future__ import annotations

import re
from typing import Any

from kit.checks.probe.redact import EMAIL

SECRET_PROP = re.compile(r"serial|imei|meid|iccid|msisdn|phone_?number|device_?name|bt\.name|"
                         r"bluetooth\.name|hostname|android_id|\.sn$|mac_?addr|wifimac|btmac|"
                         r"account|icc_?id|imsi|subscriber", re.I)
SECRET_SETTING = re.compile(r"^(android_id|bluetooth_name|bluetooth_address|device_name|"
                            r"lock_screen_owner_info|.*_account.*|.*email.*|.*phone_number.*)$", re.I)
LONG_NUMBER = re.compile(r"(?<![\w.])\d{14,17}(?![\w.])")
ACCOUNT = re.compile(r"(Account\s*\{\s*name=)([^,}]+)")
KEY_NAME = re.compile(r'(<adbKey key="[A-Za-z0-9+/=]{20,}\s+)([^"]+)(")')
USER_KEY = re.compile(r"([A-Za-z0-9+/=]{100,}) +(\S+@\S+|\S+)")
IOS_DEVICE_KEYS = ("ProductType", "ProductVersion", "BuildVersion", "DeviceClass",
                   "HardwareModel", "CPUArchitecture", "DeveloperModeStatus", "ActivationState",
                   "PasswordProtected", "TimeZone", "RegionInfo")
IOS_APP_KEYS = ("CFBundleIdentifier", "CFBundleDisplayName", "CFBundleName",
                "CFBundleShortVersionString", "CFBundleVersion", "ApplicationType",
                "SignerIdentity", "ProfileValidated", "IsAppClip", "Path")


class _Emails:
    def __init__(self):
        self.seen: dict[str, str] = {}

    def __call__(self, m: re.Match) -> str:
        addr = m.group(0).lower()
        if addr.endswith("@example.org"):
            return addr
        return self.seen.setdefault(addr, f"person{len(self.seen) + 1}@example.org")


def redact_android(commands: dict[str, str]) -> dict[str, str]:
    emails = _Emails()
    secrets: set[str] = set()
    out: dict[str, str] = {}
    getprop = commands.get("getprop", "")
    for m in re.finditer(r"^\[([^\]]+)\]:\s*\[(.*?)\]", getprop, re.M):
        if SECRET_PROP.search(m.group(1)) and len(m.group(2).strip()) >= 4:
            secrets.add(m.group(2).strip())
    for cmd in ("settings list secure", "settings list global"):
        for line in commands.get(cmd, "").splitlines():
            k, sep, v = line.partition("=")
            if sep and SECRET_SETTING.match(k.strip()) and len(v.strip()) >= 4:
                secrets.add(v.strip())
    computers: dict[str, str] = {}

    def computer(name: str) -> str:
        if "ontkoppel@kit" in name:
            return name
        return computers.setdefault(name, f"computer{len(computers) + 1}")

    for cmd, text in commands.items():
        for s in sorted(secrets, key=len, reverse=True):
            text = text.replace(s, "REDACTED")
        text = KEY_NAME.sub(lambda m: m.group(1) + computer(m.group(2)) + m.group(3), text)
        if cmd == "dumpsys adb":
            text = USER_KEY.sub(lambda m: f"{m.group(1)} {computer(m.group(2))}", text)
        text = ACCOUNT.sub(lambda m: m.group(1) + "account", text)
        text = EMAIL.sub(emails, text)
        text = LONG_NUMBER.sub(lambda m: "0" * len(m.group(0)), text)
        out[cmd] = text
    return out


def _scrub(value: Any, emails: _Emails) -> Any:
    if isinstance(value, str):
        return LONG_NUMBER.sub(lambda m: "0" * len(m.group(0)), EMAIL.sub(emails, value))
    if isinstance(value, dict):
        return {str(k): _scrub(v, emails) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v, emails) for v in value]
    if isinstance(value, bool | int | float) or value is None:
        return value
    return str(value)  # bytes, dates and other plist values: text only


def redact_ios(reads: dict[str, Any]) -> dict[str, Any]:
    emails = _Emails()
    out: dict[str, Any] = {}
    if isinstance(reads.get("device"), dict):
        out["device"] = {k: _scrub(reads["device"][k], emails) for k in IOS_DEVICE_KEYS
                         if k in reads["device"]}
    if isinstance(reads.get("apps"), list):
        out["apps"] = [{k: _scrub(a[k], emails) for k in IOS_APP_KEYS if k in a}
                       for a in reads["apps"] if isinstance(a, dict)]
    for part in ("profiles", "cloud_configuration"):
        if isinstance(reads.get(part), dict):
            out[part] = _scrub(reads[part], emails)
    return out
