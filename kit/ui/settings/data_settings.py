"""Settings for the private data: change the passphrase, backups, and erase everything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.widgets import a11y, file_dialogs


class DataSettings(QGroupBox):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.rekey_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("erase-everything")
        row = FlowLayout(spacing=8)  # the buttons wrap at large text
        for b in (self.rekey_button, self.export_button, self.import_button, self.erase_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.rekey_button.clicked.connect(self.change_passphrase)
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        self.erase_button.clicked.connect(self.ask_erase)
        state.store_opened.connect(self.update_state)
        state.store_locked.connect(self.update_state)
        state.quick_exit.triggered.connect(self._abandon_import)
        self.import_worker = None
        self._import_abandoned = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your private data"))
        for b, text, desc in (
            (self.rekey_button, self.tr("Change &passphrase..."), self.tr("Choose a new passphrase for your data")),
            (self.export_button, self.tr("Save an encrypted &backup..."), self.tr("A copy to move to another computer; it needs your passphrase")),
            (self.import_button, self.tr("Load a back&up..."), self.tr("Brings in a backup made on another computer")),
            (self.erase_button, self.tr("&Erase all my data..."), self.tr("Deletes everything the kit saved on this computer")),
        ):
            b.setText(text)
            b.setAccessibleName(text.replace("&", "").rstrip("."))
            b.setAccessibleDescription(desc)
            b.setToolTip(desc)
        self.update_state()

    def update_state(self) -> None:
        open_ = self.state.store is not None and not self.state.guest
        self.rekey_button.setEnabled(open_)
        self.export_button.setEnabled(open_)
        # loading a backup checks a passphrase: only once the data is open (or there is none
        # yet), never as a way to test guesses while it is locked
        from kit.store import Store

        empty = self.state.data_dir is not None and not Store.exists(self.state.data_dir)
        loading = getattr(self, "import_worker", None) is not None
        self.import_button.setEnabled(not loading and (open_ or (empty and self.state.store is None)))
        self.info.setText(self.tr("Your data is open.") if open_ else self.tr(
            "Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup."))

    # -- actions ----------------------------------------------------------------------------
    def change_passphrase(self, new: str | None = None, current: str | None = None) -> bool:
        from kit.store import MIN_LENGTH, Throttled, WrongPassphrase

        if current is None:
            current, ok = QInputDialog.getText(self, self.tr("Change passphrase"),
                                               self.tr("Your current passphrase:"), QLineEdit.EchoMode.Password)
            if not ok:
                return False
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Change passphrase"),
                                           self.tr("New passphrase (at least 8 characters):"), QLineEdit.EchoMode.Password)
            if not ok:
                return False
            again, ok = QInputDialog.getText(self, self.tr("Change passphrase"), self.tr("Type it again:"),
                                             QLineEdit.EchoMode.Password)
            if not ok or again != new:
                self._tell(self.tr("Change passphrase"), self.tr("The two passphrases are not the same. Nothing was changed."))
                return False
        if len(new) < MIN_LENGTH:
            self._tell(self.tr("Change passphrase"), self.tr("Please use at least 8 characters. Nothing was changed."))
            return False
        try:  # also re-encrypts the backups and a remembered keychain entry
            self.state.store.rekey(new, current)
        except WrongPassphrase:
            self._tell(self.tr("Change passphrase"), self.tr(
                "That is not your current passphrase. Nothing was changed."))
            return False
        except Throttled as e:
            self._tell(self.tr("Change passphrase"), self.wait_text(e.seconds))
            return False
        self._tell(self.tr("Change passphrase"), self.tr(
            "Your passphrase is changed, also for the backups on this computer. A backup you "
            "saved elsewhere still opens with the old passphrase: delete it, or keep it safe."))
        return True

    def _tell(self, title: str, text: str) -> None:
        """A message that does not block: quick exit and the tests keep running."""
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

    def wait_text(self, seconds: int) -> str:
        return self.tr("Too many wrong passphrases. Wait %n second(s), then try again.", "", seconds)

    def _ask_export(self) -> None:
        name = file_dialogs.save_file_name(self, self.tr("Save an encrypted backup"), "ontkoppel-backup.db",
                                              self.tr("Backup files (*.db)"))
        if not name:
            return
        self.save_backup(Path(name))

    def save_backup(self, path: Path):
        """Save the encrypted backup off the GUI thread (a large store takes seconds); the
        quick exit waits for it to finish, then locks."""
        from kit.ui.widgets.worker_thread import call

        store = self.state.store
        self.export_button.setEnabled(False)
        self.backup_worker, self.backup_thread = call(
            lambda _cancel: store.export_backup(path), self._backup_saved, self._backup_failed)
        return self.backup_worker

    def _backup_saved(self, out) -> None:
        from kit.journal.export import real_path

        self.update_state()
        if self.state.store is None:
            return  # quick exit meanwhile: show nothing
        a11y.announce(self, self.tr("The encrypted backup is saved."))
        self._tell(self.tr("Save an encrypted backup"), self.tr(
            "The encrypted backup is saved as:\n%s\n\nIt opens with your current passphrase, "
            "also after you change it here.") % real_path(out))

    def _backup_failed(self, exc) -> None:
        from kit.store.files import LinkRefused

        self.update_state()
        if self.state.store is None:
            return
        if isinstance(exc, LinkRefused):
            self._tell(self.tr("Save an encrypted backup"), self.tr(
                "That folder is a link to another place, so nothing was saved. Choose a real folder."))
        else:
            self._tell(self.tr("Save an encrypted backup"), self.tr(
                "The backup could not be saved there. Choose a new file name in a folder with enough free space."))

    def _ask_import(self) -> None:
        name = file_dialogs.open_file_name(self, self.tr("Load a backup"), "", self.tr("Backup files (*.db)"))
        if not name:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Load a backup"), self.tr("Passphrase of the backup:"),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        self.load_backup(Path(name), passphrase)

    def load_backup(self, path: Path, passphrase: str):
        """Check and copy the backup off the GUI thread (a large backup takes seconds); a quick
        exit meanwhile closes the store it opened, and nothing is shown."""
        from kit.store import Store
        from kit.ui.widgets.worker_thread import call

        if getattr(self, "import_worker", None) is not None:
            return None
        folder = self.state.data_dir
        self._import_abandoned = False
        self.import_button.setEnabled(False)
        self.import_worker, self.import_thread = call(
            lambda _cancel: Store.import_backup(folder, path, passphrase), self._imported, self._import_failed)
        return self.import_worker

    def _abandon_import(self) -> None:
        self._import_abandoned = True

    def _import_ended(self) -> None:
        self.import_worker = None
        self.update_state()

    def _imported(self, store) -> None:
        self._import_ended()
        if self._import_abandoned:
            store.close(quick=True)
            return
        self.state.lock()
        self.state.set_store(store)
        a11y.announce(self, self.tr("The backup is loaded. Your data is open."))

    def _import_failed(self, exc) -> None:
        from kit.store import ForeignFile, NotKitFile, StoreExists, Throttled, WrongPassphrase

        self._import_ended()
        if self._import_abandoned:
            return
        title = self.tr("Load a backup")
        if isinstance(exc, WrongPassphrase):
            self._tell(title, self.tr("That passphrase does not open this backup."))
        elif isinstance(exc, StoreExists):
            self._tell(title, self.tr(
                "There is already data on this computer. To replace it, first erase all data here."))
        elif isinstance(exc, Throttled):
            self._tell(title, self.wait_text(exc.seconds))
        elif isinstance(exc, NotKitFile):
            self._tell(title, self.tr(
                "This file is an ordinary database, not a backup of the kit. Nothing was changed."))
        elif isinstance(exc, ForeignFile):
            self._tell(title, self.tr(
                "This file holds data of another program, not a backup of the kit. Nothing was changed."))
        else:  # StoreError, OSError: never a traceback
            self._tell(title, self.tr("This file could not be loaded as a backup of the kit."))

    def ask_erase(self) -> bool:
        from kit.store import what_will_be_lost

        lost = what_will_be_lost(self.state.data_dir) if self.state.data_dir else []
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase all my data?"))
        box.setText(self.tr("This deletes everything the kit saved on this computer. It cannot be undone."))
        box.setInformativeText(self.tr("You will lose:") + "\n• " + "\n• ".join(lost or [self.tr("nothing is saved yet")])
                               + "\n\n" + self.not_erased_text())
        erase = box.addButton(self.tr("Erase everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return False
        result = self.erase()
        if result is None or result.complete:
            text = self.tr("The kit's data folder on this computer is erased, with your settings.")
        elif not result.keychain_cleared:
            text = self.tr("The files are erased, but the keychain entry could not be removed. "
                           "Remove 'Ontkoppel' from the system keychain yourself.")
        else:
            text = self.tr("Not everything could be erased. These files are still in the data folder:") + "\n• " + \
                "\n• ".join(str(p) for p in result.unexpected)
        self._tell(self.tr("Erase all my data"), text + "\n\n" + self.not_erased_text())
        return result is None or result.complete

    def not_erased_text(self) -> str:
        return self.tr("Not erased: journal exports and backups you saved elsewhere (for example on a USB "
                       "stick or in a cloud folder). A backup saved elsewhere still opens with the "
                       "passphrase it was saved with, also after you changed the passphrase.")

    def erase(self):
        """Close the data, then delete the whole data folder: the database, WAL, SHM, backups,
        settings and the keychain entry. Returns the EraseResult (None without a data folder)."""
        from kit.store import Store

        self.state.lock()
        if not self.state.data_dir:
            return None
        result = Store.erase_folder(self.state.data_dir)
        self.state.settings.forget()  # nothing is written again until data is kept anew
        return result
