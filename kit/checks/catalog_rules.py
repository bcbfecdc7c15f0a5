"""The rules that shape the catalog: what is left out, and which names are too generic to match.

Client-only tools are left out: a program that only connects *outwards* to another computer
(a remote-desktop viewer, an SSH or terminal client, a connection manager, a file-transfer
client) does not let anyone into this computer, so finding it would only cause worry.
Tools that give nobody control of this computer (file sync and backup, installers, a screen
reader, chat and meeting apps that share the screen only while you take part) are left out
for the same reason. Everything else in LOLRMM stays, including company management agents:
on a work computer they are expected, and the advice says so.
"""

from __future__ import annotations

import re
import unicodedata

# LOLRMM file names (without extension) of tools that only connect outwards.
CLIENT_ONLY = frozenset({
    "bitvise_ssh_client", "chicken_(of_the_vnc)", "chrome_ssh_extension", "devolutions_remote_desktop_manager",
    "dragondisk", "extraputty", "freerdp", "guacamole", "jollysfastvnc", "kitty", "mobaxterm",
    "mocha_vnc_lite", "mremoteng", "mstsc", "putty", "putty_tray", "rdcman", "rdclient", "rdp2tcp",
    "remmina", "remote_desktop_manager_(devolutions)", "remote_desktop_plus", "royal_ts",
    "s3_browser", "securecrt", "smartftp", "smartty", "solar-putty", "superputty",
    "teleport_connect", "terminals", "webrdp", "winscp", "xshell", "zoc",
})

# LOLRMM file names of tools that give nobody control of this computer.
NOT_REMOTE_ACCESS = frozenset({
    "adobe_connect", "aliwangwang-remote-control", "basecamp", "duplicati", "free_ping_tool",
    "idrive", "insync", "koofr", "megasync", "multcloud", "ninite", "nordlocker",
    "noteon-desktop_sharing", "nvda", "onionshare", "qq_im-remote_assistance", "syncthing",
    "yandex.disk",
})

# LOLRMM tools whose main purpose is watching what a person does (LOLRMM calls them RMM).
MONITORING = frozenset({"controlio", "faronics_insight", "kickidler", "netmonitor", "spyanywhere",
                        "teramind", "veyon"})

