"""Print a module's take-home handout, or save it as PDF, for the region in the settings."""

from __future__ import annotations

from pathlib import Path

from kit.content import default_index
from kit.helpdir import load_directory
from kit.report.module_handout import module_handout_html
from kit.ui.family.module_labels import module_handout_labels
from kit.ui.widgets.labels import region_names
from kit.ui.widgets.markdown_view import prepare
from kit.ui.widgets.printing import html_document, html_to_pdf, markdown_html, print_html, qr_images

SIZES = (11.0, 10.5, 10.0, 9.5, 9.0)  # the largest type that keeps the handout on one page wins
# html_to_pdf's A4 with 18 mm margins, less the 2 cm that QTextDocument.print_ adds on every side
PAGE_MM = (210 - 36 - 40, 297 - 36 - 40)


def handout_html(module_id: str, lang: str, region: str) -> str:
    module = default_index().module(module_id, lang, region)
    body = markdown_html(prepare(module.handout, region, lang))
    return module_handout_html(module.title, body, load_directory(), region, lang,
                               module_handout_labels(), region_names().get(region, region))


def handout_title(module_id: str, lang: str) -> str:
    return default_index().module(module_id, lang).title


def fitting_size(html: str) -> float:
    """The largest base size at which the handout fits on one page (the smallest if none does)."""
    from PySide6.QtCore import QSizeF

    images = qr_images(html)
    page = QSizeF(PAGE_MM[0] / 25.4 * 96, PAGE_MM[1] / 25.4 * 96)
    for pt in SIZES:
        doc = html_document(html, pt, images)
        doc.setPageSize(page)
        if doc.pageCount() <= 1:
            return pt
    return SIZES[-1]


def save_handout_pdf(module_id: str, lang: str, region: str, path: Path) -> Path:
    html = handout_html(module_id, lang, region)
    return html_to_pdf(html, Path(path), handout_title(module_id, lang), base_pt=fitting_size(html))


def print_handout(module_id: str, lang: str, region: str, parent=None) -> bool:
    html = handout_html(module_id, lang, region)
    return print_html(html, parent, handout_title(module_id, lang), base_pt=fitting_size(html))
