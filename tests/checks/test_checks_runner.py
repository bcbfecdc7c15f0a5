"""The runner: concurrency, time limit per check, progress, cancelling, the report and its JSON."""

from __future__ import annotations

import threading

from conftest import fixture_probe

from kit.checks import Finding, Report, run_checks
from kit.checks.probe import FixtureProbe, Read
from kit.checks.registry import all_checks


class SlowProbe(FixtureProbe):
    """A snapshot whose process list hangs until released (a slow command)."""

    def __init__(self, data, release: threading.Event):
        super().__init__(data)
        self.release = release

    def read(self, method, *args):
        if method == "processes":
            self.release.wait(60)
        return super().read(method, *args)


def _slow(release):
    return SlowProbe(fixture_probe("linux_clean")._source, release)


def test_report_json_has_exactly_the_documented_keys():
    report = run_checks(fixture_probe("linux_positive"))
    data = report.as_json()
    assert list(data) == ["platform", "started", "duration_s", "findings"]
    assert data["platform"] == "linux" and isinstance(data["duration_s"], float)
    assert "T" in data["started"] and ("+" in data["started"] or data["started"].endswith("Z"))
    for f in data["findings"]:
        assert set(f) == {"id", "status", "title", "detail", "meaning", "advice", "evidence", "needs_admin"}
        assert isinstance(f["evidence"], list) and isinstance(f["needs_admin"], bool)
    assert [f["id"] for f in data["findings"]] == [c.id for c in all_checks("linux")]


def test_progress_is_called_once_per_check_in_order_of_finishing():
    calls = []
    report = run_checks(fixture_probe("linux_clean"), progress=lambda *a: calls.append(a))
    total = len(all_checks("linux"))
    assert [c[0] for c in calls] == list(range(1, total + 1))
    assert all(c[1] == total for c in calls)
    assert {c[2] for c in calls} == {f.id for f in report.findings}
    assert all(isinstance(c[3], Finding) for c in calls)


def test_a_slow_read_does_not_hold_the_whole_check():
    release = threading.Event()
    try:
        # without the per-check time-out run_checks would wait for `release`, set only below
        report = run_checks(_slow(release), check_timeout=0.3)
    finally:
        release.set()
    slow = {f.id: f for f in report.findings if f.status == "unknown"}
    assert "processes_catalog" in slow and "took longer" in slow["processes_catalog"].evidence[0]
    assert any(f.status == "ok" for f in report.findings)  # the others finished


def test_cancel_stops_the_run():
    """The UI sets the cancel flag from its own thread while a slow check is running."""
    release, cancel = threading.Event(), threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    try:
        report = run_checks(_slow(release), cancel=cancel, workers=1)
    finally:
        release.set()
        timer.cancel()
        timer.join()
    assert report.cancelled and len(report.findings) < len(all_checks("linux"))


def test_language_and_localized_copies():
    nl = run_checks(fixture_probe("linux_positive"), language="nl")
    assert nl.language == "nl" and all(f.language == "nl" for f in nl.findings)
    en = nl.localized("en")
    assert en.findings[0].title != nl.findings[0].title
    assert [f.status for f in en.findings] == [f.status for f in nl.findings]


def test_grouping_order():
    report = run_checks(fixture_probe("linux_positive"))
    assert list(report.grouped()) == ["attention", "info", "unknown", "ok"]
    assert isinstance(report, Report) and report.counts()["attention"] > 10


def test_findings_never_unknown_for_ok_reads():
    """An empty process list is a valid answer; only failed reads give unknown."""
    probe = fixture_probe("linux_clean", {("processes",): Read([])})
    f = run_checks(probe, only=["processes_catalog"]).findings[0]
    assert f.status == "ok"
