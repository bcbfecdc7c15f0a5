"""The module library: filters, overview, works without unlocking, accessible, live language switch."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QTabBar,
    QTabWidget,
    QTextBrowser,
)

from kit.content import default_index
from kit.ui.widgets.unlock_panel import UnlockPanel


@pytest.fixture
def family(window):
    window.open_section("family")
    return window.section("family")


def test_all_modules_listed_without_unlocking(family, state):
    assert state.store is None
    assert sorted(family.library.shown_ids()) == sorted(default_index().ids("module"))
    assert family.tabs.currentWidget() is family.pages


def test_filters(family):
    lib = family.library
    lib.filters.set_values(age="0-3")
    assert lib.shown_ids() == ["media-parenting"]
    lib.filters.set_values(topic="sextortion")
    assert lib.shown_ids() == ["sextortion"]
    lib.filters.set_values(max_minutes=60)
    index = default_index()
    assert lib.shown_ids() and all(index.module(m, "en").duration_min <= 60 for m in lib.shown_ids())
    assert "dating-violence" not in lib.shown_ids()
    lib.filters.set_values(age="6-12", topic="bystanders")
    assert lib.shown_ids() == ["cyberbullying"]
    lib.filters.set_values(age="0-3", topic="sextortion")
    assert lib.shown_ids() == [] and not lib.present_button.isEnabled()
    lib.filters.set_values()
    assert len(lib.shown_ids()) == len(index.ids("module"))


def test_overview_shows_goals_duration_ages_and_sources(family):
    family.library.select("image-abuse")
    module = default_index().module("image-abuse", "en")
    text = family.library.overview.toPlainText()
    assert module.title in text and module.header.summary in text
    assert f"{module.duration_min} min" in text
    assert "12 to 18 years" in text and "Adults" in text
    assert module.goals[0].replace("**", "") in text
    assert module.header.sources[0].title in text
    assert module.header.verified.isoformat() in text


def test_every_control_is_named_and_described(qtbot, family, state):
    family.open_tally("sextortion")
    family.open_study("sextortion")
    presenter = family.present("sextortion", fullscreen=False)
    roots = [family, presenter, family.notes]
    interactive = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabWidget, QTextBrowser)
    inner = (QAbstractItemView, QAbstractSpinBox, QComboBox, QTabBar, UnlockPanel)

    def internal(w, root):
        p = w.parentWidget()
        while p is not None and p is not root:
            if isinstance(p, inner):
                return True
            p = p.parentWidget()
        return False

    missing = []
    for root in roots:
        found = [w for cls in interactive for w in root.findChildren(cls)]
        for w in found:
            if internal(w, root) or isinstance(w, UnlockPanel):
                continue
            if not w.accessibleName() or not w.accessibleDescription():
                missing.append(f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', lambda: '')()}")
    assert missing == []
    family.close_presenter()


def test_language_switch_is_live(qtbot, family, state):
    family.library.select("grooming")
    presenter = family.present("grooming", fullscreen=False)
    presenter.go(2)
    state.languages.apply("nl")
    nl = default_index().module("grooming", "nl")
    qtbot.waitUntil(lambda: family.library.overview.module is not None
                    and family.library.overview.module.title == nl.title)
    assert nl.title in [family.library.list.item(i).text().split("\n")[0]
                        for i in range(family.library.list.count())]
    assert presenter.slides[0].title == nl.title and presenter.index == 2
    family.close_presenter()
