"""Region-specific sentences: `:::region be` ... `:::` blocks, chosen by the user's region.

Content is written once for everyone. A sentence that only holds in one country (how to
report to the police, which law applies, a Flemish word) goes into a fenced block:

    :::region be
    In België doe je aangifte bij de politie of bij de procureur des Konings.
    :::
    :::region nl
    In Nederland doe je aangifte bij de politie.
    :::

A block names one or more regions: `be` (all of Belgium), `nl` (the Netherlands) or one of
the settings' regions `be-vlaanderen`, `be-brussel`, `be-wallonie`. It is shown when the
user's region is that region or lies inside it (`be-brussel` is inside `be`).

When the region is not known yet (""), every block is kept and starts with the name of its
region in italics, so nobody reads another country's rule as theirs.

This module is Qt-free: the app, the PDF/print renderers and the take-home sheets all call
`select_region` (usually through `render`), so they show the same text.
"""

from __future__ import annotations

import re

OPEN = re.compile(r"^\s*:::\s*region\s+(.*?)\s*$")
CLOSE = re.compile(r"^\s*:::\s*$")
REGION_TAGS = ("be", "nl", "be-vlaanderen", "be-brussel", "be-wallonie")
USER_REGIONS = ("be-vlaanderen", "be-brussel", "be-wallonie", "nl")
DEFAULT_REGION = ""  # not chosen: keep every block, labelled

LABELS = {
    "be": {"nl": "In België", "fr": "En Belgique", "en": "In Belgium"},
    "nl": {"nl": "In Nederland", "fr": "Aux Pays-Bas", "en": "In the Netherlands"},
    "be-vlaanderen": {"nl": "In Vlaanderen", "fr": "En Flandre", "en": "In Flanders"},
    "be-brussel": {"nl": "In Brussel", "fr": "À Bruxelles", "en": "In Brussels"},
    "be-wallonie": {"nl": "In Wallonië", "fr": "En Wallonie", "en": "In Wallonia"},
}


def matches(tag: str, region: str) -> bool:
    """Does a block tagged `tag` apply to a user in `region`?"""
    return region == tag or region.startswith(tag + "-")


def block_problems(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """Structural problems of the region blocks in a text, as (line, message)."""
    problems: list[tuple[int, str]] = []
    open_line = 0
    for offset, line in enumerate(text.split("\n")):
        lineno = first_line + offset
        m = OPEN.match(line)
        if m:
            if open_line:
                problems.append((lineno, f"region block inside the region block of line {open_line}: close it with ':::' first"))
            tags = m.group(1).split()
            bad = [t for t in tags if t not in REGION_TAGS]
            if not tags or bad:
                problems.append((lineno, f"unknown region {' '.join(bad) or '(none)'}: use {', '.join(REGION_TAGS)}"))
            open_line = lineno
            continue
        if CLOSE.match(line):
            if not open_line:
                problems.append((lineno, "':::' closes no region block"))
            open_line = 0
            continue
        if open_line:
            if line.lstrip().startswith("#"):
                problems.append((lineno, "a heading inside a region block: steps and sections are the same in every region"))
            if re.match(r"^\s*- \[[ xX]\]", line):
                problems.append((lineno, "a checklist item or quiz option inside a region block: items are the same in every region"))
            if ":::" in line:
                problems.append((lineno, "':::' must stand on a line of its own"))
    if open_line:
        problems.append((open_line, "region block is never closed: add a ':::' line"))
    return problems


def select_region(text: str, region: str | None, lang: str = "en") -> str:
    """Keep the blocks for `region`, drop the others, remove the fences.

    Lines inside a callout or list keep their prefix ('> ', '  '): the fence may carry the
    same prefix (`> :::region be`), which is removed with it.
    """
    region = region or DEFAULT_REGION
    out: list[str] = []
    keep = True
    inside = False
    label = ""  # region name still to put before the block's first line (region unknown)
    for line in text.split("\n"):
        body = line.lstrip(" >")
        prefix = line[: len(line) - len(body)]
        m = OPEN.match(body)
        if m:
            tags = m.group(1).split()
            inside = True
            keep = any(matches(t, region) for t in tags) if region else True
            if not region:
                label = "*" + " / ".join(LABELS.get(t, {}).get(lang, t) for t in tags) + ":*"
            continue
        if inside and CLOSE.match(body):
            inside = False
            keep = True
            label = ""
            continue
        if keep:
            if label and body.strip():
                line = _with_label(prefix, body, label)
                label = ""
            out.append(line)
    return _squeeze_blank(out)


def _with_label(prefix: str, body: str, label: str) -> str:
    """Put the region name at the start of a line's text, after a list marker if there is one."""
    m = re.match(r"^(\s*(?:[-*]|\d+\.)\s+)(.*)$", body)
    if m:
        return f"{prefix}{m.group(1)}{label} {m.group(2)}"
    return f"{prefix}{label} {body}"


def _squeeze_blank(lines: list[str]) -> str:
    """Dropping a block can leave two blank lines (or blank quote lines) in a row: keep one."""
    out: list[str] = []
    for line in lines:
        blank = not line.strip(" >")
        if blank and out and not out[-1].strip(" >"):
            continue
        out.append(line)
    return "\n".join(out)


def render(text: str, region: str | None, lang: str, directory=None) -> str:
    """The text a reader in `region` sees: region blocks chosen, placeholders expanded."""
    from kit.helpdir import expand_placeholders  # the directory is Qt-free too

    return expand_placeholders(select_region(text, region, lang), region or "", lang, directory)
