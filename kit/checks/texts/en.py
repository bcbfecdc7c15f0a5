"""English texts of the computer check (plain language, about level B1)."""

from __future__ import annotations

NOT_YOURSELF = ("If you did not set this up yourself, someone else may have. Do not remove it "
                "straight away: the other person may notice, and it is evidence. Save the result "
                "to your journal first and talk to a help service.")
CHECK_LIST = ("Look at the list. Do you know every item, and did you want it? If something is not "
              "yours, do not change it straight away: save the result to your journal first and "
              "talk to a help service.")
WORK_COMPUTER = ("If this is a work or school computer, your employer or school may have put it "
                 "there. Ask them if you are not sure.")

COMMON = {
    "ok.meaning": "We found nothing here. This is not proof that nothing is there: no check can "
                  "see everything.",
    "ok.advice": "You do not need to do anything for this part.",
    "attention.meaning": "Someone may be able to see or control what you do on this computer.",
    "attention.advice": NOT_YOURSELF,
    "info.meaning": "This is not a problem in itself. It is good to know, because it can help "
                    "someone follow what you do.",
    "info.advice": CHECK_LIST,
    "unknown.title": "Could not check: {check}",
    "unknown.detail": "We could not read {what}: {reason}.",
    "unknown.meaning": "This does not mean that everything is fine. This part of the check has "
                       "no answer.",
    "unknown.advice": "If you are worried about this part, ask a help service or someone you "
                      "trust who knows computers to look at it with you.",
}

LABELS = {
    "reason.not_found": "it was not found",
    "reason.denied": "this computer did not allow us to read it",
    "reason.no_command": "a system tool that we need is not installed",
    "reason.timeout": "it took too long",
    "reason.failed": "something went wrong while reading",
    "reason.unsupported": "this computer does not offer this information",
    "kind.remote-access": "remote-access tool",
    "kind.monitoring": "monitoring software",
    "kind.stalkerware": "stalkerware",
    "what.processes": "the list of running programs",
    "what.processes_and_programs": "the lists of running and installed programs",
    "what.sockets": "the list of network connections",
    "what.browser_profiles": "the browser profiles",
    "what.event_taps": "the list of programs that watch the keyboard",
    "what.gnome_privacy": "the privacy settings of the desktop",
    "word.none": "none",
    "word.running": "running now",
    "word.unknown_program": "unknown program",
    "word.local_only": "only reachable from this computer itself",
    "word.network": "reachable from the network",
    "word.sync_on": "sync is on",
    "word.sync_off": "signed in, sync is off",
    "word.name_matches": "its name matches a spy or remote-access tool",
    "word.login_screen_rdp": "RDP for the login screen (system-wide)",
    "word.defender_off": "Microsoft Defender is turned off by a policy",
    "word.realtime_off": "real-time protection is turned off by a policy",
    "word.starts_by_hand": "starts only when someone starts it",
    "word.switched_off": "switched off",
    "word.unknown_start": "start type unknown",
    "word.technical_details": "Technical details",
    "what.local_accounts": "the list of accounts on this computer",
    "what.find_my_people": "the list of people who can see your location",
    "word.built_in_account": "built-in account",
    "word.last_sign_in": "last signed in",
    "word.never_signed_in": "never signed in",
    "word.starts_automatically": "starts automatically",
    "word.sharing_on": "screen sharing is on",
    "word.unattended_access": "access without asking is allowed",
    "how.unpacked": "added by hand, not from the store",
    "how.policy": "installed by a policy (forced by an administrator)",
    "how.command_line": "loaded through a start-up option",
    "how.outside": "installed by a program outside the browser",
    "group.attention": "Needs attention",
    "group.info": "Good to know",
    "group.unknown": "Could not check",
    "group.ok": "Looks fine",
    "summary.not_proof": "A clean result is not proof that nothing is there: no check can see "
                         "everything. If you still feel watched, trust that feeling and talk to a "
                         "help service.",
}


def _sharing(service: str, what_it_does: str) -> dict[str, str]:
    return {
        "name": service,
        "ok.title": f"{service} is off",
        "ok.detail": f"{service} is switched off in the sharing settings.",
        "attention.title": f"{service} is on",
        "attention.detail": f"{service} is switched on ({{found}}). {what_it_does}",
        "attention.meaning": "Someone who knows the password of an account on this Mac can use "
                             "this from another computer, sometimes without you seeing it.",
        "unknown.advice": f"Look yourself: open System Settings > General > Sharing and see if "
                          f"{service} is on.",
    }


def _tcc(name: str, allowed_to: str, pane: str) -> dict[str, str]:
    return {
        "name": name,
        "ok.title": f"No app may {allowed_to}",
        "ok.detail": f"No app has permission to {allowed_to}.",
        "info.title": f"{{count}} app(s) may {allowed_to}",
        "info.detail": f"These apps have permission to {allowed_to}: {{found}}.",
        "attention.title": f"A spy or remote-access app may {allowed_to}",
        "attention.detail": f"These apps may {allowed_to} and look like spy or remote-access "
                            f"software: {{found}}. Other apps with this permission: {{others}}.",
        "attention.meaning": f"An app that may {allowed_to} can pass on what you do to someone "
                             f"else.",
        "unknown.fda.detail": "macOS keeps this list in a protected database. The kit may only "
                              "read it with Full Disk Access, and we do not ask for that.",
        "unknown.fda.meaning": "We cannot see which apps have this permission. This does not "
                               "mean that everything is fine.",
        "unknown.advice": f"Look yourself: open System Settings > Privacy & Security > {pane}. "
                          f"Check that you know every app in the list.",
    }


