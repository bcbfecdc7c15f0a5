"""The baseline for start-up: a bare PySide6 window that shows one label.

Measured the way `python -m kit --exit-after-start` measures itself: from the first line of
Python code to the first Paint event of the window, printed in ms; then the process exits.
The window has the main window's size (1024x720), so both paint the same area.
"""

import time

T0 = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    QVBoxLayout(window).addWidget(QLabel("Hello", window))
    window.resize(1024, 720)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and obj is window:
                window.removeEventFilter(self)
                elapsed = (time.perf_counter() - T0) * 1000
                QTimer.singleShot(0, lambda: (print(f"{elapsed:.0f}"), app.quit()))
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(20000, lambda: app.exit(1))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
