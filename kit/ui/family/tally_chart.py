"""A simple horizontal bar chart of how many people chose each answer, painted with QPainter.

Each bar has its label (a letter) on the left and the number on the right, so the colour is never
the only signal. Screen readers get the full option texts when they are given.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class TallyChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[int] = []
        self._spoken: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(60)
        self.retranslate()

    # -- data -------------------------------------------------------------------------------
    def set_data(self, labels: list[str], values: list[int], spoken: list[str] | None = None) -> None:
        """Bars with short `labels`; `spoken` (optional) are the full texts read by screen readers."""
        if len(labels) != len(values) or (spoken is not None and len(spoken) != len(labels)):
            raise ValueError("one value per label")
        self._labels = list(labels)
        self._spoken = list(spoken) if spoken is not None else list(labels)
        self._values = [max(0, int(v)) for v in values]
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        return list(self._labels)

    def values(self) -> list[int]:
        return list(self._values)

    def summary(self) -> str:
        """The chart as text, for screen readers: "A. ...: 3, B. ...: 0"."""
        if not self._values:
            return self.tr("No answers counted yet")
        return "; ".join(f"{label}: {value}" for label, value in zip(self._spoken, self._values, strict=True))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Chart of the answers"))
        self.setAccessibleDescription(self.summary())

    # -- painting ---------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(400, max(60, len(self._labels) * self._row_height() + 8))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, max(60, len(self._labels) * self._row_height() + 8))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            pal = self.palette()
            p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
            fm = self.fontMetrics()
            row = self._row_height()
            widest = max((fm.horizontalAdvance(label) for label in self._labels), default=0)
            label_w = min(int(self.width() * 0.4), widest + 12)
            number_w = fm.horizontalAdvance("0000") + 8
            bar_x = label_w + 8
            bar_max = max(1, self.width() - bar_x - number_w - 4)
            top = max(self._values, default=0) or 1
            text_pen = QPen(pal.color(QPalette.ColorRole.Text))
            for i, (label, value) in enumerate(zip(self._labels, self._values, strict=True)):
                y = 4 + i * row
                p.setPen(text_pen)
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4)
                p.drawText(QRectF(0, y, label_w, row), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           shown)
                width = bar_max * value / top
                bar = QRectF(bar_x, y + 4, width, row - 8)
                if value:
                    p.fillRect(bar, pal.color(QPalette.ColorRole.Highlight))
                    p.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1))
                    p.drawRect(bar)
                p.setPen(text_pen)
                p.drawText(QRectF(bar_x + width + 6, y, number_w, row),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(value))
        finally:
            p.end()
