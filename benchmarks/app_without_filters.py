"""Diagnostic only: `python -m kit --exit-after-start` without the app's two application-wide
Python event filters (quick exit, idle lock), to measure what they cost at start-up.

Not a way to run the kit: without the filters, Escape-twice and the idle lock do not work.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kit  # noqa: E402  (first: the probe counts from here, as with python -m kit)

assert kit.STARTED

from PySide6.QtWidgets import QApplication  # noqa: E402

from kit.ui.shell import idle_lock, quick_exit  # noqa: E402

_install = QApplication.installEventFilter


def _install_unless_app_wide(self, obj):
    if isinstance(obj, (quick_exit.QuickExit, idle_lock.IdleLock)):
        return None
    return _install(self, obj)


QApplication.installEventFilter = _install_unless_app_wide

if __name__ == "__main__":
    from kit.cli import run

    sys.exit(run(["--exit-after-start"]))
