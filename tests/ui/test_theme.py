"""The design system: readable colour pairs in every theme, 11 pt body text, bundled icons."""

from __future__ import annotations

import pytest

from kit.ui.shell import theme


@pytest.mark.parametrize("name", list(theme.TOKENS))
def test_every_text_colour_pair_is_readable(name):
    t = theme.TOKENS[name]
    low = {f"{a} on {b}": round(theme.contrast(t[a], t[b]), 2) for a, b in theme.CONTRAST_PAIRS
           if theme.contrast(t[a], t[b]) < 4.5}
    assert low == {}


def test_contrast_formula():
    assert round(theme.contrast("#000000", "#ffffff"), 1) == 21.0
    assert theme.contrast("#777777", "#ffffff") < 4.5


def test_apply_sets_base_size_and_dark(qapp):
    from PySide6.QtWidgets import QApplication

    try:
        theme.apply(150, False, True)
        assert QApplication.font().pointSizeF() == pytest.approx(theme.BASE_PT * 1.5)
        assert QApplication.instance().styleSheet() == theme.style_sheet("dark")
    finally:
        theme.apply(100, False, False)
    assert QApplication.font().pointSizeF() == pytest.approx(theme.BASE_PT)


def test_icons_load_and_carry_their_licence(qapp):
    from kit.ui.shell.icons import icon, icon_dir

    assert not icon("shield-check").isNull()
    assert icon("no-such-icon").isNull()
    assert "ISC" in (icon_dir() / "LICENSE").read_text("utf-8")
