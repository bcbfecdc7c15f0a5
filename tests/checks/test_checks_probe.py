"""The probe layer: fixture replay, the recorder's redaction, and the live probe's rules."""

from __future__ import annotations

import json
import os
import sqlite3
import threading

import pytest
from conftest import fixture_probe

from kit import netguard
from kit.checks.probe import (
    DENIED,
    FAILED,
    NO_COMMAND,
    NOT_FOUND,
    TIMEOUT,
    UNSUPPORTED,
    CommandOutput,
    DirEntry,
    FixtureProbe,
    Listener,
    ProcessInfo,
    Read,
    RecordingProbe,
    live_os,
)
from kit.checks.probe import snapshot as snap
from kit.checks.probe.live import LiveProbe
from kit.checks.probe.redact import Redactor
from kit.checks.registry import get
from kit.checks.runner import run_checks

# fixture probe -----------------------------------------------------------------------------


def _probe(reads=None, system="linux", strict=False):
    return FixtureProbe({"format": 1, "strict": strict, "platform": {"system": system, "home": "/home/user"},
                         "reads": reads or {}})


def test_fixture_defaults_for_things_the_snapshot_does_not_mention():
    p = _probe()
    assert p.read_file("/nope").error == NOT_FOUND
    assert p.list_dir("/nope").error == NOT_FOUND
    assert p.run(["/usr/bin/x"]).error == NO_COMMAND
    assert p.processes().value == [] and p.listening().value == []
    assert _probe(strict=True).read_file("/nope").error == FAILED


def test_fixture_replays_errors_and_values():
    p = _probe({snap.key("read_file", "/a"): {"error": "denied"},
                snap.key("run", ("/bin/x",)): {"error": "timeout", "detail": "after 4 s"},
                snap.key("list_dir", "/d"): {"value": [["f", "file"], ["l", "link"]]}})
    assert p.read_file("/a").error == DENIED
    r = p.run(["/bin/x"])
    assert (r.error, r.detail) == (TIMEOUT, "after 4 s")
    assert p.list_dir("/d").value == [DirEntry("f", "file"), DirEntry("l", "link")]


def test_windows_snapshots_ignore_case_like_windows():
    p = _probe({snap.key("reg_values", "HKLM\\SOFTWARE\\X"): {"value": {"A": 1}}}, system="windows")
    assert p.reg_values("hklm\\software\\x").value == {"A": 1}


def test_snapshot_round_trip_keeps_types():
    values = {"run": CommandOutput(3, "out", "err"), "list_dir": [DirEntry("a", "dir")],
              "processes": [ProcessInfo(1, "init", "/sbin/init")],
              "listening": [Listener("tcp", "0.0.0.0", 22, 5, "sshd"), Listener("tcp6", "::", 5900)]}
    for method, value in values.items():
        data = json.loads(json.dumps(snap.encode(method, Read(value))))
        assert snap.decode(method, data).value == value


def test_unknown_snapshot_format_is_refused():
    with pytest.raises(ValueError):
        FixtureProbe({"format": 99, "platform": {"system": "linux"}})


# recorder and redaction ----------------------------------------------------------------------


def test_redactor_replaces_names_emails_and_home_paths():
    r = Redactor(home="/home/alice", user="alice", names=("bob",))
    text = r.text("alice wrote to Bob.Smith@Example.com from /home/alice/x and /home/carol/y; bob too; "
                  "alicex stays")
    assert "alice" not in text.replace("alicex", "") and "bob" not in text.lower().replace("bob.smith", "")
    assert "example.com" not in text.lower()
    assert "person1@example.org" in text and "/home/user/x" in text and "/home/user3/y" in text
    assert "alicex stays" in text
    assert r.text("bob.smith@example.com") == "person1@example.org"  # the same stand-in every time


def test_windows_home_is_redacted_case_insensitively():
    r = Redactor(home="C:\\Users\\Alice", user="Alice", home_stand_in="C:\\Users\\user")
    assert r.text("c:\\users\\alice\\AppData") == "C:\\Users\\user\\AppData"


def test_recording_redacts_and_replays_to_the_same_findings(tmp_path):
    data = json.loads(json.dumps(fixture_probe("linux_positive")._platform.as_json()))
    assert data["user"] == "user"
    real = fixture_probe("linux_positive")
    rec = RecordingProbe(real, names=("partner",))
    before = run_checks(rec)
    out = tmp_path / "rec.json"
    rec.save(out)
    text = out.read_text(encoding="utf-8")
    assert "partner@example.net" not in text and "partner@laptop" not in text
    assert "partner" not in text
    replay = run_checks(FixtureProbe.load(out))
    assert [(f.id, f.status) for f in replay.findings] == [(f.id, f.status) for f in before.findings]


def test_recording_redacts_accounts_that_never_signed_in(tmp_path):
    """Account names are learnt from Get-LocalUser and Get-LocalGroupMember output, also when
    another check read them first; the recording still replays to the same findings."""
    real = fixture_probe("windows_positive")
    rec = RecordingProbe(real, names=())
    before = run_checks(rec)
    out = tmp_path / "rec.json"
    rec.save(out)
    text = out.read_text(encoding="utf-8")
    assert "helpdesk" not in text and "partner" not in text
    assert "WDAGUtilityAccount" in text  # a name Windows gives itself, kept
    replay = run_checks(FixtureProbe.load(out))
    assert [(f.id, f.status) for f in replay.findings] == [(f.id, f.status) for f in before.findings]


