"""Replayed phones: the fixtures (Android 10, 13, 14+, iPhone; clean, positive, denied, empty)
give the right findings, and bad replay files give one clear error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kit.phone import PhoneError, load_replay, run_phone_check
from kit.phone.probe import REPLAY

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 12, 5)


def run(name: str, lang: str = "en"):
    return run_phone_check(load_replay(FIXTURES / name), language=lang, today=TODAY)


def statuses(report) -> dict[str, str]:
    return {f.id: f.status for f in report.findings}


EXPECTED = {
    "android14_positive.json": {
        "phone.stalkerware": "attention", "phone.accessibility": "attention",
        "phone.notification_listeners": "attention", "phone.device_admin": "attention",
        "phone.sms_app": "ok", "phone.sideloaded": "attention", "phone.play_protect": "attention",
        "phone.unknown_sources": "attention", "phone.wireless_debugging": "attention",
        "phone.adb_keys": "attention", "phone.root": "attention", "phone.dual_use": "info",
        "phone.location_usage": "info", "phone.security_patch": "info"},
    "android14_clean.json": {
        "phone.stalkerware": "ok", "phone.accessibility": "ok", "phone.notification_listeners": "info",
        "phone.device_admin": "info", "phone.sms_app": "ok", "phone.sideloaded": "ok",
        "phone.play_protect": "ok", "phone.unknown_sources": "ok", "phone.wireless_debugging": "ok",
        "phone.adb_keys": "ok", "phone.root": "ok", "phone.dual_use": "ok",
        "phone.location_usage": "ok", "phone.security_patch": "ok"},
    "android13_denied.json": {
        "phone.stalkerware": "ok", "phone.accessibility": "attention",
        "phone.notification_listeners": "unknown", "phone.device_admin": "unknown",
        "phone.sms_app": "ok", "phone.sideloaded": "attention", "phone.play_protect": "unknown",
        "phone.unknown_sources": "unknown", "phone.adb_keys": "unknown",
        "phone.location_usage": "unknown", "phone.security_patch": "info"},
    "android10_positive.json": {
        "phone.stalkerware": "attention", "phone.accessibility": "attention",
        "phone.notification_listeners": "attention", "phone.device_admin": "attention",
        "phone.sms_app": "attention", "phone.sideloaded": "attention", "phone.play_protect": "attention",
        "phone.unknown_sources": "attention", "phone.wireless_debugging": "attention",
        "phone.adb_keys": "unknown", "phone.root": "attention", "phone.dual_use": "info",
        "phone.location_usage": "info", "phone.security_patch": "info"},
    "android_empty.json": {
        "phone.stalkerware": "unknown", "phone.accessibility": "unknown",
        "phone.notification_listeners": "unknown", "phone.device_admin": "unknown",
        "phone.sideloaded": "unknown", "phone.play_protect": "unknown", "phone.root": "unknown",
        "phone.adb_keys": "unknown", "phone.security_patch": "unknown", "phone.dual_use": "unknown"},
    "ios_clean.json": {
        "phone.stalkerware": "ok", "phone.ios_signing": "ok", "phone.ios_jailbreak": "ok",
        "phone.ios_profiles": "ok", "phone.ios_mdm": "ok", "phone.dual_use": "ok"},
    "ios_positive.json": {
        "phone.stalkerware": "attention", "phone.ios_signing": "attention",
        "phone.ios_jailbreak": "attention", "phone.ios_profiles": "attention",
        "phone.ios_mdm": "attention", "phone.dual_use": "info"},
    "ios_empty.json": {
        "phone.stalkerware": "unknown", "phone.ios_signing": "unknown",
        "phone.ios_jailbreak": "unknown", "phone.ios_profiles": "unknown",
        "phone.ios_mdm": "unknown", "phone.dual_use": "unknown"},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_findings(name):
    got = statuses(run(name))
    for check_id, status in EXPECTED[name].items():
        assert got[check_id] == status, (check_id, got[check_id])


def test_positive_android_names_what_it_found():
    by_id = {f.id: f for f in run("android14_positive.json").findings}
    assert "TheTruthSpy" in by_id["phone.stalkerware"].detail
    assert "com.android.sync.service" in by_id["phone.accessibility"].detail
    assert "Bitwarden" in by_id["phone.accessibility"].detail  # known, still listed
    side = by_id["phone.sideloaded"].detail
    assert side.index("com.android.sync.service") < side.index("TheTruthSpy")  # hidden first
    assert "no icon" in side
    assert "com.whatsapp" not in side  # from the Play Store
    assert "anna@laptop-anna" in by_id["phone.adb_keys"].detail


def test_old_android_formats_are_read():
    by_id = {f.id: f for f in run("android10_positive.json").findings}
    assert "mSpy" in by_id["phone.stalkerware"].detail
    assert "Magisk" in by_id["phone.root"].detail and "/sbin/su" in by_id["phone.root"].detail
    assert "persist.adb.tcp.port=5555" in " ".join(by_id["phone.wireless_debugging"].evidence)
    assert "TeamViewer QuickSupport" in by_id["phone.dual_use"].detail
    assert "ago" in by_id["phone.location_usage"].detail


def test_ios_positive_names_signers_and_profiles():
    by_id = {f.id: f for f in run("ios_positive.json").findings}
    signing = by_id["phone.ios_signing"].detail
    assert "Settings Helper" in signing and "developer" in signing
    assert "XNSPY" in signing and "company" in signing
    assert "WhatsApp" not in signing
    assert "Sileo" in by_id["phone.ios_jailbreak"].detail
    assert "Family Safe Ltd" in by_id["phone.ios_profiles"].detail


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_finding_has_text_in_every_language(lang):
    for name in EXPECTED:
        for f in run(name, lang).findings:
            assert f.title and f.detail and f.meaning and f.advice, (name, f.id, f.status)
            assert "{" not in f.title + f.detail, (name, f.id)
            for computer_words in ("this computer", "deze computer", "cet ordinateur"):
                assert computer_words not in (f.meaning + f.advice).lower(), (f.id, f.status)


def test_report_json_shape():
    data = run("ios_clean.json").as_json()
    assert set(data) == {"platform", "device", "started", "duration_s", "findings"}
    assert data["platform"] == "ios" and data["device"]["model"] == "iPhone14,5"
    assert "SerialNumber" not in json.dumps(data)
    assert set(data["findings"][0]) == {"id", "status", "title", "detail", "meaning", "advice",
                                        "evidence", "needs_admin"}


@pytest.mark.parametrize("content", [b"garbage", b"[1, 2]", b'{"format": 2, "kind": "android"}',
                                     b'{"format": 1, "kind": "windows"}',
                                     b'{"format": 1, "kind": "android", "commands": []}',
                                     b"\xff\xfe\x00", b""])
def test_bad_replay_files_are_one_clear_error(tmp_path, content):
    path = tmp_path / "replay.json"
    path.write_bytes(content)
    with pytest.raises(PhoneError) as e:
        load_replay(path)
    assert e.value.code == REPLAY and "\n" not in str(e.value)


def test_odd_values_in_a_replay_do_not_break_the_check(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"format": 1, "kind": "ios", "device": [], "apps": {"x": 1, "y": {}},
                                "profiles": {"ProfileMetadata": {"a": "b"}}, "extra": 1}))
    report = run_phone_check(load_replay(path), today=TODAY)
    assert len(report.findings) == 6
    path.write_text(json.dumps({"format": 1, "kind": "android",
                                "commands": {"getprop": 5, "pm list packages -f -i -U -u": "junk\n\x00"}}))
    report = run_phone_check(load_replay(path), today=TODAY)
    assert {f.status for f in report.findings} <= {"ok", "unknown", "attention", "info"}


def test_cancel_stops_between_checks():
    import threading

    stop = threading.Event()
    seen = []

    def progress(done, total, cid, finding):
        seen.append(cid)
        stop.set()

    report = run_phone_check(load_replay(FIXTURES / "android14_clean.json"), progress=progress,
                             cancel=stop, today=TODAY)
    assert report.cancelled and len(report.findings) == 1 and seen == ["phone.stalkerware"]


def test_recordings_from_other_tools_are_read(tmp_path):
    data = json.loads((FIXTURES / "android14_positive.json").read_text())
    cmds = data["commands"]
    other = {"adb shell getprop": cmds["getprop"],
             "pm list packages -fiU": cmds["pm list packages -f -i -U -u"],
             "settings  list secure": cmds["settings list secure"],
             "cmd role get-role-holders --user 0 android.app.role.SMS":
                 cmds["cmd role get-role-holders android.app.role.SMS"]}
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"format": 1, "kind": "android", "commands": other}))
    got = statuses(run_phone_check(load_replay(path), today=TODAY))
    assert got["phone.stalkerware"] == "attention" and got["phone.accessibility"] == "attention"
    assert got["phone.sideloaded"] == "attention" and got["phone.root"] == "attention"
    assert got["phone.sms_app"] == "ok"
    # a package list without installers still finds stalkerware, but does not guess installers
    path.write_text(json.dumps({"format": 1, "kind": "android",
                                "commands": {"pm list packages -f": "package:/data/app/a/base.apk=com.thetruth\n"}}))
    got = statuses(run_phone_check(load_replay(path), today=TODAY))
    assert got["phone.stalkerware"] == "attention" and got["phone.sideloaded"] == "unknown"
