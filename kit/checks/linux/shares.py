"""Linux: folders shared with other computers over Samba (Windows sharing) or NFS."""

from __future__ import annotations

from kit.checks.helpers import ATTENTION, OK, Evidence, cap, finding, ini, unknown
from kit.checks.probe.base import NOT_FOUND, Probe
from kit.checks.registry import check

SMB_CONF = "/etc/samba/smb.conf"
USERSHARES = "/var/lib/samba/usershares"
NOT_SHARES = {"global", "printers", "print$"}


@check("linux_samba", ("linux",))
def samba(probe: Probe):
    cid = "linux_samba"
    ev = Evidence()
    found = []
    conf = probe.read_file(SMB_CONF)
    ev.add(f"file {SMB_CONF}", conf, "read")
    if conf.ok:
        parsed = ini(conf.value)
        for section in parsed.sections():
            if section.lower() in NOT_SHARES:
                continue
            found.append(f"[{section}] {parsed[section].get('path', '').strip() or '~'}")
    us = probe.list_dir(USERSHARES)
    ev.add(f"folder {USERSHARES}", us, f"{len(us.value)} shares" if us.ok else "")
    for e in us.value or []:
        if e.kind == "file":
            text = probe.read_file(f"{USERSHARES}/{e.name}").value or ""
            path = next((line.split("=", 1)[1] for line in text.splitlines() if line.startswith("path=")), "")
            found.append(f"{e.name} {path}".strip())
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    for r, what in ((conf, SMB_CONF), (us, USERSHARES)):
        if not r.ok and r.error != NOT_FOUND:
            return unknown(cid, ev, r, what)
    return finding(cid, OK, ev)


@check("linux_nfs", ("linux",))
def nfs(probe: Probe):
    cid = "linux_nfs"
    ev = Evidence()
    files = ["/etc/exports"]
    extra = probe.list_dir("/etc/exports.d")
    ev.add("folder /etc/exports.d", extra, f"{len(extra.value)} files" if extra.ok else "")
    files += [f"/etc/exports.d/{e.name}" for e in extra.value or [] if e.name.endswith(".exports")]
    found, failure = [], None
    for path in files:
        r = probe.read_file(path)
        lines = [line.strip() for line in (r.value or "").splitlines()
                 if line.strip() and not line.strip().startswith("#")]
        ev.add(f"file {path}", r, f"{len(lines)} exports")
        if not r.ok and r.error != NOT_FOUND:
            failure = failure or (r, path)
        found += lines
    if found:
        return finding(cid, ATTENTION, ev, found=cap(found), count=len(found))
    if failure:
        return unknown(cid, ev, failure[0], failure[1])
    return finding(cid, OK, ev)
