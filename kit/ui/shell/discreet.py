"""Discreet mode for the whole application: a neutral name, app id and icon.

MainWindow switches its own title and icon. `follow(state)` does the same for what the
desktop sees of the application, now and whenever the setting or the language changes:

- the display name, which Qt shows in dialog titles and some desktops add to window titles;
- the desktop file name: the app id with which Wayland desktops and task bars look up a name
  and icon ("notes" matches no installed menu entry, so they show the window title instead);
  Wayland takes it when a window opens, so it fully applies after a restart;
- the default window icon, used by dialogs.

Limits (also said on the Settings page): the program file, its menu entry and its data folder
keep their names, and on X11 the window class stays "ontkoppel".
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from kit.ui.shell.branding import app_icon, app_title

DESKTOP_FILE = "ontkoppel"  # packaging/ontkoppel.desktop
NEUTRAL_DESKTOP_FILE = "notes"


def apply(discreet: bool) -> None:
    app = QGuiApplication.instance()
    if app is None:
        return
    app.setApplicationDisplayName(app_title(discreet))
    QGuiApplication.setDesktopFileName(NEUTRAL_DESKTOP_FILE if discreet else DESKTOP_FILE)
    app.setWindowIcon(app_icon(discreet))


def follow(state) -> None:
    """Apply discreet mode now, and again when the setting or the language changes."""
    def update(*_):
        apply(bool(state.settings.get("discreet")))

    update()
    state.settings.changed.connect(lambda key, _value: update() if key == "discreet" else None)
    state.languages.changed.connect(update)
