"""Live reads that only exist on macOS: event taps, and listening sockets without admin rights."""

from __future__ import annotations

import re
import sys

from kit.checks.probe import live_os
from kit.checks.probe.base import FAILED, UNSUPPORTED, Listener, Read


def event_taps() -> Read:
    """Every event tap, through CoreGraphics' CGGetEventTapList (read-only, no admin rights)."""
    if sys.platform != "darwin":
        return Read.fail(UNSUPPORTED, "event taps exist only on macOS")
    import ctypes
    import ctypes.util

    class TapInfo(ctypes.Structure):
        _fields_ = [("eventTapID", ctypes.c_uint32), ("tapPoint", ctypes.c_uint32),
                    ("options", ctypes.c_uint32), ("eventsOfInterest", ctypes.c_uint64),
                    ("tappingProcess", ctypes.c_int32), ("processBeingTapped", ctypes.c_int32),
                    ("enabled", ctypes.c_bool), ("minUsecLatency", ctypes.c_float),
                    ("avgUsecLatency", ctypes.c_float), ("maxUsecLatency", ctypes.c_float)]

    path = ctypes.util.find_library("CoreGraphics") or \
        "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
    try:
        cg = ctypes.CDLL(path)
        count = ctypes.c_uint32(0)
        if cg.CGGetEventTapList(0, None, ctypes.byref(count)) != 0:
            return Read.fail(FAILED, "CGGetEventTapList failed")
        taps = (TapInfo * max(count.value, 1))()
        if cg.CGGetEventTapList(count.value, taps, ctypes.byref(count)) != 0:
            return Read.fail(FAILED, "CGGetEventTapList failed")
    except OSError as e:
        return Read.fail(FAILED, str(e))
    names = {p.pid: p.name for p in (live_os.processes().value or [])}
    out = []
    for t in taps[: count.value]:
        out.append({"id": int(t.eventTapID), "tap_point": int(t.tapPoint),
                    "options": int(t.options), "events": int(t.eventsOfInterest),
                    "pid": int(t.tappingProcess), "process": names.get(int(t.tappingProcess), ""),
                    "tapped_pid": int(t.processBeingTapped), "enabled": bool(t.enabled)})
    return Read(out)


_NAME_PID = re.compile(r"^(?P<name>.+):(?P<pid>\d+)$")


def parse_netstat(text: str) -> list[Listener]:
    """Listening TCP sockets from `netstat -anv -p tcp` (both the older and the newer column layout)."""
    found = set()
    for line in text.splitlines():
        cols = line.split()
        if len(cols) < 6 or not cols[0].startswith("tcp") or "LISTEN" not in cols:
            continue
        addr, _, port = cols[3].rpartition(".")
        if not port.isdigit():
            continue
        pid, name = None, ""
        for c in cols[6:]:
            m = _NAME_PID.match(c)
            if m:
                pid, name = int(m["pid"]), m["name"]
                break
        if pid is None:
            state_at = cols.index("LISTEN")
            # older layout: ... LISTEN rhiwat shiwat pid epid ...
            if len(cols) > state_at + 3 and cols[state_at + 3].isdigit():
                pid = int(cols[state_at + 3])
        proto = "tcp6" if cols[0].endswith("6") else "tcp"
        found.add(Listener(proto, "*" if addr == "*" else addr, int(port), pid, name))
    return sorted(found, key=lambda s: (s.port, s.addr, s.proto))


def listening(timeout: float) -> Read:
    first = live_os.listening()
    if first.ok:
        return first
    out = live_os.run(("/usr/sbin/netstat", "-anv", "-p", "tcp"), timeout)
    if not out.ok:
        return first
    return Read(parse_netstat(out.value.out))
