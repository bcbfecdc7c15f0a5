"""Digital separation: the intake, the plan, a guide, and the checklists. Works at once, without
a passphrase: progress goes to the open store, or to an in-memory draft until the person keeps it."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget

from kit import plan as core
from kit.content import default_index
from kit.ui.separation.checklists_view import ChecklistsView
from kit.ui.separation.guide_view import GuideView
from kit.ui.separation.intake_form import IntakeForm
from kit.ui.separation.plan_view import PlanView
from kit.ui.shell.helper_session import HandOverDialog, HelperOpening


class SeparationHome(QTabWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.pages = QStackedWidget(self)
        self.opening = HelperOpening(self.pages)
        self.intake = IntakeForm(state, self.pages)
        self.plan = PlanView(state, self.pages)
        self.guide = GuideView(state, self.pages)
        for w in (self.opening, self.intake, self.plan, self.guide):
            self.pages.addWidget(w)
        self.checklists = ChecklistsView(state, self)
        self.addTab(self.pages, "")
        self.addTab(self.checklists, "")
        self.opening.start.connect(lambda: self.pages.setCurrentWidget(self.intake))
        self.opening.check_computer.connect(lambda: self.state.open_section.emit("check"))
        self.intake.finished.connect(self.make_plan)
        self.intake.danger.connect(self.show_danger)
        self.plan.open_guide.connect(self.open_guide)
        self.plan.redo_intake.connect(lambda: self.pages.setCurrentWidget(self.intake))
        self.plan.hand_over.connect(self.hand_over)
        self.guide.back.connect(self.back_to_plan)
        self.guide.next_guide.connect(self.open_guide)
        self.guide.internal_link.connect(self.follow_link)
        self.guide.evidence_requested.connect(lambda *_: self.state.open_section.emit("journal"))
        state.store_opened.connect(self.load)
        state.store_locked.connect(self.load)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("My plan"))
        self.setTabText(1, self.tr("Checklists"))
        self.setAccessibleName(self.tr("Your plan and checklists"))
        for w in (self.opening, self.intake, self.plan, self.guide, self.checklists):
            w.retranslate()

    def load(self) -> None:
        store = self.state.store or self.state.draft
        saved = store.load_plan() if store else None
        if saved and saved.guides:
            known = set(default_index().ids("guide"))
            items = [core.PlanItem(g["guide"], g["reasons"]) for g in saved.guides if g["guide"] in known]
            answers = set(saved.answers.get("answers", []))
            self.intake.set_answers(answers)
            self.plan.set_plan(items, answers)
            self.pages.setCurrentWidget(self.plan)
        else:
            self.intake.set_answers(set())
            self.plan.set_plan([], set())
            if self.state.guest:
                self.opening.reset()
                self.pages.setCurrentWidget(self.opening)
            else:
                self.pages.setCurrentWidget(self.intake)

    def make_plan(self, answers: set[str]) -> list[core.PlanItem]:
        items = core.build_plan(answers, default_index())
        self.state.work_store().save_plan([i.as_dict() for i in items], {"answers": sorted(answers)})
        self.plan.set_plan(items, answers)
        self.pages.setCurrentWidget(self.plan)
        return items

    def show_danger(self) -> None:
        from kit.ui.help.danger_dialog import DangerDialog

        DangerDialog(self.state, self).exec()

    def open_guide(self, guide_id: str, step_id: str = "") -> None:
        self.guide.show_guide(guide_id, step_id or None, core.next_guide(self.plan.items, guide_id))
        self.pages.setCurrentWidget(self.guide)

    def back_to_plan(self) -> None:
        self.guide.flush_notes()
        self.plan.refresh()
        self.pages.setCurrentWidget(self.plan if self.plan.items else self.intake)

    def follow_link(self, kind: str, item: str) -> None:
        if kind == "guide":
            self.open_guide(item)
        elif kind == "checklist":
            self.setCurrentWidget(self.checklists)
            self.checklists.select(item)
        elif kind == "module":
            self.state.open_section.emit("family")

    def hand_over(self) -> None:
        """Volunteer mode: print the summary, show the take-home codes, then erase the session."""
        dialog = HandOverDialog(self.plan, self)
        dialog.exec()
        if dialog.ended:
            self.end_guest_session()

    def end_guest_session(self) -> None:
        self.guide.flush_notes()
        self.state.lock()
        self.plan.set_plan([], set())
        self.intake.set_answers(set())
        self.pages.setCurrentWidget(self.intake)
        self.state.open_section.emit("start")

    def reset(self) -> None:
        self.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.plan if self.plan.items else self.intake)
