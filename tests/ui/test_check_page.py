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
    """A fixture probe whose reads wait until the test opens the gate."""

    def __init__(self, data, gate: threading.Event):
        super().__init__(data)
        self.gate = gate

    def processes(self, *args, **kwargs):
        self.gate.wait(30)
        return super().processes(*args, **kwargs)


@pytest.fixture
def page(qtbot, window, state):
    from kit.ui.check_page import CheckPage

    p = CheckPage(state, None, FixtureProbe.load(FIXTURES / "linux_positive.json"))
    qtbot.addWidget(p)
    p.show()
    yield p
    if p.thread is not None:
        p.cancel()
        p.thread.quit()
        p.thread.wait(5000)


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
    import json

    from kit.ui.check_page import CheckPage

    gate = threading.Event()
    probe = GatedProbe(json.loads((FIXTURES / "linux_clean.json").read_text("utf-8")), gate)
    page = CheckPage(state, None, probe)
    qtbot.addWidget(page)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    worker = page.start()
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)  # the check is blocked, the UI is not
    assert page.report is None and page.cancel_button.isEnabled()
    with qtbot.waitSignal(worker.finished, timeout=20000):
        gate.set()
    timer.stop()
    page.thread.wait(5000)


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
