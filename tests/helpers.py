"""Test helpers: decode QR codes with a real decoder, read text back from PDFs."""

from __future__ import annotations

from pathlib import Path


def decode_qr(image) -> list[str]:
    """Decode every QR code in a QImage with zxing-cpp."""
    import zxingcpp
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    h, bpl = gray.height(), gray.bytesPerLine()
    data = memoryview(bytes(gray.constBits())[: bpl * h]).cast("B", (h, bpl))
    return [r.text for r in zxingcpp.read_barcodes(data)]


def pdf_text(path: Path) -> str:
    import re

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"[ \t\xa0]+", " ", text.replace("\ufb01", "fi").replace("\ufb02", "fl"))
