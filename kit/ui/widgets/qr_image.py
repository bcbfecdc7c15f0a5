"""Paint a QR matrix onto a QImage (no Pillow needed)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from kit.qr import matrix


def qr_image(text: str, box: int = 6, border: int = 2) -> QImage:
    """One grey pixel per module, then scaled up without smoothing: sharp edges, no per-module painting."""
    m = matrix(text, border)
    n = len(m)
    stride = (n + 3) // 4 * 4  # QImage rows are 32-bit aligned
    data = b"".join(bytes(0 if dark else 255 for dark in row) + b"\xff" * (stride - n) for row in m)
    small = QImage(data, n, n, stride, QImage.Format.Format_Grayscale8).copy()
    return small.scaled(n * box, n * box, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data)
