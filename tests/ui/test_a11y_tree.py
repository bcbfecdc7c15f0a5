"""Every section and main dialog, in Dutch and French, through the in-process accessibility tree:
no markup, no unnamed focusable object, no look-alike controls, titles are headings, combo boxes
labelled. The second half breaks a widget on purpose to show that each rule can fail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kit.content import default_index
from kit.store import Store
from kit.ui.shell.sections import SECTIONS
from kit.ui.widgets import a11y
from kit.ui.widgets.labels import section_titles
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
        quiz.choose(quiz.position_of(q, q.correct_index))  # options are shuffled per run
        quiz.check()
        found += problems(lang_window)
        right = QApplication.translate("ModuleQuiz", "Right!")
        feedback = QAccessible.queryAccessibleInterface(quiz.feedback).text(QAccessible.Text.Name)
        score = QAccessible.queryAccessibleInterface(quiz.score_label).text(QAccessible.Text.Name)
        # Qt hands label text to the accessibility tree as plain text, with the French no-break
        # space ("Bonne réponse\u00a0!") turned into an ordinary one: compare without it
        def plain(s: str) -> str:
            return s.replace("\u00a0", " ")
        assert feedback.startswith(plain(right)) and q.options[q.correct_index].explanation[:20] in feedback
        assert "1" in score and score == plain(quiz.score_label.text())
        assert heard and plain(heard[-1]) == plain(f"{right} {score}")
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
    from kit.ui.help.danger_dialog import DangerDialog
    from kit.ui.journal.entry_editor import EntryEditor
    from kit.ui.journal.journal_privacy import JournalPrivacy
    from kit.ui.separation.takehome_dialog import TakeHomeDialog
    from kit.ui.shell.about_page import AboutDialog

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


# -- each rule fails when a widget is broken on purpose ---------------------------------------------
@pytest.fixture
def screen(qtbot, state):  # state: the accessibility factory is installed
    w = QWidget()
    w.setLayout(QVBoxLayout())
    heading = QLabel("<h1>Title</h1>", w)
    w.layout().addWidget(heading)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def add(screen, widget):
    screen.layout().addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return widget


def test_clean_screen_passes(screen):
    label = add(screen, QLabel(screen))
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setText("⚠ **Let op:** open [de gids](guide:phone-spyware) eerst")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    assert problems(screen, ["Title"]) == []
    name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert name == "⚠ Let op: open de gids eerst"


def test_markup_in_a_name_fails(screen):
    add(screen, QPushButton("Open", screen)).setAccessibleName("**Open** the [guide](guide:x)")
    assert any("markup in name" in p for p in problems(screen))


def test_markup_in_a_description_fails(screen):
    add(screen, QPushButton("Open", screen)).setAccessibleDescription("<b>Opens</b> the guide")
    assert any("markup in description" in p for p in problems(screen))


def test_raw_markdown_shown_as_plain_text_fails(screen):
    label = add(screen, QLabel("### Before you start", screen))
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert any("markup in name" in p for p in problems(screen))


def test_unnamed_focusable_object_fails(screen):
    add(screen, QScrollArea(screen))  # a scroll area is a Tab stop unless told otherwise
    assert any("unnamed focusable" in p for p in problems(screen))
    screen.findChild(QScrollArea).setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert problems(screen) == []


def test_look_alike_controls_fail(screen):
    for _ in range(2):
        add(screen, QPushButton("Not for me", screen)).setAccessibleDescription("Marks this step as not needed")
    assert any("2 Buttons named 'Not for me'" in p for p in problems(screen))
    for n, b in enumerate(screen.findChildren(QPushButton), 1):
        a11y.name_controls(f"step {n}", b)
    assert problems(screen) == []


def test_title_without_heading_role_fails(screen):
    title = add(screen, QLabel("My plan", screen))
    assert any("'My plan' is not a heading" in p for p in problems(screen, ["My plan"]))
    a11y.set_heading(title, 2)
    assert problems(screen, ["My plan"]) == []
    iface = QAccessible.queryAccessibleInterface(title)
    assert iface.role() == QAccessible.Role.Heading
    assert a11y.heading_level(title) == 2


def test_combo_box_without_label_fails(screen):
    combo = add(screen, QComboBox(screen))
    combo.addItems(["Flanders", "Brussels"])
    combo.setAccessibleName("Region")
    assert any("combo box without a label" in p for p in problems(screen))
    add(screen, a11y.label_for(combo, screen)).setText("Region:")
    assert problems(screen) == []


def test_a_real_guide_fails_when_its_controls_lose_their_step(lang_window, state):
    state.set_store(Store.guest(), guest=True)
    lang_window.open_section("separation")
    home = lang_window.section("separation").home
    home.open_guide("phone-spyware")
    QApplication.processEvents()
    assert problems(lang_window) == []
    for step in home.guide.steps.values():
        step.skip.setAccessibleName(step.tr("Not for me"))
    home.guide.title.setText(home.guide.guide.title)
    home.guide.title.setTextFormat(Qt.TextFormat.PlainText)
    found = problems(lang_window, [home.guide.guide.title])
    assert any("CheckBoxs named" in p for p in found)
    assert any("is not a heading" in p for p in found)


# -- behaviour the tree walk does not show ------------------------------------------------------------
def test_step_warning_is_on_its_check_box_and_announced_as_a_warning(lang_window, state):
    state.set_store(Store.guest(), guest=True)
    lang_window.open_section("separation")
    home = lang_window.section("separation").home
    home.open_guide("email-first")
    warned = [s for s in home.guide.steps.values() if s.notice is not None]
    assert warned
    word = a11y.warning_word()
    assert word in ("Waarschuwing", "Avertissement")
    for s in warned:
        assert f"{word}:" in s.done.accessibleDescription()
        assert s.notice.accessibleDescription().startswith(word)
        assert s.accessibleName() == s.done.accessibleName()
        assert s.step.title in s.skip.accessibleName()


def test_selecting_a_section_through_the_accessibility_api_shows_it(window):
    iface = QAccessible.queryAccessibleInterface(window.nav)
    sel = iface.selectionInterface()
    target = list(SECTIONS).index("help")
    if sel is not None:
        assert sel.select(iface.child(target))
    else:  # older Qt: the table interface selects a row
        iface.tableInterface().selectRow(target)
    QApplication.processEvents()
    assert window.current_section_id() == "help"


def test_unlock_error_is_tied_to_the_field_and_announced(qtbot, window, state):
    window.open_section("journal")
    panel = window.section("journal").gate.unlock
    heard = []
    a11y.announcer.announced.connect(lambda _w, text: heard.append(text))
    try:
        panel.passphrase.setText("short")
        panel.submit()
    finally:
        a11y.announcer.announced.disconnect()
    message = panel.message.text()
    assert message and heard == [message]
    assert panel.passphrase.accessibleDescription().startswith(message)
    panel.message.clear()
    assert not panel.passphrase.accessibleDescription().startswith(message)


def test_quick_exit_says_it_quits(lang_window, state):
    desc = lang_window.exit_button.accessibleDescription().lower()
    assert ("sluit" in desc) if state.lang == "nl" else ("quitte" in desc)


def test_a_count_down_is_said_once_and_a_retyped_error_again(qtbot, state):
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    field.setAccessibleDescription("The passphrase")
    status = a11y.StatusLabel(None, field=field)
    qtbot.addWidget(field)
    qtbot.addWidget(status)
    heard = []
    a11y.announcer.announced.connect(lambda _w, text: heard.append(text))
    try:
        for left in (5, 5, 4, 3):
            status.setText(f"Try again in {left} seconds.")
        assert heard == ["Try again in 5 seconds."]
        assert field.accessibleDescription() == "Try again in 3 seconds. The passphrase"
        status.setText("Use at least 8 characters.")
        status.setText("Use at least 8 characters.")
        field.setText("abc")
        status.setText("Use at least 8 characters.")
        assert heard[1:] == ["Use at least 8 characters."] * 2
        status.clear()
        assert field.accessibleDescription() == "The passphrase"
    finally:
        a11y.announcer.announced.disconnect()
