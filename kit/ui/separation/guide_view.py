"""A guide: why it matters, what the other person may notice, and the tickable steps."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kit.content import default_index
from kit.ui.separation.step_widget import StepWidget, md_label
from kit.ui.shell.dates import format_date
from kit.ui.widgets.links import follow_link, open_external
from kit.ui.widgets.markdown_view import prepare


class GuideView(QWidget):
    back = Signal()
    next_guide = Signal(str, str)  # guide id, step id ("")
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
        self.title.setObjectName("guide-title")
        self.title.setWordWrap(True)
        self.next_id: str | None = None
        self.next_button: QPushButton | None = None
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.inner: QWidget | None = None  # the guide's text; the section's own scroll area scrolls it
        self.main_layout = QVBoxLayout(self)
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.main_layout.addLayout(top)
        self.main_layout.addWidget(self.title)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("< &Back to my plan"))
        self.back_button.setAccessibleName(self.tr("Back to my plan"))
        self.back_button.setAccessibleDescription(self.tr("Shows the list of guides in your plan"))
        if self.guide is not None:
            self.show_guide(self.guide.id, None, self.next_id)

    def show_guide(self, guide_id: str, focus_step: str | None = None, next_id: str | None = None) -> None:
        lang, region = self.state.lang, self.state.region
        guide = default_index().guide(guide_id, lang)
        self.guide = guide
        self.title.setText(f"<h2>{escape(guide.title)}</h2>")  # a title is text, never HTML
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        for heading, text, name in ((self.tr("Why it matters"), guide.why, "guide-why"),
                                    (self.tr("Before you start"), guide.before, "guide-before")):
            layout.addWidget(md_label(inner, "### " + heading))  # a heading (level 3) for screen readers
            body = md_label(inner, prepare(text, region, lang))
            body.setObjectName(name)
            layout.addWidget(body)
        before = body
        store = self.state.store or self.state.draft
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
        # built as HTML with every title and address escaped: a title may hold "&", ">" or
        # brackets that a Markdown link would break on (and then show as source)
        sources = ", ".join(f'<a href="{escape(s.url, quote=True)}">{escape(s.title)}</a>'
                            for s in guide.header.sources)
        src = QLabel(inner)
        src.setTextFormat(Qt.TextFormat.RichText)
        src.setWordWrap(True)
        src.setText(escape(self.tr("Sources: %1. Checked on %2.")).replace("%1", sources).replace(
            "%2", escape(format_date(guide.header.verified, lang))))
        src.setObjectName("guide-sources")
        src.linkActivated.connect(lambda url: open_external(url, self))
        layout.addWidget(src)
        self.next_id = next_id
        self.next_button = None
        end = QHBoxLayout()
        back = QPushButton(self.tr("Back to my &plan"), inner)
        back.clicked.connect(self.back)
        back.setAccessibleName(self.tr("Back to my plan"))
        back.setAccessibleDescription(self.tr("End of the guide: shows the list of guides in your plan"))
        end.addWidget(back)
        end.addStretch(1)
        if next_id:
            title = default_index().guide(next_id, lang).title
            self.next_button = QPushButton(self.tr("&Next guide"), inner)
            self.next_button.setObjectName("next-guide")
            self.next_button.setProperty("primary", True)
            self.next_button.setToolTip(title)
            self.next_button.setAccessibleName(self.tr("Next guide: %s") % title)
            self.next_button.setAccessibleDescription(self.tr("Opens the next guide of your plan"))
            self.next_button.clicked.connect(lambda: self.next_guide.emit(next_id, ""))
            end.addWidget(self.next_button)
        layout.addLayout(end)
        layout.addStretch(1)
        if self.inner is not None:
            self.inner.hide()
            self.inner.deleteLater()
        self.inner = inner
        self.main_layout.addWidget(inner, 1)
        scroller = self._scroll_area()
        if scroller is not None and not focus_step and self.isVisible():
            scroller.verticalScrollBar().setValue(0)
        if focus_step and focus_step in self.steps:
            target = self.steps[focus_step]
            target.done.setFocus()  # a scroll area follows the focus
            QTimer.singleShot(0, self, lambda: self._reveal(focus_step, target))

    def _reveal(self, step_id: str, target) -> None:
        """Scroll the section to a step once the layout has settled (unless the guide changed)."""
        scroller = self._scroll_area()
        if scroller is not None and self.steps.get(step_id) is target:
            scroller.ensureWidgetVisible(target.done)

    def _scroll_area(self):
        p = self.parentWidget()
        while p is not None and not isinstance(p, QScrollArea):
            p = p.parentWidget()
        return p

    def _link(self, url: str) -> None:
        follow_link(url, self.internal_link, self)

    def _save_state(self, step_id: str, value: str) -> None:
        if self.guide is not None:
            self.state.work_store().set_step(self.guide.id, step_id, value)

    def _save_note(self, step_id: str, text: str) -> None:
        if self.guide is not None and (text or self.state.store or self.state.draft):
            self.state.work_store().set_note(self.guide.id, step_id, text)

    def flush_notes(self) -> None:
        for w in self.steps.values():
            if w._note_timer.isActive():
                w.save_note()
