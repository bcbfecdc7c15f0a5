"""The facilitator's session log: which modules were given, when, to how many people. CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kit.content import ContentError, default_index
from kit.ui.widgets.file_dialogs import save_file_name


class SessionLogView(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.export_button.clicked.connect(self._ask_export)
        state.store_opened.connect(self.refresh)
        state.store_locked.connect(self.refresh)
        self.retranslate()

    def module_title(self, module_id: str) -> str:
        try:
            return default_index().module(module_id, self.state.lang).title
        except (ContentError, KeyError):
            return module_id

    def refresh(self) -> None:
        store = self.state.store
        sessions = store.sessions() if store is not None else []
        self.table.setRowCount(len(sessions))
        for r, s in enumerate(sessions):
            answers = sum(s.tallies.values())
            for c, text in enumerate((s.date, self.module_title(s.module_id), str(s.participants), str(answers))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.export_button.setEnabled(bool(sessions))
        empty = self.tr("No sessions logged yet. Save one from the group quiz.")
        if not sessions:
            self.message.setText(empty)
        elif self.message.text() == empty:
            self.message.clear()

    def export_csv(self, path: Path) -> Path:
        """Write the log as CSV: module, date, participants and counts per answer. No names."""
        from kit.store.files import write_file_safely

        path = Path(path)  # the save dialog asked before replacing: never written through a link
        write_file_safely(path, self.state.store.sessions_csv().encode("utf-8"), replace=True)
        self.message.setText(self.tr("Exported to %1").replace("%1", str(path)))
        return path

    def _ask_export(self) -> None:
        if self.state.store is None:
            return
        name = save_file_name(self, self.tr("Export the session log"), self.tr("sessions.csv"),
                              self.tr("CSV files (*.csv)"))
        if name:
            try:
                self.export_csv(Path(name))
            except OSError as e:
                self.message.setText(self.tr("Could not write the file: %1").replace("%1", e.strerror or str(e)))

    def retranslate(self) -> None:
        self.explain.setText(self.tr(
            "The sessions you gave: the module, the date, the number of participants and how many people "
            "chose each quiz answer. No names or other personal details are kept. Export the log as CSV "
            "for your organisation's reporting. The answer letters in the export (q1-a, q1-b, ...) follow the "
            "order in the module text, not the shuffled order shown during the session."))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Module"), self.tr("Participants"),
                                              self.tr("Answers counted")])
        self.table.setAccessibleName(self.tr("Logged sessions"))
        self.table.setAccessibleDescription(self.tr("One row per session: date, module, participants, answers counted"))
        self.export_button.setText(self.tr("&Export CSV"))
        self.export_button.setAccessibleName(self.tr("Export CSV"))
        self.export_button.setAccessibleDescription(self.tr("Saves the session log as a CSV file for reporting"))
        self.refresh()

    def reset(self) -> None:
        self.message.clear()
        self.refresh()
