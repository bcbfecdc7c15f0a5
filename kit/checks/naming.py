"""Naming the tool behind an entry: a unit, autostart entry, task or command line is compared
with the catalog (by whole words of its names and the parts of its program path) and with the
spy-name filter, and described as "TeamViewer (remote-access tool): <entry>"."""

from __future__ import annotations

import re

from kit.checks import catalog
from kit.checks.i18n import L
from kit.checks.names import is_spy_name


def tools_in(*texts: str) -> list:
    """Catalog tools named by unit or file names, command lines and program paths."""
    cat = catalog.load()
    found: list = []
    for text in texts:
        if not text:
            continue
        by_name = cat.by_program(text) if not re.search(r"[\\/]", text) else []
        for e in cat.by_words(text) + cat.by_path(text) + by_name:
            if e not in found:
                found.append(e)
    return found


def spy_words(*texts: str) -> bool:
    """A spy-like name: a name as a whole, or the program names in a command line."""
    for text in texts:
        if "/" not in text and is_spy_name(text):
            return True
        if any(is_spy_name(w.rsplit("/", 1)[-1]) for w in re.split(r"[\s\"'=;|&]+", text)
               if "/" in w):
            return True
    return False


def flagged(text: str) -> bool:
    """Does a command line name a catalog tool or have a spy-like name?"""
    return bool(tools_in(text)) or spy_words(text)


def described(label: str, *texts: str) -> tuple | str:
    """ "TeamViewer (remote-access tool): label" for a catalog match, "label (spy-like name)",
    or the plain label."""
    tools = tools_in(*texts)
    if tools:
        e = tools[0]
        return (" / ".join(t.name for t in tools[:3]), " (", L(f"kind.{e.kind}"), "): ", label)
    if spy_words(*texts):
        return (label, " (", L("word.name_matches"), ")")
    return label
