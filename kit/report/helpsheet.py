"""Printable help sheets: one directory entry, or a handout with every service of a region."""

from __future__ import annotations

import datetime as dt
from html import escape
from urllib.parse import quote

from kit.helpdir import Directory, Service, in_language


def qr_tag(payload: str, size_mm: int = 28) -> str:
    return f'<img src="qr:{quote(payload, safe="")}" width="{size_mm * 4}" height="{size_mm * 4}">'


def entry_html(s: Service, lang: str, labels: dict[str, str], big: bool = True) -> str:
    number = escape(s.phone) if s.phone else escape(labels["see_website"])
    size = "22pt" if big else "16pt"
    rows = [
        f'<h2 style="margin-bottom:2px">{escape(s.text("name", lang))}</h2>',
        f'<p style="font-size:{size}; font-weight:bold; margin:2px 0">{number}</p>',
        f"<p>{escape(s.text('about', lang))}</p>",
        f"<p><i>{escape(s.text('hours', lang))}</i></p>",
    ]
    if s.url:
        rows.append(f"<p>{escape(s.url)}</p>")
    rows.append(f'<p style="font-size:8pt; color:#444">{escape(labels["verified"])} {s.verified.isoformat()}</p>')
    qr = qr_tag(s.qr_payload) if s.qr_payload else ""
    return (
        '<table width="100%" cellpadding="6" style="border-bottom:1px solid #999"><tr>'
        f'<td valign="top">{"".join(rows)}</td><td valign="top" width="130">{qr}</td></tr></table>'
    )


def handout_html(directory: Directory, region: str, lang: str, labels: dict[str, str],
                 region_name: str, services: list[Service] | None = None) -> str:
    """A handout for a region: emergency numbers first, then the other services. A line in another
    language is left out when the region has the same kind of line in the handout's language."""
    services = in_language(directory.for_region(region, lang=lang) if services is None else services, lang)
    body = [
        f"<h1>{escape(labels['title'])}: {escape(region_name)}</h1>",
        f"<p>{escape(labels['intro'])}</p>",
    ]
    body += [entry_html(s, lang, labels, big=s.emergency or s.violence_line) for s in services]
    body.append(f'<p style="font-size:9pt">{escape(labels["check_numbers"])} '
                f'{escape(labels["printed"])} {dt.date.today().isoformat()}</p>')
    return "<html><body>" + "\n".join(body) + "</body></html>"
