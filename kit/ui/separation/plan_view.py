"""The personal plan: guides in order with the reason each was chosen, and how much is done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit import plan as core
from kit.content import default_index
from kit.helpdir import load_directory, service_line
from kit.report.plan_sheet import plan_html
from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.widgets import a11y, file_dialogs
from kit.ui.widgets.labels import plan_labels, short_reason
from kit.ui.widgets.printing import html_to_pdf, print_html


class GuideCard(QFrame):
    """One guide of the plan: title, why (once, in plain words), progress, open."""

    def __init__(self, title: str, why: str, done: int, total: int, parent=None):
        super().__init__(parent)
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(("✔ " if done == total else "") + title, self)
        self.title.setObjectName("plan-guide-title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.why = QLabel(why, self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setProperty("muted", True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("plan-open-guide")
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.why)
        layout.addWidget(self.bar)
        layout.addLayout(row)


class PlanView(QWidget):
    open_guide = Signal(str, str)  # guide id, step id ("" for the top)
    redo_intake = Signal()
    hand_over = Signal()

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.items: list[core.PlanItem] = []
        self.answers: set[str] = set()
        self.cards: dict[str, GuideCard] = {}
        self.today_steps: list[tuple[str, str]] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("plan-progress")
        self.progress_text = QLabel(self)
        self.progress_text.setWordWrap(True)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continue")
        self.continue_button.setProperty("primary", True)
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
        self.all_guides.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.all_guides.setMinimumContentsLength(12)
        self.all_guides.activated.connect(lambda i: self.open_guide.emit(self.all_guides.itemData(i), ""))
        self.neutral = QCheckBox(self)
        self.neutral.setObjectName("neutral-title")
        buttons = FlowLayout(spacing=8)
        for b in (self.continue_button, self.handover_button, self.print_button, self.pdf_button,
                  self.qr_button, self.redo_button):
            buttons.addWidget(b)
        buttons.addWidget(self.neutral)
        self.today = QFrame(self)
        self.today.setObjectName("today-card")
        self.today_layout = QVBoxLayout(self.today)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.today)
        layout.addLayout(buttons)
        layout.addLayout(self.body)
        self.all_guides_label = a11y.label_for(self.all_guides, self)
        layout.addWidget(self.all_guides_label)
        layout.addWidget(self.all_guides)
        layout.addStretch(1)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------
    def progress_data(self) -> core.Progress:
        store = self.state.store or self.state.draft
        return core.Progress(store.all_steps() if store else {})

    def set_plan(self, items: list[core.PlanItem], answers: set[str] | None = None) -> None:
        self.items = items
        if answers is not None:
            self.answers = set(answers)
        self.refresh()

    def group_titles(self) -> dict[str, str]:
        return {
            "email": self.tr("Your e-mail"), "phone": self.tr("Your phone"),
            "apple": self.tr("Your Apple account"), "google": self.tr("Your Google account"),
            "microsoft": self.tr("Your Microsoft account"), "samsung": self.tr("Your Samsung account"),
            "computer": self.tr("Your computer"), "apps": self.tr("Apps and social media"),
            "money": self.tr("Money and identity"), "home": self.tr("At home"),
            "children": self.tr("Children"), "other": self.tr("Other steps"),
        }

    def why_text(self, reasons: list[str]) -> str:
        """The reason in plain words, once per guide."""
        if reasons == ["always"]:
            return self.tr("Everyone who leaves a partner needs this.")
        return self.tr("Because: %s.") % "; ".join(short_reason(r) for r in reasons)

    @staticmethod
    def _clear(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()
            elif item.layout() is not None:
                PlanView._clear(item.layout())

    def refresh(self) -> None:
        index, lang = default_index(), self.state.lang
        progress = self.progress_data()
        self._clear(self.today_layout)
        self._clear(self.body)
        self.cards = {}
        self.today_steps = core.today(self.items, progress, index, lang, self.answers)
        self.today.setVisible(bool(self.today_steps))
        if self.today_steps:
            head = QLabel("<h3>%s</h3>" % self.tr("Today: start with these steps"), self.today)
            head.setWordWrap(True)
            self.today_layout.addWidget(head)
            for gid, sid in self.today_steps:
                guide = index.guide(gid, lang)
                step = next(s for s in guide.steps if s.id == sid)
                row = QHBoxLayout()
                label = QLabel(f"{step.title} ({guide.title})", self.today)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                button = QPushButton(self.tr("Open"), self.today)
                button.setObjectName("today-open")
                button.setAccessibleName(self.tr("Open step: %s") % step.title)
                button.setAccessibleDescription(guide.title)
                button.clicked.connect(lambda _=False, g=gid, s=sid: self.open_guide.emit(g, s))
                row.addWidget(label, 1)
                row.addWidget(button)
                self.today_layout.addLayout(row)
        titles = self.group_titles()
        for group, items in core.grouped(self.items, index):
            head = QLabel("<h3>%s</h3>" % titles.get(group, group), self)
            head.setWordWrap(True)
            self.body.addWidget(head)
            for item in items:
                guide = index.guide(item.guide_id, lang)
                ids = [s.id for s in guide.steps]
                done = len(ids) - len(progress.open_steps(item.guide_id, ids))
                card = GuideCard(guide.title, self.why_text(item.reasons), done, len(ids), self)
                card.setObjectName(f"plan-card-{item.guide_id}")
                card.count.setText(self.tr("%1 of %2 steps done").replace("%1", str(done)).replace("%2", str(len(ids))))
                card.open_button.setText(self.tr("Open"))
                card.open_button.setAccessibleName(self.tr("Open guide: %s") % guide.title)
                card.open_button.setAccessibleDescription(card.count.text())
                card.open_button.clicked.connect(lambda _=False, g=item.guide_id: self.open_guide.emit(g, ""))
                card.setToolTip(guide.header.summary)
                self.body.addWidget(card)
                self.cards[item.guide_id] = card
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

    def continue_plan(self) -> None:
        nxt = core.next_step(self.items, self.progress_data(), default_index(), self.state.lang)
        if nxt:
            self.open_guide.emit(*nxt)

    # -- take it home ---------------------------------------------------------------------
    def remaining_text(self) -> str:
        return core.remaining_text(self.items, self.progress_data(), default_index(), self.state.lang,
                                   self.labels()["heading"], self.tr("next"), self.tr("{n} steps open"))

    def qr_parts(self) -> list[str]:
        from kit.qr import split_text

        return split_text(self.remaining_text())

    def labels(self) -> dict[str, str]:
        """The paper's labels; with "neutral title" nothing on it says what the plan is about."""
        labels = plan_labels()
        if self.neutral.isChecked():
            labels["title"] = self.tr("My notes")
            labels["heading"] = self.tr("To do:")
        return labels

    def html(self) -> str:
        from kit.ui.shell.dates import format_date

        d = load_directory()
        region, lang = self.state.region, self.state.lang
        lines = [service_line(s, lang, bold=False) for s in d.emergency(region, lang) + d.violence_lines(region, lang)]
        rem = core.remaining(self.items, self.progress_data(), default_index(), lang)
        import datetime as dt

        return plan_html(rem, self.labels(), lines, self.qr_parts(), format_date(dt.date.today(), lang))

    def print_plan(self) -> bool:
        return print_html(self.html(), self, self.labels()["title"], base_pt=14)

    def save_pdf(self, path: Path) -> Path:
        return html_to_pdf(self.html(), path, self.labels()["title"], base_pt=14)

    def _ask_pdf(self) -> None:
        default = self.tr("notes.pdf") if self.neutral.isChecked() else self.tr("my-plan.pdf")
        name = file_dialogs.save_file_name(self, self.tr("Save my plan as PDF"), default,
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(Path(name))

    def show_takehome(self) -> None:
        from kit.ui.separation.takehome_dialog import TakeHomeDialog

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
        self.neutral.setText(self.tr("Neutral &title on paper"))
        self.neutral.setAccessibleName(self.tr("Neutral title on paper"))
        self.neutral.setAccessibleDescription(self.tr(
            "The printed plan and the codes are headed 'My notes', so a glance does not tell what they are"))
        self.all_guides_label.setText(self.tr("&Other guides:"))
        self.all_guides.setAccessibleName(self.tr("All guides"))
        self.all_guides.setAccessibleDescription(self.tr("Open a guide that is not in your plan"))
        self.refresh()
