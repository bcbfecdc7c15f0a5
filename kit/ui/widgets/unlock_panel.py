"""Unlock the private data, create it on first use, or start a guest session.

A wrong passphrase gives a clear message and an increasing wait, never a traceback. The wait
comes from the data folder's one throttle on disk (kit.store.throttle), shared by both unlock
panels, loading a backup and the CLI. A damaged data file is reported with the backups that can
be restored; nothing is ever reset silently. An older data file than the newest backup (or than
the keychain's change mark) is told in a dialog that offers the newest backup. After unlocking,
the section shows "last change <date>, <n> entries" and any failed attempts since the last
unlock.
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

from kit.store.passphrase import MIN_LENGTH
from kit.ui.widgets import a11y


class UnlockPanel(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
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
        # a check box's own text never wraps: the words go in a wrapping label beside it that
        # ticks the box when clicked (the box keeps its accessible name)
        from kit.ui.separation.step_widget import ClickLabel

        self.remember_label = ClickLabel(self.remember, self)
        self.remember_row = QWidget(self)
        row = QHBoxLayout(self.remember_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.remember, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.remember_label, 1)
        self.form.addRow("", self.remember_row)
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
        self._opening = None  # (worker, thread) while unlocking off the GUI thread
        self._pending = None
        self._abandoned = False
        state.quick_exit.triggered.connect(self._abandon)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)
        self.retranslate()

    @property
    def throttle(self):
        """The data folder's throttle (on disk: the same for every panel and the CLI)."""
        from kit.store import UnlockThrottle

        return UnlockThrottle(self.state.data_dir)

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
        self.remember_row.setVisible(not portable_active())
        self.remember_label.setText(self.tr("Remember on this computer (in the system keychain)"))
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
            self._wait()
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
        """Unlock (or create) off the GUI thread: key derivation, the integrity check and the
        backup of a large store take seconds, and the quick exit must keep working."""
        from kit.store import Store
        from kit.ui.widgets.worker_thread import call

        if self._opening is not None:
            return
        folder, creating = self.state.data_dir, self.creating()

        def work(_cancel):
            if creating:
                return Store.create(folder, passphrase)
            return Store.open(folder, passphrase, keychain_mark=True)

        self._pending = (passphrase, remember)
        self._abandoned = False
        self.unlock_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._opening = call(work, self._open_done, self._open_failed)

    def _abandon(self) -> None:
        """Quick exit while unlocking: the store that opens meanwhile is closed at once."""
        self._abandoned = True

    def _open_ended(self):
        QApplication.restoreOverrideCursor()
        self._opening = None
        self.unlock_button.setEnabled(self.throttle.remaining() <= 0)
        pending, self._pending = self._pending, None
        return pending

    def _open_failed(self, exc) -> None:
        from kit.store import (
            CorruptStore,
            NoStore,
            NotKitFile,
            StoreError,
            StoreLocked,
            Throttled,
            WrongPassphrase,
        )

        self._open_ended()
        if self._abandoned:
            return
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("That passphrase does not open your data. Check Caps Lock and try again."))
            if getattr(exc, "wait", 0):
                self._wait()
        elif isinstance(exc, Throttled):
            self._wait()
        elif isinstance(exc, NotKitFile):
            self.message.setText(self.tr(
                "The data file of the kit was replaced by another, unencrypted file. It was not opened "
                "or changed. Ask for help before you do anything else."))
        elif isinstance(exc, CorruptStore):
            self.message.setText(self.tr(
                "Your data file is damaged or incomplete, so it was not opened and nothing was deleted. "
                "You can restore a backup below, or ask for help before you do anything else."))
            self._show_backups(list(exc.backups))
        elif isinstance(exc, StoreLocked):
            self.message.setText(self.tr("Your data is open in another window of the kit. Close that one first."))
        elif isinstance(exc, NoStore):
            self.retranslate()
        elif isinstance(exc, (StoreError, OSError)):
            self.message.setText(self.tr(
                "Your data could not be opened. Check that the data folder is readable and not full."))
        else:
            self.message.setText(self.tr(
                "Your data could not be opened. Check that the data folder is readable and not full."))

    def _open_done(self, store) -> None:
        from kit.store import InsecureKeychain, KeychainError, remember_key

        passphrase, remember = self._open_ended()
        if self._abandoned or self.state.store is not None:
            store.close(quick=True)  # quick exit meanwhile, or already open elsewhere in the app
            return
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear()
        if remember:
            try:
                remember_key(self.state.data_dir, passphrase)
                store.keep_mark_in_keychain()
            except InsecureKeychain as e:
                self.message.setText(self.tr("Not remembered: %s") % str(e))
            except KeychainError:
                self.message.setText(self.tr("Not remembered: the system keychain did not answer."))
        self._opened(store, passphrase)

    def summary(self, store) -> str:
        """"Last change <date>, <n> entries", and the failed attempts since the last unlock."""
        from PySide6.QtCore import QDateTime, QLocale

        changed = store.last_change
        when = (QLocale().toString(QDateTime.fromSecsSinceEpoch(int(changed.timestamp())),
                                   QLocale.FormatType.ShortFormat)
                if changed else self.tr("none yet"))
        text = self.tr("Last change: %1, %n entries.", "", store.entry_count()).replace("%1", when)
        if store.failed_attempts:
            text += " " + self.tr("%n failed attempt(s) to unlock since your last unlock.", "",
                                  store.failed_attempts)
        return text

    def _opened(self, store, passphrase: str) -> None:
        self.state.unlock_summary = self.summary(store)
        self.state.set_store(store, guest=False)
        if store.rollback is not None:
            self._ask_rollback(store, passphrase)

    def _ask_rollback(self, store, passphrase: str) -> None:
        """An older data file than the newest backup: say so, offer that backup. Not modal:
        the quick exit and everything else keep working while it is shown."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Entries may be missing"), "", QMessageBox.StandardButton.NoButton, self)
        if store.rollback.backup:
            box.setText(self.tr(
                "This data file is older than your last backup: entries may be missing. "
                "Someone may have put an older copy in its place. Restore the newest backup?"))
            restore = box.addButton(self.tr("&Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr(
                "This data file is older than the last one this computer saw: entries may be missing. "
                "Someone may have put an older copy in its place. Check your journal, and ask for help if things are missing."))
            restore = None
        keep = box.addButton(self.tr("&Keep this data"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result) -> None:
            if self.state.store is not store:
                return  # locked meanwhile (quick exit)
            if restore is not None and box.clickedButton() is restore:
                self.restore_newest(store.rollback.backup, passphrase)
            else:
                store.accept_rollback()

        box.finished.connect(answered)
        box.open()
        self.rollback_box = box

    def restore_newest(self, name: str, passphrase: str) -> None:
        self.state.lock()
        self._restore(name, passphrase, newest=True)

    def start_guest(self) -> None:
        from kit.store import Store

        self.state.set_store(Store.guest(), guest=True)

    def restore(self) -> None:
        self._restore(self.backups.currentData(), self.passphrase.text(), newest=False)

    def _restore(self, name: str, passphrase: str, newest: bool) -> None:
        """Restore a backup off the GUI thread, like unlocking: the integrity check and the
        copy of a large backup take seconds, and the quick exit must keep working."""
        from kit.store import Store
        from kit.ui.widgets.worker_thread import call

        if self._opening is not None or not name:
            return
        folder = self.state.data_dir
        self._pending = (passphrase, False)
        self._abandoned = False
        self.unlock_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._opening = call(lambda _cancel: Store.restore_backup(folder, name, passphrase),
                             self._restored, self._restore_failed_newest if newest else self._restore_failed)

    def _restore_ended(self) -> None:
        self._open_ended()
        self.restore_button.setEnabled(True)

    def _restored(self, store) -> None:
        self._restore_ended()
        if self._abandoned or self.state.store is not None:
            store.close(quick=True)  # quick exit meanwhile, or already open elsewhere in the app
            return
        self._show_backups([])
        self.passphrase.clear()
        self.message.clear()
        self.state.unlock_summary = self.summary(store)
        self.state.set_store(store, guest=False)

    def _restore_failed_newest(self, exc) -> None:
        self._restore_ended()
        if not self._abandoned:
            self.message.setText(self.tr("The backup could not be restored. Your data file was kept as it was."))

    def _restore_failed(self, exc) -> None:
        from kit.store import Throttled, WrongPassphrase

        self._restore_ended()
        if self._abandoned:
            return
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("Type the passphrase of the backup above, then restore again."))
            if getattr(exc, "wait", 0):
                self._wait()
        elif isinstance(exc, Throttled):
            self._wait()
        else:  # StoreError, OSError: never a traceback
            self.message.setText(self.tr("This backup could not be restored. Try an older one."))

    def _wait(self) -> None:
        self._tick.start()
        self._update_wait()

    def _update_wait(self) -> None:
        left = self.throttle.remaining()
        self.unlock_button.setEnabled(left <= 0)
        if left <= 0:
            self._tick.stop()
        else:
            self.message.setText(self.tr("Too many wrong passphrases. You can try again in %n second(s).", "", int(left + 0.99)))
