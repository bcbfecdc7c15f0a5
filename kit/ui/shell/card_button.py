"""A button whose text wraps: a bold title, a line of explanation and an optional icon. Used for
the start page cards and the plan; it never forces a horizontal scrollbar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout


class CardButton(QPushButton):
    def __init__(self, parent=None, icon_name: str = ""):
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("card", True)
        self.icon_label = QLabel(self)
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.icon_label.setVisible(bool(icon_name))
        self.icon_name = icon_name
        self.title_label = QLabel(self)
        self.title_label.setObjectName("card-title")
        self.text_label = QLabel(self)
        self.text_label.setObjectName("card-text")
        for label in (self.title_label, self.text_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 12)
        self.title_label.setFont(font)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title_label)
        texts.addWidget(self.text_label)
        texts.addStretch(1)  # a taller row leaves the space below the text, not between it
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        sp = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        if icon_name:  # drawn right after the first paint, like the section icons
            side = max(24, self.fontMetrics().height() * 2)
            self.icon_label.setFixedSize(side, side)
            QTimer.singleShot(40, self, self.apply_icon)

    def apply_icon(self) -> None:
        if self.icon_name:
            from kit.ui.shell.icons import icon

            side = max(24, self.fontMetrics().height() * 2)
            self.icon_label.setPixmap(icon(self.icon_name).pixmap(QSize(side, side)))

    def set_texts(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def _chrome(self) -> int:
        """Width of everything but the text: margins, icon, spacing."""
        m = self.layout().contentsMargins()
        icon = self.icon_label.sizeHint().width() + self.layout().spacing() if self.icon_name else 0
        return m.left() + m.right() + icon + 4

    def sizeHint(self) -> QSize:  # noqa: N802
        """About 26 characters of text per line: two or three cards a row at 100 %, one at 200 %
        in a small window."""
        width = max(self.fontMetrics().averageCharWidth() * 26 + self._chrome(), self.minimumSizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """The longest word must fit: a card never cuts a word."""
        words = (self.title_label.text() + " " + self.text_label.text()).split()
        longest = max((self.title_label.fontMetrics().horizontalAdvance(w) for w in words), default=40)
        return QSize(longest + self._chrome(), self.fontMetrics().height() * 2)
