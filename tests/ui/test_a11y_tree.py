"""Every section and main dialog, in Dutch and French, through the in-process accessibility tree:
no markup, no unnamed focusable object, no look-alike controls, titles are headings, combo boxes
labelled. The second half breaks a widget on purpose to show that each rule can fail."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
)

from kit.content import default_index
from kit.store import Store
from kit.ui import a11y
from kit.ui.labels import section_titles
from kit.ui.sections import SECTIONS
from tests.ui.a11y_audit import problems


@pytest.fixture(params=["nl", "fr"])
def lang_window(request, window, state):
    state.languages.apply(request.param)
    QApplication.processEvents()
    yield window
    state.languages.apply("en")


def audit(window, sid, extra_titles=()):
    window.open_section(sid)
    QApplication.processEvents()
    # the start page greets ("Welcome") instead of repeating its section's name
    title = [] if sid == "start" else [section_titles()[sid]]
    return problems(window, [*title, *extra_titles])


@pytest.mark.parametrize("section_id", list(SECTIONS))
def test_locked_sections(lang_window, section_id):
    found = audit(lang_window, section_id)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("section_id", list(SECTIONS))
def test_unlocked_sections(lang_window, state, section_id):
    state.set_store(Store.guest(), guest=True)
    found = audit(lang_window, section_id)
    assert not found, "\n".join(found)


def test_plan_and_every_guide(lang_window, state):
    state.set_store(Store.guest(), guest=True)
    page = lang_window.section("separation")
    lang_window.open_section("separation")
    home = page.home
    home.make_plan({"device:android", "device:iphone", "service:whatsapp", "situation:spyware"})
    found = problems(lang_window, [section_titles()["separation"]])
    for gid in default_index().ids("guide"):
        home.open_guide(gid)
        QApplication.processEvents()
        title = default_index().guide(gid, state.lang).title
        found += [f"{gid}: {p}" for p in problems(lang_window, [section_titles()["separation"], title])]
    assert not found, "\n".join(found)


def test_self_study_and_group_quiz(lang_window, state):
    page = lang_window.section("family")
    lang_window.open_section("family")
    found, heard = [], []
    a11y.announcer.announced.connect(lambda _w, text: heard.append(text))
    for mid in default_index().ids("module")[:3]:
        page.open_study(mid)
        page.study.tabs.setCurrentWidget(page.study.quiz)
        quiz = page.study.quiz
        QApplication.processEvents()
        found += problems(lang_window)
        q = quiz.current()
        quiz.choose(q.correct_index)
        quiz.check()
        found += problems(lang_window)
        right = QApplication.translate("ModuleQuiz", "Right!")
        feedback = QAccessible.queryAccessibleInterface(quiz.feedback).text(QAccessible.Text.Name)
        score = QAccessible.queryAccessibleInterface(quiz.score_label).text(QAccessible.Text.Name)
        assert feedback.startswith(right) and q.options[q.correct_index].explanation[:20] in feedback
        assert "1" in score and score == quiz.score_label.text()
        assert heard and heard[-1].startswith(right) and score in heard[-1]
        while not quiz.done:
            if quiz.current().id not in quiz.answers:
                quiz.choose(1)
                quiz.check()
            quiz.next_question()
        found += problems(lang_window)
        right_answers, total = quiz.score()
        assert f"{right_answers}" in heard[-1] and f"{total}" in heard[-1]
        page.open_tally(mid)
        QApplication.processEvents()
        found += problems(lang_window)
    a11y.announcer.announced.disconnect()
    assert not found, "\n".join(found)


def test_journal_with_entries(lang_window, state):
    from kit.journal import Journal

    store = Store.guest()
    Journal(store).add("image-sharing", "Shared a photo without asking")
    state.set_store(store, guest=True)
    found = audit(lang_window, "journal")
    journal = lang_window.section("journal").home
    journal.table.selectRow(0)
    QApplication.processEvents()
    found += problems(lang_window, [section_titles()["journal"]])
    assert not journal.table.tabKeyNavigation()
    assert not found, "\n".join(found)


def dialogs(state, parent):
    from kit.ui.about_page import AboutDialog
    from kit.ui.danger_dialog import DangerDialog
    from kit.ui.entry_editor import EntryEditor
    from kit.ui.journal_privacy import JournalPrivacy
    from kit.ui.takehome_dialog import TakeHomeDialog

    return {
        "danger": DangerDialog(state, parent),
        "takehome": TakeHomeDialog(["1. Step one", "2. Step two"], parent),
        "entry": EntryEditor(state.lang, None, parent),
        "privacy": JournalPrivacy(parent),
        "about": AboutDialog(state, parent),
    }


def test_main_dialogs(qtbot, lang_window, state):
    found = []
    for name, dialog in dialogs(state, lang_window).items():
        dialog.show()
        qtbot.waitExposed(dialog)
        titles = [QApplication.translate("DangerDialog", "If you are in danger now, call for help.")] if name == "danger" else []
        found += [f"{name}: {p}" for p in problems(dialog, titles)]
        dialog.close()
        dialog.deleteLater()
    assert not found, "\n".join(found)
