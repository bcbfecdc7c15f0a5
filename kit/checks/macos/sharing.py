"""macOS: the sharing services (Screen Sharing, Remote Management, Remote Login, File Sharing,
Remote Apple Events) and Internet Sharing.

`launchctl print-disabled system` lists services that were switched on or off. Older macOS
prints `"com.openssh.sshd" => false` (false = not disabled = on); newer macOS prints
`"com.openssh.sshd" => enabled`. A service that is not listed has its default: off.
"""

from __future__ import annotations

import re

from kit.checks.helpers import ATTENTION, OK, Evidence, finding, unknown
from kit.checks.probe.base import NOT_FOUND, Probe, Read
from kit.checks.probe.fields import as_map
from kit.checks.registry import check

LAUNCHCTL = ("/bin/launchctl", "print-disabled", "system")
LINE = re.compile(r'^\s*"?(?P<label>[\w.\-]+)"?\s*=>\s*(?P<state>\w+)\s*$')
ARD_FLAG = "/Library/Application Support/Apple/Remote Desktop/RemoteManagement.launchd"
NAT = "/Library/Preferences/SystemConfiguration/com.apple.nat.plist"


def parse_disabled(text: str) -> dict[str, bool]:
    """{label: True if switched on} from either output format of `launchctl print-disabled`."""
    out = {}
    for line in text.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        state = m["state"].lower()
        if state in ("false", "enabled"):
            out[m["label"]] = True
        elif state in ("true", "disabled"):
            out[m["label"]] = False
    return out


def _disabled_list(probe: Probe, ev: Evidence) -> tuple[dict[str, bool] | None, Read]:
    r = probe.run(LAUNCHCTL)
    if r.ok and r.value.rc == 0:
        states = parse_disabled(r.value.out)
        ev.add("command /bin/launchctl print-disabled system", r, f"{len(states)} services listed")
        return states, r
    ev.add("command /bin/launchctl print-disabled system", r, f"exit code {r.value.rc}" if r.ok else "")
    return None, r


def _running(probe: Probe, names: tuple[str, ...], ev: Evidence) -> list[str]:
    procs = probe.processes()
    found = sorted({p.name for p in procs.value or [] if p.name in names})
    ev.add("running processes", procs, ", ".join(found) or "none of " + ", ".join(names))
    return found


def _service_check(cid: str, labels: tuple[str, ...], daemons: tuple[str, ...]):
    def run(probe: Probe):
        ev = Evidence()
        states, read = _disabled_list(probe, ev)
        running = _running(probe, daemons, ev)
        on = [label for label in labels if states and states.get(label)]
        for label in labels:
            ev.append(f"{label}: {'on' if states and states.get(label) else 'off or not listed'}"
                      if states is not None else f"{label}: could not read")
        if on or running:
            return finding(cid, ATTENTION, ev, found=", ".join(on + running))
        if states is None:
            return unknown(cid, ev, read if not read.ok else "failed", " ".join(LAUNCHCTL))
        return finding(cid, OK, ev)
    return run


check("mac_screen_sharing", ("macos",))(
    _service_check("mac_screen_sharing", ("com.apple.screensharing",), ("screensharingd",)))
check("mac_remote_login", ("macos",))(
    _service_check("mac_remote_login", ("com.openssh.sshd",), ()))
check("mac_file_sharing", ("macos",))(
    _service_check("mac_file_sharing", ("com.apple.smbd", "com.apple.AppleFileServer"), ()))
check("mac_remote_apple_events", ("macos",))(
    _service_check("mac_remote_apple_events", ("com.apple.AEServer",), ("AEServer",)))


@check("mac_remote_management", ("macos",))
def remote_management(probe: Probe):
    cid = "mac_remote_management"
    ev = Evidence()
    flag = probe.read_file(ARD_FLAG)
    ev.add(f"file {ARD_FLAG}", flag, (flag.value or "").strip() if flag.ok else "")
    running = _running(probe, ("ARDAgent",), ev)
    if (flag.ok and "enabled" in flag.value) or running:
        return finding(cid, ATTENTION, ev, found="ARDAgent")
    if not flag.ok and flag.error != NOT_FOUND:
        return unknown(cid, ev, flag, ARD_FLAG)
    return finding(cid, OK, ev)


@check("mac_internet_sharing", ("macos",))
def internet_sharing(probe: Probe):
    cid = "mac_internet_sharing"
    ev = Evidence()
    r = probe.read_fields(NAT, ["NAT.Enabled", "NAT.PrimaryInterface.Device"], fmt="plist")
    values = as_map(r.value or [])
    enabled = values.get(("NAT", "Enabled"))
    ev.add(f"file {NAT}", r, f"NAT.Enabled = {enabled}")
    if not r.ok and r.error != NOT_FOUND:
        return unknown(cid, ev, r, NAT)
    if enabled in (1, True):
        return finding(cid, ATTENTION, ev, found=str(values.get(("NAT", "PrimaryInterface", "Device"), "")))
    return finding(cid, OK, ev)