def _consent(device: str, setting: str, used: str, could: str) -> dict[str, str]:
    return {
        "name": f"Apps that used {device}",
        "ok.title": f"No app used {device}",
        "ok.detail": f"Windows does not list any app that used {device}.",
        "ok.off.title": f"{setting} is off for apps",
        "ok.off.detail": f"Access to {device} is switched off in the privacy settings.",
        "info.title": f"{{count}} app(s) used {device}",
        "info.detail": f"These apps {used}, with the last time: {{found}}.",
        "info.meaning": f"This shows which apps could {could}. An app you do not know in this "
                        f"list is worth a closer look.",
        "attention.title": f"An unusual app used {device}",
        "attention.detail": f"These apps {used} and look unusual (spy-like name, remote-access "
                            f"tool or a temporary folder): {{found}}. Other apps: {{others}}.",
        "attention.meaning": f"An unusual app that {used} may pass it on to someone else.",
        "unknown.advice": f"Look yourself: open Settings > Privacy & security > {setting} and "
                          f"look at the list of apps and 'Recent activity'.",
    }


CHECKS: dict[str, dict[str, str]] = {
    # every system ---------------------------------------------------------------------
    "processes_catalog": {
        "name": "Running remote-access and spy programs",
        "ok.title": "No known remote-access or spy program is running",
        "ok.detail": "We compared the {count} running programs with our list of remote-access, "
                     "monitoring and stalkerware tools. None of them matched.",
        "attention.title": "A remote-access or spy program is running",
        "attention.detail": "These programs are running now: {found}.",
        "attention.meaning": "With such a program, someone can see your screen, control this "
                             "computer or follow what you type, also from far away.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself: open the Task Manager (Windows), Activity Monitor "
                          "(Mac) or System Monitor (Linux) and look for programs you do not know.",
    },
    "installed_catalog": {
        "name": "Installed remote-access and spy programs",
        "ok.title": "No known remote-access or spy program is installed",
        "ok.detail": "We compared the installed programs with our list of remote-access, "
                     "monitoring and stalkerware tools. None of them matched.",
        "attention.title": "A remote-access or spy program is installed",
        "attention.detail": "These programs are installed: {found}.",
        "attention.meaning": "Such a program can let someone see or control this computer, even "
                             "when it is not running right now.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself at the list of installed programs: Settings > Apps "
                          "(Windows), the Applications folder (Mac) or the software centre (Linux).",
    },
    "spy_names": {
        "name": "Programs with spy or keylogger names",
        "ok.title": "No program has a spy or keylogger name",
        "ok.detail": "No running or installed program has a name that points to spying or to "
                     "recording key presses. Anti-spyware programs are left out.",
        "attention.title": "A program has a spy or keylogger name",
        "attention.detail": "These programs have a name that points to spying or to recording "
                            "key presses: {found}.",
        "attention.meaning": "A keylogger records everything you type, such as messages and "
                             "passwords. A name alone is not proof, but it is worth a closer look.",
        "unknown.advice": "Look yourself through the running and installed programs for names "
                          "with 'spy', 'keylogger' or 'monitor'.",
    },
    "listening_ports": {
        "name": "Programs waiting for remote connections",
        "ok.title": "No program waits for remote connections",
        "ok.detail": "No program is waiting for connections on the ports of Remote Desktop "
                     "(3389), VNC (5900-5903), SSH (22), WinRM (5985, 5986) or the remote-access tools "
                     "we know.",
        "attention.title": "A program waits for remote connections",
        "attention.detail": "These programs wait for connections from other computers: {found}.",
        "attention.meaning": "Through such a port, someone can log in to this computer or see "
                             "the screen from another place, if they know the password.",
        "info.title": "A port of a remote-access tool is used by another program",
        "info.detail": "These programs wait for connections on a port that a remote-access tool "
                       "also uses: {found}. The program itself is not that tool.",
        "info.meaning": "This is most likely an ordinary program that happens to use the same "
                        "port. It is good to know, in case you do not recognise the program.",
        "info.advice": CHECK_LIST,
        "unknown.advice": "Ask someone you trust who knows computers to look at the network "
                          "connections with you.",
    },
    "browser_accounts": {
        "name": "Accounts in your browsers",
        "ok.title": "No browser is signed in to an account",
        "ok.detail": "Chrome, Edge, Brave and Firefox are not signed in to an account on this "
                     "computer.",
        "ok.none.title": "No browser profiles found",
        "ok.none.detail": "We found no profiles of Chrome, Edge, Brave or Firefox for your user "
                          "account.",
        "info.title": "{count} browser profile(s) signed in to an account",
        "info.detail": "These browsers are signed in: {found}.",
        "info.meaning": "When sync is on, your history, saved passwords and open tabs go to that "
                        "account. Whoever can use the account can see them, also on another "
                        "device.",
        "info.advice": "Check that every e-mail address is yours and that only you know its "
                       "password. If an address is not yours, do not sign out straight away: save "
                       "the result to your journal first and talk to a help service.",
        "unknown.advice": "Look yourself: open the browser and click your profile picture at the "
                          "top right to see which account is signed in.",
    },
    "browser_extensions": {
        "name": "Browser extensions",
        "ok.title": "No browser extensions",
        "ok.detail": "We found no extensions in Chrome, Edge, Brave or Firefox.",
        "ok.none.title": "No browser profiles found",
        "ok.none.detail": "We found no profiles of Chrome, Edge, Brave or Firefox for your user "
                          "account.",
        "info.title": "{count} browser extension(s)",
        "info.detail": "These extensions are installed: {found}.",
        "info.meaning": "An extension can often read every web page you open. Most are harmless, "
                        "but some are made to spy.",
        "attention.title": "A browser extension needs a closer look",
        "attention.detail": "These extensions are unusual: {found}. Other extensions: {others}.",
        "attention.meaning": "An extension that was forced on the browser or added by hand can "
                             "read what you do on the web and send it to someone else.",
        "unknown.advice": "Look yourself: in the browser, open the menu and choose Extensions "
                          "(or Add-ons in Firefox).",
    },
    # Windows ----------------------------------------------------------------------------
    "win_remote_desktop": {
        "name": "Remote Desktop",
        "ok.title": "Remote Desktop is off",
        "ok.detail": "Other computers cannot connect to this one with Remote Desktop.",
        "ok.policy.title": "Remote Desktop is off (set by a policy)",
        "ok.policy.detail": "A policy switches Remote Desktop off. Other computers cannot connect "
                            "to this one with it.",
        "attention.title": "Remote Desktop is on",
        "attention.detail": "Other computers may connect to this one with Remote Desktop.",
        "attention.policy.title": "Remote Desktop is switched on by a policy",
        "attention.policy.detail": "A policy forces Remote Desktop on. This overrides the normal "
                                   "setting, so you cannot switch it off in Settings.",
        "attention.meaning": "Someone who knows the password of an account on this computer can "
                             "log in from another place and use it as if they were sitting in "
                             "front of it.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself: open Settings > System > Remote Desktop.",
    },
    "win_remote_assistance": {
        "name": "Remote Assistance",
        "ok.title": "Remote Assistance is off",
        "ok.detail": "Nobody can help you from a distance with Windows Remote Assistance.",
        "info.title": "Remote Assistance is on",
        "info.detail": "Windows Remote Assistance is allowed. Someone can only connect when you "
                       "send them an invitation and accept the connection.",
        "info.meaning": "This is usually harmless. But someone who has an old invitation from "
                        "you, or who sits at this computer, may use it to see your screen.",
        "info.advice": "If you do not use Remote Assistance, you can ask a help service to help "
                       "you switch it off at a safe moment.",
        "attention.unsolicited.title": "Others may offer Remote Assistance without an invitation",
        "attention.unsolicited.detail": "A policy lets other people offer help on this computer "
                                        "without an invitation from you.",
        "attention.meaning": "Someone on the same network can ask to see or control your screen.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself: search for 'Allow Remote Assistance invitations' in the "
                          "Start menu.",
    },
    "win_shares": {
        "name": "Shared folders",
        "ok.title": "No folders are shared",
        "ok.detail": "This computer does not share folders with other computers (apart from "
                     "the hidden standard shares of Windows).",
        "attention.title": "{count} folder(s) shared with other computers",
        "attention.detail": "These folders are shared: {found}.",
        "attention.meaning": "Other people on the same network may open the files in these "
                             "folders.",
        "unknown.advice": "Look yourself: open File Explorer, go to Network, and click this "
                          "computer to see its shared folders.",
    },
    "win_location": _consent("your location", "Location", "used your location",
                             "use your location"),
    "win_camera": _consent("the camera", "Camera", "used the camera", "use the camera"),
    "win_microphone": _consent("the microphone", "Microphone", "used the microphone",
                               "use the microphone"),
    "win_startup": {
        "name": "Programs that start with Windows",
        "ok.title": "No programs start by themselves",
        "ok.detail": "No programs are set to start when you sign in.",
        "info.title": "{count} program(s) start by themselves",
        "info.detail": "These programs start when you sign in: {found}.",
        "info.meaning": "Many programs start by themselves, and most of them are harmless. A "
                        "spy program also starts by itself, so that it always runs.",
        "attention.title": "A remote-access or spy program starts by itself",
        "attention.detail": "These programs start when you sign in and look like remote-access "
                            "or spy software: {found}. Other programs: {others}.",
        "attention.meaning": "This program runs every time the computer starts, so someone can "
                             "keep watching or controlling it.",
        "unknown.advice": "Look yourself: open the Task Manager and choose the tab 'Startup apps'.",
    },
    "win_services": {
        "name": "Services of remote-access and spy programs",
        "ok.title": "No service of a known remote-access or spy program",
        "ok.detail": "We looked at the {count} Windows services. None of them belongs to a "
                     "remote-access or spy program we know.",
        "attention.title": "A service of a remote-access or spy program",
        "attention.detail": "These services belong to remote-access or spy software: {found}.",
        "attention.meaning": "A service runs in the background, even before anyone signs in, so "
                             "someone can reach this computer at any time.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself: open the Start menu, type 'services' and look for "
                          "names you do not know.",
    },
    "win_admins": {
        "name": "Accounts with admin rights",
        "ok.title": "Only your account has admin rights",
        "ok.detail": "Administrators on this computer: {everyone}.",
        "ok.none.title": "No other account has admin rights",
        "ok.none.detail": "We found no account with admin rights apart from the built-in ones.",
        "attention.title": "Other accounts have admin rights",
        "attention.detail": "These accounts, other than yours, have admin rights: {found}. All "
                            "administrators: {everyone}.",
        "attention.meaning": "Someone with admin rights can install any program, also spy "
                             "software, and can change every setting on this computer.",
        "attention.advice": "Check that you know every account. " + NOT_YOURSELF,
        "unknown.advice": "Look yourself: open Settings > Accounts > Other users.",
    },
    "win_cloud_accounts": {
        "name": "OneDrive and Dropbox accounts",
        "ok.title": "No OneDrive or Dropbox account",
        "ok.detail": "This computer is not linked to a OneDrive or Dropbox account for your user.",
        "info.title": "Linked to OneDrive or Dropbox",
        "info.detail": "This computer is linked to: {found}.",
        "info.meaning": "Files in these folders are copied to the account online. Whoever can "
                        "use that account can see the files, also on another device.",
        "info.advice": "Check that every account is yours and that only you know its password. "
                       + CHECK_LIST,
        "unknown.advice": "Look yourself: click the OneDrive or Dropbox icon next to the clock.",
    },
    # macOS ------------------------------------------------------------------------------
    "mac_screen_sharing": _sharing("Screen Sharing", "Others can see and control the screen."),
    "mac_remote_management": _sharing("Remote Management",
                                      "Others can see and control the screen and change settings."),
    "mac_remote_login": _sharing("Remote Login", "Others can log in with SSH and run commands."),
    "mac_file_sharing": _sharing("File Sharing", "Others on the network can open shared folders."),
    "mac_remote_apple_events": _sharing("Remote Apple Events",
                                        "Other computers can control apps on this Mac."),
    "mac_internet_sharing": {
        "name": "Internet Sharing",
        "ok.title": "Internet Sharing is off",
        "ok.detail": "This Mac does not share its internet connection.",
        "attention.title": "Internet Sharing is on",
        "attention.detail": "This Mac shares its internet connection ({found}).",
        "attention.meaning": "Other devices connect to the internet through this Mac. That is "
                             "unusual at home.",
        "unknown.advice": "Look yourself: open System Settings > General > Sharing.",
    },
    "mac_screen_recording": _tcc("Apps that may record the screen", "record the screen",
                                 "Screen & System Audio Recording"),
    "mac_accessibility": _tcc("Apps that may control the computer", "control this computer",
                              "Accessibility"),
    "mac_camera": _tcc("Apps that may use the camera", "use the camera", "Camera"),
    "mac_microphone": _tcc("Apps that may use the microphone", "use the microphone", "Microphone"),
    "mac_keyboard_taps": {
        "name": "Programs that watch the keyboard",
        "ok.title": "No unknown program watches the keyboard",
        "ok.detail": "Only parts of macOS itself watch the keyboard.",
        "info.title": "{count} program(s) watch the keyboard",
        "info.detail": "These programs watch what you type: {found}.",
        "info.meaning": "Some programs need this, such as keyboard tools. A spy program uses it "
                        "to record everything you type.",
        "attention.title": "A spy or remote-access program watches the keyboard",
        "attention.detail": "These programs watch what you type and look like spy or "
                            "remote-access software: {found}. Other programs: {others}.",
        "attention.meaning": "This program can record what you type, such as messages and "
                             "passwords.",
        "unknown.advice": "Look yourself: open System Settings > Privacy & Security > Input "
                          "Monitoring.",
    },
    "mac_launch_items": {
        "name": "Programs that start by themselves",
        "ok.title": "No extra programs start by themselves",
        "ok.detail": "Only parts of macOS itself are set to start by themselves.",
        "info.title": "{count} program(s) start by themselves",
        "info.detail": "These programs start by themselves: {found}.",
        "info.meaning": "Many programs start by themselves, and most of them are harmless. A "
                        "spy program also starts by itself, so that it always runs.",
        "attention.title": "A remote-access or spy program starts by itself",
        "attention.detail": "These programs start by themselves and look like remote-access or "
                            "spy software: {found}. Other programs: {others}.",
        "attention.meaning": "This program runs every time the Mac starts, so someone can keep "
                             "watching or controlling it.",
        "unknown.advice": "Look yourself: open System Settings > General > Login Items & "
                          "Extensions.",
    },
    "mac_admins": {
        "name": "Accounts with admin rights",
        "ok.title": "Only your account has admin rights",
        "ok.detail": "Administrators on this Mac: {everyone}.",
        "ok.none.title": "No other account has admin rights",
        "ok.none.detail": "We found no account with admin rights apart from the system account.",
        "attention.title": "Other accounts have admin rights",
        "attention.detail": "These accounts, other than yours, have admin rights: {found}.",
        "attention.meaning": "Someone with admin rights can install any program, also spy "
                             "software, and can change every setting on this Mac.",
        "attention.advice": "Check that you know every account. " + NOT_YOURSELF,
        "unknown.advice": "Look yourself: open System Settings > Users & Groups.",
    },
    "mac_apple_id": {
        "name": "Apple Account and Find My Mac",
        "ok.title": "No Apple Account on this Mac",
        "ok.detail": "This Mac is not signed in to an Apple Account for your user.",
        "info.title": "Signed in to an Apple Account",
        "info.detail": "This Mac is signed in to: {found}. Find My Mac is off.",
        "info.find_my.title": "Signed in to an Apple Account, Find My Mac is on",
        "info.find_my.detail": "This Mac is signed in to: {found}. Find My Mac is on.",
        "info.meaning": "Whoever can use this Apple Account can see your photos, notes and "
                        "messages in iCloud. With Find My, they can also see where this Mac is.",
        "info.advice": "Check that the account is yours and that only you know its password. "
                       + CHECK_LIST,
        "unknown.advice": "Look yourself: open System Settings and click your name at the top.",
    },
    # Linux ------------------------------------------------------------------------------
    "linux_gnome_remote_desktop": {
        "name": "GNOME Remote Desktop",
        "ok.title": "GNOME Remote Desktop is off",
        "ok.detail": "Screen sharing and remote login of GNOME are switched off.",
        "ok.absent.title": "GNOME Remote Desktop is not installed",
        "ok.absent.detail": "This computer does not have GNOME Remote Desktop.",
        "attention.title": "GNOME Remote Desktop is on",
        "attention.detail": "Remote access is switched on: {found}.",
        "attention.meaning": "Someone who knows the password for it can see and control the "
                             "screen from another computer.",
        "unknown.advice": "Look yourself: open Settings > System > Remote Desktop (or Settings > "
                          "Sharing).",
    },
    "linux_vnc_servers": {
        "name": "Screen-sharing programs (VNC)",
        "ok.title": "No screen-sharing program is running or set to start",
        "ok.detail": "x11vnc, vino and krfb are not running and not set to start by themselves.",
        "attention.title": "A screen-sharing program is on",
        "attention.detail": "We found: {found}.",
        "attention.meaning": "Someone can see and maybe control your screen from another "
                             "computer.",
        "unknown.advice": "Look yourself in the System Monitor for x11vnc, vino-server or krfb.",
    },
    "linux_xrdp": {
        "name": "Remote desktop server (xrdp)",
        "ok.title": "xrdp is not running",
        "ok.detail": "The remote desktop server xrdp is not running and not set to start.",
        "attention.title": "The remote desktop server xrdp is on",
        "attention.detail": "We found: {found}.",
        "attention.meaning": "Someone who knows the password of an account on this computer can "
                             "log in from another computer and use it.",
        "unknown.advice": "Ask someone you trust who knows Linux to run 'systemctl status xrdp' "
                          "with you.",
    },
    "linux_sshd": {
        "name": "Remote login (SSH server)",
        "ok.title": "The SSH server is not running",
        "ok.detail": "Nobody can log in to this computer from another place with SSH.",
        "attention.title": "The SSH server is on",
        "attention.detail": "We found: {found}.",
        "attention.meaning": "Someone who knows a password or has a key for this computer can "
                             "log in from another place and run commands.",
        "unknown.advice": "Ask someone you trust who knows Linux to run 'systemctl status ssh' "
                          "with you.",
    },
    "linux_authorized_keys": {
        "name": "SSH keys that allow logging in",
        "ok.title": "No SSH keys allow logging in to your account",
        "ok.detail": "Your account has no list of SSH keys that may log in.",
        "attention.title": "{count} SSH key(s) may log in to your account",
        "attention.detail": "These keys may log in without a password: {found}.",
        "attention.meaning": "Whoever has the matching key can log in to your account from "
                             "another computer, if the SSH server is on.",
        "unknown.advice": "Ask someone you trust who knows Linux to look at the file "
                          "~/.ssh/authorized_keys with you.",
    },
    "linux_samba": {
        "name": "Folders shared with Windows sharing (Samba)",
        "ok.title": "No folders are shared with Samba",
        "ok.detail": "This computer does not share folders with Samba.",
        "attention.title": "{count} folder(s) shared with Samba",
        "attention.detail": "These shares exist: {found}.",
        "attention.meaning": "Other people on the same network may open the files in these "
                             "folders.",
        "unknown.advice": "Look yourself: in the file manager, right-click a folder and look "
                          "for 'Sharing options'.",
    },
    "linux_nfs": {
        "name": "Folders shared with NFS",
        "ok.title": "No folders are shared with NFS",
        "ok.detail": "This computer does not share folders with NFS.",
        "attention.title": "{count} folder(s) shared with NFS",
        "attention.detail": "These folders are shared: {found}.",
        "attention.meaning": "Other computers on the network may open or change the files in "
                             "these folders.",
        "unknown.advice": "Ask someone you trust who knows Linux to look at /etc/exports with "
                          "you.",
    },
    "linux_location": {
        "name": "Location services",
        "ok.off.title": "Location services are off",
        "ok.off.detail": "Apps cannot ask this computer where it is.",
        "ok.absent.title": "No location service installed",
        "ok.absent.detail": "This computer has no location service (geoclue).",
        "info.title": "Location services are on",
        "info.detail": "Apps may ask this computer where it is.",
        "info.no_setting.title": "A location service is installed",
        "info.no_setting.detail": "The location service geoclue is installed. We found no "
                                  "setting to switch it off for apps.",
        "info.meaning": "An app that knows where this computer is can pass it on to someone "
                        "else.",
        "info.advice": "If you do not need location, you can switch it off in Settings > "
                       "Privacy > Location.",
        "unknown.advice": "Look yourself: open Settings > Privacy > Location.",
    },
    "linux_camera": {
        "name": "Camera privacy setting",
        "ok.off.title": "The camera is off for apps",
        "ok.off.detail": "The privacy setting blocks the camera for apps.",
        "ok.no_device.title": "No camera found",
        "ok.no_device.detail": "This computer has no camera that we can see.",
        "info.title": "Apps may use the camera",
        "info.detail": "Apps may use the camera ({devices}).",
        "info.meaning": "A program that uses the camera can pass on the picture to someone else.",
        "info.advice": "When you do not use the camera, you can cover it. Check that you know "
                       "the programs that use it.",
        "unknown.detail": "We could not read {what}: {reason}. A camera is present ({devices}).",
        "unknown.advice": "Look yourself: open Settings > Privacy > Camera.",
    },
    "linux_microphone": {
        "name": "Microphone privacy setting",
        "ok.off.title": "The microphone is off for apps",
        "ok.off.detail": "The privacy setting blocks the microphone for apps.",
        "ok.no_device.title": "No microphone found",
        "ok.no_device.detail": "This computer has no microphone that we can see.",
        "info.title": "Apps may use the microphone",
        "info.detail": "Apps may use the microphone ({devices}).",
        "info.meaning": "A program that uses the microphone can pass on what is said near this "
                        "computer to someone else.",
        "info.advice": "Check that you know the programs that use the microphone.",
        "unknown.detail": "We could not read {what}: {reason}. A microphone is present ({devices}).",
        "unknown.advice": "Look yourself: open Settings > Privacy > Microphone.",
    },
    "linux_autostart": {
        "name": "Programs that start when you log in",
        "ok.title": "No extra programs start when you log in",
        "ok.detail": "Your account has no own autostart entries, and the system ones look normal.",
        "attention.title": "{count} program(s) start when you log in",
        "attention.detail": "These programs start when you log in: {found}.",
        "attention.meaning": "A spy program starts by itself, so that it always runs. Other "
                             "programs in this list may be harmless.",
        "attention.advice": CHECK_LIST,
        "info.title": "{count} program(s) start when you log in",
        "info.detail": "These programs start when you log in: {found}. None of them is a "
                       "remote-access or spy program that we know.",
        "info.meaning": "Many ordinary programs start by themselves, such as chat apps or cloud "
                        "storage. It is good to know which ones do.",
        "unknown.advice": "Look yourself: open the app 'Startup Applications' or 'Autostart'.",
    },
    "linux_systemd_user": {
        "name": "Background services of your account",
        "ok.title": "No own background services",
        "ok.detail": "Your account has no own systemd services or timers.",
        "attention.title": "{count} background service(s) in your account",
        "attention.detail": "These services run for your account: {found}.",
        "attention.meaning": "A service runs in the background without a window, so you do not "
                             "see it.",
        "attention.advice": CHECK_LIST,
        "info.title": "{count} background service(s) in your account",
        "info.detail": "These services run for your account: {found}. None of them is a "
                       "remote-access or spy program that we know.",
        "info.meaning": "Some ordinary programs run a small service in the background. It is "
                        "good to know which ones do.",
        "unknown.advice": "Ask someone you trust who knows Linux to run 'systemctl --user "
                          "list-unit-files' with you.",
    },
    "linux_system_services": {
        "name": "Services that start with the computer",
        "ok.title": "No remote-access or spy program starts with the computer",
        "ok.detail": "We compared the {count} system services that start with the computer with "
                     "our list of remote-access and spy programs. None of them matches.",
        "attention.title": "A remote-access or spy program starts with the computer",
        "attention.detail": "These services start with the computer, for every user: {found}.",
        "attention.meaning": "Such a service runs in the background from the moment the computer "
                             "starts, also before anyone logs in. Through it, someone may see or "
                             "control this computer from another place.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Ask someone you trust who knows Linux to run 'systemctl list-unit-files "
                          "--state=enabled' with you.",
    },
    "linux_cron": {
        "name": "Scheduled tasks (cron)",
        "ok.title": "No scheduled tasks of your own",
        "ok.detail": "Your account has no scheduled tasks, and the system tasks look normal.",
        "attention.title": "{count} scheduled task(s)",
        "attention.detail": "These tasks run at set times: {found}.",
        "attention.meaning": "A scheduled task can start a program again and again, also a spy "
                             "program.",
        "attention.advice": CHECK_LIST,
        "unknown.advice": "Ask someone you trust who knows Linux to run 'crontab -l' with you.",
    },
    "linux_admins": {
        "name": "Accounts with admin rights",
        "ok.title": "Only your account has admin rights",
        "ok.detail": "Accounts that may use sudo: {everyone}.",
        "ok.none.title": "No other account has admin rights",
        "ok.none.detail": "No account may use sudo. Only the system account (root) has admin "
                          "rights.",
        "attention.title": "Other accounts have admin rights",
        "attention.detail": "These accounts, other than yours, may use sudo: {found}.",
        "attention.meaning": "Someone with admin rights can install any program, also spy "
                             "software, and can change every setting on this computer.",
        "attention.advice": "Check that you know every account. " + NOT_YOURSELF,
        "unknown.advice": "Look yourself: open Settings > Users.",
    },
    "linux_input_group": {
        "name": "Accounts that may read every key press",
        "ok.title": "No account may read all key presses",
        "ok.detail": "The group 'input' has no members.",
        "attention.title": "An account may read every key press",
        "attention.detail": "These accounts are in the group 'input': {found}.",
        "attention.meaning": "Programs of these accounts can read everything typed on this "
                             "computer, such as messages and passwords. This is how keyloggers "
                             "work on Linux.",
        "unknown.advice": "Ask someone you trust who knows Linux to run 'getent group input' "
                          "with you.",
    },
    "linux_autologin": {
        "name": "Log in without a password",
        "ok.title": "The computer asks for a password",
        "ok.detail": "Automatic login is off.",
        "attention.title": "The computer logs in by itself",
        "attention.detail": "Automatic login is on: {found}.",
        "attention.meaning": "Anyone who switches on this computer gets into the account, "
                             "without a password.",
        "attention.advice": "If you did not choose this, talk to a help service about when and "
                            "how to switch it off safely.",
        "unknown.advice": "Look yourself: open Settings > Users and look at 'Automatic Login'.",
    },
    # added checks: Windows ways in, traffic, tasks; macOS management ------------------
    "win_quick_assist": {
        "name": "Quick Assist",
        "ok.title": "Quick Assist is not running",
        "ok.detail": "Quick Assist, the Windows app for help from a distance, is not open now.",
        "attention.title": "Quick Assist is running now",
        "attention.detail": "Quick Assist is open on this computer. While it runs, someone "
                            "else may see your screen or control it.",
        "attention.meaning": "Quick Assist only works while it is open and after you gave a "
                             "code. If you did not start it yourself, someone may be connected "
                             "right now.",
        "unknown.advice": "Look at the taskbar: is the Quick Assist window open?",
    },
    "win_rdp_users": {
        "name": "Accounts that may use Remote Desktop",
        "ok.title": "No extra accounts may use Remote Desktop",
        "ok.detail": "The group 'Remote Desktop Users' has no members.",
        "attention.title": "{count} account(s) may log in with Remote Desktop",
        "attention.detail": "These accounts are in the group 'Remote Desktop Users': {found}.",
        "attention.meaning": "When Remote Desktop is on, these accounts can log in to this "
                             "computer from another place.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself: open Settings > System > Remote Desktop > Remote "
                          "Desktop users.",
    },
    "win_winrm": {
        "name": "Windows Remote Management (WinRM)",
        "ok.title": "Windows Remote Management is not set up",
        "ok.detail": "Windows Remote Management (WinRM) does not wait for connections.",
        "attention.title": "Windows Remote Management is set up",
        "attention.detail": "Windows Remote Management waits for connections: {found}.",
        "attention.meaning": "With WinRM, someone who knows an admin password can run commands "
                             "on this computer from another place, without you seeing it.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Ask someone you trust who knows Windows to run 'winrm enumerate "
                          "winrm/config/listener' with you.",
    },
    "win_openssh_server": {
        "name": "OpenSSH server",
        "ok.title": "The OpenSSH server does not run",
        "ok.detail": "The OpenSSH server of Windows is switched off.",
        "ok.absent.title": "The OpenSSH server is not installed",
        "ok.absent.detail": "The OpenSSH server of Windows is not installed.",
        "info.title": "The OpenSSH server is installed",
        "info.detail": "The OpenSSH server is installed, but it only starts when someone starts "
                       "it.",
        "info.meaning": "Through the OpenSSH server, someone with a password or key can log in "
                        "from another place. It does not start by itself now.",
        "attention.title": "The OpenSSH server starts with the computer",
        "attention.detail": "The OpenSSH server (sshd) starts automatically.",
        "attention.meaning": "Through it, someone with a password or key can log in to this "
                             "computer from another place and run commands.",
        "unknown.advice": "Look yourself: open Settings > System > Optional features and look "
                          "for 'OpenSSH Server'.",
    },
    "win_scheduled_tasks": {
        "name": "Scheduled tasks",
        "ok.title": "No scheduled task of a remote-access or spy program",
        "ok.detail": "We compared {count} scheduled tasks with our list of remote-access and spy "
                     "programs. None of them matches.",
        "attention.title": "A scheduled task starts a remote-access or spy program",
        "attention.detail": "These scheduled tasks belong to a remote-access or spy program: "
                            "{found}.",
        "attention.meaning": "A scheduled task starts a program again and again, also after a "
                             "restart. Spy programs use this to keep running.",
        "unknown.advice": "Look yourself: open 'Task Scheduler' and look at the tasks in the "
                          "'Task Scheduler Library'.",
    },
    "win_defender": {
        "name": "Microsoft Defender settings",
        "ok.title": "Microsoft Defender has no exceptions",
        "ok.detail": "Microsoft Defender is not switched off by a policy and skips no files, "
                     "folders or programs.",
        "attention.title": "Microsoft Defender is turned off or skips something",
        "attention.detail": "We found: {found}.",
        "attention.meaning": "Someone who installs a spy program often tells Defender to leave "
                             "it alone. Some ordinary programs also ask for an exception.",
        "unknown.detail": "We could not read {what}: {reason}. Windows only shows the "
                          "exceptions to an administrator.",
        "unknown.advice": "Look yourself: open Windows Security > Virus & threat protection > "
                          "Manage settings > Exclusions.",
    },
    "win_proxy": {
        "name": "Proxy for your internet traffic",
        "ok.title": "No proxy is set",
        "ok.detail": "Your internet traffic does not go through a proxy.",
        "attention.title": "Your internet traffic goes through a proxy",
        "attention.detail": "A proxy is set for your account: {found}.",
        "attention.meaning": "A proxy can see and change which websites you visit. At work this "
                             "can be normal; at home it is unusual.",
        "attention.advice": NOT_YOURSELF + " " + WORK_COMPUTER,
        "unknown.advice": "Look yourself: open Settings > Network & internet > Proxy.",
    },
    "win_root_certificates": {
        "name": "Certificates added for your account",
        "ok.title": "No certificates were added for your account",
        "ok.detail": "Your account has no root certificates of its own.",
        "attention.title": "{count} root certificate(s) added for your account",
        "attention.detail": "These root certificates were added for your account (fingerprints): "
                            "{found}.",
        "attention.meaning": "With an added root certificate, someone can read even secure (https) "
                             "traffic. Some antivirus and developer tools add one too.",
        "attention.advice": NOT_YOURSELF,
        "unknown.advice": "Ask someone you trust who knows Windows to open 'certmgr.msc' with "
                          "you and look at 'Trusted Root Certification Authorities'.",
    },
    "mac_input_monitoring": _tcc("Apps that may read the keyboard", "read what you type",
                                 "Input Monitoring"),
    "mac_full_disk_access": _tcc("Apps that may read all files", "read all your files",
                                 "Full Disk Access"),
    "mac_mdm": {
        "name": "Device management (MDM)",
        "ok.title": "This Mac is not managed",
        "ok.detail": "This Mac is not enrolled in device management (MDM).",
        "attention.title": "This Mac is managed from a distance",
        "attention.detail": "This Mac is enrolled in device management: {found}.",
        "attention.meaning": "Whoever manages the Mac can install apps and settings on it and "
                             "see information about it. For a work or school Mac this is normal.",
        "attention.advice": WORK_COMPUTER + " " + NOT_YOURSELF,
        "unknown.advice": "Look yourself: open System Settings > Privacy & Security > Profiles.",
    },
    "mac_profiles": {
        "name": "Configuration profiles",
        "ok.title": "No configuration profiles",
        "ok.detail": "No configuration profiles are installed for your account.",
        "attention.title": "{count} configuration profile(s) installed",
        "attention.detail": "These configuration profiles are installed: {found}.",
        "attention.meaning": "A profile can change settings, for example send your internet "
                             "traffic through someone else's server or add a certificate.",
        "attention.advice": WORK_COMPUTER + " " + NOT_YOURSELF,
        "unknown.advice": "Look yourself: open System Settings > Privacy & Security > Profiles.",
    },
    "mac_login_items": {
        "name": "Login items and background items",
        "ok.title": "No extra login or background items",
        "ok.detail": "No app other than Apple's own starts at login or runs in the background.",
        "info.title": "{count} app(s) start at login or run in the background",
        "info.detail": "These apps start at login or run in the background: {found}. None of "
                       "them is a remote-access or spy program that we know.",
        "info.meaning": "Many ordinary apps do this. It is good to know which ones.",
        "attention.title": "A remote-access or spy program starts by itself",
        "attention.detail": "These apps start at login or run in the background: {found}.",
        "attention.meaning": "A spy program starts by itself, so that it always runs.",
        "unknown.advice": "Look yourself: open System Settings > General > Login Items & "
                          "Extensions.",
    },
    "mac_file_shares": {
        "name": "Folders shared with File Sharing",
        "ok.title": "No folders are shared",
        "ok.detail": "File Sharing shares no folders of this Mac.",
        "attention.title": "{count} folder(s) shared with File Sharing",
        "attention.detail": "These folders are shared: {found}.",
        "attention.meaning": "When File Sharing is on, others on the network can open these "
                             "folders with a password.",
        "unknown.advice": "Look yourself: open System Settings > General > Sharing > File "
                          "Sharing.",
    },
    "mac_safari_extensions": {
        "name": "Safari extensions",
        "ok.title": "No Safari extensions are on",
        "ok.detail": "Safari has no extensions switched on.",
        "info.title": "{count} Safari extension(s) are on",
        "info.detail": "These Safari extensions are on: {found}.",
        "info.meaning": "An extension can see the pages you visit. Check that you know them.",
        "attention.title": "A Safari extension looks like spy or remote-access software",
        "attention.detail": "These Safari extensions are on: {found}.",
        "attention.meaning": "Such an extension can pass on the pages you visit and what you "
                             "type in them.",
        "unknown.fda.detail": "macOS keeps this list in a protected folder. The kit may only "
                              "read it with Full Disk Access, and we do not ask for that.",
        "unknown.advice": "Look yourself: open Safari > Settings > Extensions.",
    },
    "win_local_accounts": {
        "name": "Other accounts on this computer",
        "ok.title": "No other account can sign in",
        "ok.detail": "Apart from your own account, no local account on this computer is switched "
                     "on.",
        "info.title": "{count} other account(s) can sign in on this computer",
        "info.detail": "These accounts, other than yours, are switched on: {found}.",
        "info.meaning": "Someone who knows the password of one of these accounts can sign in on "
                        "this computer with it. Windows does not show when an account was made, "
                        "so we cannot tell you which one is new.",
        "info.advice": "Check that you know every account and who uses it. " + CHECK_LIST,
        "unknown.advice": "Look yourself: open Settings > Accounts > Other users.",
    },
    "win_family": {
        "name": "Microsoft family settings",
        "ok.title": "No sign of family settings on this computer",
        "ok.detail": "The Windows service for family settings (Parental Controls) is not running.",
        "ok.absent.title": "Family settings are not on this computer",
        "ok.absent.detail": "This Windows does not have the service for family settings (Parental "
                            "Controls).",
        "ok.meaning": "We found no sign here. But an adult can be in a Microsoft family group "
                      "without any sign on this computer, and location is shared through the "
                      "phone app. This is not proof.",
        "ok.advice": "To be sure, look at who is in your family group: open Settings > Accounts > "
                     "Family (on Windows 10: Family & other users), or sign in at "
                     "family.microsoft.com on a device you trust.",
        "info.title": "Family settings are active on this computer",
        "info.detail": "The Windows service for family settings (Parental Controls, WpcMonSvc) is "
                       "running.",
        "info.automatic.title": "Family settings are set to start with the computer",
        "info.automatic.detail": "The Windows service for family settings (Parental Controls, "
                                 "WpcMonSvc) starts automatically. Normally it only starts when "
                                 "it is needed.",
        "info.meaning": "Windows uses this service when an account on this computer is in a "
                        "Microsoft family group with family settings. In a family group, the "
                        "organiser can set limits. For members who allow it, the organiser can "
                        "also see their activity (websites, apps, searches), their devices and "
                        "their location.",
        "info.advice": "Check which family group your account is in and what it shares: open "
                       "Settings > Accounts > Family (on Windows 10: Family & other users), or "
                       "sign in at family.microsoft.com on a device you trust. If you set this up "
                       "yourself for a child, this is expected. If not, save the result to your "
                       "journal first and talk to a help service before you leave the group: the "
                       "organiser may notice.",
        "unknown.advice": "Look yourself: open Settings > Accounts > Family (on Windows 10: Family "
                          "& other users).",
    },
    "mac_find_my_people": {
        "name": "Who can see your location in Find My",
        "ok.title": "This Mac shares no location through Find My",
        "ok.detail": "This Mac is not signed in to an Apple Account for your user, so Find My on "
                     "this Mac cannot share your location.",
        "ok.meaning": "This is only about this Mac. Your iPhone or another device can still share "
                      "your location.",
        "ok.advice": "On your iPhone, also look in the Find My app under People.",
        "unknown.signed_in.title": "Could not check who can see your location",
        "unknown.signed_in.detail": "This Mac is signed in to: {found}. Find My keeps the list of "
                                    "people who can see your location with your Apple Account. "
                                    "The kit cannot read that list on this Mac.",
        "unknown.signed_in.meaning": "People you share your location with in Find My can see "
                                     "where you are, all the time, until you stop sharing.",
        "unknown.advice": "Look yourself: open the Find My app and click People. Everyone who can "
                          "see your location is in that list; click a name to see what you "
                          "share. If you stop sharing, the other person may notice that they no "
                          "longer see you: save the result to your journal first and talk to a "
                          "help service.",
    },
}
