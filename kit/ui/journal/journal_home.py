"""The evidence journal once unlocked: filter, list, details, add and change, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kit.journal.types import ENTRY_TYPES, type_label
from kit.ui.journal.entry_detail import EntryDetail
from kit.ui.journal.journal_model import COLUMNS, JournalModel
from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.widgets import a11y, file_dialogs


class JournalHome(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.model = JournalModel(self)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.privacy_button = QPushButton(self)
        self.type_filter = QComboBox(self)
        self.period = QComboBox(self)  # all dates, or a recent period, or dates of your choice
        self.period.setObjectName("journal-period")
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.until.setDate(QDate.currentDate())
        self.empty = QLabel(self)
        self.empty.setObjectName("journal-empty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for col, name in enumerate(COLUMNS):  # the description takes the room; the rest fit their text
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if name == "description"
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.detail = EntryDetail(self)
        self.since_label, self.until_label = QLabel(self), QLabel(self)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
        tools = FlowLayout(spacing=8)
        for w in (self.new_button, self.edit_button, self.delete_button, self.export_button, self.privacy_button):
            tools.addWidget(w)
        filters = FlowLayout(spacing=8)
        self.type_label = a11y.label_for(self.type_filter, self)
        self.period_label = a11y.label_for(self.period, self)
        for w in (self.type_label, self.type_filter, self.period_label, self.period):
            filters.addWidget(w)
        self.dates = QWidget(self)
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        for w in (self.since_label, self.since, self.until_label, self.until):
            dates.addWidget(w)
        filters.addWidget(self.dates)
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.table.setMinimumWidth(120)
        self.detail.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.export_button.clicked.connect(self._ask_export)
        self.privacy_button.clicked.connect(self.show_privacy)
        self.type_filter.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.edit_entry())
        state.store_opened.connect(self.refresh)
        self.thread = None
        self.retranslate()

    @property
    def journal(self):
        from kit.journal import Journal

        return Journal(self.state.store) if self.state.store is not None else None

    def retranslate(self) -> None:
        for b, text, desc in (
            (self.new_button, self.tr("&New entry"), self.tr("Write down something that happened (Ctrl+N)")),
            (self.edit_button, self.tr("C&hange"), self.tr("Change the chosen entry; the earlier version is kept")),
            (self.delete_button, self.tr("De&lete"), self.tr("Hide the chosen entry; this is recorded in its history")),
            (self.export_button, self.tr("Ex&port..."), self.tr("Save a report with all files and their hashes, for the police or a lawyer")),
            (self.privacy_button, self.tr("About your &journal"), self.tr("Where your journal is kept and who can see it")),
        ):
            b.setText(text)
            b.setAccessibleName(text.replace("&", "").rstrip("."))
            b.setAccessibleDescription(desc)
            b.setToolTip(desc)
        self.new_button.setShortcut("Ctrl+N")
        current = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("Every kind of incident"), "")
        for tid in ENTRY_TYPES:
            self.type_filter.addItem(type_label(tid, self.state.lang), tid)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(current)))
        self.type_filter.blockSignals(False)
        self.type_label.setText(self.tr("&Kind:"))
        self.period_label.setText(self.tr("Per&iod:"))
        self.type_filter.setAccessibleName(self.tr("Filter by kind"))
        self.type_filter.setAccessibleDescription(self.tr("Shows only entries of this kind"))
        period = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for key, text in (("all", self.tr("All dates")), ("week", self.tr("The last 7 days")),
                          ("month", self.tr("The last 30 days")), ("year", self.tr("The last 12 months")),
                          ("dates", self.tr("Dates of my choice"))):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.period.blockSignals(False)
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setAccessibleDescription(self.tr("Shows only incidents in this period"))
        from PySide6.QtCore import QLocale

        from kit.ui.shell.dates import FORMAT, LOCALES

        for d in (self.since, self.until):
            d.setLocale(QLocale(LOCALES.get(self.state.lang, "en_GB")))
            d.setDisplayFormat(FORMAT)
        self.dates.setVisible(self.period.currentData() == "dates")
        self.empty.setText(self.tr(
            "Your journal is empty. Write down what happened, as soon as you can: when, what, and where. "
            "Add screenshots, messages or other files as evidence. Everything stays encrypted on this "
            "computer; you decide if and when to export it."))
        self.since_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("&To"))
        for d, name in ((self.since, self.tr("From date")), (self.until, self.tr("To date"))):
            d.setAccessibleName(name)
            d.setAccessibleDescription(self.tr("Shows only incidents in this period"))
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.table.setAccessibleDescription(self.tr("Your entries, oldest incident first"))
        self.refresh()

    # -- list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        j = self.journal
        if j is None:
            self.model.set_entries([], self.state.lang)
            self.detail.clear()
            return
        since, until = self.period_range()
        self.model.set_entries(j.entries(type=self.type_filter.currentData() or None, since=since, until=until),
                               self.state.lang)
        self.detail.clear()
        has = self.model.rowCount() > 0
        filtered = bool(self.type_filter.currentData()) or self.period.currentData() not in (None, "all")
        self.empty.setVisible(not has and not filtered)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def period_range(self) -> tuple[str | None, str | None]:
        """(since, until) as ISO text for the chosen period; None is open-ended."""
        key = self.period.currentData()
        today = QDate.currentDate()
        start = {"week": today.addDays(-7), "month": today.addDays(-30), "year": today.addYears(-1)}.get(key)
        if key == "dates":
            return (self.since.date().toPython().isoformat() + "T00:00",
                    self.until.date().toPython().isoformat() + "T23:59:59")
        return (start.toPython().isoformat() + "T00:00" if start else None), None

    def _period_changed(self) -> None:
        self.dates.setVisible(self.period.currentData() == "dates")
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The list above the details when large text leaves no room side by side."""
        super().resizeEvent(event)
        narrow = self.width() < self.fontMetrics().averageCharWidth() * 90
        self.split.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)

    def _show(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.detail.show_entry(self.journal, self.model.entry_at(row), self.state.lang)

    def selected(self):
        row = self.table.currentIndex().row()
        return self.model.entry_at(row) if 0 <= row < self.model.rowCount() else None

    def select_id(self, entry_id: int) -> None:
        for row, e in enumerate(self.model.entries):
            if e.id == entry_id:
                self.table.selectRow(row)
                self._show(row)

    # -- changes ------------------------------------------------------------------------------
    def new_entry(self, paths: list[Path] | None = None) -> None:
        from kit.ui.journal.entry_editor import EntryEditor

        editor = EntryEditor(self.state.lang, None, self)
        if paths:
            editor.add_paths(paths)
        if editor.exec():
            self.save_new(editor.values(), editor.paths, editor.keep_path.isChecked())

    def save_new(self, values: dict, paths: list[Path], keep_path: bool = False) -> int:
        entry_id = self.journal.add(values["type"], values["description"], incident_at=values["incident_at"],
                                    where=values["where"], people=values["people"])
        self.refresh()
        if paths:
            self.import_files(entry_id, paths, keep_path)
        self.select_id(entry_id)
        return entry_id

    def edit_entry(self) -> None:
        from kit.ui.journal.entry_editor import EntryEditor

        entry = self.selected()
        if entry is None:
            return
        editor = EntryEditor(self.state.lang, entry, self)
        if editor.exec():
            self.journal.edit(entry.id, **editor.values())
            if editor.paths:
                self.import_files(entry.id, editor.paths, editor.keep_path.isChecked())
            self.refresh()
            self.select_id(entry.id)

    def delete_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete this entry?"), self.tr(
            "The entry is hidden from the list and the export. Its history records that it was deleted."))
        if answer == QMessageBox.StandardButton.Yes:
            self.journal.delete(entry.id)
            self.refresh()

    def import_files(self, entry_id: int, paths: list[Path], keep_path: bool):
        """Copy files in a worker thread, with a progress bar and a Cancel button."""
        from kit.ui.journal.attachment_worker import AttachmentWorker
        from kit.ui.widgets.worker_thread import start

        dialog = QProgressDialog(self.tr("Copying files into your encrypted journal..."), self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowTitle(self.tr("Adding files"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        worker = AttachmentWorker(self.journal, entry_id, paths, keep_path)
        self.worker, self.progress_dialog = worker, dialog
        self._importing = (entry_id, len(paths))
        # bound methods of this widget: Qt queues the worker's signals to the GUI thread
        worker.progress.connect(self._import_progress)
        worker.failed.connect(self._import_failed)
        worker.done.connect(self._import_done)
        dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
        self.thread = start(worker, worker.done)
        return worker

    def _import_progress(self, i: int, done: int, total: int) -> None:
        self.progress_dialog.setValue(int(1000 * (i + done / total) / self._importing[1]))

    def _import_done(self) -> None:
        self.progress_dialog.close()
        if self.state.store is None:  # locked meanwhile (quick exit, auto-lock)
            return
        self.refresh()
        self.select_id(self._importing[0])
        a11y.announce(self.table, self.tr("The files are added to the entry."))

    def _import_failed(self, kind: str) -> None:
        if self.state.store is None:  # locked meanwhile: say nothing, show nothing
            return
        text = {
            "cancelled": self.tr("Adding the file was cancelled. Nothing of it was kept."),
            "unreadable": self.tr("A file could not be read. Check that it still exists and that you may open it."),
            "memory": self.tr(
                "There was not enough memory to add this file. In a guest session every file stays in memory: "
                "keep your progress on this computer first (with a passphrase), then add the file again.")
            if self.state.guest else self.tr(
                "There was not enough memory to add this file. Close other programs, then try again."),
        }.get(kind, self.tr("A file could not be added. Your journal itself is unchanged."))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Adding files"), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the import thread's other signals keep flowing
        self.import_message = box

    # -- export and privacy ---------------------------------------------------------------
    def export(self, out: Path, as_zip: bool = False) -> Path:
        from kit.journal.export import export

        return export(self.state.store, out, zip=as_zip, lang=self.state.lang)

    def _ask_export(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose an empty folder for the export"))
        if not folder:
            return
        self.export_in_background(Path(folder) / "journal-export")

    def export_in_background(self, out: Path):
        """Export off the GUI thread (a large journal takes seconds): the window and the quick
        exit keep working; the quick exit cancels it and what it wrote is removed."""
        from kit.journal.export import export
        from kit.ui.widgets.worker_thread import call

        store, lang = self.state.store, self.state.lang
        self.export_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.export_worker, self.export_thread = call(
            lambda cancel: export(store, out, zip=False, lang=lang, cancel=cancel),
            self._export_done, self._export_failed)
        return self.export_worker

    def _export_finished(self) -> bool:
        QApplication.restoreOverrideCursor()
        self.export_button.setEnabled(True)
        return self.state.store is not None and self.isVisible()  # else: quick exit, say nothing

    def _export_done(self, out) -> None:
        from kit.journal.export import real_path

        if not self._export_finished():
            return
        a11y.announce(self, self.tr("The export is ready."))
        self._tell(self.tr("Export"), self.tr(
            "The export is ready in:\n%s\n\nIt is NOT encrypted. Keep it somewhere safe, "
            "or give it straight to the police or your lawyer.") % real_path(out))

    def _export_failed(self, exc) -> None:
        from kit.journal.export import ExportLinkRefused

        if not self._export_finished():
            return
        if isinstance(exc, ExportLinkRefused):
            self._tell(self.tr("Export"), self.tr(
                "That folder is a link to another place, so nothing was written. Choose a real folder."))
        else:
            self._tell(self.tr("Export"), self.tr(
                "The export could not be written there. Choose an empty folder with enough free space."))

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): quick exit keeps working
        self.export_message = box

    def show_privacy(self) -> None:
        from kit.ui.journal.journal_privacy import JournalPrivacy

        JournalPrivacy(self).exec()

    def reset(self) -> None:
        self.detail.clear()
