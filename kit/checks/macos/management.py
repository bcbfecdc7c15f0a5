"""macOS: device management (MDM) and configuration profiles, login and background items,
folders shared by File Sharing, Safari extensions, and two more privacy permissions (Input
Monitoring, Full Disk Access).

Sources, read 2026-12-05:
- `profiles status -type enrollment` says whether the Mac is enrolled in MDM; `profiles list`
  lists the configuration profiles; System Settings > Privacy & Security > Profiles shows them:
  https://support.apple.com/guide/deployment/intro-to-device-management-profiles-depc0aadd3fe/web
  and `man profiles` (macOS 14).
- Login items and background items (Background Task Management, macOS 13 and later): System
  Settings > General > Login Items; `sfltool dumpbtm` prints them (needs admin rights):
  https://support.apple.com/guide/deployment/manage-login-items-background-tasks-mac-depdca572563/web
- File Sharing shares: System Settings > General > Sharing > File Sharing; `sharing -l` lists
  the shared folders: `man sharing`.
- Safari extensions: Safari > Settings > Extensions; Safari keeps the list in
  ~/Library/Containers/com.apple.Safari/Data/Library/Safari/AppExtensions/Extensions.plist
  (readable with Full Disk Access): https://support.apple.com/guide/safari/use-extensions-sfri32508/mac
- Input Monitoring (kTCCServiceListenEvent) and Full Disk Access (kTCCServiceSystemPolicyAllFiles)
  are in the system privacy database, like Screen Recording: System Settings > Privacy &
  Security > Input Monitoring / Full Disk Access:
  https://support.apple.com/guide/mac-help/control-access-to-input-monitoring-on-mac-mchl4cedafb6/mac
"""

from __future__ import annotations

import re

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.macos.privacy import _tcc_check
from kit.checks.naming import described
from kit.checks.probe.base import DENIED, Probe
from kit.checks.registry import check

PROFILES = "/usr/bin/profiles"
SFLTOOL = "/usr/bin/sfltool"
SHARING = "/usr/sbin/sharing"
SAFARI_EXTENSIONS = ("Library", "Containers", "com.apple.Safari", "Data", "Library", "Safari",
                     "AppExtensions", "Extensions.plist")

check("mac_input_monitoring", ("macos",))(
    _tcc_check("mac_input_monitoring", "kTCCServiceListenEvent", True))
check("mac_full_disk_access", ("macos",))(
    _tcc_check("mac_full_disk_access", "kTCCServiceSystemPolicyAllFiles", True))


def _command(probe: Probe, argv: list[str], ev: Evidence):
    r = probe.run(argv)
    ev.add(f"command {' '.join(argv)}", r, f"exit code {r.value.rc}" if r.ok else "")
    return r


@check("mac_mdm", ("macos",))
def mdm(probe: Probe):
    cid = "mac_mdm"
    ev = Evidence()
    r = _command(probe, [PROFILES, "status", "-type", "enrollment"], ev)
    if not r.ok or r.value.rc != 0:
        return unknown(cid, ev, r if not r.ok else "failed", "profiles status")
    text = r.value.out
    found = [line.strip() for line in text.splitlines()
             if re.match(r"\s*(?:MDM enrollment|Enrolled via DEP):\s*Yes", line, re.IGNORECASE)]
    ev += [line.strip() for line in text.splitlines() if line.strip()]
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found))
    return finding(cid, OK, ev)


@check("mac_profiles", ("macos",))
def profiles(probe: Probe):
    cid = "mac_profiles"
    ev = Evidence()
    r = _command(probe, [PROFILES, "list"], ev)
    if not r.ok:
        return unknown(cid, ev, r, "profiles list")
    text = r.value.out + r.value.err
    if "no configuration profiles" in text.lower():
        return finding(cid, OK, ev)
    if r.value.rc != 0:
        return unknown(cid, ev, "failed", "profiles list")
    found = sorted({m.group(1).strip() for m in
                    re.finditer(r"(?:profileIdentifier|attribute: name):\s*(.+)", text)})
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    return finding(cid, OK, ev)


def parse_btm(text: str) -> list[dict[str, str]]:
    """The items of `sfltool dumpbtm`: blocks starting with " #N:", with "Name:", "Identifier:",
    "Executable Path:" and "Disposition:" lines."""
    items, item = [], None
    for line in text.splitlines():
        if re.match(r"^\s*#\d+:", line):
            item = {}
            items.append(item)
        elif item is not None and ":" in line:
            k, v = line.split(":", 1)
            item.setdefault(k.strip(), v.strip())
    return [i for i in items if i.get("Name") or i.get("Identifier")]


@check("mac_login_items", ("macos",))
def login_items(probe: Probe):
    cid = "mac_login_items"
    ev = Evidence()
    r = _command(probe, [SFLTOOL, "dumpbtm"], ev)
    if not r.ok or r.value.rc != 0:
        denied = r.ok and re.search(r"not permitted|root|privilege", r.value.err, re.IGNORECASE)
        return unknown(cid, ev, DENIED if denied else (r if not r.ok else "failed"),
                       "sfltool dumpbtm", needs_admin=True)
    found, plain = [], []
    for item in parse_btm(r.value.out):
        if "enabled" not in item.get("Disposition", "enabled").lower():
            continue
        name = item.get("Name") or item.get("Identifier", "?")
        label = f"{name} ({item.get('Identifier', '')})".replace(" ()", "")
        if item.get("Identifier", "").startswith("com.apple."):
            continue
        described_item = described(label, name, item.get("Identifier", ""),
                                   item.get("Executable Path", ""))
        (found if described_item != label else plain).append(described_item)
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found + plain), count=len(found) + len(plain))
    if plain:
        return finding(cid, INFO, ev, found=cap(plain), count=len(plain))
    return finding(cid, OK, ev)


@check("mac_file_shares", ("macos",))
def file_shares(probe: Probe):
    cid = "mac_file_shares"
    ev = Evidence()
    r = _command(probe, [SHARING, "-l"], ev)
    if not r.ok or (r.value.rc != 0 and "no share point" not in r.value.out.lower()):
        return unknown(cid, ev, r if not r.ok else "failed", "sharing -l")
    shares = [m.group(1).strip() for m in re.finditer(r"^\s*path:\s*(.+)$", r.value.out, re.MULTILINE)]
    if shares:
        return finding(cid, ATTENTION, ev, found=cap(shares), count=len(shares))
    return finding(cid, OK, ev)


@check("mac_safari_extensions", ("macos",))
def safari_extensions(probe: Probe):
    cid = "mac_safari_extensions"
    info = probe.platform()
    ev = Evidence()
    path = info.path(info.home, *SAFARI_EXTENSIONS)
    r = probe.read_fields(path, ["*.Enabled"], "plist")
    ev.add(f"file {path} (names only)", r, "read")
    if not r.ok and r.error != "not_found":
        return unknown(cid, ev, r, path, needs_admin=False, variant="fda" if r.error == DENIED else None)
    on = [str(p[0]) for p, value in (r.value or []) if value is True and p]
    found = [x for x in (described(e, *re.split(r"[ .()]+", e)) for e in on) if isinstance(x, tuple)]
    rest = [e for e in on if described(e, *re.split(r"[ .()]+", e)) == e]
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found + rest), count=len(on))
    if rest:
        return finding(cid, INFO, ev, found=cap(rest), count=len(rest))
    return finding(cid, OK, ev)
