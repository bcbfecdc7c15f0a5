"""The facilitator session log: behind the unlock panel, listed, exported as CSV without names."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt

from kit.store import Store


@pytest.fixture
def family(window):
    window.open_section("family")
    return window.section("family")


def test_log_needs_the_store_but_the_library_does_not(qtbot, family, state):
    assert state.store is None
    assert family.gate.currentWidget() is family.gate.unlock
    assert family.library.present_button.isEnabled() and family.library.study_button.isEnabled()
    state.set_store(Store.guest(), guest=True)
    assert family.gate.currentWidget() is family.log
    state.lock()
    assert family.gate.currentWidget() is family.gate.unlock
    assert family.log.table.rowCount() == 0


def test_csv_export(qtbot, family, state, tmp_path, monkeypatch):
    store = Store.guest()
    state.set_store(store, guest=True)
    store.log_session("sextortion", "2026-03-02", 12, {"q1-a": 1, "q1-b": 9, "q1-c": 2})
    store.log_session("grooming", "2026-03-09", 7, {"q1-a": 0, "q1-b": 7})
    family.tabs.setCurrentWidget(family.gate)
    family.log.refresh()
    table = family.log.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["2026-03-02", "2026-03-09"]
    assert table.item(0, 2).text() == "12" and table.item(0, 3).text() == "12"
    assert "Sextortion" in table.item(0, 1).text()

    target = tmp_path / "report.csv"
    monkeypatch.setattr("kit.ui.family.session_log_view.save_file_name", lambda *a, **k: str(target))
    assert family.log.export_button.isEnabled()
    qtbot.mouseClick(family.log.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text("utf-8")
    assert text == store.sessions_csv()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["module_id", "date", "participants", "q1-a", "q1-b", "q1-c"]
    assert rows[1] == ["sextortion", "2026-03-02", "12", "1", "9", "2"]
    assert rows[2] == ["grooming", "2026-03-09", "7", "0", "7", "0"]
    assert str(target) in family.log.message.text()


def test_export_from_a_saved_group_quiz(qtbot, family, state, tmp_path):
    state.set_store(Store.guest(), guest=True)
    family.open_tally("deepnudes")
    family.tally.add(0, 1)
    family.tally.participants.setValue(4)
    family.tally.save()
    path = family.log.export_csv(tmp_path / "sessions.csv")
    header, row = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    assert header[:3] == ["module_id", "date", "participants"]
    assert row[:3][0] == "deepnudes" and row[2] == "4"
    assert all(h == "module_id" or h in ("date", "participants") or h.startswith("q") for h in header)
