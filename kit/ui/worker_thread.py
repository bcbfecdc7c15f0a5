"""Run a QObject worker in its own QThread; the window never waits for it.

Every running worker is registered, so the quick exit (and the app's end) can cancel and join
them all: a QThread still running when the application object is destroyed aborts the
process ("QThread: Destroyed while thread is still running"), and an abort may write a core
file with the passphrase and the journal's text in it.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, QThread

_running: dict[QThread, QObject] = {}
_lock = threading.Lock()


def _forget(thread: QThread) -> None:
    with _lock:
        _running.pop(thread, None)


def start(worker: QObject, *end_signals) -> QThread:
    """Move `worker` to a new thread, call its `run()` there, and stop the thread when any of
    `end_signals` fires. Keep the returned thread referenced while it runs."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in end_signals:
        signal.connect(thread.quit)
    thread.finished.connect(lambda: _forget(thread), type=_direct())
    with _lock:
        _running[thread] = worker
    thread.start()
    return thread


def _direct():
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.DirectConnection


def running() -> list[QThread]:
    with _lock:
        return [t for t in _running if t.isRunning()]


def stop_all() -> None:
    """Cancel every running worker, then wait until each thread has ended.

    Workers check their cancel flag at least once per chunk (1 MiB for attachments), so this
    takes milliseconds; it never raises."""
    with _lock:
        items = list(_running.items())
    for _thread, worker in items:
        cancel = getattr(worker, "cancel", None)
        if cancel is not None:
            with contextlib.suppress(Exception):  # the quick exit must go on
                cancel()
    current = QThread.currentThread()
    for thread, _worker in items:
        thread.quit()  # remembered even if its event loop has not started yet
        if thread is not current:
            thread.wait()
            _forget(thread)
