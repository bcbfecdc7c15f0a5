"""Linux: the location setting and geoclue, and the camera and microphone privacy settings."""

from __future__ import annotations

import re

from kit.checks.helpers import INFO, OK, Evidence, L, finding, unknown
from kit.checks.linux.common import ABSENT, gsetting, process_names
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

GEOCLUE_CONF = "/etc/geoclue/geoclue.conf"


@check("linux_location", ("linux",))
def location(probe: Probe):
    cid = "linux_location"
    ev = Evidence()
    enabled, r = gsetting(probe, "org.gnome.system.location", "enabled", ev)
    conf = probe.read_file(GEOCLUE_CONF)
    ev.add(f"file {GEOCLUE_CONF}", conf, "read")
    procs, _ = process_names(probe, ev)
    geoclue = conf.ok or bool(procs and "geoclue" in procs)
    if enabled is False:
        return finding(cid, OK, ev, variant="off")
    if not geoclue and conf.error == NOT_FOUND:
        return finding(cid, OK, ev, variant="absent")
    if enabled is True:
        return finding(cid, INFO, ev)
    if enabled is ABSENT:  # geoclue without GNOME: apps may ask it directly
        return finding(cid, INFO, ev, variant="no_setting")
    return unknown(cid, ev, r, "org.gnome.system.location")


def _devices(probe: Probe, ev: Evidence, kind: str) -> tuple[list[str] | None, object]:
    if kind == "camera":
        r = probe.list_dir("/dev")
        names = [e.name for e in r.value or [] if re.fullmatch(r"video\d+", e.name)]
        ev.add("folder /dev (video devices)", r, ", ".join(names) or "none")
    else:
        r = probe.list_dir("/dev/snd")
        names = [e.name for e in r.value or [] if re.fullmatch(r"pcmC\d+D\d+c", e.name)]
        ev.add("folder /dev/snd (recording devices)", r, ", ".join(names) or "none")
    if not r.ok and r.error != NOT_FOUND:
        return None, r
    return names, r


def _privacy(cid: str, kind: str, key: str):
    def run(probe: Probe):
        ev = Evidence()
        devices, dr = _devices(probe, ev, kind)
        disabled, r = gsetting(probe, "org.gnome.desktop.privacy", key, ev)
        if disabled is True:
            return finding(cid, OK, ev, variant="off")
        if devices == []:
            return finding(cid, OK, ev, variant="no_device")
        if disabled is False:
            return finding(cid, INFO, ev, devices=", ".join(devices or []))
        if devices is None:
            return unknown(cid, ev, dr, "/dev")
        return unknown(cid, ev, r if disabled is None else "unsupported",
                       L("what.gnome_privacy"), devices=", ".join(devices))
    return run


check("linux_camera", ("linux",))(_privacy("linux_camera", "camera", "disable-camera"))
check("linux_microphone", ("linux",))(_privacy("linux_microphone", "microphone", "disable-microphone"))
