"""Alt+letter shortcuts: no two visible controls of a screen share a letter, in any language."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kit.store import Store
from kit.ui.shell.sections import SECTIONS

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letters(window) -> Counter:
    found = Counter()
    for w in window.findChildren(QAbstractButton):
        if w.isVisibleTo(window) and (m := MNEMONIC.search(w.text())):
            found[m.group(1).lower()] += 1
    for w in window.findChildren(QLabel):
        if w.isVisibleTo(window) and w.buddy() is not None and (m := MNEMONIC.search(w.text())):
            found[m.group(1).lower()] += 1
    return found


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_no_shared_mnemonics_on_a_screen(qtbot, window, state, lang):
    state.languages.apply(lang)
    QApplication.processEvents()
    clashes = {}
    for store in (None, Store.guest()):
        if store is not None:
            state.set_store(store, guest=True)
        for sid in SECTIONS:
            window.open_section(sid)
            QApplication.processEvents()
            double = {k: n for k, n in letters(window).items() if n > 1}
            if double:
                clashes[f"{sid}{'+open' if store else ''}"] = double
    assert clashes == {}
