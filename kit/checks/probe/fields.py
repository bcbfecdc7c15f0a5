"""Pick named fields out of parsed JSON or plist data, so that the rest is never kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

SCALARS = (str, int, float, bool)


def pick(data: Any, fields: Sequence[str]) -> list[list]:
    """[[path parts, value], ...] for every scalar (or list of scalars) the field paths reach."""
    found: list[list] = []
    for spec in fields:
        _walk(data, spec.split("."), [], found)
    return found


def _walk(node: Any, rest: list[str], where: list[str], found: list[list]) -> None:
    if not rest:
        value = _scalar(node)
        if value is not None:
            found.append([where, value])
        return
    head, tail = rest[0], rest[1:]
    if isinstance(node, dict):
        items = node.items() if head == "*" else ([(head, node[head])] if head in node else [])
        for k, v in items:
            _walk(v, tail, [*where, str(k)], found)
    elif isinstance(node, list):
        if head == "*":
            pairs = enumerate(node)
        elif head.isdigit() and int(head) < len(node):
            pairs = [(int(head), node[int(head)])]
        else:
            pairs = []
        for i, v in pairs:
            _walk(v, tail, [*where, str(i)], found)


def _scalar(node: Any) -> Any:
    if isinstance(node, SCALARS):
        return node
    if isinstance(node, (dt.datetime, dt.date)):
        return node.isoformat()
    if isinstance(node, list) and all(isinstance(v, SCALARS) for v in node):
        return list(node)
    return None


def as_map(pairs: list[list]) -> dict[tuple[str, ...], Any]:
    """The result of `pick` as {path tuple: value}."""
    return {tuple(path): value for path, value in pairs}
