"""Catalog entries written by the Ontkoppel project itself (GPL-3.0-or-later).

LOLRMM describes Windows tools well but hardly names the Linux and macOS processes and
packages of screen-sharing servers. These entries add them. An entry whose name equals a
LOLRMM entry is merged into it. `packages` are exact Linux package names.
Screen sharing that desktops ship and turn off by default (GNOME Remote Desktop, vino,
krfb) is not here: dedicated checks look at whether it is switched on.
"""

from __future__ import annotations

ENTRIES = [
    {"name": "x11vnc", "kind": "remote-access", "processes": ["x11vnc"],
     "packages": ["x11vnc"], "platforms": ["linux"], "websites": ["github.com/LibVNC/x11vnc"]},
    {"name": "xrdp", "kind": "remote-access", "processes": ["xrdp", "xrdp-sesman"],
     "packages": ["xrdp"], "platforms": ["linux"], "websites": ["xrdp.org"]},
    {"name": "TigerVNC server", "kind": "remote-access",
     "processes": ["x0vncserver", "xvnc", "xtigervnc", "vncsession"],
     "packages": ["tigervnc-standalone-server", "tigervnc-scraping-server", "tigervnc-server"],
     "platforms": ["linux"], "websites": ["tigervnc.org"]},
    {"name": "RealVNC Server", "kind": "remote-access",
     "processes": ["vncserver-x11", "vncserver-x11-core", "vncserver-x11-serviced", "vncagent",
                   "vncserverui"],
     "packages": ["realvnc-vnc-server"], "platforms": ["linux", "macos", "windows"],
     "websites": ["realvnc.com"]},
    {"name": "TeamViewer", "kind": "remote-access",
     "processes": ["teamviewerd", "teamviewer", "teamviewer_desktop", "teamviewer_service.exe"],
     "packages": ["teamviewer", "teamviewer-host"], "platforms": ["linux", "macos", "windows"],
     "install_paths": ["/Applications/TeamViewer.app", "/Applications/TeamViewerHost.app",
                       "/opt/teamviewer"]},
    {"name": "AnyDesk", "kind": "remote-access", "processes": ["anydesk"], "packages": ["anydesk"],
     "platforms": ["linux", "macos", "windows"], "install_paths": ["/usr/share/anydesk"]},
    {"name": "RustDesk", "kind": "remote-access", "processes": ["rustdesk"], "packages": ["rustdesk"],
     "platforms": ["linux", "macos", "windows"], "install_paths": ["/Applications/RustDesk.app"]},
    {"name": "NoMachine", "kind": "remote-access", "processes": ["nxserver", "nxnode", "nxd"],
     "packages": ["nomachine"], "platforms": ["linux", "macos", "windows"],
     "install_paths": ["/usr/NX", "/Applications/NoMachine.app"]},
    {"name": "logkeys", "kind": "monitoring", "processes": ["logkeys"], "packages": ["logkeys"],
     "platforms": ["linux"], "websites": ["github.com/kernc/logkeys"]},
]
