"""Add or change a journal entry: when, what, where, who, what happened, and files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from kit.journal.types import ENTRY_TYPES, type_label
from kit.ui.widgets import file_dialogs


class EntryEditor(QDialog):
    def __init__(self, lang: str, entry=None, parent=None):
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Change entry") if entry else self.tr("New journal entry"))
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        from PySide6.QtCore import QLocale

        from kit.ui.shell.dates import FORMAT, LOCALES

        self.when.setLocale(QLocale(LOCALES.get(lang, "en_GB")))
        self.when.setDisplayFormat(FORMAT + " HH:mm")
        self.type = QComboBox(self)
        for tid in ENTRY_TYPES:
            self.type.addItem(type_label(tid, lang), tid)
        self.where = QLineEdit(self)
        self.people = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(90)
        self.add_files = QPushButton(self.tr("Add &files..."), self)
        self.add_files.clicked.connect(self._choose_files)
        self.keep_path = QCheckBox(self.tr("Also keep where each file was on this computer"), self)
        self.keep_path.setToolTip(self.tr("Off by default: the file's folder can reveal private information."))
        self.error = QLabel(self)
        self.error.setStyleSheet("QLabel { color: #8b0000; }")
        form = QFormLayout()
        for label, widget, desc in (
            (self.tr("&When did it happen?"), self.when, self.tr("Date and time of the incident, not of writing")),
            (self.tr("Wh&at happened?"), self.type, self.tr("The kind of incident")),
            (self.tr("Whe&re? (app, website, place)"), self.where, self.tr("For example WhatsApp, Instagram or at home")),
            (self.tr("&People involved"), self.people, self.tr("Who did it, who saw it; free text")),
            (self.tr("&Description"), self.description, self.tr("What happened, in your own words")),
            (self.tr("Files"), self.files, self.tr("Screenshots, photos, videos or documents to add")),
        ):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
            widget.setAccessibleName(label.replace("&", ""))
            widget.setAccessibleDescription(desc)
        form.addRow("", self.add_files)
        form.addRow("", self.keep_path)
        self.add_files.setAccessibleName(self.tr("Add files"))
        self.add_files.setAccessibleDescription(self.tr("Choose files to copy into the encrypted journal"))
        self.keep_path.setAccessibleName(self.keep_path.text())
        self.keep_path.setAccessibleDescription(self.keep_path.toolTip())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setToolTip(self.tr("Saves the entry (Ctrl+Enter)"))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.paths: list[Path] = []
        if entry is not None:
            self.when.setDateTime(QDateTime(entry.incident_at.replace(tzinfo=None)))
            self.type.setCurrentIndex(max(0, self.type.findData(entry.type)))
            self.where.setText(entry.where)
            self.people.setText(entry.people)
            self.description.setPlainText(entry.description)
        else:
            self.when.setDateTime(QDateTime.currentDateTime())

    def _choose_files(self) -> None:
        names = file_dialogs.open_file_names(self, self.tr("Choose files"))
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        for p in paths:
            self.paths.append(p)
            self.files.addItem(p.name)

    def _accept(self) -> None:
        if not self.description.toPlainText().strip():
            self.error.setText(self.tr("Please write a few words about what happened."))
            self.description.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        return {
            "type": self.type.currentData(),
            "incident_at": self.when.dateTime().toPython().astimezone(),
            "where": self.where.text().strip(),
            "people": self.people.text().strip(),
            "description": self.description.toPlainText().strip(),
        }
