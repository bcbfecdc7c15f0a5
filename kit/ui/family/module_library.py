"""The module library: filter, choose a module, read its overview, and start what you need.

Works without unlocking: browsing, presenting, self-study and handouts store nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kit.content import default_index
from kit.ui.family import module_catalog as catalog
from kit.ui.family import module_printing
from kit.ui.family.module_filters import ModuleFilters
from kit.ui.family.module_labels import age_group_name, minutes_text
from kit.ui.family.module_overview import ModuleOverview
from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.widgets.file_dialogs import save_file_name


class ModuleLibrary(QWidget):
    present = Signal(str)
    group_quiz = Signal(str)
    self_study = Signal(str)
    shared_page = Signal(str)  # "disclosure", "removal" or "mediaplan": the pages every module shares

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.entries: list[catalog.ModuleEntry] = []
        self.filters = ModuleFilters(self)
        self.count = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overview = ModuleOverview(self)
        self.present_button = QPushButton(self)
        self.quiz_button = QPushButton(self)
        self.study_button = QPushButton(self)
        self.study_button.setObjectName("self-study")
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.disclosure_button = QPushButton(self)
        self.removal_button = QPushButton(self)
        self.mediaplan_button = QPushButton(self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.count)
        ll.addWidget(self.list, 1)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.overview, 1)
        buttons = FlowLayout(spacing=6)  # wraps at 200% text instead of widening the page
        for b in (self.present_button, self.quiz_button, self.study_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        rl.addLayout(buttons)
        shared = QVBoxLayout()  # the pages every module shares: one per row, so long labels fit at 200%
        for b in (self.disclosure_button, self.removal_button, self.mediaplan_button):
            shared.addWidget(b)
        rl.addLayout(shared)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        self.filters.changed.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda item: self.study_button.click())
        self.present_button.clicked.connect(lambda: self._emit(self.present))
        self.quiz_button.clicked.connect(lambda: self._emit(self.group_quiz))
        self.study_button.clicked.connect(lambda: self._emit(self.self_study))
        self.print_button.clicked.connect(self.print_handout)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.disclosure_button.clicked.connect(lambda: self.shared_page.emit("disclosure"))
        self.removal_button.clicked.connect(lambda: self.shared_page.emit("removal"))
        self.mediaplan_button.clicked.connect(lambda: self.shared_page.emit("mediaplan"))
        self.retranslate()

    # -- list --------------------------------------------------------------------------------
    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def shown_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def select(self, module_id: str) -> None:
        ids = self.shown_ids()
        if module_id not in ids:
            self.filters.set_values()
            ids = self.shown_ids()
        if module_id in ids:
            self.list.setCurrentRow(ids.index(module_id))

    def refresh(self) -> None:
        current = self.current_id()
        shown = catalog.filtered(self.entries, *self.filters.values())
        self.list.blockSignals(True)
        self.list.clear()
        for e in shown:
            ages = ", ".join(age_group_name(a) for a in e.age_groups)
            item = QListWidgetItem(f"{e.title}\n{minutes_text(e.duration_min)} · {ages}")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(e.summary)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.count.setText(self.tr("%1 of %2 modules").replace("%1", str(len(shown)))
                           .replace("%2", str(len(self.entries))))
        ids = [e.id for e in shown]
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show_current(self.list.currentItem())

    def _show_current(self, item, _prev=None) -> None:
        mid = item.data(Qt.ItemDataRole.UserRole) if item else ""
        self.overview.show_module(default_index().module(mid, self.state.lang, self.state.region) if mid else None)
        if not mid:
            self.overview.setPlainText(self.tr("No module fits these filters. Choose \"All\" in one of them."))
        for b in (self.present_button, self.quiz_button, self.study_button, self.print_button, self.pdf_button):
            b.setEnabled(bool(mid))

    def _emit(self, signal) -> None:
        if self.current_id():
            signal.emit(self.current_id())

    # -- handout -----------------------------------------------------------------------------
    def print_handout(self) -> bool:
        mid = self.current_id()
        return bool(mid) and module_printing.print_handout(mid, self.state.lang, self.state.region, self)

    def save_handout_pdf(self, path: Path) -> Path:
        return module_printing.save_handout_pdf(self.current_id(), self.state.lang, self.state.region, path)

    def _ask_pdf(self) -> None:
        mid = self.current_id()
        if not mid:
            return
        name = save_file_name(self, self.tr("Save handout as PDF"), f"{mid}.pdf", self.tr("PDF files (*.pdf)"))
        if name:
            self.save_handout_pdf(Path(name))

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for b, text, name, desc in (
            (self.present_button, self.tr("&Present"), self.tr("Present"),
             self.tr("Shows the module full screen for a group, one slide at a time, with your notes "
                     "in a separate window")),
            (self.quiz_button, self.tr("&Group quiz"), self.tr("Group quiz"),
             self.tr("Count by hand how many people chose each answer; no names are kept")),
            (self.study_button, self.tr("&Self-study"), self.tr("Self-study"),
             self.tr("Read the module and do the quiz on your own")),
            (self.print_button, self.tr("P&rint handout"), self.tr("Print handout"),
             self.tr("Prints the one-page handout with the help numbers of your region")),
            (self.pdf_button, self.tr("Save handout as PD&F"), self.tr("Save handout as PDF"),
             self.tr("Saves the one-page handout with the help numbers of your region as a PDF file")),
            (self.disclosure_button, self.tr("If someone tells about abuse"), self.tr("If someone tells about abuse"),
             self.tr("The disclosure protocol for every module: what to say, the limits of confidentiality "
                     "and where to refer. Printable")),
            (self.removal_button, self.tr("Get it removed"), self.tr("Get it removed"),
             self.tr("How to get intimate images taken offline, by country and age. Printable")),
            (self.mediaplan_button, self.tr("Family media plan"), self.tr("Family media plan"),
             self.tr("A plan to fill in together at home: when, where and which screens, and what to do when "
                     "something goes wrong. Printable")),
        ):
            b.setText(text)
            b.setAccessibleName(name)
            b.setAccessibleDescription(desc)
        self.list.setAccessibleName(self.tr("Modules"))
        self.list.setAccessibleDescription(self.tr("Choose a module to see its overview"))
        self.entries = catalog.entries(self.state.lang)
        self.filters.set_entries(self.entries)
        self.overview.retranslate()
        self.refresh()

    def reset(self) -> None:
        self.filters.set_values()
        self.list.setCurrentRow(0)
