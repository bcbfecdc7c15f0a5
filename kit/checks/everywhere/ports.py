"""Programs waiting for connections on remote-access ports (RDP, VNC, SSH and catalog ports)."""

from __future__ import annotations

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, L, cap, finding, unknown
from kit.checks.probe.base import Probe
from kit.checks.registry import check

ID = "listening_ports"
# Ports on which remote-access servers wait, whoever opened them (curated; each is the default
# port that the vendor documents for the server side).
REMOTE_PORTS = {
    22: "SSH", 1494: "Citrix ICA", 2598: "Citrix ICA", 3283: "Apple Remote Desktop",
    3389: "RDP (Remote Desktop)", 4000: "NoMachine (NX)", 4899: "Radmin", 5500: "VNC (listening viewer)",
    5631: "pcAnywhere", 5800: "VNC (web)", 5900: "VNC", 5901: "VNC", 5902: "VNC", 5903: "VNC",
    5938: "TeamViewer", 5985: "WinRM (Windows Remote Management)", 5986: "WinRM (Windows Remote Management)",
    6129: "DameWare", 6568: "AnyDesk", 7070: "AnyDesk", 21115: "RustDesk", 21116: "RustDesk",
    21117: "RustDesk", 21118: "RustDesk", 21119: "RustDesk",
}
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
    items, other, owner_missing = [], [], False
    for s in r.value:
        if s.port in REMOTE_PORTS:
            service = REMOTE_PORTS[s.port]
        elif s.port in cat.ports:
            tools = cat.by_port(s.port)
            service = ", ".join(e.name for e in tools[:3])
            if s.process and not any(e in tools for e in cat.by_process(s.process.lower())):
                ev.append(f"port {s.port} ({s.addr}) is a catalog port, but its program "
                          f"{s.process} is not that tool")
                where = L("word.local_only") if is_local_only(s.addr) else L("word.network")
                other.append((f"{s.port} ({service}): ", s.process, ", ", where))
                continue
        else:
            continue
        owner = s.process or (f"pid {s.pid}" if s.pid else L("word.unknown_program"))
        owner_missing = owner_missing or not s.process
        where = L("word.local_only") if is_local_only(s.addr) else L("word.network")
        items.append((f"{s.port} ({service}): ", owner, ", ", where))
        ev.append(f"port {s.port} on {s.addr} ({s.proto}) is listening, program: "
                  f"{s.process or '?'} (pid {s.pid if s.pid else '?'})")
    if items:
        return finding(ID, ATTENTION, ev, found=cap(items + other), count=len(items) + len(other),
                       needs_admin=owner_missing)
    if other:
        return finding(ID, INFO, ev, found=cap(other), count=len(other))
    return finding(ID, OK, ev, count=len(r.value))
