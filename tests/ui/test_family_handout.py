"""The module handout: its text, the region's emergency numbers and violence lines, and a QR code."""

from __future__ import annotations

import pytest

from kit.content import default_index
from kit.ui.family import module_printing
from kit.ui.widgets.printing import qr_images
from tests.helpers import decode_qr, pdf_text


@pytest.fixture
def family(window):
    window.open_section("family")
    return window.section("family")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("region, numbers", [
    ("be-vlaanderen", ["1712", "101", "112"]),
    ("nl", ["0800-2000", "112"]),
])
def test_handout_pdf_has_the_region_help_numbers(qtbot, family, state, tmp_path, region, numbers):
    state.settings.set("region", region)
    family.library.select("sextortion")
    text = flat(pdf_text(family.library.save_handout_pdf(tmp_path / "handout.pdf")))
    for number in numbers:
        assert number in text, number
    module = default_index().module("sextortion", "en")
    assert flat(module.title) in text
    assert "Do not pay, and do not send anything more." in text  # the module's own handout


@pytest.mark.parametrize("region, url", [("be-vlaanderen", "https://1712.be"), ("nl", "https://veiligthuis.nl")])
def test_handout_qr_code_opens_the_violence_line(qapp, region, url):
    html = module_printing.handout_html("grooming", "nl", region)
    decoded = [decode_qr(image) for image in qr_images(html).values()]
    assert decoded == [[url]]


def test_pdf_button_asks_for_a_file(qtbot, family, state, tmp_path, monkeypatch):
    state.settings.set("region", "be-wallonie")
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr("kit.ui.family.module_library.save_file_name", lambda *a, **k: str(target))
    family.library.select("dating-violence")
    family.library.pdf_button.click()
    text = flat(pdf_text(target))
    assert "0800 30 030" in text and "112" in text


def test_handout_fits_one_page_for_a_short_module(qapp, tmp_path):
    from pypdf import PdfReader

    path = module_printing.save_handout_pdf("sextortion", "en", "be-vlaanderen", tmp_path / "h.pdf")
    assert len(PdfReader(str(path)).pages) == 1


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_every_module_handout_fits_one_page(qapp, lang):
    """With the pictogram summary and the region box, each handout still prints on one A4 page."""
    from PySide6.QtCore import QSizeF

    from kit.ui.widgets.printing import html_document

    page = QSizeF(module_printing.PAGE_MM[0] / 25.4 * 96, module_printing.PAGE_MM[1] / 25.4 * 96)
    for module_id in default_index().ids("module"):
        html = module_printing.handout_html(module_id, lang, "be-brussel")
        doc = html_document(html, module_printing.fitting_size(html), qr_images(html))
        doc.setPageSize(page)
        assert doc.pageCount() == 1, module_id
