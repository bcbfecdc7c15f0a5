"""Lock the private data after a while without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


class IdleLock(QObject):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        # the input filter runs only while private data is open: nothing to lock otherwise
        state.store_opened.connect(self.restart)
        state.store_locked.connect(self.stop)
        state.settings.changed.connect(lambda key, _v: key == "autolock_minutes" and self.restart())

    def interval_ms(self) -> int:
        return max(1, int(self.state.settings.get("autolock_minutes"))) * 60_000

    def restart(self) -> None:
        if self.state.store is not None:
            QApplication.instance().removeEventFilter(self)
            QApplication.instance().installEventFilter(self)
            self.timer.start(self.interval_ms())

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start(self.interval_ms())
        return False

    def _timeout(self) -> None:
        # a guest session ends too: on a shared help-desk computer nothing may stay open unattended
        if self.state.store is not None:
            self.state.lock()

    uninstall = stop
