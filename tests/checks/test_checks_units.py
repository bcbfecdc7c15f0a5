"""Small parsers and guards: launchctl formats, netstat, net localgroup, gsettings, names, paths."""

from __future__ import annotations

import pytest

from kit.checks.everywhere.browser_data import Scan, _firefox_paths, safe_name
from kit.checks.i18n import L, render
from kit.checks.linux.common import ABSENT, parse_gvariant
from kit.checks.macos.sharing import parse_disabled
from kit.checks.names import is_spy_name
from kit.checks.probe import PlatformInfo
from kit.checks.probe.live_macos import parse_netstat
from kit.checks.windows.accounts import SC_STATE, parse_local_users, parse_net_localgroup
from kit.checks.windows.privacy import filetime
from kit.checks.windows.startup import program_of


def test_launchctl_older_format():
    text = 'disabled services = {\n\t"com.openssh.sshd" => false\n\t"com.apple.screensharing" => true\n}\n'
    assert parse_disabled(text) == {"com.openssh.sshd": True, "com.apple.screensharing": False}


def test_launchctl_newer_format():
    text = ('disabled services = {\n\t"com.openssh.sshd" => enabled\n'
            '\t"com.apple.screensharing" => disabled\n}\nlogin item associations = {\n}\n')
    assert parse_disabled(text) == {"com.openssh.sshd": True, "com.apple.screensharing": False}


def test_netstat_both_layouts():
    old = ("Active Internet connections (including servers)\n"
           "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)     rhiwat shiwat    pid   epid\n"
           "tcp4       0      0  *.5900                 *.*                    LISTEN      131072 131072    123      0\n"
           "tcp4       0      0  192.168.1.5.50000      1.2.3.4.443            ESTABLISHED 131072 131072    99      0\n")
    new = ("tcp6       0      0  *.22                   *.*                    LISTEN      131072 131072  "
           "launchd:1  0 00100 00000006 0 0 0 0\n")
    a, = parse_netstat(old)
    assert (a.port, a.pid, a.addr) == (5900, 123, "*")
    b, = parse_netstat(new)
    assert (b.port, b.pid, b.process, b.proto) == (22, 1, "launchd", "tcp6")


def test_net_localgroup():
    text = ("Alias name     Administrators\nComment        Administrators have complete access\n\n"
            "Members\n\n-------------------------------------------------------\n"
            "Administrator\nalex\nThe command completed successfully.\n\n")
    assert parse_net_localgroup(text) == ["Administrator", "alex"]


def test_gvariant_values():
    assert parse_gvariant("true") is True
    assert parse_gvariant("@as []") == []
    assert parse_gvariant("['a', 'b']") == ["a", "b"]
    assert parse_gvariant("'hello'") == "hello"
    assert parse_gvariant("uint32 5") == "uint32 5"
    assert ABSENT is not None


def test_filetime_and_program_of():
    assert filetime(0) == ""
    assert filetime(133500000000000000).startswith("2024-01-17")
    assert program_of('"C:\\Program Files\\A B\\app.exe" --x') == "app.exe"
    assert program_of("C:\\Windows\\system32\\cmd.exe /c x") == "cmd.exe"
    assert program_of("%windir%\\system32\\SecurityHealthSystray.exe") == "SecurityHealthSystray.exe"


@pytest.mark.parametrize("name", ["Spy Agent", "mSpy", "Free Keylogger", "logkeys", "key-logger",
                                  "Keystroke Recorder", "pcTattletale", "Spyrix Free Keylogger"])
def test_spy_names(name):
    assert is_spy_name(name)


@pytest.mark.parametrize("name", ["Spybot - Search & Destroy", "SUPERAntiSpyware", "Spyder", "py-spy",
                                  "SpyShelter Free", "Malwarebytes Anti-Malware", "Zemana AntiLogger",
                                  "Kaspersky Anti-Keylogger", "Spyro Reignited Trilogy", "Firefox", ""])
