"""Windows: programs that start by themselves (Run keys, Startup folders) and services."""

from __future__ import annotations

import re

from kit.checks import catalog
from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.names import is_spy_name
from kit.checks.naming import described, tools_in
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

RUN_KEYS = ("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce",
            "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
            "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\RunOnce",
            "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Run",
            # Group-policy Run lists, read at every logon like the Run keys (MITRE ATT&CK T1547.001,
            # https://attack.mitre.org/techniques/T1547/001/, read 2026-12-05)
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer\\Run",
            "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer\\Run")
# Winlogon starts Userinit (which starts the shell) and Shell at every logon; anything more than
# Windows' own programs there runs with every logon (MITRE ATT&CK T1547.004,
# https://attack.mitre.org/techniques/T1547/004/, read 2026-12-05).
WINLOGON = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
WINLOGON_DEFAULTS = {"Userinit": ("userinit.exe",), "Shell": ("explorer.exe",)}
SERVICES = "HKLM\\SYSTEM\\CurrentControlSet\\Services"
STARTUP = ("Microsoft", "Windows", "Start Menu", "Programs", "Startup")


def program_of(command: str) -> str:
    """The program file of a command line: '"C:\\x\\a b.exe" -y' -> 'a b.exe'."""
    command = command.strip()
    m = re.match(r'^"([^"]+)"', command) or re.match(r"^(\S+\.exe)\b", command, re.IGNORECASE) \
        or re.match(r"^(\S+)", command)
    return re.split(r"[\\/]", m.group(1))[-1] if m else ""


def matches(*names: str) -> bool:
    cat = catalog.load()
    for n in names:
        if n and (is_spy_name(n) or cat.by_process(n.lower()) or cat.by_program(n)):
            return True
    return False


@check("win_startup", ("windows",))
def startup(probe: Probe):
    cid = "win_startup"
    info = probe.platform()
    ev = Evidence()
    items, flagged, readable, failure = [], [], 0, None
    for key in RUN_KEYS:
        r = probe.reg_values(key)
        ev.add(f"registry {key}", r, f"{len(r.value)} entries" if r.ok else "")
        if (r.ok or r.error == NOT_FOUND) and "\\Policies\\" not in key:
            readable += 1  # the policy lists are usually absent: they do not count as read
        elif failure is None:
            failure = r
        for name, command in sorted((r.value or {}).items()):
            text = f"{name}: {command}"
            item = described(text, name, str(command))
            if item != text or matches(name, program_of(str(command))):
                flagged.append(item)
            else:
                items.append(text)
    wl = probe.reg_values(WINLOGON)
    ev.add(f"registry {WINLOGON}", wl, ", ".join(f"{k} = {(wl.value or {}).get(k)}"
                                                  for k in WINLOGON_DEFAULTS) if wl.ok else "")
    for name, allowed in WINLOGON_DEFAULTS.items():
        value = str((wl.value or {}).get(name) or "")
        extra = [p for p in re.split(r"\s*,\s*", value) if p and program_of(p).lower() not in allowed]
        if extra:
            flagged.append(f"Winlogon {name}: {value}")
    folders = (info.path(info.getenv("APPDATA", info.path(info.home, "AppData", "Roaming")), *STARTUP),
               info.path(info.getenv("PROGRAMDATA", "C:\\ProgramData"), *STARTUP))
    for folder in folders:
        r = probe.list_dir(folder)
        ev.add(f"folder {folder}", r, f"{len(r.value)} entries" if r.ok else "")
        for e in r.value or []:
            if e.name.lower() == "desktop.ini":
                continue
            text = f"{e.name} ({folder})"
            stem = e.name.rsplit(".", 1)[0]
            item = described(text, stem)
            if item != text or matches(stem):
                flagged.append(item)
            else:
                items.append(text)
    if flagged:
        return finding(cid, ATTENTION, ev, found=cap(flagged), others=cap(items), count=len(flagged))
    if not readable:
        return unknown(cid, ev, failure or "failed", RUN_KEYS[0])
    if items:
        return finding(cid, INFO, ev, found=cap(items), count=len(items))
    return finding(cid, OK, ev)


@check("win_services", ("windows",))
def services(probe: Probe):
    cid = "win_services"
    ev = Evidence()
    keys = probe.reg_subkeys(SERVICES)
    ev.add(f"registry {SERVICES}", keys, f"{len(keys.value)} services" if keys.ok else "")
    if not keys.ok:
        return unknown(cid, ev, keys, SERVICES)
    flagged = []
    for name in keys.value:
        vals = probe.reg_values(f"{SERVICES}\\{name}").value or {}
        kind = vals.get("Type")
        if not isinstance(kind, int) or not kind & 0x30:  # only services that run a program
            continue
        image = str(vals.get("ImagePath", ""))
        display = str(vals.get("DisplayName", ""))
        if display.startswith("@"):
            display = ""
        if matches(name, display, program_of(image)) or tools_in(name, display, image):
            start = {2: "automatic", 3: "manual", 4: "disabled"}.get(vals.get("Start"), "?")
            text = f"{display or name} ({program_of(image) or name})"
            flagged.append(described(text, name, display, image))
            ev.append(f"service {name}: {image} (start: {start})")
    if flagged:
        return finding(cid, ATTENTION, ev, found=cap(flagged), count=len(flagged))
    return finding(cid, OK, ev, count=len(keys.value))
