"""What a screen reader is told: plain text for rich labels, headings, warnings and announcements.

One accessibility factory (installed once, by AppState) gives every QLabel an interface that
- names it with its *plain* text: a label showing Markdown or HTML is read as its words, links as
  their words, never as "star star", "###" or "<h2>";
- reports the heading role for a label whose text is a heading (`<h1>`..`<h6>`
  or `# ` Markdown) or that was marked with `set_heading()`;
- keeps the name and description that a widget set on purpose.

Widgets call the small helpers here instead of repeating Qt's accessibility plumbing:
`set_heading`, `mark_warning`, `announce`, `plain_text`, `name_controls`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QTextDocument,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

from kit.markup import has_markup  # noqa: F401 (re-exported for widgets and tests)

HEADING = "a11y_heading"  # dynamic property on a QLabel: heading level 1-6, or 0 for "not a heading"
WARNING = "a11y_warning"  # dynamic property: the label is a warning (description says so)

_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")


def plain_text(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The words of a label's text as a reader should hear them: no Markdown, no HTML."""
    if not text:
        return ""
    if fmt == Qt.TextFormat.MarkdownText:
        doc = QTextDocument()
        doc.setMarkdown(text)
        out = doc.toPlainText()
    elif fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        out = doc.toPlainText()
    else:
        out = text
    out = out.replace("\u2029", "\n").replace("\u2028", "\n").replace("\u00a0", " ")
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def heading_level(label: QLabel) -> int:
    """The heading level of a label (0: not a heading)."""
    marked = label.property(HEADING)
    if marked is not None:
        return int(marked)
    text = label.text()
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        m = _MD_HEADING.match(text)  # a label that is one Markdown heading line
        return len(m.group(1)) if m and "\n" not in text.strip() else 0
    if label.textFormat() != Qt.TextFormat.PlainText:
        m = _HTML_HEADING.match(text)
        return int(m.group(1)) if m else 0
    return 0


def warning_word() -> str:
    return QCoreApplication.translate("a11y", "Warning")


class LabelInterface(QAccessibleWidget):
    """A QLabel as a screen reader should meet it (see the module docstring).

    The heading *level* stays in `heading_level()`: Qt reads it through an attributes interface that
    a Python class cannot hand to C++ (interface_cast returning self crashes the AT-SPI bridge)."""

    def __init__(self, label: QLabel):
        super().__init__(label, QAccessible.Role.StaticText)
        self._label = label

    def role(self):  # noqa: D102
        label = self._label
        if heading_level(label):
            return QAccessible.Role.Heading
        pix = label.pixmap()
        if pix is not None and not pix.isNull():
            return QAccessible.Role.Graphic
        return QAccessible.Role.StaticText

    def text(self, t):  # noqa: D102
        label = self._label
        if t == QAccessible.Text.Name:
            name = label.accessibleName()
            if not name:
                name = plain_text(label.text(), label.textFormat())
                if label.buddy() is not None:  # "&Passphrase": the & marks the shortcut key
                    name = re.sub(r"&(.)", r"\1", name)
            return name
        if t == QAccessible.Text.Description:
            desc = label.accessibleDescription()
            if label.property(WARNING) and not desc:
                desc = warning_word()
            return desc
        return super().text(t)


def _factory(key: str, obj):
    if key == "QLabel" and isinstance(obj, QLabel):
        return LabelInterface(obj)
    return None


_installed = False


def install() -> None:
    """Install the factory once per process (before the first label is read)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _changed(widget: QWidget, what=QAccessible.Event.NameChanged) -> None:
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, what))


def label_for(widget: QWidget, parent: QWidget | None = None) -> QLabel:
    """A visible label tied to a field (setBuddy): on Linux a combo box is named by its label, not by
    accessibleName. Set its text where the widget's name is set."""
    label = QLabel(parent if parent is not None else widget.parentWidget())
    label.setBuddy(widget)
    return label


def quiet_container(*areas: QWidget) -> None:
    """A scroll area or tab page that only holds other controls is no Tab stop of its own."""
    for area in areas:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def set_heading(label: QLabel, level: int = 2) -> QLabel:
    """Mark a label as a heading of this level (1-6); 0 marks it as plain text."""
    label.setProperty(HEADING, int(level))
    _changed(label)
    return label


def mark_warning(label: QLabel, description: str = "") -> QLabel:
    """A warning is read as one: its description starts with "Warning" in the user's language."""
    label.setProperty(WARNING, True)
    word = warning_word()
    label.setAccessibleDescription(f"{word}: {description}" if description else word)
    return label


def name_controls(context: str, *widgets: QWidget) -> None:
    """Tell repeated controls apart: "Not for me" becomes "Not for me: step 3, Check forwarding".
    Call it right after the plain name is set (in retranslate), so the context is added once."""
    for w in widgets:
        base = w.accessibleName() or plain_text(w.text()).replace("&", "")
        w.setAccessibleName(f"{base}: {context}")


class Announcer(QObject):
    """Every announcement also goes through this signal (tests and logs-free debugging listen)."""

    announced = Signal(QObject, str)


announcer = Announcer()


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have the screen reader say `text` now (a status change, a result, an error)."""
    text = plain_text(text)
    if not text:
        return
    announcer.announced.emit(widget, text)
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)


class StatusLabel(QLabel):
    """A message line that is heard: every new text is announced, and an error is tied to its field
    (the field's description starts with the message until the message is cleared)."""

    def __init__(self, parent=None, field: QWidget | None = None, assertive: bool = True):
        super().__init__(parent)
        self.field = field
        self.assertive = assertive
        self._field_description: str | None = None
        self._heard = ""
        if hasattr(field, "textChanged"):  # typed again: the same error is worth saying again
            field.textChanged.connect(self._forget)

    def _forget(self, *_args) -> None:
        self._heard = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        words = plain_text(text, self.textFormat())
        if self.field is not None:
            if self._field_description is None:
                self._field_description = self.field.accessibleDescription()
            base = self._field_description
            self.field.setAccessibleDescription(f"{words} {base}".strip() if words else base)
            if not words:
                self._field_description = None
        gist = re.sub(r"\d+", "#", words)  # a count-down is said once, not at every tick
        if gist != self._heard:
            self._heard = gist
            announce(self.field or self, words, self.assertive)

    def clear(self) -> None:
        self.setText("")
