"""Read one content file: bytes -> header + body, with clear problems instead of tracebacks."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kit.content.errors import ContentError, Problem
from kit.content.markdown import parse_tree
from kit.content.model import KIND_CLASSES, Document, Header, Source
from kit.content.schema import check_header

DELIM = "+++"
TOML_POS = re.compile(r"\(at line (\d+), column (\d+)\)")


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ContentError.one(path, 1, f"cannot read the file: {e.strerror or e}") from None
    if not data.strip():
        raise ContentError.one(path, 1, "the file is empty")
    if b"\0" in data:
        raise ContentError.one(path, 1, "this is a binary file, not Markdown text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ContentError.one(
            path, line, f"the file is not UTF-8 text (bad byte at position {e.start}); save it as UTF-8"
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def split_header(path: Path, text: str) -> tuple[dict, str, int]:
    """Return (header dict, body, line number of the body's first line)."""
    lines = text.split("\n")
    if lines[0].strip() != DELIM:
        raise ContentError.one(path, 1, f"the file must start with a '{DELIM}' line (TOML header)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == DELIM)
    except StopIteration:
        raise ContentError.one(path, 1, f"the header is never closed: add a second '{DELIM}' line") from None
    try:
        data = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        m = TOML_POS.search(msg)
        line = int(m.group(1)) + 1 if m else 2
        raise ContentError.one(path, line, f"header is not valid TOML: {TOML_POS.sub('', msg).strip()}") from None
    return data, "\n".join(lines[end + 1 :]), end + 2


def header_line(text: str, key: str) -> int:
    for i, line in enumerate(text.split("\n"), 1):
        if re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return i
    return 1


def read_header(path: Path) -> dict:
    """Fast path for listings: only the header, checked against the schema."""
    text = read_text(path)
    data, _, _ = split_header(path, text)
    msgs = check_header(data)
    if msgs:
        raise ContentError([Problem(str(path), _field_line(text, m), m) for m in msgs])
    return data


def _field_line(text: str, message: str) -> int:
    m = re.search(r"'([a-z_]+)'", message)
    return header_line(text, m.group(1)) if m else 1


def load_document(path: Path, lang: str, region: str | None = None) -> Document:
    """Read one language file. With a `region` ("" = not chosen), region blocks are resolved
    first (kit/content/regions.py), so code that splits the text (steps, slides, quiz) never
    sees a fence; without one, the blocks stay for the renderer to choose."""
    text = read_text(path)
    data, body, body_line = split_header(path, text)
    if region is not None:
        from kit.content.regions import select_region

        body = select_region(body, region, lang)
    msgs = check_header(data)
    if msgs:
        raise ContentError([Problem(str(path), _field_line(text, m), m) for m in msgs])
    if not body.strip():
        raise ContentError.one(path, body_line, "the file has a header but no text under it")
    tree, _ = parse_tree(body, body_line)
    known = {"id", "kind", "title", "summary", "languages", "verified", "sources", "tags"}
    header = Header(
        id=data["id"],
        kind=data["kind"],
        title=data["title"],
        summary=data["summary"],
        languages=list(data["languages"]),
        verified=data["verified"],
        sources=[Source.from_header(s) for s in data["sources"]],
        tags=list(data["tags"]),
        extra={k: v for k, v in data.items() if k not in known},
    )
    cls = KIND_CLASSES[header.kind]
    return cls(header=header, lang=lang, path=path, body=body, tree=tree, body_line=body_line)
