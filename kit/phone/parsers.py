"""Tolerant parsers for Android shell output. Output differs per Android version and vendor;
sections can be empty or missing. Every parser takes text and returns plain data; nothing raises
on odd input (lines that do not fit are skipped)."""

from __future__ import annotations

import re
from typing import Any

COMPONENT = re.compile(r"([A-Za-z][\w]*(?:\.[\w]+)+)/((?:\.|[A-Za-z_$])[\w.$]*)")
PACKAGE_NAME = re.compile(r"^[A-Za-z][\w]*(?:\.[\w]+)*$")
SYSTEM_PATHS = ("/system/", "/product/", "/vendor/", "/system_ext/", "/apex/", "/odm/", "/oem/",
                "/my_", "/hw_product/", "/prism/", "/optics/", "/preload/")


def _lines(text: str) -> list[str]:
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def getprop(text: str) -> dict[str, str]:
    """`[key]: [value]` lines (a value may go over several lines)."""
    props: dict[str, str] = {}
    for m in re.finditer(r"^\[([^\]\n]+)\]:\s*\[(.*?)\]\s*$", text or "", re.M | re.S):
        props[m.group(1).strip()] = m.group(2).strip()
    return props


def settings(text: str) -> dict[str, str]:
    """`settings list` output: key=value per line."""
    out = {}
    for line in _lines(text):
        key, sep, value = line.partition("=")
        key = key.strip()
        if sep and key and " " not in key:
            out[key] = value.strip()
    return out


def components(value: str | None) -> list[str]:
    """"a/b:c/.d" (settings value) or any text with components -> ["a/b", "c/c.d"]."""
    out = []
    for m in COMPONENT.finditer(value or ""):
        pkg, cls = m.group(1), m.group(2)
        out.append(f"{pkg}/{pkg + cls if cls.startswith('.') else cls}")
    return list(dict.fromkeys(out))


def package_of(component: str) -> str:
    return component.split("/", 1)[0]


def packages(text: str) -> dict[str, dict[str, Any]]:
    """`pm list packages -f -i -U -u`: package:PATH=NAME  installer=X uid:N (order may vary)."""
    out: dict[str, dict[str, Any]] = {}
    for line in _lines(text):
        line = line.strip()
        if not line.startswith("package:"):
            continue
        head, _, rest = line[len("package:"):].partition(" ")
        path, eq, name = head.rpartition("=")
        if not eq:
            path, name = "", head
        if not PACKAGE_NAME.match(name):
            continue
        inst = re.search(r"installer=(\S+)", rest)
        uid = re.search(r"uid:(\d+)", rest)
        installer = inst.group(1) if inst else None
        out[name] = {"path": path, "installer": None if installer in (None, "null") else installer,
                     "uid": int(uid.group(1)) if uid else None}
    return out


def is_system_path(path: str) -> bool:
    return bool(path) and path.startswith(SYSTEM_PATHS)


PKG_KEYS = frozenset(("firstInstallTime", "lastUpdateTime", "installerPackageName", "codePath",
                      "versionName", "userId", "appId", "installInitiatingPackageName",
                      "originatingPackageName"))
_RESOLVER_LINE = re.compile(r"^\s+[0-9a-f]+ (\S+/\S+)")
_PACKAGE_LINE = re.compile(r"^Package \[([^\]]+)\]")
_USER_LINE = re.compile(r"^User (\d+):(.*)$")
_ATTR = re.compile(r"(\w+)=(\S+)")


def dumpsys_package(text: str) -> dict[str, Any]:
    """`dumpsys package`: per package flags, times, installer, per-user state; launcher apps.

    Returns {"packages": {name: {...}}, "launcher": set of package names with a launcher entry}.
    A real phone gives several MB: string tests come before any regular expression.
    """
    pkgs: dict[str, dict[str, Any]] = {}
    launcher: set[str] = set()
    current: dict[str, Any] | None = None
    section = ""
    resolver_comp = ""
    for line in _lines(text):
        if not line:
            continue
        if line[0] != " ":
            section = line.strip().rstrip(":")
            current = None
            continue
        if section.startswith("Activity Resolver Table"):
            if "/" in line and " filter " in line:
                m = _RESOLVER_LINE.match(line)
                if m:
                    resolver_comp = m.group(1)
            elif resolver_comp and "android.intent.category.LAUNCHER" in line:
                launcher.add(package_of(resolver_comp))
            continue
        if section not in ("Packages", "Hidden system packages"):
            continue
        stripped = line.strip()
        if stripped.startswith("Package ["):
            m = _PACKAGE_LINE.match(stripped)
            current = None if (m is None or section == "Hidden system packages") else \
                pkgs.setdefault(m.group(1), {"flags": set(), "users": {}})
            continue
        if current is None or len(line) - len(stripped) > 6:  # permission lists and the like
            continue
        if stripped.startswith(("flags=[", "pkgFlags=[")):
            current["flags"].update(stripped.split("[", 1)[1].rstrip("]").split())
        elif stripped.startswith("User "):
            um = _USER_LINE.match(stripped)
            if um:
                current["users"][int(um.group(1))] = dict(_ATTR.findall(um.group(2)))
        else:
            key, sep, value = stripped.partition("=")
            if sep and key in PKG_KEYS:
                current[key] = value.strip()
    return {"packages": pkgs, "launcher": launcher}


