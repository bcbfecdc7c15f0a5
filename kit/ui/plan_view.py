"""The personal plan: guides in order with the reason each was chosen, and how much is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit import plan as core
from kit.content import default_index
from kit.helpdir import load_directory, service_line
from kit.report.plan_sheet import plan_html
from kit.ui import a11y, file_dialogs
from kit.ui.labels import plan_labels, reason_text
from kit.ui.printing import html_to_pdf, print_html


class PlanView(QWidget):
    open_guide = Signal(str, str)  # guide id, step id ("" for the top)
    redo_intake = Signal()
    hand_over = Signal()

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.items: list[core.PlanItem] = []
        self.heading = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("plan-progress")
        self.progress_text = QLabel(self)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._activated)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continue")
        self.continue_button.clicked.connect(self.continue_plan)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.qr_button = QPushButton(self)
        self.qr_button.clicked.connect(self.show_takehome)
        self.redo_button = QPushButton(self)
        self.redo_button.clicked.connect(self.redo_intake)
        self.handover_button = QPushButton(self)
        self.handover_button.setObjectName("hand-over")
        self.handover_button.clicked.connect(self.hand_over)
        self.all_guides = QComboBox(self)
        self.all_guides.activated.connect(lambda i: self.open_guide.emit(self.all_guides.itemData(i), ""))
        buttons = QGridLayout()
        for i, b in enumerate((self.continue_button, self.print_button, self.pdf_button,
                               self.qr_button, self.redo_button, self.handover_button)):
            buttons.addWidget(b, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.all_guides_label = a11y.label_for(self.all_guides, self)
        layout.addWidget(self.all_guides_label)
        layout.addWidget(self.all_guides)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------
    def progress_data(self) -> core.Progress:
        store = self.state.store
        return core.Progress(store.all_steps() if store else {})

    def set_plan(self, items: list[core.PlanItem]) -> None:
        self.items = items
        self.refresh()

    def refresh(self) -> None:
        index, lang = default_index(), self.state.lang
        progress = self.progress_data()
        self.list.clear()
        for n, item in enumerate(self.items, 1):
            guide = index.guide(item.guide_id, lang)
            ids = [s.id for s in guide.steps]
            open_ids = progress.open_steps(item.guide_id, ids)
            why = "; ".join(reason_text(r) for r in item.reasons)
            mark = "✔ " if not open_ids else ""
            why_line = self.tr("Why: %s") % why
            text = f"{mark}{n}. {guide.title}  ({len(ids) - len(open_ids)}/{len(ids)})\n    {why_line}"
            li = QListWidgetItem(text)
            li.setData(Qt.ItemDataRole.UserRole, item.guide_id)
            li.setToolTip(guide.header.summary)
            self.list.addItem(li)
        done, total = core.totals(self.items, progress, index, lang)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(self.tr("%1 of %2 steps done or not needed").replace("%1", str(done)).replace("%2", str(total)))
        self.progress.setAccessibleName(self.progress_text.text())
        self.continue_button.setEnabled(core.next_step(self.items, progress, index, lang) is not None)
        self.handover_button.setVisible(self.state.guest)
        self.all_guides.blockSignals(True)
        self.all_guides.clear()
        self.all_guides.addItem(self.tr("Open any other guide..."), "")
        for gid in index.ids("guide"):
            self.all_guides.addItem(index.guide(gid, lang).title, gid)
        self.all_guides.blockSignals(False)

    def _activated(self, item) -> None:
        self.open_guide.emit(item.data(Qt.ItemDataRole.UserRole), "")

    def continue_plan(self) -> None:
        nxt = core.next_step(self.items, self.progress_data(), default_index(), self.state.lang)
        if nxt:
            self.open_guide.emit(*nxt)

    # -- take it home ---------------------------------------------------------------------
    def remaining_text(self) -> str:
        return core.remaining_text(self.items, self.progress_data(), default_index(), self.state.lang,
                                   plan_labels()["heading"])

    def qr_parts(self) -> list[str]:
        from kit.qr import split_text

        return split_text(self.remaining_text())

    def html(self) -> str:
        d = load_directory()
        region, lang = self.state.region, self.state.lang
        lines = [service_line(s, lang, bold=False) for s in d.emergency(region, lang) + d.violence_lines(region, lang)]
        rem = core.remaining(self.items, self.progress_data(), default_index(), lang)
        return plan_html(rem, plan_labels(), lines, self.qr_parts())

    def print_plan(self) -> bool:
        return print_html(self.html(), self, plan_labels()["title"], base_pt=14)

    def save_pdf(self, path: Path) -> Path:
        return html_to_pdf(self.html(), path, plan_labels()["title"], base_pt=14)

    def _ask_pdf(self) -> None:
        name = file_dialogs.save_file_name(self, self.tr("Save my plan as PDF"), self.tr("my-plan.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(Path(name))

    def show_takehome(self) -> None:
        from kit.ui.takehome_dialog import TakeHomeDialog

        TakeHomeDialog(self.qr_parts(), self).exec()

    def retranslate(self) -> None:
        self.heading.setText("<h2>%s</h2>" % self.tr("My plan"))
        for b, text, name, desc in (
            (self.continue_button, self.tr("&Continue where I left off"), self.tr("Continue where I left off"),
             self.tr("Opens the first step that is not done yet")),
            (self.print_button, self.tr("&Print my plan"), self.tr("Print my plan"),
             self.tr("Prints the open steps in large type")),
            (self.pdf_button, self.tr("Save as PD&F"), self.tr("Save my plan as PDF"),
             self.tr("Saves the open steps as a PDF file")),
            (self.qr_button, self.tr("Take it &home (QR code)"), self.tr("Take it home with a QR code"),
             self.tr("Shows QR codes with the open steps as text, to scan with your phone")),
            (self.redo_button, self.tr("Change my &answers"), self.tr("Change my answers"),
             self.tr("Goes back to the questions; your ticks are kept")),
            (self.handover_button, self.tr("Hand &over and end session"), self.tr("Hand over and end session"),
             self.tr("Prints the plan, shows the QR code, then erases this guest session")),
        ):
            b.setText(text)
            b.setAccessibleName(name)
            b.setAccessibleDescription(desc)
        self.list.setAccessibleName(self.tr("Guides in my plan"))
        self.list.setAccessibleDescription(self.tr("Press Enter to open a guide"))
        self.all_guides_label.setText(self.tr("&Other guides:"))
        self.all_guides.setAccessibleName(self.tr("All guides"))
        self.all_guides.setAccessibleDescription(self.tr("Open a guide that is not in your plan"))
        if self.items:
            self.refresh()
