"""Attachments: chunked copy into the store, SHA-256 while copying, progress, cancel, path."""

import hashlib
import os
import threading

import pytest

from kit.journal import attachments as files
from kit.store import Cancelled, Store

from .conftest import PASS


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "src" / "clip 1.mp4"
    path.parent.mkdir()
    path.write_bytes(os.urandom(5 * files.CHUNK + 12345))
    return path


def test_import_hash_and_read_back(journal, video):
    entry_id = journal.add("image-sharing", "shared without consent")
    seen = []
    att = journal.add_attachment(entry_id, video, progress=lambda d, t: seen.append((d, t)))
    data = video.read_bytes()
    assert att.sha256 == hashlib.sha256(data).hexdigest()
    assert (att.name, att.size, att.mime) == ("clip 1.mp4", len(data), "video/mp4")
    assert att.original_path is None, "the path is not kept unless asked"
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) == 6
    chunks = list(journal.read_attachment(att.id))
    assert max(len(c) for c in chunks) <= files.CHUNK and len(chunks) == 6
    assert b"".join(chunks) == data
    assert journal.verify_attachment(att.id)
    entry = journal.entry(entry_id)
    assert entry.attachments == (att,) and entry.version == 2
    assert journal.history(entry_id)[-1].action == "attachment-added"


def test_chunks_are_rows_in_the_database(journal, video):
    att = journal.add_attachment(journal.add("other", "x"), video)
    with journal.store.reading() as db:
        sizes = [r[0] for r in db.execute(
            "SELECT length(data) FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
            [att.id])]
    assert sizes == [files.CHUNK] * 5 + [12345]


def test_keep_path_only_when_asked(journal, video):
    att = journal.add_attachment(journal.add("other", "x"), video, keep_path=True)
    assert att.original_path == str(video.resolve())


def test_empty_file_and_unknown_type(journal, tmp_path):
    empty = tmp_path / "empty.zzunknown"
    empty.write_bytes(b"")
    att = journal.add_attachment(journal.add("other", "x"), empty)
    assert att.size == 0 and att.sha256 == hashlib.sha256(b"").hexdigest()
    assert att.mime == "application/octet-stream"
    assert list(journal.read_attachment(att.id)) == []


@pytest.mark.parametrize("kind", ["event", "callable"])
def test_cancel_leaves_nothing(journal, video, kind):
    entry_id = journal.add("other", "x")
    event = threading.Event()

    def progress(done, total):
        if done >= 2 * files.CHUNK:
            event.set()

    cancel = event if kind == "event" else event.is_set
    with pytest.raises(Cancelled):
        journal.add_attachment(entry_id, video, progress=progress, cancel=cancel)
    assert journal.entry(entry_id).attachments == ()
    with journal.store.reading() as db:
        assert db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert [r.action for r in journal.history(entry_id)] == ["created"]


def test_unreadable_file(journal, tmp_path):
    with pytest.raises(OSError):
        journal.add_attachment(journal.add("other", "x"), tmp_path / "missing.jpg")


def test_interrupted_copy_is_removed_at_next_open(folder, store, video):
    from kit.journal import Journal

    j = Journal(store)
    entry_id = j.add("other", "x")
    with store.transaction() as db:  # what a crash in the middle of a copy leaves
        table = db["attachments"].insert({"entry_id": entry_id, "name": "half.mp4",
                                          "added_at": "x", "complete": 0})
        db["attachment_chunks"].insert({"attachment_id": table.last_rowid, "seq": 0,
                                        "data": b"x"})
    store.close()
    with Store.open(folder, PASS) as s, s.reading() as db:
        assert db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_remove_attachment_is_recorded(journal, video):
    entry_id = journal.add("other", "x")
    att = journal.add_attachment(entry_id, video)
    journal.remove_attachment(att.id)
    assert journal.entry(entry_id).attachments == ()
    history = journal.history(entry_id)
    assert history[-1].action == "attachment-removed"
    assert history[-1].changes["attachments"][0][0]["sha256"] == att.sha256


def test_save_attachment_streams_and_never_overwrites(journal, video, tmp_path):
    att = journal.add_attachment(journal.add("other", "x"), video)
    out = tmp_path / "copy.mp4"
    assert journal.save_attachment(att.id, out) == att.sha256
    assert out.read_bytes() == video.read_bytes()
    with pytest.raises(FileExistsError):
        journal.save_attachment(att.id, out)


def test_other_writes_go_on_during_an_import(journal, video):
    """A step ticked from another thread while a file is copied is saved on its own."""
    entry_id = journal.add("other", "x")
    store = journal.store
    ticked = []

    def progress(done, total):
        if not ticked:
            t = threading.Thread(target=lambda: (store.set_step("g", "s", "done"),
                                                 ticked.append(True)))
            t.start()
            t.join()

    with pytest.raises(Cancelled):
        journal.add_attachment(entry_id, video, progress=progress,
                               cancel=lambda: bool(ticked))
    assert store.steps("g") == {"s": "done"}, "the cancelled import did not take the tick along"


def test_attach_generated_bytes(journal):
    entry_id = journal.add("spyware", "computer check")
    data = b'{"findings": []}' * 200_000  # about 3 MiB: several chunks
    att = journal.add_attachment_data(entry_id, "computer-check.json", data)
    assert (att.name, att.mime, att.size) == ("computer-check.json", "application/json", len(data))
    assert att.sha256 == hashlib.sha256(data).hexdigest() and att.original_path is None
    assert b"".join(journal.read_attachment(att.id)) == data
    assert journal.history(entry_id)[-1].action == "attachment-added"
