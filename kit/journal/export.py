"""Export for police or a lawyer: a folder (or ZIP) with report.pdf, the attachments and
manifest.json with every SHA-256.

The export lands outside the data folder, in a place another person may have prepared, so
nothing is written through a link: an export folder (or the folder chosen for it) that is a
link is refused; every file is created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW); the ZIP is
written to a fresh temporary name and then given its name without overwriting anything. Only
files the kit created itself are removed when an export fails.

Attachments are streamed out of the store chunk by chunk and hashed again on the way; a file
whose hash differs from the one recorded at import is marked `"verified": false` in the
manifest and with a warning in the report. Nothing is written to the temp folder: in ZIP mode
the PDF is rendered next to the ZIP and removed once it is inside.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

from kit import DEFAULT_LANGUAGE, LANGUAGES, __version__
from kit.journal.attachments import write_stream
from kit.journal.journal import Journal
from kit.store.errors import StoreError, StoreExists
from kit.store.files import (
    LinkRefused,
    create_exclusive,
    private_umask,
    publish,
    refuse_link,
    temp_beside,
)
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


class ExportLinkRefused(StoreError):
    message = ("The chosen export folder is a link to another place, so nothing was written. "
               "Choose a real folder.")


def _render_pdf(html: str, title: str) -> bytes:
    from kit.ui.widgets.printing import html_to_pdf_bytes  # lazy: the only Qt in the journal

    return html_to_pdf_bytes(html, title=title)


def _no_links(*paths: Path) -> None:
    try:
        for path in paths:
            refuse_link(path)
    except LinkRefused:
        raise ExportLinkRefused() from None


def real_path(path: Path) -> Path:
    """The path as it really is on disk (what the dialog and the CLI show)."""
    return Path(os.path.realpath(path))


def _zip_target(out: Path) -> Path:
    return out if out.suffix.lower() == ".zip" else out.with_name(out.name + ".zip")


def export(store, out_dir: Path, zip: bool = False, lang: str | None = None,
           include_deleted: bool = False, cancel=None) -> Path:
    """Write the export; returns the folder or the ZIP file. Never overwrites anything.
    `cancel` (an Event) stops it between chunks (Cancelled); what it wrote is removed."""
    out_dir = Path(out_dir)
    journal = Journal(store)
    lang = _language(store, lang)
    entries = journal.entries(include_deleted=include_deleted)
    histories = {e.id: journal.history(e.id) for e in entries}
    exported_at = datetime.now().astimezone().replace(microsecond=0)
    if zip:
        target = _zip_target(out_dir)
        _no_links(target.parent)
        if os.path.lexists(target):
            raise StoreExists("The export file already exists.")
        return _export_zip(store, target, entries, histories, exported_at, lang, cancel)
    _no_links(out_dir.parent, out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise StoreExists("The export folder already exists and is not empty.")
    return _export_folder(store, out_dir, entries, histories, exported_at, lang, cancel)


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


def _new_dir(path: Path, created: list[Path]) -> None:
    try:
        with private_umask():
            os.mkdir(path, 0o700)
        created.append(path)
    except FileExistsError:
        _no_links(path)
        if not path.is_dir():
            raise


def _export_folder(store, folder: Path, entries, histories, exported_at, lang,
                   cancel=None) -> Path:
    made: list[Path] = []  # only what this export created is removed when it fails
    dirs: list[Path] = []
    try:
        _new_dir(folder, dirs)
        records = []
        for att, arcname in _plan(entries):
            path = folder / arcname
            _new_dir(path.parent, dirs)
            with create_exclusive(path) as out:
                made.append(path)
                digest = write_stream(store, att.id, out, cancel)
            records.append(_file_record(att, arcname, digest))
        html, title = _report_html(entries, histories, records, exported_at, lang)
        pdf = _render_pdf(html, title)
        with create_exclusive(folder / REPORT) as out:
            made.append(folder / REPORT)
            out.write(pdf)
        report = {"path": REPORT, "sha256": hashlib.sha256(pdf).hexdigest(), "size": len(pdf)}
        manifest = _manifest(records, report, entries, exported_at, lang)
        with create_exclusive(folder / MANIFEST) as out:
            made.append(folder / MANIFEST)
            out.write(json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
    except BaseException:
        for path in reversed(made):
            path.unlink(missing_ok=True)
        for path in reversed(dirs):
            with contextlib.suppress(OSError):
                path.rmdir()
        raise
    return folder


def _export_zip(store, target: Path, entries, histories, exported_at, lang,
                cancel=None) -> Path:
    tmp, raw = temp_beside(target)
    try:
        with raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            records = []
            for att, arcname in _plan(entries):
                with zf.open(arcname, "w", force_zip64=True) as out:
                    digest = write_stream(store, att.id, out, cancel)
                records.append(_file_record(att, arcname, digest))
            html, title = _report_html(entries, histories, records, exported_at, lang)
            pdf = _render_pdf(html, title)
            report = {"path": REPORT, "sha256": hashlib.sha256(pdf).hexdigest(),
                      "size": len(pdf)}
            zf.writestr(REPORT, pdf, compress_type=zipfile.ZIP_DEFLATED)
            manifest = _manifest(records, report, entries, exported_at, lang)
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2),
                        compress_type=zipfile.ZIP_DEFLATED)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        publish(tmp, target)
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        raise StoreExists("The export file already exists.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
