"""Copy to the clipboard only on an explicit action, and remember what we put there,
so that the quick exit can clear it again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

_last_copied: str | None = None


def copy_text(text: str) -> None:
    global _last_copied
    QApplication.clipboard().setText(text)
    _last_copied = text


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds text that the app put there."""
    global _last_copied
    cb = QApplication.clipboard()
    if _last_copied is not None and cb.text() == _last_copied:
        cb.clear()
        _last_copied = None
        return True
    _last_copied = None
    return False
