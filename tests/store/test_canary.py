"""No plaintext leaks: canary strings written through every store and journal API must not be
found, in UTF-8 or UTF-16, in any file under the data folder, the temp folder or HOME."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

from kit.journal import Journal, export
from kit.store import Store, remember_key

from .scan import files_under, find_canaries


def _canary(what: str) -> str:
    return f"CANARY-{what}-{uuid.uuid4().hex[:12]}-é"


def test_no_user_text_on_disk(qapp, folder, tmp_path, monkeypatch):
    c = {k: _canary(k) for k in (
        "passphrase", "setting-key", "setting-value", "guide", "step", "note", "plan-guide",
        "plan-reason", "plan-answer", "module", "tally", "description", "where", "people",
        "edited", "attachment-body", "attachment-name", "attachment-dir", "crash-note")}
    passphrase = c["passphrase"]
    roots = [folder, Path(os.environ["TMPDIR"]), Path(os.environ["HOME"])]

    def assert_clean(moment: str):
        assert files_under(folder), "the scan must see the store's files"
        hits = find_canaries(roots, list(c.values()))
        assert hits == [], f"plaintext found {moment}: {hits}"

    store = Store.create(folder, passphrase)
    remember_key(folder, passphrase)  # the in-memory test keychain: not a file
    store.set_setting(c["setting-key"], c["setting-value"])
    store.set_step(c["guide"], c["step"], "done")
    store.set_note(c["guide"], c["step"], c["note"])
    store.save_plan([{"guide": c["plan-guide"], "reasons": [c["plan-reason"]]}],
                    {"q": c["plan-answer"]})
    store.log_session(c["module"], "2026-03-01", 7, {c["tally"]: 3})

    journal = Journal(store)
    entry = journal.add("sextortion", c["description"], incident_at="2026-02-01T20:15",
                        where=c["where"], people=c["people"])
    journal.edit(entry, description=c["edited"])
    src_dir = tmp_path / "outside" / c["attachment-dir"]
    src_dir.mkdir(parents=True)
    src = src_dir / f"{c['attachment-name']}.txt"
    src.write_text((c["attachment-body"] + "\n") * 5000, "utf-8")
    att = journal.add_attachment(entry, src, keep_path=True)
    second = journal.add(
        "other", c["description"], where=c["where"], people=c["people"])
    journal.delete(second)
    journal.remove_attachment(journal.add_attachment(entry, src).id)
    store.export_backup(Path(os.environ["TMPDIR"]) / "moving.kitdb")
    assert journal.attachment(att.id).original_path == str(src.resolve())
    assert_clean("while the store is open")

    store.close()
    assert_clean("after closing")

    with Store.open(folder, passphrase) as s:  # a clean unlock: sqlcipher_export backup
        export(s, tmp_path / "export")  # plaintext by design, but only where asked
        s.set_step("g", "s", "skip")
    assert_clean("after a backup and an export")

    from kit.store import backup

    with monkeypatch.context() as m:
        m.setattr(backup, "RAW_COPY_MIN", 0)
        Store.open(folder, passphrase).close()  # as for a big store: byte-copy backup
    assert_clean("after a byte-copy backup")

    code = ("import os, sys\nfrom kit.store import Store\n"
            "s = Store.open(sys.argv[1], sys.argv[2])\n"
            "s.set_note('g', 's', sys.argv[3])\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(folder), passphrase, c["crash-note"]],
                   check=True, timeout=60)
    assert (folder / "kit.db-wal").stat().st_size > 0
    assert_clean("with a WAL left by a crash")

    with Store.open(folder, passphrase) as s:  # backup exported by SQLCipher
        assert s.notes("g") == {"s": c["crash-note"]}
        assert Journal(s).entry(entry).description == c["edited"]
    assert len(Store.backups(folder)) >= 2
    assert_clean("after recovery")

    # the scan itself works: the canaries are in the plaintext export and in the source file
    assert find_canaries(tmp_path / "export", [c["edited"], c["attachment-body"]])
    assert find_canaries(src_dir, [c["attachment-body"]])
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text(c["note"], "utf-16")
    assert find_canaries(tmp_path, [c["note"]]) == [(str(utf16), c["note"], "utf-16-le")]
