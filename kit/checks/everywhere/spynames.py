"""The name filter: running or installed programs with obvious spy or keylogger names.

Anti-spyware products are left out, and so are programs the catalog checks already report.
"""

from __future__ import annotations

from kit.checks import catalog
from kit.checks.everywhere.processes import basename
from kit.checks.everywhere.programs import inventory
from kit.checks.helpers import ATTENTION, OK, Evidence, L, cap, finding, unknown
from kit.checks.names import is_spy_name
from kit.checks.probe.base import Probe
from kit.checks.registry import check

ID = "spy_names"


@check(ID)
def spy_names(probe: Probe):
    cat = catalog.load()
    ev = Evidence()
    found: list = []
    procs = probe.processes()
    ev.add("running processes", procs, f"{len(procs.value)} read" if procs.ok else "")
    for p in procs.value or []:
        for name in {p.name, basename(p.exe)} - {""}:
            if is_spy_name(name) and not cat.by_process(name.lower()):
                found.append((p.name, " (", L("word.running"), ")"))
                ev.append(f"process {p.name} (pid {p.pid}) has a spy-like name")
                break
    inv = inventory(probe, cat)
    ev += inv.evidence
    for prog in inv.programs:
        if is_spy_name(prog.name):
            known = cat.by_package(prog.name) if prog.kind == "package" else cat.by_program(prog.name)
            if not known:
                found.append(prog.name)
                ev.append(f"installed {prog.name} ({prog.where}) has a spy-like name")
    if found:
        return finding(ID, ATTENTION, ev, found=cap(found), count=len(set(found)))
    if not procs.ok and not inv.complete:
        return unknown(ID, ev, procs, L("what.processes_and_programs"))
    if not procs.ok or not inv.complete:
        return unknown(ID, ev, procs if not procs.ok else (inv.failure or "failed"),
                       L("what.processes") if not procs.ok else inv.what)
    return finding(ID, OK, ev)
