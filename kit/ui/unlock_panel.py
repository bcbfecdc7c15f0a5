"""Unlock the private data, create it on first use, or start a guest session.

A wrong passphrase gives a clear message and an increasing wait, never a traceback. A damaged
data file is reported with the backups that can be restored; nothing is ever reset silently.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.ui import a11y

MIN_LENGTH = 8


class UnlockPanel(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        from kit.store import UnlockThrottle

        self.state = state
        self.throttle = UnlockThrottle()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.guest_button = QPushButton(self)
        self.message = a11y.StatusLabel(self, field=self.passphrase)  # heard, and tied to the field
        self.message.setObjectName("unlock-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #8b0000; }")
        self.backups = QComboBox(self)
        self.restore_button = QPushButton(self)
        self.form = QFormLayout()
        self.pass_label = QLabel(self)
        self.repeat_label = QLabel(self)
        self.pass_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.form.addRow(self.pass_label, self.passphrase)
        self.form.addRow(self.repeat_label, self.repeat)
        self.form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.guest_button)
        buttons.addStretch(1)
        restore = QHBoxLayout()
        restore.addWidget(self.backups, 1)
        restore.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(restore)
        layout.addStretch(1)
        self.unlock_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.repeat.returnPressed.connect(self.submit)
        self.guest_button.clicked.connect(self.start_guest)
        self.restore_button.clicked.connect(self.restore)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)
        self.retranslate()

    # -- what the panel shows ----------------------------------------------------------
    def creating(self) -> bool:
        from kit.store import Store

        return self.state.data_dir is None or not Store.exists(self.state.data_dir)

    def retranslate(self) -> None:
        creating = self.creating()
        if creating:
            self.heading.setText("<h2>%s</h2>" % self.tr("Keep your progress private"))
            self.explain.setText(self.tr(
                "Choose a passphrase. Everything you save is encrypted with it on this computer. "
                "Nobody can read it without the passphrase, and nobody can recover it for you, so "
                "choose one you will remember, for example four unusual words."))
            self.unlock_button.setText(self.tr("&Create"))
        else:
            self.heading.setText("<h2>%s</h2>" % self.tr("Unlock your private data"))
            self.explain.setText(self.tr("Type your passphrase to open what you saved before."))
            self.unlock_button.setText(self.tr("&Unlock"))
        self.pass_label.setText(self.tr("&Passphrase"))
        self.repeat_label.setText(self.tr("&Repeat passphrase"))
        self.repeat.setVisible(creating)
        self.repeat_label.setVisible(creating)
        from kit.portable import active as portable_active

        # the keychain belongs to this computer, not to the stick the kit runs from
        self.remember.setVisible(not portable_active())
        self.remember.setText(self.tr("Remember on this computer (in the system keychain)"))
        self.remember.setToolTip(self.tr(
            "Anyone who can log in to this computer as you could then open your data without the passphrase."))
        self.guest_button.setText(self.tr("&Guest session (save nothing)"))
        self.guest_button.setToolTip(self.tr(
            "For use at a help desk: nothing is written to this computer and all is gone when the kit closes."))
        for w, name, desc in (
            (self.passphrase, self.tr("Passphrase"), self.tr("The passphrase that protects your data")),
            (self.repeat, self.tr("Repeat passphrase"), self.tr("Type the same passphrase again")),
            (self.remember, self.tr("Remember on this computer"), self.remember.toolTip()),
            (self.unlock_button, self.unlock_button.text().replace("&", ""), self.explain.text()),
            (self.guest_button, self.tr("Guest session"), self.guest_button.toolTip()),
            (self.backups, self.tr("Backups"), self.tr("Earlier copies of your data that can be restored")),
            (self.restore_button, self.tr("Restore this backup"), self.tr("Replaces the damaged data with the chosen backup")),
        ):
            w.setAccessibleName(name)
            w.setAccessibleDescription(desc)
        self.restore_button.setText(self.tr("Re&store this backup"))
        self._show_backups([])

    def _show_backups(self, found) -> None:
        self.backups.clear()
        for b in found:
            self.backups.addItem(b.name, b.name)
        visible = bool(found)
        self.backups.setVisible(visible)
        self.restore_button.setVisible(visible)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.retranslate()
        self.passphrase.setFocus()
        QTimer.singleShot(0, self.try_keychain)

    # -- actions ----------------------------------------------------------------------------
    def try_keychain(self) -> None:
        from kit.store import KeychainError, recall_key

        if self.state.store is not None or self.creating():
            return
        try:
            key = recall_key(self.state.data_dir)
        except KeychainError:
            return
        if key:
            self._open(key, remember=False)

    def submit(self) -> None:
        if self.throttle.remaining() > 0:
            return
        text = self.passphrase.text()
        if self.creating():
            if len(text) < MIN_LENGTH:
                self.message.setText(self.tr("Please use at least %n characters.", "", MIN_LENGTH))
                return
            if text != self.repeat.text():
                self.message.setText(self.tr("The two passphrases are not the same. Please type them again."))
                return
        self._open(text, self.remember.isChecked())

    def _open(self, passphrase: str, remember: bool) -> None:
        from kit.store import (
            CorruptStore,
            InsecureKeychain,
            KeychainError,
            NoStore,
            Store,
            StoreError,
            StoreLocked,
            WrongPassphrase,
            remember_key,
        )

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.creating():
                store = Store.create(self.state.data_dir, passphrase)
            else:
                store = Store.open(self.state.data_dir, passphrase)
        except WrongPassphrase:
            wait = self.throttle.failed()
            self.message.setText(self.tr("That passphrase does not open your data. Check Caps Lock and try again."))
            if wait:
                self._tick.start()
                self._update_wait()
            return
        except CorruptStore as e:
            self.message.setText(self.tr(
                "Your data file is damaged or incomplete, so it was not opened and nothing was deleted. "
                "You can restore a backup below, or ask for help before you do anything else."))
            self._show_backups(list(e.backups))
            return
        except StoreLocked:
            self.message.setText(self.tr("Your data is open in another window of the kit. Close that one first."))
            return
        except NoStore:
            self.retranslate()
            return
        except (StoreError, OSError):
            self.message.setText(self.tr(
                "Your data could not be opened. Check that the data folder is readable and not full."))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.throttle.succeeded()
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear()
        if remember:
            try:
                remember_key(self.state.data_dir, passphrase)
            except InsecureKeychain as e:
                self.message.setText(self.tr("Not remembered: %s") % str(e))
            except KeychainError:
                self.message.setText(self.tr("Not remembered: the system keychain did not answer."))
        self.state.set_store(store, guest=False)

    def start_guest(self) -> None:
        from kit.store import Store

        self.state.set_store(Store.guest(), guest=True)

    def restore(self) -> None:
        from kit.store import Store, StoreError, WrongPassphrase

        name = self.backups.currentData()
        try:
            store = Store.restore_backup(self.state.data_dir, name, self.passphrase.text())
        except WrongPassphrase:
            self.message.setText(self.tr("Type the passphrase of the backup above, then restore again."))
            return
        except StoreError:
            self.message.setText(self.tr("This backup could not be restored. Try an older one."))
            return
        self._show_backups([])
        self.message.clear()
        self.state.set_store(store, guest=False)

    def _update_wait(self) -> None:
        left = self.throttle.remaining()
        self.unlock_button.setEnabled(left <= 0)
        if left <= 0:
            self._tick.stop()
        else:
            self.message.setText(self.tr("That passphrase does not open your data. You can try again in %n second(s).", "", int(left + 0.99)))
