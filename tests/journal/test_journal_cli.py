"""`ontkoppel journal add | list | export` (passphrase from KIT_PASSPHRASE or stdin)."""

import hashlib
import io
import json
import os
import subprocess
import sys

import pytest

from kit.cli import run
from kit.journal import Journal
from kit.store import Store

PASS = "cli passphrase"


def _cli(*args, stdin=None, passphrase=PASS):
    env = dict(os.environ)
    env.pop("KIT_PASSPHRASE", None)
    if passphrase is not None:
        env["KIT_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "kit", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def with_pass(monkeypatch):
    monkeypatch.setenv("KIT_PASSPHRASE", PASS)


def test_first_add_creates_the_store(isolated_dirs, with_pass, capsys, tmp_path):
    assert not Store.exists(isolated_dirs)
    f = tmp_path / "sms.txt"
    f.write_text("the message", "utf-8")
    code = run(["journal", "add", "--type", "threats", "--text", "a threat by SMS",
                "--when", "2026-01-02T22:15", "--where", "SMS", "--people", "ex",
                "--attach", str(f)])
    assert code == 0 and capsys.readouterr().out.strip() == "1"
    with Store.open(isolated_dirs, PASS) as s:
        (e,) = Journal(s).entries()
    assert (e.type, e.description, e.where, e.people) == ("threats", "a threat by SMS", "SMS", "ex")
    assert e.incident_at.strftime("%Y-%m-%d %H:%M") == "2026-01-02 22:15"
    assert e.attachments[0].sha256 == hashlib.sha256(b"the message").hexdigest()


def test_list_json(isolated_dirs, with_pass, capsys):
    assert run(["journal", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [], "no store yet: an empty list"
    assert not Store.exists(isolated_dirs), "listing creates nothing"
    run(["journal", "add", "--type", "doxing", "--text", "address posted",
         "--when", "2026-02-01T10:00"])
    run(["journal", "add", "--type", "stalking", "--text", "followed", "--when", "2026-01-01T10:00"])
    capsys.readouterr()
    assert run(["journal", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["description"] for d in data] == ["followed", "address posted"]
    assert set(data[0]) >= {"id", "type", "incident_at", "description", "where", "people",
                            "attachments"}
    assert run(["journal", "list"]) == 0
    assert "Stalking or following: followed" in capsys.readouterr().out


def test_passphrase_from_stdin(isolated_dirs, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert run(["journal", "add", "--type", "other", "--text", "x"]) == 0
    Store.open(isolated_dirs, PASS).close()


def test_wrong_passphrase_exits_2_with_one_line(isolated_dirs):
    assert _cli("journal", "add", "--type", "other", "--text", "x").returncode == 0
    for args in (("journal", "list", "--json"), ("journal", "add", "--type", "other", "--text", "y")):
        out = _cli(*args, passphrase="wrong")
        assert out.returncode == 2
        assert out.stderr.count("\n") == 1 and "passphrase" in out.stderr
        assert "Traceback" not in out.stderr and out.stdout == ""
    out = _cli("journal", "list", "--json", passphrase=None, stdin="wrong\n")
    assert out.returncode == 2 and out.stderr.count("\n") == 1


def test_missing_passphrase(isolated_dirs):
    out = _cli("journal", "add", "--type", "other", "--text", "x", passphrase=None, stdin="")
    assert out.returncode == 2 and "KIT_PASSPHRASE" in out.stderr
    assert not Store.exists(isolated_dirs)


def test_errors_are_one_line(isolated_dirs, with_pass, capsys, tmp_path):
    assert run(["journal", "add", "--type", "nope", "--text", "private words"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "private words" not in err
    assert run(["journal", "add", "--type", "other", "--text", "x", "--when", "yesterday"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert run(["journal", "add", "--type", "other", "--text", "x",
                "--attach", str(tmp_path / "missing.jpg")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert not Store.exists(isolated_dirs), "nothing half-done"
    assert run(["journal", "export", "--out", str(tmp_path / "e")]) == 1
    assert "no journal" in capsys.readouterr().err


def test_export_via_cli_and_recompute(isolated_dirs, tmp_path):
    f = tmp_path / "photo.jpg"
    f.write_bytes(os.urandom(100_000))
    assert _cli("journal", "add", "--type", "deepnude", "--text", "fake image",
                "--attach", str(f)).returncode == 0
    out = _cli("journal", "export", "--out", str(tmp_path / "export"))
    assert out.returncode == 0, out.stderr
    folder = tmp_path / "export"
    assert out.stdout.strip() == str(folder)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    for rec in manifest["files"] + [manifest["report"]]:
        assert hashlib.sha256((folder / rec["path"]).read_bytes()).hexdigest() == rec["sha256"]
    out = _cli("--lang", "fr", "journal", "export", "--out", str(tmp_path / "z"), "--zip")
    assert out.returncode == 0 and (tmp_path / "z.zip").exists()


def test_data_dir_option(tmp_path, with_pass, capsys):
    other = tmp_path / "stick" / "data"
    assert run(["--data-dir", str(other), "journal", "add", "--type", "other", "--text", "x"]) == 0
    assert Store.exists(other)
