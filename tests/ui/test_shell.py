"""The shell: every section present and never empty, neutral title, live language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kit.ui.shell.sections import SECTIONS


def test_every_section_shows_something(window):
    for sid in SECTIONS:
        window.open_section(sid)
        section = window.section(sid)
        assert section.isVisible()
        texts = [w.text() for w in section.findChildren(QLabel) if w.text().strip()]
        assert texts, f"section {sid} is empty"


def test_window_title_is_neutral(window):
    title = window.windowTitle().lower()
    for word in ("violence", "geweld", "stalk", "spy", "abuse"):
        assert word not in title


def test_language_switch_is_live_and_remembered(qtbot, window, state):
    window.open_section("settings")
    page = window.section("settings")
    nav_before = window.nav.item(list(SECTIONS).index("settings")).text()
    page.language.setCurrentIndex(page.language.findData("nl"))
    qtbot.waitUntil(lambda: window.nav.item(list(SECTIONS).index("settings")).text() == "Instellingen")
    assert nav_before == "Settings"
    from kit.store import Store
    from kit.ui.settings.settings import AppSettings

    assert not state.data_dir.exists(), "nothing is written before data is kept (guest mode)"
    state.set_store(Store.create(state.data_dir, "a passphrase to keep data"))
    assert AppSettings(state.data_dir).language == "nl", "remembered once data is kept"
    page.language.setCurrentIndex(page.language.findData("fr"))
    qtbot.waitUntil(lambda: window.nav.item(list(SECTIONS).index("settings")).text() == "Paramètres")


def test_layout_direction_follows_language(state):
    state.languages.apply("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_default_language_from_system_locale(state):
    from kit.ui.settings.settings import system_language

    # the test suite pins an English locale
    assert system_language() == "en"
