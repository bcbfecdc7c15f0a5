"""Quick exit: how long until every window is hidden, and how long the app needs to quit during
a large attachment import. Speed goals live here, not in the tests (the tests check the order
of events only).

    python benchmarks/bench_quick_exit.py [--runs 20] [--import-mb 400] [--results]

Side by side in one run: the kit's quick exit from every section (with a dialog open) against
hiding a bare QMainWindow with a dialog open, the same way. `--results` replaces the section
"Quick exit (...)" in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, machine, median, percentile, ratio, table

GOAL_HIDE_MS = 100.0
GOAL_IMPORT_EXIT_S = 1.0


def hide_times(runs: int) -> tuple[dict[str, list[float]], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kit.ui.shell.main_window import MainWindow
    from kit.ui.shell.sections import SECTIONS
    from kit.ui.shell.state import AppState

    folder = Path(tempfile.mkdtemp(prefix="kit-bench-qe-"))
    state = AppState(folder / "data")
    window = MainWindow(state)
    kit: dict[str, list[float]] = {}
    for sid in SECTIONS:
        kit[sid] = []
        for _ in range(runs):
            window.show()
            window.open_section(sid)
            box = QMessageBox(window)
            box.setText("a dialog that must disappear too")
            box.show()
            app.processEvents()
            t = time.perf_counter()
            window.exit_button.click()
            kit[sid].append((time.perf_counter() - t) * 1000)
            assert not window.isVisible() and not box.isVisible()
            box.deleteLater()
            app.processEvents()
    bare = []
    plain = QMainWindow()
    for _ in range(runs * 3):
        plain.show()
        box = QMessageBox(plain)
        box.show()
        app.processEvents()
        t = time.perf_counter()
        for w in app.topLevelWidgets():
            w.hide()
        app.processEvents()
        bare.append((time.perf_counter() - t) * 1000)
        box.deleteLater()
    state.quick_exit.uninstall()
    state.idle_lock.uninstall()
    return kit, bare


def import_exit(mb: int) -> tuple[int, float, str]:
    """Quick exit pressed during a large import (tests/ui/quick_exit_driver.py): exit code and
    the seconds from the press to the end of the process."""
    from kit.journal import Journal
    from kit.store import Store

    folder = Path(tempfile.mkdtemp(prefix="kit-bench-qe-import-"))
    passphrase = "benchmark passphrase"
    with Store.create(folder / "data", passphrase) as store:
        Journal(store).add("other", "an entry")
    big = folder / "big.bin"
    with open(big, "wb") as f:
        f.truncate(mb << 20)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "ui" / "quick_exit_driver.py"),
                             str(folder / "data"), passphrase, str(big)], cwd=folder, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    pressed = time.perf_counter()
    rest, err = proc.communicate(timeout=300)
    took = time.perf_counter() - pressed
    return proc.returncode, took, (first + rest).decode(errors="replace") + err.decode(errors="replace")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--import-mb", type=int, default=400)
    ap.add_argument("--results", action="store_true", help="write the section into RESULTS.md")
    args = ap.parse_args()
    kit, bare = hide_times(args.runs)
    all_kit = [v for vs in kit.values() for v in vs]
    rows = [[sid, f"{median(v):.1f}", f"{percentile(v, 99):.1f}", f"{max(v):.1f}"] for sid, v in kit.items()]
    rows.append(["bare QMainWindow + dialog", f"{median(bare):.1f}", f"{percentile(bare, 99):.1f}", f"{max(bare):.1f}"])
    code, took, out = import_exit(args.import_mb)
    m = machine()
    lines = [
        "## Quick exit (bench_quick_exit.py, by hand)",
        "",
        "Machine: " + "; ".join(f"{k} {v}" for k, v in m.items()) + f". {args.runs} quick exits per "
        "section, each with a dialog open, offscreen.",
        "",
        table(["section", "median ms", "p99 ms", "max ms"], rows),
        "",
        f"- Kit against the bare window, medians side by side in this run: "
        f"{ratio(median(all_kit), median(bare))}. Goal: every window hidden within {GOAL_HIDE_MS:.0f} ms; "
        f"slowest p99 {max(percentile(v, 99) for v in kit.values()):.1f} ms "
        f"({'met' if max(percentile(v, 99) for v in kit.values()) < GOAL_HIDE_MS else 'NOT met'}).",
        f"- Quick exit pressed during a {args.import_mb} MB attachment import: exit code {code}, "
        f"{took:.2f} s from the press to the end of the process (goal: exit 0 within "
        f"{GOAL_IMPORT_EXIT_S:.0f} s: {'met' if code == 0 and took < GOAL_IMPORT_EXIT_S else 'NOT met'}); "
        f"core dumps off: {'yes' if 'core 0' in out else 'no'}.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.results:
        path = Path(__file__).with_name("RESULTS.md")
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        start = old.find("## Quick exit (")
        if start >= 0:
            end = old.find("\n## ", start + 3)
            old = old[:start] + (old[end + 1:] if end >= 0 else "")
        path.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
