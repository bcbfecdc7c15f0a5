"""A layout that places widgets in rows and wraps to the next row when the width runs out
(Qt's "Flow Layout" example), so buttons and tiles never force a horizontal scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 8, stretch_rows: bool = False):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.stretch_rows = stretch_rows  # widen the items of a row to fill it (tiles)
        self._hfw: dict[int, int] = {}  # width -> height, until the layout changes
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._hfw.clear()
        super().invalidate()

    def addItem(self, item) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if width not in self._hfw:
            self._hfw[width] = self._do_layout(QRect(0, 0, width, 0), test=True)
        return self._hfw[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self):
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _do_layout(self, rect: QRect, test: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list] = [[]]
        x = 0
        for item in self._visible():
            w = min(max(item.sizeHint().width(), item.minimumSize().width()), area.width())
            if rows[-1] and x + w > area.width():
                rows.append([])
                x = 0
            rows[-1].append(item)
            x += w + self._spacing
        y = area.y()
        for row in rows:
            if not row:
                continue
            widths = [min(max(i.sizeHint().width(), i.minimumSize().width()), area.width()) for i in row]
            if self.stretch_rows and len(row) > 0:
                extra = area.width() - sum(widths) - self._spacing * (len(row) - 1)
                widths = [w + extra // len(row) for w in widths]
            heights = [i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                       for i, w in zip(row, widths, strict=True)]
            h = max(max(heights), *(i.minimumSize().height() for i in row))
            x = area.x()
            for item, w in zip(row, widths, strict=True):
                if not test:
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, h)))
                x += w + self._spacing
            y += h + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if self._visible() else 0


def wrapping(policy_widget) -> None:
    """Let a widget in a flow layout grow in height when its text wraps."""
    sp = policy_widget.sizePolicy()
    sp.setHeightForWidth(True)
    sp.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    policy_widget.setSizePolicy(sp)
