"""Run the computer check in a worker thread; the window never waits for it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class CheckWorker(QObject):
    started = Signal(int)  # number of checks
    progress = Signal(int, int, str, str)  # done, total, check id, status
    finished = Signal(object)  # the Report
    failed = Signal()

    def __init__(self, language: str, probe=None, check_timeout: float = 8.0):
        super().__init__()
        self.check_timeout = check_timeout
        self.language = language
        self.probe = probe
        self.cancel_event = threading.Event()

    def run(self) -> None:
        from kit.checks import run_checks

        try:
            report = run_checks(self.probe, language=self.language, cancel=self.cancel_event,
                                check_timeout=self.check_timeout,
                                progress=lambda done, total, cid, f: self.progress.emit(done, total, cid, f.status))
        except Exception:  # noqa: BLE001 - the page says the check itself failed
            self.failed.emit()
            return
        self.finished.emit(report)

    def cancel(self) -> None:
        self.cancel_event.set()
