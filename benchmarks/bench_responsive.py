"""Benchmark: the longest stall of the Qt event loop while work runs in the app's worker threads.

A precise QTimer ticks every 2 ms in the main thread; a stall is the largest gap between two
ticks. Measured while idle (the floor), while the computer check runs in the app's CheckWorker,
and while a large file is imported through the app's AttachmentWorker into an encrypted store
on disk and into a guest (in-memory) store. The workers' progress signals update a visible
progress bar in the main thread, through slots of an object that lives there (a lambda would
run in the worker thread). Offscreen Qt.

PySide6 6.12.0 has a reference-counting bug: `SignalInstance.emit()` returns `True` without
taking a reference, so every discarded result takes one reference away from `True`, and the
interpreter aborts ("Fatal Python error: bool_dealloc") once they are used up; a 1 GB import
emits 1024 progress signals. `emit_drops_true()` detects it; then this benchmark holds spare
references to `True` that are never released, so that the run (and its exit) survives.

    python benchmarks/bench_responsive.py [--attach-mb 1024] [--check-runs 5] [--dir PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from _common import MB, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressBar  # noqa: E402

TICK_MS = 2
PASS = "benchmark passphrase"


class _Probe(QObject):
    signal = Signal()


def emit_drops_true(emits: int = 10) -> bool:
    """True if `SignalInstance.emit()` takes a reference away from `True` (PySide6 6.12.0)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(emits):
        probe.signal.emit()
    return sys.getrefcount(True) < before


def hold_spare_true(count: int = 200_000) -> None:
    """Keep `count` extra references to True for the rest of the process, exit included: a list
    that holds them, with one reference of its own that nothing gives back."""
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object([True] * count))


class ProgressView(QObject):
    """A visible progress bar, updated from the workers' signals in the main thread."""

    def __init__(self):
        super().__init__()
        self.bar = QProgressBar()
        self.bar.resize(400, 30)
        self.bar.show()
        self.results: list = []
        self.failures: list = []

    def show(self, done: int, total: int) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)

    def check_progress(self, done: int, total: int, _check_id: str, _status: str) -> None:
        self.show(done, total)

    def attach_progress(self, _index: int, done_kib: int, total_kib: int) -> None:
        self.show(done_kib, total_kib)

    def result(self, value) -> None:
        self.results.append(value)

    def failure(self, value="") -> None:
        self.failures.append(value)


class StallMonitor(QObject):
    """Records the gaps between the ticks of a 2 ms precise timer in this thread."""

    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def __enter__(self):
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        self._tick()  # the gap up to the end counts too


def _wait(thread, limit_s: float = 600) -> None:
    """Run the event loop until `thread` has finished."""
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    QTimer.singleShot(int(limit_s * 1000), loop.quit)
    if not thread.isFinished():
        loop.exec()
    thread.wait()


def summary(name: str, gaps: list[float], seconds: float, note: str = "") -> dict:
    return {"name": name, "max": max(gaps), "p99": percentile(gaps, 99), "ticks": len(gaps),
            "over_50": sum(g > 0.05 for g in gaps), "seconds": seconds, "note": note}


def idle(view: ProgressView, seconds: float = 1.0) -> dict:
    loop = QEventLoop()
    with StallMonitor() as mon:
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
    return summary("idle (the floor)", mon.gaps, seconds)


def check(view: ProgressView, runs: int) -> dict:
    from kit import netguard
    from kit.ui.check.check_worker import CheckWorker
    from kit.ui.widgets.worker_thread import start

    netguard.install()  # as the app runs
    gaps, seconds, findings = [], 0.0, 0
    for _ in range(runs):
        worker = CheckWorker("nl")
        worker.progress.connect(view.check_progress)
        worker.finished.connect(view.result)
        worker.failed.connect(view.failure)
        view.results.clear()
        t = time.perf_counter()
        with StallMonitor() as mon:
            thread = start(worker, worker.finished, worker.failed)
            _wait(thread)
            QApplication.processEvents()  # the last queued progress and the result
        seconds += time.perf_counter() - t
        gaps += mon.gaps
        if not view.results:
            raise RuntimeError("the computer check failed in its worker")
        findings = len(view.results[-1].findings)
    return summary(f"computer check in CheckWorker ({runs} runs)", gaps, seconds,
                   f"{findings} checks per run")


GUEST_MB = 128  # larger files run out of memory in a guest session's worker (SQLCipher's locked memory)


def _head(src: Path, dst: Path, size: int) -> Path:
    if not dst.exists():
        with open(src, "rb") as f, open(dst, "wb") as out:
            out.write(f.read(size))
    return dst


def attach(view: ProgressView, src: Path, store_kind: str, work: Path) -> dict:
    from kit.journal import Journal
    from kit.store import Store
    from kit.ui.journal.attachment_worker import AttachmentWorker
    from kit.ui.widgets.worker_thread import start

    store = Store.guest() if store_kind == "guest" else Store.create(work / "responsive", PASS)
    if store_kind == "guest" and src.stat().st_size > GUEST_MB * MB:
        src = _head(src, work / "guest-import.bin", GUEST_MB * MB)  # a guest keeps files in memory
    try:
        journal = Journal(store)
        entry = journal.add("other", "benchmark")
        worker = AttachmentWorker(journal, entry, [src], keep_path=False)
        worker.progress.connect(view.attach_progress)
        worker.finished.connect(view.result)
        worker.failed.connect(view.failure)
        view.results.clear()
        t = time.perf_counter()
        with StallMonitor() as mon:
            thread = start(worker, worker.done)
            _wait(thread)
            QApplication.processEvents()
        seconds = time.perf_counter() - t
        if view.failures or not view.results:
            raise RuntimeError(f"the import failed in its worker: {view.failures}")
    finally:
        store.close()
    size_mb = src.stat().st_size / MB
    where = ("guest store (in memory)" if store_kind == "guest"
             else "encrypted store on disk")
    return summary(f"import {size_mb:.0f} MiB in AttachmentWorker, {where}", mon.gaps, seconds,
                   f"{size_mb / seconds:.0f} MiB/s")


def measure(src: Path | None, check_runs: int = 5, folder: Path | None = None) -> list[dict]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if emit_drops_true():
        hold_spare_true()
    view = ProgressView()
    app.processEvents()
    rows = [idle(view), check(view, check_runs)]
    if src is not None:
        with tempfile.TemporaryDirectory(dir=folder) as work:
            for kind in ("disk", "guest"):
                rows.append(attach(view, src, kind, Path(work)))
    view.bar.close()
    return rows


def main(argv=None) -> int:
    from bench_attach import generate

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attach-mb", type=int, default=1024)
    ap.add_argument("--check-runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as work:
        src = Path(work) / "video.bin"
        generate(src, args.attach_mb)
        rows = measure(src, args.check_runs, Path(work))
    if emit_drops_true():
        print("note: this PySide6 drops a reference to True on every Signal.emit(); "
              "see the module docstring\n")
    print("| while | longest stall (ms) | p99 gap (ms) | gaps > 50 ms | ticks | seconds | note |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r['name']} | {r['max'] * 1000:.1f} | {r['p99'] * 1000:.1f} | {r['over_50']} "
              f"| {r['ticks']} | {r['seconds']:.2f} | {r['note']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
