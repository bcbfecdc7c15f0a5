"""The quiz for one parent alone: answer, check, see why each answer is right or wrong, and the score."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kit.content.quiz import LETTERS, new_orders, shown_options, shown_position
from kit.ui.widgets import a11y


class ModuleQuiz(QWidget):
    finished = Signal(int, int)  # right answers, questions

    def __init__(self, parent=None):
        super().__init__(parent)
        self.module = None
        self.index = 0
        self.answers: dict[str, int] = {}  # question id -> the chosen option (its index in the module text)
        self.orders: dict[str, list[int]] = {}  # question id -> the options' shown order, new every run
        self.rng = None  # a random.Random for repeatable tests; None = system randomness
        self.done = False
        self.radios: list[QRadioButton] = []
        self.group = QButtonGroup(self)
        self.position = QLabel(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2 if font.pointSizeF() > 0 else 12)
        self.question.setFont(font)
        self.options = QVBoxLayout()
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("quiz-check")
        self.next_button = QPushButton(self)
        self.restart_button = QPushButton(self)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("quiz-feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("quiz-score")
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.position)
        layout.addWidget(self.question)
        layout.addLayout(self.options)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addWidget(self.score_label)
        layout.addStretch(1)
        self.check_button.clicked.connect(self.check)
        self.next_button.clicked.connect(self.next_question)
        self.restart_button.clicked.connect(self.restart)
        self.group.idToggled.connect(lambda _id, on: on and self._update_buttons())
        self.retranslate()

    # -- state -----------------------------------------------------------------------------
    def set_module(self, module, keep_answers: bool = False) -> None:
        same = self.module is not None and module.id == self.module.id
        self.module = module
        if not (keep_answers and same):
            self._new_run()
        self._show()

    def restart(self) -> None:
        self._new_run()
        self._show()

    def _new_run(self) -> None:
        """No answers, first question, and the options of every question in a new random order."""
        self.answers, self.index, self.done = {}, 0, False
        self.orders = new_orders(self.questions(), self.rng)

    def position_of(self, question, source: int) -> int:
        """Where option `source` (its index in the module text) is shown in this run."""
        return shown_position(question, self.orders, source)

    def questions(self) -> list:
        return self.module.quiz if self.module else []

    def current(self):
        quiz = self.questions()
        return quiz[self.index] if quiz and not self.done else None

    def score(self) -> tuple[int, int]:
        """(right answers, questions in the quiz)."""
        right = sum(1 for q in self.questions() if self.answers.get(q.id, -1) == q.correct_index)
        return right, len(self.questions())

    def score_text(self) -> str:
        right, total = self.score()
        return self.tr("%1 of %2").replace("%1", str(right)).replace("%2", str(total))

    # -- actions -----------------------------------------------------------------------------
    def choose(self, position: int) -> None:
        """Tick the option shown at `position` (0 = A)."""
        self.radios[position].setChecked(True)

    def check(self) -> bool | None:
        """Record the chosen answer and explain every option. Returns whether it was right."""
        q = self.current()
        chosen = self.group.checkedId()
        if q is None or chosen < 0 or q.id in self.answers:
            return None
        self.answers[q.id] = chosen
        self._show()
        self.feedback.setFocus()
        # the screen reader says the result at once ("Right! Score so far: 2 of 3"); the explanation
        # follows as the focused label is read
        a11y.announce(self.feedback, f"{self._head(q, chosen)} {self.score_label.text()}")
        return chosen == q.correct_index

    def next_question(self) -> None:
        if self.index < len(self.questions()) - 1:
            self.index += 1
        else:
            self.done = True
            self.finished.emit(*self.score())
        self._show()
        if self.done:
            a11y.announce(self, f"{self.question.text()} {self.score_label.text()}")
        (self.radios[0] if self.radios else self.restart_button).setFocus()

    # -- showing -------------------------------------------------------------------------------
    def _show(self) -> None:
        for r in self.radios:
            self.group.removeButton(r)
            self.options.removeWidget(r)
            r.hide()
            r.deleteLater()
        self.radios = []
        quiz = self.questions()
        q = self.current()
        right, _total = self.score()
        answered = len([x for x in quiz if x.id in self.answers])
        if q is None:
            self.position.setText(self.tr("Your result") if quiz else "")
            self.question.setText(self.tr("You answered %1 questions right.").replace("%1", self.score_text())
                                  if quiz else "")
            self.feedback.setText(self._summary())
            self._name_feedback()
            self.score_label.setText(self.tr("Score: %1").replace("%1", self.score_text()))
            self.check_button.setVisible(False)
            self.next_button.setVisible(False)
            return
        self.position.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1))
                              .replace("%2", str(len(quiz))))
        self.question.setText(q.text)
        chosen = self.answers.get(q.id)
        for i, (src, option) in enumerate(shown_options(q, self.orders)):
            radio = QRadioButton(f"{LETTERS[i]}. {option.text}".replace("&", "&&"), self)
            radio.setAccessibleName(f"{LETTERS[i]}. {option.text}")
            radio.setAccessibleDescription(self.tr("Choose this answer, then check it"))
            radio.setChecked(chosen == src)
            radio.setEnabled(chosen is None)
            self.group.addButton(radio, src)  # the id is the option's index in the module text
            self.options.addWidget(radio)
            self.radios.append(radio)
        self.feedback.setText(self._explain(q, chosen) if chosen is not None else "")
        self._name_feedback()
        self.score_label.setText(self.tr("Score so far: %1 of %2").replace("%1", str(right))
                                 .replace("%2", str(answered)) if answered else "")
        self.check_button.setVisible(True)
        self.next_button.setVisible(True)
        self.next_button.setText(self.tr("&Next question") if self.index < len(quiz) - 1
                                 else self.tr("See my &score"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        q = self.current()
        answered = q is not None and q.id in self.answers
        self.check_button.setEnabled(q is not None and not answered and self.group.checkedId() >= 0)
        self.next_button.setEnabled(answered)

    def _name_feedback(self) -> None:
        """Read by its words ("Right! …") once there are any; a placeholder name while empty."""
        self.feedback.setAccessibleName("" if self.feedback.text() else self.tr("Explanation"))

    def _head(self, q, chosen: int) -> str:
        if chosen == q.correct_index:
            return self.tr("Right!")
        return self.tr("Not quite. The right answer is %1.").replace(
            "%1", LETTERS[self.position_of(q, q.correct_index)])

    def _explain(self, q, chosen: int) -> str:
        head = self._head(q, chosen)
        rows = [f"<p><b>{escape(head)}</b></p>"]
        for i, (src, o) in enumerate(shown_options(q, self.orders)):
            verdict = self.tr("✔ right answer") if o.correct else self.tr("✘ wrong answer")
            your_answer_text = self.tr("your answer")
            mine = f" ({escape(your_answer_text)})" if src == chosen else ""
            rows.append(f"<p><b>{LETTERS[i]}. {escape(o.text)}</b> — {escape(verdict)}{mine}<br>"
                        f"{escape(o.explanation)}</p>")
        return "".join(rows)

    def _summary(self) -> str:
        rows = []
        for q in self.questions():
            ok = self.answers.get(q.id, -1) == q.correct_index
            mark = self.tr("✔ right") if ok else self.tr("✘ wrong")
            title = q.text.split("\n\n")[0]
            rows.append(f"<li>{escape(title)} — <b>{escape(mark)}</b></li>")
        return "<ol>" + "".join(rows) + "</ol>" if rows else ""

    def retranslate(self) -> None:
        for w, text, name, desc in (
            (self.check_button, self.tr("&Check my answer"), self.tr("Check my answer"),
             self.tr("Shows whether your answer is right, and explains every answer")),
            (self.next_button, self.tr("&Next question"), self.tr("Next question"),
             self.tr("Goes to the next question, or to your score after the last one")),
            (self.restart_button, self.tr("S&tart again"), self.tr("Start again"),
             self.tr("Clears your answers and starts the quiz again")),
        ):
            w.setText(text)
            w.setAccessibleName(name)
            w.setAccessibleDescription(desc)
        self.feedback.setAccessibleDescription(self.tr("Why each answer is right or wrong"))
        self.score_label.setAccessibleDescription(self.tr("Score"))  # its name is its text, with the numbers
        self._show()
