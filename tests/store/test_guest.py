"""Guest mode (a digibank): an in-memory store that writes nothing to disk, not even temp files."""

import os
from pathlib import Path

from kit.journal import Journal, export
from kit.store import Store


def _tree(*roots: Path) -> dict:
    found = {}
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                stat = path.lstat()
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


def test_guest_writes_nothing(folder, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    video = src / "clip.mp4"
    video.write_bytes(os.urandom(3 * 1024 * 1024 + 5))
    tmp = Path(os.environ["TMPDIR"])
    assert tmp == tmp_path / "tmp", "TMPDIR is the test's own temp folder"
    watched = [tmp, folder.parent / "home", folder.parent]
    before = _tree(*watched)

    store = Store.guest()
    assert store.is_guest and store.folder is None
    store.set_step("g", "s", "done")
    store.set_note("g", "s", "guest note")
    store.set_setting("language", "fr")
    store.save_plan([["g", "why"]], {"q": 1})
    store.log_session("m", "2026-01-01", 3, {"x": 1})
    journal = Journal(store)
    entry = journal.add("threats", "guest entry", where="SMS")
    att = journal.add_attachment(entry, video)
    journal.edit(entry, description="changed")
    assert b"".join(journal.read_attachment(att.id)) == video.read_bytes()
    assert store.steps("g") == {"s": "done"}
    store.close()

    after = _tree(*watched)
    assert after == before, "guest mode created or changed files"
    assert not folder.exists()


def test_guest_data_is_gone_after_close():
    store = Store.guest()
    store.set_step("g", "s", "done")
    store.close()
    assert Store.guest().steps("g") == {}


def test_guest_export_goes_only_where_asked(qapp, tmp_path):
    with Store.guest() as store:
        Journal(store).add("other", "x")
        out = export(store, tmp_path / "out")
    assert (out / "report.pdf").exists() and (out / "manifest.json").exists()
