"""Group quiz tally with its bar chart, saving the session, and self-study scoring."""

from __future__ import annotations

import datetime as dt
from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from kit.content import default_index
from kit.store import Store


@pytest.fixture
def family(window):
    window.open_section("family")
    return window.section("family")


def click(qtbot, button, times=1):
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_tally(qtbot, page, module_id="sextortion"):
    page.library.select(module_id)
    click(qtbot, page.library.quiz_button)
    assert page.pages.currentWidget() is page.tally
    return page.tally


def test_plus_and_minus_count_and_never_go_below_zero(qtbot, family):
    tally = open_tally(qtbot, family)
    assert tally.shown_counts() == [0, 0, 0]
    assert not tally.minus_buttons[0].isEnabled()
    click(qtbot, tally.plus_buttons[1], 3)
    click(qtbot, tally.minus_buttons[1])
    click(qtbot, tally.plus_buttons[2])
    assert tally.shown_counts() == [0, 2, 1]
    assert [lbl.text() for lbl in tally.count_labels] == ["0", "2", "1"]
    tally.add(0, -1)  # even when asked directly
    click(qtbot, tally.minus_buttons[2], 2)
    assert tally.shown_counts() == [0, 2, 0]
    assert tally.participants.value() == 3  # raised to the most people counted on a question


def test_chart_shows_the_counts_with_labels_and_paints(qtbot, family):
    tally = open_tally(qtbot, family)
    question = default_index().module("sextortion", "en").quiz[0]
    click(qtbot, tally.plus_buttons[1], 4)
    click(qtbot, tally.plus_buttons[0])
    chart = tally.chart
    assert chart.values() == [1, 4, 0]
    # the option texts are in the rows; the chart repeats only the letters (answers are not listed twice)
    assert chart.labels() == ["A", "B", "C"]
    shown = [question.options[src].text for src in tally.shown]
    assert [lbl.text() for lbl in tally.option_labels] == [f"{x}. {t}" for x, t in zip("ABC", shown, strict=True)]
    assert f"B. {shown[1]}: 4" in chart.accessibleDescription()
    chart.resize(500, chart.sizeHint().height())
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == 500
    highlight = chart.palette().color(QPalette.ColorRole.Highlight).rgb()
    bar_pixels = sum(1 for x in range(0, 500, 2) for y in range(0, image.height(), 2)
                     if QColor(image.pixel(x, y)).rgb() == highlight)
    assert bar_pixels > 0
    # the next question has its own counts and chart
    click(qtbot, tally.next_button)
    assert tally.index == 1 and chart.values() == [0, 0, 0]
    click(qtbot, tally.plus_buttons[2], 2)
    click(qtbot, tally.prev_button)
    assert chart.values() == [1, 4, 0]
    empty = tally.chart.grab().toImage()
    assert not empty.isNull()
    saved = tally.tallies()  # by each option's place in the module text
    assert saved[f"q1-{'abc'[tally.orders['q1'][1]]}"] == 4 and saved[f"q2-{'abc'[tally.orders['q2'][2]]}"] == 2
    assert sum(saved.values()) == 7


def test_save_session_logs_counts_only(qtbot, family, state):
    state.set_store(Store.guest(), guest=True)
    tally = open_tally(qtbot, family)
    click(qtbot, tally.plus_buttons[1], 5)
    click(qtbot, tally.next_button)
    click(qtbot, tally.plus_buttons[0], 2)
    tally.participants.setValue(8)
    with qtbot.waitSignal(tally.saved, timeout=2000):
        click(qtbot, tally.save_button)
    [session] = state.store.sessions()
    assert session.module_id == "sextortion"
    assert session.participants == 8
    assert session.date == dt.date.today().isoformat()
    assert session.tallies[f"q1-{'abc'[tally.orders['q1'][1]]}"] == 5
    assert session.tallies[f"q2-{'abc'[tally.orders['q2'][0]]}"] == 2
    assert set(session.tallies) == set(tally.tallies())
    assert not tally.save_button.isEnabled()  # not twice by accident
    assert family.log.table.rowCount() == 1


def test_save_while_locked_asks_to_unlock_then_saves(qtbot, family, state):
    tally = open_tally(qtbot, family)
    click(qtbot, tally.plus_buttons[0])
    click(qtbot, tally.save_button)
    assert family.tabs.currentWidget() is family.gate
    assert family.gate.currentWidget() is family.gate.unlock
    with qtbot.waitSignal(tally.saved, timeout=2000):
        state.set_store(Store.guest(), guest=True)
    assert [s.module_id for s in state.store.sessions()] == ["sextortion"]
    assert family.gate.currentWidget() is family.log and family.log.table.rowCount() == 1


