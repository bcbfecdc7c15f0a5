"""A module as slides. Each slide keeps what the group sees apart from the facilitator's notes.

`body` goes to the projected presenter window; `notes` only ever to the facilitator's notes window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication as Q

from kit.content import Module
from kit.content.quiz import LETTERS, shown_options
from kit.helpdir import in_language, load_directory, service_line
from kit.ui.widgets.markdown_view import prepare

__all__ = ["LETTERS", "Slide", "build_slides", "help_markdown", "message_chunks", "question_notes"]


@dataclass(frozen=True)
class Slide:
    kind: str  # title, goals, message, scenario, question, help
    label: str  # e.g. "Scenario 2 of 4" (shown)
    title: str  # shown
    body: str  # Markdown, shown to the group
    notes: str  # Markdown, for the facilitator only


def _n_of(text: str, n: int, total: int) -> str:
    return text.replace("%1", str(n)).replace("%2", str(total))


def message_chunks(messages: str) -> list[str]:
    """Split the key messages into slides: a paragraph that opens in bold starts a new one."""
    chunks: list[str] = []
    for block in (b.strip() for b in re.split(r"\n\s*\n", messages)):
        if not block:
            continue
        if block.startswith("**") or not chunks:
            chunks.append(block)
        else:
            chunks[-1] += "\n\n" + block
    return chunks


def scenario_notes(points: list[str]) -> str:
    head = Q.translate("presenter", "Points to bring out")
    return f"**{head}**\n\n" + "\n".join(f"- {p}" for p in points) if points else ""


def question_notes(question, orders: dict | None = None) -> str:
    """Every option in the order shown, with its letter as shown, right or wrong, and why."""
    right = Q.translate("presenter", "Right answer")
    wrong = Q.translate("presenter", "Wrong answer")
    lines = []
    for i, (_src, o) in enumerate(shown_options(question, orders)):
        mark = f"✔ {right}" if o.correct else f"✘ {wrong}"
        lines.append(f"- **{LETTERS[i]}. {o.text}** ({mark}): {o.explanation}")
    return "\n".join(lines)


def help_markdown(region: str, lang: str) -> str:
    d = load_directory()
    lines = []
    for s in d.emergency(region, lang) + in_language(d.violence_lines(region, lang), lang):
        lines.append(f"- {service_line(s, lang)}")
    return "\n".join(lines)


def build_slides(module: Module, region: str, lang: str, orders: dict | None = None) -> list[Slide]:
    """The module as slides; quiz options in `orders` ({question id: shown order}, see kit.content.quiz)."""

    def p(text: str) -> str:
        return prepare(text, region, lang)

    slides = [Slide("title", Q.translate("presenter", "Welcome"), module.title, p(module.header.summary),
                    p(module.facilitator))]
    if module.goals:
        slides.append(Slide("goals", Q.translate("presenter", "What we will learn"),
                            Q.translate("presenter", "Learning goals"),
                            "\n".join(f"- {p(g)}" for g in module.goals), ""))
    chunks = message_chunks(module.messages)
    for n, chunk in enumerate(chunks, 1):
        slides.append(Slide("message", _n_of(Q.translate("presenter", "Key message %1 of %2"), n, len(chunks)),
                            Q.translate("presenter", "Key messages"), p(chunk), ""))
    scenarios = module.scenarios
    for n, s in enumerate(scenarios, 1):
        questions = "\n".join(f"- {p(q)}" for q in s.questions)
        head = Q.translate("presenter", "What would you do?")
        body = p(s.text) + (f"\n\n**{head}**\n\n{questions}" if questions else "")
        slides.append(Slide("scenario", _n_of(Q.translate("presenter", "Scenario %1 of %2"), n, len(scenarios)),
                            s.title, body, p(scenario_notes(s.points))))
    quiz = module.quiz
    for n, q in enumerate(quiz, 1):
        title, _, stem = q.text.partition("\n\n")
        options = "\n".join(f"- **{LETTERS[i]}.** {p(o.text)}" for i, (_src, o) in enumerate(shown_options(q, orders)))
        slides.append(Slide("question", _n_of(Q.translate("presenter", "Question %1 of %2"), n, len(quiz)),
                            title, (p(stem) + "\n\n" if stem else "") + options, p(question_notes(q, orders))))
    slides.append(Slide("help", Q.translate("presenter", "You are not alone"),
                        Q.translate("presenter", "Where to find help"), help_markdown(region, lang), ""))
    return slides
