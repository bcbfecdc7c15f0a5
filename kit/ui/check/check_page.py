"""Computer check: a safety note, then a read-only check in a worker thread, then the results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from kit.report.check_report import report_html
from kit.ui.check.check_results import ICONS, CheckResults
from kit.ui.check.keeping import ResultKeeping
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import section_titles


class CheckPage(ResultKeeping, Section):
    ATTACHMENT_NAME = "computer-check.json"
    section_id = "check"

    def __init__(self, state, parent=None, probe=None):
        super().__init__(state, parent)
        self.probe = probe  # tests pass a fixture probe; None = this computer
        self.report = None
        self.worker = None
        self.thread = None
        self.check_timeout = 8.0  # seconds per check before it becomes "could not check"
        self.heading = QLabel(self)
        self.safety = QLabel(self)
        self.safety.setObjectName("check-safety")
        self.safety.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start-check")
        self.cancel_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.status = QListWidget(self)
        self.status.setWordWrap(True)
        self.status.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.status.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results = CheckResults(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("check-summary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.start_button, self.cancel_button):
            row.addWidget(b)
        row.addWidget(self.progress, 1)
        out = self.keeping_row(self)
        split = QSplitter(self)
        split.addWidget(self.status)
        split.addWidget(self.results)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.safety)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addLayout(out)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_running(False)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["check"]

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.safety.setText(self.tr(
            "This check looks for remote access, sharing and signs of monitoring software on this computer. "
            "It only reads: it changes nothing and sends nothing over the internet. If something is found, "
            "do not remove it straight away. The other person may notice, and it is evidence. Save the "
            "result to your journal first and talk to a help service."))
        for b, text, desc in (
            (self.start_button, self.tr("&Start the check"), self.tr("Reads the settings and programs of this computer; takes a few seconds")),
            (self.cancel_button, self.tr("&Cancel"), self.tr("Stops the check")),
            *self.keeping_texts(),
        ):
            b.setText(text)
            b.setAccessibleName(text.replace("&", ""))
            b.setAccessibleDescription(desc)
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.status.setAccessibleName(self.tr("Checks"))
        self.status.setAccessibleDescription(self.tr("Every check and its result so far"))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setAccessibleDescription(self.tr("Findings grouped by what they mean; expand one to read more"))
        if self.report is not None:
            self.show_report(self.report.localized(self.state.lang))

    # -- running ----------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.enable_keeping(not running)

    def start(self):
        from kit.checks import all_checks
        from kit.checks.i18n import check_name
        from kit.ui.check.check_worker import CheckWorker
        from kit.ui.widgets.worker_thread import start

        if self.thread is not None and self.thread.isRunning():
            return None
        self.report = None
        self.results.clear()
        self.summary.clear()
        self.status.clear()
        if self.probe is not None:
            platform = self.probe.platform().system
        else:  # only the checks of this system: the others would stay at "…"
            from kit.checks.probe.live import current_system

            platform = current_system()
        self._items: dict[str, QListWidgetItem] = {}
        for c in all_checks(platform):
            item = QListWidgetItem(f"{check_name(c.id, self.state.lang)}: …")
            self.status.addItem(item)
            self._items[c.id] = item
        self.progress.setRange(0, max(1, len(self._items)))
        self.progress.setValue(0)
        self.worker = CheckWorker(self.state.lang, self.probe, self.check_timeout)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self._set_running(True)
        self.thread = start(self.worker, self.worker.finished, self.worker.failed)
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int, check_id: str, status: str) -> None:
        from kit.checks.i18n import check_name, label

        self.progress.setRange(0, total)
        self.progress.setValue(done)
        item = self._items.get(check_id)
        if item is not None:
            item.setText(f"{check_name(check_id, self.state.lang)}: {label('group.' + status, self.state.lang)}")
            item.setIcon(self.style().standardIcon(ICONS[status]))

    def _finished(self, report) -> None:
        self.report = report
        self._set_running(False)
        self.show_report(report)

    def _failed(self) -> None:
        self._set_running(False)
        self.summary.setText(self.tr("The check itself could not run. Nothing was changed on this computer. "
                                     "Try again, or ask a help service to look with you."))
        self.summary.setAccessibleName(self.summary.text())
        self.announce(self.summary.text())

    def show_report(self, report) -> None:
        from kit.checks.i18n import label

        self.results.show_report(report, self.state.lang)
        counts = report.counts()
        text = (self.tr("%1 need attention, %2 good to know, %3 could not be checked, %4 look fine.")
                .replace("%1", str(counts["attention"])).replace("%2", str(counts["info"]))
                .replace("%3", str(counts["unknown"])).replace("%4", str(counts["ok"])))
        self.summary.setText(text + " " + label("summary.not_proof", self.state.lang))
        self.summary.setAccessibleName(self.tr("The check is finished.") + " " + text)
        self.summary.setAccessibleDescription(label("summary.not_proof", self.state.lang))
        self.announce(self.summary.accessibleName())

    def announce(self, text: str) -> None:
        """Tell a screen reader that the check is finished, with its counts."""
        try:
            from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt 6.8 and later

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.summary, text))
        except ImportError:
            QAccessible.updateAccessibility(QAccessibleEvent(self.summary, QAccessible.Event.NameChanged))

    # -- keeping the result -------------------------------------------------------------------
    def html(self) -> str:
        return report_html(self.report, self.title(), self.state.lang)

    def pdf_file_name(self) -> str:
        return self.tr("computer-check.pdf")

    def journal_heading(self) -> str:
        return self.tr("Computer check of %s") % self.report.started

    def journal_where(self) -> str:
        return self.tr("This computer")