def test_not_spy_names(name):
    assert not is_spy_name(name)


@pytest.mark.parametrize("name", ["..", ".", "../x", "a/b", "a\\b", "C:", "", ".hidden", "x" * 200])
def test_unsafe_profile_names(name):
    assert not safe_name(name)


@pytest.mark.parametrize("name", ["Default", "Profile 1", "Guest Profile", "abcd1234.default-release"])
def test_safe_profile_names(name):
    assert safe_name(name)


def test_firefox_profile_paths_stay_inside_the_firefox_folder():
    info = PlatformInfo("linux", home="/home/user")
    root = "/home/user/.mozilla/firefox"
    ini = ("[Profile0]\nName=a\nIsRelative=1\nPath=Profiles/a.default\n"
           "[Profile1]\nName=b\nIsRelative=1\nPath=../../../etc\n"
           "[Profile2]\nName=c\nIsRelative=0\nPath=/etc/passwd-dir\n"
           "[Profile3]\nName=d\nIsRelative=0\nPath=/home/user/ff/d\n"
           "[Profile4]\nName=e\nIsRelative=0\nPath=/home/user/../../etc\n")
    scan = Scan()
    paths = [p for _n, p in _firefox_paths(info, root, ini, scan)]
    assert paths == [f"{root}/Profiles/a.default", "/home/user/ff/d"]
    assert len([e for e in scan.evidence if "ignored" in e]) == 3


def test_windows_firefox_paths():
    info = PlatformInfo("windows", home="C:\\Users\\user")
    root = "C:\\Users\\user\\AppData\\Roaming\\Mozilla\\Firefox"
    ini = ("[Profile0]\nName=a\nIsRelative=1\nPath=Profiles/x.default\n"
           "[Profile1]\nName=b\nIsRelative=1\nPath=C:\\Windows\n")
    assert [p for _n, p in _firefox_paths(info, root, ini, Scan())] == [root + "\\Profiles\\x.default"]


def test_labels_and_lists_render_per_language():
    params = {"found": [("AnyDesk (", L("kind.remote-access"), ")"), "x"], "others": []}
    assert "AnyDesk (remote-access tool); x" in render("processes_catalog", "attention", params, "en")["detail"]
    assert "AnyDesk (programma voor toegang op afstand)" in render("processes_catalog", "attention", params, "nl")["detail"]
    assert "geen" in render("browser_extensions", "attention", params, "nl")["detail"]


def test_net_localgroup_in_french_leaves_out_the_closing_line():
    from kit.checks.windows.accounts import parse_net_localgroup

    text = ("Nom alias     Administrateurs\n\nMembres\n\n------------------------------\n"
            "Administrateur\npartner\nLa commande s'est terminée correctement.\n")
    assert parse_net_localgroup(text) == ["Administrateur", "partner"]


def test_local_users_lines_with_warnings_and_odd_names():
    text = ("WARNING: something the console printed\r\n"
            "S-1-5-21-1-2-3-500|False||False|Järjestelmänvalvoja\r\n"
            "S-1-5-21-1-2-3-1001|True|2026-12-01|True|Anna de Vries\r\n"
            "not|enough|fields\r\n")
    users = parse_local_users(text)
    assert [(u["rid"], u["enabled"], u["me"], u["name"]) for u in users] == [
        ("500", False, False, "Järjestelmänvalvoja"), ("1001", True, True, "Anna de Vries")]
    assert users[1]["last"] == "2026-12-01"


@pytest.mark.parametrize("text,state", [
    ("SERVICE_NAME: WpcMonSvc\n        STATE              : 4  RUNNING\n", "RUNNING"),
    # a translated label: the state name itself is never translated
    ("NOM_SERVICE : WpcMonSvc\n        ÉTAT               : 1  STOPPED\n", "STOPPED"),
    ("[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\n", None),
])
def test_sc_query_state(text, state):
    m = SC_STATE.search(text)
    assert (m.group(1) if m else None) == state
