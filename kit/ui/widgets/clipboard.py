"""Text that the app put on the clipboard is cleared again by the quick exit.

The app puts text there on an explicit action: `copy_text`, or Copy (Ctrl+C, Cut, a context
menu's Copy) in one of its fields. Where the platform can tell (Windows, macOS, X11, Wayland)
the clipboard is ours when Qt owns it; where it cannot, a change of the clipboard right after a
copy action in the app counts as ours. Text another program put there is never touched.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

_last_copied: str | None = None
_copy_expected = False
_watching: QClipboard | None = None


def copy_text(text: str) -> None:
    global _last_copied
    watch()
    QApplication.clipboard().setText(text)
    _last_copied = text


def expect_copy() -> None:
    """A copy action in the app is about to put text on the clipboard."""
    global _copy_expected
    _copy_expected = True


def _changed() -> None:
    global _last_copied, _copy_expected
    cb = QApplication.clipboard()
    if cb.ownsClipboard() or _copy_expected:
        _last_copied = cb.text()
    _copy_expected = False


def watch() -> None:
    """Follow clipboard changes (once per application)."""
    global _watching
    cb = QApplication.clipboard()
    if _watching is not cb:
        cb.dataChanged.connect(_changed)
        _watching = cb


def clear_if_ours() -> bool:
    """Clear the clipboard (and the X11 selection) if it still holds text the app put there."""
    global _last_copied
    cb = QApplication.clipboard()
    cleared = False
    if cb.ownsClipboard() or (_last_copied is not None and cb.text() == _last_copied):
        cb.clear()
        cleared = True
    if cb.supportsSelection() and cb.ownsSelection():
        cb.clear(QClipboard.Mode.Selection)
    _last_copied = None
    return cleared
