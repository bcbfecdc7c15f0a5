"""Export for police or a lawyer: report.pdf, the files and manifest.json; every hash is
recomputed from the export itself."""

import hashlib
import importlib
import json
import os
import zipfile
from datetime import datetime

import pytest

from kit.journal import export
from kit.journal.export import safe_name
from kit.report.journal import journal_report_html
from kit.store import StoreExists

export_module = importlib.import_module("kit.journal.export")  # the module, not the function


@pytest.fixture(autouse=True)
def _qapp(qapp):
    """The PDF needs a Qt application. Let pytest-qt make it, a QApplication, as the widget
    tests later in the same session expect (the export alone would make a QGuiApplication)."""
    return qapp


@pytest.fixture
def filled(journal, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "screenshot.png").write_bytes(os.urandom(70_000))
    (src / "bank: statement?.pdf").write_bytes(os.urandom(2 * 1024 * 1024 + 3))
    first = journal.add("financial-control", "Blocked my bank app", incident_at="2026-02-01T09:00",
                        where="KBC Mobile", people="ex-partner")
    second = journal.add("threats", "Threat by SMS", incident_at="2026-01-15T22:10", where="SMS")
    journal.add_attachment(first, src / "screenshot.png")
    journal.add_attachment(first, src / "bank: statement?.pdf")
    journal.add_attachment(second, src / "screenshot.png")
    journal.edit(second, description="Threat by SMS, at night")
    gone = journal.add("other", "deleted entry")
    journal.delete(gone)
    return journal


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_manifest(manifest, read, journal):
    assert manifest["format"] == "ontkoppel-journal-export/1"
    assert manifest["entries"] == 2
    datetime.fromisoformat(manifest["exported_at"])
    assert len(manifest["files"]) == 3
    stored = {a.id: a for e in journal.entries() for a in e.attachments}
    for rec in manifest["files"]:
        data = read(rec["path"])
        assert _sha(data) == rec["sha256"] == stored[rec["attachment_id"]].sha256
        assert len(data) == rec["size"] and rec["verified"]
    report = manifest["report"]
    pdf = read(report["path"])
    assert pdf.startswith(b"%PDF") and _sha(pdf) == report["sha256"]


def test_export_folder(filled, tmp_path):
    out = export(filled.store, tmp_path / "for-police", lang="en")
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    _check_manifest(manifest, lambda p: (out / p).read_bytes(), filled)
    names = sorted(p.name for p in (out / "attachments").iterdir())
    assert len(names) == 3 and any("bank_ statement_.pdf" in n for n in names)
    assert "deleted entry" not in json.dumps(manifest)


def test_report_pdf_text(filled, tmp_path):
    pytest.importorskip("pypdf")
    from tests.helpers import pdf_text

    out = export(filled.store, tmp_path / "x", lang="nl")
    text = pdf_text(out / "report.pdf")
    for needle in ("Bewijslogboek", "Blocked my bank app", "KBC Mobile", "ex-partner",
                   "Financiële controle via bankapps", "screenshot.png", "2026-01-15 22:10"):
        assert needle in text, needle
    assert text.index("Threat by SMS") < text.index("Blocked my bank app"), "chronological"
    att = filled.entries()[0].attachments[0]
    assert att.sha256 in text.replace("\n", "").replace(" ", "")


def test_export_zip(filled, tmp_path):
    out = export(filled.store, tmp_path / "for-lawyer", zip=True)
    assert out == tmp_path / "for-lawyer.zip"
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        _check_manifest(manifest, zf.read, filled)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "for-lawyer.zip", "home",
                                                          "src", "tmp"], "no leftovers"


