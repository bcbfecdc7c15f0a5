"""The unlock panels (issue 13): one throttle for both, the summary after unlocking, the
rollback dialog, and loading a backup only while the data is open."""

from __future__ import annotations

import json
import shutil
import time

from PySide6.QtCore import Qt

from kit.journal import Journal
from kit.store import Store
from kit.store.files import db_path
from kit.store.throttle import THROTTLE_NAME

PASS = "unlock hardening passphrase"


def _try(qtbot, panel, text):
    panel.passphrase.setText(text)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel._opening is None)  # unlocking runs off the GUI thread


def test_both_panels_share_one_throttle_and_the_owner_is_told(qtbot, window, state):
    Store.create(state.data_dir, PASS).close()
    window.open_section("journal")
    journal = window.section("journal")
    for _ in range(6):
        _try(qtbot, journal.gate.unlock, "a wrong guess")
    path = state.data_dir / THROTTLE_NAME
    data = json.loads(path.read_text())
    assert data["failures"] == 6
    data.update(failures=13, not_before=time.time() + 128)  # a long wait: no race with the clock
    path.write_text(json.dumps(data))
    journal.gate.unlock._update_wait()
    assert not journal.gate.unlock.unlock_button.isEnabled()
    # the other way in: "Keep my progress on this computer?" in the separation section
    window.open_section("separation")
    separation = window.section("separation")
    panel = separation.keep_dialog().panel
    _try(qtbot, panel, PASS)
    assert state.store is None, "the other panel waits too"
    assert "try again in" in panel.message.text()
    data["not_before"] = 0  # the wait is over (no sleeping)
    (state.data_dir / THROTTLE_NAME).write_text(json.dumps(data))
    panel._update_wait()  # what its timer does next
    assert panel.unlock_button.isEnabled()
    with qtbot.waitSignal(state.store_opened, timeout=10000):
        _try(qtbot, panel, PASS)
    assert "6 failed attempt(s) to unlock since your last unlock" in state.unlock_summary
    assert journal.notice.isVisibleTo(journal)
    assert "6 failed attempt(s) to unlock since your last unlock" in journal.notice.text()
    assert "Last change:" in journal.notice.text() and "0 entries" in journal.notice.text()


def test_an_older_data_file_is_told_and_the_newest_backup_restored(qtbot, window, state):
    with Store.create(state.data_dir, PASS):
        pass
    old = state.data_dir.parent / "old.db"
    shutil.copyfile(db_path(state.data_dir), old)
    with Store.open(state.data_dir, PASS) as s:
        Journal(s).add("other", "written after the copy")
    Store.open(state.data_dir, PASS).close()  # a backup that has it
    shutil.copyfile(old, db_path(state.data_dir))
    window.open_section("journal")
    panel = window.section("journal").gate.unlock
    with qtbot.waitSignal(state.store_opened, timeout=10000):
        _try(qtbot, panel, PASS)
    box = panel.rollback_box
    qtbot.waitExposed(box)
    assert "older than your last backup" in box.text()
    restore = next(b for b in box.buttons() if "Restore" in b.text())
    with qtbot.waitSignal(state.store_opened, timeout=10000):
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert [e.description for e in Journal(state.store).entries()] == ["written after the copy"]
    assert state.store.rollback is None


def test_loading_a_backup_is_off_while_the_data_is_locked(qtbot, window, state):
    Store.create(state.data_dir, PASS).close()
    window.open_section("settings")
    data = window.section("settings").data
    data.update_state()
    assert not data.import_button.isEnabled(), "no passphrase oracle while locked"


def test_unlocking_runs_off_the_gui_thread_and_quick_exit_during_it_leaves_it_locked(qtbot, window, state):
    from kit.ui.widgets import worker_thread

    Store.create(state.data_dir, PASS).close()
    window.open_section("journal")
    panel = window.section("journal").gate.unlock
    panel.passphrase.setText(PASS)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert panel._opening is not None, "the click returns before the key derivation"
    state.quick_exit.trigger()
    assert worker_thread.running() == []
    qtbot.waitUntil(lambda: panel._opening is None)
    assert state.store is None, "nothing stays open after a quick exit"
    Store.open(state.data_dir, PASS).close()  # not left locked by a forgotten store
