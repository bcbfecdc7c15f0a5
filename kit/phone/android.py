"""The Android checks. Each takes the AndroidData of one phone and returns findings.

A command that could not be read makes only the checks that need it "unknown"; the others
still answer. What was read goes into the evidence lines, one per command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import Any

from kit.checks.i18n import L
from kit.checks.model import ATTENTION, INFO, OK, UNKNOWN, Finding
from kit.checks.probe.base import FAILED, Read
from kit.phone import commands as C
from kit.phone import known, parsers
from kit.phone.catalog import PhoneCatalog

ERROR_WORDS = {"not_found": "not read", "denied": "access denied", "no_command": "not available",
               "timeout": "timed out", "failed": "failed", "unsupported": "not available"}
MAX_ITEMS = 25


def finding(check_id: str, status: str, evidence: list[str], *, variant: str | None = None,
            **params: Any) -> Finding:
    return Finding.make(check_id, status, evidence, variant=variant, **params)


def unknown(check_id: str, evidence: list[str], read: Read | str, what: str, **params) -> Finding:
    error = read if isinstance(read, str) else (read.error or FAILED)
    return Finding.make(check_id, UNKNOWN, evidence, what=L(f"phone.what.{what}"),
                        reason=L(f"phone.reason.{error}"), **params)


def cap(items: list, limit: int = MAX_ITEMS) -> list:
    items = list(dict.fromkeys(items))
    return items if len(items) <= limit else [*items[:limit], f"(+{len(items) - limit})"]


class AndroidData:
    """What the checks read from one phone, read once and parsed once."""

    def __init__(self, source, catalog: PhoneCatalog, today: dt.date | None = None):
        self.source = source
        self.catalog = catalog
        self.today = today or dt.date.today()
        self._reads: dict[str, Read] = {}

    def read(self, command: str) -> Read:
        if command not in self._reads:
            self._reads[command] = self.source.read(command)
        return self._reads[command]

    def evidence(self, command: str, summary: str = "") -> str:
        r = self.read(command)
        if not r.ok:
            return f"{command}: {ERROR_WORDS.get(r.error, r.error)}"
        return f"{command}: {summary}" if summary else command

    # -- parsed data --------------------------------------------------------------------------
    @cached_property
    def props(self) -> dict[str, str] | None:
        r = self.read(C.GETPROP)
        return parsers.getprop(r.value) if r.ok else None

    @cached_property
    def secure(self) -> dict[str, str] | None:
        r = self.read(C.SECURE)
        return parsers.settings(r.value) if r.ok else None

    @cached_property
    def global_(self) -> dict[str, str] | None:
        r = self.read(C.GLOBAL)
        return parsers.settings(r.value) if r.ok else None

    @cached_property
    def dumpsys(self) -> dict[str, Any] | None:
        r = self.read(C.DUMPSYS_PACKAGE)
        return parsers.dumpsys_package(r.value) if r.ok else None

    @cached_property
    def launcher(self) -> set[str] | None:
        found: set[str] = set()
        r = self.read(C.LAUNCHER)
        if r.ok:
            found |= parsers.launcher_apps(r.value)
        if self.dumpsys is not None:
            found |= self.dumpsys["launcher"]
        return found or None

    @cached_property
    def packages(self) -> dict[str, dict[str, Any]] | None:
        """{name: {"path", "installer", "uid", "system", "installed", "hidden"}}, or None."""
        r = self.read(C.PACKAGES)
        listed = parsers.packages(r.value) if r.ok else {}
        with_installer = r.ok and "installer=" in r.value  # a list made without -i has none
        dump = (self.dumpsys or {}).get("packages", {})
        if not listed and not dump:
            return None
        out = {}
        for name in set(listed) | set(dump):
            info = dict(listed.get(name) or {"path": "", "installer": None, "uid": None})
            d = dump.get(name, {})
            if not info["path"]:
                info["path"] = d.get("codePath", "")
            if name not in listed or not with_installer:
                inst = d.get("installerPackageName", "?" if not d else None)
                info["installer"] = None if inst in (None, "", "null") else inst
            uid = info.get("uid")
            if uid is None:
                try:
                    uid = int(d.get("userId") or d.get("appId") or -1)
                except ValueError:
                    uid = -1
            info["system"] = (parsers.is_system_path(info["path"]) or "SYSTEM" in d.get("flags", ())
                              or (uid is not None and 0 <= uid < 10000))
            user0 = d.get("users", {}).get(0, {})
            info["installed"] = user0.get("installed", "true") != "false"
            launcher = self.launcher
            info["hidden"] = None if launcher is None else name not in launcher
            out[name] = info
        return out

    def known_system(self, package: str) -> bool:
        pkgs = self.packages or {}
        return package == "android" or bool(pkgs.get(package, {}).get("system"))

    def label(self, package: str) -> tuple:
        hit = self.catalog.by_package(package)
        return (hit.name, " (", package, ")") if hit else (package,)


# -- the checks -------------------------------------------------------------------------------
def check_stalkerware(d: AndroidData) -> list[Finding]:
    cid = "phone.stalkerware"
    ev = [d.evidence(C.PACKAGES, f"{len(d.packages or {})} apps")]
    if d.packages is None:
        return [unknown(cid, ev, d.read(C.PACKAGES), "packages")]
    found = []
    for name, info in sorted(d.packages.items()):
        hit = d.catalog.by_package(name)
        if hit and hit.kind == "stalkerware":
            item = (hit.name, " (", name, ")")
            if not info["installed"]:
                item = (*item[:-1], ", ", L("phone.word.removed"), ")")
            found.append(item)
            ev.append(f"package {name}: {hit.name} ({', '.join(hit.source)}, {', '.join(hit.licence)})")
    count = sum(1 for e in d.catalog.entries if e.kind == "stalkerware")
    if found:
        return [finding(cid, ATTENTION, ev, found=cap(found), count=count)]
    return [finding(cid, OK, ev, count=count)]


def _power_check(d: AndroidData, cid: str, comps: list[str], known_map: dict[str, str],
                 ev: list[str]) -> list[Finding]:
    attention, info = [], []
    for comp in comps:
        pkg = parsers.package_of(comp)
        hit = d.catalog.by_package(pkg)
        if hit and hit.kind == "stalkerware":
            attention.append((hit.name, " (", L("phone.word.stalkerware"), ": ", comp, ")"))
        elif pkg in known_map:
            info.append((known_map[pkg], " (", comp, ")"))
        elif d.known_system(pkg):
            ev.append(f"{comp}: {known.ACCESSIBILITY.get(pkg, 'system app')}")
        else:
            attention.append(d.label(pkg) if hit else (comp,))
    if attention:
        return [finding(cid, ATTENTION, ev, found=cap(attention + info))]
    if info:
        return [finding(cid, INFO, ev, found=cap(info))]
    return [finding(cid, OK, ev)]


def check_accessibility(d: AndroidData) -> list[Finding]:
    cid = "phone.accessibility"
    ev = []
    comps: list[str] = []
    readable = False
    if d.secure is not None:
        readable = True
        value = d.secure.get("enabled_accessibility_services", "")
        listed = parsers.components(value)
        ev.append(d.evidence(C.SECURE, f"enabled_accessibility_services={value or '(empty)'}"))
        if d.secure.get("accessibility_enabled") != "0":
            comps += listed
    else:
        ev.append(d.evidence(C.SECURE))
    r = d.read(C.ACCESSIBILITY)
    dumped = parsers.accessibility_enabled(r.value) if r.ok else None
    if dumped is not None:
        readable = True
        comps += dumped
        ev.append(d.evidence(C.ACCESSIBILITY, f"{len(dumped)} enabled"))
    else:
        ev.append(d.evidence(C.ACCESSIBILITY, "no list of enabled services"))
    if not readable:
        return [unknown(cid, ev, d.read(C.SECURE), "accessibility")]
    return _power_check(d, cid, list(dict.fromkeys(comps)), known.ACCESSIBILITY, ev)


def check_notification_listeners(d: AndroidData) -> list[Finding]:
    cid = "phone.notification_listeners"
    ev = []
    comps: list[str] | None = None
    if d.secure is not None and "enabled_notification_listeners" in d.secure:
        value = d.secure["enabled_notification_listeners"]
        comps = parsers.components(value)
        ev.append(d.evidence(C.SECURE, f"enabled_notification_listeners={value or '(empty)'}"))
    else:
        ev.append(d.evidence(C.SECURE, "no enabled_notification_listeners"))
        r = d.read(C.NOTIFICATION)
        comps = parsers.notification_listeners(r.value) if r.ok else None
        ev.append(d.evidence(C.NOTIFICATION, f"{len(comps or [])} listeners"))
        if comps is None:
            if d.secure is not None and r.ok:
                comps = []  # settings readable without the key, and no section: none enabled
            else:
                return [unknown(cid, ev, r if not r.ok else d.read(C.SECURE), "notifications")]
    return _power_check(d, cid, comps, known.NOTIFICATION_LISTENERS, ev)


def check_device_admin(d: AndroidData) -> list[Finding]:
    cid = "phone.device_admin"
    r = d.read(C.DEVICE_POLICY)
    if not r.ok:
        return [unknown(cid, [d.evidence(C.DEVICE_POLICY)], r, "admins")]
    pol = parsers.device_policy(r.value)
    ev = [d.evidence(C.DEVICE_POLICY, f"{len(pol['admins'])} admins, device owner: "
                                      f"{pol['device_owner'] or 'none'}, profile owners: "
                                      f"{len(pol['profile_owners'])}")]
    attention, info = [], []
    owner = pol["device_owner"]
    if owner:
        pkg = parsers.package_of(owner)
        name = known.DEVICE_ADMINS.get(pkg)
        item = (name or owner, " (", L("phone.word.owner"), ")")
        (info if name and "work" in name else attention).append(item)
    for comp in pol["profile_owners"]:
        pkg = parsers.package_of(comp)
        info.append((known.DEVICE_ADMINS.get(pkg, comp), " (", L("phone.word.work_profile"), ")"))
    for comp in pol["admins"]:
        pkg = parsers.package_of(comp)
        if owner and pkg == parsers.package_of(owner):
            continue
        hit = d.catalog.by_package(pkg)
        if hit and hit.kind == "stalkerware":
            attention.append((hit.name, " (", L("phone.word.stalkerware"), ": ", comp, ")"))
        elif pkg in known.DEVICE_ADMINS:
            info.append((known.DEVICE_ADMINS[pkg], " (", comp, ")"))
        elif d.known_system(pkg):
            ev.append(f"{comp}: system app")
        else:
            attention.append((comp,))
    if attention:
        return [finding(cid, ATTENTION, ev, found=cap(attention + info))]
    if info:
        return [finding(cid, INFO, ev, found=cap(info))]
    return [finding(cid, OK, ev)]


def check_sms_app(d: AndroidData) -> list[Finding]:
    cid = "phone.sms_app"
    r = d.read(C.SMS_ROLE)
    holders = parsers.role_holders(r.value) if r.ok else []
    ev = [d.evidence(C.SMS_ROLE, ", ".join(holders) or "(none)")]
    if not r.ok and d.secure is not None and d.secure.get("sms_default_application"):
        holders = [d.secure["sms_default_application"]]
        ev.append(d.evidence(C.SECURE, f"sms_default_application={holders[0]}"))
    if not holders:
        if r.ok:
            return [finding(cid, OK, ev, found=L("word.none"))]
        return [unknown(cid, ev, r, "sms")]
    odd = [h for h in holders if h not in known.SMS_APPS and not d.known_system(h)]
    names = [known.SMS_APPS.get(h) or d.label(h) for h in holders]
    if odd:
        return [finding(cid, ATTENTION, ev, found=names)]
    return [finding(cid, OK, ev, found=names)]


def _source_word(installer: str | None) -> L | str:
    if installer is None:
        return L("phone.word.unknown_source")
    if installer in known.PACKAGE_INSTALLERS:
        return L("phone.word.from_file")
    if installer in known.SHELL:
        return L("phone.word.from_computer")
    if installer in known.BROWSERS:
        return L("phone.word.from_browser")
    return installer


def check_sideloaded(d: AndroidData) -> list[Finding]:
    cid = "phone.sideloaded"
    ev = [d.evidence(C.PACKAGES, f"{len(d.packages or {})} apps"),
          d.evidence(C.LAUNCHER, f"{len(d.launcher or ())} apps with an icon")]
    if d.packages is None:
        return [unknown(cid, ev, d.read(C.PACKAGES), "installers")]
    outside = []
    unsure = 0
    for name, info in d.packages.items():
        if info["system"] or not info["installed"] or info["installer"] in known.STORES:
            continue
        if info["installer"] == "?":  # neither the list nor dumpsys says who installed it
            unsure += 1
            continue
        parts: list = [*d.label(name), " (", _source_word(info["installer"])]
        if info["hidden"]:
            parts += [", ", L("phone.word.no_icon")]
        parts.append(")")
        outside.append((0 if info["hidden"] else 1, name, tuple(parts)))
        ev.append(f"package {name}: installer={info['installer'] or 'null'}"
                  f"{', no launcher icon' if info['hidden'] else ''}")
    user_apps = sum(1 for i in d.packages.values() if not i["system"])
    if unsure:
        ev.append(f"{unsure} apps: installer not recorded")
    if not outside and unsure:
        return [unknown(cid, ev, "no_command", "installers")]
    if outside:
        return [finding(cid, ATTENTION, ev, found=cap([p for _, _, p in sorted(outside)]),
                        count=user_apps)]
    return [finding(cid, OK, ev, count=user_apps)]


def check_play_protect(d: AndroidData) -> list[Finding]:
    cid = "phone.play_protect"
    g = d.global_
    if g is None:
        return [unknown(cid, [d.evidence(C.GLOBAL)], d.read(C.GLOBAL), "settings")]
    keys = {k: g[k] for k in ("package_verifier_user_consent", "package_verifier_enable",
                              "verifier_verify_adb_installs") if k in g}
    ev = [d.evidence(C.GLOBAL, ", ".join(f"{k}={v}" for k, v in keys.items()) or "no Play Protect keys")]
    off = [f"{k}={v}" for k, v in keys.items()
           if (k == "package_verifier_user_consent" and v == "-1")
           or (k == "package_verifier_enable" and v == "0")]
    if off:
        return [finding(cid, ATTENTION, ev, found=off)]
    if "package_verifier_user_consent" in keys or "package_verifier_enable" in keys:
        return [finding(cid, OK, ev)]
    return [unknown(cid, ev, "no_command", "settings")]


def check_unknown_sources(d: AndroidData) -> list[Finding]:
    cid = "phone.unknown_sources"
    ev = []
    found = []
    readable = False
    if d.secure is not None:
        readable = readable or "install_non_market_apps" in d.secure
        if d.secure.get("install_non_market_apps") == "1":
            found.append("install_non_market_apps=1")
        ev.append(d.evidence(C.SECURE, f"install_non_market_apps={d.secure.get('install_non_market_apps', '-')}"))
    r = d.read(C.APPOPS)
    if r.ok:
        readable = True
        ops = parsers.appops(r.value)
        for pkg, pops in sorted(ops.items()):
            op = pops.get("REQUEST_INSTALL_PACKAGES")
            if op and op["mode"] == "allow" and pkg not in known.STORES and not d.known_system(pkg):
                found.append(d.label(pkg))
        ev.append(d.evidence(C.APPOPS, f"{len(found)} apps may install apps"))
    else:
        ev.append(d.evidence(C.APPOPS))
    if not readable:
        return [unknown(cid, ev, r, "appops")]
    if found:
        return [finding(cid, ATTENTION, ev, found=cap(found))]
    return [finding(cid, OK, ev)]


def check_wireless_debugging(d: AndroidData) -> list[Finding]:
    cid = "phone.wireless_debugging"
    g, p = d.global_, d.props
    ev = [d.evidence(C.GLOBAL, f"adb_wifi_enabled={(g or {}).get('adb_wifi_enabled', '-')}")]
    found = []
    if g is not None and g.get("adb_wifi_enabled") == "1":
        found.append("adb_wifi_enabled=1")
    for key in ("service.adb.tcp.port", "persist.adb.tcp.port"):
        value = (p or {}).get(key, "")
        if value.isdigit() and int(value) > 0:
            found.append(f"{key}={value}")
            ev.append(f"getprop {key}={value}")
    if found:
        return [finding(cid, ATTENTION, ev, found=found)]
    if g is None and p is None:
        return [unknown(cid, ev, d.read(C.GLOBAL), "settings")]
    return [finding(cid, OK, ev)]


def check_adb_keys(d: AndroidData) -> list[Finding]:
    cid = "phone.adb_keys"
    r = d.read(C.ADB)
    if not r.ok:
        return [unknown(cid, [d.evidence(C.ADB)], r, "adb")]
    keys = parsers.adb_keys(r.value)
    ours = [k for k in keys if "ontkoppel@kit" in k["name"]]
    others = [k for k in keys if k not in ours]
    ev = [d.evidence(C.ADB, f"{len(keys)} trusted keys")]

    def name(k: dict) -> tuple:
        last = ""
        if k["last"]:
            try:
                last = dt.datetime.fromtimestamp(int(k["last"]) / 1000, dt.UTC).strftime(" (%Y-%m-%d)")
            except (ValueError, OverflowError, OSError):
                last = ""
        return (k["name"] or L("phone.word.unnamed"), last)

    if not others:
        return [finding(cid, OK, ev)]
    if not ours and not d.source.live and len(others) == 1:
        return [finding(cid, INFO, ev, found=[(*name(others[0]), " – ", L("phone.word.this_computer"))])]
    return [finding(cid, ATTENTION, ev, found=cap([name(k) for k in others]))]


def check_root(d: AndroidData) -> list[Finding]:
    cid = "phone.root"
    p = d.props
    ev = [d.evidence(C.GETPROP, f"{len(p or {})} properties")]
    signs = []
    if p is not None:
        checks = (("ro.boot.verifiedbootstate", lambda v: v in ("orange", "red")),
                  ("ro.boot.flash.locked", lambda v: v == "0"),
                  ("ro.boot.vbmeta.device_state", lambda v: v == "unlocked"),
                  ("ro.build.tags", lambda v: "test-keys" in v),
                  ("ro.build.type", lambda v: v in ("userdebug", "eng")),
                  ("ro.secure", lambda v: v == "0"))
        for key, bad in checks:
            if key in p and bad(p[key]):
                signs.append(f"{key}={p[key]}")
        for key in ("ro.boot.verifiedbootstate", "ro.boot.flash.locked", "ro.build.tags"):
            if key in p:
                ev.append(f"getprop {key}={p[key]}")
    su = d.read(C.SU)
    if su.ok and su.value.strip().startswith("/"):
        signs.append(f"su: {su.value.strip().splitlines()[0]}")
    ev.append(d.evidence(C.SU, su.value.strip() if su.ok and su.value.strip() else "(none)"))
    for pkg in sorted(d.packages or {}):
        if pkg in known.ROOT_PACKAGES:
            signs.append((known.ROOT_PACKAGES[pkg], " (", pkg, ")"))
    if signs:
        return [finding(cid, ATTENTION, ev, found=signs)]
    if p is None:
        return [unknown(cid, ev, d.read(C.GETPROP), "props")]
    return [finding(cid, OK, ev)]


def check_dual_use(d: AndroidData) -> list[Finding]:
    cid = "phone.dual_use"
    ev = [d.evidence(C.PACKAGES, f"{len(d.packages or {})} apps")]
    if d.packages is None:
        return [unknown(cid, ev, d.read(C.PACKAGES), "packages")]
    found = []
    for name, info in sorted(d.packages.items()):
        hit = d.catalog.by_package(name)
        if hit and hit.kind in ("watchware", "dual-use") and info["installed"]:
            found.append((hit.name, " (", L(f"phone.word.{hit.kind}"), ")"))
            ev.append(f"package {name}: {hit.name} ({', '.join(hit.source)})")
    if found:
        return [finding(cid, INFO, ev, found=cap(found))]
    return [finding(cid, OK, ev)]


def check_location_usage(d: AndroidData) -> list[Finding]:
    cid = "phone.location_usage"
    r = d.read(C.APPOPS)
    if not r.ok:
        return [unknown(cid, [d.evidence(C.APPOPS)], r, "appops")]
    ops = parsers.appops(r.value)
    ev = [d.evidence(C.APPOPS, f"{len(ops)} apps")]
    found = []
    for pkg, pops in sorted(ops.items()):
        if d.known_system(pkg) or pkg in known.STORES:
            continue
        for group, word in ((known.LOCATION_OPS, "phone.word.location"),
                            (known.USAGE_OPS, "phone.word.usage")):
            hits = [pops[o] for o in group if o in pops and pops[o]["mode"] in ("allow", "foreground")]
            if not hits:
                continue
            last = max((h["last"] for h in hits), default="")
            if word == "phone.word.location" and not last:
                continue  # allowed but never used: not worth a line
            item = [*d.label(pkg), ": ", L(word)]
            if last:
                item += [", ", L("phone.word.last_used"), " ", last]
            found.append(tuple(item))
    if found:
        return [finding(cid, INFO, ev, found=cap(found))]
    return [finding(cid, OK, ev)]


def check_security_patch(d: AndroidData) -> list[Finding]:
    cid = "phone.security_patch"
    p = d.props
    patch = (p or {}).get("ro.build.version.security_patch", "")
    ev = [d.evidence(C.GETPROP, f"ro.build.version.security_patch={patch or '-'}")]
    try:
        date = dt.date.fromisoformat(patch[:10])
    except ValueError:
        return [unknown(cid, ev, d.read(C.GETPROP) if p is None else "no_command", "props")]
    months = (d.today.year - date.year) * 12 + d.today.month - date.month
    if months > 6:
        return [finding(cid, INFO, ev, found=patch, months=months)]
    return [finding(cid, OK, ev, found=patch)]


CHECKS: list[tuple[str, Callable[[AndroidData], list[Finding]]]] = [
    ("phone.stalkerware", check_stalkerware),
    ("phone.accessibility", check_accessibility),
    ("phone.notification_listeners", check_notification_listeners),
    ("phone.device_admin", check_device_admin),
    ("phone.sms_app", check_sms_app),
    ("phone.sideloaded", check_sideloaded),
    ("phone.play_protect", check_play_protect),
    ("phone.unknown_sources", check_unknown_sources),
    ("phone.wireless_debugging", check_wireless_debugging),
    ("phone.adb_keys", check_adb_keys),
    ("phone.root", check_root),
    ("phone.dual_use", check_dual_use),
    ("phone.location_usage", check_location_usage),
    ("phone.security_patch", check_security_patch),
]


def device_info(d: AndroidData) -> dict[str, str]:
    p = d.props or {}
    keys = {"manufacturer": "ro.product.manufacturer", "model": "ro.product.model",
            "android": "ro.build.version.release", "sdk": "ro.build.version.sdk",
            "security_patch": "ro.build.version.security_patch"}
    return {k: p[v] for k, v in keys.items() if p.get(v)}
