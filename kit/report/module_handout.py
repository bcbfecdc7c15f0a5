"""The one-page take-home handout of a module: its text, the region's help numbers and a QR code.

Qt-free: the module's handout arrives as HTML (the UI renders the Markdown with Qt), the numbers
come from the help directory.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from kit.helpdir import Directory, Service, in_language

BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)
BLOCK = re.compile(r"<(h\d|p|ol|ul)\b([^>]*)>(.*?)</\1>", re.S)
ITEM = re.compile(r"<li\b.*?</li>", re.S)


def body_of(html: str) -> str:
    """The inside of <body>, or the text itself when it is a fragment."""
    m = BODY.search(html)
    return m.group(1) if m else html


def compact(html: str) -> str:
    """Tighter list and heading spacing than Qt's Markdown output, so the handout fits one page."""
    html = re.sub(r"margin-top:\s*\d+px;\s*margin-bottom:\s*\d+px;", "margin-top:1px; margin-bottom:1px;", html)
    html = html.replace('<h3 style=" margin-top:1px;', '<h3 style=" margin-top:6px;')
    return html.replace("font-size:large;", "font-size:medium;")


@dataclass(frozen=True)
class Unit:
    """A heading, a paragraph, or one item of a list (with its list's tag, attributes and number)."""

    html: str
    size: int
    list_id: int = -1
    list_tag: str = ""
    list_attrs: str = ""
    number: int = 0

    @property
    def heading(self) -> bool:
        return self.html.startswith("<h")


def _size(html: str) -> int:
    return len(re.sub(r"<[^>]+>", "", html)) + 40  # the text, plus about a line for the spacing


def units(html: str) -> list[Unit]:
    out: list[Unit] = []
    for n, m in enumerate(BLOCK.finditer(html)):
        tag, attrs, inner = m.groups()
        if tag in ("ol", "ul"):
            out += [Unit(item, _size(item), n, tag, attrs, i) for i, item in enumerate(ITEM.findall(inner), 1)]
        else:
            out.append(Unit(m.group(0), _size(m.group(0))))
    return out


def column(parts: list[Unit]) -> str:
    """The units again as HTML; a list cut in two goes on numbering where it stopped."""
    out: list[str] = []
    for i, u in enumerate(parts):
        before = parts[i - 1] if i else None
        after = parts[i + 1] if i + 1 < len(parts) else None
        if u.list_id != -1 and (before is None or before.list_id != u.list_id):
            start = f' start="{u.number}"' if u.list_tag == "ol" and u.number > 1 else ""
            out.append(f"<{u.list_tag}{u.list_attrs}{start}>")
        out.append(u.html)
        if u.list_id != -1 and (after is None or after.list_id != u.list_id):
            out.append(f"</{u.list_tag}>")
    return "\n".join(out)


def two_columns(html: str) -> str:
    """Lay the handout out in two columns of about the same length."""
    found = units(html)
    if len(found) < 2:
        return html
    sizes = [u.size for u in found]
    total = sum(sizes)
    split = min(range(1, len(found)), key=lambda k: abs(total - 2 * sum(sizes[:k])))
    while split > 1 and found[split - 1].heading:  # never leave a heading at the foot of a column
        split -= 1
    return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top" width="50%" style="padding-right:10px">{column(found[:split])}</td>'
            f'<td valign="top" width="50%" style="padding-left:10px">{column(found[split:])}</td></tr></table>')


def qr_payload(service: Service) -> str:
    """The handout's QR code opens the help line's website; a tel: link when it has none."""
    return service.url or service.tel_uri


def _rows(heading: str, services: list[Service], lang: str) -> str:
    if not services:
        return ""
    rows = [f'<tr><td colspan="2" style="padding-top:4px"><b>{escape(heading)}</b></td></tr>']
    for s in services:
        number = escape(s.phone) if s.phone else escape(s.url.removeprefix("https://"))
        rows.append(f'<tr><td style="padding-right:8px">{escape(s.text("name", lang))}</td>'
                    f'<td style="font-size:13pt; font-weight:bold">{number}</td></tr>')
    return "".join(rows)


def module_handout_html(title: str, handout_html: str, directory: Directory, region: str, lang: str,
                        labels: dict[str, str], region_name: str, today: dt.date | None = None) -> str:
    """`handout_html` is the module's handout rendered to HTML; `labels` as module_handout_labels()."""
    violence = in_language(directory.violence_lines(region, lang), lang)
    numbers = (_rows(labels["emergency"], directory.emergency(region, lang), lang)
               + _rows(labels["violence"], violence, lang))
    target = next((s for s in violence if qr_payload(s)), None)
    qr = ""
    if target is not None:
        payload = qr_payload(target)
        qr = (f'<td valign="top" width="130" align="center" style="font-size:8pt">{escape(labels["qr"])}<br>'
              f'<img src="qr:{quote(payload, safe="")}" width="100" height="100"><br>{escape(payload)}</td>')
    day = (today or dt.date.today()).isoformat()
    return "\n".join([
        "<html><body>",
        f'<h1 style="font-size:17pt; margin-top:0px; margin-bottom:4px">{escape(title)}</h1>',
        two_columns(compact(body_of(handout_html))),
        '<table width="100%" cellspacing="0" cellpadding="4" style="border:1px solid #000; margin-top:8px">'
        f'<tr><td valign="top"><b style="font-size:12pt">{escape(labels["help"])}: {escape(region_name)}</b>'
        f'<table cellspacing="0" cellpadding="1">{numbers}</table></td>{qr}</tr></table>',
        f'<p style="font-size:8pt">{escape(labels["check_numbers"])} {escape(labels["printed"])} {day}</p>',
        "</body></html>",
    ])
