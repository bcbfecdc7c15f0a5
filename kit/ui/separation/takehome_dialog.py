"""Take-home QR codes: the open steps as short plain text, one code at a time ("1 of 2"),
each drawn as large as the dialog allows so a phone reads it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from kit.ui.widgets.qr_image import qr_image

MIN_BOX = 2  # px per module: a phone still reads this from a screen at 10 to 15 cm


class CodeLabel(QLabel):
    """Redraws its code whenever its own size changes (after the dialog's layout settled)."""

    def __init__(self, redraw, parent=None):
        super().__init__(parent)
        self._redraw = redraw

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._redraw()


class TakeHomeDialog(QDialog):
    def __init__(self, parts: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("takehome-dialog")
        self.setWindowTitle(self.tr("Take your plan home"))
        self.parts = parts
        self.current = 0
        self._small = [qr_image(p, box=1, border=4) for p in parts]  # the full quiet zone  # one pixel per module, scaled on show
        self.intro = QLabel(self.tr(
            "Scan with your phone camera. The code holds only the text of your open steps, no link. "
            "Save it as a note on your phone, in a safe place."), self)
        self.intro.setWordWrap(True)
        self.code = CodeLabel(self._draw, self)
        self.code.setObjectName("takehome-code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.code.setMinimumSize(160, 160)
        self.count = QLabel(self)
        self.count.setObjectName("takehome-count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_button = QPushButton(self.tr("< &Previous code"), self)
        self.prev_button.clicked.connect(lambda: self.show_part(self.current - 1))
        self.next_button = QPushButton(self.tr("&Next code >"), self)
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(lambda: self.show_part(self.current + 1))
        for b, name, desc in ((self.prev_button, self.tr("Previous code"), self.tr("Shows the code before this one")),
                              (self.next_button, self.tr("Next code"), self.tr("Shows the next code to scan"))):
            b.setAccessibleName(name)
            b.setAccessibleDescription(desc)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.count, 1)
        nav.addWidget(self.next_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code, 1)
        layout.addLayout(nav)
        layout.addWidget(buttons)
        ref = parent.window().size() if parent is not None else None
        w, h = (ref.width(), ref.height()) if ref is not None and ref.width() > 200 else (800, 600)
        self.resize(min(640, int(w * 0.9)), min(640, int(h * 0.9)))
        self.show_part(0)

    def show_part(self, i: int) -> None:
        if not self.parts:
            return
        self.current = max(0, min(i, len(self.parts) - 1))
        several = len(self.parts) > 1
        self.count.setText(self.tr("Code %1 of %2").replace("%1", str(self.current + 1))
                           .replace("%2", str(len(self.parts))) if several else "")
        for b in (self.prev_button, self.next_button):
            b.setVisible(several)
        self.prev_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.parts) - 1)
        self.code.setAccessibleName(self.tr("QR code %1 of %2").replace("%1", str(self.current + 1))
                                    .replace("%2", str(len(self.parts))))
        self.code.setAccessibleDescription(self.tr("Holds part of your open steps as text"))
        self._draw()

    def image(self, i: int, side: int) -> QImage:
        """Code i at whole pixels per module, at most `side` px wide (never below MIN_BOX)."""
        small = self._small[i]
        box = max(MIN_BOX, side // max(1, small.width()))
        return small.scaled(small.width() * box, small.height() * box,
                            Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)

    def _draw(self) -> None:
        if not self.parts or not hasattr(self, "code"):
            return
        side = min(self.code.width(), self.code.height())
        self.code.setPixmap(QPixmap.fromImage(self.image(self.current, side)))

    def fits(self) -> bool:
        """True when the whole code, quiet zone included, is inside its label."""
        pm = self.code.pixmap()
        return not pm.isNull() and pm.width() <= self.code.width() and pm.height() <= self.code.height()

