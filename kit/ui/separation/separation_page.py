"""Digital separation: open at once, no passphrase. Ticks and notes live in memory until the
person chooses to keep them ("Keep my progress on this computer?"); only then is a passphrase asked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kit.ui.separation.separation_home import SeparationHome
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import section_titles


class KeepDialog(QDialog):
    """The unlock panel in a dialog: create the encrypted data (or open it) to keep progress."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        from kit.ui.widgets.unlock_panel import UnlockPanel

        self.setObjectName("keep-dialog")
        self.panel = UnlockPanel(state, self)
        self.panel.guest_button.hide()  # a guest session starts from "I'm helping someone"
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setWindowTitle(self.tr("Keep my progress"))
        state.store_opened.connect(self._opened)

    def _opened(self) -> None:
        if self.isVisible():
            self.accept()


class SeparationPage(Section):
    section_id = "separation"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.keep_bar = QWidget(self)
        self.keep_bar.setObjectName("keep-bar")
        self.keep_text = QLabel(self.keep_bar)
        self.keep_text.setWordWrap(True)
        self.keep_button = QPushButton(self.keep_bar)
        self.keep_button.setObjectName("keep-progress")
        self.keep_button.clicked.connect(self.ask_keep)
        row = QVBoxLayout(self.keep_bar)
        row.setContentsMargins(8, 8, 8, 8)
        row.addWidget(self.keep_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.home = SeparationHome(state, self)
        self._keep_dialog: KeepDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.keep_bar)
        layout.addWidget(self.home, 1)
        state.store_opened.connect(self._update_keep)
        state.store_locked.connect(self._update_keep)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["separation"]

    def keep_dialog(self) -> KeepDialog:
        if self._keep_dialog is None:
            self._keep_dialog = KeepDialog(self.state, self)
        return self._keep_dialog

    def ask_keep(self) -> None:
        self.home.guide.flush_notes()
        dialog = self.keep_dialog()
        dialog.panel.retranslate()
        dialog.exec()

    def saved_before(self) -> bool:
        from kit.store import Store

        return self.state.data_dir is not None and Store.exists(self.state.data_dir)

    def _update_keep(self) -> None:
        self.keep_bar.setVisible(self.state.store is None)
        if self.saved_before():
            self.keep_text.setText(self.tr(
                "You saved progress on this computer before. Open it to see your ticks and notes."))
            self.keep_button.setText(self.tr("&Open my saved progress..."))
            self.keep_button.setAccessibleDescription(self.tr("Asks for your passphrase"))
        else:
            self.keep_text.setText(self.tr(
                "<b>Keep my progress on this computer?</b> Until you choose, your ticks and notes "
                "are kept only while the kit is open."))
            self.keep_button.setText(self.tr("&Keep my progress..."))
            self.keep_button.setAccessibleDescription(self.tr(
                "Choose a passphrase to save your ticks and notes, encrypted, on this computer"))
        self.keep_button.setAccessibleName(self.keep_button.text().replace("&", "").rstrip("."))

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.home.retranslate()
        self._update_keep()
        if self._keep_dialog is not None:
            self._keep_dialog.setWindowTitle(self.tr("Keep my progress"))

    def reset(self) -> None:
        self.home.reset()
        self._update_keep()
