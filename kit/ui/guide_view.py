"""A guide: why it matters, what the other person may notice, and the tickable steps."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kit.content import default_index
from kit.ui import a11y
from kit.ui.links import follow_link, open_external
from kit.ui.markdown_view import prepare
from kit.ui.step_widget import StepWidget, md_label


class GuideView(QWidget):
    back = Signal()
    evidence_requested = Signal(str, str)  # guide id, step id
    internal_link = Signal(str, str)

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.guide = None
        self.steps: dict[str, StepWidget] = {}
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        a11y.quiet_container(self.scroll)  # the steps are the Tab stops; focus moves scroll the page
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("< &Back to my plan"))
        self.back_button.setAccessibleName(self.tr("Back to my plan"))
        self.back_button.setAccessibleDescription(self.tr("Shows the list of guides in your plan"))
        if self.guide is not None:
            self.show_guide(self.guide.id)

    def show_guide(self, guide_id: str, focus_step: str | None = None) -> None:
        lang, region = self.state.lang, self.state.region
        guide = default_index().guide(guide_id, lang)
        self.guide = guide
        self.title.setText(f"<h2>{escape(guide.title)}</h2>")  # a title is text, never HTML
        inner = QWidget()
        layout = QVBoxLayout(inner)
        for heading, text, name in ((self.tr("Why it matters"), guide.why, "guide-why"),
                                    (self.tr("Before you start"), guide.before, "guide-before")):
            layout.addWidget(md_label(inner, "### " + heading))  # a heading (level 3) for screen readers
            body = md_label(inner, prepare(text, region, lang))
            body.setObjectName(name)
            layout.addWidget(body)
        before = body
        store = self.state.store
        states = store.steps(guide_id) if store else {}
        notes = store.notes(guide_id) if store else {}
        self.steps = {}
        for n, step in enumerate(guide.steps, 1):
            w = StepWidget(step, n, region, lang, inner)
            w.set_state(states.get(step.id, ""), notes.get(step.id, ""))
            w.state_changed.connect(self._save_state)
            w.note_changed.connect(self._save_note)
            w.evidence_requested.connect(lambda sid: self.evidence_requested.emit(guide_id, sid))
            w.internal_link.connect(self.internal_link)
            layout.addWidget(w)
            self.steps[step.id] = w
        before.linkActivated.connect(self._link)
        sources = ", ".join(f"[{s.title}]({s.url})" for s in guide.header.sources)
        src = md_label(inner, self.tr("Sources: %1. Checked on %2.").replace("%1", sources).replace(
            "%2", guide.header.verified.isoformat()))
        src.setObjectName("guide-sources")
        src.linkActivated.connect(lambda url: open_external(url, self))
        layout.addWidget(src)
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(inner)
        if focus_step and focus_step in self.steps:
            target = self.steps[focus_step]
            self.scroll.ensureWidgetVisible(target)
            target.done.setFocus()

    def _link(self, url: str) -> None:
        follow_link(url, self.internal_link, self)

    def _save_state(self, step_id: str, value: str) -> None:
        if self.state.store is not None and self.guide is not None:
            self.state.store.set_step(self.guide.id, step_id, value)

    def _save_note(self, step_id: str, text: str) -> None:
        if self.state.store is not None and self.guide is not None:
            self.state.store.set_note(self.guide.id, step_id, text)

    def flush_notes(self) -> None:
        for w in self.steps.values():
            if w._note_timer.isActive():
                w.save_note()
