"""Running programs matched against the catalog of remote-access and monitoring tools."""

from __future__ import annotations

import re

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, OK, Evidence, L, cap, finding, unknown
from kit.checks.probe.base import Probe
from kit.checks.registry import check

ID = "processes_catalog"


def basename(path: str) -> str:
    return re.split(r"[\\/]", path)[-1] if path else ""


def entry_item(entry, detail: str) -> tuple:
    """ "AnyDesk (remote-access tool): anydesk.exe" with the kind translated."""
    return (entry.name, " (", L(f"kind.{entry.kind}"), "): ", detail)


@check(ID)
def processes_catalog(probe: Probe):
    ev = Evidence()
    r = probe.processes()
    ev.add("running processes", r, f"{len(r.value)} read" if r.ok else "")
    if not r.ok:
        return unknown(ID, ev, r, L("what.processes"))
    cat = catalog.load()
    hits: dict[str, tuple] = {}
    for p in r.value:
        for name in {p.name.lower(), basename(p.exe).lower()} - {""}:
            for e in cat.by_process(name):
                hits.setdefault(e.id, (e, set()))[1].add(p.name)
                ev.append(f"process {p.name} (pid {p.pid}) matches catalog entry {e.id}")
    if not hits:
        return finding(ID, OK, ev, count=len(r.value))
    items = [entry_item(e, ", ".join(sorted(names))) for e, names in hits.values()]
    return finding(ID, ATTENTION, list(dict.fromkeys(ev)), found=cap(items), count=len(hits))
