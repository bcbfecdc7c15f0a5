"""The base of every section in the main window (like OnionShare's Mode)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kit.ui.shell.state import AppState


class Section(QWidget):
    section_id = ""
    needs_store = False

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"section-{self.section_id}")

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again; called on a language change."""

    def reset(self) -> None:
        """Go back to this section's first page (after a quick exit)."""

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
