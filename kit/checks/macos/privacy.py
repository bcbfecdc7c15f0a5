"""macOS: apps allowed to record the screen, use the camera or microphone, or control the
computer (Accessibility), from the privacy database (TCC); and keyboard event taps.

The privacy database can only be read with Full Disk Access. Without it the answer is
"unknown", with the way to look in System Settings instead.
"""

from __future__ import annotations

import datetime as dt

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, L, cap, finding, unknown
from kit.checks.names import is_spy_name
from kit.checks.probe.base import DENIED, Probe
from kit.checks.registry import check

SYSTEM_TCC = "/Library/Application Support/com.apple.TCC/TCC.db"
QUERY = "SELECT service, client, auth_value, last_modified FROM access WHERE service = '{}'"
OLD_QUERY = "SELECT service, client, allowed, last_modified FROM access WHERE service = '{}'"
KEYBOARD_EVENTS = (1 << 10) | (1 << 11) | (1 << 12)  # key down, key up, modifier keys
APPLE_TAPPERS = frozenset({"loginwindow", "universalaccessd", "TextInputMenuAgent", "WindowServer",
                           "Dock", "SystemUIServer", "ControlCenter", "AXVisualSupportAgent",
                           "TextInputSwitcher", "imklaunchagent", "talagent", "Finder",
                           "NotificationCenter", "WindowManager", "Spotlight", "coreautha"})


def _flagged(client: str) -> bool:
    """A bundle id ("com.teamviewer.TeamViewer") or a program path that names a known tool."""
    cat = catalog.load()
    short = client.rsplit("/", 1)[-1]
    parts = [short, *(p for p in short.split(".")[1:] if len(p) > 3)]
    return any(is_spy_name(p) or cat.by_process(p.lower()) or cat.by_program(p) for p in parts)


def _allowed(probe: Probe, db: str, service: str, ev: Evidence):
    """[(app, date)] allowed for one service, or (None, the failed read)."""
    r = probe.query_db(db, QUERY.format(service))
    granted = (2, 3)  # auth_value: 0 denied, 1 unknown, 2 allowed, 3 limited
    if not r.ok and r.error != DENIED:  # macOS 10.15 and older: an "allowed" column
        r = probe.query_db(db, OLD_QUERY.format(service))
        granted = (1,)
    ev.add(f"database {db} ({service})", r, f"{len(r.value)} rows" if r.ok else "")
    if not r.ok:
        return None, r
    apps = []
    for row in r.value:
        _service, client, allowed, modified = (list(row) + [None] * 4)[:4]
        if allowed not in granted:
            continue
        when = ""
        if isinstance(modified, (int, float)) and modified > 0:
            when = dt.datetime.fromtimestamp(modified, tz=dt.UTC).strftime("%Y-%m-%d")
        apps.append((str(client), when))
    return apps, r


def _tcc_check(cid: str, service: str, system_db: bool):
    def run(probe: Probe):
        info = probe.platform()
        ev = Evidence()
        db = SYSTEM_TCC if system_db else info.path(
            info.home, "Library", "Application Support", "com.apple.TCC", "TCC.db")
        apps, r = _allowed(probe, db, service, ev)
        if apps is None:
            variant = "fda" if r.error == DENIED else None
            return unknown(cid, ev, r, db, needs_admin=False, variant=variant)
        bad = [f"{a} ({w})" if w else a for a, w in apps if _flagged(a)]
        rest = [f"{a} ({w})" if w else a for a, w in apps if not _flagged(a)]
        if bad:
            return finding(cid, ATTENTION, ev, found=cap(bad), others=cap(rest))
        if rest:
            return finding(cid, INFO, ev, found=cap(rest), count=len(rest))
        return finding(cid, OK, ev)
    return run


check("mac_screen_recording", ("macos",))(
    _tcc_check("mac_screen_recording", "kTCCServiceScreenCapture", True))
check("mac_accessibility", ("macos",))(
    _tcc_check("mac_accessibility", "kTCCServiceAccessibility", True))
check("mac_camera", ("macos",))(_tcc_check("mac_camera", "kTCCServiceCamera", False))
check("mac_microphone", ("macos",))(_tcc_check("mac_microphone", "kTCCServiceMicrophone", False))


@check("mac_keyboard_taps", ("macos",))
def keyboard_taps(probe: Probe):
    cid = "mac_keyboard_taps"
    ev = Evidence()
    r = probe.event_taps()
    ev.add("event taps (CGGetEventTapList)", r, f"{len(r.value)} taps" if r.ok else "")
    if not r.ok:
        return unknown(cid, ev, r, L("what.event_taps"))
    tappers = {}
    for tap in r.value:
        if not int(tap.get("events", 0)) & KEYBOARD_EVENTS:
            continue
        name = str(tap.get("process") or f"pid {tap.get('pid')}")
        ev.append(f"keyboard tap {tap.get('id')} by {name} (pid {tap.get('pid')}, "
                  f"{'enabled' if tap.get('enabled') else 'disabled'})")
        if name not in APPLE_TAPPERS:
            tappers[name] = _flagged(name)
    bad = sorted(n for n, flagged in tappers.items() if flagged)
    rest = sorted(n for n, flagged in tappers.items() if not flagged)
    if bad:
        return finding(cid, ATTENTION, ev, found=cap(bad), others=cap(rest))
    if rest:
        return finding(cid, INFO, ev, found=cap(rest), count=len(rest))
    return finding(cid, OK, ev)
