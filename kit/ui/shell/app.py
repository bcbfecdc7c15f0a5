"""Start the desktop app."""

from __future__ import annotations

import os
import sys
import time

from kit import STARTED as _T0


def _data_dir(args):
    from kit.paths import data_dir

    return data_dir(getattr(args, "data_dir", None))


def main(args) -> int:
    from kit.portable import prepare_environment
    prepare_environment()  # portable mode: every per-user folder on the stick, before Qt starts
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from kit import APP_NAME

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kit.ui.shell.main_window import MainWindow
    from kit.ui.shell.state import AppState

    state = AppState(_data_dir(args))
    if getattr(args, "lang", None):
        state.settings.set("language", args.lang)
    state.languages.apply(state.settings.language, state.settings.get("pseudo_locale"))
    from kit.ui.shell import discreet

    discreet.follow(state)  # neutral name, icon and desktop file name in discreet mode
    from kit.ui.shell import theme

    theme.apply(state.settings.get("text_scale"), state.settings.get("high_contrast"), state.settings.get("dark"))
    window = MainWindow(state)
    state.quick_exit.triggered.connect(lambda: QTimer.singleShot(0, app.quit))

    if getattr(args, "exit_after_start", False):
        class FirstPaint(QObject):
            def eventFilter(self, obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint and obj is window:
                    window.removeEventFilter(self)
                    elapsed = (time.perf_counter() - _T0) * 1000
                    QTimer.singleShot(0, lambda: (print(f"{elapsed:.0f}"), app.quit()))
                return False

        watcher = FirstPaint(window)
        window.installEventFilter(watcher)
        QTimer.singleShot(int(os.environ.get("KIT_START_TIMEOUT_MS", "20000")), lambda: app.exit(1))
    window.show()
    code = app.exec()
    from kit.ui.widgets import worker_thread

    worker_thread.stop_all()  # no thread may outlive the app (that aborts the process)
    state.lock()
    return code
