"""Linux: screen sharing and remote login (GNOME Remote Desktop, vino, x11vnc, krfb, xrdp, sshd)
and the SSH keys that let someone log in without a password."""

from __future__ import annotations

from kit.checks.helpers import ATTENTION, OK, Evidence, L, cap, finding, ini, unknown
from kit.checks.linux.common import ABSENT, enabled_units, gsetting, process_names
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

GRD_DAEMON = "gnome-remote-desktop-daemon"
GRD_PLACES = ("/usr/libexec", "/usr/lib/gnome-remote-desktop", "/usr/lib")
VINO = ("org.gnome.settings-daemon.plugins.sharing.service:"
        "/org/gnome/settings-daemon/plugins/sharing/vino-server/")
VNC_PROGRAMS = ("x11vnc", "vino-server", "krfb")


def _installed(probe: Probe, name: str, places: tuple[str, ...], ev: Evidence) -> bool:
    for folder in places:
        r = probe.list_dir(folder)
        if r.ok and any(e.name == name for e in r.value):
            ev.append(f"{folder}/{name}: present")
            return True
    ev.append(f"{name}: not found in {', '.join(places)}")
    return False


@check("linux_gnome_remote_desktop", ("linux",))
def gnome_remote_desktop(probe: Probe):
    cid = "linux_gnome_remote_desktop"
    ev = Evidence()
    procs, _ = process_names(probe, ev)
    running = bool(procs and GRD_DAEMON in procs)
    units, _ = enabled_units(probe, ev)
    rdp, r1 = gsetting(probe, "org.gnome.desktop.remote-desktop.rdp", "enable", ev)
    vnc, _r2 = gsetting(probe, "org.gnome.desktop.remote-desktop.vnc", "enable", ev)
    on = [name for name, value in (("RDP", rdp), ("VNC", vnc)) if value is True]
    if "gnome-remote-desktop.service" in units:
        on.append(L("word.login_screen_rdp"))
    if on:
        return finding(cid, ATTENTION, ev, found=on)
    if rdp is None or vnc is None:
        if running:
            return finding(cid, ATTENTION, ev, found=[GRD_DAEMON])
        if not _installed(probe, GRD_DAEMON, GRD_PLACES, ev):
            return finding(cid, OK, ev, variant="absent")
        return unknown(cid, ev, r1, "org.gnome.desktop.remote-desktop")
    if rdp is ABSENT and vnc is ABSENT and not running:
        return finding(cid, OK, ev, variant="absent")
    return finding(cid, OK, ev)


@check("linux_vnc_servers", ("linux",))
def vnc_servers(probe: Probe):
    cid = "linux_vnc_servers"
    info = probe.platform()
    ev = Evidence()
    found = []
    procs, pr = process_names(probe, ev)
    found += [(p, " (", L("word.running"), ")") for p in VNC_PROGRAMS if procs and p in procs]
    units, _ = enabled_units(probe, ev)
    config = info.getenv("XDG_CONFIG_HOME", info.path(info.home, ".config"))
    user_units, _ = enabled_units(probe, ev, info.path(config, "systemd", "user"))
    for unit in sorted(units | user_units):
        if unit.split(".")[0] in VNC_PROGRAMS:
            found.append((unit, " (", L("word.starts_automatically"), ")"))
    vino, _ = gsetting(probe, VINO, "enabled-connections", ev)
    if isinstance(vino, list) and vino:
        found.append(("vino-server (", L("word.sharing_on"), ")"))
    krfbrc = info.path(config, "krfbrc")
    k = probe.read_file(krfbrc)
    ev.add(f"file {krfbrc}", k, "read")
    if k.ok:
        sec = ini(k.value)
        if sec.has_section("Security") and \
                sec["Security"].get("allowUnattendedAccess", "").strip().lower() == "true":
            found.append(("krfb (", L("word.unattended_access"), ")"))
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found))
    if procs is None:
        return unknown(cid, ev, pr, L("what.processes"))
    return finding(cid, OK, ev)


def _service_check(cid: str, programs: tuple[str, ...], unit_names: tuple[str, ...]):
    def run(probe: Probe):
        ev = Evidence()
        procs, pr = process_names(probe, ev)
        units, ur = enabled_units(probe, ev)
        found = [(p, " (", L("word.running"), ")") for p in programs if procs and p in procs]
        found += [(u, " (", L("word.starts_automatically"), ")") for u in unit_names if u in units]
        if found:
            return finding(cid, ATTENTION, ev, found=found)
        if procs is None:
            return unknown(cid, ev, pr, L("what.processes"))
        if not ur.ok and ur.error != NOT_FOUND:
            return unknown(cid, ev, ur, "/etc/systemd/system")
        return finding(cid, OK, ev)
    return run


check("linux_xrdp", ("linux",))(
    _service_check("linux_xrdp", ("xrdp", "xrdp-sesman"), ("xrdp.service", "xrdp-sesman.service")))
check("linux_sshd", ("linux",))(
    _service_check("linux_sshd", ("sshd",), ("ssh.service", "sshd.service", "ssh.socket", "sshd.socket")))


@check("linux_authorized_keys", ("linux",))
def authorized_keys(probe: Probe):
    cid = "linux_authorized_keys"
    info = probe.platform()
    ev = Evidence()
    keys, failure = [], None
    for name in ("authorized_keys", "authorized_keys2"):
        path = info.path(info.home, ".ssh", name)
        r = probe.read_file(path)
        lines = [line.strip() for line in (r.value or "").splitlines()
                 if line.strip() and not line.strip().startswith("#")]
        ev.add(f"file {path}", r, f"{len(lines)} keys")
        if not r.ok and r.error != NOT_FOUND:
            failure = failure or r
        for line in lines:
            parts = line.split()
            kind = next((p for p in parts if p.startswith(("ssh-", "ecdsa-", "sk-"))), "?")
            comment = " ".join(parts[parts.index(kind) + 2:]) if kind in parts else ""
            keys.append(f"{kind} {comment}".strip())
    if keys:
        return finding(cid, ATTENTION, ev, found=cap(keys), count=len(keys))
    if failure:
        return unknown(cid, ev, failure, info.path(info.home, ".ssh"))
    return finding(cid, OK, ev)
