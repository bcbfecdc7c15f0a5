"""The computer-check report as HTML for print and PDF (Qt-free)."""

from __future__ import annotations

import hashlib
import json
from html import escape

from kit.checks.evidence import localize
from kit.checks.i18n import label

STATUS_MARK = {"attention": "⚠", "info": "ℹ", "unknown": "?", "ok": "✔"}


def snapshot_bytes(report) -> bytes:
    """The findings as canonical JSON: what is saved to the journal, and hashed."""
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def snapshot_hash(report) -> str:
    return hashlib.sha256(snapshot_bytes(report)).hexdigest()


def report_html(report, title: str, lang: str, closing: tuple[str, ...] = ("summary.not_proof",)) -> str:
    device = ", ".join(f"{k}: {v}" for k, v in (getattr(report, "device", None) or {}).items())
    parts = [f"<html><body><h1>{escape(title)}</h1>",
             f"<p>{escape(report.platform)} · {escape(report.started)} · {report.duration_s:.1f} s</p>"]
    if device:
        parts.append(f"<p>{escape(device)}</p>")
    for status, findings in report.grouped().items():
        if not findings:
            continue
        parts.append(f"<h2>{STATUS_MARK[status]} {escape(label('group.' + status, lang))} ({len(findings)})</h2>")
        for f in findings:
            parts.append(f"<h3>{STATUS_MARK[status]} {escape(f.title)}</h3>")
            for text in (f.detail, f.meaning, f.advice):
                if text:
                    parts.append(f"<p>{escape(text)}</p>")
            if f.evidence:  # what was read, in the reader's language, after the plain words
                parts.append(f"<p><i>{escape(label('word.technical_details', lang))}</i></p>")
                parts.append("<ul>" + "".join(f"<li><code>{escape(localize(e, lang))}</code></li>"
                                              for e in f.evidence) + "</ul>")
    parts += [f"<p><b>{escape(label(key, lang))}</b></p>" for key in closing]
    parts.append(f'<p style="font-size:8pt">SHA-256: {snapshot_hash(report)}</p></body></html>')
    return "\n".join(parts)
