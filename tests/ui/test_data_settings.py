"""Auto-lock, change passphrase, and erase everything from Settings."""

from __future__ import annotations

from kit.store import Store, WrongPassphrase

PASS = "first passphrase"


def open_store(state):
    store = Store.create(state.data_dir, PASS)
    state.set_store(store)
    return store


def test_idle_time_locks_the_store(qtbot, state):
    open_store(state)
    assert state.idle_lock.timer.isActive()
    assert state.idle_lock.interval_ms() == 10 * 60_000  # the default: 10 minutes
    state.idle_lock.timer.setInterval(20)
    state.idle_lock.timer.start()
    with qtbot.waitSignal(state.store_locked, timeout=5000):
        pass
    assert state.store is None


def test_change_passphrase(qtbot, window, state):
    open_store(state)
    window.open_section("settings")
    data = window.section("settings").data
    assert not data.change_passphrase("second passphrase", "not the current one")
    assert data.change_passphrase("second passphrase", PASS)
    state.lock()
    try:
        Store.open(state.data_dir, PASS)
        raise AssertionError("the old passphrase still works")
    except WrongPassphrase:
        pass
    Store.open(state.data_dir, "second passphrase").close()


def test_erase_everything(qtbot, window, state):
    store = open_store(state)
    store.set_note("email-first", "sessions", "SECRET-CANARY-NOTE")
    window.open_section("settings")
    data = window.section("settings").data
    state.settings.set("discreet", True)
    assert (state.data_dir / "settings.ini").exists()
    assert data.erase().complete
    assert state.store is None
    assert not state.data_dir.exists(), "the whole folder goes, settings.ini too"
    state.settings.set("region", "nl")
    assert not state.data_dir.exists(), "nothing is written again after the erase"


def test_backup_is_saved_off_the_gui_thread_and_shows_the_real_path(qtbot, window, state, tmp_path):
    open_store(state)
    window.open_section("settings")
    data = window.section("settings").data
    real = tmp_path / "usb"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    worker = data.save_backup(tmp_path / "usb" / "backup.db")
    with qtbot.waitSignal(worker.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: not data.backup_thread.isRunning())
    assert str(real / "backup.db") in data.last_message.text()
    worker = data.save_backup(tmp_path / "alias" / "other.db")
    with qtbot.waitSignal(worker.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: not data.backup_thread.isRunning())
    assert "link to another place" in data.last_message.text()
    assert not (real / "other.db").exists()