# Executable names too common to point at one tool.
GENERIC_EXECUTABLES = frozenset({
    "agent.exe", "agent32.exe", "agent64.exe", "amon.exe", "appcore.exe", "autoupdate.exe",
    "client.exe", "connect.exe", "dd.exe", "dephlp.exe", "era.exe", "httpget.exe", "httppush.exe",
    "iit.exe", "launcher.exe", "level.exe", "notificationhelper.exe", "plink.exe", "qq.exe",
    "rd.exe", "rdp.exe", "regapps.exe", "rv.exe", "service.exe", "si.exe", "supporttool.exe",
    "sysdiag.exe", "tsclient.exe", "usernotificationhelper.exe", "winagent.exe", "wmc.exe",
    "remote access.exe", "windowslauncher.exe", "installcore.exe", "migrationhelper_32.exe",
    "migrationhelper_64.exe", "pservice.exe", "rhost.exe", "rdesktop.exe", "rdconsole.exe",
    "upload.exe", "vhost.exe", "closeapp.exe", "goto.exe",
    # Windows' own processes, whose names some monitoring tools borrow to hide
    "csrss.exe", "conhost.exe", "dwm.exe", "explorer.exe", "lsass.exe", "rundll32.exe",
    "services.exe", "smss.exe", "svchost.exe", "taskhostw.exe", "wininit.exe", "winlogon.exe",
    "sihost.exe", "spoolsv.exe", "ctfmon.exe", "dllhost.exe",
    # programs that some tools ship or call, but that are not theirs (LOLRMM disk artifacts)
    "perl.exe", "wperl.exe", "nssm.exe", "arpproducticon.exe", "makeselfsignedcert.exe",
    "privacyhelper.exe", "osqueryi.exe", "teams.exe", "tar.exe", "paexec.exe",
})
# Executables that are the *viewer* of a tool whose host part stays in the catalog.
VIEWER_EXECUTABLES = frozenset({
    "mstsc.exe", "nxplayer.exe", "pchelpware_viewer.exe", "radmin.exe", "romviewer.exe",
    "royalts.exe", "rutview.exe", "rviewer.exe", "strwinclt.exe", "tightvncviewerportable*.exe",
    "tvnviewer.exe", "vncviewer.exe",
})
# Process name stems (an executable without ".exe") that also name ordinary programs.
GENERIC_STEMS = frozenset({
    "agent", "client", "connect", "helper", "level", "monitor", "remote", "server", "service",
    "support", "update", "updater", "viewer", "laplink", "comodoremotecontrol", "intouch",
    "remoteview", "netviewer", "manager", "credentials", "config", "app", "desktop", "daemon", "dashboard", "dfc",
})
# Product names too generic to match against installed programs.
GENERIC_NAMES = frozenset({
    "atic", "autoforward", "bark", "barracuda", "cerberus", "clues", "dash", "ddi", "easy spy",
    "encapto", "familylocator", "fortra", "free spy", "freespy", "inmobi", "interguard",
    "intertel", "juju", "kurulum", "level", "lifecircle", "lock screen protector",
    "metasploit", "mobilebackup", "mobiletool", "mtrack", "netreo", "observer", "oxy", "ppapp",
    "remcmd", "remotecommand", "remote security", "runsmart", "safenet", "scream", "screamon",
    "screentime", "screen time", "synergy", "system framework", "traca", "traccar", "triada",
    "vnc", "zti", "phonespy", "spyapp", "ispy", "aspy", "espy", "spy", "mobtool", "curiosus", "everspy", "spytec", "spytek", "trackview", "findmyphone", "findmykids",
    "androidlost", "whereismydroid", "wheresmydroid", "kidscontrol", "safe spy", "safespy",
})
INSTALLER_WORDS = re.compile(r"setup|install|uninst|remov|updat|patcher|bootstrap|download|\.tmp$")
DROP_EXTENSIONS = (".json", ".dll", ".msi", ".mst", ".pkg", ".sys", ".zip", ".lnk", ".xml", ".ps1", ".py",
                   ".mui", ".com", ".trace", ".conf", ".txt", ".service", ".ese", ".bat", ".sh")
GENERIC_PORTS = frozenset({3333, 3478, 5000, 5349, 5555, 8000, 8080, 8443, 8888, 10000, 51820})


def norm_name(name: str) -> str:
    """Lower case, accents and punctuation removed, single spaces: "TeamViewer 15" -> "teamviewer 15"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\((?:now|formerly|aka|also known as)\b[^)]*\)", " ", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def slug(name: str) -> str:
    return norm_name(name).replace(" ", "-") or "entry"


def executable_ok(name: str) -> bool:
    n = name.strip().lower()
    if not n or "<" in n or n.startswith("%") or " " in n.strip("*") and not n.endswith(".exe"):
        return False
    if n.endswith(DROP_EXTENSIONS) or INSTALLER_WORDS.search(n):
        return False
    if n in GENERIC_EXECUTABLES or n in VIEWER_EXECUTABLES:
        return False
    literal = n.split("*")[0].split("?")[0].split("[")[0]
    stem = n[:-4] if n.endswith(".exe") else n
    return len(literal) >= 4 and len(stem.replace("*", "")) >= 3


def process_stem(exe: str) -> str | None:
    """The name a Linux or macOS process of the same tool would have, if it is distinctive."""
    if not exe.endswith(".exe"):
        return None
    stem = exe[:-4]
    if len(stem.split("*")[0]) < 3 or stem in GENERIC_STEMS or " " in stem:
        return None
    return stem


def port_ok(port: int) -> bool:
    return 1024 <= port <= 65535 and port not in GENERIC_PORTS
