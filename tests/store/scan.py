"""Search files for canary strings in plaintext: UTF-8, UTF-16 LE and BE."""

from __future__ import annotations

from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def find_canaries(roots, canaries) -> list[tuple[str, str, str]]:
    """Every (file, canary, encoding) found under `roots` (a folder or a list of folders)."""
    if isinstance(roots, (str, Path)):
        roots = [roots]
    needles = [(c, enc, c.encode(enc)) for c in canaries for enc in ENCODINGS]
    hits = []
    for root in roots:
        root = Path(root)
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            hits += [(str(path), c, enc) for c, enc, needle in needles if needle in data]
    return hits


def files_under(roots) -> list[Path]:
    if isinstance(roots, (str, Path)):
        roots = [roots]
    return sorted(p for r in roots if Path(r).exists() for p in Path(r).rglob("*") if p.is_file())
