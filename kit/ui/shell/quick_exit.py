"""Quick exit: a button on every screen, and Escape pressed twice within one second.

It hides every window of the app at once, clears the clipboard if it holds our text, cancels
and joins every worker thread (an attachment import, the computer check), and emits
`triggered`, which locks the store and resets the window to its start page. It never raises.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QDialog

from kit.ui.widgets import clipboard, worker_thread

DOUBLE_PRESS_S = 1.0
ARM_LATEST_MS = 500  # the filter is installed by then even if no window has painted


class QuickExit(QObject):
    triggered = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._last_escape = 0.0
        self.installed = False
        # Every event passes an application-wide Python filter, and before the first paint
        # there are about a thousand: the main window installs it right after its first paint
        # (`arm`). Without a window (or if that paint is slow) it comes after ARM_LATEST_MS.
        QTimer.singleShot(ARM_LATEST_MS, self, self.install)

    def arm(self) -> None:
        """Install the filter once the event loop runs again (called after the first paint)."""
        if not self.installed:
            QTimer.singleShot(0, self, self.install)

    def install(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.installEventFilter(self)
        clipboard.watch()
        self.installed = True

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.installed = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        # Every key press reaches its QWindow exactly once, before it is passed to the focused
        # widget and its parents; counting it there counts each press once.
        if isinstance(obj, QWindow) and event.type() == QEvent.Type.KeyPress and (
                event.matches(QKeySequence.StandardKey.Copy)
                or event.matches(QKeySequence.StandardKey.Cut)):
            clipboard.expect_copy()
        elif event.type() == QEvent.Type.ContextMenu:
            clipboard.expect_copy()  # its Copy item
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(obj, QWindow)
            and event.key() == Qt.Key.Key_Escape
            and not event.isAutoRepeat()
        ):
            now = time.monotonic()
            if now - self._last_escape <= DOUBLE_PRESS_S:
                self._last_escape = 0.0
                self.trigger()
                return True
            self._last_escape = now
        return False

    def trigger(self) -> None:
        app = QApplication.instance()
        for step in (self._hide_all, clipboard.clear_if_ours, worker_thread.stop_all,
                     app.processEvents, self.triggered.emit):
            with contextlib.suppress(Exception):  # every later step must still run
                step()

    @staticmethod
    def _hide_all() -> None:
        for w in QApplication.instance().topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
            w.hide()
