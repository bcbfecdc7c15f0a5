"""Versioned migrations: an older store is brought up to date on open, keeping its data."""

import pytest

from kit.store import CorruptStore, Store, StoreTooNew
from kit.store import connection as sql
from kit.store.files import db_path
from kit.store.schema import LATEST, MIGRATIONS

from .conftest import PASS


def _old_store(folder, version: int) -> None:
    """A store as an older version of the kit left it."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sql.connect(db_path(folder), PASS)
    sql.configure(conn, on_disk=True)
    db = sql.wrap(conn)
    sql.migrate(db, upto=version)
    db["settings"].insert({"key": "language", "value": '"nl"'})
    conn.close()


def test_latest_is_the_number_of_migrations():
    assert LATEST == len(MIGRATIONS) >= 2


def test_open_upgrades_and_keeps_data(folder):
    _old_store(folder, 1)
    with Store.open(folder, PASS) as s:
        assert s.version == LATEST
        assert s.get_setting("language") == "nl"
        from kit.journal import Journal

        assert Journal(s).add("other", "works after the upgrade") == 1
    backups = Store.backups(folder)
    assert len(backups) == 1, "a backup of the old version is kept before migrating"
    from kit.store.backup import check_file

    assert check_file(backups[0].path, PASS) == "ok"
    conn = sql.connect(backups[0].path, PASS)
    assert sql.user_version(conn) == 1
    conn.close()


def test_migrations_run_once(folder):
    Store.create(folder, PASS).close()
    with Store.open(folder, PASS) as s:
        assert s.version == LATEST


def test_newer_store_is_refused(folder):
    _old_store(folder, LATEST)
    conn = sql.connect(db_path(folder), PASS)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNew):
        Store.open(folder, PASS)


def test_a_store_without_schema_is_damaged_not_new(folder):
    """An empty, keyed database is not silently filled in as a fresh store."""
    folder.mkdir(parents=True)
    conn = sql.connect(db_path(folder), PASS)
    conn.execute("CREATE TABLE unrelated (x)")
    conn.commit()
    conn.close()
    with pytest.raises(CorruptStore):
        Store.open(folder, PASS)


def test_import_of_a_newer_backup_is_refused(folder, tmp_path):
    _old_store(folder, LATEST)
    conn = sql.connect(db_path(folder), PASS)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNew):
        Store.import_backup(tmp_path / "new", db_path(folder), PASS)
    assert not Store.exists(tmp_path / "new")
