"""The tour renders every section and main dialog; every screen fits at 800x600 with 200 % text
(nl and fr) and at 1366x768 with 100 %: no horizontal scrollbar, no text that does not fit."""

from __future__ import annotations

import json

import pytest

SCREENS = {"start", "separation-first-open", "intake", "plan", "guide", "checklists", "take-home",
           "danger", "computer-check", "journal", "help", "family-library", "presenter", "settings"}
# every screen must fit in every language at both sizes
MUST_FIT = tuple(sorted(SCREENS))


@pytest.fixture(scope="module", params=[("nl", (800, 600), 2), ("fr", (800, 600), 2), ("nl", (1366, 768), 1), ("fr", (1366, 768), 1)],
                ids=["nl-800x600-x2", "fr-800x600-x2", "nl-1366x768-x1", "fr-1366x768-x1"])
def tour(request, qapp, tmp_path_factory):
    from kit import netguard
    from kit.ui.shell import theme, tour

    lang, size, scale = request.param
    out = tmp_path_factory.mktemp("tour")
    netguard.install()
    try:
        results = tour.run(out, lang, size, scale)
    finally:
        netguard.uninstall()
        theme.apply(100)
    return out, results


def test_every_screen_has_a_png_and_a_fit_report(tour):
    out, results = tour
    assert {r["screen"] for r in results} == SCREENS
    assert json.loads((out / "tour.json").read_text("utf-8")) == results
    for r in results:
        assert (out / r["png"]).stat().st_size > 1000
        assert isinstance(r["h_scroll"], bool) and isinstance(r["clipped"], list)


@pytest.mark.parametrize("screen", MUST_FIT)
def test_every_screen_fits(tour, screen):
    _out, results = tour
    r = next(r for r in results if r["screen"] == screen)
    assert (r["h_scroll"], r["clipped"]) == (False, [])


def test_the_fit_check_finds_a_label_that_does_not_fit(qapp):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from kit.ui.shell.tour import clipped_widgets

    top = QWidget()
    label = QLabel("a long text that cannot wrap and is given far too little room", top)
    label.setObjectName("too-long")
    QVBoxLayout(top).addWidget(label)
    label.setMinimumWidth(0)
    top.show()
    label.setFixedWidth(60)
    qapp.processEvents()
    assert any(n.startswith("too-long") for n in clipped_widgets(top))
    top.close()
