"""Quick exit from every section: everything hidden at once, lock signal, back to Start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kit.ui.shell.sections import SECTIONS
from kit.ui.widgets import clipboard


def visible_windows():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.parametrize("section_id", list(SECTIONS))
def test_button_hides_everything_from_every_section(qtbot, window, state, section_id):
    """Everything is hidden during the click itself, before `triggered` is emitted: no timer
    or later event-loop turn is needed. (How fast that is lives in benchmarks/, not here.)"""
    window.open_section(section_id)
    assert window.current_section_id() == section_id
    dialog = QMessageBox(window)
    dialog.setText("a dialog that must disappear too")
    dialog.show()
    qtbot.waitExposed(dialog)
    seen_at_trigger = []
    state.quick_exit.triggered.connect(lambda: seen_at_trigger.append(visible_windows()))
    qtbot.mouseClick(window.exit_button, Qt.MouseButton.LeftButton)
    assert seen_at_trigger == [[]]  # emitted once, with every window already hidden
    assert visible_windows() == []
    window.show()
    assert window.current_section_id() == "start"


def test_escape_twice_triggers(qtbot, window, state):
    window.open_section("settings")
    with qtbot.waitSignal(state.quick_exit.triggered, timeout=1000):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_single_escape_does_not_trigger(qtbot, window, state):
    with qtbot.assertNotEmitted(state.quick_exit.triggered, wait=50):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert window.isVisible()


def test_escapes_more_than_a_second_apart_do_not_trigger(qtbot, window, state, monkeypatch):
    times = [100.0, 101.5]
    monkeypatch.setattr("kit.ui.shell.quick_exit.time.monotonic", lambda: times.pop(0) if times else 200.0)
    with qtbot.assertNotEmitted(state.quick_exit.triggered, wait=50):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)


def test_clipboard_cleared_only_if_ours(qtbot, window, state):
    clipboard.copy_text("private note")
    state.quick_exit.trigger()
    assert QApplication.clipboard().text() == ""
    QApplication.clipboard().setText("somebody else's text")
    window.show()
    state.quick_exit.trigger()
    assert QApplication.clipboard().text() == "somebody else's text"


def test_quick_exit_locks_the_store(qtbot, window, state):
    class FakeStore:
        closed = False

        def close(self, quick=False):
            self.closed = True

    store = FakeStore()
    state.set_store(store)
    with qtbot.waitSignal(state.store_locked, timeout=1000):
        state.quick_exit.trigger()
    assert store.closed and state.store is None


# -- issue 13 -------------------------------------------------------------------------------
def test_quick_exit_during_a_large_import_exits_0_and_keeps_every_saved_entry(tmp_path):
    """The app is quit by quick exit in the middle of copying a large file: it cancels and
    joins the import thread, exits 0 (no abort, no core file) and the store reopens with every
    saved entry and no half attachment."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from kit.journal import Journal
    from kit.store import Store

    passphrase = "quick exit passphrase"
    folder = tmp_path / "data"
    with Store.create(folder, passphrase) as store:
        journal = Journal(store)
        saved = [journal.add("other", f"saved entry {i}") for i in range(3)]
    big = tmp_path / "video.bin"
    with open(big, "wb") as f:
        f.truncate(48 << 20)  # 48 MiB; the 400 MB case only takes longer
    driver = Path(__file__).with_name("quick_exit_driver.py")
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(repo)}
    out = subprocess.run([sys.executable, str(driver), str(folder), passphrase, str(big)],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "QThread" not in out.stderr and "Traceback" not in out.stderr
    assert out.stdout.splitlines()[0] == "importing"
    assert "core 0" in out.stdout
    if sys.platform.startswith("linux"):
        assert "dumpable 0" in out.stdout
    assert not list(tmp_path.glob("core*"))
    with Store.open(folder, passphrase) as store:
        assert store.integrity_ok()
        entries = Journal(store).entries()
        assert [e.id for e in entries] == saved
        assert all(e.attachments == () for e in entries), "the cancelled copy left nothing"
        with store.reading() as db:  # the half copy was left for the unlock to remove: gone
            assert db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_app_start_switches_core_dumps_off(tmp_path):
    import subprocess
    import sys

    code = ("import resource, kit.__main__ as m, kit.hardening as h\n"
            "m.main(['--version']) if False else h.harden_process()\n"
            "print(resource.getrlimit(resource.RLIMIT_CORE), h.dumpable())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("(0, 0)")
    if sys.platform.startswith("linux"):
        assert out.stdout.strip().endswith("0")


def test_copy_with_the_keyboard_is_cleared_by_quick_exit(qtbot, window, state):
    from PySide6.QtWidgets import QLineEdit

    QApplication.clipboard().setText("somebody else's text")
    field = QLineEdit(window)
    field.setText("my new address")
    field.show()
    field.setFocus()
    field.selectAll()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "my new address"
    state.quick_exit.trigger()
    assert QApplication.clipboard().text() == ""


def test_quick_exit_cancels_and_joins_a_running_worker(qtbot, window, state):
    import threading

    from PySide6.QtCore import QObject, Signal

    from kit.ui.widgets import worker_thread

    class Slow(QObject):
        done = Signal()

        def __init__(self):
            super().__init__()
            self.cancelled = threading.Event()

        def run(self):
            self.cancelled.wait(60)  # ends only when cancelled
            self.done.emit()

        def cancel(self):
            self.cancelled.set()

    worker = Slow()
    thread = worker_thread.start(worker, worker.done)
    assert thread.isRunning()
    state.quick_exit.trigger()
    assert worker.cancelled.is_set() and thread.isFinished()
    assert worker_thread.running() == []


def test_escape_twice_is_armed_even_when_no_window_paints(qtbot, qapp):
    """The main window arms the quick exit right after its first paint (fewer events pass the
    Python filter before it); without a window it is armed anyway, a moment later."""
    from kit.ui.shell.quick_exit import QuickExit

    qe = QuickExit()
    try:
        qtbot.waitUntil(lambda: qe.installed, timeout=30000)
    finally:
        qe.uninstall()
        qe.deleteLater()
