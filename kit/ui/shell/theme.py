"""The design system: colour tokens (light, dark, high contrast), text size and spacing, applied
to the whole application as one palette and one style sheet. Rules: kit/ui/STYLE.md."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_PT = 11.0  # body text at 100 %: 11 pt, larger than Qt's 9 pt default
SPACE = 8  # the spacing unit in px: margins and gaps are 1x, 2x or 3x this

# Every text/background pair below has a contrast ratio of at least 4.5:1 (WCAG AA);
# tests/ui/test_theme.py checks it.
TOKENS: dict[str, dict[str, str]] = {
    "light": {
        "bg": "#f4f6f8", "surface": "#ffffff", "text": "#1b1f24", "muted": "#4a5361",
        "border": "#b8c0cb", "accent": "#1d5a85", "on_accent": "#ffffff", "focus": "#0b57d0",
        "calm": "#e6f0f7", "on_calm": "#133f5e", "danger": "#a4161a", "on_danger": "#ffffff",
        "notice": "#fff4d6", "on_notice": "#3d2e00", "ok": "#1e6b3a", "link": "#0b57d0",
    },
    "dark": {
        "bg": "#15181c", "surface": "#1f242b", "text": "#eef1f4", "muted": "#b9c1cc",
        "border": "#4a5360", "accent": "#8cc4ee", "on_accent": "#0d1114", "focus": "#8ab4f8",
        "calm": "#213447", "on_calm": "#d5e8f7", "danger": "#c62828", "on_danger": "#ffffff",
        "notice": "#3d3212", "on_notice": "#fff1c9", "ok": "#7dd69b", "link": "#8ab4f8",
    },
    "contrast": {
        "bg": "#ffffff", "surface": "#ffffff", "text": "#000000", "muted": "#000000",
        "border": "#000000", "accent": "#0000c0", "on_accent": "#ffffff", "focus": "#0000c0",
        "calm": "#ffffff", "on_calm": "#000000", "danger": "#b00000", "on_danger": "#ffffff",
        "notice": "#ffffff", "on_notice": "#000000", "ok": "#005000", "link": "#0000c0",
    },
}

# (text token, background token) pairs that must be readable
CONTRAST_PAIRS = (("text", "bg"), ("text", "surface"), ("muted", "surface"), ("muted", "bg"),
                  ("on_accent", "accent"), ("on_calm", "calm"), ("on_danger", "danger"),
                  ("on_notice", "notice"), ("link", "surface"), ("accent", "surface"))

STYLE = """
QMainWindow, QDialog {{ background: {bg}; }}
QLabel {{ color: {text}; }}
QLabel[muted="true"] {{ color: {muted}; }}
#navigation {{ background: {surface}; border: 1px solid {border}; border-radius: 8px; padding: 4px; outline: 0; }}
#navigation::item {{ padding: 8px 10px; border-radius: 6px; color: {text}; }}
#navigation::item:selected {{ background: {calm}; color: {on_calm}; border-left: 4px solid {accent}; font-weight: bold; }}
QPushButton {{ background: {surface}; color: {text}; border: 1px solid {border}; border-radius: 6px;
  padding: 6px 14px; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {focus}; }}
QPushButton:disabled {{ color: {muted}; }}
QPushButton[primary="true"] {{ background: {accent}; color: {on_accent}; border-color: {accent}; font-weight: bold; }}
QPushButton#card {{ background: {surface}; border: 1px solid {border}; border-radius: 10px; padding: 0; }}
QPushButton#card:hover {{ border: 2px solid {accent}; }}
QPushButton#card:focus {{ border: 3px solid {focus}; }}
QPushButton#quick-exit-button {{ background: {danger}; color: {on_danger}; border-color: {danger}; font-weight: bold; }}
QPushButton#danger-button {{ background: {calm}; color: {on_calm}; border: 1px solid {accent}; font-weight: bold; }}
QFrame[card="true"] {{ background: {surface}; border: 1px solid {border}; border-radius: 10px; }}
QFrame[card="true"] QLabel {{ background: transparent; }}
QFrame#today-card {{ background: {calm}; border: 1px solid {accent}; border-radius: 10px; }}
QFrame#today-card QLabel {{ color: {on_calm}; background: transparent; }}
QLabel#guest-banner, QWidget#keep-bar {{ background: {notice}; color: {on_notice}; border-radius: 6px; padding: 6px; }}
QWidget#keep-bar QLabel {{ color: {on_notice}; }}
QProgressBar {{ border: 1px solid {border}; border-radius: 4px; background: {surface}; color: {text}; text-align: center; }}
QProgressBar::chunk {{ background: {ok}; border-radius: 3px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QListWidget, QTreeWidget, QTableView, QTextBrowser {{
  background: {surface}; color: {text}; border: 1px solid {border}; border-radius: 4px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QListWidget:focus, QTextBrowser:focus, QTableView:focus {{
  border: 2px solid {focus}; }}
QGroupBox {{ color: {text}; font-weight: bold; border: 1px solid {border}; border-radius: 8px; margin-top: 1.2em; padding: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QCheckBox, QRadioButton {{ color: {text}; spacing: 8px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 1em; height: 1em; }}
QTabBar::tab {{ padding: 6px 14px; }}
"""

_state = {"name": "light", "scale": 100}
_base_font: QFont | None = None


def theme_name(high_contrast: bool, dark: bool) -> str:
    return "contrast" if high_contrast else "dark" if dark else "light"


def current_tokens() -> dict[str, str]:
    return TOKENS[_state["name"]]


def style_sheet(name: str) -> str:
    return STYLE.format(**TOKENS[name])


def palette(name: str) -> QPalette:
    t = TOKENS[name]
    pal = QPalette()
    R = QPalette.ColorRole
    for role, token in ((R.Window, "bg"), (R.WindowText, "text"), (R.Base, "surface"),
                        (R.AlternateBase, "bg"), (R.Text, "text"), (R.Button, "surface"),
                        (R.ButtonText, "text"), (R.Highlight, "accent"), (R.HighlightedText, "on_accent"),
                        (R.Link, "link"), (R.ToolTipBase, "surface"), (R.ToolTipText, "text"),
                        (R.PlaceholderText, "muted")):
        pal.setColor(role, QColor(t[token]))
    return pal


def apply(scale_percent: int = 100, high_contrast: bool = False, dark: bool = False) -> None:
    """Set the font size (11 pt times the text scale), palette and style sheet for the app."""
    global _base_font
    app = QApplication.instance()
    if _base_font is None:
        _base_font = QFont(app.font())
    name = theme_name(high_contrast, dark)
    _state.update(name=name, scale=scale_percent)
    font = QFont(_base_font)
    font.setPointSizeF(BASE_PT * max(100, min(200, scale_percent)) / 100)
    app.setFont(font)
    app.setPalette(palette(name))
    app.setStyleSheet(style_sheet(name))
    from kit.ui.shell import icons

    icons.clear_cache()


def luminance(color: str) -> float:
    c = QColor(color)

    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
