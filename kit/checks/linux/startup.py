"""Linux: autostart desktop files, systemd user and system units, and cron jobs.

Every entry is compared with the catalog by its name, its program and the folders of its
program ("nezha-agent.service", ExecStart=/opt/nezha/agent/nezha-agent): a match names the tool
("Nezha (remote-access tool): nezha-agent.service") and needs attention. An entry of your own
account that matches nothing is "good to know" (info): many ordinary programs start by
themselves. System units that match nothing are not listed: a system has hundreds of them.
"""

from __future__ import annotations

import re

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.linux.common import SYSTEM_UNITS, desktop_entry, enabled_units
from kit.checks.naming import described, flagged
from kit.checks.probe.base import DENIED, NO_COMMAND, NOT_FOUND, Probe
from kit.checks.registry import check

SYSTEM_AUTOSTART = "/etc/xdg/autostart"
CRONTAB = "/usr/bin/crontab"
SYSTEM_CRON = ("/etc/crontab",)
CRON_DIRS = ("/etc/cron.d",)


UNIT_DIRS = ("/etc/systemd/system", "/usr/local/lib/systemd/system", "/usr/lib/systemd/system",
             "/lib/systemd/system")
UNIT_TYPES = (".service", ".timer", ".socket", ".path")


def exec_start(text: str) -> str:
    m = re.search(r"^\s*ExecStart\s*=\s*[-@:+!]*(.*)$", text, re.MULTILINE)
    return m.group(1).strip() if m else ""


def _config(probe: Probe) -> str:
    info = probe.platform()
    return info.getenv("XDG_CONFIG_HOME", info.path(info.home, ".config"))


def _desktop_files(probe: Probe, folder: str, ev: Evidence):
    r = probe.list_dir(folder)
    ev.add(f"folder {folder}", r, f"{len(r.value)} entries" if r.ok else "")
    out = []
    for e in r.value or []:
        if e.name.endswith(".desktop"):
            path = f"{folder}/{e.name}"
            entry = desktop_entry(probe.read_file(path).value or "")
            hidden = entry.get("Hidden", "").lower() == "true" or \
                entry.get("X-GNOME-Autostart-enabled", "").lower() == "false"
            out.append((e.name, entry, hidden))
    return out, r


@check("linux_autostart", ("linux",))
def autostart(probe: Probe):
    cid = "linux_autostart"
    ev = Evidence()
    user_dir = probe.platform().path(_config(probe), "autostart")
    user, ur = _desktop_files(probe, user_dir, ev)
    system, _ = _desktop_files(probe, SYSTEM_AUTOSTART, ev)
    found, plain = [], []
    for where, entries in ((user_dir, user), (SYSTEM_AUTOSTART, system)):
        for name, entry, hidden in entries:
            if hidden:
                continue
            texts = (name, entry.get("Exec", ""), entry.get("Name", ""))
            label = f"{entry.get('Name') or name} ({name}): {entry.get('Exec', '?')}"
            item = described(label, *texts)
            if item != label:
                found.append(item)
                ev.append(f"autostart entry {where}/{name} names a remote-access or spy program")
            elif where == user_dir:
                plain.append(label)
                ev.append(f"user autostart entry {where}/{name}")
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found + plain), count=len(found) + len(plain))
    if not ur.ok and ur.error != NOT_FOUND:
        return unknown(cid, ev, ur, user_dir)
    if plain:
        return finding(cid, INFO, ev, found=cap(plain), count=len(plain))
    return finding(cid, OK, ev)


