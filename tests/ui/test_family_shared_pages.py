"""The disclosure protocol and the "get it removed" box: one page each, shared by every module,
reachable from the library and from the presenter's notes window, printable."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from kit.content.markdown import placeholders
from kit.content.shared_pages import SHARED_PAGES, shared_page_markdown, shared_page_path
from kit.content.validate import PHONE_LIKE
from kit.helpdir import load_directory


@pytest.fixture
def family(window):
    window.open_section("family")
    return window.section("family")


@pytest.mark.parametrize("name", SHARED_PAGES)
def test_every_language_has_the_page_with_the_same_help_services(name):
    sets = {}
    for lang in ("nl", "fr", "en"):
        assert shared_page_path(name, lang).exists(), (name, lang)
        text = shared_page_markdown(name, lang)
        assert text.startswith("# ")
        sets[lang] = sorted(set(placeholders(text)))
        directory = load_directory()
        for ph in placeholders(text):
            kind, _, arg = ph.partition(":")
            assert kind == "help" and arg in directory.ids(), (name, lang, ph)
        for m in PHONE_LIKE.finditer(text):  # numbers only through the directory
            assert directory.knows_phone(m.group(0)), (name, lang, m.group(0))
    assert sets["nl"] == sets["en"], name
    assert sorted(set(sets["fr"])) == sorted(set(sets["en"])), name


def test_the_law_in_the_pages_follows_the_facts_file():
    removal = shared_page_markdown("removal", "en")
    assert "whatever the reason" in removal  # punishable whatever the motive
    assert "before the person was 18" in removal and "takeitdown.ncmec.org" in removal
    assert "end-to-end" in removal
    assert "can be punished too, for example as extortion or threats" in removal  # not "punishable in itself"
    assert "within hours" not in removal  # a court-order claim the facts file does not make
    disclosure = shared_page_markdown("disclosure", "en")
    assert not re.search(r"\b(371/1|417/\d+|442bis|458bis)\b", disclosure + removal)  # no old articles as current


def test_open_from_the_library_print_to_pdf_and_quick_exit(qtbot, family, state, tmp_path):
    family.library.select("sextortion")
    with qtbot.waitSignal(family.library.shared_page, timeout=2000) as sig:
        qtbot.mouseClick(family.library.removal_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["removal"]
    dialog = family.shared.dialogs["removal"]
    assert dialog.isVisible()
    text = dialog.view.toPlainText()
    assert "Take It Down" in text and "{{" not in text  # placeholders expanded to names and numbers
    pdf = dialog.save_pdf(tmp_path / "removal.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    state.quick_exit.trigger()
    assert not dialog.isVisible()


def test_open_from_the_presenters_notes_window(qtbot, family):
    family.present("grooming", fullscreen=False)
    qtbot.mouseClick(family.notes.disclosure_button, Qt.MouseButton.LeftButton)
    dialog = family.shared.dialogs["disclosure"]
    assert dialog.isVisible() and "protective" in dialog.view.toPlainText().lower()
    # it is a window of its own: nothing of it is on the projected screen
    assert "protective" not in family.presenter.view.toPlainText().lower() if hasattr(
        family.presenter.view, "toPlainText") else True
    family.close_presenter()
    family.shared.close_all()


def test_discreet_mode_titles_name_no_topic(qtbot, family, state):
    dialog = family.open_shared_page("disclosure")
    assert "abuse" in dialog.windowTitle().lower()
    state.settings.set("discreet", True)
    assert "abuse" not in dialog.windowTitle().lower()
    state.settings.set("discreet", False)
    dialog.close()


def test_family_media_plan_opens_and_prints(qtbot, family, tmp_path):
    qtbot.mouseClick(family.library.mediaplan_button, Qt.MouseButton.LeftButton)
    dialog = family.shared.dialogs["mediaplan"]
    assert dialog.isVisible()
    text = dialog.view.toPlainText()
    assert "When something goes wrong" in text and "Where phones and tablets sleep" in text
    assert dialog.save_pdf(tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
