"""'In danger now?': the region's emergency numbers at once, in large type. Leaves no record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kit.helpdir import load_directory
from kit.report.plan_sheet import name_without_number
from kit.ui.widgets import a11y
from kit.ui.widgets.labels import region_names


class DangerDialog(QDialog):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("danger-dialog")
        self.setModal(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("danger-heading")
        self.heading.setWordWrap(True)
        self.region = QLabel(self)
        self.numbers = QVBoxLayout()
        self.numbers.setSpacing(10)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.heading)  # all of it scrolls; the numbers come right under the heading
        inner_layout.addLayout(self.numbers)
        inner_layout.addWidget(self.note)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(inner)
        a11y.quiet_container(self.scroll)  # the numbers are the Tab stops
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.number_labels: list[QLabel] = []
        self.cards: list[QFrame] = []
        self.populate()
        self._size_to_screen(parent)

    def _size_to_screen(self, parent) -> None:
        """Large: most of the window (or screen), never more than fits."""
        ref = parent.window().size() if parent is not None else None
        if ref is None or ref.width() < 200:
            screen = self.screen().availableGeometry()
            ref = screen.size()
        self.resize(max(360, min(720, int(ref.width() * 0.9))), max(320, min(640, int(ref.height() * 0.9))))

    def services(self):
        d = load_directory()
        region = self.state.region
        return d.emergency(region, self.state.lang) + d.violence_lines(region, self.state.lang)

    def populate(self) -> None:
        lang = self.state.lang
        self.setWindowTitle(self.tr("In danger now?"))
        self.heading.setText("<h3>%s</h3><p>%s</p>" % (
            self.tr("If you are in danger now, call for help."),
            self.tr("Region: %s") % region_names()[self.state.region]))
        for card in self.cards:
            card.deleteLater()
        self.number_labels, self.cards = [], []
        big = QFont(self.font())
        big.setPointSizeF((big.pointSizeF() if big.pointSizeF() > 0 else 11) * 2.2)
        big.setBold(True)
        for s in self.services():
            name = name_without_number(s.text("name", lang), s.phone)
            card = QFrame(self)
            card.setProperty("card", True)
            card.setObjectName(f"danger-card-{s.id}")
            number = QLabel(s.phone, card)
            number.setObjectName(f"danger-{s.id}")
            number.setFont(big)
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            number.setAccessibleName(f"{name}: {' '.join(s.phone)}")
            label = QLabel(name, card)
            label.setObjectName(f"danger-name-{s.id}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            cl = QVBoxLayout(card)
            cl.addWidget(number)
            cl.addWidget(label)
            self.numbers.addWidget(card)
            self.number_labels.append(number)
            self.cards.append(card)
        self.note.setText(self.tr(
            "If you cannot talk, stay on the line: emergency services can still try to help. "
            "This screen is not saved anywhere."))

    def phones(self) -> list[str]:
        return [s.phone for s in self.services()]
