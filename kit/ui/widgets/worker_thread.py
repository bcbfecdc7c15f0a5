"""Run a QObject worker in its own QThread; the window never waits for it.

Every running worker is registered, so the quick exit (and the app's end) can cancel and join
them all: a QThread still running when the application object is destroyed aborts the
process ("QThread: Destroyed while thread is still running"), and an abort may write a core
file with the passphrase and the journal's text in it.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, QThread, Signal

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
        cancel = getattr(worker, "quit_now", None) or getattr(worker, "cancel", None)
        if cancel is not None:
            with contextlib.suppress(Exception):  # the quick exit must go on
                cancel()
    current = QThread.currentThread()
    for thread, _worker in items:
        thread.quit()  # remembered even if its event loop has not started yet
        if thread is not current:
            thread.wait()
            _forget(thread)


class CallWorker(QObject):
    """Runs `fn(cancel_event)` in a thread (a long store operation: an export, a backup).
    `fn` should check `cancel_event.is_set()` where it can; the quick exit sets it."""

    finished = Signal(object)  # fn's result
    failed = Signal(object)  # the exception
    done = Signal()

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.fn(self.cancel_event)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            self.done.emit()

    def cancel(self) -> None:
        self.cancel_event.set()


def call(fn, on_result, on_error) -> tuple[CallWorker, QThread]:
    """Run `fn(cancel_event)` off the GUI thread; `on_result(result)` or `on_error(exc)` then
    run in the GUI thread (pass bound methods of a widget). Quick exit cancels and joins it."""
    worker = CallWorker(fn)
    worker.finished.connect(on_result)
    worker.failed.connect(on_error)
    return worker, start(worker, worker.done)
