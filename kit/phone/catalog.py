"""The phone catalog (kit/data/phone_catalog.json): stalkerware, watchware and dual-use apps by
Android package name, iOS bundle id and app name, with source and licence per entry.

Built by `python -m kit.checks.build_catalog` (see kit/phone/catalog_build.py).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[1] / "data" / "phone_catalog.json"


def norm(name: str) -> str:
    """Lower case, accents and punctuation removed: "mSpy™ Lite" -> "mspy lite"."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


@dataclass(frozen=True)
class PhoneApp:
    id: str
    name: str
    kind: str  # "stalkerware", "watchware" or "dual-use"
    packages: tuple[str, ...] = ()
    ios_bundles: tuple[str, ...] = ()
    match_names: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    licence: tuple[str, ...] = ()
    note: str = field(default="", compare=False)


class PhoneCatalog:
    def __init__(self, entries: list[PhoneApp], attribution: list[dict] | None = None):
        self.entries = entries
        self.attribution = attribution or []
        self._pkg: dict[str, PhoneApp] = {}
        self._prefix: list[tuple[str, PhoneApp]] = []
        self._bundle: dict[str, PhoneApp] = {}
        self._name: dict[str, PhoneApp] = {}
        order = {"stalkerware": 0, "watchware": 1, "dual-use": 2}
        for e in sorted(entries, key=lambda e: order.get(e.kind, 3), reverse=True):
            for p in e.packages:
                self._pkg[p.lower()] = e
            for b in e.ios_bundles:
                self._bundle[b.lower()] = e
            for n in e.match_names:
                self._name[n] = e

    def by_package(self, package: str) -> PhoneApp | None:
        return self._pkg.get((package or "").lower())

    def by_ios(self, bundle_id: str, *names: str) -> PhoneApp | None:
        hit = self._bundle.get((bundle_id or "").lower()) or self._pkg.get((bundle_id or "").lower())
        if hit:
            return hit
        for n in names:
            hit = self._name.get(norm(n))
            if hit:
                return hit
        return None


def from_json(data: dict) -> PhoneCatalog:
    entries = []
    for e in data.get("entries", []):
        entries.append(PhoneApp(
            id=e["id"], name=e["name"], kind=e["kind"], packages=tuple(e.get("packages", [])),
            ios_bundles=tuple(e.get("ios_bundles", [])), match_names=tuple(e.get("match_names", [])),
            source=tuple(e.get("source", [])), licence=tuple(e.get("licence", [])),
            note=e.get("note", "")))
    return PhoneCatalog(entries, data.get("attribution", []))


@cache
def load(path: Path = CATALOG) -> PhoneCatalog:
    return from_json(json.loads(path.read_text(encoding="utf-8")))
