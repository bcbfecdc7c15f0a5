"""Where the user's (encrypted) data lives.

Order: an explicit folder (``--data-dir``), the environment variable ``KIT_DATA_DIR``,
portable mode (a file named ``portable`` next to the app: data in ``data/`` beside it, so the
kit and its data can live on a USB stick), else the per-user application data folder.

This is the only module of the core that may touch Qt, and only lazily for that last case.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import kit

ENV_VAR = "KIT_DATA_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"


def app_dir() -> Path:
    """The folder that holds the app: beside the executable when frozen, else the repository."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(kit.__file__).resolve().parent.parent


def is_portable() -> bool:
    return (app_dir() / PORTABLE_MARKER).is_file()


def _standard_location() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(kit.APP_NAME)
    QCoreApplication.setApplicationName(kit.APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        return Path.home() / f".{kit.APP_NAME.lower()}"
    return Path(location)


def data_dir(explicit: Path | None = None) -> Path:
    """The data folder to use. It is not created here: the store creates it owner-only."""
    if explicit is not None:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    if is_portable():
        return app_dir() / PORTABLE_DATA
    return _standard_location()
