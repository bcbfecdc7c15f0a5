"""Linux: autostart desktop files, systemd user units and cron jobs."""

from __future__ import annotations

import re

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, OK, Evidence, cap, finding, unknown
from kit.checks.linux.common import desktop_entry, enabled_units
from kit.checks.names import is_spy_name
from kit.checks.probe.base import DENIED, NO_COMMAND, NOT_FOUND, Probe
from kit.checks.registry import check

SYSTEM_AUTOSTART = "/etc/xdg/autostart"
CRONTAB = "/usr/bin/crontab"
SYSTEM_CRON = ("/etc/crontab",)
CRON_DIRS = ("/etc/cron.d",)


def flagged(text: str) -> bool:
    """Does a command line name a catalog tool or have a spy-like name?"""
    cat = catalog.load()
    for word in re.split(r"[\s\"'=;|&]+", text):
        prog = word.rsplit("/", 1)[-1]
        if prog and (is_spy_name(prog) or cat.by_process(prog.lower())):
            return True
    return False


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
    found = []
    for name, entry, hidden in user:
        if not hidden:
            found.append(f"{entry.get('Name') or name} ({name}): {entry.get('Exec', '?')}")
            ev.append(f"user autostart entry {user_dir}/{name}")
    for name, entry, hidden in system:
        if not hidden and (flagged(entry.get("Exec", "")) or is_spy_name(entry.get("Name", ""))):
            found.append(f"{entry.get('Name') or name} ({SYSTEM_AUTOSTART}/{name}): {entry.get('Exec', '?')}")
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    if not ur.ok and ur.error != NOT_FOUND:
        return unknown(cid, ev, ur, user_dir)
    return finding(cid, OK, ev)


@check("linux_systemd_user", ("linux",))
def systemd_user(probe: Probe):
    cid = "linux_systemd_user"
    info = probe.platform()
    ev = Evidence()
    folder = info.path(_config(probe), "systemd", "user")
    r = probe.list_dir(folder)
    ev.add(f"folder {folder}", r, f"{len(r.value)} entries" if r.ok else "")
    found = []
    for e in r.value or []:
        if e.name.endswith((".service", ".timer", ".socket", ".path")) and e.kind != "link":
            text = probe.read_file(f"{folder}/{e.name}").value or ""
            m = re.search(r"^ExecStart=(.*)$", text, re.MULTILINE)
            found.append(f"{e.name}: {m.group(1).strip() if m else '?'}")
    enabled, _ = enabled_units(probe, ev, folder)
    found += [f"{u} (enabled)" for u in sorted(enabled) if not any(f.startswith(u + ":") for f in found)]
    system, _ = enabled_units(probe, ev, "/etc/systemd/user")
    found += [f"{u} (/etc/systemd/user)" for u in sorted(system) if flagged(u.split(".")[0])]
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    if not r.ok and r.error != NOT_FOUND:
        return unknown(cid, ev, r, folder)
    return finding(cid, OK, ev)


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
