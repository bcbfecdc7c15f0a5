"""Linux: who has admin rights (sudo, wheel, admin), who may read every key press (input),
and whether the computer logs in by itself."""

from __future__ import annotations

from kit.checks.helpers import ATTENTION, OK, Evidence, cap, finding, ini, unknown
from kit.checks.linux.common import groups
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

ADMIN_GROUPS = ("sudo", "wheel", "admin")
GDM = ("/etc/gdm3/custom.conf", "/etc/gdm3/daemon.conf", "/etc/gdm/custom.conf")
LIGHTDM = ("/etc/lightdm/lightdm.conf",)
LIGHTDM_DIRS = ("/etc/lightdm/lightdm.conf.d", "/usr/share/lightdm/lightdm.conf.d")
SDDM = ("/etc/sddm.conf",)
SDDM_DIRS = ("/etc/sddm.conf.d", "/usr/lib/sddm/sddm.conf.d")


@check("linux_admins", ("linux",))
def admins(probe: Probe):
    cid = "linux_admins"
    ev = Evidence()
    g, r = groups(probe, ev)
    if g is None:
        return unknown(cid, ev, r, "/etc/group")
    members = sorted({m for name in ADMIN_GROUPS for m in g.get(name, set())} - {"root"})
    me = probe.platform().user
    others = [m for m in members if m != me]
    if others:
        return finding(cid, ATTENTION, ev, found=cap(others), everyone=cap(members))
    return finding(cid, OK, ev, everyone=cap(members), variant=None if members else "none")


@check("linux_input_group", ("linux",))
def input_group(probe: Probe):
    cid = "linux_input_group"
    ev = Evidence()
    g, r = groups(probe, ev)
    if g is None:
        return unknown(cid, ev, r, "/etc/group")
    members = sorted(g.get("input", set()) - {"root"})
    if members:
        return finding(cid, ATTENTION, ev, found=cap(members))
    return finding(cid, OK, ev)


def _conf_files(probe: Probe, files: tuple[str, ...], dirs: tuple[str, ...], ev: Evidence) -> list[str]:
    out = list(files)
    for d in dirs:
        r = probe.list_dir(d)
        if r.ok:
            ev.add(f"folder {d}", r, f"{len(r.value)} files")
            out += [f"{d}/{e.name}" for e in r.value if e.name.endswith(".conf")]
    return out


@check("linux_autologin", ("linux",))
def autologin(probe: Probe):
    cid = "linux_autologin"
    ev = Evidence()
    found, failure = [], None

    def read(path: str):
        nonlocal failure
        r = probe.read_file(path)
        ev.add(f"file {path}", r, "read")
        if not r.ok and r.error != NOT_FOUND:
            failure = failure or (r, path)
        return ini(r.value) if r.ok else None

    for path in GDM:
        conf = read(path)
        if conf and conf.has_section("daemon"):
            d = conf["daemon"]
            for flag, user in (("AutomaticLoginEnable", "AutomaticLogin"), ("TimedLoginEnable", "TimedLogin")):
                if d.get(flag, "").strip().lower() in ("true", "1") and d.get(user, "").strip():
                    found.append(f"GDM: {d.get(user).strip()} ({path})")
    for path in _conf_files(probe, LIGHTDM, LIGHTDM_DIRS, ev):
        conf = read(path)
        for section in conf.sections() if conf else []:
            user = conf[section].get("autologin-user", "").strip()
            if user:
                found.append(f"LightDM: {user} ({path})")
    for path in _conf_files(probe, SDDM, SDDM_DIRS, ev):
        conf = read(path)
        if conf and conf.has_section("Autologin") and conf["Autologin"].get("User", "").strip():
            found.append(f"SDDM: {conf['Autologin'].get('User').strip()} ({path})")
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found))
    if failure:
        return unknown(cid, ev, failure[0], failure[1])
    return finding(cid, OK, ev)
