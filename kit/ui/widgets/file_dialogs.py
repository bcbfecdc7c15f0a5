"""File dialogs that leave no trace; use these instead of QFileDialog's static functions.

- In discreet mode and in portable mode they show Qt's own dialog, not the system's: the GTK,
  Windows and macOS dialogs add what was chosen to the system's recent-documents lists
  (recently-used.xbel, the shell's recent files, Recent Items). Qt's own dialog does not.
- Every Qt file dialog, native or not, also stores the folders it visited in Qt's shared
  per-user settings, where other Qt programs show them. On Linux the kit keeps those settings
  in a private temporary folder, removed when it exits. On Windows and macOS they live in the
  registry and in ~/Library/Preferences, which cannot be moved: there the wrappers put back
  the history and last folder as they were before the dialog opened.

Discreet mode is read from the `state` of the parent widget or one of its ancestors (every
widget of the main window finds it), unless `discreet=` is given.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from kit import portable

HISTORY_KEYS = ("FileDialog/history", "FileDialog/lastVisited")
_private_settings: tempfile.TemporaryDirectory | None = None


def keep_qt_settings_private() -> str:
    """Point Qt's own per-user settings at a temporary folder (once per run); returns it.

    Effective where those settings are files (Linux and other Unix systems)."""
    global _private_settings
    if _private_settings is None:
        _private_settings = tempfile.TemporaryDirectory(prefix="kit-qt-")
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, _private_settings.name)
    return _private_settings.name


@contextmanager
def history_kept():
    """Put Qt's file-dialog history back as it was (Windows registry, macOS preferences)."""
    keep_qt_settings_private()
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    before = {key: qt.value(key) for key in HISTORY_KEYS if qt.contains(key)}
    try:
        yield
    finally:
        qt = QSettings(QSettings.Scope.UserScope, "QtProject")
        for key in HISTORY_KEYS:
            if key in before:
                qt.setValue(key, before[key])
            else:
                qt.remove(key)
        qt.sync()


def _ask(dialog: Callable, *args, **kwargs):
    with history_kept():
        return dialog(*args, **kwargs)


def is_discreet(widget: QWidget | None) -> bool:
    while widget is not None:
        settings = getattr(getattr(widget, "state", None), "settings", None)
        if settings is not None:
            return bool(settings.get("discreet"))
        widget = widget.parentWidget()
    return False


def options(parent: QWidget | None, discreet: bool | None = None) -> QFileDialog.Option:
    """The dialog options: Qt's own dialog in discreet and in portable mode."""
    flags = QFileDialog.Option(0)
    if (is_discreet(parent) if discreet is None else discreet) or portable.active() is not None:
        flags |= QFileDialog.Option.DontUseNativeDialog
    return flags


def save_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                   filter: str = "", *, discreet: bool | None = None) -> str:  # noqa: A002 (Qt's name)
    """The file to save to, or "" if the user cancelled."""
    name, _ = _ask(QFileDialog.getSaveFileName, parent, caption, directory, filter,
                   options=options(parent, discreet))
    return name


def open_file_name(parent: QWidget | None, caption: str = "", directory: str = "",
                   filter: str = "", *, discreet: bool | None = None) -> str:  # noqa: A002
    """One existing file, or "" if the user cancelled."""
    name, _ = _ask(QFileDialog.getOpenFileName, parent, caption, directory, filter,
                   options=options(parent, discreet))
    return name


def open_file_names(parent: QWidget | None, caption: str = "", directory: str = "",
                    filter: str = "", *, discreet: bool | None = None) -> list[str]:  # noqa: A002
    """Existing files, or [] if the user cancelled."""
    names, _ = _ask(QFileDialog.getOpenFileNames, parent, caption, directory, filter,
                    options=options(parent, discreet))
    return list(names)


def existing_directory(parent: QWidget | None, caption: str = "", directory: str = "",
                       *, discreet: bool | None = None) -> str:
    """An existing folder, or "" if the user cancelled."""
    flags = options(parent, discreet) | QFileDialog.Option.ShowDirsOnly
    return _ask(QFileDialog.getExistingDirectory, parent, caption, directory, flags)
