"""Quick exit from every section: everything hidden at once, lock signal, back to Start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kit.ui import clipboard
from kit.ui.sections import SECTIONS


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
    monkeypatch.setattr("kit.ui.quick_exit.time.monotonic", lambda: times.pop(0) if times else 200.0)
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

        def close(self):
            self.closed = True

    store = FakeStore()
    state.set_store(store)
    with qtbot.waitSignal(state.store_locked, timeout=1000):
        state.quick_exit.trigger()
    assert store.closed and state.store is None
