"""Windows: which apps may use, and last used, the location, the camera and the microphone."""

from __future__ import annotations

import datetime as dt
import re

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.names import is_spy_name
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

STORE = "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore"
UNUSUAL_PLACES = re.compile(r"\\(?:temp|tmp)\\|\\users\\public\\|\\appdata\\local\\temp\\",
                            re.IGNORECASE)
EPOCH_DIFF = 116444736000000000


def filetime(value) -> str:
    """A Windows FILETIME (100 ns since 1601) as "2024-05-01 14:03 UTC"; "" when unset."""
    if not isinstance(value, int) or value <= EPOCH_DIFF:
        return ""
    when = dt.datetime.fromtimestamp((value - EPOCH_DIFF) / 1e7, tz=dt.UTC)
    return when.strftime("%Y-%m-%d %H:%M UTC")


def _app_name(key: str, packaged: bool) -> str:
    if packaged:
        return key.split("_")[0]
    return key.replace("#", "\\")


def _apps(probe: Probe, base: str, ev: Evidence) -> list[tuple[str, str, str]]:
    """(app, allowed, last used) for every app listed under a consent-store key."""
    out = []
    for sub, packaged in ((base, True), (base + "\\NonPackaged", False)):
        keys = probe.reg_subkeys(sub)
        if not keys.ok:
            continue
        for k in keys.value:
            if packaged and k == "NonPackaged":
                continue
            vals = probe.reg_values(f"{sub}\\{k}")
            v = vals.value or {}
            last = filetime(v.get("LastUsedTimeStop")) or filetime(v.get("LastUsedTimeStart"))
            out.append((_app_name(k, packaged), str(v.get("Value", "")), last))
        ev.append(f"registry {sub}: {len(keys.value)} apps")
    return out


def _suspicious(app: str) -> bool:
    exe = re.split(r"[\\/]", app)[-1]
    return bool(UNUSUAL_PLACES.search(app) or is_spy_name(exe) or catalog.load().by_process(exe.lower()))


def _consent(probe: Probe, cid: str, capability: str):
    ev = Evidence()
    machine = probe.reg_values(f"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\{capability}")
    user_key = f"HKCU\\{STORE}\\{capability}"
    user = probe.reg_values(user_key)
    m_value = (machine.value or {}).get("Value") if machine.ok else None
    u_value = (user.value or {}).get("Value") if user.ok else None
    ev.add(f"registry HKLM\\...\\ConsentStore\\{capability}", machine, f"Value = {m_value}")
    ev.add(f"registry {user_key}", user, f"Value = {u_value}")
    if not user.ok and user.error != NOT_FOUND:
        return unknown(cid, ev, user, user_key)
    if not user.ok and not machine.ok:
        return unknown(cid, ev, "not_found", user_key)
    if "Deny" in (m_value, u_value):
        return finding(cid, OK, ev, variant="off")
    apps = _apps(probe, user_key, ev)
    used = [(a, last) for a, allowed, last in apps if last]
    bad = [(a, last) for a, last in used if _suspicious(a)]
    if bad:
        return finding(cid, ATTENTION, ev, found=cap([f"{a} ({last})" for a, last in bad]),
                       others=cap([f"{a} ({last})" for a, last in used if (a, last) not in bad]))
    if used:
        used.sort(key=lambda t: t[1], reverse=True)
        return finding(cid, INFO, ev, found=cap([f"{a} ({last})" for a, last in used]),
                       count=len(used))
    return finding(cid, OK, ev)


@check("win_location", ("windows",))
def location(probe: Probe):
    return _consent(probe, "win_location", "location")


@check("win_camera", ("windows",))
def camera(probe: Probe):
    return _consent(probe, "win_camera", "webcam")


@check("win_microphone", ("windows",))
def microphone(probe: Probe):
    return _consent(probe, "win_microphone", "microphone")
