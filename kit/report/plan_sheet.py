"""The take-home plan on paper: the open steps in large, readable type (Qt-free HTML)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape


def name_without_number(name: str, phone: str) -> str:
    """"1712, helpline for ..." -> "Helpline for ...": the number is shown once, next to it."""
    stripped = re.sub(rf"^\s*{re.escape(phone)}\s*[,:–-]?\s*", "", name) if phone else name
    return stripped[:1].upper() + stripped[1:] if stripped else name


def help_line(name: str, phone: str) -> str:
    return f"{phone}  {name_without_number(name, phone)}" if phone else name


def plan_html(remaining: list[tuple[str, list[str]]], labels: dict[str, str], help_lines: list[str],
              qr_payloads: list[str], printed_on: str | None = None) -> str:
    """`remaining` is [(guide title, [open step titles])]; `help_lines` are "number  name" lines.
    The help numbers come first: on paper they matter most. `labels["title"]` may be neutral."""
    parts = [
        '<html><body style="font-size:16pt">',
        f"<h1>{escape(labels['title'])}</h1>",
    ]
    if help_lines:
        parts.append(f"<h2>{escape(labels['help'])}</h2><ul>")
        parts.extend(f"<li><b>{escape(line)}</b></li>" for line in help_lines)
        parts.append("</ul>")
    parts.append(f"<p>{escape(labels['intro'])}</p>")
    if not remaining:
        parts.append(f"<p><b>{escape(labels['all_done'])}</b></p>")
    for n, (title, steps) in enumerate(remaining, 1):
        parts.append(f"<h2>{n}. {escape(title)}</h2>")
        parts.append('<p style="margin-left:1em">' + "<br>".join(f"&#9744; {escape(s)}" for s in steps) + "</p>")
    if qr_payloads:
        from urllib.parse import quote

        parts.append(f"<p>{escape(labels['qr'])}</p><p>")
        for i, payload in enumerate(qr_payloads, 1):
            parts.append(f'<img src="qr:{quote(payload, safe="")}" width="220" height="220"> '
                         + (f"({i}/{len(qr_payloads)}) " if len(qr_payloads) > 1 else ""))
        parts.append("</p>")
    parts.append(f'<p style="font-size:10pt">{escape(labels["printed"])} {escape(printed_on or dt.date.today().isoformat())}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)