@check("linux_systemd_user", ("linux",))
def systemd_user(probe: Probe):
    cid = "linux_systemd_user"
    info = probe.platform()
    ev = Evidence()
    folder = info.path(_config(probe), "systemd", "user")
    r = probe.list_dir(folder)
    ev.add(f"folder {folder}", r, f"{len(r.value)} entries" if r.ok else "")
    found, plain, seen = [], [], set()

    def add(unit: str, command: str, suffix: str = "", own: bool = True) -> None:
        label = f"{unit}: {command or '?'}{suffix}"
        item = described(label, unit, command)
        seen.add(unit)
        if item != label:
            found.append(item)
            ev.append(f"unit {unit} names a remote-access or spy program")
        elif own:
            plain.append(label)

    for e in r.value or []:
        if e.name.endswith(UNIT_TYPES) and e.kind != "link":
            add(e.name, exec_start(probe.read_file(f"{folder}/{e.name}").value or ""))
    enabled, _ = enabled_units(probe, ev, folder)
    for u in sorted(enabled - seen):
        add(u, "", " (enabled)")
    system, _ = enabled_units(probe, ev, "/etc/systemd/user")
    for u in sorted(system - seen):
        add(u, unit_command(probe, u, ("/etc/systemd/user", "/usr/lib/systemd/user")),
            " (/etc/systemd/user)", own=False)
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found + plain), count=len(found) + len(plain))
    if not r.ok and r.error != NOT_FOUND:
        return unknown(cid, ev, r, folder)
    if plain:
        return finding(cid, INFO, ev, found=cap(plain), count=len(plain))
    return finding(cid, OK, ev)


def unit_command(probe: Probe, unit: str, dirs: tuple[str, ...] = UNIT_DIRS) -> str:
    """The ExecStart of a unit, from the first folder that has its file."""
    for d in dirs:
        t = probe.read_file(f"{d}/{unit}")
        if t.ok:
            return exec_start(t.value)
    return ""


@check("linux_system_services", ("linux",))
def system_services(probe: Probe):
    """System units (systemd, started for every user at boot), the way remote-access agents
    install themselves: their unit names and ExecStart programs compared with the catalog."""
    cid = "linux_system_services"
    ev = Evidence()
    enabled, top = enabled_units(probe, ev, SYSTEM_UNITS)
    units = set(enabled)
    for e in top.value or []:  # unit files put in /etc/systemd/system by hand or by an installer
        if e.name.endswith(UNIT_TYPES) and e.kind == "file":
            units.add(e.name)
    found = []
    for u in sorted(units):
        if "@" in u and u.split("@", 1)[1].startswith("."):
            continue  # a template, e.g. getty@.service
        command = unit_command(probe, u)
        label = f"{u}: {command}" if command else u
        item = described(label, u, command)
        if item != label:
            found.append(item)
            ev.append(f"system unit {u} names a remote-access or spy program")
    ev.append(f"system units compared with the catalog: {len(units)}")
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    if not top.ok and top.error != NOT_FOUND:
        return unknown(cid, ev, top, SYSTEM_UNITS)
    return finding(cid, OK, ev, count=len(units))


def _cron_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")
            and not re.match(r"^[A-Z_]+\s*=", line.strip())]


@check("linux_cron", ("linux",))
def cron(probe: Probe):
    cid = "linux_cron"
    info = probe.platform()
    ev = Evidence()
    found = []
    r = probe.run([CRONTAB, "-l"])
    user_known = False
    if r.ok:
        lines = _cron_lines(r.value.out) if r.value.rc == 0 else []
        ev.add(f"command {CRONTAB} -l", r, f"{len(lines)} jobs" if r.value.rc == 0
               else (r.value.err.strip().splitlines() or ["no crontab"])[0])
        user_known = r.value.rc == 0 or "no crontab" in r.value.err.lower()
        found += lines
    else:
        ev.add(f"command {CRONTAB} -l", r)
        spool = f"/var/spool/cron/crontabs/{info.user}"
        s = probe.read_file(spool)
        ev.add(f"file {spool}", s, "read")
        if s.ok:
            found += _cron_lines(s.value)
            user_known = True
        elif s.error == NOT_FOUND and r.error == NO_COMMAND:
            user_known = True  # cron is not installed
    system_files = list(SYSTEM_CRON)
    for d in CRON_DIRS:
        listing = probe.list_dir(d)
        ev.add(f"folder {d}", listing, f"{len(listing.value)} files" if listing.ok else "")
        system_files += [f"{d}/{e.name}" for e in listing.value or [] if not e.name.startswith(".")]
    for path in system_files:
        t = probe.read_file(path)
        if t.ok:
            found += [f"{line} ({path})" for line in _cron_lines(t.value) if flagged(line)]
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    if not user_known:
        return unknown(cid, ev, r if not r.ok else DENIED, f"{CRONTAB} -l")
    return finding(cid, OK, ev)
