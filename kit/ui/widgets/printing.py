"""Print and PDF through Qt: every report and handout is HTML rendered by QTextDocument."""

from __future__ import annotations

import os
from pathlib import Path


def ensure_gui_app():
    """PDF rendering needs a Qt application. From the CLI there is none: make an offscreen one.

    It is a QApplication (not a QGuiApplication), so widgets can still be made afterwards."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["ontkoppel"])
    return app


def html_document(html: str, base_pt: float = 11.0, images: dict | None = None):
    """A QTextDocument for `html`. `images` maps names used in <img src="qr:NAME"> to QImages."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QTextDocument

    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(base_pt)
    doc.setDefaultFont(font)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    return doc


def paginate(doc, device) -> None:
    """Lay the document out for the device's printable area. Without a page size,
    QTextDocument.print_() adds 2 cm margins of its own on top of the page margins."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageLayout

    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(rect.width() * 96 / 72, rect.height() * 96 / 72))  # layout units: 96 dpi
    doc.setDocumentMargin(0)


def qr_images(html: str) -> dict:
    """Render every <img src="qr:TEXT"> of the html (TEXT percent-encoded) as a QR image."""
    import re
    from urllib.parse import unquote

    from kit.ui.widgets.qr_image import qr_image

    return {src: qr_image(unquote(src[3:]), box=4) for src in set(re.findall(r'src="(qr:[^"]+)"', html))}


def html_to_pdf_bytes(html: str, title: str = "", base_pt: float = 11.0) -> bytes:
    """`html` as an A4 PDF, in memory (the caller decides how the file is created)."""
    ensure_gui_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = html_document(html, base_pt, qr_images(html))
    paginate(doc, writer)
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())


def html_to_pdf(html: str, path: Path, title: str = "", base_pt: float = 11.0) -> Path:
    """Write `html` as an A4 PDF to `path` and return the path.

    Written to a fresh temporary file beside it, then renamed over the name the person chose
    (the save dialog asked before overwriting): a planted link is replaced, not followed."""
    from kit.store.files import write_file_safely

    path = Path(path)
    return write_file_safely(path, html_to_pdf_bytes(html, title, base_pt), replace=True)


def print_html(html: str, parent=None, title: str = "", base_pt: float = 11.0) -> bool:
    """Show the system print dialog and print. Returns False when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = html_document(html, base_pt, qr_images(html))
    paginate(doc, printer)
    doc.print_(printer)
    return True


def markdown_html(markdown: str) -> str:
    """Markdown to HTML through Qt's own Markdown reader, for printing."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    from kit.ui.widgets.safe_markdown import set_markdown

    set_markdown(doc, markdown)
    return doc.toHtml()
