"""Discreet mode: neutral names, no recent-documents entries, no tray icon, no notifications."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QSystemTrayIcon, QWidget

from kit import APP_NAME
from kit.ui.shell import discreet
from kit.ui.shell.sections import SECTIONS
from kit.ui.widgets import file_dialogs

KIT = Path(__file__).resolve().parents[2] / "kit"


def test_no_tray_icon_and_no_notifications_anywhere(window, state):
    state.settings.set("discreet", True)
    for sid in SECTIONS:
        window.open_section(sid)
    assert not QApplication.instance().findChildren(QSystemTrayIcon)
    assert not [o for o in gc.get_objects() if isinstance(o, QSystemTrayIcon)]
    for path in KIT.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for word in ("QSystemTrayIcon", "org.freedesktop.Notifications", "UNUserNotification"):
            assert word not in source, f"{path}: {word}"


def test_window_and_application_names_are_neutral(window, state):
    discreet.follow(state)
    app = QGuiApplication.instance()
    try:
        state.settings.set("discreet", True)
        assert window.windowTitle() == "Notes"
        assert app.applicationDisplayName() == "Notes"
        assert QGuiApplication.desktopFileName() == discreet.NEUTRAL_DESKTOP_FILE
        assert APP_NAME.lower() not in QGuiApplication.desktopFileName().lower()
        state.settings.set("discreet", False)
        assert window.windowTitle() == APP_NAME
        assert app.applicationDisplayName() == APP_NAME
        assert QGuiApplication.desktopFileName() == discreet.DESKTOP_FILE
    finally:
        discreet.apply(False)


def _capture(monkeypatch, name, result):
    seen = []

    def fake(*args, **kwargs):
        seen.append(kwargs.get("options", args[-1] if args else None))
        return result

    monkeypatch.setattr(QFileDialog, name, staticmethod(fake))
    return seen


def test_discreet_mode_uses_qt_dialogs(window, state, monkeypatch):
    native = QFileDialog.Option.DontUseNativeDialog
    saves = _capture(monkeypatch, "getSaveFileName", ("/x/a.pdf", ""))
    opens = _capture(monkeypatch, "getOpenFileNames", (["/x/a", "/x/b"], ""))
    one = _capture(monkeypatch, "getOpenFileName", ("/x/a", ""))
    dirs = _capture(monkeypatch, "getExistingDirectory", "/x")
    child = QWidget(window.section("settings"))  # finds the state through its parents

    assert file_dialogs.save_file_name(child, "Save", "a.pdf", "PDF (*.pdf)") == "/x/a.pdf"
    assert not saves[-1] & native
    state.settings.set("discreet", True)
    assert file_dialogs.save_file_name(child, "Save", "a.pdf", "PDF (*.pdf)") == "/x/a.pdf"
    assert file_dialogs.open_file_names(child, "Open") == ["/x/a", "/x/b"]
    assert file_dialogs.open_file_name(child, "Open") == "/x/a"
    assert file_dialogs.existing_directory(child, "Folder") == "/x"
    for seen in (saves, opens, one, dirs):
        assert seen[-1] & native
    assert dirs[-1] & QFileDialog.Option.ShowDirsOnly
    assert file_dialogs.save_file_name(None, "Save", discreet=False) == "/x/a.pdf"
    assert not saves[-1] & native


def test_file_dialog_history_stays_out_of_the_profile(qtbot, window, state):
    state.settings.set("discreet", True)
    private = Path(file_dialogs.keep_qt_settings_private())
    home = Path.home()
    assert not private.is_relative_to(home)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert Path(qt.fileName()).parent == private  # Qt's shared settings are not in the profile
    earlier = ["file:///earlier/one", "file:///earlier/two"]
    qt.setValue("FileDialog/history", earlier)
    qt.remove("FileDialog/lastVisited")
    qt.sync()
    before = set(home.rglob("*"))

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.reject()
        else:
            QTimer.singleShot(50, close_dialog)

    QTimer.singleShot(50, close_dialog)
    assert file_dialogs.existing_directory(window, "Folder", str(home)) == ""
    assert set(home.rglob("*")) == before
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")  # the history is as it was before
    assert qt.value("FileDialog/history") == earlier
    assert not qt.contains("FileDialog/lastVisited")
