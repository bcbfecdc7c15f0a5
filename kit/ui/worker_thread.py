"""Run a QObject worker in its own QThread; the window never waits for it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread


def start(worker: QObject, *end_signals) -> QThread:
    """Move `worker` to a new thread, call its `run()` there, and stop the thread when any of
    `end_signals` fires. Keep the returned thread referenced while it runs."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in end_signals:
        signal.connect(thread.quit)
    thread.start()
    return thread