def test_self_study_scoring_and_explanations(qtbot, family):
    family.library.select("sextortion")
    click(qtbot, family.library.study_button)
    assert family.pages.currentWidget() is family.study
    quiz = family.study.quiz
    family.study.tabs.setCurrentWidget(quiz)
    questions = default_index().module("sextortion", "en").quiz
    right_ones = {0, 2, 3, 5}  # answer these right, the others wrong
    with qtbot.waitSignal(quiz.finished, timeout=2000) as finished:
        for n, q in enumerate(questions):
            assert not quiz.check_button.isEnabled()
            choice = q.correct_index if n in right_ones else (q.correct_index + 1) % len(q.options)
            click(qtbot, quiz.radios[quiz.position_of(q, choice)])
            assert quiz.check_button.isEnabled()
            click(qtbot, quiz.check_button)
            feedback = quiz.feedback.text()
            assert ("Right!" in feedback) == (n in right_ones)
            for option in q.options:  # every option is explained, right or wrong
                assert escape(option.explanation) in feedback
            assert not quiz.radios[0].isEnabled()  # the answer is final
            click(qtbot, quiz.next_button)
    assert finished.args == [4, 6]
    assert quiz.score() == (4, 6)
    assert quiz.score_text() == "4 of 6"
    assert "4 of 6" in quiz.score_label.text()
    click(qtbot, quiz.restart_button)
    assert quiz.score() == (0, 6) and quiz.index == 0


def test_reset_forgets_counts_and_answers(qtbot, family, state):
    tally = open_tally(qtbot, family)
    click(qtbot, tally.plus_buttons[0])
    family.study.set_module("grooming")
    family.study.quiz.choose(0)
    family.study.quiz.check()
    state.quick_exit.trigger()
    assert family.pages.currentWidget() is family.library
    assert tally.counts == {} and family.study.quiz.answers == {}


def test_tally_follows_the_question_on_the_projector(qtbot, family):
    tally = open_tally(qtbot, family)
    presenter = family.present("sextortion", fullscreen=False)
    questions = [i for i, s in enumerate(presenter.slides) if s.kind == "question"]
    presenter.go(questions[2])
    assert tally.index == 2
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert tally.index == 3
    family.close_presenter()


def test_tally_follows_the_shuffled_order_and_counts_the_right_option(qtbot, family):
    """Each row counts for the option it shows, whatever order this run drew."""
    module = default_index().module("sextortion", "en")
    for order in ([2, 0, 1], [1, 2, 0], [0, 1, 2]):
        family.tally.reset()
        family.tally.set_module("sextortion", {q.id: order for q in module.quiz})
        tally = family.tally
        q = module.quiz[0]
        assert [lbl.text() for lbl in tally.option_labels] == [
            f"{x}. {q.options[src].text}" for x, src in zip("ABC", order, strict=True)]
        right_row = order.index(q.correct_index)
        click(qtbot, tally.plus_buttons[right_row], 5)
        click(qtbot, tally.plus_buttons[(right_row + 1) % 3], 2)
        counts = tally.current_counts()
        assert counts[q.correct_index] == 5 and sum(counts) == 7
        assert tally.tallies()[f"q1-{'abc'[q.correct_index]}"] == 5
        assert tally.shown_counts()[right_row] == 5
        assert [lbl.text() for lbl in tally.count_labels][right_row] == "5"


def test_projector_and_tally_show_the_same_shuffled_order(qtbot, family):
    tally = open_tally(qtbot, family)
    presenter = family.present("sextortion", fullscreen=False)
    assert family.quiz_orders["sextortion"] is tally.orders
    module = default_index().module("sextortion", "en")
    slides = [s for s in presenter.slides if s.kind == "question"]
    for q, slide in zip(module.quiz, slides, strict=True):
        lines = [line for line in slide.body.splitlines() if line.startswith("- **")]
        assert [line.split("** ", 1)[1] for line in lines] == [q.options[i].text for i in tally.orders[q.id]]
        right = "ABC"[tally.orders[q.id].index(q.correct_index)]
        assert f"**{right}. {q.options[q.correct_index].text}** (✔" in slide.notes
    family.close_presenter()


def test_every_run_draws_a_new_order(qtbot, family):
    """Over many runs the right answer of a question turns up in every position."""
    import random

    quiz = family.study.quiz
    quiz.rng = random.Random(7)
    family.study.set_module("sextortion")
    q = quiz.questions()[0]
    seen = set()
    for _ in range(30):
        quiz.restart()
        seen.add(quiz.position_of(q, q.correct_index))
    assert seen == set(range(len(q.options)))
