"""Backups: the last 3 on clean unlocks, export/import to move computers, damaged files."""

import os
import subprocess
import sys

import pytest

from kit.store import CorruptStore, Store, StoreExists, WrongPassphrase
from kit.store import backup as backup_module
from kit.store.backup import check_file
from kit.store.connection import PAGE_SIZE
from kit.store.files import db_path

from .conftest import PASS


def _reopen_with_change(folder, i):
    with Store.open(folder, PASS) as s:
        s.set_step("g", f"s{i}", "done")


def test_backup_on_clean_unlock_keeps_last_three(folder, store):
    store.set_step("g", "first", "done")
    store.close()
    for i in range(5):
        _reopen_with_change(folder, i)
    backups = Store.backups(folder)
    assert len(backups) == 3
    assert backups == sorted(backups, key=lambda b: b.created, reverse=True)
    for b in backups:
        assert check_file(b.path, PASS) == "ok"
    assert not list((folder / "backups").glob("*.partial*"))


def test_no_new_backup_when_nothing_changed(folder, store):
    store.set_step("g", "s", "done")
    store.close()
    Store.open(folder, PASS).close()
    Store.open(folder, PASS).close()
    assert len(Store.backups(folder)) == 1


def test_backup_after_a_crash_is_exported_from_the_checked_store(folder, store):
    """A writer that died without closing leaves a WAL: the backup then comes from SQLCipher."""
    store.close()
    code = ("import os, sys\nfrom kit.store import Store\n"
            "s = Store.open(sys.argv[1], sys.argv[2], backup=False)\n"
            "s.set_step('g', 'crash', 'done')\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(folder), PASS], check=True, timeout=60)
    assert (folder / "kit.db-wal").stat().st_size > 0
    with Store.open(folder, PASS) as s:
        assert s.steps("g") == {"crash": "done"}
    (newest,) = Store.backups(folder)
    assert check_file(newest.path, PASS) == "ok"


def test_export_and_import_to_a_new_computer(folder, store, tmp_path):
    store.set_note("g", "s", "moved along")
    target = tmp_path / "usb" / "ontkoppel-backup.kitdb"
    target.parent.mkdir()
    store.export_backup(target)
    with pytest.raises(StoreExists):
        store.export_backup(target)
    store.close()
    assert check_file(target, PASS) == "ok"

    new_home = tmp_path / "new-computer"
    with pytest.raises(WrongPassphrase):
        Store.import_backup(new_home, target, "wrong")
    with Store.import_backup(new_home, target, PASS) as s:
        assert s.notes("g") == {"s": "moved along"}
        s.set_note("g", "s", "changed on the new computer")

    with pytest.raises(StoreExists):
        Store.import_backup(new_home, target, PASS)
    with Store.open(new_home, PASS) as s:
        assert s.notes("g") == {"s": "changed on the new computer"}, "not overwritten"
    with Store.import_backup(new_home, target, PASS, replace=True) as s:
        assert s.notes("g") == {"s": "moved along"}


def test_import_refuses_a_file_that_is_not_a_backup(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(PAGE_SIZE))
    with pytest.raises((WrongPassphrase, CorruptStore)):
        Store.import_backup(tmp_path / "d", junk, PASS)
    assert not (tmp_path / "d" / "kit.db").exists()


# -- damaged files ------------------------------------------------------------------------

def _store_with_backup(folder, store):
    store.set_step("g", "saved", "done")
    store.set_note("g", "saved", "x" * 200_000)  # a few pages
    store.close()
    Store.open(folder, PASS).close()  # a clean unlock: backup
    assert len(Store.backups(folder)) == 1


def _assert_corrupt_with_backups(folder):
    with pytest.raises(CorruptStore) as err:
        Store.open(folder, PASS)
    assert [b.name for b in err.value.backups] == [b.name for b in Store.backups(folder)]
    assert err.value.backups, "a backup is offered"
    assert "damaged" in str(err.value) or "missing" in str(err.value)
    with pytest.raises(StoreExists):
        Store.create(folder, PASS)  # never a silent fresh start
    return err.value.backups


def _restore(folder, backups, damaged=True):
    with Store.restore_backup(folder, backups[0].name, PASS) as s:
        assert s.steps("g") == {"saved": "done"}
        assert s.integrity_ok()
    if damaged:
        assert list((folder / "backups").glob("damaged-*")), "the damaged file is kept aside"
    with Store.open(folder, PASS) as s:
        assert s.steps("g") == {"saved": "done"}


def test_truncated_file(folder, store):
    _store_with_backup(folder, store)
    db = db_path(folder)
    os.truncate(db, db.stat().st_size // 2 + 100)
    _restore(folder, _assert_corrupt_with_backups(folder))


def test_truncated_on_a_page_boundary(folder, store):
    _store_with_backup(folder, store)
    db = db_path(folder)
    os.truncate(db, db.stat().st_size - PAGE_SIZE)
    _restore(folder, _assert_corrupt_with_backups(folder))


def test_empty_file(folder, store):
    _store_with_backup(folder, store)
    os.truncate(db_path(folder), 0)
    _restore(folder, _assert_corrupt_with_backups(folder))


@pytest.mark.parametrize("page", [0, 1, -1])
def test_damaged_page(folder, store, page):
    _store_with_backup(folder, store)
    db = db_path(folder)
    pages = db.stat().st_size // PAGE_SIZE
    offset = (page % pages) * PAGE_SIZE + 1000
    with open(db, "r+b") as f:
        f.seek(offset)
        f.write(os.urandom(64))
    _restore(folder, _assert_corrupt_with_backups(folder))


def test_missing_file_with_backups(folder, store):
    _store_with_backup(folder, store)
    db_path(folder).unlink()
    assert Store.exists(folder)
    _restore(folder, _assert_corrupt_with_backups(folder), damaged=False)


def test_damaged_backup_is_not_restored(folder, store):
    _store_with_backup(folder, store)
    os.truncate(db_path(folder), 0)
    backups = _assert_corrupt_with_backups(folder)
    os.truncate(backups[0].path, PAGE_SIZE + 10)
    with pytest.raises(CorruptStore):
        Store.restore_backup(folder, backups[0].name, PASS)
    assert db_path(folder).stat().st_size == 0, "nothing was replaced"


def test_big_store_backup_is_a_byte_copy(folder, store, monkeypatch):
    monkeypatch.setattr(backup_module, "RAW_COPY_MIN", 0)
    store.set_step("g", "s", "done")
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(folder, "wrong")
    assert Store.backups(folder) == [], "no copy for a wrong passphrase"
    Store.open(folder, PASS).close()
    (newest,) = Store.backups(folder)
    assert newest.path.read_bytes() == db_path(folder).read_bytes()
    assert check_file(newest.path, PASS) == "ok"
    assert not list((folder / "backups").glob("*.partial*"))


def test_a_damaged_store_never_becomes_a_backup(folder, store, monkeypatch):
    monkeypatch.setattr(backup_module, "RAW_COPY_MIN", 0)
    _store_with_backup(folder, store)
    before = [b.name for b in Store.backups(folder)]
    db = db_path(folder)
    with open(db, "r+b") as f:
        f.seek(db.stat().st_size - 5000)
        f.write(os.urandom(64))
    _assert_corrupt_with_backups(folder)
    assert [b.name for b in Store.backups(folder)] == before
    assert not list((folder / "backups").glob("*.partial*"))


def test_a_failing_backup_does_not_lock_the_user_out(folder, store, monkeypatch):
    store.set_step("g", "s", "done")
    store.close()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "durable_replace", disk_full)
    monkeypatch.setattr(backup_module, "publish", disk_full)
    with Store.open(folder, PASS) as s:
        assert s.backup_failed
        assert s.steps("g") == {"s": "done"}
    assert Store.backups(folder) == []
    assert not list((folder / "backups").glob("*.partial*"))
    assert not list((folder / "backups").glob(".*.tmp"))
