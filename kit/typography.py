"""Punctuation in texts the kit builds from parts (a label and a value, a list of items).

French puts a no-break space before the high marks : ; ? ! (so a line never starts with one);
Dutch and English do not. Translated strings get it from `i18n/build.py`; code that joins
parts itself uses `mark`."""

from __future__ import annotations

NBSP = "\u00a0"


def mark(punctuation: str, lang: str) -> str:
    """`punctuation` (":", ";", "?" or "!") as it follows a word in `lang`."""
    return NBSP + punctuation if lang == "fr" else punctuation
