"""Portable mode: the kit and everything it writes stay in one folder, for example on a USB stick.

A file named ``portable`` next to the program turns it on (``kit.paths.is_portable()``). Then
``prepare_environment()``, called before Qt starts, points every per-user place that the kit, Qt
and the libraries under Qt write to into ``data/`` beside the program:

- the kit's own data (``KIT_DATA_DIR``, which ``kit.paths.data_dir()`` reads): ``data/``;
- ``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``, ``XDG_CACHE_HOME``, ``XDG_STATE_HOME`` (Linux: Qt's
  QStandardPaths, fontconfig's font cache, GTK, Mesa): ``data/config``, ``data/share``,
  ``data/cache``, ``data/state``;
- temporary files (``TMPDIR``; ``TEMP`` and ``TMP`` on Windows; Qt's runtime folder falls back
  to it too): ``data/tmp``;
- Qt's own settings: ``data/config``. On Linux that is all of them; on Windows and macOS the
  settings that Qt keeps in the registry or ``~/Library/Preferences`` cannot be moved (only the
  file dialogs use them, and ``kit.ui.widgets.file_dialogs`` puts their history back).

``HOME``, ``APPDATA`` and the like are left alone: the computer check must still look at the
real profile. The values from before are kept in ``KIT_HOST_<NAME>`` (see ``host_environ()``).
An explicit ``--data-dir`` or ``KIT_DATA_DIR`` still decides where the kit's own data goes.

``KIT_PORTABLE_ROOT`` names the folder to treat as the program's folder (for tests, or a kit run
from a checkout); portable mode still needs the ``portable`` file inside it.

Limits: the operating system itself may still note that a program ran (Windows Prefetch and
UserAssist, macOS Recent Items, shell history), and a passphrase remembered in the system
keychain is stored on the computer, not on the stick.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

ROOT_ENV = "KIT_PORTABLE_ROOT"
ACTIVE_ENV = "KIT_PORTABLE_DATA"
HOST_PREFIX = "KIT_HOST_"
MARKER = "portable"
DATA = "data"

XDG = {"XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "share", "XDG_CACHE_HOME": "cache",
       "XDG_STATE_HOME": "state"}
TEMP_VARS = ("TMPDIR", "TEMP", "TMP") if sys.platform == "win32" else ("TMPDIR",)


def root(environ: MutableMapping[str, str] | None = None) -> Path:
    """The folder that holds the program (or the ``KIT_PORTABLE_ROOT`` override)."""
    env = os.environ if environ is None else environ
    if env.get(ROOT_ENV):
        return Path(env[ROOT_ENV]).expanduser().resolve()
    from kit.paths import app_dir

    return app_dir()


def data_folder(environ: MutableMapping[str, str] | None = None) -> Path | None:
    """``data/`` beside the program when portable mode is on, else None."""
    folder = root(environ)
    return folder / DATA if (folder / MARKER).is_file() else None


def active(environ: MutableMapping[str, str] | None = None) -> Path | None:
    """The portable data folder once ``prepare_environment()`` has run, else None."""
    env = os.environ if environ is None else environ
    return Path(env[ACTIVE_ENV]) if env.get(ACTIVE_ENV) else None


def redirected(data: Path) -> dict[str, Path]:
    """Environment variable -> folder inside the portable data folder."""
    places = {name: data / sub for name, sub in XDG.items()}
    places.update({name: data / "tmp" for name in TEMP_VARS})
    return places


def host_environ(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """The environment as it was before portable mode moved the per-user folders.

    The computer check reads the real profile (XDG_CONFIG_HOME and so on) through this.
    """
    env = os.environ if environ is None else environ
    out = dict(env)
    for name in (*XDG, *TEMP_VARS):
        key = HOST_PREFIX + name
        if key in env:
            if env[key]:
                out[name] = env[key]
            else:
                out.pop(name, None)
        out.pop(key, None)
    return out


def prepare_environment(environ: MutableMapping[str, str] | None = None, qt: bool = True) -> Path | None:
    """In portable mode, move every per-user location into ``data/``; returns that folder.

    Call it before a QApplication exists (Qt and fontconfig read these once). Outside portable
    mode it does nothing and returns None. Safe to call twice.
    """
    env = os.environ if environ is None else environ
    data = data_folder(env)
    if data is None:
        return None
    places = redirected(data)
    if env.get(ACTIVE_ENV) != str(data):
        for name, folder in places.items():
            env.setdefault(HOST_PREFIX + name, env.get(name, ""))
            env[name] = str(folder)
        env.setdefault("KIT_DATA_DIR", str(data))
        env[ACTIVE_ENV] = str(data)
    for folder in {data, *places.values()}:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if qt:
        _qt_settings_in(places["XDG_CONFIG_HOME"])
    return data


def _qt_settings_in(folder: Path) -> None:
    """Qt's own settings as files in `folder` (on Windows and macOS: all but the native ones)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # Native: Unix only
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
