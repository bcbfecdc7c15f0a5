"""Shows authored Markdown with Qt's own renderer; placeholders expanded, links handled safely."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from kit.content.markdown import split_callouts
from kit.content.regions import render, select_region
from kit.ui.widgets.links import follow_link
from kit.ui.widgets.safe_markdown import set_markdown

ANCHOR = re.compile(r"\s*\{#[a-z0-9-]+\}\s*$", re.M)


def callouts_to_markdown(text: str, labels: dict[str, str]) -> str:
    """Turn '> [!kind]' callouts into a bold label inside a quote, which Qt renders."""
    rest, callouts = split_callouts(text)
    parts = [rest] if rest else []
    for c in callouts:
        text = c.text.replace("\n", "\n> ")  # every line stays inside the quote
        parts.append(f"> **{labels.get(c.kind, c.kind)}** {text}")
    return "\n\n".join(parts)


def prepare(markdown: str, region: str, lang: str, labels: dict[str, str] | None = None) -> str:
    text = select_region(ANCHOR.sub("", markdown), region, lang)
    text = callouts_to_markdown(text, labels or {})
    return render(text, region, lang)


class MarkdownView(QTextBrowser):
    """Read-only text. Links inside the kit emit `internal_link`; web links ask first."""

    internal_link = Signal(str, str)  # kind, id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)

    def set_markdown(self, markdown: str, region: str, lang: str, labels: dict[str, str] | None = None) -> None:
        set_markdown(self, prepare(markdown, region, lang, labels))

    def _on_link(self, url: QUrl) -> None:
        follow_link(url.toString(), self.internal_link, self)
