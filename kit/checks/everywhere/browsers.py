"""Browsers signed in to an account, and browser extensions (Chrome, Edge, Brave, Firefox)."""

from __future__ import annotations

from kit.checks import catalog
from kit.checks.everywhere.browser_data import chromium_extensions, firefox_extensions, profiles
from kit.checks.helpers import ATTENTION, INFO, OK, L, cap, finding, unknown
from kit.checks.names import is_spy_name
from kit.checks.probe.base import Probe
from kit.checks.registry import check

ACCOUNTS = "browser_accounts"
EXTENSIONS = "browser_extensions"


@check(ACCOUNTS)
def browser_accounts(probe: Probe):
    scan = profiles(probe)
    signed_in = [p for p in scan.profiles if p.account]
    if signed_in:
        items = [(f"{p.browser} ({p.name}): {p.account}", ", ", L("word.sync_on" if p.sync else "word.sync_off"))
                 for p in signed_in]
        return finding(ACCOUNTS, INFO, scan.evidence, found=cap(items), count=len(signed_in))
    if scan.failures:
        return unknown(ACCOUNTS, scan.evidence, scan.failures[0], L("what.browser_profiles"))
    variant = None if scan.profiles else "none"
    return finding(ACCOUNTS, OK, scan.evidence, variant=variant, count=len(scan.profiles))


@check(EXTENSIONS)
def browser_extensions(probe: Probe):
    scan = profiles(probe)
    ev = scan.evidence
    cat = catalog.load()
    found, flagged = [], []
    for prof in scan.profiles:
        read = firefox_extensions if prof.browser == "Firefox" else chromium_extensions
        for ext in read(probe, prof, ev):
            where = f"{ext.browser} ({ext.profile}): {ext.name}"
            if ext.how or is_spy_name(ext.name) or cat.by_program(ext.name):
                why = L(f"how.{ext.how}") if ext.how else L("word.name_matches")
                flagged.append((where, " – ", why))
                ev.append(f"extension {ext.id} in {ext.browser} ({ext.profile}) flagged: {ext.how or 'name'}")
            else:
                found.append(where)
    if flagged:
        return finding(EXTENSIONS, ATTENTION, ev, found=cap(flagged), others=cap(found, 15),
                       count=len(flagged))
    if found:
        return finding(EXTENSIONS, INFO, ev, found=cap(found), count=len(found))
    if scan.failures:
        return unknown(EXTENSIONS, ev, scan.failures[0], L("what.browser_profiles"))
    return finding(EXTENSIONS, OK, ev, variant=None if scan.profiles else "none")
