"""Every check, on Linux, Windows and macOS snapshots: ok, attention (or info) and unknown."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import fixture_probe

from kit.checks.i18n import texts
from kit.checks.probe import DENIED, NOT_FOUND, CommandOutput, DirEntry, Listener, Read
from kit.checks.registry import all_checks, get
from kit.checks.runner import run_checks
from kit.checks.windows.accounts import LOCAL_USERS_CIM_PS, LOCAL_USERS_PS

# What the "positive" snapshots must give, with words the finding must name.
POSITIVE = {
    "linux": {
        "processes_catalog": ("attention", ["x11vnc", "AnyDesk"]),
        "installed_catalog": ("attention", ["AnyDesk", "x11vnc", "TeamViewer"]),
        "spy_names": ("attention", ["spy-agent", "keylogger-pro"]),
        "listening_ports": ("attention", ["5900", "x11vnc", "22", "21115"]),
        "browser_accounts": ("info", ["partner@example.net", "Chrome", "Firefox"]),
        "browser_extensions": ("attention", ["Page Helper", "Family Monitor", "Dark Reader"]),
        "linux_gnome_remote_desktop": ("attention", ["RDP"]),
        "linux_vnc_servers": ("attention", ["x11vnc", "vino-server", "krfb"]),
        "linux_xrdp": ("attention", ["xrdp"]),
        "linux_sshd": ("attention", ["sshd", "ssh.service"]),
        "linux_authorized_keys": ("attention", ["partner@laptop"]),
        "linux_samba": ("attention", ["/home/user/Documents", "/home/user/Pictures"]),
        "linux_nfs": ("attention", ["/home/user"]),
        "linux_location": ("info", []),
        "linux_camera": ("info", ["video0"]),
        "linux_microphone": ("info", ["pcmC0D0c"]),
        "linux_autostart": ("attention", ["Helper Tool", "x11vnc -forever"]),
        "linux_systemd_user": ("info", ["sync-helper"]),
        "linux_system_services": ("attention", ["Nezha (remote-access tool)", "nezha-agent.service",
                                                "x11vnc (remote-access tool)", "XRDP"]),
        "linux_cron": ("attention", ["upload-logs"]),
        "linux_admins": ("attention", ["partner"]),
        "linux_input_group": ("attention", ["partner"]),
        "linux_autologin": ("attention", ["GDM", "user"]),
    },
    "windows": {
        "processes_catalog": ("attention", ["AnyDesk", "tvnserver.exe"]),
        "installed_catalog": ("attention", ["AnyDesk", "REFOG", "TightVNC"]),
        "spy_names": ("attention", ["FreeKeylogger.exe", "Spy Agent Free"]),
        "listening_ports": ("attention", ["3389", "5900", "tvnserver.exe"]),
        "browser_accounts": ("info", ["partner@example.net"]),
        "browser_extensions": ("attention", ["Work Helper", "policy"]),
        "win_remote_desktop": ("attention", ["policy"]),
        "win_remote_assistance": ("attention", ["without an invitation"]),
        "win_shares": ("attention", ["Users", "C:\\Users"]),
        "win_location": ("info", ["Microsoft.WindowsMaps", "2024-01-17"]),
        "win_camera": ("attention", ["cam.exe", "Zoom.exe"]),
        "win_microphone": ("info", ["Zoom.exe"]),
        "win_startup": ("attention", ["AnyDesk", "OneDrive", "helper.lnk", "Winlogon Userinit",
                                      "helper.exe"]),
        "win_services": ("attention", ["AnyDesk Service"]),
        "win_admins": ("attention", ["partner"]),
        "win_cloud_accounts": ("info", ["partner@example.net", "Dropbox"]),
        "win_quick_assist": ("attention", ["QuickAssist.exe"]),
        "win_rdp_users": ("attention", ["partner"]),
        "win_winrm": ("attention", ["*+HTTP", "starts automatically"]),
        "win_openssh_server": ("attention", ["sshd"]),
        "win_scheduled_tasks": ("attention", ["Atera (remote-access tool)", "AteraAgentServiceWatchdog"]),
        "win_defender": ("attention", ["C:\\ProgramData\\Helper"]),
        "win_proxy": ("attention", ["192.0.2.10:8888"]),
        "win_root_certificates": ("attention", ["0123456789ABCDEF"]),
        "win_local_accounts": ("info", ["partner (last signed in 2026-11-30)",
                                        "helpdesk (never signed in)"]),
        "win_family": ("info", ["WpcMonSvc", "RUNNING"]),
    },
    "macos": {
        "processes_catalog": ("attention", ["TeamViewer", "ARDAgent"]),
        "installed_catalog": ("attention", ["TeamViewer", "mSpy"]),
        "spy_names": ("attention", ["Keylogger Pro"]),
        "listening_ports": ("attention", ["5900", "22"]),
        "browser_accounts": ("info", ["partner@example.net", "sync is off"]),
        "browser_extensions": ("info", ["Google Translate"]),
        "mac_screen_sharing": ("attention", ["com.apple.screensharing"]),
        "mac_remote_management": ("attention", ["ARDAgent"]),
        "mac_remote_login": ("attention", ["com.openssh.sshd"]),
        "mac_file_sharing": ("attention", ["com.apple.smbd"]),
        "mac_remote_apple_events": ("attention", ["com.apple.AEServer"]),
        "mac_internet_sharing": ("attention", ["en0"]),
        "mac_screen_recording": ("attention", ["com.teamviewer.TeamViewer", "us.zoom.xos"]),
        "mac_accessibility": ("info", ["Karabiner"]),
        "mac_camera": ("info", ["us.zoom.xos"]),
        "mac_microphone": ("attention", ["com.spyrix.monitor"]),
        "mac_keyboard_taps": ("attention", ["Keylogger", "karabiner_grabber"]),
        "mac_launch_items": ("attention", ["com.teamviewer.service", "com.example.updater"]),
        "mac_admins": ("attention", ["partner"]),
        "mac_apple_id": ("info", ["partner@icloud.com", "Find My Mac is on"]),
        "mac_input_monitoring": ("attention", ["com.refog.agent"]),
        "mac_full_disk_access": ("info", ["com.apple.Terminal"]),
        "mac_mdm": ("attention", ["MDM enrollment: Yes"]),
        "mac_profiles": ("attention", ["com.example.proxy"]),
        "mac_login_items": ("attention", ["TeamViewer (remote-access tool)", "Dropbox"]),
        "mac_file_shares": ("attention", ["/Users/user/Public"]),
        "mac_safari_extensions": ("attention", ["com.refog.safari", "com.example.reader"]),
        # Find My keeps the people who see your location with the account: never read, never "ok"
        "mac_find_my_people": ("unknown", ["partner@icloud.com", "not read"]),
    },
}

CONSENT = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore"
SYSTEM_TCC = "/Library/Application Support/com.apple.TCC/TCC.db"
USER_TCC = "/Users/user/Library/Application Support/com.apple.TCC/TCC.db"
QUERY = "SELECT service, client, auth_value, last_modified FROM access WHERE service = '{}'"

PS = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
LOCAL_USERS = ("run", (PS, "-NoProfile", "-NonInteractive", "-Command", LOCAL_USERS_PS))
LOCAL_USERS_CIM = ("run", (PS, "-NoProfile", "-NonInteractive", "-Command", LOCAL_USERS_CIM_PS))
SID = "S-1-5-21-1004336348-1177238915-682003330"
WPC_KEY = ("reg_values", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\WpcMonSvc")
SC_WPC = ("run", ("C:\\Windows\\System32\\sc.exe", "query", "WpcMonSvc"))

# Statuses that the three snapshots do not show, made by changing a few reads.
EXTRA = [
    # a French Windows: the built-in accounts have French names; they are known by their RID
    ("windows_clean", {LOCAL_USERS: CommandOutput(0, f"{SID}-500|True||False|Administrateur\r\n"
                                                     f"{SID}-501|False||False|Invité\r\n"
                                                     f"{SID}-503|True||False|DefaultAccount\r\n"
                                                     f"{SID}-504|True||False|WDAGUtilityAccount\r\n"
                                                     f"{SID}-1001|True|2026-12-05|True|Marie\r\n")},
     "win_local_accounts", "info", "Administrateur (built-in account, never signed in)"),
    # the signed-in account is known by its SID, also when its name differs from %USERNAME%
    ("windows_clean", {LOCAL_USERS: CommandOutput(0, f"{SID}-1001|True||True|Marie Dupont\r\n")},
     "win_local_accounts", "ok", None),
    # 32-bit PowerShell has no Get-LocalUser: WMI gives the same list, without the last sign-in
    ("windows_clean", {LOCAL_USERS: CommandOutput(1, "", "Get-LocalUser : The term 'Get-LocalUser' is "
                                                      "not recognized"),
                       LOCAL_USERS_CIM: CommandOutput(0, f"{SID}-1001|True||True|user\r\n"
                                                         f"{SID}-1005|True||False|partner\r\n")},
     "win_local_accounts", "info", "partner (never signed in)"),
    ("windows_clean", {LOCAL_USERS: CommandOutput(1, "", "Get-LocalUser : The term 'Get-LocalUser' is "
                                                      "not recognized")}, "win_local_accounts", "unknown",
     "Win32_UserAccount"),
    ("windows_clean", {LOCAL_USERS: CommandOutput(0, "")}, "win_local_accounts", "unknown", None),
    ("windows_clean", {WPC_KEY: Read.fail(NOT_FOUND)}, "win_family", "ok", "does not have"),
    ("windows_clean", {WPC_KEY: {"Start": 2}}, "win_family", "info", "starts automatically"),
    ("windows_clean", {SC_WPC: Read.fail("timeout")}, "win_family", "unknown", "WpcMonSvc"),
    ("windows_clean", {SC_WPC: CommandOutput(0, "SERVICE_NAME: WpcMonSvc\r\n  STATE : 4  RUNNING\r\n")},
     "win_family", "info", "RUNNING"),
    ("linux_clean", {}, "linux_location", "ok", "off"),
    ("linux_clean", {("run", ("/usr/bin/gsettings", "get", "org.gnome.system.location", "enabled")):
                     CommandOutput(1, "", "No such schema “org.gnome.system.location”"),
                     ("read_file", "/etc/geoclue/geoclue.conf"): Read.fail(NOT_FOUND)},
     "linux_location", "ok", "No location service"),
    ("linux_clean", {("run", ("/usr/bin/gsettings", "get", "org.gnome.system.location", "enabled")):
                     CommandOutput(1, "", "No such schema “org.gnome.system.location”")},
     "linux_location", "info", "geoclue"),
    ("linux_clean", {("run", ("/usr/bin/gsettings", "get", "org.gnome.desktop.remote-desktop.rdp", "enable")):
                     None, ("run", ("/usr/bin/gsettings", "get", "org.gnome.desktop.remote-desktop.vnc", "enable")):
                     None}, "linux_gnome_remote_desktop", "ok", "not installed"),
    ("linux_clean", {("list_dir", "/dev/snd"): [DirEntry("pcmC0D0c", "other")],
                     ("run", ("/usr/bin/gsettings", "get", "org.gnome.desktop.privacy", "disable-microphone")):
                     CommandOutput(0, "true\n")}, "linux_microphone", "ok", "blocks the microphone"),
    ("linux_clean", {("list_dir", "/home/user/.config/systemd/user"): [DirEntry("helper.service", "file")],
                     ("read_file", "/home/user/.config/systemd/user/helper.service"):
                     "[Service]\nExecStart=/home/user/.local/share/rustdesk/rustdesk --service\n"},
     "linux_systemd_user", "attention", "RustDesk (remote-access tool)"),
    ("linux_clean", {("list_dir", "/home/user/.config/autostart"): [DirEntry("a.desktop", "file")],
                     ("read_file", "/home/user/.config/autostart/a.desktop"):
                     "[Desktop Entry]\nName=Updater\nExec=/home/user/.local/bin/anydesk --tray\n"},
     "linux_autostart", "attention", "AnyDesk (remote-access tool)"),
    ("linux_clean", {("list_dir", "/home/user/.config/autostart"): [DirEntry("a.desktop", "file")],
                     ("read_file", "/home/user/.config/autostart/a.desktop"):
                     "[Desktop Entry]\nName=Nextcloud\nExec=/usr/bin/nextcloud --background\n"},
     "linux_autostart", "info", "Nextcloud"),
    ("linux_clean", {("listening",): [Listener("tcp", "0.0.0.0", 21118, 42, "nginx")]},
     "listening_ports", "attention", "RustDesk"),
    ("linux_clean", {("listening",): [Listener("tcp", "0.0.0.0", 25774, 42, "nginx")]},
     "listening_ports", "info", "nginx"),
    ("linux_clean", {("listening",): [Listener("tcp", "0.0.0.0", 5985, 42, "python3")]},
     "listening_ports", "attention", "WinRM"),
    ("linux_clean", {("run", ("/usr/bin/crontab", "-l")): Read.fail("no_command"),
                     ("read_file", "/var/spool/cron/crontabs/user"): Read.fail(NOT_FOUND)},
     "linux_cron", "ok", None),
    ("linux_clean", {("read_file", "/etc/group"): "sudo:x:27:\ninput:x:104:\n"}, "linux_admins", "ok",
     "Only the system account"),
    ("linux_clean", {("list_dir", "/etc/lightdm/lightdm.conf.d"): [DirEntry("50-auto.conf", "file")],
                     ("read_file", "/etc/lightdm/lightdm.conf.d/50-auto.conf"): "[Seat:*]\nautologin-user=user\n"},
     "linux_autologin", "attention", "LightDM: user"),
    ("linux_clean", {("read_file", "/etc/sddm.conf"): "[Autologin]\nUser=user\nSession=plasma\n"},
     "linux_autologin", "attention", "SDDM: user"),
    ("windows_clean", {("reg_values", "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server"):
                       {"fDenyTSConnections": 0}}, "win_remote_desktop", "attention", "Other computers may"),
    ("windows_clean", {("reg_values", "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services"):
                       {"fDenyTSConnections": 1}}, "win_remote_desktop", "ok", "policy"),
    ("windows_clean", {("reg_values", "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Remote Assistance"):
                       {"fAllowToGetHelp": 1}}, "win_remote_assistance", "info", "invitation"),
    ("windows_clean", {("reg_values", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run"):
                       {"SecurityHealth": "%windir%\\system32\\SecurityHealthSystray.exe"}},
     "win_startup", "info", "SecurityHealth"),
    ("windows_clean", {("run", ("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                "-NoProfile", "-NonInteractive", "-Command",
                                "Get-LocalGroupMember -SID S-1-5-32-544 | ForEach-Object { $_.Name + '|' + "
                                "$_.ObjectClass + '|' + $_.PrincipalSource }")): Read.fail("timeout"),
                       ("run", ("C:\\Windows\\System32\\net.exe", "localgroup", "Administrators")):
                       CommandOutput(0, "Alias name     Administrators\nComment        Administrators have "
                                        "complete access\n\nMembers\n\n------------------------------------\n"
                                        "Administrator\nuser\nThe command completed successfully.\n\n")},
     "win_admins", "ok", "user"),
    # a French Windows: the group is found by its SID, then listed under its French name
    ("windows_clean", {("run", ("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                "-NoProfile", "-NonInteractive", "-Command",
                                "Get-LocalGroupMember -SID S-1-5-32-544 | ForEach-Object { $_.Name + '|' + "
                                "$_.ObjectClass + '|' + $_.PrincipalSource }")): Read.fail("failed"),
                       ("run", ("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                "-NoProfile", "-NonInteractive", "-Command",
                                "([Security.Principal.SecurityIdentifier]'S-1-5-32-544')"
                                ".Translate([Security.Principal.NTAccount]).Value")):
                       CommandOutput(0, "BUILTIN\\Administrateurs\r\n"),
                       ("run", ("C:\\Windows\\System32\\net.exe", "localgroup", "Administrateurs")):
                       CommandOutput(0, "Nom alias     Administrateurs\n\nMembres\n\n------------------------------\n"
                                        "Administrateur\npartner\nLa commande s'est terminée correctement.\n")},
     "win_admins", "attention", "partner"),
    ("windows_clean", {("reg_values", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\sshd"): {"Start": 3}},
     "win_openssh_server", "info", "only starts"),
    ("windows_clean", {("reg_values", "HKLM\\SYSTEM\\CurrentControlSet\\Services\\sshd"): {"Start": 4}},
     "win_openssh_server", "ok", "switched off"),
    ("windows_clean", {("reg_values", "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\\Real-Time Protection"):
                       {"DisableRealtimeMonitoring": 1}}, "win_defender", "attention", "real-time protection"),
    ("windows_clean", {("reg_values", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"):
                       {"ProxyEnable": 0, "AutoConfigURL": "http://192.0.2.1/proxy.pac"}}, "win_proxy", "attention",
     "proxy.pac"),
    ("windows_clean", {("reg_values", "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"):
                       {"Userinit": "C:\\Windows\\system32\\userinit.exe,", "Shell": "explorer.exe, C:\\x\\spy-agent.exe"}},
     "win_startup", "attention", "Winlogon Shell"),
    ("windows_clean", {("reg_values", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer\\Run"):
                       {"Updater": "C:\\ProgramData\\x\\FreeKeylogger.exe"}},
     "win_startup", "attention", "FreeKeylogger.exe"),
    ("macos_clean", {("query_db", SYSTEM_TCC, QUERY.format("kTCCServiceListenEvent")):
                     [["kTCCServiceListenEvent", "org.pqrs.Karabiner-Elements", 2, 1713000000]]},
     "mac_input_monitoring", "info", "Karabiner"),
    ("macos_clean", {("query_db", SYSTEM_TCC, QUERY.format("kTCCServiceSystemPolicyAllFiles")):
                     [["kTCCServiceSystemPolicyAllFiles", "com.spyrix.skm", 2, 1713000000]]},
     "mac_full_disk_access", "attention", "com.spyrix.skm"),
    ("macos_clean", {("run", ("/usr/bin/sfltool", "dumpbtm")): CommandOutput(
        0, " #1:\n   Name: Dropbox\n   Disposition: [enabled, allowed] (0x3)\n   Identifier: com.getdropbox.dropbox\n")},
     "mac_login_items", "info", "Dropbox"),
    ("macos_clean", {("read_fields", "/Users/user/Library/Containers/com.apple.Safari/Data/Library/Safari/AppExtensions/"
                      "Extensions.plist", "plist", ("*.Enabled",)): [[["com.example.reader (AB12)", "Enabled"], True]]},
     "mac_safari_extensions", "info", "com.example.reader"),
    ("macos_clean", {("event_taps",): [{"id": 4, "events": 1 << 10, "pid": 700, "process": "Karabiner-Menu"}]},
     "mac_keyboard_taps", "info", "Karabiner-Menu"),
    ("macos_clean", {("list_dir", "/Library/LaunchAgents"): [DirEntry("com.example.sync.plist", "file")]},
     "mac_launch_items", "info", "com.example.sync"),
    ("macos_clean", {("query_db", "/Library/Application Support/com.apple.TCC/TCC.db",
                      "SELECT service, client, auth_value, last_modified FROM access WHERE service = "
                      "'kTCCServiceScreenCapture'"): Read.fail("failed", "no such column: auth_value"),
                     ("query_db", "/Library/Application Support/com.apple.TCC/TCC.db",
                      "SELECT service, client, allowed, last_modified FROM access WHERE service = "
                      "'kTCCServiceScreenCapture'"): [["kTCCServiceScreenCapture", "com.obsproject.obs-studio", 1, 0]]},
     "mac_screen_recording", "info", "obs-studio"),
    ("macos_clean", {("read_fields", "/Users/user/Library/Preferences/MobileMeAccounts.plist", "plist",
                      ("Accounts.*.AccountID", "Accounts.*.Services.*.Name", "Accounts.*.Services.*.Enabled")):
                     [[["Accounts", "0", "AccountID"], "me@icloud.com"]]},
     "mac_apple_id", "info", "Find My Mac is off"),
    ("macos_positive", {("list_dir", "/Applications"): Read.fail(DENIED)}, "installed_catalog", "unknown", None),
    ("windows_positive", {("reg_subkeys", f"{CONSENT}\\location"): ["NonPackaged"],
                          ("reg_subkeys", f"{CONSENT}\\location\\NonPackaged"): ["C:#Tools#AnyDesk.exe"],
                          ("reg_values", f"{CONSENT}\\location\\NonPackaged\\C:#Tools#AnyDesk.exe"):
                          {"LastUsedTimeStop": 133500000000000000}}, "win_location", "attention", "AnyDesk.exe"),
    ("windows_positive", {("reg_subkeys", f"{CONSENT}\\webcam\\NonPackaged"): ["C:#Program Files#Zoom#bin#Zoom.exe"]},
     "win_camera", "info", "Zoom.exe"),
    ("windows_positive", {("reg_subkeys", f"{CONSENT}\\microphone\\NonPackaged"):
                          ["C:#Program Files#Zoom#bin#Zoom.exe", "C:#Users#Public#rec.exe"],
                          ("reg_values", f"{CONSENT}\\microphone\\NonPackaged\\C:#Users#Public#rec.exe"):
                          {"LastUsedTimeStop": 133500000000000000}}, "win_microphone", "attention", "rec.exe"),
    ("macos_clean", {("query_db", SYSTEM_TCC, QUERY.format("kTCCServiceAccessibility")):
                     [["kTCCServiceAccessibility", "com.refog.agent", 2, 1713000000]]},
     "mac_accessibility", "attention", "com.refog.agent"),
    ("macos_clean", {("query_db", USER_TCC, QUERY.format("kTCCServiceCamera")):
                     [["kTCCServiceCamera", "com.anydesk.anydeskmacos", 2, 1713000000]]},
     "mac_camera", "attention", "anydesk"),
    ("macos_clean", {("query_db", USER_TCC, QUERY.format("kTCCServiceMicrophone")):
                     [["kTCCServiceMicrophone", "com.apple.VoiceMemos", 2, 1713000000]]},
     "mac_microphone", "info", "VoiceMemos"),
]


@cache
def report(name: str):
    return run_checks(fixture_probe(name))


def findings(name: str) -> dict:
    return {f.id: f for f in report(name).findings}


def text_of(f) -> str:
    return " ".join([f.title, f.detail, *f.evidence])


@pytest.mark.parametrize("system", ["linux", "windows", "macos"])
def test_clean_snapshot_gives_ok_for_every_check(system):
    got = findings(f"{system}_clean")
    assert set(got) == {c.id for c in all_checks(system)}
    not_ok = {i: f.status for i, f in got.items() if f.status != "ok"}
    assert not not_ok


@pytest.mark.parametrize("system", ["linux", "windows", "macos"])
def test_denied_snapshot_gives_unknown_never_ok(system):
    got = findings(f"{system}_denied")
    assert {i: f.status for i, f in got.items() if f.status != "unknown"} == {}
    for f in got.values():
        assert f.detail and f.advice


@pytest.mark.parametrize("system,check_id", [(s, c) for s, table in POSITIVE.items() for c in table])
def test_positive_snapshot(system, check_id):
    f = findings(f"{system}_positive")[check_id]
    status, words = POSITIVE[system][check_id]
    assert f.status == status, (f.title, f.detail)
    for word in words:
        assert word in text_of(f), (word, f.detail)


def test_positive_tables_cover_every_check():
    for system, table in POSITIVE.items():
        assert set(table) == {c.id for c in all_checks(system)}


@pytest.mark.parametrize("base,changes,check_id,status,word", EXTRA,
                         ids=[f"{e[2]}-{e[3]}-{i}" for i, e in enumerate(EXTRA)])
def test_changed_snapshot(base, changes, check_id, status, word):
    f = get(check_id)(fixture_probe(base, changes))[0]
    assert f.status == status, (f.title, f.detail, f.evidence)
    if word:
        assert word in text_of(f)


def test_every_status_a_check_can_give_is_tested():
    """ok and unknown for every check; attention and info wherever the check has texts for them."""
    seen: dict[str, set[str]] = {}
    for system in POSITIVE:
        for kind in ("clean", "positive", "denied"):
            for f in report(f"{system}_{kind}").findings:
                seen.setdefault(f.id, set()).add(f.status)
    for _base, _changes, check_id, status, _word in EXTRA:
        seen.setdefault(check_id, set()).add(status)
    english = texts("en").CHECKS
    for c in all_checks():
        possible = {"ok", "unknown"} | {s for s in ("attention", "info")
                                        if any(k.startswith(s + ".") for k in english[c.id])}
        assert possible <= seen[c.id], (c.id, possible - seen[c.id])


def test_denied_reads_ask_for_admin_only_where_it_helps():
    linux = findings("linux_denied")
    assert linux["processes_catalog"].needs_admin is True
    assert linux["linux_cron"].needs_admin is False  # a timed-out command, not a permission
    mac = findings("macos_denied")
    assert mac["mac_screen_recording"].needs_admin is False  # Full Disk Access, not admin rights
    assert "Full Disk Access" in mac["mac_screen_recording"].detail
    assert "System Settings" in mac["mac_screen_recording"].advice


def test_unknown_reads_of_the_catalog_port_owner_ask_for_admin():
    assert findings("linux_positive")["listening_ports"].needs_admin is True


def test_catalog_port_owned_by_another_program_is_only_good_to_know():
    f = findings("linux_positive")["listening_ports"]
    assert f.status == "attention"  # x11vnc on 5900
    assert "25774" in f.detail and "nginx" in f.detail
    assert any("25774" in e and "nginx" in e for e in f.evidence)


def test_loopback_listener_is_reported_as_local_only():
    f = get("listening_ports")(fixture_probe("linux_clean", {("listening",): [
        __import__("kit.checks.probe", fromlist=["Listener"]).Listener("tcp", "127.0.0.1", 5901, 42, "Xvnc")]}))[0]
    assert f.status == "attention"
    assert "5901" in f.detail and "only reachable from this computer itself" in f.detail


@pytest.mark.parametrize("snapshot", ["linux_positive", "windows_positive"])
def test_browser_checks_refuse_path_tricks_and_never_read_whole_profile_files(snapshot):
    probe = fixture_probe(snapshot)
    accounts = get("browser_accounts")(probe)[0]
    get("browser_extensions")(probe)
    assert any("ignored" in e for e in accounts.evidence)
    assert "trick@example.net" not in accounts.detail
    for key in probe.asked:
        assert ".." not in key and "/etc/" not in key and "\\\\Windows" not in key, key
        if key.startswith("read_file"):
            assert not any(n in key for n in ("Preferences", "signedInUser", "Local State",
                                              "extensions.json", "manifest.json")), key
