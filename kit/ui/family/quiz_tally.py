"""Group quiz: per question, count by hand how many people chose each answer. No names, only counts.

"Save session" logs the date, the number of participants and the counts in the encrypted store.

The options are shown in this run's shuffled order (the same as on the projector); counts are kept
by each option's place in the module text, so a saved "q1-b" always means the same answer.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kit.content import default_index
from kit.content.quiz import LETTERS, new_orders, shown_options
from kit.ui.family.tally_chart import TallyChart
from kit.ui.shell.flow_layout import FlowLayout


class QuizTally(QWidget):
    back = Signal()
    saved = Signal(int)  # the id of the logged session
    store_needed = Signal()  # "save" was asked while the private data is locked

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.module = None
        self.module_id = ""
        self.counts: dict[str, list[int]] = {}  # question id -> count per option, in module-text order
        self.orders: dict[str, list[int]] = {}  # question id -> the options' shown order in this run
        self.shown: list[int] = []  # the current question's order: shown row -> option in module text
        self.index = 0
        self.pending_save = False
        self.minus_buttons: list[QPushButton] = []
        self.plus_buttons: list[QPushButton] = []
        self.count_labels: list[QLabel] = []
        self.option_labels: list[QLabel] = []

        self.back_button = QPushButton(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.position = QLabel(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.options = QGridLayout()
        self.chart = TallyChart(self)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.participants = QSpinBox(self)
        self.participants.setRange(0, 999)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.participants_label = QLabel(self)
        self.participants_label.setBuddy(self.participants)
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date)
        self.save_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        nav = FlowLayout(spacing=6)  # wraps at 200% text instead of widening the page
        for b in (self.prev_button, self.next_button, self.clear_button):
            nav.addWidget(b)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above its field when narrow
        form.addRow(self.date_label, self.date)
        form.addRow(self.participants_label, self.participants)
        save_row = QVBoxLayout()
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        save_row.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.position)
        layout.addWidget(self.question)
        layout.addLayout(self.options)
        layout.addWidget(self.chart)
        layout.addLayout(nav)
        layout.addStretch(1)
        layout.addLayout(form)
        layout.addLayout(save_row)

        self.back_button.clicked.connect(self.back)
        self.prev_button.clicked.connect(lambda: self.show_question(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_question(self.index + 1))
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save)
        self.participants.valueChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        state.store_opened.connect(self._store_opened)
        self.retranslate()

    # -- module and questions ------------------------------------------------------------------
    def set_module(self, module_id: str, orders: dict[str, list[int]] | None = None) -> None:
        """Count for a module. `orders` (from the presenter) sets the shown order; a new module
        without one gets a new random order."""
        new = module_id != self.module_id
        if new:
            self.module_id = module_id
            self.counts = {}
            self.index = 0
            self.pending_save = False
            self.participants.setValue(0)
            self.date.setDate(QDate.currentDate())
            self.message.clear()
            self.save_button.setEnabled(True)
        self.module = default_index().module(module_id, self.state.lang, self.state.region)
        if orders is not None:
            self.orders = orders
        elif new or not self.orders:
            self.orders = new_orders(self.module.quiz)
        for q in self.module.quiz:
            self.counts.setdefault(q.id, [0] * len(q.options))
        group_quiz_text = self.tr("Group quiz")
        self.title.setText(f"<h2>{escape(group_quiz_text)}: {escape(self.module.title)}</h2>")
        self.show_question(self.index)

    def questions(self) -> list:
        return self.module.quiz if self.module else []

    def show_question(self, index: int) -> None:
        quiz = self.questions()
        if not quiz:
            return
        self.index = max(0, min(index, len(quiz) - 1))
        q = quiz[self.index]
        self.position.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1))
                              .replace("%2", str(len(quiz))))
        self.question.setText(q.text)
        self.question.setAccessibleName(q.text)
        self._build_rows(q)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(quiz) - 1)
        self._refresh_counts()

    def _build_rows(self, q) -> None:
        while self.options.count():
            w = self.options.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.minus_buttons, self.plus_buttons, self.count_labels, self.option_labels = [], [], [], []
        shown = shown_options(q, self.orders)
        self.shown = [src for src, _ in shown]
        for i, (_src, option) in enumerate(shown):
            letter = LETTERS[i]
            label = QLabel(f"{letter}. {option.text}", self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            minus = QPushButton("−", self)
            plus = QPushButton("+", self)
            count = QLabel(self)
            count.setMinimumWidth(count.fontMetrics().horizontalAdvance("0000"))
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            for b in (minus, plus):
                b.setMaximumWidth(b.fontMetrics().horizontalAdvance("+") + 32)
            minus.setAccessibleName(self.tr("One less for answer %1").replace("%1", letter))
            minus.setAccessibleDescription(self.tr("Counts one person less who chose: %1").replace("%1", option.text))
            plus.setAccessibleName(self.tr("One more for answer %1").replace("%1", letter))
            plus.setAccessibleDescription(self.tr("Counts one more person who chose: %1").replace("%1", option.text))
            minus.clicked.connect(lambda _=False, n=i: self.add(n, -1))
            plus.clicked.connect(lambda _=False, n=i: self.add(n, 1))
            self.options.addWidget(label, i, 0)
            self.options.addWidget(minus, i, 1)
            self.options.addWidget(count, i, 2)
            self.options.addWidget(plus, i, 3)
            self.options.setColumnStretch(0, 1)
            self.option_labels.append(label)
            self.minus_buttons.append(minus)
            self.plus_buttons.append(plus)
            self.count_labels.append(count)

    # -- counting ------------------------------------------------------------------------------
    def current_counts(self) -> list[int]:
        """The current question's counts in module-text order (A = the first option written)."""
        quiz = self.questions()
        return self.counts[quiz[self.index].id] if quiz else []

    def shown_counts(self) -> list[int]:
        """The current question's counts in the order shown on screen and on the projector."""
        counts = self.current_counts()
        return [counts[src] for src in self.shown] if counts else []

    def add(self, row: int, delta: int) -> None:
        """Count one more (or less) for the option shown on `row` (0 = A)."""
        counts = self.current_counts()
        option = self.shown[row]
        counts[option] = max(0, counts[option] + delta)  # never below zero
        self.participants.setValue(max(self.participants.value(), sum(counts)))
        self._refresh_counts()
        self._changed()

    def _refresh_counts(self) -> None:
        counts = self.shown_counts()
        for i, (label, minus) in enumerate(zip(self.count_labels, self.minus_buttons, strict=True)):
            label.setText(str(counts[i]))
            label.setAccessibleName(self.tr("Answer %1: %2").replace("%1", LETTERS[i]).replace("%2", str(counts[i])))
            minus.setEnabled(counts[i] > 0)
        q = self.questions()[self.index] if self.questions() else None
        if q is not None:  # the option texts are already in the rows above: the bars carry only the letters
            shown = shown_options(q, self.orders)
            self.chart.set_data([LETTERS[i] for i in range(len(shown))], counts,
                                [f"{LETTERS[i]}. {o.text}" for i, (_src, o) in enumerate(shown)])

    def tallies(self) -> dict[str, int]:
        """{"q1-a": 3, ...}: counts only, nothing that identifies a person. The letter is the option's
        place in the module text, whatever order it was shown in."""
        out: dict[str, int] = {}
        for q in self.questions():
            for i, n in enumerate(self.counts.get(q.id, [])):
                out[f"{q.id}-{LETTERS[i].lower()}"] = n
        return out

    def clear(self) -> None:
        for counts in self.counts.values():
            counts[:] = [0] * len(counts)
        self.participants.setValue(0)
        self._refresh_counts()
        self._changed()

    def _changed(self, *_args) -> None:
        self.save_button.setEnabled(True)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> int | None:
        store = self.state.store
        if store is None:
            self.pending_save = True
            self.message.setText(self.tr("Open your private data to save the session. "
                                         "It is saved as soon as the data is open."))
            self.store_needed.emit()
            return None
        self.pending_save = False
        session_id = store.log_session(self.module_id, self.date.date().toPython(),
                                       self.participants.value(), self.tallies())
        self.message.setText(self.tr("Saved in the session log."))
        self.save_button.setEnabled(False)  # saving twice would count the session twice
        self.saved.emit(session_id)
        return session_id

    def _store_opened(self) -> None:
        if self.pending_save and self.module_id:
            self.save()

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for w, text, name, desc in (
            (self.back_button, self.tr("&Back to the library"), self.tr("Back to the library"),
             self.tr("Leaves the group quiz; the counts stay until you choose another module")),
            (self.prev_button, self.tr("&Previous question"), self.tr("Previous question"),
             self.tr("Shows the counts of the question before")),
            (self.next_button, self.tr("&Next question"), self.tr("Next question"),
             self.tr("Shows the counts of the next question")),
            (self.clear_button, self.tr("&Clear all counts"), self.tr("Clear all counts"),
             self.tr("Sets every count of this quiz back to zero")),
            (self.save_button, self.tr("&Save session"), self.tr("Save session"),
             self.tr("Logs the date, the number of participants and the counts. No names are saved.")),
        ):
            w.setText(text)
            w.setAccessibleName(name)
            w.setAccessibleDescription(desc)
        self.participants_label.setText(self.tr("Number of part&icipants"))
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.participants.setAccessibleDescription(self.tr("How many people took part in the session"))
        self.date_label.setText(self.tr("Session da&te"))
        self.date.setAccessibleName(self.tr("Session date"))
        self.date.setAccessibleDescription(self.tr("The day the session was given"))
        self.chart.retranslate()
        if self.module_id:
            self.set_module(self.module_id)

    def reset(self) -> None:
        """Forget the counts (after a quick exit)."""
        self.module_id = ""
        self.module = None
        self.counts = {}
        self.orders = {}
        self.shown = []
        self.pending_save = False
        self.message.clear()
