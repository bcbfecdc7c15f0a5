"""`python -m kit phone check`: replay, record, JSON, languages, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kit.cli import run

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def test_replay_json(capsys):
    assert run(["phone", "check", "--json", "--replay", str(FIXTURES / "android14_positive.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["platform"] == "android" and data["device"]["model"] == "SM-A546B"
    assert {f["id"] for f in data["findings"] if f["status"] == "attention"} >= {
        "phone.stalkerware", "phone.accessibility", "phone.sideloaded"}


@pytest.mark.parametrize("lang, words", [("nl", "Vraagt aandacht"), ("fr", "Attention"),
                                         ("en", "Needs attention")])
def test_replay_text_in_each_language(capsys, lang, words):
    assert run(["phone", "check", "--replay", str(FIXTURES / "ios_positive.json"), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert words.lower() in out.lower()
    assert "iCloud" in out  # a clean result is not proof: accounts are not visible over USB


@pytest.mark.parametrize("content", ["garbage", '{"format": 1}', "[]"])
def test_garbage_replay_is_one_line(tmp_path, capsys, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    assert run(["phone", "check", "--replay", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_record_redacts_and_replays(tmp_path, capsys):
    out = tmp_path / "rec.json"
    assert run(["phone", "check", "--replay", str(FIXTURES / "android14_positive.json"),
                "--record", str(out), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    text = out.read_text()
    for secret in ("R58T12ABCDE", "Galaxy A54 van Anna", "8f3a1b2c3d4e5f60", "anna@laptop-anna",
                   "mark@DESKTOP-7Q2"):
        assert secret not in text, secret
    assert run(["phone", "check", "--replay", str(out), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert [(f["id"], f["status"]) for f in again["findings"]] == \
        [(f["id"], f["status"]) for f in first["findings"]]
    # --record never writes over an existing file
    assert run(["phone", "check", "--replay", str(FIXTURES / "ios_clean.json"), "--record", str(out)]) == 1


def test_record_ios_keeps_only_what_the_check_needs(tmp_path, capsys):
    out = tmp_path / "rec.json"
    assert run(["phone", "check", "--replay", str(FIXTURES / "ios_positive.json"), "--record", str(out)]) == 0
    text = out.read_text()
    for secret in ("F2LXK0ABCD12", "00008110-001A2B3C4D5E6F7G", "356789012345678", "+32 470",
                   "iPhone van Anna", "mark.peeters@example.com"):
        assert secret not in text, secret
    assert "iPhone13,2" in text and "Apple Development" in text


def test_no_phone_exits_non_zero_with_one_line():
    """A real process, no phone on this machine: one clear line, non-zero exit."""
    proc = subprocess.run([sys.executable, "-m", "kit", "phone", "check", "--json"], cwd=REPO,
                          capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin",
                               "KIT_DATA_DIR": str(REPO / "build" / "no-such-data")})
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
