"""The unlock panels (issue 13): one throttle for both, the summary after unlocking, the
rollback dialog, and loading a backup only while the data is open."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time

import pytest
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


from kit.ui.widgets import worker_thread  # noqa: E402


def _damaged_store_with_backup(folder):
    import os

    with Store.create(folder, PASS) as s:
        Journal(s).add("other", "kept in the backup")
    Store.open(folder, PASS).close()  # a clean unlock: a backup that has it
    os.truncate(db_path(folder), 0)


def _shown_backups(qtbot, panel):
    _try(qtbot, panel, PASS)
    assert "damaged" in panel.message.text()
    assert panel.restore_button.isVisible() and panel.backups.count() >= 1


def test_restoring_a_backup_runs_off_the_gui_thread(qtbot, window, state):
    _damaged_store_with_backup(state.data_dir)
    window.open_section("journal")
    panel = window.section("journal").gate.unlock
    _shown_backups(qtbot, panel)
    panel.passphrase.setText(PASS)
    with qtbot.waitSignal(state.store_opened, timeout=10000):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
        assert panel._opening is not None, "the click returns before the backup is checked and copied"
        assert not panel.restore_button.isEnabled(), "no second restore while one runs"
    assert [e.description for e in Journal(state.store).entries()] == ["kept in the backup"]
    assert panel.passphrase.text() == "" and panel.restore_button.isEnabled()
    qtbot.waitUntil(lambda: not worker_thread.running())


def test_restoring_with_a_wrong_passphrase_says_so_without_a_traceback(qtbot, window, state):
    _damaged_store_with_backup(state.data_dir)
    window.open_section("journal")
    panel = window.section("journal").gate.unlock
    _shown_backups(qtbot, panel)
    panel.passphrase.setText("not the passphrase of this backup")
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel._opening is None and not worker_thread.running())
    assert state.store is None
    assert "passphrase of the backup" in panel.message.text()


def test_quick_exit_while_restoring_leaves_the_data_locked(qtbot, window, state):
    _damaged_store_with_backup(state.data_dir)
    window.open_section("journal")
    panel = window.section("journal").gate.unlock
    _shown_backups(qtbot, panel)
    panel.passphrase.setText(PASS)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert panel._opening is not None
    state.quick_exit.trigger()
    assert worker_thread.running() == []
    qtbot.waitUntil(lambda: panel._opening is None)
    assert state.store is None, "nothing stays open after a quick exit"
    with Store.open(state.data_dir, PASS) as s:  # restored, and not left locked by a forgotten store
        assert [e.description for e in Journal(s).entries()] == ["kept in the backup"]


def _backup_file(tmp_path):
    folder = tmp_path / "elsewhere"
    with Store.create(folder, PASS) as s:
        Journal(s).add("other", "from the other computer")
        return s.export_backup(tmp_path / "moved.db")


def test_loading_a_backup_runs_off_the_gui_thread(qtbot, window, state, tmp_path):
    backup = _backup_file(tmp_path)
    window.open_section("settings")
    data = window.section("settings").data
    data.update_state()
    assert data.import_button.isEnabled(), "no data yet: a backup can be loaded"
    with qtbot.waitSignal(state.store_opened, timeout=10000):
        assert data.load_backup(backup, PASS) is not None
        assert not data.import_button.isEnabled(), "no second load while one runs"
    assert [e.description for e in Journal(state.store).entries()] == ["from the other computer"]
    qtbot.waitUntil(lambda: data.import_worker is None and not worker_thread.running())


@pytest.mark.parametrize(("make", "said"), [
    (lambda p: sqlite3.connect(p).execute("create table t (x)").connection.commit(), "ordinary database"),
    (None, "does not open this backup"),
])
def test_loading_a_bad_backup_tells_what_to_do(qtbot, window, state, tmp_path, make, said):
    backup = _backup_file(tmp_path)
    if make is not None:
        backup = tmp_path / "junk.db"
        make(backup)
    window.open_section("settings")
    data = window.section("settings").data
    data.last_message = None
    data.load_backup(backup, "a wrong passphrase here" if make is None else PASS)
    qtbot.waitUntil(lambda: data.import_worker is None and not worker_thread.running())
    assert state.store is None
    assert said in data.last_message.text()


def test_quick_exit_while_loading_a_backup_leaves_nothing_open(qtbot, window, state, tmp_path):
    backup = _backup_file(tmp_path)
    window.open_section("settings")
    data = window.section("settings").data
    data.last_message = None
    data.load_backup(backup, PASS)
    state.quick_exit.trigger()
    assert worker_thread.running() == []
    qtbot.waitUntil(lambda: data.import_worker is None and not worker_thread.running())
    assert state.store is None and data.last_message is None, "nothing is shown after a quick exit"
    with Store.open(state.data_dir, PASS) as s:
        assert [e.description for e in Journal(s).entries()] == ["from the other computer"]
