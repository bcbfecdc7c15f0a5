"""Shows the unlock panel until the private data is open, then the real content."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from kit.ui.widgets.unlock_panel import UnlockPanel


class StoreGate(QStackedWidget):
    def __init__(self, state, content, parent=None):
        super().__init__(parent)
        self.state = state
        self.unlock = UnlockPanel(state, self)
        self.content = content
        self.addWidget(self.unlock)
        self.addWidget(content)
        state.store_opened.connect(self.update_page)
        state.store_locked.connect(self.update_page)
        self.update_page()

    def update_page(self) -> None:
        self.setCurrentWidget(self.content if self.state.store is not None else self.unlock)
        self.updateGeometry()

    # only the page on show decides the size: a hidden unlock panel must not widen the journal
    def sizeHint(self):  # noqa: N802 (Qt API)
        return self.currentWidget().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 (Qt API)
        return self.currentWidget().minimumSizeHint()