def test_recording_keeps_only_requested_fields(tmp_path):
    profile = tmp_path / "signedInUser.json"
    profile.write_text(json.dumps({"accountData": {"email": "me@mail.example", "sessionToken": "SECRET",
                                                   "keyFetchToken": "SECRET2"}}))
    rec = RecordingProbe(LiveProbe(), names=())
    r = rec.read_fields(str(profile), ["accountData.email"])
    assert r.value == [[["accountData", "email"], "me@mail.example"]]
    dumped = json.dumps(rec.snapshot())
    assert "SECRET" not in dumped and "me@mail.example" not in dumped


# live probe ----------------------------------------------------------------------------------


def test_live_platform_and_unsupported_reads():
    p = LiveProbe()
    info = p.platform()
    assert info.system == "linux" and info.home == os.environ["HOME"]
    assert p.reg_values("HKLM\\SOFTWARE").error == UNSUPPORTED
    assert p.event_taps().error == UNSUPPORTED


def test_live_commands_need_absolute_paths_and_run_with_c_locale():
    p = LiveProbe()
    assert p.run(["env"]).error == FAILED
    assert p.run(["/usr/bin/definitely-not-here"]).error == NO_COMMAND
    out = p.run(["/usr/bin/env"])
    assert out.ok and "LC_ALL=C" in out.value.out.splitlines()


def test_live_command_timeout():
    p = LiveProbe(timeout=0.2)
    # without the time-out the command would end normally after 30 s and not report TIMEOUT
    assert p.run(["/bin/sleep", "30"]).error == TIMEOUT


def test_live_read_timeout(monkeypatch):
    release = threading.Event()
    monkeypatch.setattr(live_os, "list_dir", lambda path: (release.wait(60), Read([]))[1])
    p = LiveProbe(timeout=0.2)
    try:
        # without the time-out the read would return an empty listing, not TIMEOUT
        assert p.list_dir("/slow").error == TIMEOUT
    finally:
        release.set()


def test_live_reads_are_cached_and_read_once_across_threads(monkeypatch, tmp_path):
    calls = []
    gate = threading.Event()
    real = live_os.read_file

    def slow(path):
        calls.append(path)
        gate.wait(2)
        return real(path)

    monkeypatch.setattr(live_os, "read_file", slow)
    f = tmp_path / "x.txt"
    f.write_text("hello")
    p = LiveProbe()
    results = []
    threads = [threading.Thread(target=lambda: results.append(p.read_file(str(f)))) for _ in range(8)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()
    assert len(calls) == 1 and p.reads == 1
    assert all(r.value == "hello" for r in results)


def test_live_files_folders_and_errors(tmp_path):
    p = LiveProbe()
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    (tmp_path / "d").mkdir()
    (tmp_path / "f").write_text("x")
    os.symlink(tmp_path / "f", tmp_path / "l")
    assert p.read_file(str(tmp_path / "missing")).error == NOT_FOUND
    assert p.read_file(str(tmp_path / "d")).error == FAILED
    assert p.list_dir(str(tmp_path)).value == [DirEntry("d", "dir"), DirEntry("f", "file"), DirEntry("l", "link")]
    assert p.read_fields(str(tmp_path / "f"), ["a"]).error == FAILED  # not JSON


def test_live_database_is_opened_read_only(tmp_path):
    db = tmp_path / "t.db"
    con = sqlite3.connect(db)
    con.execute("create table access (service, client, auth_value, last_modified)")
    con.execute("insert into access values ('kTCCServiceCamera', 'us.zoom.xos', 2, 1)")
    con.commit()
    con.close()
    before = db.read_bytes()
    p = LiveProbe()
    assert p.query_db(str(db), "select client from access").value == [["us.zoom.xos"]]
    assert p.query_db(str(db), "delete from access").error == FAILED
    assert db.read_bytes() == before
    assert p.query_db(str(tmp_path / "none.db"), "select 1").error == NOT_FOUND


def test_live_processes_and_listening_sockets_open_no_socket():
    assert netguard.installed()  # any socket creation would raise
    p = LiveProbe()
    procs = p.processes()
    assert procs.ok and any(x.pid == os.getpid() for x in procs.value)
    assert p.listening().ok


def test_a_check_that_raises_is_unknown_not_a_crash(monkeypatch):
    from kit.checks.registry import Check

    boom = Check("processes_catalog", ("linux",), lambda probe: 1 / 0)
    monkeypatch.setitem(__import__("kit.checks.registry", fromlist=["_CHECKS"])._CHECKS,
                        "processes_catalog", boom)
    r = run_checks(fixture_probe("linux_clean"), only=["processes_catalog"])
    assert r.findings[0].status == "unknown"
    assert "ZeroDivisionError" in r.findings[0].evidence[0]
    assert get("processes_catalog") is boom


def test_live_probe_with_a_fake_root_reads_only_below_it(tmp_path):
    from kit.checks.probe import ProcessInfo
    from kit.checks.probe.live import LiveProbe

    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "group").write_text("sudo:x:27:someone\n", encoding="utf-8")
    probe = LiveProbe(root=str(tmp_path), processes=[ProcessInfo(5, "anydesk", "/opt/x/anydesk")])
    try:
        assert probe.platform().system == "linux" and probe.platform().home == "/home/user"
        assert probe.read_file("/etc/group").value == "sudo:x:27:someone\n"
        assert [e.name for e in probe.list_dir("/etc").value] == ["group"]
        assert probe.read_file("/../../etc/group").value == "sudo:x:27:someone\n"  # stays inside
        assert probe.read_file("/etc/passwd").error == "not_found"  # not the real /etc/passwd
        assert probe.processes().value[0].name == "anydesk"
        assert probe.listening().value == []
        assert probe.run(["/usr/bin/id"]).error == "no_command"
    finally:
        probe.close()
