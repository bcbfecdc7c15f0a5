"""A placeholder for a section that is not built yet: a short message, never an empty widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from kit.ui.section import Section


class ComingPage(Section):
    def __init__(self, state, section_id: str, title_fn, parent=None):
        self.section_id = section_id
        super().__init__(state, parent)
        self._title_fn = title_fn
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def title(self) -> str:
        return self._title_fn()

    def retranslate(self) -> None:
        self.label.setText(
            "<h2>%s</h2><p>%s</p>" % (self.title(), self.tr("This part is coming in a later version of the kit."))
        )
        self.label.setAccessibleName(self.title())
