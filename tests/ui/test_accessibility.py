"""Every section: accessible names, no clipped text at 200%, pseudo-locale and right-to-left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kit.store import Store
from kit.ui.shell.sections import SECTIONS

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def interactive_widgets(root: QWidget):
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QTabBar):
            continue
        if isinstance(w.parent(), (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            continue  # the line edit inside a spin box, or a table's header, belongs to its owner
        if w.metaObject().className().startswith("QtPrivate") or w.objectName().startswith("qt_"):
            continue
        if not w.isVisibleTo(root):
            continue
        yield w


def open_everything(window, state):
    state.set_store(Store.guest(), guest=True)
    for sid in SECTIONS:
        window.open_section(sid)


def describe(w):
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__}({w.objectName() or text!r}) in {w.window().objectName()}"


@pytest.mark.parametrize("section_id", list(SECTIONS))
def test_every_interactive_widget_has_a_name_and_description(qtbot, window, state, section_id):
    state.set_store(Store.guest(), guest=True)
    window.open_section(section_id)
    missing = [describe(w) for w in interactive_widgets(window.section(section_id))
               if not w.accessibleName().strip() or not w.accessibleDescription().strip()]
    assert missing == []


def test_main_window_controls_have_names(window):
    for w in (window.nav, window.exit_button, window.danger_button):
        assert w.accessibleName() and w.accessibleDescription()


def clipped_labels(root: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they have (and do not wrap)."""
    bad = [f"button {b.text()[:40]!r}: {b.width()} < {b.sizeHint().width()}"
           for b in root.findChildren(QAbstractButton)
           if b.isVisibleTo(root) and b.text() and b.width() + 1 < b.sizeHint().width()]
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            continue
        hint = label.sizeHint()
        if label.width() + 1 < hint.width() and label.minimumSizeHint().width() > label.width() + 1:
            bad.append(f"{label.text()[:40]!r}: {label.width()} < {hint.width()}")
    return bad


def render_all(qtbot, window, state):
    problems = {}
    for sid in SECTIONS:
        window.open_section(sid)
        QApplication.processEvents()
        window.grab()  # renders without errors
        bad = clipped_labels(window.section(sid))
        if bad:
            problems[sid] = bad
    return problems


def test_text_at_200_percent_is_not_clipped(qtbot, window, state):
    open_everything(window, state)
    state.settings.set("text_scale", 200)
    window.resize(800, 600)
    QApplication.processEvents()
    try:
        assert QApplication.font().pointSizeF() >= 2 * 9
        assert render_all(qtbot, window, state) == {}
        assert (window.width(), window.height()) == (800, 600)
    finally:
        state.settings.set("text_scale", 100)


def test_pseudo_locale_renders_without_clipping(qtbot, window, state):
    open_everything(window, state)
    state.settings.set("pseudo_locale", True)
    QApplication.processEvents()
    try:
        nav = window.nav.item(0).text()
        assert nav.startswith("[") and "~" in nav, "the pseudo-locale is not active"
        assert render_all(qtbot, window, state) == {}
    finally:
        state.settings.set("pseudo_locale", False)


def test_right_to_left_renders_every_section(qtbot, window, state):
    open_everything(window, state)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for sid in SECTIONS:
            window.open_section(sid)
            QApplication.processEvents()
            assert window.section(sid).layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert not window.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_high_contrast_theme(window, state):
    from kit.ui.shell import theme

    state.settings.set("high_contrast", True)
    try:
        assert QApplication.instance().styleSheet() == theme.style_sheet("contrast")
        assert "#000000" in QApplication.instance().styleSheet()
    finally:
        state.settings.set("high_contrast", False)
    assert QApplication.instance().styleSheet() == theme.style_sheet("light")