def test_export_never_overwrites(filled, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file").write_text("x")
    with pytest.raises(StoreExists):
        export(filled.store, tmp_path / "busy")
    export(filled.store, tmp_path / "z.zip", zip=True)
    with pytest.raises(StoreExists):
        export(filled.store, tmp_path / "z.zip", zip=True)


def test_export_includes_deleted_only_when_asked(filled, tmp_path):
    out = export(filled.store, tmp_path / "all", include_deleted=True)
    assert json.loads((out / "manifest.json").read_text("utf-8"))["entries"] == 3


def test_a_damaged_attachment_is_flagged(filled, tmp_path):
    with filled.store.transaction() as db:
        db.execute("UPDATE attachment_chunks SET data = zeroblob(length(data)) WHERE seq = 0")
    out = export(filled.store, tmp_path / "x")
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert not any(rec["verified"] for rec in manifest["files"])
    for rec in manifest["files"]:
        assert _sha((out / rec["path"]).read_bytes()) == rec["sha256"] != rec["recorded_sha256"]


def test_report_html_labels_in_three_languages(filled):
    entries = filled.entries()
    when = datetime(2026, 3, 1, 12, 0).astimezone()
    for lang, words in {"nl": ("Bewijslogboek", "Betrokken personen", "Geëxporteerd op"),
                        "fr": ("Journal de preuves", "Personnes impliquées", "Exporté le"),
                        "en": ("Evidence journal", "People involved", "Exported on")}.items():
        html = journal_report_html(entries, when, lang)
        for word in words:
            assert word in html, (lang, word)
        assert "2026-03-01 12:00" in html
        for e in entries:
            for a in e.attachments:
                assert a.sha256 in html and a.name in html


def test_report_escapes_user_text(journal):
    journal.add("other", "<script>alert(1)</script> & <b>bold</b>")
    html = journal_report_html(journal.entries(), datetime.now().astimezone(), "en")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_safe_names():
    assert safe_name('a/b\\c:d*e?f"g<h>i|j') == "a_b_c_d_e_f_g_h_i_j"
    assert safe_name("..") == "file"
    long = safe_name("x" * 300 + ".jpeg")
    assert len(long) <= 80 and long.endswith(".jpeg")


# -- issue 13: exports are created exclusively and never through a link ---------------------
def test_zip_export_never_writes_through_planted_links(filled, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    victim = tmp_path / "cloud-synced-file.txt"
    victim.write_text("unrelated")
    (out / "evidence.zip.partial").symlink_to(victim)  # the old fixed temporary name
    (out / ".evidence.zip.report.pdf.partial").symlink_to(victim)
    user_file = out / "holiday-video.mp4.partial"
    user_file.write_bytes(b"the person's own file")
    result = export(filled.store, out / "evidence", zip=True)
    assert result == out / "evidence.zip" and zipfile.is_zipfile(result)
    assert not result.is_symlink()
    assert victim.read_text() == "unrelated"
    assert user_file.read_bytes() == b"the person's own file"
    assert sorted(p.name for p in out.iterdir()) == [
        ".evidence.zip.report.pdf.partial", "evidence.zip", "evidence.zip.partial",
        "holiday-video.mp4.partial"], "no temporary file left, nothing of the person's removed"


def test_zip_export_refuses_an_existing_link_as_target(filled, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("unrelated")
    (tmp_path / "evidence.zip").symlink_to(victim)
    with pytest.raises(StoreExists):
        export(filled.store, tmp_path / "evidence", zip=True)
    assert victim.read_text() == "unrelated"


def test_an_export_folder_that_is_a_link_is_refused(filled, tmp_path):
    elsewhere = tmp_path / "cloud"
    elsewhere.mkdir()
    (tmp_path / "export").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(export_module.ExportLinkRefused) as err:
        export(filled.store, tmp_path / "export")
    assert "link" in str(err.value)
    (tmp_path / "chosen").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(export_module.ExportLinkRefused):
        export(filled.store, tmp_path / "chosen" / "journal-export")
    with pytest.raises(export_module.ExportLinkRefused):
        export(filled.store, tmp_path / "chosen" / "evidence", zip=True)
    assert list(elsewhere.iterdir()) == []


def test_a_failed_folder_export_removes_only_what_it_made(filled, tmp_path, monkeypatch):
    out = tmp_path / "export"
    out.mkdir()

    def broken(html, title):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_render_pdf", broken)
    with pytest.raises(OSError):
        export(filled.store, out)
    assert out.is_dir() and list(out.iterdir()) == [], "the chosen folder itself is kept"


def test_the_real_path_is_shown(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real, target_is_directory=True)
    assert export_module.real_path(tmp_path / "alias" / "x") == real.resolve() / "x"
