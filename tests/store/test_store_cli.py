"""`ontkoppel data erase [--yes]`."""

import subprocess
import sys

from kit.cli import run
from kit.store import Store

from .conftest import PASS


def test_erase_needs_yes(folder, store, capsys):
    store.set_step("g", "s", "done")
    store.close()
    assert run(["data", "erase"]) == 1
    err = capsys.readouterr().err
    assert "kit.db" in err and "--yes" in err and len(err.strip().splitlines()) == 1
    assert Store.exists(folder)


def test_erase_yes(folder, store, capsys):
    store.close()
    Store.open(folder, PASS).close()
    assert run(["data", "erase", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "erased" in out
    assert "Not erased: journal exports and backups you saved elsewhere" in out
    assert not Store.exists(folder) and not folder.exists()


def test_erase_respects_data_dir(tmp_path, folder, capsys):
    other = tmp_path / "elsewhere"
    Store.create(other, PASS).close()
    assert run(["--data-dir", str(other), "data", "erase", "--yes"]) == 0
    assert not Store.exists(other)


def test_erase_while_open_is_one_line(folder, store):
    out = subprocess.run([sys.executable, "-m", "kit", "data", "erase", "--yes"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "in use" in out.stderr and "Traceback" not in out.stderr
    assert Store.exists(folder)
