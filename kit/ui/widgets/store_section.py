"""A section whose content needs the private data: a heading, then the unlock panel until
the data is open, then the content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from kit.ui.shell.section import Section
from kit.ui.widgets.labels import section_titles
from kit.ui.widgets.store_gate import StoreGate


class StoreSection(Section):
    needs_store = True
    content_class: type = None  # the widget shown once the data is open

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.heading = QLabel(self)
        self.notice = QLabel(self)  # "last change <date>, <n> entries" once the data is open
        self.notice.setObjectName("unlock-summary")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.home = self.content_class(state)
        self.gate = StoreGate(state, self.home, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.gate, 1)
        state.store_opened.connect(self._show_notice)
        state.store_locked.connect(self._show_notice)
        self._show_notice()
        self.retranslate()

    def _show_notice(self) -> None:
        text = self.state.unlock_summary if self.state.store is not None and not self.state.guest else ""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def title(self) -> str:
        return section_titles()[self.section_id]

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.home.retranslate()
        self.gate.unlock.retranslate()

    def reset(self) -> None:
        self.home.reset()
        self.gate.update_page()
