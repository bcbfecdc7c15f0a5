"""First use: the danger dialog, the region default, dates, the start page."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_danger_dialog_shows_each_number_once_large(qtbot, window, state):
    from kit.ui.help.danger_dialog import DangerDialog

    state.settings.set("region", "be-brussel")
    d = DangerDialog(state, window)
    qtbot.addWidget(d)
    texts = [c.findChildren(type(d.heading)) for c in d.cards]
    for card, number in zip(texts, d.phones(), strict=True):
        joined = " ".join(lbl.text() for lbl in card)
        assert joined.count(number) == 1, joined
    assert d.number_labels[0].font().pointSizeF() >= 2 * d.note.font().pointSizeF()
    assert d.width() >= 360


def test_region_follows_the_kits_language_until_chosen(state):
    from kit.ui.settings.settings import default_region

    assert default_region("fr") == "be-wallonie"
    assert default_region("nl") == "be-vlaanderen"
    state.languages.apply("fr")
    assert state.region == "be-wallonie"
    state.settings.set("region", "be-brussel")
    assert state.region == "be-brussel"


def test_one_date_format_per_language():
    import datetime as dt

    from kit.ui.shell.dates import format_date

    d = dt.date(2026, 12, 5)
    assert format_date(d, "nl") == "5 december 2026"
    assert format_date(d, "fr") == "5 décembre 2026"
    assert format_date(d, "en") == "5 December 2026"


def test_a_guide_is_two_clicks_from_start_without_a_passphrase(qtbot, window, state):
    start = window.section("start")
    qtbot.mouseClick(start.tiles["separation"], Qt.MouseButton.LeftButton)
    home = window.section("separation").home
    assert window.current_section_id() == "separation" and state.store is None
    assert home.pages.currentWidget() is home.intake
    qtbot.mouseClick(home.intake.make_plan, Qt.MouseButton.LeftButton)  # click 2: the plan, no questions needed
    assert home.plan.today_steps
    assert state.store is None


def test_checklists_show_a_box_without_a_bullet(qtbot, window):
    page = window.section("separation")
    view = page.home.checklists
    md = view.markdown(view.current_id())
    assert "☐" in md and "- ☐" not in md and "- [ ]" not in md
