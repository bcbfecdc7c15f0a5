"""Windows: other ways in (Quick Assist, Remote Desktop Users, WinRM, the OpenSSH server),
scheduled tasks, and what lets someone read or hide traffic and programs (Defender turned off
or with exclusions, a proxy, root certificates added for your account).

Sources, read 2026-12-05:
- Quick Assist runs as QuickAssist.exe while a session is open:
  https://learn.microsoft.com/en-us/windows/client-management/client-tools/quick-assist
- Remote Desktop Users is the built-in group S-1-5-32-555 (well-known SIDs):
  https://learn.microsoft.com/en-us/windows/win32/secauthz/well-known-sids
- WinRM listeners (HTTP 5985, HTTPS 5986; none by default) are kept under
  HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WSMAN\\Listener:
  https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wsmv/c6d479c8-d487-4712-8bbb-a3cb53ba151f
  and https://learn.microsoft.com/en-us/windows/win32/winrm/installation-and-configuration-for-windows-remote-management
- The OpenSSH server is the service "sshd" (Start: 2 automatic, 3 manual, 4 disabled):
  https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse
- Scheduled tasks are listed in HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Schedule\\
  TaskCache\\Tree (readable without admin rights; the task files need them):
  https://learn.microsoft.com/en-us/windows/win32/taskschd/task-scheduler-start-page
- Defender exclusions: HKLM\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\{Paths,Processes,
  Extensions} and the policy keys under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender
  (DisableAntiSpyware, Real-Time Protection\\DisableRealtimeMonitoring):
  https://learn.microsoft.com/en-us/defender-endpoint/configure-extension-file-exclusions-microsoft-defender-antivirus
- The proxy of your account: HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings
  (ProxyEnable, ProxyServer, AutoConfigURL):
  https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/configure-client-proxy-server-settings-by-registry-file
- Root certificates added for your account: HKCU\\Software\\Microsoft\\SystemCertificates\\Root\\
  Certificates (one subkey per certificate, named by its SHA-1 thumbprint):
  https://learn.microsoft.com/en-us/windows-hardware/drivers/install/local-machine-and-current-user-certificate-stores
"""

from __future__ import annotations

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, L, cap, finding, unknown
from kit.checks.naming import described
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

SERVICES = "HKLM\\SYSTEM\\CurrentControlSet\\Services"
WSMAN_LISTENERS = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WSMAN\\Listener"
TASKS = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Schedule\\TaskCache\\Tree"
DEFENDER = "HKLM\\SOFTWARE\\Microsoft\\Windows Defender"
DEFENDER_POLICY = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender"
INTERNET = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"
USER_ROOTS = "HKCU\\Software\\Microsoft\\SystemCertificates\\Root\\Certificates"
RDP_USERS_PS = ("Get-LocalGroupMember -SID S-1-5-32-555 | "
                "ForEach-Object { $_.Name + '|' + $_.ObjectClass }")
START = {2: "automatic", 3: "manual", 4: "disabled"}


@check("win_quick_assist", ("windows",))
def quick_assist(probe: Probe):
    cid = "win_quick_assist"
    ev = Evidence()
    r = probe.processes()
    ev.add("running processes", r, f"{len(r.value)} read" if r.ok else "")
    if not r.ok:
        return unknown(cid, ev, r, L("what.processes"))
    running = [p for p in r.value if p.name.lower() == "quickassist.exe"]
    for p in running:
        ev.append(f"process {p.name} (pid {p.pid}) is Quick Assist")
    return finding(cid, ATTENTION if running else OK, ev)


@check("win_rdp_users", ("windows",))
def rdp_users(probe: Probe):
    cid = "win_rdp_users"
    info = probe.platform()
    ev = Evidence()
    system32 = info.path(info.getenv("SystemRoot", "C:\\Windows"), "System32")
    ps = probe.run([info.path(system32, "WindowsPowerShell", "v1.0", "powershell.exe"),
                    "-NoProfile", "-NonInteractive", "-Command", RDP_USERS_PS])
    ev.add("command powershell Get-LocalGroupMember -SID S-1-5-32-555", ps,
           f"exit code {ps.value.rc}" if ps.ok else "")
    if not ps.ok or ps.value.rc != 0:
        return unknown(cid, ev, ps if not ps.ok else "failed", "Remote Desktop Users (S-1-5-32-555)")
    members = [line.split("|")[0].strip() for line in ps.value.out.splitlines() if line.strip()]
    if members:
        return finding(cid, ATTENTION, ev, found=cap(members), count=len(members))
    return finding(cid, OK, ev)


def _service(probe: Probe, name: str, ev: Evidence):
    r = probe.reg_values(f"{SERVICES}\\{name}")
    start = (r.value or {}).get("Start") if r.ok else None
    ev.add(f"registry {SERVICES}\\{name}", r, f"Start = {start}")
    return r, start


