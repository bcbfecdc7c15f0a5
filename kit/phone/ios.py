"""The iPhone checks: known spy apps, apps from outside the App Store, jailbreak signs,
configuration profiles and device management. Input: lockdown values, the installation proxy's
app dicts, the profile list and the cloud configuration (see kit/phone/README.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import Any

from kit.checks.i18n import L
from kit.checks.model import ATTENTION, INFO, OK, Finding
from kit.checks.probe.base import Read
from kit.phone import known
from kit.phone.android import cap, finding, unknown
from kit.phone.catalog import PhoneCatalog

ERROR_WORDS = {"not_found": "not read", "denied": "access denied", "failed": "failed",
               "no_command": "not available", "timeout": "timed out"}


class IosData:
    def __init__(self, source, catalog: PhoneCatalog, today: dt.date | None = None):
        self.source = source
        self.catalog = catalog
        self.today = today or dt.date.today()
        self._reads: dict[str, Read] = {}

    def read(self, part: str) -> Read:
        if part not in self._reads:
            self._reads[part] = self.source.read(part)
        return self._reads[part]

    def evidence(self, part: str, summary: str = "") -> str:
        r = self.read(part)
        if not r.ok:
            return f"{part}: {ERROR_WORDS.get(r.error, r.error)}"
        return f"{part}: {summary}" if summary else part

    @cached_property
    def apps(self) -> list[dict[str, Any]] | None:
        r = self.read("apps")
        if not r.ok:
            return None
        return [a for a in r.value if isinstance(a, dict)]

    @cached_property
    def user_apps(self) -> list[dict[str, Any]] | None:
        if self.apps is None:
            return None
        return [a for a in self.apps if a.get("ApplicationType", "User") not in ("System", "Internal")]


def _name(app: dict) -> str:
    return str(app.get("CFBundleDisplayName") or app.get("CFBundleName") or app.get("CFBundleIdentifier", "?"))


def _label(app: dict) -> tuple:
    bid = str(app.get("CFBundleIdentifier", ""))
    name = _name(app)
    return (name, " (", bid, ")") if bid and bid != name else (name,)


def _match(d: IosData, kinds: tuple[str, ...]) -> tuple[list, list[str]]:
    found, ev = [], []
    for app in d.user_apps or []:
        hit = d.catalog.by_ios(str(app.get("CFBundleIdentifier", "")), str(app.get("CFBundleDisplayName", "")),
                               str(app.get("CFBundleName", "")))
        if hit and hit.kind in kinds:
            found.append((hit.name, " (", app.get("CFBundleIdentifier", ""), ")") if hit.kind == "stalkerware"
                         else (hit.name, " (", L(f"phone.word.{hit.kind}"), ")"))
            ev.append(f"app {app.get('CFBundleIdentifier', '')}: {hit.name} ({', '.join(hit.source)})")
    return found, ev


def check_stalkerware(d: IosData) -> list[Finding]:
    cid = "phone.stalkerware"
    ev = [d.evidence("apps", f"{len(d.user_apps or [])} apps")]
    if d.user_apps is None:
        return [unknown(cid, ev, d.read("apps"), "apps")]
    found, more = _match(d, ("stalkerware",))
    count = sum(1 for e in d.catalog.entries if e.kind == "stalkerware")
    if found:
        return [finding(cid, ATTENTION, ev + more, found=cap(found), count=count)]
    return [finding(cid, OK, ev, count=count)]


def check_dual_use(d: IosData) -> list[Finding]:
    cid = "phone.dual_use"
    ev = [d.evidence("apps", f"{len(d.user_apps or [])} apps")]
    if d.user_apps is None:
        return [unknown(cid, ev, d.read("apps"), "apps")]
    found, more = _match(d, ("watchware", "dual-use"))
    if found:
        return [finding(cid, INFO, ev + more, found=cap(found))]
    return [finding(cid, OK, ev)]


def signing(app: dict) -> str | None:
    """"store", "developer", "enterprise", or None when the app dict does not say."""
    signer = str(app.get("SignerIdentity") or "")
    if signer == known.APP_STORE_SIGNER or "TestFlight" in signer:
        return "store"
    if "Develop" in signer:  # "iPhone Developer: ..." / "Apple Development: ..."
        return "developer"
    if "Distribution" in signer:  # ad hoc or in-house (enterprise) distribution
        return "enterprise"
    if app.get("ProfileValidated") is True:
        return "developer"
    if signer:
        return "enterprise"
    return None


def check_signing(d: IosData) -> list[Finding]:
    cid = "phone.ios_signing"
    ev = [d.evidence("apps", f"{len(d.user_apps or [])} user apps")]
    if d.user_apps is None:
        return [unknown(cid, ev, d.read("apps"), "apps")]
    dev = d.read("device")
    if dev.ok and "DeveloperModeStatus" in dev.value:
        ev.append(f"device: DeveloperModeStatus={dev.value['DeveloperModeStatus']}")
    found, unsure = [], 0
    for app in sorted(d.user_apps, key=_name):
        kind = signing(app)
        if kind is None:
            unsure += 1
        elif kind != "store":
            found.append((*_label(app)[:1], " (", L(f"phone.word.{kind}"), ")"))
            ev.append(f"app {app.get('CFBundleIdentifier', '')}: SignerIdentity="
                      f"{app.get('SignerIdentity', '-')}, ProfileValidated={app.get('ProfileValidated', '-')}")
    if found:
        return [finding(cid, ATTENTION, ev, found=cap(found), count=len(d.user_apps))]
    if d.user_apps and unsure == len(d.user_apps):
        return [unknown(cid, ev, "no_command", "apps")]
    return [finding(cid, OK, ev, count=len(d.user_apps))]


def check_jailbreak(d: IosData) -> list[Finding]:
    cid = "phone.ios_jailbreak"
    ev = [d.evidence("apps", f"{len(d.apps or [])} apps")]
    if d.apps is None:
        return [unknown(cid, ev, d.read("apps"), "apps")]
    found = []
    for app in d.apps:
        bid = str(app.get("CFBundleIdentifier", ""))
        path = str(app.get("Path", ""))
        if bid in known.JAILBREAK_BUNDLES:
            found.append((known.JAILBREAK_BUNDLES[bid], " (", bid, ")"))
        elif path.startswith(("/var/jb/", "/private/preboot/")) and "/jb" in path:
            found.append((_name(app), " (", path, ")"))
    if found:
        return [finding(cid, ATTENTION, ev, found=cap(found))]
    return [finding(cid, OK, ev)]


def check_profiles(d: IosData) -> list[Finding]:
    cid = "phone.ios_profiles"
    r = d.read("profiles")
    if not r.ok:
        return [unknown(cid, [d.evidence("profiles")], r, "profiles")]
    meta = r.value.get("ProfileMetadata") or {}
    ids = list(r.value.get("OrderedIdentifiers") or meta.keys())
    ev = [d.evidence("profiles", f"{len(ids)} profiles")]
    found = []
    for pid in ids:
        m = meta.get(pid) if isinstance(meta.get(pid), dict) else {}
        name = str(m.get("PayloadDisplayName") or pid)
        org = str(m.get("PayloadOrganization") or "")
        found.append((name, f" ({org})" if org else ""))
        ev.append(f"profile {pid}: {name}{' / ' + org if org else ''}"
                  f"{', cannot be removed' if m.get('PayloadRemovalDisallowed') else ''}")
    if found:
        return [finding(cid, ATTENTION, ev, found=cap(found))]
    return [finding(cid, OK, ev)]


def check_mdm(d: IosData) -> list[Finding]:
    cid = "phone.ios_mdm"
    r = d.read("cloud_configuration")
    if not r.ok:
        return [unknown(cid, [d.evidence("cloud_configuration")], r, "cloud")]
    cc = r.value
    keys = ("IsSupervised", "OrganizationName", "ConfigurationURL", "IsMDMUnremovable", "IsMandatory")
    ev = [d.evidence("cloud_configuration", ", ".join(f"{k}={cc[k]}" for k in keys if k in cc) or "empty")]
    found: list = []
    if cc.get("IsSupervised") is True:
        found.append(L("phone.word.supervised"))
    if cc.get("OrganizationName"):
        found.append(str(cc["OrganizationName"]))
    if cc.get("ConfigurationURL") and not cc.get("OrganizationName"):
        found.append(str(cc["ConfigurationURL"]))
    if found:
        return [finding(cid, ATTENTION, ev, found=found)]
    return [finding(cid, OK, ev)]


CHECKS: list[tuple[str, Callable[[IosData], list[Finding]]]] = [
    ("phone.stalkerware", check_stalkerware),
    ("phone.ios_signing", check_signing),
    ("phone.ios_jailbreak", check_jailbreak),
    ("phone.ios_profiles", check_profiles),
    ("phone.ios_mdm", check_mdm),
    ("phone.dual_use", check_dual_use),
]


def device_info(d: IosData) -> dict[str, str]:
    r = d.read("device")
    v = r.value if r.ok else {}
    keys = {"model": "ProductType", "ios": "ProductVersion", "build": "BuildVersion",
            "class": "DeviceClass"}
    return {k: str(v[src]) for k, src in keys.items() if v.get(src)}
