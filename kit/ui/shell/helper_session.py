""""I'm helping someone": the short opening before a guest session (consent, is the other person
nearby, are this computer and this phone safe) and the hand-over at the end."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.ui.separation.step_widget import ClickLabel
from kit.ui.shell.flow_layout import FlowLayout


class HelperOpening(QWidget):
    start = Signal()
    check_computer = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("helper-opening")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.checks: dict[str, QCheckBox] = {}
        self.advice: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        for key in ("consent", "nearby", "devices"):
            cb = QCheckBox(self)
            cb.setObjectName(f"opening-{key}")
            cb.toggled.connect(self._update)
            text = ClickLabel(cb, self)
            text.setObjectName(f"opening-label-{key}")
            self.texts[key] = text
            line = QHBoxLayout()
            line.addWidget(cb, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            advice = QLabel(self)
            advice.setWordWrap(True)
            advice.setProperty("muted", True)
            advice.setContentsMargins(28, 0, 0, 0)
            layout.addLayout(line)
            layout.addWidget(advice)
            self.checks[key] = cb
            self.advice[key] = advice
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check_computer)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("opening-start")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self.start)
        row = FlowLayout(spacing=8)
        row.addWidget(self.start_button)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def reset(self) -> None:
        for cb in self.checks.values():
            cb.setChecked(False)

    def ready(self) -> bool:
        return all(cb.isChecked() for cb in self.checks.values())

    def _update(self) -> None:
        self.start_button.setEnabled(self.ready())

    def retranslate(self) -> None:
        self.heading.setText("<h2>%s</h2><p>%s</p>" % (
            self.tr("Before you start together"),
            self.tr("This is a guest session: nothing is saved on this computer. Go through these "
                    "three points with the person first.")))
        texts = {
            "consent": (self.tr("The person wants to do this now, and knows they can stop at any time"),
                        self.tr("Ask, do not assume. They decide which steps to take, and when.")),
            "nearby": (self.tr("The other person is not nearby and cannot see or hear us"),
                       self.tr("If they are, stop here and agree on a safer moment.")),
            "devices": (self.tr("This computer and the person's phone are safe to use"),
                        self.tr("Not shared with, bought or set up by the other person. If you are not "
                                "sure, check this computer first, and use the phone only for steps "
                                "the other person cannot notice.")),
        }
        for key, (label, advice) in texts.items():
            self.texts[key].setText(label)
            self.checks[key].setAccessibleName(label)
            self.checks[key].setAccessibleDescription(advice)
            self.advice[key].setText(advice)
        self.check_button.setText(self.tr("Check this &computer"))
        self.check_button.setAccessibleName(self.tr("Check this computer"))
        self.check_button.setAccessibleDescription(self.tr("Opens the computer check, which changes nothing"))
        self.start_button.setText(self.tr("&Start the questions"))
        self.start_button.setAccessibleName(self.tr("Start the questions"))
        self.start_button.setAccessibleDescription(self.tr("Tick the three points first"))
        self._update()


class HandOverDialog(QDialog):
    """The end of a guest session: print, take home, then erase — in that order."""

    def __init__(self, plan_view, parent=None):
        super().__init__(parent)
        self.setObjectName("handover-dialog")
        self.plan_view = plan_view
        self.ended = False
        self.setWindowTitle(self.tr("Hand over and end the session"))
        intro = QLabel(self.tr(
            "Give the person what they need to go on alone, then erase the session. "
            "Nothing of it stays on this computer."), self)
        intro.setWordWrap(True)
        self.print_button = QPushButton(self.tr("1. &Print the summary"), self)
        self.print_button.clicked.connect(plan_view.print_plan)
        self.takehome_button = QPushButton(self.tr("2. &Take it home on the phone (QR code)"), self)
        self.takehome_button.clicked.connect(plan_view.show_takehome)
        self.erase_button = QPushButton(self.tr("3. &Erase and end the session"), self)
        self.erase_button.setObjectName("handover-erase")
        self.erase_button.clicked.connect(self._erase)
        self.cancel_button = QPushButton(self.tr("&Not yet"), self)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for b in (self.print_button, self.takehome_button, self.erase_button):
            layout.addWidget(b)
        layout.addWidget(self.cancel_button)

    def _erase(self) -> None:
        self.ended = True
        self.accept()