@check("win_winrm", ("windows",))
def winrm(probe: Probe):
    cid = "win_winrm"
    ev = Evidence()
    listeners = probe.reg_subkeys(WSMAN_LISTENERS)
    ev.add(f"registry {WSMAN_LISTENERS}", listeners,
           ", ".join(listeners.value) if listeners.ok and listeners.value else "none")
    svc, start = _service(probe, "WinRM", ev)
    if not listeners.ok and listeners.error != NOT_FOUND:
        return unknown(cid, ev, listeners, WSMAN_LISTENERS)
    if listeners.value:
        how = {2: L("word.starts_automatically"), 3: L("word.starts_by_hand"),
               4: L("word.switched_off")}.get(start, L("word.unknown_start"))
        return finding(cid, ATTENTION, ev, found=cap([(x, " (", how, ")") for x in listeners.value]))
    return finding(cid, OK, ev)


@check("win_openssh_server", ("windows",))
def openssh_server(probe: Probe):
    cid = "win_openssh_server"
    ev = Evidence()
    svc, start = _service(probe, "sshd", ev)
    if not svc.ok and svc.error != NOT_FOUND:
        return unknown(cid, ev, svc, f"{SERVICES}\\sshd")
    if start == 2:
        return finding(cid, ATTENTION, ev)
    if svc.ok and start == 3:
        return finding(cid, INFO, ev)
    return finding(cid, OK, ev, variant=None if svc.ok else "absent")


@check("win_scheduled_tasks", ("windows",))
def scheduled_tasks(probe: Probe):
    """Tasks are compared by name with the catalog and the spy-name filter; Windows' own tasks
    (the "Microsoft" folder) are left out."""
    cid = "win_scheduled_tasks"
    ev = Evidence()
    top = probe.reg_subkeys(TASKS)
    ev.add(f"registry {TASKS}", top, f"{len(top.value)} tasks and folders" if top.ok else "")
    if not top.ok:
        return unknown(cid, ev, top, TASKS)
    names = []
    for name in top.value:
        if name.lower() == "microsoft":
            continue
        names.append(name)
        sub = probe.reg_subkeys(f"{TASKS}\\{name}")  # a folder of tasks, e.g. "Mozilla"
        names += [f"{name}\\{s}" for s in sub.value or []]
    found = []
    for name in names:
        item = described(name, *name.split("\\"))
        if item != name:
            found.append(item)
            ev.append(f"scheduled task {name} names a remote-access or spy program")
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    return finding(cid, OK, ev, count=len(names))


@check("win_defender", ("windows",))
def defender(probe: Probe):
    cid = "win_defender"
    ev = Evidence()
    found, failure = [], None
    pol = probe.reg_values(DEFENDER_POLICY)
    ev.add(f"registry {DEFENDER_POLICY}", pol, f"DisableAntiSpyware = {(pol.value or {}).get('DisableAntiSpyware')}")
    rtp = probe.reg_values(f"{DEFENDER_POLICY}\\Real-Time Protection")
    ev.add(f"registry {DEFENDER_POLICY}\\Real-Time Protection", rtp,
           f"DisableRealtimeMonitoring = {(rtp.value or {}).get('DisableRealtimeMonitoring')}")
    if (pol.value or {}).get("DisableAntiSpyware") == 1:
        found.append(L("word.defender_off"))
    if (rtp.value or {}).get("DisableRealtimeMonitoring") == 1:
        found.append(L("word.realtime_off"))
    for base in (DEFENDER, DEFENDER_POLICY):
        for kind in ("Paths", "Processes", "Extensions"):
            key = f"{base}\\Exclusions\\{kind}"
            r = probe.reg_values(key)
            ev.add(f"registry {key}", r, f"{len(r.value)} entries" if r.ok else "")
            if r.ok:
                found += [f"{kind}: {name}" for name in sorted(r.value)]
            elif r.error != NOT_FOUND and failure is None:
                failure = r
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    if failure is not None:
        return unknown(cid, ev, failure, f"{DEFENDER}\\Exclusions")
    return finding(cid, OK, ev)


@check("win_proxy", ("windows",))
def proxy(probe: Probe):
    cid = "win_proxy"
    ev = Evidence()
    r = probe.reg_values(INTERNET)
    vals = r.value or {}
    ev.add(f"registry {INTERNET}", r, f"ProxyEnable = {vals.get('ProxyEnable')}")
    if not r.ok and r.error != NOT_FOUND:
        return unknown(cid, ev, r, INTERNET)
    found = []
    if vals.get("ProxyEnable") == 1 and vals.get("ProxyServer"):
        found.append(str(vals["ProxyServer"]))
    if vals.get("AutoConfigURL"):
        found.append(str(vals["AutoConfigURL"]))
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found))
    return finding(cid, OK, ev)


@check("win_root_certificates", ("windows",))
def root_certificates(probe: Probe):
    cid = "win_root_certificates"
    ev = Evidence()
    r = probe.reg_subkeys(USER_ROOTS)
    ev.add(f"registry {USER_ROOTS}", r, f"{len(r.value)} certificates" if r.ok else "")
    if not r.ok and r.error != NOT_FOUND:
        return unknown(cid, ev, r, USER_ROOTS)
    if r.value:
        return finding(cid, ATTENTION, ev, found=cap(sorted(r.value)), count=len(r.value))
    return finding(cid, OK, ev)
