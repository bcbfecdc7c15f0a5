"""The journal report as HTML (Qt-free). `kit.ui.widgets.printing.html_to_pdf` turns it into a PDF.

Chronological, every field of every entry, every attachment's name, size, type and SHA-256,
the short history of each entry, and the export time; labels in nl, fr or en.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from kit import DEFAULT_LANGUAGE, LANGUAGES
from kit.journal.model import Entry, Revision
from kit.journal.types import type_label
from kit.typography import mark

LABELS: dict[str, dict[str, str]] = {
    "title": {"nl": "Bewijslogboek", "fr": "Journal de preuves", "en": "Evidence journal"},
    "exported": {"nl": "Geëxporteerd op", "fr": "Exporté le", "en": "Exported on"},
    "count": {"nl": "Aantal gebeurtenissen", "fr": "Nombre d'entrées", "en": "Number of entries"},
    "intro": {
        "nl": "Elke bijlage staat als bestand in deze export. Met de SHA-256-code kan iedereen "
              "nagaan dat het bestand niet veranderd is sinds het werd bewaard.",
        "fr": "Chaque pièce jointe est incluse comme fichier dans cet export. Grâce à son code "
              "SHA-256, toute personne peut vérifier que le fichier n'a pas changé depuis son "
              "enregistrement.",
        "en": "Every attachment is included as a file in this export. Its SHA-256 code lets "
              "anyone check that the file has not changed since it was stored.",
    },
    "entry": {"nl": "Gebeurtenis", "fr": "Entrée", "en": "Entry"},
    "incident_at": {"nl": "Wanneer het gebeurde", "fr": "Date des faits", "en": "When it happened"},
    "type": {"nl": "Soort", "fr": "Type", "en": "Type"},
    "description": {"nl": "Wat er gebeurde", "fr": "Description", "en": "What happened"},
    "where": {"nl": "Waar (platform of app)", "fr": "Où (plateforme ou appli)",
              "en": "Where (platform or app)"},
    "people": {"nl": "Betrokken personen", "fr": "Personnes impliquées", "en": "People involved"},
    "created_at": {"nl": "Genoteerd op", "fr": "Noté le", "en": "Written down on"},
    "updated_at": {"nl": "Laatst gewijzigd", "fr": "Dernière modification", "en": "Last changed"},
    "deleted_at": {"nl": "Verwijderd op", "fr": "Supprimé le", "en": "Deleted on"},
    "attachments": {"nl": "Bijlagen", "fr": "Pièces jointes", "en": "Attachments"},
    "none": {"nl": "geen", "fr": "aucune", "en": "none"},
    "name": {"nl": "Naam", "fr": "Nom", "en": "Name"},
    "size": {"nl": "Grootte", "fr": "Taille", "en": "Size"},
    "mime": {"nl": "Soort bestand", "fr": "Type de fichier", "en": "File type"},
    "file": {"nl": "Bestand in export", "fr": "Fichier dans l'export", "en": "File in export"},
    "bytes": {"nl": "bytes", "fr": "octets", "en": "bytes"},
    "mismatch": {"nl": "LET OP: de code klopt niet met het bewaarde bestand",
                 "fr": "ATTENTION : le code ne correspond pas au fichier enregistré",
                 "en": "WARNING: the code does not match the stored file"},
    "history": {"nl": "Geschiedenis", "fr": "Historique", "en": "History"},
    "created": {"nl": "aangemaakt", "fr": "créée", "en": "created"},
    "edited": {"nl": "gewijzigd", "fr": "modifiée", "en": "edited"},
    "deleted": {"nl": "verwijderd", "fr": "supprimée", "en": "deleted"},
    "restored": {"nl": "teruggezet", "fr": "restaurée", "en": "restored"},
    "attachment-added": {"nl": "bijlage toegevoegd", "fr": "pièce jointe ajoutée",
                         "en": "attachment added"},
    "attachment-removed": {"nl": "bijlage verwijderd", "fr": "pièce jointe retirée",
                           "en": "attachment removed"},
    "empty": {"nl": "Er staan geen gebeurtenissen in het logboek.", "fr": "Le journal est vide.",
              "en": "The journal has no entries."},
}


def label(key: str, lang: str) -> str:
    texts = LABELS[key]
    return texts.get(lang) or texts["en"]


def fmt_time(value: datetime) -> str:
    offset = value.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{value:%Y-%m-%d %H:%M} (UTC{offset})" if offset else f"{value:%Y-%m-%d %H:%M}"


def fmt_size(size: int, lang: str) -> str:
    """"3.0 MB" in English; Dutch and French write a decimal comma, French says Mo and ko."""
    exact = f"{size:,}".replace(",", "\u202f")
    units = ("Go", "Mo", "ko") if lang == "fr" else ("GB", "MB", "kB")
    for unit, factor in zip(units, (1 << 30, 1 << 20, 1 << 10), strict=True):
        if size >= factor:
            short = f"{size / factor:.1f}"
            if lang in ("nl", "fr"):
                short = short.replace(".", ",")
            return f"{short} {unit} ({exact} {label('bytes', lang)})"
    return f"{exact} {label('bytes', lang)}"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>") if value else "&ndash;"


def _row(name: str, value_html: str) -> str:
    return (f'<tr><td width="28%" valign="top"><b>{name}</b></td>'
            f'<td valign="top">{value_html}</td></tr>')


def _attachments_html(entry: Entry, lang: str, files: dict[int, dict]) -> str:
    if not entry.attachments:
        return label("none", lang)
    colon = mark(":", lang)
    parts = []
    for att in entry.attachments:
        info = files.get(att.id, {})
        warn = "" if info.get("verified", True) else f'<br><b>{label("mismatch", lang)}</b>'
        parts.append(
            f"<p>{label('name', lang)}{colon} {escape(att.name)}<br>"
            f"{label('size', lang)}{colon} {fmt_size(att.size, lang)}<br>"
            f"{label('mime', lang)}{colon} {escape(att.mime)}<br>"
            f"SHA-256{colon} <tt>{att.sha256}</tt><br>"
            f"{label('file', lang)}{colon} <tt>{escape(info.get('path', ''))}</tt>{warn}</p>")
    return "".join(parts)


def _history_html(history: list[Revision], lang: str) -> str:
    colon = mark(":", lang)
    lines = []
    for rev in history:
        changed = ", ".join(label(k, lang) for k in rev.changes if k in LABELS and k != "deleted")
        what = label(rev.action, lang) if rev.action in LABELS else escape(rev.action)
        detail = f"{colon} {changed}" if rev.action == "edited" and changed else ""
        when = fmt_time(rev.at.astimezone())
        lines.append(f"v{rev.version} &middot; {when} &middot; {what}{detail}")
    return "<br>".join(lines)


def journal_report_html(entries: list[Entry], exported_at: datetime, lang: str = DEFAULT_LANGUAGE,
                        files: dict[int, dict] | None = None,
                        histories: dict[int, list[Revision]] | None = None) -> str:
    """`files`: attachment id -> {"path": path in the export, "verified": bool}."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    files, histories = files or {}, histories or {}
    colon = mark(":", lang)
    out = [f'<html><head><meta charset="utf-8"><title>{label("title", lang)}</title></head><body>',
           f"<h1>{label('title', lang)}</h1>",
           f"<p>{label('exported', lang)}{colon} {fmt_time(exported_at)}<br>"
           f"{label('count', lang)}{colon} {len(entries)}</p>",
           f"<p>{label('intro', lang)}</p>"]
    if not entries:
        out.append(f"<p>{label('empty', lang)}</p>")
    for number, entry in enumerate(sorted(entries, key=lambda e: (e.incident_at, e.id)), 1):
        out.append(f"<h3>{label('entry', lang)} {number} &middot; {fmt_time(entry.incident_at)}"
                   f" &middot; {escape(type_label(entry.type, lang))}</h3>")
        rows = [
            _row(label("incident_at", lang), fmt_time(entry.incident_at)),
            _row(label("type", lang), escape(type_label(entry.type, lang))),
            _row(label("description", lang), _text(entry.description)),
            _row(label("where", lang), _text(entry.where)),
            _row(label("people", lang), _text(entry.people)),
            _row(label("created_at", lang), fmt_time(entry.created_at.astimezone())),
            _row(label("updated_at", lang),
                 f"{fmt_time(entry.updated_at.astimezone())} (v{entry.version})"),
        ]
        if entry.deleted_at:
            rows.append(_row(label("deleted_at", lang), fmt_time(entry.deleted_at.astimezone())))
        rows.append(_row(label("attachments", lang), _attachments_html(entry, lang, files)))
        if entry.id in histories:
            rows.append(_row(label("history", lang), _history_html(histories[entry.id], lang)))
        out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">'
                   + "".join(rows) + "</table>")
    out.append("</body></html>")
    return "\n".join(out)
