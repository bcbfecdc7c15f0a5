"""Digital separation once unlocked: the intake, the plan, a guide, and the checklists."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget

from kit import plan as core
from kit.content import default_index
from kit.ui.checklists_view import ChecklistsView
from kit.ui.guide_view import GuideView
from kit.ui.intake_form import IntakeForm
from kit.ui.plan_view import PlanView


class SeparationHome(QTabWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.pages = QStackedWidget(self)
        self.intake = IntakeForm(state, self.pages)
        self.plan = PlanView(state, self.pages)
        self.guide = GuideView(state, self.pages)
        for w in (self.intake, self.plan, self.guide):
            self.pages.addWidget(w)
        self.checklists = ChecklistsView(state, self)
        self.addTab(self.pages, "")
        self.addTab(self.checklists, "")
        self.intake.finished.connect(self.make_plan)
        self.intake.danger.connect(self.show_danger)
        self.plan.open_guide.connect(self.open_guide)
        self.plan.redo_intake.connect(lambda: self.pages.setCurrentWidget(self.intake))
        self.plan.hand_over.connect(self.hand_over)
        self.guide.back.connect(self.back_to_plan)
        self.guide.internal_link.connect(self.follow_link)
        self.guide.evidence_requested.connect(lambda *_: self.state.open_section.emit("journal"))
        state.store_opened.connect(self.load)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("My plan"))
        self.setTabText(1, self.tr("Checklists"))
        self.setAccessibleName(self.tr("Your plan and checklists"))
        for w in (self.intake, self.plan, self.guide, self.checklists):
            w.retranslate()

    def load(self) -> None:
        store = self.state.store
        saved = store.load_plan() if store else None
        if saved and saved.guides:
            known = set(default_index().ids("guide"))
            items = [core.PlanItem(g["guide"], g["reasons"]) for g in saved.guides if g["guide"] in known]
            self.intake.set_answers(set(saved.answers.get("answers", [])))
            self.plan.set_plan(items)
            self.pages.setCurrentWidget(self.plan)
        else:
            self.intake.set_answers(set())
            self.pages.setCurrentWidget(self.intake)

    def make_plan(self, answers: set[str]) -> list[core.PlanItem]:
        items = core.build_plan(answers, default_index())
        if self.state.store is not None:
            self.state.store.save_plan([i.as_dict() for i in items], {"answers": sorted(answers)})
        self.plan.set_plan(items)
        self.pages.setCurrentWidget(self.plan)
        return items

    def show_danger(self) -> None:
        from kit.ui.danger_dialog import DangerDialog

        DangerDialog(self.state, self).exec()

    def open_guide(self, guide_id: str, step_id: str = "") -> None:
        self.guide.show_guide(guide_id, step_id or None)
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
        """Volunteer mode: print the plan, show the QR code, then erase this guest session."""
        self.plan.print_plan()
        self.plan.show_takehome()
        answer = QMessageBox.question(
            self, self.tr("End the session?"),
            self.tr("This erases everything of this guest session from the kit. "
                    "Has the person taken the plan home, on paper or with the QR code?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.end_guest_session()

    def end_guest_session(self) -> None:
        self.guide.flush_notes()
        self.state.lock()
        self.plan.set_plan([])
        self.intake.set_answers(set())
        self.pages.setCurrentWidget(self.intake)

    def reset(self) -> None:
        self.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.plan if self.plan.items else self.intake)
