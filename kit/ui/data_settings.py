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

from kit.ui import file_dialogs
from kit.ui.flow_layout import FlowLayout


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
        self.info.setText(self.tr("Your data is open.") if open_ else self.tr(
            "Unlock your data (in Digital separation or Journal) to change the passphrase or make a backup."))

    # -- actions ----------------------------------------------------------------------------
    def change_passphrase(self, new: str | None = None) -> bool:
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Change passphrase"),
                                           self.tr("New passphrase (at least 8 characters):"), QLineEdit.EchoMode.Password)
            if not ok:
                return False
            again, ok = QInputDialog.getText(self, self.tr("Change passphrase"), self.tr("Type it again:"),
                                             QLineEdit.EchoMode.Password)
            if not ok or again != new:
                QMessageBox.warning(self, self.tr("Change passphrase"), self.tr("The two passphrases are not the same. Nothing was changed."))
                return False
        if len(new) < 8:
            QMessageBox.warning(self, self.tr("Change passphrase"), self.tr("Please use at least 8 characters. Nothing was changed."))
            return False
        self.state.store.rekey(new)  # also re-encrypts the backups and a remembered keychain entry
        return True

    def _ask_export(self) -> None:
        name = file_dialogs.save_file_name(self, self.tr("Save an encrypted backup"), "ontkoppel-backup.db",
                                              self.tr("Backup files (*.db)"))
        if name:
            self.state.store.export_backup(Path(name))

    def _ask_import(self) -> None:
        from kit.store import Store, StoreError, StoreExists, WrongPassphrase

        name = file_dialogs.open_file_name(self, self.tr("Load a backup"), "", self.tr("Backup files (*.db)"))
        if not name:
            return
        passphrase, ok = QInputDialog.getText(self, self.tr("Load a backup"), self.tr("Passphrase of the backup:"),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            store = Store.import_backup(self.state.data_dir, Path(name), passphrase)
        except WrongPassphrase:
            QMessageBox.warning(self, self.tr("Load a backup"), self.tr("That passphrase does not open this backup."))
            return
        except StoreExists:
            QMessageBox.warning(self, self.tr("Load a backup"), self.tr(
                "There is already data on this computer. To replace it, first erase all data here."))
            return
        except (StoreError, OSError):
            QMessageBox.warning(self, self.tr("Load a backup"), self.tr("This file could not be loaded as a backup of the kit."))
            return
        self.state.lock()
        self.state.set_store(store)

    def ask_erase(self) -> bool:
        from kit.store import what_will_be_lost

        lost = what_will_be_lost(self.state.data_dir) if self.state.data_dir else []
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase all my data?"))
        box.setText(self.tr("This deletes everything the kit saved on this computer. It cannot be undone."))
        box.setInformativeText(self.tr("You will lose:") + "\n• " + "\n• ".join(lost or [self.tr("nothing is saved yet")]))
        erase = box.addButton(self.tr("Erase everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return False
        ok = self.erase()
        QMessageBox.information(self, self.tr("Erase all my data"), self.tr("All data of the kit on this computer is erased.")
                                if ok else self.tr("Some files could not be erased. Close other programs and try again."))
        return ok

    def erase(self) -> bool:
        """Close the data, then delete the database, WAL, SHM, backups and the keychain entry."""
        from kit.store import Store

        self.state.lock()
        return Store.erase_folder(self.state.data_dir).complete if self.state.data_dir else True
