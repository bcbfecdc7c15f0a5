"""Timestamps as ISO 8601 text in UTC (sortable as text)."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def now_text() -> str:
    return now().isoformat(timespec="milliseconds")


def parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
