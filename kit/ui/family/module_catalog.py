"""The module library as plain data: one entry per module, and the filters (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass

from kit.content import default_index

AGE_ORDER = ("0-3", "3-6", "6-12", "12-18", "adults")


@dataclass(frozen=True)
class ModuleEntry:
    id: str
    title: str
    summary: str
    age_groups: tuple[str, ...]
    duration_min: int
    topics: tuple[str, ...]


def entries(lang: str, index=None) -> list[ModuleEntry]:
    """Every module in `lang`, sorted by title."""
    index = index or default_index()
    out = []
    for mid in index.ids("module"):
        m = index.module(mid, lang)
        out.append(ModuleEntry(mid, m.title, m.header.summary, tuple(m.age_groups), m.duration_min,
                               tuple(m.topics)))
    return sorted(out, key=lambda e: e.title.casefold())


def age_groups(found: list[ModuleEntry]) -> list[str]:
    ages = {a for e in found for a in e.age_groups}
    return sorted(ages, key=lambda a: (AGE_ORDER.index(a) if a in AGE_ORDER else len(AGE_ORDER), a))


def topics(found: list[ModuleEntry]) -> list[str]:
    return sorted({t for e in found for t in e.topics})


def durations(found: list[ModuleEntry]) -> list[int]:
    return sorted({e.duration_min for e in found if e.duration_min})


def matches(entry: ModuleEntry, age: str = "", topic: str = "", max_minutes: int = 0) -> bool:
    """An empty filter matches everything; `max_minutes` keeps modules that fit in that time."""
    return ((not age or age in entry.age_groups)
            and (not topic or topic in entry.topics)
            and (not max_minutes or entry.duration_min <= max_minutes))


def filtered(found: list[ModuleEntry], age: str = "", topic: str = "", max_minutes: int = 0) -> list[ModuleEntry]:
    return [e for e in found if matches(e, age, topic, max_minutes)]
