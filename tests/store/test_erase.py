"""Erase everything: database, WAL, SHM, backups and keychain entry; nothing readable remains."""

import subprocess
import sys

import pytest

from kit.journal import Journal
from kit.store import (
    Store,
    StoreLocked,
    WrongPassphrase,
    recall_key,
    remember_key,
    what_will_be_lost,
)

from .conftest import PASS
from .scan import find_canaries


def _fill(folder, store, tmp_path, canary):
    store.set_note("g", "s", canary)
    j = Journal(store)
    e = j.add("doxing", canary, where=canary, people=canary)
    src = tmp_path / "evidence.txt"
    src.write_text(canary * 100, "utf-8")
    j.add_attachment(e, src)
    remember_key(folder, PASS)
    store.close()
    with Store.open(folder, PASS) as s:  # a backup
        s.set_setting("x", canary)


def test_erase_removes_everything(folder, store, tmp_path, test_keyring):
    canary = "CANARY-erase-7d1f0c"
    _fill(folder, store, tmp_path, canary)
    (folder / "settings.ini").write_text("[General]\nlanguage=nl\n")  # the app's, no user text
    lost = what_will_be_lost(folder)
    assert "kit.db" in lost and any(name.startswith("backups/") for name in lost)

    with Store.open(folder, PASS) as s:
        result = s.erase()
        assert not s.is_open
    assert "kit.db" in result.removed
    assert not any((folder / name).exists() for name in ("kit.db", "kit.db-wal", "kit.db-shm"))
    assert any(name.startswith("backups/") for name in result.removed)
    assert result.keychain_cleared and recall_key(folder) is None
    assert result.remaining == [] and result.complete
    assert "settings.ini" in result.removed, "the settings go too (discreet mode, the region)"
    assert not folder.exists(), "the data folder itself is gone"
    assert find_canaries(folder, [canary]) == []
    assert not Store.exists(folder)
    Store.create(folder, "a fresh start").close()


def test_erase_without_the_passphrase_after_a_crash(folder, store, tmp_path):
    canary = "CANARY-forgotten-91ab"
    _fill(folder, store, tmp_path, canary)
    code = ("import os, sys\nfrom kit.store import Store\n"
            "s = Store.open(sys.argv[1], sys.argv[2])\n"
            "s.set_note('g', 'crash', sys.argv[3])\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(folder), PASS, canary], check=True, timeout=60)
    assert (folder / "kit.db-wal").stat().st_size > 0
    result = Store.erase_folder(folder)
    assert {"kit.db", "kit.db-wal", "kit.db-shm"} <= set(result.removed)
    assert result.complete
    assert not folder.exists()


def test_erase_refused_while_open_elsewhere(folder, store):
    with pytest.raises(StoreLocked):
        Store.erase_folder(folder)
    assert Store.exists(folder)


def test_erase_reports_unknown_files(folder, store):
    store.close()
    (folder / "notes.txt").write_text("something the user put here")
    result = Store.erase_folder(folder)
    assert [p.name for p in result.unexpected] == ["notes.txt"]
    assert not result.complete
    assert (folder / "notes.txt").exists(), "a file the kit did not make is never deleted"


def test_erase_removes_settings_and_throttle_and_says_what_it_cannot_reach(folder, store):
    store.close()
    (folder / "settings.ini").write_text("[General]\ndiscreet=true\nregion=nl\n")
    with pytest.raises(WrongPassphrase):
        Store.open(folder, "not the passphrase")
    assert (folder / "kit.throttle").exists()
    assert "settings.ini" in what_will_be_lost(folder)
    result = Store.erase_folder(folder)
    assert {"settings.ini", "kit.throttle"} <= set(result.removed)
    assert not folder.exists()


def test_erase_guest():
    g = Store.guest()
    g.set_step("g", "s", "done")
    assert g.erase().complete and not g.is_open
