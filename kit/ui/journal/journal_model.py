"""A table model of journal entries (testable without any view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kit.journal.types import type_label
from kit.ui.shell.dates import format_datetime

COLUMNS = ("when", "type", "where", "description", "files")


class JournalModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries = []
        self.lang = "en"

    def set_entries(self, entries, lang: str) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.lang = lang
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            "when": self.tr("When"),
            "type": self.tr("What"),
            "where": self.tr("Where"),
            "description": self.tr("Description"),
            "files": self.tr("Files"),
        }[COLUMNS[section]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "when": format_datetime(e.incident_at, self.lang),
                "type": type_label(e.type, self.lang),
                "where": e.where,
                "description": e.description.split("\n")[0][:80],
                "files": str(len(e.attachments)) if e.attachments else "",
            }[col]
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def entry_at(self, row: int):
        return self.entries[row]
