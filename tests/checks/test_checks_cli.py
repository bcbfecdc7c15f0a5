"""`python -m kit check` on this Linux machine: a fake remote-access process, an autostart entry
and a listener on port 5900 must each give an "attention" finding that names what was found."""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from kit.checks.probe import FixtureProbe
from kit.checks.runner import run_checks

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="live checks of this Linux machine")

LISTENER = """
import socket, sys, time
s = socket.socket()
try:
    s.bind(("127.0.0.1", 5900))
except OSError:
    print("busy", flush=True)
    sys.exit(0)
s.listen()
print("ready", flush=True)
sys.stdin.read()
"""


def wait_until(predicate, timeout: float = 10.0, every: float = 0.02) -> bool:
    pause = threading.Event()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        pause.wait(every)
    return predicate()


def read_line(proc: subprocess.Popen, timeout: float = 10.0) -> str:
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            return ""
    return proc.stdout.readline().strip()


def check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kit", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ))


def findings(*extra: str) -> dict:
    out = check("check", "--json", *extra)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert list(data) == ["platform", "started", "duration_s", "findings"]
    return {f["id"]: f for f in data["findings"]}


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)


def test_json_and_text_output():
    got = findings()
    assert "processes_catalog" in got and "linux_autostart" in got
    assert got["linux_autostart"]["status"] == "ok"  # the test HOME is empty
    text = check("check")
    assert text.returncode == 0
    assert text.stdout.rstrip().endswith("talk to a help service.")
    assert "not proof" in text.stdout.splitlines()[-1]


def test_language_option():
    out = check("--lang", "nl", "check", "--json")
    titles = [f["title"] for f in json.loads(out.stdout)["findings"]]
    assert any("Geen enkel" in t or "staat uit" in t or "Er draait" in t for t in titles)


def test_running_remote_access_tool_is_found(tmp_path):
    fake = tmp_path / "x11vnc"
    shutil.copy("/bin/sleep", fake)
    proc = subprocess.Popen([str(fake), "120"])
    try:
        assert wait_until(lambda: psutil.Process(proc.pid).name() == "x11vnc")
        got = findings()
        f = got["processes_catalog"]
        assert f["status"] == "attention" and "x11vnc" in f["detail"]
        assert got["linux_vnc_servers"]["status"] == "attention"
    finally:
        stop(proc)


def test_user_autostart_entry_is_found():
    """An entry that matches no known tool is "good to know"; one that does is named."""
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart"
    folder.mkdir(parents=True)
    (folder / "helper.desktop").write_text("[Desktop Entry]\nType=Application\nName=Helper Tool\n"
                                           "Exec=/opt/helper/run --quiet\n")
    f = findings()["linux_autostart"]
    assert f["status"] == "info"
    assert "Helper Tool" in f["detail"] and "helper.desktop" in f["detail"]
    (folder / "tv.desktop").write_text("[Desktop Entry]\nType=Application\nName=Helper\n"
                                       "Exec=/opt/teamviewer/tv_bin/teamviewerd -d\n")
    f = findings()["linux_autostart"]
    assert f["status"] == "attention"
    assert "TeamViewer (remote-access tool)" in f["detail"]


def test_listener_on_vnc_port_is_found():
    proc = subprocess.Popen([sys.executable, "-c", LISTENER], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        line = read_line(proc)
        if line == "busy":
            pytest.skip("port 5900 is already in use on this machine")
        assert line == "ready"
        f = findings()["listening_ports"]
        assert f["status"] == "attention"
        assert "5900" in f["detail"] and "VNC" in f["detail"]
        assert any("5900" in e and str(proc.pid) in e for e in f["evidence"])
    finally:
        proc.stdin.close()
        stop(proc)


def test_record_writes_a_redacted_snapshot_that_replays(tmp_path):
    home = os.environ["HOME"]
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart"
    folder.mkdir(parents=True)
    (folder / "mail.desktop").write_text("[Desktop Entry]\nName=Mail for someone@example.com\nExec=true\n")
    record = tmp_path / "record.json"
    got = findings("--record", str(record))
    text = record.read_text(encoding="utf-8")
    assert home not in text and "someone@example.com" not in text
    assert "/home/user/.config/autostart" in text
    replay = run_checks(FixtureProbe.load(record))
    assert {f.id: f.status for f in replay.findings} == {i: f["status"] for i, f in got.items()}
