"""The computer-check page: worker thread, grouped results, responsive UI, print and journal."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kit.checks.probe.fixture import FixtureProbe
from tests.helpers import pdf_text

FIXTURES = Path(__file__).parents[1] / "checks" / "fixtures"


class GatedProbe(FixtureProbe):
    """A fixture probe whose process list blocks until the test opens the gate; `entered` is set
    once a check is blocked on it."""

    def __init__(self, data, gate: threading.Event):
        super().__init__(data)
        self.gate = gate
        self.entered = threading.Event()

    def processes(self, *args, **kwargs):
        # in the GUI thread the gate would never open: fail instead of hanging
        assert threading.current_thread() is not threading.main_thread(), "check runs in the GUI thread"
        self.entered.set()
        self.gate.wait()  # no time limit: the test always opens the gate (in a finally)
        return super().processes(*args, **kwargs)


@pytest.fixture
def page(qtbot, window, state):
    from kit.ui.check.check_page import CheckPage

    p = CheckPage(state, None, FixtureProbe.load(FIXTURES / "linux_positive.json"))
    qtbot.addWidget(p)
    p.show()
    yield p
    if p.thread is not None:
        p.cancel()
        p.thread.quit()
        p.thread.wait()


def run(qtbot, page):
    worker = page.start()
    with qtbot.waitSignal(worker.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: page.report is not None)
    return page.report


def test_results_grouped_with_words_and_icons(qtbot, page):
    report = run(qtbot, page)
    assert report.counts()["attention"] > 0
    groups = page.results.group_items()
    assert "attention" in groups and groups["attention"].isExpanded()
    assert groups["attention"].text(0).startswith("Needs attention")
    assert not groups["attention"].icon(0).isNull()
    last = page.results.topLevelItem(page.results.topLevelItemCount() - 1).text(0)
    assert "not proof" in last
    assert page.progress.value() == page.progress.maximum()
    assert all(page.status.item(i).text().split(": ")[-1] != "…" for i in range(page.status.count()))


def test_event_loop_keeps_running_during_the_check(qtbot, window, state):
    """While a check is blocked in the worker thread, the window still handles events.

    No timing: the probe blocks until the test opens the gate, the test waits for the probe to
    be entered and for signals, and joins the thread at the end.
    """
    import json

    from kit.ui.check.check_page import CheckPage

    gate = threading.Event()
    probe = GatedProbe(json.loads((FIXTURES / "linux_clean.json").read_text("utf-8")), gate)
    page = CheckPage(state, None, probe)
    page.check_timeout = 3600  # a blocked check must not turn into "could not check" on a slow machine
    qtbot.addWidget(page)
    try:
        worker = page.start()
        finished = []
        worker.finished.connect(finished.append)
        qtbot.waitUntil(probe.entered.is_set, timeout=60000)  # a check is now blocked in the worker thread
        timer = QTimer()
        timer.setSingleShot(True)
        with qtbot.waitSignal(timer.timeout, timeout=60000):  # ... and the event loop still runs timers
            timer.start(0)
        assert page.report is None and page.cancel_button.isEnabled() and not finished
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page.report is not None, timeout=60000)
    assert finished and not page.cancel_button.isEnabled()
    page.thread.quit()
    assert page.thread.wait()


def test_pdf_of_the_report(qtbot, page, tmp_path):
    report = run(qtbot, page)
    text = " ".join(pdf_text(page.save_pdf(tmp_path / "check.pdf")).split())
    first = next(f for f in report.findings if f.status == "attention")
    assert " ".join(first.title.split())[:30] in text
    assert "not proof" in text


def test_save_to_journal_with_hash(qtbot, page, state):
    from kit.journal import Journal
    from kit.report.check_report import snapshot_hash
    from kit.store import Store

    run(qtbot, page)
    state.set_store(Store.guest(), guest=True)
    entry_id = page.save_to_journal_quietly()
    entry = Journal(state.store).entry(entry_id)
    assert entry.type == "spyware"
    digest = snapshot_hash(page.report)
    assert digest in entry.description
    assert entry.attachments[0].name == "computer-check.json"
    assert Journal(state.store).verify_attachment(entry.attachments[0].id)


def test_only_the_checks_of_this_system_are_listed(qtbot, page):
    from kit.checks import all_checks

    run(qtbot, page)
    assert page.status.count() == len(all_checks("linux"))
    texts = [page.status.item(i).text() for i in range(page.status.count())]
    assert not any(t.endswith("…") for t in texts)
    assert page.status.wordWrap()  # names are wrapped, never cut off


def test_live_page_lists_only_this_systems_checks(qtbot, state, monkeypatch):
    from kit.checks import all_checks
    from kit.checks.probe import live
    from kit.ui.check.check_page import CheckPage

    monkeypatch.setattr(live, "current_system", lambda: "macos")
    p = CheckPage(state, None, None)
    qtbot.addWidget(p)
    monkeypatch.setattr("kit.ui.widgets.worker_thread.start", lambda *a: None)  # do not read this computer
    p.start()
    assert p.status.count() == len(all_checks("macos")) < len(all_checks())


def test_plain_words_first_and_technical_details_collapsed_and_translated(qtbot, page, state):
    from PySide6.QtCore import Qt

    from kit.ui.check.check_results import DETAILS_ROLE

    report = run(qtbot, page)
    items = page.results.finding_items()
    assert len(items) == len(report.findings)
    for item in items:
        f = next(x for x in report.findings if x.id == item.data(0, 256) and
                 item.text(0).endswith(x.title) or x.title in item.text(0))
        first = item.child(0).text(0)
        assert first == f.detail
        last = item.child(item.childCount() - 1)
        if f.evidence:
            assert last.data(0, DETAILS_ROLE) and not last.isExpanded()
            assert last.text(0) == "Technical details"
            assert last.data(0, Qt.ItemDataRole.AccessibleTextRole).startswith("Technical details: ")
    state.languages.apply("nl")
    page.retranslate()
    details = [i.child(i.childCount() - 1) for i in page.results.finding_items()]
    lines = [d.child(k).text(0) for d in details if d.data(0, DETAILS_ROLE) for k in range(d.childCount())]
    assert any(line.startswith("lopende programma's") for line in lines)
    assert not any(line.startswith(("folder ", "file ", "running processes")) for line in lines)
    state.languages.apply("en")


def test_no_two_results_share_an_accessible_name(qtbot, page):
    from PySide6.QtCore import Qt

    run(qtbot, page)
    names = []
    for item in page.results.finding_items():
        names.append(item.text(0))
        for k in range(item.childCount()):
            child = item.child(k)
            # a row is told apart by its name, or else by its description (the result it is in)
            names.append((child.data(0, Qt.ItemDataRole.AccessibleTextRole) or child.text(0),
                          child.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)))
    dupes = {str(n) for n in names if names.count(n) > 1}
    assert not dupes


def test_the_end_of_the_check_is_announced(qtbot, page, monkeypatch):
    from PySide6.QtGui import QAccessible

    sent = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: sent.append(
        (type(event).__name__, getattr(event, "message", lambda: "")())))
    report = run(qtbot, page)
    counts = report.counts()
    name = page.summary.accessibleName()
    assert name.startswith("The check is finished.")
    assert f"{counts['attention']} need attention" in name
    assert any(kind == "QAccessibleAnnouncementEvent" and msg == name for kind, msg in sent)


def test_long_sentences_wrap_instead_of_being_cut_off(qtbot, page):
    run(qtbot, page)
    page.results.resize(360, 500)
    item = page.results.finding_items()[0]
    item.setExpanded(True)
    detail = item.child(0)
    qtbot.waitUntil(lambda: page.results.visualItemRect(detail).height()
                    > 2 * page.results.fontMetrics().height())
    assert page.results.textElideMode().name == "ElideNone"
