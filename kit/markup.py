"""Markup that must never reach a screen reader (Qt-free: the AT-SPI measurement loads it too)."""

from __future__ import annotations

import re

# Markdown emphasis, headings and links; HTML tags and entities
MARKUP = re.compile(
    r"\*\*|__\w|(^|\n)\s{0,3}#{1,6}\s|\[[^\]\n]*\]\([^)\n]*\)|</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(#\d+|[a-z]+);")


def has_markup(text: str) -> bool:
    """True when text shows Markdown or HTML source instead of its words."""
    return bool(text) and MARKUP.search(text) is not None
