"""The name and icon the app shows; neutral in discreet mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from kit import APP_NAME


def app_title(discreet: bool) -> str:
    return Q.translate("branding", "Notes") if discreet else APP_NAME


def app_icon(discreet: bool) -> QIcon:
    """A plain drawn icon: a note page in discreet mode, two parted links otherwise."""
    pix = QPixmap(64, 64)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if discreet:
        p.setBrush(QColor("#f5f0c8"))
        p.setPen(QColor("#8a8150"))
        p.drawRect(12, 6, 40, 52)
        for y in (20, 30, 40):
            p.drawLine(18, y, 46, y)
    else:
        p.setBrush(QColor(0, 0, 0, 0))
        pen = p.pen()
        pen.setWidth(6)
        pen.setColor(QColor("#2d6a4f"))
        p.setPen(pen)
        p.drawEllipse(4, 19, 26, 26)
        p.drawEllipse(34, 19, 26, 26)
    p.end()
    return QIcon(pix)
