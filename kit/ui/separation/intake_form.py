"""The intake: about ten short questions that build a personal plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kit.plan import QUESTIONS
from kit.ui.separation.step_widget import ClickLabel
from kit.ui.widgets import a11y
from kit.ui.widgets.labels import intake_option_texts


class IntakeForm(QScrollArea):
    finished = Signal(set)  # the chosen answers
    danger = Signal()  # "I am in danger now" was ticked

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.setWidgetResizable(True)
        a11y.quiet_container(self)  # the questions are the Tab stops
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self.setWidget(inner)
        self.heading = QLabel(inner)
        self.heading.setWordWrap(True)
        self.boxes: dict[str, QGroupBox] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        self.titles: dict[str, QLabel] = {}
        for q in QUESTIONS:
            box = QGroupBox(inner)
            box_layout = QVBoxLayout(box)
            title = QLabel(box)  # a group box title cannot wrap; this label can
            title.setObjectName(f"intake-title-{q.id}")
            title.setWordWrap(True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            box_layout.addWidget(title)
            self.titles[q.id] = title
            for option in q.options:
                cb = QCheckBox(box)
                cb.setObjectName(f"intake-{option}")
                label = ClickLabel(cb, box)  # the text wraps, so the form fits at 200 % text
                label.setObjectName(f"intake-label-{option}")
                row = QHBoxLayout()
                row.addWidget(cb, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(label, 1)
                box_layout.addLayout(row)
                self.checks[option] = cb
                self.labels[option] = label
            layout.addWidget(box)
            self.boxes[q.id] = box
        self.checks["danger:yes"].toggled.connect(lambda on: on and self.danger.emit())
        self.make_plan = QPushButton(inner)
        self.make_plan.setObjectName("make-plan")
        self.make_plan.clicked.connect(lambda: self.finished.emit(self.answers()))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.make_plan)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def answers(self) -> set[str]:
        return {key for key, cb in self.checks.items() if cb.isChecked()}

    def set_answers(self, answers: set[str]) -> None:
        for key, cb in self.checks.items():
            cb.setChecked(key in answers)

    def retranslate(self) -> None:
        self.heading.setText("<h2>%s</h2><p>%s</p>" % (
            self.tr("Your situation"),
            self.tr("Tick what applies to you. You can skip any question. The answers only "
                    "choose which guides go into your plan, and in which order.")))
        titles = {
            "danger": self.tr("1. Do you feel in danger right now?"),
            "devices": self.tr("2. Which devices do you use?"),
            "email": self.tr("3. Which e-mail do you use?"),
            "accounts": self.tr("4. Which accounts and apps do you use?"),
            "money": self.tr("5. Money and identity"),
            "home": self.tr("6. At home"),
            "shared": self.tr("7. Sharing"),
            "children": self.tr("8. Children"),
            "together": self.tr("9. Living situation"),
            "signs": self.tr("10. Does it seem that the other person..."),
        }
        for qid, box in self.boxes.items():
            self.titles[qid].setText(titles[qid])
            box.setAccessibleName(titles[qid])
        for key, text in self.option_texts().items():
            self.labels[key].setText(text)
            self.checks[key].setAccessibleName(text)
            self.checks[key].setAccessibleDescription(self.tr("Tick if this applies to you"))
        self.make_plan.setText(self.tr("&Make my plan"))
        self.make_plan.setAccessibleName(self.tr("Make my plan"))
        self.make_plan.setAccessibleDescription(self.tr("Builds an ordered list of guides from your answers"))

    def option_texts(self) -> dict[str, str]:
        return intake_option_texts()
