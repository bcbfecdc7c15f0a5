"""Presenter mode: the projected screen. Full screen, large type, high contrast, one slide at a time.

It only ever shows a slide's `label`, `title` and `body`; facilitator notes live in FacilitatorNotes.
Keys (clicker remotes send these): Right, Down, PageDown, Space, Enter = next; Left, Up, PageUp,
Backspace = previous; Home, End; B or . = blank screen; Esc = leave presenter mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kit.ui.family.presenter_slide_view import PresenterSlideView
from kit.ui.shell.branding import app_title

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
             Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}

STYLE = """
#presenter, #presenter QWidget { background: #000000; color: #ffffff; }
#presenter #presenter-title { color: #ffd400; }
#presenter QPushButton { border: 2px solid #ffffff; padding: 6px 16px; }
"""


class PresenterWindow(QWidget):
    current_changed = Signal(int)
    closed = Signal()

    def __init__(self, state, slides, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.state = state
        self.slides = list(slides)
        self.index = 0
        self.setObjectName("presenter")
        self.setStyleSheet(STYLE)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Link, QColor("#9fd3ff"))
        self.setPalette(pal)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = PresenterSlideView(self)
        self.blank = QWidget(self)
        self.blank.setObjectName("presenter-blank")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.blank)
        self.position = QLabel(self)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(48, 0, 48, 16)
        bar.addWidget(self.position)
        bar.addStretch(1)
        for b in (self.prev_button, self.next_button, self.close_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys always go to the window
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bar)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.go(0)

    # -- navigation --------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if not self.slides:
            return
        self.index = max(0, min(index, len(self.slides) - 1))
        self.pages.setCurrentWidget(self.view)
        self.view.show_slide(self.slides[self.index])
        self.position.setText(f"{self.index + 1} / {len(self.slides)}")
        self.position.setAccessibleName(self.tr("Slide %1 of %2").replace("%1", str(self.index + 1))
                                        .replace("%2", str(len(self.slides))))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.slides) - 1)
        self.current_changed.emit(self.index)

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(len(self.slides) - 1)

    def toggle_blank(self) -> None:
        """A black screen, e.g. while the group talks; any navigation key brings the slide back."""
        self.pages.setCurrentWidget(self.view if self.is_blank() else self.blank)

    def is_blank(self) -> bool:
        return self.pages.currentWidget() is self.blank

    def set_slides(self, slides, start: int | None = None) -> None:
        """New slides: another module from `start`, or another language at the same place."""
        self.slides = list(slides)
        self.go(self.index if start is None else start)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.first()
        elif key == Qt.Key.Key_End:
            self.last()
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- showing -----------------------------------------------------------------------------
    def start(self, screen=None) -> None:
        """Full screen, on `screen` if given (the projector)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self._take_focus()

    def show_windowed(self) -> None:
        """Shown as a normal window (for tests and for rehearsing)."""
        self.resize(1024, 640)
        self.show()
        self._take_focus()

    def _take_focus(self) -> None:
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().closeEvent(event)
        self.closed.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(app_title(self.state.settings.get("discreet")))
        self.setAccessibleName(self.tr("Presentation"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys, Page Up and Page Down go to the next or previous slide; Home and End to the first "
            "or last; B blanks the screen; Esc ends the presentation"))
        for b, text, name, desc in (
            (self.prev_button, self.tr("◀ &Previous"), self.tr("Previous slide"),
             self.tr("Left arrow or Page Up")),
            (self.next_button, self.tr("&Next ▶"), self.tr("Next slide"),
             self.tr("Right arrow, Page Down or Space")),
            (self.close_button, self.tr("&End (Esc)"), self.tr("End the presentation"),
             self.tr("Closes presenter mode")),
        ):
            b.setText(text)
            b.setAccessibleName(name)
            b.setAccessibleDescription(desc)
        self.go(self.index)