def launcher_apps(text: str) -> set[str]:
    """`cmd package query-activities --brief ...`: component lines; also packageName= lines."""
    found = {package_of(c) for c in components(text)}
    found |= set(re.findall(r"packageName=([\w.]+)", text or ""))
    return found


def _block_after(text: str, header: re.Pattern) -> str | None:
    """The {...} block that follows a header, braces counted; None when the header is absent."""
    m = header.search(text or "")
    if not m:
        return None
    i = text.find("{", m.end())
    if i < 0 or text[m.end():i].strip():
        return ""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    return text[i + 1:]


def accessibility_enabled(text: str) -> list[str] | None:
    """Enabled accessibility services from `dumpsys accessibility`; None if no such section."""
    block = _block_after(text, re.compile(r"enabled services:", re.I))
    if block is None:
        return None
    return components(block)


def notification_listeners(text: str) -> list[str] | None:
    """Enabled notification listeners from `dumpsys notification`; None if no such section."""
    lines = _lines(text)
    for i, line in enumerate(lines):
        if re.match(r"^\s*(Enabled|Approved) notification listeners:?", line, re.I):
            indent = len(line) - len(line.lstrip())
            found = []
            for nxt in lines[i + 1:]:
                if nxt.strip() and len(nxt) - len(nxt.lstrip()) <= indent:
                    break
                found += components(nxt)
            return list(dict.fromkeys(found))
    return None


def device_policy(text: str) -> dict[str, Any]:
    """`dumpsys device_policy`: active admins, the device owner and profile owners."""
    admins: list[str] = []
    owner = None
    profile_owners: list[str] = []
    lines = _lines(text)
    for i, line in enumerate(lines):
        s = line.strip()
        if re.match(r"^Device Owner", s) and "Type" not in s.split(":")[0]:
            comps = components(s) or [c for nxt in lines[i + 1:i + 4] for c in components(nxt)]
            if comps:
                owner = comps[0]
        elif re.match(r"^Profile Owner", s):
            comps = components(s) or [c for nxt in lines[i + 1:i + 4] for c in components(nxt)]
            profile_owners += comps[:1]
        elif re.match(r"^Enabled Device Admins", s):
            indent = len(line) - len(line.lstrip())
            child = None
            for nxt in lines[i + 1:]:
                if not nxt.strip():
                    continue
                ind = len(nxt) - len(nxt.lstrip())
                if ind <= indent:
                    break
                if child is None:
                    child = ind
                if ind == child:
                    admins += components(nxt)[:1]
    return {"admins": list(dict.fromkeys(admins)), "device_owner": owner,
            "profile_owners": list(dict.fromkeys(profile_owners))}


def adb_keys(text: str) -> list[dict[str, str]]:
    """Computers trusted for USB debugging (`dumpsys adb`): [{"key", "name", "last"}]."""
    keys: dict[str, dict[str, str]] = {}
    for m in re.finditer(r'<adbKey key="([A-Za-z0-9+/=]{20,})\s*([^"]*)"(?:\s+lastConnection="(\d+)")?',
                         text or ""):
        keys[m.group(1)] = {"key": m.group(1), "name": m.group(2).strip(), "last": m.group(3) or ""}
    m = re.search(r"user_keys=(.*?)(?:\n\s*\n|\n\s*keystore=|\n\s*\}|\Z)", text or "", re.S)
    if m:
        for k in re.finditer(r"([A-Za-z0-9+/=]{100,})\s*([^\s]*)", m.group(1)):
            keys.setdefault(k.group(1), {"key": k.group(1), "name": k.group(2).strip(), "last": ""})
    return list(keys.values())


APPOP_MODE = re.compile(r"^\s+([A-Z][A-Z0-9_]+) \((\w+)[^)\n]*\):")
APPOP_OLD = re.compile(r"^\s+([A-Z][A-Z0-9_]+): mode=(\w+)(?:; time=([^;]+?) ago)?")
APPOP_ACCESS = re.compile(r"Access: \[[^\]]*\]\s*(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")


def appops(text: str) -> dict[str, dict[str, dict[str, str]]]:
    """`dumpsys appops`: {package: {op: {"mode": "allow", "last": "2024-01-02 10:11:12" or
    "+1d2h ago"}}}. Ops listed under a Uid (not under a Package) are left out."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    pkg = None
    op = None
    for line in _lines(text):
        s = line.strip()
        if s.startswith("Uid "):
            pkg, op = None, None
            continue
        m = re.match(r"^Package ([\w.]+):", s)
        if m:
            pkg = m.group(1)
            out.setdefault(pkg, {})
            op = None
            continue
        if pkg is None:
            continue
        m = APPOP_MODE.match(line)
        if m:
            op = m.group(1)
            out[pkg][op] = {"mode": m.group(2), "last": ""}
            continue
        m = APPOP_OLD.match(line)
        if m:
            op = m.group(1)
            out[pkg][op] = {"mode": m.group(2), "last": f"{m.group(3)} ago" if m.group(3) else ""}
            continue
        m = APPOP_ACCESS.search(s)
        if m and op and op in out[pkg] and m.group(1) > out[pkg][op]["last"]:
            out[pkg][op]["last"] = m.group(1)
    return out


def role_holders(text: str) -> list[str]:
    return [p for p in re.split(r"[\s;,]+", (text or "").strip()) if PACKAGE_NAME.match(p)]
