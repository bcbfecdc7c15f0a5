"""Security hardening of the store (issue 13): rollback, throttle, foreign files, keychains,
backups that never write through links or touch other files, the passphrase in memory."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import keyring
import keyring.backend
import pytest

from kit.journal import Journal
from kit.store import (
    ForeignFile,
    InsecureKeychain,
    NotKitFile,
    Store,
    StoreExists,
    Throttled,
    WrongPassphrase,
    keychain_problem,
    remember_key,
)
from kit.store import connection as sql
from kit.store.files import LinkRefused, db_path
from kit.store.throttle import THROTTLE_NAME

from .conftest import PASS


def _entries(folder, n):
    with Store.open(folder, PASS) as s:
        j = Journal(s)
        for i in range(n):
            j.add("other", f"entry {i}")


def _long_wait(folder):
    """Many more failures, so the wait is long enough for a subprocess to start within it."""
    import time

    path = folder / THROTTLE_NAME
    state = json.loads(path.read_text())
    state.update(failures=13, not_before=time.time() + 128)
    path.write_text(json.dumps(state))


def _expire_wait(folder):
    """Time passes (no sleeping): the stored wait is over."""
    path = folder / THROTTLE_NAME
    state = json.loads(path.read_text())
    state["not_before"] = 0
    path.write_text(json.dumps(state))


# -- 3. rollback -------------------------------------------------------------------------
def test_an_older_data_file_copied_back_is_noticed_and_newer_backups_are_kept(folder, store):
    Journal(store).add("other", "the first entry")
    store.close()
    old_copy = folder.parent / "old-kit.db"
    shutil.copyfile(db_path(folder), old_copy)  # what the other person keeps
    for _ in range(4):  # more entries, a backup at every unlock
        _entries(folder, 2)
    Store.open(folder, PASS).close()  # the newest backup has everything
    newest = {b.name for b in Store.backups(folder)}

    shutil.copyfile(old_copy, db_path(folder))  # no passphrase needed for this
    with Store.open(folder, PASS) as s:
        assert s.rollback is not None and s.rollback.backup in newest
        assert s.rollback.newer_changes > s.rollback.changes
        assert s.entry_count() == 1
    with Store.open(folder, PASS) as s:
        assert s.rollback is not None, "warned again until the person decides"
        s.backup_now()
    assert newest <= {b.name for b in Store.backups(folder)}, "newer backups are never pruned"


def test_the_cli_prints_a_warning_line_for_an_older_data_file(folder, store):
    store.close()
    old_copy = folder.parent / "old-kit.db"
    shutil.copyfile(db_path(folder), old_copy)
    _entries(folder, 3)
    Store.open(folder, PASS).close()
    shutil.copyfile(old_copy, db_path(folder))
    out = subprocess.run([sys.executable, "-m", "kit", "journal", "list"], input=PASS + "\n",
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr.startswith("warning: this data file is older than your last backup")


def test_restoring_the_newest_backup_or_keeping_the_old_file_ends_the_warning(folder, store):
    store.close()
    old_copy = folder.parent / "old-kit.db"
    shutil.copyfile(db_path(folder), old_copy)
    _entries(folder, 3)
    Store.open(folder, PASS).close()
    shutil.copyfile(old_copy, db_path(folder))
    with Store.open(folder, PASS) as s:
        name = s.rollback.backup
    with Store.restore_backup(folder, name, PASS) as s:
        assert s.entry_count() == 3 and s.rollback is None
    with Store.open(folder, PASS) as s:
        assert s.rollback is None


def test_the_keychain_mark_notices_a_rollback_even_without_backups(folder, store):
    remember_key(folder, PASS)
    store.keep_mark_in_keychain()
    store.close()
    old_copy = folder.parent / "old-kit.db"
    shutil.copyfile(db_path(folder), old_copy)
    with Store.open(folder, PASS, keychain_mark=True) as s:
        Journal(s).add("other", "after the copy was taken")
    shutil.rmtree(folder / "backups")  # the other person removed them too
    shutil.copyfile(old_copy, db_path(folder))
    with Store.open(folder, PASS, keychain_mark=True) as s:
        assert s.rollback is not None and s.rollback.backup is None


def test_last_change_and_entry_count(folder, store):
    assert store.last_change is None and store.entry_count() == 0
    Journal(store).add("other", "x")
    assert store.last_change is not None and store.entry_count() == 1
    assert store.changes >= 1


# -- 4. one persistent throttle ------------------------------------------------------------
def test_one_throttle_on_disk_for_unlock_restore_import_and_cli(folder, store, tmp_path):
    backup = tmp_path / "moved.db"
    store.export_backup(backup)
    store.close()
    for _ in range(6):
        with pytest.raises(WrongPassphrase):
            Store.open(folder, "wrong passphrase")
    with pytest.raises(Throttled):
        Store.open(folder, PASS)  # even the right one waits: no oracle
    with pytest.raises(Throttled):
        Store.import_backup(folder, backup, PASS, replace=True)
    _long_wait(folder)
    out = subprocess.run([sys.executable, "-m", "kit", "journal", "list"], input=PASS + "\n",
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "wait" in out.stderr
    _expire_wait(folder)
    with pytest.raises(WrongPassphrase):  # a wrong one loading a backup counts too
        Store.import_backup(folder, backup, "wrong passphrase", replace=True)
    with pytest.raises(Throttled):
        Store.open(folder, PASS)
    _expire_wait(folder)
    with Store.open(folder, PASS) as s:
        assert s.failed_attempts == 7, "the six wrong unlocks and the wrong backup passphrase"
    with Store.open(folder, PASS) as s:
        assert s.failed_attempts == 0


def test_the_cli_refuses_a_short_passphrase_for_new_data(folder):
    shutil.rmtree(folder, ignore_errors=True)
    out = subprocess.run([sys.executable, "-m", "kit", "journal", "add", "--type", "other",
                          "--text", "x"], input="a\n", capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 2 and "at least 8 characters" in out.stderr
    assert not Store.exists(folder)


# -- 13. foreign files and keychains ------------------------------------------------------
def test_a_plain_sqlite_file_is_not_called_a_wrong_passphrase(folder, store, tmp_path):
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    store.close()
    with pytest.raises(NotKitFile):
        Store.import_backup(folder, plain, PASS, replace=True)
    assert Store.open(folder, PASS).close() is None
    shutil.copyfile(plain, db_path(folder))
    with pytest.raises(NotKitFile):
        Store.open(folder, PASS)


def test_a_foreign_sqlcipher_file_with_the_right_passphrase_is_refused(folder, store, tmp_path):
    Journal(store).add("other", "kept")
    store.close()
    foreign = tmp_path / "other-app.db"
    conn = sql.connect(foreign, PASS)
    conn.execute("CREATE TABLE contacts (name)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignFile):
        Store.import_backup(folder, foreign, PASS, replace=True)
    with Store.open(folder, PASS) as s:
        assert s.entry_count() == 1, "the store was not replaced"


def test_a_third_party_keyring_is_refused_whatever_its_priority(folder):
    class FileKeyring(keyring.backend.KeyringBackend):
        priority = 5

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must never be called")

        def delete_password(self, service, username):
            pass

    assert keychain_problem(FileKeyring()) is not None
    keyring.set_keyring(FileKeyring())
    with pytest.raises(InsecureKeychain):
        remember_key(folder, PASS)


# -- 2 and 8. backups saved elsewhere -------------------------------------------------------
def test_saving_a_backup_leaves_other_partial_files_alone(store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    video = usb / "holiday-video.mp4.partial"
    video.write_bytes(b"not the kit's")
    store.export_backup(usb / "ontkoppel-backup.db")
    assert video.read_bytes() == b"not the kit's"
    assert sorted(p.name for p in usb.iterdir()) == ["holiday-video.mp4.partial",
                                                       "ontkoppel-backup.db"]


def test_a_backup_is_never_written_through_a_link(store, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    victim = tmp_path / "unrelated.txt"
    victim.write_text("keep me")
    (usb / "ontkoppel-backup.db").symlink_to(victim)
    with pytest.raises(StoreExists):
        store.export_backup(usb / "ontkoppel-backup.db")
    assert victim.read_text() == "keep me"
    linked = tmp_path / "linked-folder"
    linked.symlink_to(usb)
    with pytest.raises(LinkRefused):
        store.export_backup(linked / "backup.db")
    assert not (usb / "backup.db").exists()


# -- 9. the passphrase in memory -------------------------------------------------------------
def test_the_store_keeps_no_passphrase_and_sqlcipher_wipes_its_memory(store):
    assert PASS not in repr(vars(store))
    with store.reading() as db:
        assert db.execute("PRAGMA cipher_memory_security").fetchone()[0] in (1, "1")


def test_changing_the_passphrase_asks_for_the_current_one(folder, store):
    with pytest.raises(WrongPassphrase):
        store.rekey("a new passphrase", "not the current one")
    store.rekey("a new passphrase", PASS)
    store.close()
    Store.open(folder, "a new passphrase").close()


def test_throttle_file_reveals_nothing(folder, store):
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(folder, "guess")
    data = json.loads((folder / THROTTLE_NAME).read_text())
    assert set(data) == {"failures", "since_unlock", "not_before"}
    assert oct(os.stat(folder / THROTTLE_NAME).st_mode & 0o777) == "0o600"
