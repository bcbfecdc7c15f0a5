"""Self-study: one parent reads a module at their own pace, then does the quiz alone."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kit.content import default_index
from kit.ui.family.module_quiz import ModuleQuiz
from kit.ui.widgets.labels import callout_labels
from kit.ui.widgets.markdown_view import MarkdownView


class SelfStudy(QWidget):
    back = Signal()
    internal_link = Signal(str, str)

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.module_id = ""
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.tabs = QTabWidget(self)
        self.reader = MarkdownView(self.tabs)
        self.quiz = ModuleQuiz(self.tabs)
        self.tabs.addTab(self.reader, "")
        self.tabs.addTab(self.quiz, "")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.back)
        self.reader.internal_link.connect(self.internal_link)
        self.retranslate()

    def set_module(self, module_id: str) -> None:
        same = module_id == self.module_id
        self.module_id = module_id
        module = default_index().module(module_id, self.state.lang, self.state.region)
        self_study_text = self.tr("Self-study")
        self.title.setText(f"<h2>{escape(self_study_text)}: {escape(module.title)}</h2>")
        self.reader.set_markdown(self.markdown(module), self.state.region, self.state.lang, callout_labels())
        self.quiz.set_module(module, keep_answers=same)
        if not same:
            self.tabs.setCurrentWidget(self.reader)

    def markdown(self, module) -> str:
        parts = [f"# {module.title}", module.header.summary]
        if module.goals:
            what_you_will_text = self.tr("What you will learn")
            parts.append(f"## {what_you_will_text}")
            parts.append("\n".join(f"- {g}" for g in module.goals))
        key_messages_text = self.tr("Key messages")
        parts += [f"## {key_messages_text}", module.messages]
        for s in module.scenarios:
            parts += [f"### {s.title}", s.text]
            if s.questions:
                think_about_it_text = self.tr("Think about it")
                parts.append(f"**{think_about_it_text}**\n\n" + "\n".join(f"- {q}" for q in s.questions))
            if s.points:
                good_to_know_text = self.tr("Good to know")
                parts.append(f"**{good_to_know_text}**\n\n" + "\n".join(f"- {p}" for p in s.points))
        now_try_the_text = self.tr("Now try the quiz")
        parts.append(f"## {now_try_the_text}")
        parts.append(self.tr("Open the tab \"Do the quiz\" (Alt+Q) when you are ready. Nobody sees your answers, "
                             "and nothing is saved."))
        return "\n\n".join(parts)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back to the library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.back_button.setAccessibleDescription(self.tr("Leaves self-study and shows every module"))
        self.tabs.setTabText(0, self.tr("&Read the module"))
        self.tabs.setTabText(1, self.tr("Do the &quiz"))
        self.tabs.setAccessibleName(self.tr("Self-study"))
        self.tabs.setAccessibleDescription(self.tr("Read the module, then answer the quiz on your own"))
        self.reader.setAccessibleName(self.tr("Module text"))
        self.reader.setAccessibleDescription(self.tr("The learning goals, key messages and situations of this module"))
        self.quiz.retranslate()
        if self.module_id:
            self.set_module(self.module_id)

    def reset(self) -> None:
        """Forget the answers (after a quick exit)."""
        self.module_id = ""
        self.quiz.module = None
        self.quiz.restart()
        self.reader.clear()
