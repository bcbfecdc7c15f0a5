"""The bundled Lucide icons (ISC licence, kit/data/icons/LICENSE), tinted in the theme's colour.

Rendered through Qt's SVG image plugin, so no extra module is loaded at start-up."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QImage, QPixmap

from kit.resources import package_data

RENDER_PX = 96  # drawn once large, scaled down by QIcon


def icon_dir():
    return package_data() / "icons"


@lru_cache(maxsize=64)
def _icon(name: str, color: str) -> QIcon:
    path = icon_dir() / f"{name}.svg"
    try:
        svg = path.read_text("utf-8")
    except OSError:
        return QIcon()  # a missing icon leaves a gap, never an error
    svg = svg.replace("currentColor", color).replace('width="24"', f'width="{RENDER_PX}"').replace(
        'height="24"', f'height="{RENDER_PX}"')
    image = QImage.fromData(QByteArray(svg.encode("utf-8")), "SVG")
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


def icon(name: str, color: str | None = None) -> QIcon:
    if color is None:
        from kit.ui.shell.theme import current_tokens

        color = current_tokens()["accent"]
    return _icon(name, color)


def clear_cache() -> None:
    """After a theme change: tint the icons again."""
    _icon.cache_clear()
