"""One step of a guide: what to do, per device; tick it, mark it "not for me", keep a note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from kit.content.markdown import without_html
from kit.content.model import Step
from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.widgets import a11y
from kit.ui.widgets.labels import callout_labels
from kit.ui.widgets.links import follow_link
from kit.ui.widgets.markdown_view import prepare

NOTE_SAVE_MS = 400


def md_label(parent, text: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setText(without_html(text))  # raw HTML in content is shown as text, never loaded
    return label


class ClickLabel(QLabel):
    """A wrapping label that ticks its check box when clicked (a QCheckBox text cannot wrap)."""

    def __init__(self, box: QCheckBox, parent=None):
        super().__init__(parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


class StepWidget(QFrame):
    state_changed = Signal(str, str)  # step id, "done" | "skip" | ""
    note_changed = Signal(str, str)  # step id, text
    evidence_requested = Signal(str)  # step id
    internal_link = Signal(str, str)

    def __init__(self, step: Step, number: int, region: str, lang: str, parent=None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step-{step.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("card", True)
        self.done = QCheckBox(self)
        self.done.setObjectName("step-done")
        self.title_label = ClickLabel(self.done, self)
        self.title_label.setObjectName("step-title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.skip = QCheckBox(self)
        self.skip.setObjectName("step-skip")
        head = QHBoxLayout()
        head.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        labels = callout_labels()
        self.body = md_label(self, prepare(step.text, region, lang))
        layout.addWidget(self.body)
        for _pid, (vlabel, vtext) in step.variants.items():
            layout.addWidget(md_label(self, f"**{vlabel}:** " + prepare(vtext, region, lang)))
        self.notice = None
        if step.notice:
            self.notice = md_label(self, f"⚠ **{labels['notice']}** " + prepare(step.notice, region, lang))
            self.notice.setObjectName("step-notice")
            a11y.mark_warning(self.notice)
            layout.addWidget(self.notice)
        self.evidence_button = None
        for kind in ("safety", "tip"):
            if step.callout(kind):
                layout.addWidget(md_label(self, f"**{labels[kind]}** " + prepare(step.callout(kind), region, lang)))
        if step.evidence_tip:
            tip = md_label(self, f"**{labels['evidence']}** " + prepare(step.evidence_tip, region, lang))
            tip.setObjectName("step-evidence")
            layout.addWidget(tip)
            self.evidence_button = QPushButton(self)
            self.evidence_button.clicked.connect(lambda: self.evidence_requested.emit(step.id))
            layout.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("step-add-note")
        self.note_button.setFlat(True)
        self.note_button.clicked.connect(self.open_note)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("step-note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note.setVisible(False)  # collapsed until the person wants a note
        note_row = FlowLayout(spacing=8)  # wraps when large text leaves no room side by side
        note_row.addWidget(self.skip)
        note_row.addWidget(self.note_button)
        layout.addLayout(note_row)
        layout.addWidget(self.note)
        for label in self.findChildren(QLabel):
            label.linkActivated.connect(self._link)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.done.toggled.connect(self._done_toggled)
        self.skip.toggled.connect(self._skip_toggled)
        self.note.textChanged.connect(self._note_timer.start)
        self.number = number
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(f"{self.number}. {self.step.title}")
        self.done.setAccessibleName(self.tr("Step %1: %2").replace("%1", str(self.number)).replace("%2", self.step.title))
        self.setAccessibleName(self.done.accessibleName())  # the panel is named by its step
        tick = self.tr("Tick when you have done this step")
        if self.notice is not None:  # the warning is heard on the check box, before the step is done
            tick = f"{tick}. {a11y.warning_word()}: {a11y.plain_text(self.notice.text(), self.notice.textFormat())}"
            tick = tick.replace("⚠", "").replace("  ", " ")
        self.done.setAccessibleDescription(tick)
        self.skip.setText(self.tr("Not for me"))
        self.skip.setAccessibleName(self.tr("Not for me"))
        self.skip.setAccessibleDescription(self.tr("Mark this step as not needed for you"))
        self.note_button.setText(self.tr("+ Add a private &note"))
        self.note_button.setAccessibleName(self.tr("Add a private note to step %s") % self.number)
        self.note_button.setAccessibleDescription(self.tr("Opens a box for a note that only you can read"))
        self.note.setPlaceholderText(self.tr("Private note (only on this computer, encrypted)"))
        self.note.setAccessibleName(self.tr("Private note for step %s") % self.number)
        self.note.setAccessibleDescription(self.tr("Saved encrypted as you type"))
        if self.evidence_button:
            self.evidence_button.setText(self.tr("Add to &journal"))
            self.evidence_button.setAccessibleName(self.tr("Add to journal"))
            self.evidence_button.setAccessibleDescription(self.tr("Opens the journal to save evidence before you change anything"))
        # "Not for me: step 3, Check forwarding": every step has these, so the name says which one
        a11y.name_controls(self.tr("step %1, %2").replace("%1", str(self.number)).replace("%2", self.step.title),
                           *(w for w in (self.skip, self.evidence_button) if w is not None))

    def set_state(self, state: str, note: str = "") -> None:
        for cb, on in ((self.done, state == "done"), (self.skip, state == "skip")):
            cb.blockSignals(True)
            cb.setChecked(on)
            cb.blockSignals(False)
        self.note.blockSignals(True)
        self.note.setPlainText(note)
        self.note.blockSignals(False)
        self.note.setVisible(bool(note))
        self.note_button.setVisible(not note)
        self._apply_look()

    def open_note(self) -> None:
        self.note_button.setVisible(False)
        self.note.setVisible(True)
        self.note.setFocus()

    def state(self) -> str:
        return "done" if self.done.isChecked() else "skip" if self.skip.isChecked() else ""

    def _done_toggled(self, on: bool) -> None:
        if on and self.skip.isChecked():
            self.skip.blockSignals(True)
            self.skip.setChecked(False)
            self.skip.blockSignals(False)
        self._apply_look()
        self.state_changed.emit(self.step.id, self.state())

    def _skip_toggled(self, on: bool) -> None:
        if on and self.done.isChecked():
            self.done.blockSignals(True)
            self.done.setChecked(False)
            self.done.blockSignals(False)
        self._apply_look()
        self.state_changed.emit(self.step.id, self.state())

    def _apply_look(self) -> None:
        font = self.title_label.font()
        font.setStrikeOut(self.skip.isChecked())
        self.title_label.setFont(font)

    def save_note(self) -> None:
        self._note_timer.stop()
        self.note_changed.emit(self.step.id, self.note.toPlainText())

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.save_note()
        super().focusOutEvent(event)

    def _link(self, url: str) -> None:
        follow_link(url, self.internal_link, self)
