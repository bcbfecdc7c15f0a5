"""Raw HTML in content is refused by validate and shown as text, never loaded (issue 13)."""

from __future__ import annotations

import pytest

from kit.content.markdown import raw_html, without_html

from .test_validate import break_file, validate, write_item


@pytest.mark.parametrize("html", [
    '<img src="file:///etc/passwd">',
    "<script>alert(1)</script>",
    "<!-- hidden -->",
    '<a href="javascript:x">x</a>',
    "<IMG SRC=x>",
])
def test_validate_refuses_raw_html(tmp_path, capsys, html):
    item = write_item(tmp_path)
    path = break_file(item, "en", "Do the first thing.", f"Do the first thing. {html}")
    code, out = validate(capsys, item)
    assert code == 1
    assert f"{path}:" in out and "raw HTML" in out


def test_validate_refuses_html_in_a_title(tmp_path, capsys):
    item = write_item(tmp_path)
    break_file(item, "nl", 'title = "Title nl"', 'title = "<img src=x>Title"')
    code, out = validate(capsys, item)
    assert code == 1 and "raw HTML" in out


def test_code_and_autolinks_and_comparisons_are_not_html():
    text = "Use `<b>` in code.\n\n```\n<script>\n```\n\nSee <https://example.org>. 3 < 4 and 5 > 2."
    assert raw_html(text) == []


def test_without_html_keeps_code_and_escapes_the_rest():
    assert without_html('a <img src="x"> `<b>`') == 'a &lt;img src="x"> `<b>`'


def test_markdown_views_show_html_as_text(qapp):
    from PySide6.QtWidgets import QTextBrowser

    from kit.ui.widgets.safe_markdown import set_markdown

    view = QTextBrowser()
    set_markdown(view, 'Before <img src="file:///etc/hostname"> after <b>bold</b>')
    assert '<img src="file:///etc/hostname">' in view.toPlainText()
    assert "<b>bold</b>" in view.toPlainText()
    assert "<img" not in view.toHtml().replace("&lt;img", "")


def test_a_step_label_shows_html_as_text(qapp):
    from kit.ui.separation.step_widget import md_label

    label = md_label(None, 'Text <img src="file:///etc/hostname">')
    assert "&lt;img" in label.text()

