"""macOS: admin accounts, the Apple Account with Find My Mac, and Find My location sharing."""

from __future__ import annotations

from kit.checks.helpers import ATTENTION, INFO, OK, Evidence, L, cap, finding, unknown
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


def _mobileme(probe: Probe, ev: Evidence):
    info = probe.platform()
    path = info.path(info.home, "Library", "Preferences", "MobileMeAccounts.plist")
    r = probe.read_fields(path, ["Accounts.*.AccountID", "Accounts.*.Services.*.Name",
                                 "Accounts.*.Services.*.Enabled"], fmt="plist")
    ev.add(f"file {path} (account name and services only)", r, "read")
    return path, r


@check("mac_apple_id", ("macos",))
def apple_id(probe: Probe):
    cid = "mac_apple_id"
    ev = Evidence()
    path, r = _mobileme(probe, ev)
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


# Find My: who can see your location. Apple's Personal Safety User Guide has the sections "Share or
# stop sharing your location" and "Control who can access your location" (contents of the May 2023
# edition, https://raw.githubusercontent.com/0xmachos/Apple-Platform-Security-Guides/master/2023-may-personal-safety-user-guide.pdf;
# current guide https://support.apple.com/guide/personal-safety/welcome/web; read 2026-12-05). That
# the list is in the Find My app under People, where people who can see you are marked "Can see your
# location", we only read in secondary sources (a summary of Apple's guide, and a 2020 how-to for
# iOS 13), so the texts name "People" in English only. Apple documents no local file or `defaults`
# key with this list; third-party tools read an undocumented cache of the Find My app
# (~/Library/Caches/com.apple.findmy.fmfcore), which we do not touch. So the check only tells whether
# this Mac can take part (signed in to an Apple Account) and, if it can, says plainly that we could
# not see the list and where the person can look.
@check("mac_find_my_people", ("macos",))
def find_my_people(probe: Probe):
    cid = "mac_find_my_people"
    ev = Evidence()
    path, r = _mobileme(probe, ev)
    if not r.ok:
        if r.error == NOT_FOUND:
            return finding(cid, OK, ev)
        return unknown(cid, ev, r, path)
    accounts = sorted({str(v) for k, v in as_map(r.value).items() if k[-1] == "AccountID" and v})
    if not accounts:
        return finding(cid, OK, ev)
    ev.append("Find My People list: not read (Apple keeps it with the account, no documented "
              "local source)")
    return unknown(cid, ev, "unsupported", L("what.find_my_people"), needs_admin=False,
                   variant="signed_in", found=cap(accounts))
