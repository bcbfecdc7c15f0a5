"""macOS: admin accounts, and the Apple Account with Find My Mac."""

from __future__ import annotations

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, cap, finding, unknown
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.probe.fields import as_map
from kit.checks.registry import check

DSCL = ("/usr/bin/dscl", ".", "-read", "/Groups/admin", "GroupMembership")


@check("mac_admins", ("macos",))
def admins(probe: Probe):
    cid = "mac_admins"
    ev = Evidence()
    r = probe.run(DSCL)
    ev.add("command " + " ".join(DSCL), r, f"exit code {r.value.rc}" if r.ok else "")
    if not r.ok or r.value.rc != 0 or "GroupMembership:" not in r.value.out:
        return unknown(cid, ev, r if not r.ok else "failed", "/Groups/admin")
    members = r.value.out.split("GroupMembership:", 1)[1].split()
    people = [m for m in members if m != "root"]
    me = probe.platform().user
    others = [m for m in people if m != me]
    if others:
        return finding(cid, ATTENTION, ev, found=cap(others), everyone=cap(people))
    return finding(cid, OK, ev, everyone=cap(people), variant=None if people else "none")


@check("mac_apple_id", ("macos",))
def apple_id(probe: Probe):
    cid = "mac_apple_id"
    info = probe.platform()
    ev = Evidence()
    path = info.path(info.home, "Library", "Preferences", "MobileMeAccounts.plist")
    r = probe.read_fields(path, ["Accounts.*.AccountID", "Accounts.*.Services.*.Name",
                                 "Accounts.*.Services.*.Enabled"], fmt="plist")
    ev.add(f"file {path} (account name and services only)", r, "read")
    if not r.ok:
        if r.error == NOT_FOUND:
            return finding(cid, OK, ev)
        return unknown(cid, ev, r, path)
    values = as_map(r.value)
    accounts = sorted({str(v) for k, v in values.items() if k[-1] == "AccountID" and v})
    find_my = any(v == "FIND_MY_MAC" and values.get((*k[:-1], "Enabled")) in (True, 1)
                  for k, v in values.items() if k[-1] == "Name")
    ev.append(f"Find My Mac: {'on' if find_my else 'off'}")
    if not accounts:
        return finding(cid, OK, ev)
    return finding(cid, INFO, ev, variant="find_my" if find_my else None, found=cap(accounts))
