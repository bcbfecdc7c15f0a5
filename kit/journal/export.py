"""Export for police or a lawyer: a folder (or ZIP) with report.pdf, the attachments and
manifest.json with every SHA-256.

Attachments are streamed out of the store chunk by chunk and hashed again on the way; a file
whose hash differs from the one recorded at import is marked `"verified": false` in the
manifest and with a warning in the report. Nothing is written to the temp folder: in ZIP mode
the PDF is rendered next to the ZIP and removed once it is inside.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

from kit import DEFAULT_LANGUAGE, LANGUAGES, __version__
from kit.journal.attachments import write_stream
from kit.journal.journal import Journal
from kit.store.errors import StoreExists
from kit.store.files import private_dir, private_umask
from kit.store.records import LANGUAGE_SETTING

FORMAT = "ontkoppel-journal-export/1"
REPORT = "report.pdf"
MANIFEST = "manifest.json"
ATTACHMENT_DIR = "attachments"


def safe_name(name: str, limit: int = 80) -> str:
    """A file name that is valid on Windows, macOS and Linux."""
    name = re.sub(r'[\x00-\x1f<>:"/\\|?*]', "_", name).strip(" .") or "file"
    if len(name) > limit:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: limit - len(ext) - 1] + "." + ext) if dot and len(ext) < 10 else name[:limit]
    return name


def _language(store, lang: str | None) -> str:
    lang = lang or store.get_setting(LANGUAGE_SETTING) or DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while block := f.read(1 << 20):
            sha.update(block)
    return sha.hexdigest()


def _render_pdf(html: str, path: Path, title: str) -> None:
    from kit.ui.printing import html_to_pdf  # lazy: the only Qt in the journal

    html_to_pdf(html, path, title=title)


def _zip_target(out: Path) -> Path:
    return out if out.suffix.lower() == ".zip" else out.with_name(out.name + ".zip")


def export(store, out_dir: Path, zip: bool = False, lang: str | None = None,
           include_deleted: bool = False) -> Path:
    """Write the export; returns the folder or the ZIP file. Never overwrites anything."""
    out_dir = Path(out_dir)
    journal = Journal(store)
    lang = _language(store, lang)
    entries = journal.entries(include_deleted=include_deleted)
    histories = {e.id: journal.history(e.id) for e in entries}
    exported_at = datetime.now().astimezone().replace(microsecond=0)
    if zip:
        target = _zip_target(out_dir)
        if target.exists():
            raise StoreExists("The export file already exists.")
        return _export_zip(store, target, entries, histories, exported_at, lang)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise StoreExists("The export folder already exists and is not empty.")
    return _export_folder(store, out_dir, entries, histories, exported_at, lang)


def _plan(entries) -> list[tuple]:
    """(attachment, path inside the export) for every attachment, in report order."""
    out = []
    for entry in entries:
        for att in entry.attachments:
            out.append((att, f"{ATTACHMENT_DIR}/{entry.id:04d}-{att.id:04d}-{safe_name(att.name)}"))
    return out


def _file_record(att, arcname: str, sha256: str) -> dict:
    return {"path": arcname, "entry_id": att.entry_id, "attachment_id": att.id, "name": att.name,
            "size": att.size, "mime": att.mime, "sha256": sha256,
            "recorded_sha256": att.sha256, "verified": sha256 == att.sha256}


def _manifest(records: list[dict], report: dict, entries, exported_at, lang) -> dict:
    return {"format": FORMAT, "app_version": __version__, "exported_at": exported_at.isoformat(),
            "language": lang, "entries": len(entries), "report": report, "files": records}


def _report_html(entries, histories, records, exported_at, lang) -> tuple[str, str]:
    from kit.report.journal import journal_report_html, label

    files = {r["attachment_id"]: r for r in records}
    html = journal_report_html(entries, exported_at, lang, files, histories)
    return html, label("title", lang)


def _export_folder(store, folder: Path, entries, histories, exported_at, lang) -> Path:
    private_dir(folder)
    try:
        records = []
        for att, arcname in _plan(entries):
            path = folder / arcname
            private_dir(path.parent)
            with private_umask(), open(path, "xb") as out:
                digest = write_stream(store, att.id, out)
            records.append(_file_record(att, arcname, digest))
        html, title = _report_html(entries, histories, records, exported_at, lang)
        with private_umask():
            _render_pdf(html, folder / REPORT, title)
        report = {"path": REPORT, "sha256": _sha256(folder / REPORT),
                  "size": (folder / REPORT).stat().st_size}
        manifest = _manifest(records, report, entries, exported_at, lang)
        with private_umask():
            (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                           encoding="utf-8")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _export_zip(store, target: Path, entries, histories, exported_at, lang) -> Path:
    partial = target.with_name(target.name + ".partial")
    pdf = target.with_name(f".{target.name}.report.pdf.partial")
    try:
        with private_umask(), zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED,
                                              allowZip64=True) as zf:
            records = []
            for att, arcname in _plan(entries):
                with zf.open(arcname, "w", force_zip64=True) as out:
                    digest = write_stream(store, att.id, out)
                records.append(_file_record(att, arcname, digest))
            html, title = _report_html(entries, histories, records, exported_at, lang)
            _render_pdf(html, pdf, title)
            report = {"path": REPORT, "sha256": _sha256(pdf), "size": pdf.stat().st_size}
            zf.write(pdf, REPORT, compress_type=zipfile.ZIP_DEFLATED)
            manifest = _manifest(records, report, entries, exported_at, lang)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2),
                        compress_type=zipfile.ZIP_DEFLATED)
        partial.replace(target)
    finally:
        pdf.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return target
