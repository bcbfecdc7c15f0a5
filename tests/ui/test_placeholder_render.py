"""Qt renders {{emergency}} on its own line as a list: one service per line, also in a callout."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from kit.helpdir import load_directory
from kit.ui.widgets.markdown_view import prepare


def list_items(markdown: str) -> list[str]:
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    out, block = [], doc.begin()
    while block.isValid():
        if block.textList() is not None:
            out.append(block.text())
        block = block.next()
    return out


def test_list_item_placeholder_renders_as_nested_list(qapp):
    md = prepare("- Vous êtes en danger maintenant ? Appelez un de ces numéros :\n  {{emergency}}\n", "be-wallonie", "fr")
    items = list_items(md)
    assert items[0] == "Vous êtes en danger maintenant ? Appelez un de ces numéros :"
    assert items[1:] == [f"{s.text('name', 'fr')}\u00a0: {s.phone}" for s in load_directory().emergency("be-wallonie")]


def test_callout_placeholder_renders_as_list(qapp):
    md = prepare("Text.\n\n> [!safety]\n> In danger now? Call:\n> {{helplines}}\n", "be-brussel", "en",
                 {"safety": "Safety"})
    assert [i.split(":")[1].strip() for i in list_items(md)] == ["1712", "0800 30 030"]
