"""QR codes as plain matrices (Qt-free), and splitting long text over numbered codes."""

from __future__ import annotations

import qrcode
import qrcode.constants

# At most this many bytes per code: about a version-20 code at error level M, coarse enough for
# any phone camera to read from a screen or from paper.
MAX_BYTES = 700


def matrix(text: str, border: int = 2) -> list[list[bool]]:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    qr.add_data(text.encode("utf-8"))
    qr.make(fit=True)
    return qr.get_matrix()


def split_text(text: str, max_bytes: int = MAX_BYTES) -> list[str]:
    """Split text at line ends into parts that each fit one code, numbered "(1/3)" when split."""
    if len(text.encode("utf-8")) <= max_bytes:
        return [text]
    budget = max_bytes - 16  # room for the "(n/m)" heading line
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > budget:  # a single very long line: cut it
            cut = budget
            while len(line[:cut].encode("utf-8")) > budget:
                cut -= 1
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate.encode("utf-8")) > budget:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    total = len(parts)
    return [f"({i}/{total})\n{p}" for i, p in enumerate(parts, 1)]
