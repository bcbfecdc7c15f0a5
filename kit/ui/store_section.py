"""A section whose content needs the private data: a heading, then the unlock panel until
the data is open, then the content."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from kit.ui.labels import section_titles
from kit.ui.section import Section
from kit.ui.store_gate import StoreGate


class StoreSection(Section):
    needs_store = True
    content_class: type = None  # the widget shown once the data is open

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.heading = QLabel(self)
        self.home = self.content_class(state)
        self.gate = StoreGate(state, self.home, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.gate, 1)
        self.retranslate()

    def title(self) -> str:
        return section_titles()[self.section_id]

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.home.retranslate()
        self.gate.unlock.retranslate()

    def reset(self) -> None:
        self.home.reset()
        self.gate.update_page()
