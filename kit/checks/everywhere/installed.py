"""Installed programs matched against the catalog of remote-access and monitoring tools."""

from __future__ import annotations

from kit.checks import catalog
from kit.checks.everywhere.processes import entry_item
from kit.checks.everywhere.programs import Program, inventory
from kit.checks.helpers import ATTENTION, OK, cap, finding, unknown
from kit.checks.probe.base import Probe
from kit.checks.registry import check

ID = "installed_catalog"


@check(ID)
def installed_catalog(probe: Probe):
    cat = catalog.load()
    inv = inventory(probe, cat)
    hits: dict[str, tuple] = {}
    for prog, e in inv.matches(cat):
        label = prog.name if isinstance(prog, Program) else prog
        hits.setdefault(e.id, (e, set()))[1].add(label)
        inv.evidence.append(f"{label} matches catalog entry {e.id}")
    if hits:
        items = [entry_item(e, ", ".join(sorted(names))) for e, names in hits.values()]
        return finding(ID, ATTENTION, inv.evidence, found=cap(items), count=len(hits),
                       needs_admin=not inv.complete)
    if not inv.complete:
        return unknown(ID, inv.evidence, inv.failure or "failed", inv.what)
    return finding(ID, OK, inv.evidence, count=len(inv.programs))
