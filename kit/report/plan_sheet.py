"""The take-home plan on paper: the open steps in large, readable type (Qt-free HTML)."""

from __future__ import annotations

import datetime as dt
from html import escape


def plan_html(remaining: list[tuple[str, list[str]]], labels: dict[str, str], help_lines: list[str],
              qr_payloads: list[str]) -> str:
    """`remaining` is [(guide title, [open step titles])]; `help_lines` are "name: number" lines."""
    parts = [
        '<html><body style="font-size:16pt">',
        f"<h1>{escape(labels['title'])}</h1>",
        f"<p>{escape(labels['intro'])}</p>",
    ]
    if not remaining:
        parts.append(f"<p><b>{escape(labels['all_done'])}</b></p>")
    for n, (title, steps) in enumerate(remaining, 1):
        parts.append(f"<h2>{n}. {escape(title)}</h2><ul>")
        parts.extend(f"<li>&#9744; {escape(s)}</li>" for s in steps)
        parts.append("</ul>")
    if help_lines:
        parts.append(f"<h2>{escape(labels['help'])}</h2><ul>")
        parts.extend(f"<li><b>{escape(line)}</b></li>" for line in help_lines)
        parts.append("</ul>")
    if qr_payloads:
        from urllib.parse import quote

        parts.append(f"<p>{escape(labels['qr'])}</p><p>")
        for i, payload in enumerate(qr_payloads, 1):
            parts.append(f'<img src="qr:{quote(payload, safe="")}" width="220" height="220"> '
                         + (f"({i}/{len(qr_payloads)}) " if len(qr_payloads) > 1 else ""))
        parts.append("</p>")
    parts.append(f'<p style="font-size:10pt">{escape(labels["printed"])} {dt.date.today().isoformat()}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)
