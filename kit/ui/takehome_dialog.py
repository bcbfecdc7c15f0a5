"""Take-home QR codes: the open steps as plain text, split over numbered codes if needed."""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kit.ui import a11y
from kit.ui.qr_image import qr_image


class TakeHomeDialog(QDialog):
    def __init__(self, parts: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take your plan home"))
        self.parts = parts
        intro = QLabel(self.tr(
            "Scan with your phone camera. The code holds only the text of your open steps, no link. "
            "Save it as a note on your phone, in a safe place."), self)
        intro.setWordWrap(True)
        row = QHBoxLayout()
        self.codes: list[QLabel] = []
        for i, part in enumerate(parts, 1):
            box = QVBoxLayout()
            code = QLabel(self)
            code.setPixmap(QPixmap.fromImage(qr_image(part, box=4)))
            code.setAccessibleName(self.tr("QR code %1 of %2").replace("%1", str(i)).replace("%2", str(len(parts))))
            code.setAccessibleDescription(self.tr("Holds part of your open steps as text"))
            box.addWidget(code)
            box.addWidget(QLabel(f"{i}/{len(parts)}", self))
            row.addLayout(box)
            self.codes.append(code)
        inner = QWidget(self)
        inner.setLayout(row)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        a11y.quiet_container(scroll)  # no unnamed Tab stop: the dialog opens on its Close button
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
