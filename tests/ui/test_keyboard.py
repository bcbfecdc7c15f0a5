"""The whole kit with the keyboard alone: intake, tick a step, check, journal entry, quick exit."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def key(widget, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget.window().windowHandle(), k, mod)


def focused():
    return QApplication.focusWidget()


def test_everything_by_keyboard(qtbot, window, state):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Digital separation (Ctrl+2): open at once, no passphrase
    key(window, Qt.Key.Key_2, CTRL)
    assert window.current_section_id() == "separation"
    home = window.section("separation").home

    # the intake: Tab to the first question, Space ticks it, Alt+M makes the plan
    home.intake.checks["danger:yes"].setFocus()
    for _ in range(3):  # from "in danger now" to the devices question
        key(window, Qt.Key.Key_Tab)
        if isinstance(focused(), QCheckBox) and focused().objectName() == "intake-device:iphone":
            break
    assert focused().objectName() == "intake-device:iphone"
    key(window, Qt.Key.Key_Space)
    assert home.intake.checks["device:iphone"].isChecked()
    key(window, Qt.Key.Key_M, ALT)  # a mnemonic clicks after Qt's short click animation
    qtbot.waitUntil(lambda: home.pages.currentWidget() is home.plan)
    assert "apple-id" in [i.guide_id for i in home.plan.items]

    # continue where I left off (Alt+C) focuses the first open step; Space ticks it
    key(window, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: home.pages.currentWidget() is home.guide)
    first = next(iter(home.guide.steps.values()))
    qtbot.waitUntil(lambda: focused() is first.done)
    key(window, Qt.Key.Key_Space)
    assert first.done.isChecked()
    assert state.work_store().steps(home.guide.guide.id)[first.step.id] == "done"

    # the computer check (Ctrl+4, Alt+S)
    key(window, Qt.Key.Key_4, CTRL)
    check = window.section("check")
    key(window, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: check.report is not None, timeout=20000)
    check.thread.wait()

    # a journal entry (Ctrl+6, after the phone check at Ctrl+5; guest session with Alt+G, Ctrl+N),
    # typed into the dialog
    key(window, Qt.Key.Key_6, CTRL)
    key(window, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: state.store is not None)
    journal = window.section("journal").home
    typed = []

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the shortcut clicks after Qt's click animation; look again soon
            QTimer.singleShot(10, fill_dialog)
            return
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_D, ALT)  # &Description
        QTest.keyClicks(QApplication.focusWidget(), "keyboard only entry")
        typed.append(dialog.description.toPlainText())
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_S, ALT)  # &Save (clicks after its animation)

    QTimer.singleShot(0, fill_dialog)
    key(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    assert typed == ["keyboard only entry"]
    assert [e.description for e in journal.journal.entries()] == ["keyboard only entry"]

    # quick exit: Esc twice
    with qtbot.waitSignal(state.quick_exit.triggered, timeout=2000):
        key(window, Qt.Key.Key_Escape)
        key(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and state.store is None
