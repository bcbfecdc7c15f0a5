"""Linux helpers: GNOME settings, systemd units, /etc/group and running programs."""

from __future__ import annotations

import ast

from kit.checks.helpers import Evidence
from kit.checks.probe.base import Probe, Read

GSETTINGS = "/usr/bin/gsettings"
ABSENT = object()  # the schema or key does not exist: the software is not installed
SYSTEM_UNITS = "/etc/systemd/system"


def gsetting(probe: Probe, schema: str, key: str, ev: Evidence):
    """The value of a GNOME setting, ABSENT, or None when it could not be read."""
    r = probe.run([GSETTINGS, "get", schema, key])
    what = f"command gsettings get {schema} {key}"
    if not r.ok:
        ev.add(what, r)
        return None, r
    out, err = r.value.out.strip(), r.value.err.strip()
    if r.value.rc != 0:
        ev.add(what, r, err.splitlines()[0] if err else f"exit code {r.value.rc}")
        if "No such schema" in err or "No such key" in err:
            return ABSENT, r
        return None, Read.fail("failed", err[:200])
    ev.add(what, r, out)
    return parse_gvariant(out), r


def parse_gvariant(text: str):
    """true/false, numbers, 'strings' and ['lists'] as gsettings prints them."""
    text = text.strip()
    if text.startswith("@"):
        text = text.split(" ", 1)[1] if " " in text else ""
    if text in ("true", "false"):
        return text == "true"
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def enabled_units(probe: Probe, ev: Evidence, root: str = SYSTEM_UNITS) -> tuple[set[str], Read]:
    """Units switched on with `systemctl enable`: the links in <root>/*.wants folders."""
    top = probe.list_dir(root)
    found: set[str] = set()
    if top.ok:
        for e in top.value:
            if e.name.endswith(".wants") and e.kind in ("dir", "link"):
                sub = probe.list_dir(f"{root}/{e.name}")
                found.update(x.name for x in sub.value or [])
    ev.add(f"folder {root} (enabled units)", top, f"{len(found)} enabled" if top.ok else "")
    return found, top


def process_names(probe: Probe, ev: Evidence) -> tuple[set[str] | None, Read]:
    r = probe.processes()
    ev.add("running processes", r, f"{len(r.value)} read" if r.ok else "")
    return ({p.name for p in r.value} if r.ok else None), r


def groups(probe: Probe, ev: Evidence) -> tuple[dict[str, set[str]] | None, Read]:
    """{group: member names}, including users whose main group it is."""
    r = probe.read_file("/etc/group")
    ev.add("file /etc/group", r, "read")
    if not r.ok:
        return None, r
    out: dict[str, set[str]] = {}
    gids: dict[str, str] = {}
    for line in r.value.splitlines():
        parts = line.split(":")
        if len(parts) >= 4 and not line.startswith("#"):
            out[parts[0]] = {m.strip() for m in parts[3].split(",") if m.strip()}
            gids[parts[2]] = parts[0]
    pw = probe.read_file("/etc/passwd")
    ev.add("file /etc/passwd", pw, "read")
    for line in (pw.value or "").splitlines():
        parts = line.split(":")
        if len(parts) >= 4 and parts[3] in gids:
            out[gids[parts[3]]].add(parts[0])
    return out, r


def desktop_entry(text: str) -> dict[str, str]:
    """The [Desktop Entry] group of a .desktop file (first value of each key wins)."""
    out: dict[str, str] = {}
    in_group = False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            in_group = line == "[Desktop Entry]"
        elif in_group and "=" in line and not line.startswith("#"):
            k, v = line.split("=", 1)
            out.setdefault(k.strip(), v.strip())
    return out
