"""Presenter mode: keyboard navigation for clicker remotes, notes only in the notes window, quick exit."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kit.content import default_index
from kit.ui.widgets.markdown_view import prepare


@pytest.fixture
def family(window):
    window.open_section("family")
    return window.section("family")


def present(qtbot, page, module_id="sextortion"):
    presenter = page.present(module_id, fullscreen=False)
    qtbot.waitExposed(presenter)
    return presenter


def plain(markdown: str) -> str:
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    return doc.toPlainText()


def norm(text: str) -> str:
    return " ".join(text.replace("*", "").split()).casefold()


def widget_texts(root: QWidget) -> str:
    """Every text the window shows or gives to assistive technology."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        out += [w.windowTitle(), w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel):
            out.append(plain(w.text()) if w.textFormat() == Qt.TextFormat.MarkdownText else w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
    return norm("\n".join(out))


def note_fragments(module, region, lang) -> list[str]:
    """The facilitator notes, scenario points and quiz explanations, line by line, as plain text.
    A line that is only {{helplines}} or {{emergency}} is public (the help slide shows the same numbers)."""
    public = re.compile(r"^\{\{(?:helplines|emergency)\}\}\s*$", re.M)
    texts = [prepare(public.sub("", module.facilitator), region, lang)]
    texts += [prepare(p, region, lang) for s in module.scenarios for p in s.points]
    texts += [o.explanation for q in module.quiz for o in q.options]
    lines = [line for t in texts for line in plain(t).split("\n")]
    return [n for n in (norm(line) for line in lines) if len(n) >= 20]


def test_keyboard_navigation(qtbot, family):
    presenter = present(qtbot, family)
    slides = presenter.slides
    last = len(slides) - 1
    assert presenter.index == 0 and presenter.view.title.text() == slides[0].title
    for n, key in enumerate((Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space), 1):
        qtbot.keyClick(presenter, key)
        assert presenter.index == n
        assert presenter.view.title.text() == slides[n].title
    for n, key in zip((3, 2, 1), (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp), strict=True):
        qtbot.keyClick(presenter, key)
        assert presenter.index == n
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    assert presenter.index == last and presenter.view.title.text() == slides[last].title
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.index == last  # stays on the last slide
    assert presenter.position.text() == f"{last + 1} / {last + 1}"
    qtbot.keyClick(presenter, Qt.Key.Key_Home)
    assert presenter.index == 0
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.index == 0  # stays on the first slide


def test_slides_in_order_goals_messages_scenarios_quiz(qtbot, family):
    presenter = present(qtbot, family)
    module = default_index().module("sextortion", "en")
    kinds = [s.kind for s in presenter.slides]
    assert kinds[:2] == ["title", "goals"]
    assert kinds.count("scenario") == len(module.scenarios)
    assert kinds.count("question") == len(module.quiz)
    assert kinds.index("message") < kinds.index("scenario") < kinds.index("question")
    presenter.go(kinds.index("question"))
    body = plain(presenter.view.body.text())
    for option in module.quiz[0].options:
        assert option.text in body


def test_notes_window_follows_and_steers_the_presenter(qtbot, family):
    presenter = present(qtbot, family)
    notes = family.notes
    assert notes.isVisible() and notes is not presenter
    n = len(presenter.slides)
    assert notes.position.text() == f"Slide 1 of {n}"
    qtbot.mouseClick(notes.next_button, Qt.MouseButton.LeftButton)
    assert presenter.index == 1 and notes.position.text() == f"Slide 2 of {n}"
    qtbot.mouseClick(notes.prev_button, Qt.MouseButton.LeftButton)
    assert presenter.index == 0
    scenario = next(i for i, s in enumerate(presenter.slides) if s.kind == "scenario")
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    presenter.go(scenario)
    points = default_index().module("sextortion", "en").scenarios[0].points
    assert norm(points[0]) in norm(notes.notes.toPlainText())
    qtbot.mouseClick(notes.blank_button, Qt.MouseButton.LeftButton)
    assert presenter.is_blank()
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert not presenter.is_blank() and presenter.index == scenario + 1


def test_facilitator_notes_never_in_the_presenter_window(qtbot, family, state):
    """Walk every slide of every module by keyboard; no note, point or explanation may show."""
    index = default_index()
    for module_id in index.ids("module"):
        module = index.module(module_id, "en")
        fragments = note_fragments(module, state.region, "en")
        assert fragments, module_id
        presenter = present(qtbot, family, module_id)
        seen_notes = []
        for i in range(len(presenter.slides)):
            if i:
                qtbot.keyClick(presenter, Qt.Key.Key_Right)
            assert presenter.index == i
            shown = widget_texts(presenter)
            leaked = [f for f in fragments if f in shown]
            assert not leaked, f"{module_id} slide {i}: {leaked[:3]}"
            seen_notes.append(norm(family.notes.notes.toPlainText()))
        # the notes did reach the facilitator's own window
        notes_text = " ".join(seen_notes)
        assert all(norm(o.explanation) in notes_text for q in module.quiz for o in q.options), module_id
        assert all(norm(plain(prepare(s.points[0], state.region, "en"))) in notes_text
                   for s in module.scenarios if s.points), module_id
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
        assert not family.is_presenting() and not family.notes.isVisible()


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_no_notes_in_any_slide_in_other_languages(qapp, lang):
    """The same check on the slide data the presenter window shows, in Dutch and French."""
    from kit.ui.family.presenter_slides import build_slides

    index = default_index()
    for module_id in index.ids("module"):
        module = index.module(module_id, lang)
        fragments = note_fragments(module, "be-vlaanderen", lang)
        for slide in build_slides(module, "be-vlaanderen", lang):
            shown = norm(" ".join((slide.label, slide.title, plain(slide.body))))
            leaked = [f for f in fragments if f in shown]
            assert not leaked, f"{module_id} {lang} {slide.title}: {leaked[:3]}"


def test_single_escape_closes_presenter_not_the_kit(qtbot, window, family, state):
    presenter = present(qtbot, family)
    with qtbot.assertNotEmitted(state.quick_exit.triggered, wait=50):
        QTest.keyClick(presenter.windowHandle(), Qt.Key.Key_Escape)
    assert not family.is_presenting() and not family.notes.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_full_screen_by_default(qtbot, family):
    presenter = family.present("grooming")
    qtbot.waitExposed(presenter)
    assert presenter.windowState() & Qt.WindowState.WindowFullScreen
    family.close_presenter()
    assert not presenter.isVisible() and not family.is_presenting()


def test_quick_exit_hides_presenter_and_notes(qtbot, window, family, state):
    presenter = present(qtbot, family)
    notes = family.notes
    with qtbot.waitSignal(state.quick_exit.triggered, timeout=1000):
        state.quick_exit.trigger()
    assert not presenter.isVisible() and not notes.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert not family.is_presenting() and family.presented_id == ""
    window.show()
    family.show()
    assert not presenter.isVisible() and not notes.isVisible()  # reset() closed them for good


@pytest.mark.parametrize(("region", "foreign"), [("nl", "BELGIAN_LAW"), ("be-wallonie", "DUTCH_LAW")])
def test_presenter_and_notes_show_only_the_law_of_the_chosen_region(qtbot, family, state, region, foreign):
    """The modules are loaded for the region: a Dutch audience never sees Belgian law on a
    slide or in the facilitator's notes, and a Belgian one never sees Dutch law."""
    import re

    from tests.content import test_law_regions

    patterns = [re.compile(p, re.I) for p in getattr(test_law_regions, foreign)]
    state.settings.set("region", region)
    for module_id in default_index().ids("module"):
        presenter = present(qtbot, family, module_id)
        seen = []
        for i in range(len(presenter.slides)):
            if i:
                qtbot.keyClick(presenter, Qt.Key.Key_Right)
            seen.append(widget_texts(presenter) + " " + family.notes.notes.toPlainText())
        shown = " ".join(seen)
        leaked = [p.pattern for p in patterns if p.search(shown)]
        assert not leaked, f"{module_id} for {region}: {leaked}"
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
