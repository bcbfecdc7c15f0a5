"""Windows: Remote Desktop, Remote Assistance and shared folders."""

from __future__ import annotations

import re

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

TS = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server"
TS_POLICY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"
RA = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Remote Assistance"
SHARES = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Shares"
DEFAULT_SHARES = re.compile(r"^(?:[A-Za-z]\$|ADMIN\$|IPC\$|PRINT\$)$", re.IGNORECASE)


def _int(values: dict | None, name: str) -> int | None:
    v = (values or {}).get(name)
    return v if isinstance(v, int) else None


@check("win_remote_desktop", ("windows",))
def remote_desktop(probe: Probe):
    cid = "win_remote_desktop"
    ev = Evidence()
    ts = probe.reg_values(TS)
    deny = _int(ts.value, "fDenyTSConnections") if ts.ok else None
    ev.add(f"registry {TS}", ts, f"fDenyTSConnections = {deny}")
    pol = probe.reg_values(TS_POLICY)
    pol_deny = _int(pol.value, "fDenyTSConnections") if pol.ok else None
    ev.add(f"registry {TS_POLICY}", pol, f"fDenyTSConnections = {pol_deny}")
    if pol_deny is not None:  # a policy wins over the setting
        return finding(cid, ATTENTION if pol_deny == 0 else OK, ev, variant="policy")
    if not ts.ok or deny is None:
        return unknown(cid, ev, ts if not ts.ok else "not_found", TS)
    return finding(cid, ATTENTION if deny == 0 else OK, ev)


@check("win_remote_assistance", ("windows",))
def remote_assistance(probe: Probe):
    cid = "win_remote_assistance"
    ev = Evidence()
    pol = probe.reg_values(TS_POLICY)
    unsolicited = _int(pol.value, "fAllowUnsolicited") if pol.ok else None
    pol_help = _int(pol.value, "fAllowToGetHelp") if pol.ok else None
    ev.add(f"registry {TS_POLICY}", pol, f"fAllowUnsolicited = {unsolicited}, fAllowToGetHelp = {pol_help}")
    if unsolicited == 1:
        return finding(cid, ATTENTION, ev, variant="unsolicited")
    ra = probe.reg_values(RA)
    allow = _int(ra.value, "fAllowToGetHelp") if ra.ok else None
    full = _int(ra.value, "fAllowFullControl") if ra.ok else None
    ev.add(f"registry {RA}", ra, f"fAllowToGetHelp = {allow}, fAllowFullControl = {full}")
    if pol_help is not None:
        allow = pol_help
    if allow is None:
        if ra.ok or ra.error == NOT_FOUND:
            return finding(cid, OK, ev)  # never switched on: Windows' default is off when unset
        return unknown(cid, ev, ra, RA)
    return finding(cid, INFO if allow == 1 else OK, ev)


def _share_path(value) -> str:
    lines = value if isinstance(value, list) else str(value).split("\x00")
    for line in lines:
        if str(line).lower().startswith("path="):
            return str(line)[5:]
    return ""


@check("win_shares", ("windows",))
def shares(probe: Probe):
    cid = "win_shares"
    ev = Evidence()
    r = probe.reg_values(SHARES)
    ev.add(f"registry {SHARES}", r, f"{len(r.value)} shares" if r.ok else "")
    if not r.ok and r.error != NOT_FOUND:
        return unknown(cid, ev, r, SHARES)
    found = []
    for name, value in sorted((r.value or {}).items()):
        if DEFAULT_SHARES.match(name):
            ev.append(f"share {name} is a default Windows share: ignored")
            continue
        found.append(f"{name} → {_share_path(value) or '?'}")
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    return finding(cid, OK, ev)
