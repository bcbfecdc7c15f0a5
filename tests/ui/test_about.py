"""The About page: version, licences of the kit, Qt and the bundled data, content dates."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QTextBrowser

from kit import __version__
from kit.checks.catalog import load
from kit.content import default_index
from kit.ui.shell.about_page import KIT_LICENCE, AboutDialog, verified_dates

REPO = Path(__file__).resolve().parents[2]


def test_kit_licence_matches_pyproject():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"]["text"] == KIT_LICENCE


def test_about_shows_version_and_licences(qtbot, state):
    dialog = AboutDialog(state)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert __version__ in text
    assert KIT_LICENCE in text
    assert "LGPL-3.0" in text and "PySide6" in text
    assert "LOLRMM" in text and "Apache-2.0" in text
    assert "CC-BY-4.0" in text and "Echap" in text
    for source in load().attribution:  # every notice the sources' licences ask for
        assert source["notice"] in text


def test_about_shows_content_dates_per_kind(qtbot, state):
    listing = default_index().listing()
    dates = verified_dates(listing)
    assert set(dates) == {"all"} | {item["kind"] for item in listing}
    assert dates["all"] == (min(i["verified"] for i in listing), max(i["verified"] for i in listing))
    dialog = AboutDialog(state)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for kind, (oldest, newest) in dates.items():
        assert dialog._date(oldest) in text and dialog._date(newest) in text, kind
    for label in ("Guides", "Checklists", "Rights pages", "All content"):
        assert label in text


def test_verified_dates_oldest_and_newest():
    items = [{"kind": "guide", "verified": "2026-01-02"}, {"kind": "guide", "verified": "2025-12-01"},
             {"kind": "module", "verified": "2026-03-04"}]
    assert verified_dates(items) == {"guide": ("2025-12-01", "2026-01-02"),
                                     "module": ("2026-03-04", "2026-03-04"),
                                     "all": ("2025-12-01", "2026-03-04")}


def test_every_interactive_widget_has_an_accessible_name(qtbot, state):
    dialog = AboutDialog(state)
    qtbot.addWidget(dialog)
    widgets = dialog.findChildren(QAbstractButton) + dialog.findChildren(QTextBrowser)
    assert widgets
    for w in widgets:
        assert w.accessibleName(), w
        assert w.accessibleDescription(), w


def test_settings_button_opens_about(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window.open_section("settings")
    page = window.section("settings")
    assert page.about_button.text().replace("&", "") == "About this kit"
    assert page.about_button.accessibleName() == "About this kit"
    assert page.about_button.accessibleDescription()
    page.about_button.click()
    assert len(opened) == 1 and opened[0].windowTitle() == "About this kit"
