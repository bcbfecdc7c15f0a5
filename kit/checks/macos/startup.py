"""macOS: launch agents and launch daemons (programs that start by themselves)."""

from __future__ import annotations

import re

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.names import is_spy_name
from kit.checks.naming import described
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.probe.fields import as_map
from kit.checks.registry import check

SYSTEM_FOLDERS = ("/Library/LaunchAgents", "/Library/LaunchDaemons")


def _flagged(*names: str) -> bool:
    cat = catalog.load()
    for n in names:
        if not n:
            continue
        short = re.split(r"[\\/]", n)[-1]
        if is_spy_name(short) or cat.by_process(short.lower()) or cat.by_program(short):
            return True
        if any(cat.by_program(part) for part in short.split(".")[1:] if len(part) > 3):
            return True
    return False


@check("mac_launch_items", ("macos",))
def launch_items(probe: Probe):
    cid = "mac_launch_items"
    info = probe.platform()
    ev = Evidence()
    folders = (*SYSTEM_FOLDERS, info.path(info.home, "Library", "LaunchAgents"))
    items, flagged, failure, readable = [], [], None, 0
    for folder in folders:
        r = probe.list_dir(folder)
        ev.add(f"folder {folder}", r, f"{len(r.value)} entries" if r.ok else "")
        if r.ok or r.error == NOT_FOUND:
            readable += 1
        elif failure is None:
            failure = r
        for e in r.value or []:
            if not e.name.endswith(".plist"):
                continue
            f = probe.read_fields(info.path(folder, e.name), ["Label", "Program", "ProgramArguments.0"],
                                  fmt="plist")
            v = as_map(f.value or [])
            label = str(v.get(("Label",), "") or e.name[:-6])
            program = str(v.get(("Program",), "") or v.get(("ProgramArguments", "0"), "") or "")
            if label.startswith("com.apple."):
                continue
            text = f"{label} ({program or e.name})"
            item = described(text, label, program)
            if item != text or _flagged(label, program):
                flagged.append(item)
            else:
                items.append(text)
    if flagged:
        return finding(cid, ATTENTION, ev, found=cap(flagged), others=cap(items), count=len(flagged))
    if readable == 0:
        return unknown(cid, ev, failure or "failed", ", ".join(folders))
    if items:
        return finding(cid, INFO, ev, found=cap(items), count=len(items))
    return finding(cid, OK, ev)
