"""Keeping a check's result, the same way for the computer check and the phone check: save it
to the encrypted journal (the findings and their SHA-256, never a raw dump), print it, or save
it as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from kit.report.check_report import snapshot_bytes, snapshot_hash
from kit.ui.widgets import file_dialogs
from kit.ui.widgets.printing import html_to_pdf, print_html


class ResultKeeping:
    """Mixin for a check page. The page has `state`, `report`, `title()` and `html()`, and says
    what differs: `pdf_file_name()`, `journal_heading()`, `journal_where()` and
    `ATTACHMENT_NAME`."""

    ATTACHMENT_NAME = "check.json"

    def keeping_row(self, parent: QWidget) -> QHBoxLayout:
        """The three buttons (journal, print, PDF) in a row; the page may add more to it."""
        self.save_button = QPushButton(parent)
        self.print_button = QPushButton(parent)
        self.pdf_button = QPushButton(parent)
        self.save_button.clicked.connect(self.save_to_journal)
        self.print_button.clicked.connect(self.print_result)
        self.pdf_button.clicked.connect(self._ask_pdf)
        row = QHBoxLayout()
        for b in self.keeping_buttons():
            row.addWidget(b)
        row.addStretch(1)
        return row

    def keeping_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.save_button, self.print_button, self.pdf_button

    def keeping_texts(self) -> list[tuple[QPushButton, str, str]]:
        """(button, text, description) for the page's retranslate()."""
        return [
            (self.save_button, QCoreApplication.translate("ResultKeeping", "Save to &journal"),
             QCoreApplication.translate("ResultKeeping", "Stores the result, with its fingerprint (SHA-256), in your encrypted journal")),
            (self.print_button, QCoreApplication.translate("ResultKeeping", "&Print"), QCoreApplication.translate("ResultKeeping", "Prints the result")),
            (self.pdf_button, QCoreApplication.translate("ResultKeeping", "Save as PD&F"), QCoreApplication.translate("ResultKeeping", "Saves the result as a PDF file")),
        ]

    def enable_keeping(self, enabled: bool) -> None:
        for b in self.keeping_buttons():
            b.setEnabled(enabled and self.report is not None)

    # -- print and PDF ------------------------------------------------------------------------
    def print_result(self) -> None:
        if self.report is not None:
            print_html(self.html(), self, self.title())

    def save_pdf(self, path: Path) -> Path:
        return html_to_pdf(self.html(), path, self.title())

    def _ask_pdf(self) -> None:
        name = file_dialogs.save_file_name(self, QCoreApplication.translate("ResultKeeping", "Save as PDF"), self.pdf_file_name(), QCoreApplication.translate("ResultKeeping", "PDF files (*.pdf)"))
        if name and self.report is not None:
            self.save_pdf(Path(name))

    # -- the journal --------------------------------------------------------------------------
    def save_to_journal(self) -> int | None:
        if self.report is None:
            return None
        if self.state.store is None:
            QMessageBox.information(self, QCoreApplication.translate("ResultKeeping", "Save to journal"), QCoreApplication.translate(
                "ResultKeeping", "Open your journal first: go to Journal and unlock it, then save the result again."))
            self.state.open_section.emit("journal")
            return None
        entry_id = self.save_to_journal_quietly()
        QMessageBox.information(self, QCoreApplication.translate("ResultKeeping", "Save to journal"), QCoreApplication.translate("ResultKeeping", "The result is saved in your journal."))
        return entry_id

    def save_to_journal_quietly(self) -> int:
        """Store the findings snapshot as a journal entry, with the snapshot's SHA-256."""
        from kit.journal import Journal

        counts = self.report.counts()
        attention = [f.title for f in self.report.findings if f.status == "attention"]
        text = "\n".join([
            self.journal_heading(),
            QCoreApplication.translate("ResultKeeping", "%1 need attention, %2 could not be checked.").replace("%1", str(counts["attention"]))
            .replace("%2", str(counts["unknown"])),
            *(f"- {t}" for t in attention),
            "SHA-256: " + snapshot_hash(self.report),
        ])
        journal = Journal(self.state.store)
        entry_id = journal.add("spyware", text, where=self.journal_where())
        journal.add_attachment_data(entry_id, self.ATTACHMENT_NAME, snapshot_bytes(self.report))
        return entry_id
