"""The phone-check page: consent first, steps per brand, a replayed check in a worker thread,
results like the computer check, a clear message for every failure, journal and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.phone import PhoneError, load_replay
from tests.helpers import pdf_text

FIXTURES = Path(__file__).parents[1] / "phone" / "fixtures"


def make(qtbot, state, opener):
    from kit.ui.check.phone_page import PhonePage

    page = PhonePage(state, None, opener)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def stop_threads():
    pages = []
    yield pages
    for p in pages:
        if p.thread is not None:
            p.cancel()
            p.thread.quit()
            p.thread.wait()


def run(qtbot, page):
    page.consent.setChecked(True)
    page.show_setup()
    worker = page.start()
    assert worker is not None
    # ends with `finished` or `failed`: wait for the thread itself (waiting for `finished` alone
    # sat out its whole time-out on every failure case)
    qtbot.waitUntil(lambda: not page.thread.isRunning(), timeout=20000)


def test_consent_comes_first(qtbot, window, state, stop_threads):
    page = make(qtbot, state, lambda: load_replay(FIXTURES / "android14_clean.json"))
    stop_threads.append(page)
    assert page.pages.currentWidget() is page.intro
    assert not page.next_button.isEnabled()
    assert page.start() is None  # no check without consent
    page.consent.setChecked(True)
    assert page.next_button.isEnabled()
    page.next_button.click()
    assert page.pages.currentWidget() is page.setup


def test_steps_per_brand_and_for_iphone(qtbot, window, state, stop_threads):
    page = make(qtbot, state, lambda: None)
    stop_threads.append(page)
    seen = set()
    for i in range(page.brand.count()):
        page.brand.setCurrentIndex(i)
        assert "USB debugging" in page.steps.text() and "Allow" in page.steps.text()
        seen.add(page.steps.text())
    assert len(seen) == page.brand.count()
    page.kind_iphone.setChecked(True)
    page.show_setup()
    assert "Trust This Computer?" in page.steps.text() and not page.brand.isVisibleTo(page)


def test_android_replay_results_and_after_advice(qtbot, window, state, stop_threads):
    page = make(qtbot, state, lambda: load_replay(FIXTURES / "android14_positive.json"))
    stop_threads.append(page)
    run(qtbot, page)
    assert page.report is not None and page.report.counts()["attention"] >= 8
    groups = page.results.group_items()
    assert groups["attention"].isExpanded()
    last = page.results.topLevelItem(page.results.topLevelItemCount() - 1).text(0)
    assert "iCloud" in last
    assert "Revoke USB debugging" in page.after.text()
    assert page.save_button.isEnabled() and page.pdf_button.isEnabled()
    opened = []
    state.open_section.connect(opened.append)
    page.guides_button.click()
    assert opened == ["separation"]  # the account guides: what a USB check cannot see


def test_iphone_replay_after_advice(qtbot, window, state, stop_threads):
    page = make(qtbot, state, lambda: load_replay(FIXTURES / "ios_positive.json"))
    stop_threads.append(page)
    page.kind_iphone.setChecked(True)
    run(qtbot, page)
    assert "Reset Location & Privacy" in page.after.text()
    assert {page.status.item(i).text().split(":")[0] for i in range(page.status.count())} >= {"Jailbreak"}


@pytest.mark.parametrize("code, words", [
    ("no_device", "No phone found"), ("debugging_off", "USB debugging is off"),
    ("not_authorised", "Allow USB debugging?"), ("busy", "another program"),
    ("driver", "WinUSB"), ("permission", "udev"), ("usbmuxd", "Apple Mobile Device Support"),
    ("not_trusted", "Trust This Computer?"), ("ios_extra", "ontkoppel[iphone]"),
    ("locked", "locked"), ("disconnected", "lost"), ("failed", "could not run")])
def test_every_failure_says_what_to_do(qtbot, window, state, stop_threads, code, words):
    def opener():
        raise PhoneError(code, "detail")

    page = make(qtbot, state, opener)
    stop_threads.append(page)
    run(qtbot, page)
    assert page.report is None and page.error.isVisible()
    assert words in page.error.text()
    assert page.again_button.isEnabled() and not page.save_button.isEnabled()


def test_a_broken_source_is_a_failure_not_a_crash(qtbot, window, state, stop_threads):
    def opener():
        raise RuntimeError("boom")

    page = make(qtbot, state, opener)
    stop_threads.append(page)
    run(qtbot, page)
    assert page.error_code == "failed"


def test_journal_and_pdf(qtbot, window, state, stop_threads, tmp_path):
    from kit.journal import Journal
    from kit.report.check_report import snapshot_hash
    from kit.store import Store

    state.set_store(Store.guest(), guest=True)
    page = make(qtbot, state, lambda: load_replay(FIXTURES / "android10_positive.json"))
    stop_threads.append(page)
    run(qtbot, page)
    entry_id = page.save_to_journal_quietly()
    entry = Journal(state.store).entry(entry_id)
    assert entry.type == "spyware" and snapshot_hash(page.report) in entry.description
    assert entry.attachments[0].name == "phone-check.json"
    assert Journal(state.store).verify_attachment(entry.attachments[0].id)
    saved = b"".join(Journal(state.store).read_attachment(entry.attachments[0].id))
    assert b"ZY2254ABCD" not in saved and b"Package [" not in saved and b"mSpy" in saved  # no dump
    pdf = page.save_pdf(tmp_path / "phone.pdf")
    text = pdf_text(pdf)
    assert "mSpy" in text and "SHA-256" in text


def test_quick_exit_resets_the_page(qtbot, window, state, stop_threads):
    page = make(qtbot, state, lambda: load_replay(FIXTURES / "ios_clean.json"))
    stop_threads.append(page)
    page.kind_iphone.setChecked(True)
    run(qtbot, page)
    page.reset()
    assert page.report is None and not page.consent.isChecked()
    assert page.pages.currentWidget() is page.intro
