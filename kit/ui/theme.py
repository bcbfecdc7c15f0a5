"""Text size and high contrast, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

_base_font: QFont | None = None
_base_palette: QPalette | None = None

HIGH_CONTRAST_CSS = """
QWidget { color: black; background: white; }
QPushButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QListWidget, QTreeWidget, QTextBrowser {
  border: 2px solid black; }
QPushButton:focus, QComboBox:focus, QLineEdit:focus, QListWidget:focus, QTextBrowser:focus { border: 3px solid #0000c0; }
"""


def apply(scale_percent: int, high_contrast: bool) -> None:
    global _base_font, _base_palette
    app = QApplication.instance()
    if _base_font is None:
        _base_font = QFont(app.font())
        _base_palette = QPalette(app.palette())
    font = QFont(_base_font)
    size = _base_font.pointSizeF() if _base_font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * max(100, min(200, scale_percent)) / 100)
    app.setFont(font)
    if high_contrast:
        pal = QPalette()
        for role, color in ((QPalette.ColorRole.Window, "white"), (QPalette.ColorRole.WindowText, "black"),
                            (QPalette.ColorRole.Base, "white"), (QPalette.ColorRole.Text, "black"),
                            (QPalette.ColorRole.Button, "white"), (QPalette.ColorRole.ButtonText, "black"),
                            (QPalette.ColorRole.Highlight, "#0000c0"), (QPalette.ColorRole.HighlightedText, "white"),
                            (QPalette.ColorRole.Link, "#0000c0")):
            pal.setColor(role, QColor(color))
        app.setPalette(pal)
        app.setStyleSheet(HIGH_CONTRAST_CSS)
    else:
        app.setPalette(_base_palette)
        app.setStyleSheet("")
