"""One slide in large, high-contrast type; the text shrinks only as far as needed to fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kit.content.markdown import without_html

MIN_BODY_PX = 18


class PresenterSlideView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("presenter-slide")
        self._fitted = None
        self.kind = QLabel(self)
        self.kind.setObjectName("presenter-kind")
        self.title = QLabel(self)
        self.title.setObjectName("presenter-title")
        self.body = QLabel(self)
        self.body.setObjectName("presenter-body")
        for label in (self.kind, self.title, self.body):
            label.setWordWrap(True)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setOpenExternalLinks(False)
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextFormat(Qt.TextFormat.MarkdownText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.kind)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def show_slide(self, slide) -> None:
        self.kind.setText(slide.label)
        self.title.setText(slide.title)
        self.body.setText(without_html(slide.body))  # raw HTML is shown as text
        self.setAccessibleName(f"{slide.label}: {slide.title}")
        self.fit()

    def texts(self) -> list[str]:
        return [self.kind.text(), self.title.text(), self.body.text()]

    def _set_font(self, label: QLabel, px: int, bold: bool = False) -> None:
        pt = max(6, round(px * 72 / max(1, self.logicalDpiY())))
        current = label.font()
        if current.pointSize() == pt and current.bold() == bold:
            return  # unchanged: every call into Qt costs, so skip it
        weight = QFont.Weight.Bold if bold else QFont.Weight.Normal
        label.setFont(QFont(self.font().family(), pt, weight))

    def fit(self) -> None:
        """Large type: the title about 1/12 of the height, the body as large as fits."""
        h = max(self.height(), 300)
        key = (self.body.text(), self.title.text(), self.width(), h)
        if key == self._fitted:
            return
        self._fitted = key
        m = self.layout().contentsMargins()
        width = max(100, self.width() - m.left() - m.right())
        self._set_font(self.kind, h // 30)
        self._set_font(self.title, h // 13, bold=True)
        room = (h - m.top() - m.bottom() - 2 * self.layout().spacing()
                - self.kind.heightForWidth(width) - self.title.heightForWidth(width))
        size = max(MIN_BODY_PX, h // 16)
        while True:  # from large to smaller; most slides fit at once
            self._set_font(self.body, size)
            if size <= MIN_BODY_PX or self.body.heightForWidth(width) <= room:
                break
            size = max(MIN_BODY_PX, size - 4)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit()
