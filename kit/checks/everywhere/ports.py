"""Programs waiting for connections on remote-access ports (RDP, VNC, SSH and catalog ports)."""

from __future__ import annotations

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, OK, Evidence, L, cap, finding, unknown
from kit.checks.probe.base import Probe
from kit.checks.registry import check

ID = "listening_ports"
REMOTE_PORTS = {22: "SSH", 3389: "RDP (Remote Desktop)", 5900: "VNC", 5901: "VNC", 5902: "VNC",
                5903: "VNC"}
LOOPBACK = ("127.", "::1", "::ffff:127.")


def is_local_only(addr: str) -> bool:
    return addr.startswith(LOOPBACK) or addr == "localhost"


@check(ID)
def listening_ports(probe: Probe):
    ev = Evidence()
    r = probe.listening()
    ev.add("listening TCP sockets", r, f"{len(r.value)} read" if r.ok else "")
    if not r.ok:
        return unknown(ID, ev, r, L("what.sockets"))
    cat = catalog.load()
    items, owner_missing = [], False
    for s in r.value:
        if s.port in REMOTE_PORTS:
            service = REMOTE_PORTS[s.port]
        elif s.port in cat.ports:
            tools = cat.by_port(s.port)
            if s.process and not any(e in tools for e in cat.by_process(s.process.lower())):
                ev.append(f"port {s.port} ({s.addr}) is a catalog port, but its program "
                          f"{s.process} is not that tool")
                continue
            service = ", ".join(e.name for e in tools)
        else:
            continue
        owner = s.process or (f"pid {s.pid}" if s.pid else L("word.unknown_program"))
        owner_missing = owner_missing or not s.process
        where = L("word.local_only") if is_local_only(s.addr) else L("word.network")
        items.append((f"{s.port} ({service}): ", owner, ", ", where))
        ev.append(f"port {s.port} on {s.addr} ({s.proto}) is listening, program: "
                  f"{s.process or '?'} (pid {s.pid if s.pid else '?'})")
    if items:
        return finding(ID, ATTENTION, ev, found=cap(items), count=len(items),
                       needs_admin=owner_missing)
    return finding(ID, OK, ev, count=len(r.value))
