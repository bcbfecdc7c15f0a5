"""Create, unlock, lock; owner-only files; the records every part of the kit saves."""

import os
import subprocess
import sys

import pytest

from kit.store import (
    NoStore,
    Store,
    StoreClosed,
    StoreError,
    StoreExists,
    StoreLocked,
    WrongPassphrase,
)
from kit.store.files import POSIX
from kit.store.schema import LATEST

from .conftest import PASS


def test_create_then_open(folder):
    assert not Store.exists(folder)
    with Store.create(folder, PASS) as s:
        assert s.version == LATEST and not s.is_guest
        s.set_step("email-first", "s1", "done")
    assert Store.exists(folder)
    with Store.open(folder, PASS) as s:
        assert s.steps("email-first") == {"s1": "done"}
        assert s.integrity_ok()


def test_wrong_passphrase(folder, store):
    store.close()
    with pytest.raises(WrongPassphrase) as err:
        Store.open(folder, "not the passphrase")
    assert str(err.value) == "The passphrase is not correct."
    with Store.open(folder, PASS):
        pass


def test_no_store_and_no_overwrite(folder):
    with pytest.raises(NoStore):
        Store.open(folder, PASS)
    Store.create(folder, PASS).close()
    with pytest.raises(StoreExists):
        Store.create(folder, "another")
    with pytest.raises(ValueError):
        Store.create(folder / "other", "")


def test_second_open_is_refused_while_open(folder, store):
    with pytest.raises(StoreLocked):
        Store.open(folder, PASS)


def test_locked_store_refuses_use(store):
    store.lock()
    assert not store.is_open
    with pytest.raises(StoreClosed):
        store.steps("g")
    store.close()  # closing twice is harmless


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_owner_only_files(folder, store):
    store.set_note("g", "s", "note")
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in folder.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path.name


def test_passphrase_with_quotes_and_unicode(folder):
    secret = "it's \"quoted\" -- ; DROP TABLE x; é€😀"
    Store.create(folder, secret).close()
    with pytest.raises(WrongPassphrase):
        Store.open(folder, "it's")
    Store.open(folder, secret).close()


def test_settings(store):
    store.set_setting("language", "fr")
    store.set_setting("autolock", {"minutes": 10})
    assert store.get_setting("language") == "fr"
    assert store.get_setting("missing", 42) == 42
    assert store.settings() == {"language": "fr", "autolock": {"minutes": 10}}
    store.delete_setting("language")
    assert store.get_setting("language") is None


def test_steps_and_notes(store):
    store.set_step("g1", "a", "done")
    store.set_step("g1", "b", "skip")
    store.set_step("g2", "a", "done")
    store.set_step("g1", "a", "skip")
    assert store.steps("g1") == {"a": "skip", "b": "skip"}
    store.set_step("g1", "b", "")
    assert store.steps("g1") == {"a": "skip"}
    assert store.all_steps() == {"g1": {"a": "skip"}, "g2": {"a": "done"}}
    with pytest.raises(ValueError):
        store.set_step("g1", "a", "maybe")
    store.set_note("g1", "a", "called the bank")
    assert store.notes("g1") == {"a": "called the bank"}
    store.set_note("g1", "a", "")
    assert store.notes("g1") == {}


def test_plan(store):
    assert store.load_plan() is None
    store.save_plan([{"guide": "email-first", "reasons": ["shared-account"]}], {"q1": "yes"})
    store.save_plan([["banking", "money"]], {"q2": ["a", "b"]})
    plan = store.load_plan()
    assert plan.guides == [["banking", "money"]] and plan.answers == {"q2": ["a", "b"]}
    assert plan.saved_at is not None
    store.clear_plan()
    assert store.load_plan() is None


def test_session_log_and_csv(store):
    store.log_session("module-phishing", "2026-03-01", 12, {"quiz_right": 9, "quiz_wrong": 3})
    store.log_session("module-privacy", "2026-02-01", 5, {"quiz_right": 4, "asked_help": 1})
    assert [s.module_id for s in store.sessions()] == ["module-privacy", "module-phishing"]
    assert store.sessions_csv().splitlines() == [
        "module_id,date,participants,asked_help,quiz_right,quiz_wrong",
        "module-privacy,2026-02-01,5,1,4,0",
        "module-phishing,2026-03-01,12,0,9,3",
    ]
    with pytest.raises(ValueError):
        store.log_session("m", "2026-03-01", -1, {})
    with pytest.raises(ValueError):
        store.log_session("m", "2026-03-01", 1, {"names": "Ann"})


def test_every_write_is_committed_at_once(folder, store):
    """What a method saved is visible to another connection before the store is closed."""
    store.set_step("g", "s", "done")
    store.set_setting("k", "v")
    code = (
        "import sys, sqlcipher3\n"
        "from kit.store.connection import connect\n"
        "c = connect(__import__('pathlib').Path(sys.argv[1]), sys.argv[2])\n"
        "print(c.execute('select count(*) from progress').fetchone()[0],"
        " c.execute('select count(*) from settings').fetchone()[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder / "kit.db"), PASS],
                         capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["1", "1"]


def test_core_is_qt_free():
    code = ("import sys, kit.store, kit.store.cli, kit.journal, kit.journal.cli, kit.journal.export,"
            " kit.report.journal, kit.paths\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60, env=env)


def test_empty_passphrase_is_wrong_not_an_error(folder, store):
    store.close()
    for bad in ("", "a\x00b"):
        with pytest.raises(WrongPassphrase):
            Store.open(folder, bad)


def test_database_errors_become_store_errors(store):
    from kit.store import SaveFailed

    with pytest.raises(SaveFailed) as err, store.transaction() as db:
        db.execute("INSERT INTO no_such_table VALUES (1)")
    assert isinstance(err.value, StoreError) and "no_such_table" not in str(err.value)
    store.set_step("g", "s", "done")  # the store is still usable
    assert store.steps("g") == {"s": "done"}
