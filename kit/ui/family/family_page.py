"""Family & media: the module library and the tools to give a session.

Browsing, presenting, self-study and handouts work without unlocking; only the facilitator's
session log lives in the encrypted store (behind the unlock panel, on its own tab).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout

from kit.content import default_index
from kit.content.quiz import new_orders
from kit.ui.family.facilitator_notes import FacilitatorNotes
from kit.ui.family.module_library import ModuleLibrary
from kit.ui.family.presenter_slides import build_slides
from kit.ui.family.presenter_window import PresenterWindow
from kit.ui.family.quiz_tally import QuizTally
from kit.ui.family.self_study import SelfStudy
from kit.ui.family.session_log_view import SessionLogView
from kit.ui.family.shared_page_dialog import SharedPages
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import section_titles
from kit.ui.widgets.markdown_view import prepare
from kit.ui.widgets.store_gate import StoreGate


class FamilyPage(Section):
    section_id = "family"
    needs_store = False

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.presenter: PresenterWindow | None = None
        self.notes: FacilitatorNotes | None = None
        self.presented_id = ""
        self.quiz_orders: dict[str, dict[str, list[int]]] = {}  # module id -> this run's option order
        self.heading = QLabel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)  # long tab names at 200% text: arrows, not a wider page
        self.shared = SharedPages(state, self)
        self.pages = QStackedWidget(self.tabs)
        self.library = ModuleLibrary(state, self.pages)
        self.tally = QuizTally(state, self.pages)
        self.study = SelfStudy(state, self.pages)
        for w in (self.library, self.tally, self.study):
            self.pages.addWidget(w)
        self.log = SessionLogView(state)
        self.gate = StoreGate(state, self.log, self.tabs)
        self.tabs.addTab(self.pages, "")
        self.tabs.addTab(self.gate, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.library.present.connect(self.present)
        self.library.group_quiz.connect(self.open_tally)
        self.library.self_study.connect(self.open_study)
        self.library.shared_page.connect(self.open_shared_page)
        self.tally.back.connect(self.show_library)
        self.study.back.connect(self.show_library)
        self.tally.store_needed.connect(lambda: self.tabs.setCurrentWidget(self.gate))
        self.tally.saved.connect(lambda _id: self.log.refresh())
        self.study.internal_link.connect(self.follow_link)
        state.settings.changed.connect(self._setting_changed)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["family"]

    # -- pages -------------------------------------------------------------------------------
    def show_library(self) -> None:
        self.tabs.setCurrentWidget(self.pages)
        self.pages.setCurrentWidget(self.library)
        self.library.list.setFocus()

    def run_orders(self, module_id: str, fresh: bool) -> dict[str, list[int]]:
        """The shuffled quiz order of this run of a module, shared by the projector and the tally.
        `fresh` draws a new order (a new run)."""
        if fresh or module_id not in self.quiz_orders:
            self.quiz_orders[module_id] = new_orders(default_index().module(module_id, self.state.lang, self.state.region).quiz)
        return self.quiz_orders[module_id]

    def open_tally(self, module_id: str) -> None:
        fresh = module_id not in (self.tally.module_id, self.presented_id)
        self.tally.set_module(module_id, self.run_orders(module_id, fresh))
        self.tabs.setCurrentWidget(self.pages)
        self.pages.setCurrentWidget(self.tally)

    def open_study(self, module_id: str) -> None:
        self.study.set_module(module_id)
        self.tabs.setCurrentWidget(self.pages)
        self.pages.setCurrentWidget(self.study)
        self.study.tabs.setFocus()

    def open_shared_page(self, name: str):
        """The disclosure protocol or the "get it removed" box, in its own window (never projected)."""
        return self.shared.open(name)

    def follow_link(self, kind: str, item: str) -> None:
        if kind == "module":
            self.show_library()
            self.library.select(item)
        else:  # guides and checklists live in Digital separation
            self.state.open_section.emit("separation")

    # -- presenter mode ----------------------------------------------------------------------
    def present(self, module_id: str, fullscreen: bool = True) -> PresenterWindow:
        """Show the presenter window (on a second screen if there is one) and the notes window."""
        lang, region = self.state.lang, self.state.region
        module = default_index().module(module_id, lang, region)
        orders = self.run_orders(module_id, fresh=module_id != self.tally.module_id)
        slides = build_slides(module, region, lang, orders)
        guide = prepare(module.facilitator, region, lang)
        if self.presenter is None:  # built once, then reused
            self.presenter = PresenterWindow(self.state, slides, self)
            self.notes = FacilitatorNotes(self.state, self.presenter, guide, self)
            from kit.ui.widgets.fit import adapt

            adapt(self.presenter)  # its rows wrap on a small screen with large text
            adapt(self.notes)
            self.presenter.closed.connect(self._presenter_closed)
            self.notes.shared_page.connect(self.open_shared_page)
            self.presenter.current_changed.connect(self._follow_slide)
        else:
            self.presenter.set_slides(slides, start=0)
            self.notes.set_guide(guide)
        self.presented_id = module_id
        own = self.window().screen() or QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not own]
        if own is not None:
            self.notes.move(own.availableGeometry().center() - self.notes.rect().center())
        self.notes.show()
        if fullscreen:
            self.presenter.start(others[0] if others else None)
        else:
            self.presenter.show_windowed()
        return self.presenter

    def _follow_slide(self, index: int) -> None:
        """A question on the projector: the group quiz of the same module shows its counts."""
        slides = self.presenter.slides if self.presenter is not None else []
        if self.tally.module_id and self.tally.module_id == self.presented_id and slides[index].kind == "question":
            self.tally.show_question(sum(1 for s in slides[:index] if s.kind == "question"))

    def is_presenting(self) -> bool:
        return self.presenter is not None and self.presenter.isVisible()

    def _presenter_closed(self) -> None:
        if self.notes is not None:
            self.notes.hide()
        self.presented_id = ""

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self._presenter_closed()

    # -- texts and reset ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.tabs.setTabText(0, self.tr("Module &library"))
        self.tabs.setTabText(1, self.tr("Session l&og"))
        self.tabs.setAccessibleName(self.title())
        self.tabs.setAccessibleDescription(self.tr("The modules for parents, and the log of the sessions you gave"))
        self.library.retranslate()
        self.shared.retranslate()
        self.tally.retranslate()
        self.study.retranslate()
        self.log.retranslate()
        self.gate.unlock.retranslate()
        if self.presented_id and self.presenter is not None and self.notes is not None:
            lang, region = self.state.lang, self.state.region
            module = default_index().module(self.presented_id, lang, region)
            self.presenter.set_slides(build_slides(module, region, lang, self.quiz_orders.get(self.presented_id)))
            self.presenter.retranslate()
            self.notes.set_guide(prepare(module.facilitator, region, lang))
            self.notes.retranslate()

    def _setting_changed(self, key: str, _value) -> None:
        if key == "discreet":
            self.shared.retranslate()
        if key == "discreet" and self.presenter is not None and self.notes is not None:
            self.presenter.retranslate()  # the window titles follow discreet mode
            self.notes.retranslate()

    def reset(self) -> None:
        """After a quick exit: no presenter or notes window, no counts or answers, the library."""
        self.close_presenter()
        self.shared.close_all()
        self.quiz_orders = {}
        self.tally.reset()
        self.study.reset()
        self.library.reset()
        self.log.reset()
        self.pages.setCurrentWidget(self.library)
        self.tabs.setCurrentWidget(self.pages)
        self.gate.update_page()
