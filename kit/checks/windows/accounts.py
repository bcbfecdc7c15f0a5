"""Windows: local administrator accounts, other local accounts, Microsoft family settings, and
OneDrive and Dropbox accounts."""

from __future__ import annotations

import re

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, L, cap, finding, unknown
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


# Local accounts. Get-LocalUser lists the built-in accounts, the local accounts people created and
# local accounts linked to a Microsoft account; it is missing in 32-bit PowerShell on 64-bit Windows:
# https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/get-localuser
# (read 2026-12-05). Windows keeps no creation date that this cmdlet shows, so a "new" account cannot
# be told apart; we show the last sign-in instead. Built-in accounts are recognised by their RID, not
# by their name (which is translated): 500 Administrator, 501 Guest (well-known SIDs,
# https://learn.microsoft.com/en-us/windows/win32/secauthz/well-known-sids, read 2026-12-05),
# 503 DefaultAccount and 504 WDAGUtilityAccount (accounts Windows manages itself, always left out).
LOCAL_USERS_PS = ("$me = [Security.Principal.WindowsIdentity]::GetCurrent().User.Value; "
                  "Get-LocalUser | ForEach-Object { $_.SID.Value + '|' + $_.Enabled + '|' + "
                  "$(if ($_.LastLogon) { $_.LastLogon.ToString('yyyy-MM-dd') } else { '' }) + '|' + "
                  "($_.SID.Value -eq $me) + '|' + $_.Name }")
# The same lines from WMI (no last sign-in there), for when Get-LocalUser is missing. Win32_UserAccount
# has Name, SID, Disabled and LocalAccount:
# https://learn.microsoft.com/en-us/windows/win32/cimwin32prov/win32-useraccount (read 2026-12-05).
LOCAL_USERS_CIM_PS = ("$me = [Security.Principal.WindowsIdentity]::GetCurrent().User.Value; "
                      "Get-CimInstance -ClassName Win32_UserAccount -Filter 'LocalAccount=True' | "
                      "ForEach-Object { $_.SID + '|' + (-not $_.Disabled) + '||' + ($_.SID -eq $me) "
                      "+ '|' + $_.Name }")
SYSTEM_MANAGED_RIDS = ("503", "504")
BUILT_IN_RIDS = ("500", "501")


def parse_local_users(text: str) -> list[dict]:
    """Lines "SID|Enabled|last sign-in|is me|Name" from LOCAL_USERS_PS."""
    users = []
    for line in text.splitlines():
        parts = line.strip().split("|", 4)
        if len(parts) != 5 or not parts[0].upper().startswith("S-1-"):
            continue
        sid, enabled, last, me, name = parts
        users.append({"sid": sid, "rid": sid.rsplit("-", 1)[-1], "name": name.strip(),
                      "enabled": enabled.strip().lower() == "true", "last": last.strip(),
                      "me": me.strip().lower() == "true"})
    return users


@check("win_local_accounts", ("windows",))
def local_accounts(probe: Probe):
    """Other accounts someone could sign in with: enabled local accounts other than yours."""
    cid = "win_local_accounts"
    info = probe.platform()
    ev = Evidence()
    system32 = info.path(info.getenv("SystemRoot", "C:\\Windows"), "System32")
    powershell = info.path(system32, "WindowsPowerShell", "v1.0", "powershell.exe")
    users: list[dict] = []
    for label, script in (("Get-LocalUser", LOCAL_USERS_PS), ("Win32_UserAccount", LOCAL_USERS_CIM_PS)):
        ps = probe.run([powershell, "-NoProfile", "-NonInteractive", "-Command", script])
        ev.add(f"command powershell {label}", ps, f"exit code {ps.value.rc}" if ps.ok else "")
        users = parse_local_users(ps.value.out) if ps.ok and ps.value.rc == 0 else []
        if users or ps.error == "timeout":
            break
    if not users:
        return unknown(cid, ev, ps if not ps.ok else "failed", L("what.local_accounts"))
    if not users:
        return unknown(cid, ev, "failed", L("what.local_accounts"))
    me = info.user.lower()
    others = []
    for u in users:
        if u["rid"] in SYSTEM_MANAGED_RIDS or not u["enabled"]:
            continue
        if u["me"] or u["name"].lower() == me:
            continue
        parts: list = [u["name"], " ("]
        if u["rid"] in BUILT_IN_RIDS:
            parts += [L("word.built_in_account"), ", "]
        parts += [(L("word.last_sign_in"), " ", u["last"]) if u["last"] else L("word.never_signed_in"), ")"]
        others.append(tuple(parts))
        ev.append(f"account {u['name']} (RID {u['rid']}) is enabled")
    ev.append(f"{len(users)} local accounts, {len(others)} enabled besides yours")
    if others:
        return finding(cid, INFO, ev, found=cap(others), count=len(others))
    return finding(cid, OK, ev)


# Microsoft family group. A family organiser can see the activity, devices and location of members
# who allow it (https://support.microsoft.com/en-us/account-billing/learn-about-family-group-roles-
# permissions-and-data-sharing-2d0764e1-5ec5-f6a1-6898-0bc18f71e318, and "What is a Microsoft family
# group?", https://support.microsoft.com/en-us/account-billing/what-is-a-microsoft-family-group-
# b6280c9d-38d7-82ff-0e4f-a6cb7e659344, both read 2026-12-05). Membership itself is kept in the
# Microsoft account online; Microsoft documents no local registry key or file for it. The only local
# sign we use is the Windows service that applies family settings, "Parental Controls" (WpcMonSvc):
# its start type is "manual" by default and it is started when family settings apply. We found no
# Microsoft page that documents this service (searched 2026-12-05); the name and the default start
# type are as Windows 10 and 11 show them. So "not running" is never read as "not in a family".
# Where to look: family.microsoft.com (Microsoft's pages above). The Settings path "Accounts > Family"
# (Windows 10: "Family & other users") we only found in third-party how-tos (e.g. PCMag's "How to add
# family members to a Windows PC", tenforums tutorial 11642; read 2026-12-05), so the Dutch and French
# texts describe the page instead of quoting a label.
WPC = "HKLM\\SYSTEM\\CurrentControlSet\\Services\\WpcMonSvc"
SC_STATE = re.compile(r":\s*\d+\s+(STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|"
                      r"PAUSE_PENDING|PAUSED)\b")


@check("win_family", ("windows",))
def family(probe: Probe):
    cid = "win_family"
    info = probe.platform()
    ev = Evidence()
    svc = probe.reg_values(WPC)
    start = (svc.value or {}).get("Start") if svc.ok else None
    ev.add(f"registry {WPC}", svc, f"Start = {start}")
    if not svc.ok and svc.error == NOT_FOUND:
        return finding(cid, OK, ev, variant="absent")
    sc_exe = info.path(info.getenv("SystemRoot", "C:\\Windows"), "System32", "sc.exe")
    q = probe.run([sc_exe, "query", "WpcMonSvc"])
    match = SC_STATE.search(q.value.out) if q.ok else None
    state = match.group(1) if match else None
    ev.add(f"command {sc_exe} query WpcMonSvc", q, f"state {state or 'not read'}")
    if state in ("RUNNING", "START_PENDING", "CONTINUE_PENDING", "PAUSED", "PAUSE_PENDING"):
        return finding(cid, INFO, ev)
    if start == 2:
        return finding(cid, INFO, ev, variant="automatic")
    if not svc.ok:
        return unknown(cid, ev, svc, WPC)
    if state is None:
        return unknown(cid, ev, q if not q.ok else "failed", "WpcMonSvc")
    return finding(cid, OK, ev)
