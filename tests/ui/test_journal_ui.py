"""Journal views: the model without views, adding with files in a worker, cancel, export."""

from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import Qt

from kit.journal import Journal
from kit.store import Store
from kit.ui.journal.journal_model import JournalModel


def test_model_without_views(qapp):
    store = Store.guest()
    try:
        j = Journal(store)
        j.add("threats", "first line\nsecond", incident_at="2026-01-02T10:00", where="WhatsApp")
        j.add("doxing", "address posted", incident_at="2026-01-01T09:00")
        model = JournalModel()
        model.set_entries(j.entries(), "en")
        assert model.rowCount() == 2 and model.columnCount() == 5
        assert model.data(model.index(0, 1)).startswith("Doxing")  # oldest incident first
        assert model.data(model.index(1, 3)) == "first line"
        assert model.data(model.index(1, 2)) == "WhatsApp"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "When"
    finally:
        store.close()


@pytest.fixture
def journal_home(qtbot, window, state):
    window.open_section("journal")
    page = window.section("journal")
    with qtbot.waitSignal(state.store_opened, timeout=5000):
        qtbot.mouseClick(page.gate.unlock.guest_button, Qt.MouseButton.LeftButton)
    return page.home


def test_add_entry_with_files_in_worker(qtbot, journal_home, tmp_path):
    img = tmp_path / "shot.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(img))
    big = tmp_path / "video.bin"
    big.write_bytes(b"x" * (3 * 1024 * 1024 + 17))
    values = {"type": "harassment", "incident_at": "2026-02-03T04:05", "where": "Instagram",
              "people": "", "description": "messages at night"}
    entry_id = journal_home.save_new(values, [], False)
    worker = journal_home.import_files(entry_id, [img, big], keep_path=False)
    with qtbot.waitSignal(worker.done, timeout=20000):
        pass
    qtbot.waitUntil(lambda: not journal_home.thread.isRunning())
    entry = journal_home.journal.entry(entry_id)
    assert [a.name for a in entry.attachments] == ["shot.png", "video.bin"]
    assert entry.attachments[1].sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    assert entry.attachments[1].original_path is None
    journal_home.select_id(entry_id)
    text = journal_home.detail.text.text()
    assert entry.attachments[1].sha256 in text and "3.0 MB" in text
    assert journal_home.detail.previews, "an image attachment gets a preview"


def test_cancel_keeps_nothing(qtbot, journal_home, tmp_path):
    big = tmp_path / "big.bin"
    big.write_bytes(b"y" * (8 * 1024 * 1024))
    entry_id = journal_home.save_new({"type": "other", "incident_at": None, "where": "", "people": "",
                                      "description": "x"}, [], False)
    worker = journal_home.import_files(entry_id, [big], keep_path=False)
    worker.cancel()
    with qtbot.waitSignal(worker.failed, timeout=20000) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    qtbot.waitUntil(lambda: not journal_home.thread.isRunning())
    assert journal_home.journal.entry(entry_id).attachments == ()


def test_export_from_ui_recomputes(qtbot, journal_home, tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("evidence", "utf-8")
    entry_id = journal_home.save_new({"type": "threats", "incident_at": "2026-01-01T12:00", "where": "SMS",
                                      "people": "", "description": "threat"}, [], False)
    worker = journal_home.import_files(entry_id, [f], keep_path=False)
    with qtbot.waitSignal(worker.done, timeout=10000):
        pass
    qtbot.waitUntil(lambda: not journal_home.thread.isRunning())
    out = journal_home.export(tmp_path / "export")
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert (out / "report.pdf").exists()
    files = manifest.get("files") or manifest.get("attachments")
    assert files
    for rec in files:
        path = out / rec["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == rec["sha256"]


def test_export_runs_off_the_gui_thread_and_quick_exit_cancels_it(qtbot, journal_home, tmp_path, state):
    from kit.ui.widgets import worker_thread

    f = tmp_path / "big.bin"
    with open(f, "wb") as out:
        out.truncate(24 << 20)
    entry_id = journal_home.save_new({"type": "threats", "incident_at": "2026-01-01T12:00", "where": "",
                                      "people": "", "description": "x"}, [], False)
    worker = journal_home.import_files(entry_id, [f], keep_path=False)
    with qtbot.waitSignal(worker.done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not journal_home.thread.isRunning())
    out = tmp_path / "export"
    export_worker = journal_home.export_in_background(out)
    state.quick_exit.trigger()  # at once, while it may still run: cancelled and joined
    assert worker_thread.running() == []
    assert export_worker.cancel_event.is_set()
    assert not out.exists() or (out / "manifest.json").exists(), "no half export is left behind"


def test_a_file_too_large_for_memory_is_told_and_nothing_is_kept(qtbot, journal_home, tmp_path, monkeypatch):
    """A guest session keeps every file in memory: running out of it is said in words that
    point to keeping the progress first, and no half-added file stays behind."""
    from kit.journal import attachments

    real_write = attachments._write

    def full(store, rows):  # the first batch fits, the next one does not
        if rows and rows[0][1] > 0:
            raise MemoryError()
        real_write(store, rows)

    monkeypatch.setattr(attachments, "_write", full)
    monkeypatch.setattr(attachments, "BATCH", 1)
    f = tmp_path / "film.bin"
    f.write_bytes(b"z" * (3 * 1024 * 1024))
    entry_id = journal_home.save_new({"type": "other", "incident_at": None, "where": "", "people": "",
                                      "description": "x"}, [], False)
    worker = journal_home.import_files(entry_id, [f], keep_path=False)
    with qtbot.waitSignal(worker.failed, timeout=20000) as blocker:
        pass
    assert blocker.args == ["memory"]
    qtbot.waitUntil(lambda: not journal_home.thread.isRunning())
    assert journal_home.journal.entry(entry_id).attachments == ()
    qtbot.waitUntil(lambda: getattr(journal_home, "import_message", None) is not None)
    assert "guest session" in journal_home.import_message.text()
