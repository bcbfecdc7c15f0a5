"""Markdown on screen and in print without HTML: raw HTML in a text is shown as text.

QTextDocument.setMarkdown passes HTML through by default, and a QTextBrowser then loads what
it names (an <img src="file:///..."> reads a local file). Every setMarkdown of the kit goes
through `set_markdown`, which uses the GitHub dialect with MarkdownNoHTML.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)


def set_markdown(target, text: str) -> None:
    """`target`: a QTextDocument, or a widget with document() (QTextEdit, QTextBrowser)."""
    doc = target if isinstance(target, QTextDocument) else target.document()
    doc.setMarkdown(text, FEATURES)
