"""A plain-language aid: sentences over 25 words, paragraphs over 5 sentences (Qt-free).

`python -m kit content readability [--lang nl]` prints path:line: message for each.
"""

from __future__ import annotations

import re
from pathlib import Path

from kit.content.errors import Problem
from kit.content.markdown import ANCHOR, HEADING, paragraphs
from kit.content.parse import read_text, split_header
from kit.content.regions import CLOSE, OPEN

MAX_WORDS = 25
MAX_SENTENCES = 5
# a sentence ends at . ! or ? (perhaps inside a closing quote) before a space; the next word may
# start in lower case ("itsme", "iCloud"). Abbreviations do not end a sentence.
SENTENCE_END = re.compile(r"([.!?][\"”»’']?)\s+(?=\S)")
ABBREVIATIONS = ("bv.", "bijv.", "vb.", "ca.", "nr.", "art.", "enz.", "o.a.", "e.g.", "i.e.", "p.", "z.")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in SENTENCE_END.sub("\\1\n", text).split("\n"):
        if out and out[-1].split() and out[-1].split()[-1].lower() in ABBREVIATIONS:
            out[-1] += " " + part
        else:
            out.append(part)
    return [s for s in out if words(s)]
MARKUP = re.compile(r"\{\{[^}]*\}\}|\[([^\]]*)\]\([^)]*\)|[*_`>#]|^\s*(?:-|\d+\.)\s+(?:\[[ xX]\]\s+)?")


def words(sentence: str) -> list[str]:
    return [w for w in re.split(r"\s+", sentence) if re.search(r"\w", w)]


def check_text(path: Path, body: str, first_line: int) -> list[Problem]:
    problems = []
    for line, para in paragraphs(body, first_line):
        # a region fence (':::region be', ':::') is no part of the sentence around it
        para = "\n".join(x for x in para.split("\n") if not (OPEN.match(x.lstrip(" >")) or CLOSE.match(x.lstrip(" >"))))
        if HEADING.match(para):
            para = ANCHOR.sub(r"\1", para.lstrip("#").strip())
        plain = MARKUP.sub(lambda m: m.group(1) or "", para)
        plain = plain.replace(" :: ", ". ")  # quiz option and its explanation are two sentences
        found = sentences(plain)
        for s in found:
            n = len(words(s))
            if n > MAX_WORDS:
                problems.append(Problem(str(path), line, f"sentence of {n} words (at most {MAX_WORDS}): '{s[:50]}...'"))
        if len(found) > MAX_SENTENCES:
            problems.append(Problem(str(path), line, f"paragraph of {len(found)} sentences (at most {MAX_SENTENCES})"))
    return problems


def check(paths: list[Path]) -> list[Problem]:
    out: list[Problem] = []
    for path in paths:
        text = read_text(path)
        _header, body, body_line = split_header(path, text)
        out.extend(check_text(path, body, body_line))
    return out


def shipped_files(lang: str) -> list[Path]:
    from kit.resources import content_dirs, rights_dir

    return sorted(p for root in [*content_dirs(), rights_dir()] for p in root.glob(f"*/{lang}.md"))
