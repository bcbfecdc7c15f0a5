"""Run a QObject worker in its own QThread; the window never waits for it.

Every thread started here is remembered until it has finished, so that quick exit and the tests
can stop and join whatever is still running (`running()`, `stop_all()`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread

_RUNNING: set[QThread] = set()


def start(worker: QObject, *end_signals) -> QThread:
    """Move `worker` to a new thread, call its `run()` there, and stop the thread when any of
    `end_signals` fires. Keep the returned thread referenced while it runs."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in end_signals:
        signal.connect(thread.quit)
    _RUNNING.add(thread)
    thread.finished.connect(lambda: _RUNNING.discard(thread))
    thread.start()
    return thread


def running() -> list[QThread]:
    """Worker threads started by `start()` that have not finished yet."""
    alive = []
    for thread in list(_RUNNING):
        try:
            if thread.isRunning():
                alive.append(thread)
                continue
        except RuntimeError:  # the C++ object is already gone
            pass
        _RUNNING.discard(thread)
    return alive


def stop_all(timeout_ms: int = 5000) -> bool:
    """Ask every running worker thread to quit and wait for it. True when all have ended.

    Workers that loop must also watch their own cancel flag; the caller sets those first."""
    ended = True
    for thread in running():
        thread.quit()
        if not thread.wait(timeout_ms):
            ended = False
    return ended
