"""Windows: local administrator accounts, and OneDrive and Dropbox accounts."""

from __future__ import annotations

import re

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.probe.fields import as_map
from kit.checks.registry import check

ADMINS_PS = ("Get-LocalGroupMember -SID S-1-5-32-544 | "
             "ForEach-Object { $_.Name + '|' + $_.ObjectClass + '|' + $_.PrincipalSource }")
# The name of the Administrators group in this Windows' language ("Administrateurs",
# "Administratoren", ...), from its fixed SID, for `net localgroup` when Get-LocalGroupMember fails
# (it does on some machines, e.g. with a member whose account was removed). Well-known SIDs:
# https://learn.microsoft.com/en-us/windows/win32/secauthz/well-known-sids (read 2026-12-05).
ADMINS_NAME_PS = ("([Security.Principal.SecurityIdentifier]'S-1-5-32-544')"
                  ".Translate([Security.Principal.NTAccount]).Value")
ONEDRIVE = "HKCU\\Software\\Microsoft\\OneDrive\\Accounts"
BUILT_IN_ADMIN = re.compile(r"(?:^|\\)(?:administrator|administrateur|administrador|"
                            r"administratör|järjestelmänvalvoja|beheerder)$", re.IGNORECASE)


def parse_net_localgroup(text: str) -> list[str]:
    """Members from `net localgroup <group>`: the lines between the dashes and the last line."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("---")) + 1
    except StopIteration:
        return []
    members = [line.strip() for line in lines[start:] if line.strip()]
    # the last line is net's "The command completed successfully." in the system's language
    done = members and (members[-1].lower().startswith("the command")
                        or (" " in members[-1] and members[-1].endswith(".")))
    return members[:-1] if done else members


def _admins(probe: Probe, ev: Evidence):
    info = probe.platform()
    system32 = info.path(info.getenv("SystemRoot", "C:\\Windows"), "System32")
    ps = probe.run([info.path(system32, "WindowsPowerShell", "v1.0", "powershell.exe"),
                    "-NoProfile", "-NonInteractive", "-Command", ADMINS_PS])
    ev.add("command powershell Get-LocalGroupMember -SID S-1-5-32-544", ps,
           f"exit code {ps.value.rc}" if ps.ok else "")
    if ps.ok and ps.value.rc == 0:
        return [line.split("|")[0].strip() for line in ps.value.out.splitlines() if line.strip()], ps
    group = "Administrators"
    name = probe.run([info.path(system32, "WindowsPowerShell", "v1.0", "powershell.exe"),
                      "-NoProfile", "-NonInteractive", "-Command", ADMINS_NAME_PS])
    ev.add("command powershell SID S-1-5-32-544 to group name", name,
           f"exit code {name.value.rc}" if name.ok else "")
    if name.ok and name.value.rc == 0 and name.value.out.strip():
        group = name.value.out.strip().splitlines()[0].split("\\")[-1]
    net_exe = info.path(system32, "net.exe")
    net = probe.run([net_exe, "localgroup", group])
    ev.add(f"command {net_exe} localgroup {group}", net, f"exit code {net.value.rc}" if net.ok else "")
    if net.ok and net.value.rc == 0:
        return parse_net_localgroup(net.value.out), net
    return None, (net if not net.ok else ps)


@check("win_admins", ("windows",))
def admins(probe: Probe):
    cid = "win_admins"
    ev = Evidence()
    members, read = _admins(probe, ev)
    if members is None:
        return unknown(cid, ev, read if not read.ok else "failed", "Administrators (S-1-5-32-544)")
    me = probe.platform().user.lower()
    people = [m for m in members if not BUILT_IN_ADMIN.search(m) and not m.lower().endswith("\\domain admins")]
    others = [m for m in people if m.split("\\")[-1].lower() != me]
    if others:
        return finding(cid, ATTENTION, ev, found=cap(others), everyone=cap(members))
    return finding(cid, OK, ev, everyone=cap(members), variant=None if members else "none")


@check("win_cloud_accounts", ("windows",))
def cloud_accounts(probe: Probe):
    cid = "win_cloud_accounts"
    info = probe.platform()
    ev = Evidence()
    found = []
    subs = probe.reg_subkeys(ONEDRIVE)
    ev.add(f"registry {ONEDRIVE}", subs, f"{len(subs.value)} accounts" if subs.ok else "")
    if not subs.ok and subs.error != NOT_FOUND:
        return unknown(cid, ev, subs, ONEDRIVE)
    for sub in subs.value or []:
        vals = probe.reg_values(f"{ONEDRIVE}\\{sub}")
        email = (vals.value or {}).get("UserEmail")
        if email:
            found.append(f"OneDrive ({sub}): {email}")
    for base in (info.getenv("LOCALAPPDATA", info.path(info.home, "AppData", "Local")),
                 info.getenv("APPDATA", info.path(info.home, "AppData", "Roaming"))):
        path = info.path(base, "Dropbox", "info.json")
        r = probe.read_fields(path, ["personal.path", "business.path"])
        ev.add(f"file {path} (folder names only)", r, "read")
        for (kind, _), folder in as_map(r.value or []).items():
            found.append(f"Dropbox ({kind}): {folder}")
    if found:
        return finding(cid, INFO, ev, found=cap(found), count=len(found))
    return finding(cid, OK, ev)
