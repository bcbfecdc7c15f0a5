"""The offline help directory (Qt-free): services per region, emergency numbers, rights pages."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kit import LANGUAGES
from kit.content.errors import Problem
from kit.resources import package_data

REGIONS = ("be-vlaanderen", "be-brussel", "be-wallonie", "nl")
NEEDS = ("home-violence", "sexual-violence", "images-online", "children", "legal",
         "psychological", "police", "listening", "medical")
PHONE_FORMAT = re.compile(r"^(?:1\d{2,3}|116 000|0\d{2,3}[ -]\d{2,4}(?: \d{2,3})*)$")


def digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


@dataclass(frozen=True)
class Service:
    id: str
    name: dict[str, str]
    about: dict[str, str]
    hours: dict[str, str]
    regions: tuple[str, ...]
    needs: tuple[str, ...]
    phone: str
    alt_phone: str
    url: str
    free: bool
    anonymous: bool
    chat: bool
    emergency: bool
    violence_line: bool
    source: str
    verified: dt.date
    no_phone_reason: str = ""

    def text(self, field: str, lang: str) -> str:
        values = getattr(self, field)
        return values.get(lang) or values.get("en", "")

    @property
    def tel_uri(self) -> str:
        return "tel:" + digits(self.phone) if self.phone else ""

    @property
    def qr_payload(self) -> str:
        """What the entry's QR code holds: a tel: link for a phone, otherwise the website."""
        return self.tel_uri or self.url

    def as_json(self, lang: str) -> dict:
        return {
            "id": self.id,
            "name": self.text("name", lang),
            "phone": self.phone or None,
            "hours": self.text("hours", lang),
            "url": self.url or None,
            "needs": list(self.needs),
            "regions": list(self.regions),
            "free": self.free,
            "anonymous": self.anonymous,
            "chat": self.chat,
            "verified": self.verified.isoformat(),
            "source": self.source,
        }


class Directory:
    def __init__(self, path: Path):
        self.path = path
        self._problems: list[Problem] = []
        self.services: list[Service] = []
        self._load()

    def _load(self) -> None:
        try:
            raw = tomllib.loads(self.path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            self._problems.append(Problem(str(self.path), 1, f"cannot read the help directory: {e}"))
            return
        for i, entry in enumerate(raw.get("service", []), 1):
            try:
                self.services.append(self._service(entry))
            except (KeyError, TypeError, ValueError) as e:
                self._problems.append(Problem(str(self.path), self._line(entry), f"service {i}: {e}"))

    def _line(self, entry: dict) -> int:
        sid = entry.get("id", "")
        for n, line in enumerate(self.path.read_text("utf-8").split("\n"), 1):
            if line.strip() == f'id = "{sid}"':
                return n
        return 1

    def _service(self, e: dict) -> Service:
        for field in ("name", "about", "hours"):
            missing = [lang for lang in LANGUAGES if not e.get(field, {}).get(lang)]
            if missing:
                raise ValueError(f"'{field}' is missing in {', '.join(missing)}")
        if not e.get("source"):
            raise ValueError("no 'source'")
        if not isinstance(e.get("verified"), dt.date):
            raise ValueError("'verified' must be a date")
        phone = e.get("phone", "")
        for p in filter(None, (phone, e.get("alt_phone", ""))):
            if not PHONE_FORMAT.match(p):
                raise ValueError(f"phone '{p}' is not in a known Belgian or Dutch format")
        if not phone and not e.get("url"):
            raise ValueError("needs a phone or a website")
        bad = [r for r in e["regions"] if r not in REGIONS] + [n for n in e["needs"] if n not in NEEDS]
        if bad:
            raise ValueError(f"unknown region or need: {', '.join(bad)}")
        return Service(
            id=e["id"], name=e["name"], about=e["about"], hours=e["hours"],
            regions=tuple(e["regions"]), needs=tuple(e["needs"]), phone=phone,
            alt_phone=e.get("alt_phone", ""), url=e.get("url", ""), free=bool(e["free"]),
            anonymous=bool(e["anonymous"]), chat=bool(e["chat"]),
            emergency=bool(e.get("emergency", False)), violence_line=bool(e.get("violence_line", False)),
            source=e["source"], verified=e["verified"], no_phone_reason=e.get("no_phone_reason", ""),
        )

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def ids(self) -> set[str]:
        return {s.id for s in self.services}

    def get(self, sid: str) -> Service:
        return next(s for s in self.services if s.id == sid)

    def knows_phone(self, text: str) -> bool:
        d = digits(text)
        return any(d in (digits(s.phone), digits(s.alt_phone)) for s in self.services if s.phone)

    def for_region(self, region: str | None = None, need: str | None = None,
                   query: str = "", lang: str = "en") -> list[Service]:
        """Services for a region (all if None), the region's own first, emergency numbers on top."""
        out = []
        q = query.casefold().strip()
        for s in self.services:
            if region and region not in s.regions:
                continue
            if need and need not in s.needs:
                continue
            if q and not any(q in t.casefold() for t in (s.text("name", lang), s.text("about", lang), s.phone)):
                continue
            out.append(s)
        return sorted(out, key=lambda s: (not s.emergency, not s.violence_line, len(s.regions) > 3, not s.phone))

    def emergency(self, region: str) -> list[Service]:
        return [s for s in self.for_region(region) if s.emergency]

    def violence_lines(self, region: str) -> list[Service]:
        return [s for s in self.for_region(region) if s.violence_line]


@cache
def load_directory(path: Path | None = None) -> Directory:
    return Directory(path or package_data() / "help" / "services.toml")


def expand_placeholders(text: str, region: str, lang: str, directory: Directory | None = None) -> str:
    """Replace {{help:ID}}, {{emergency}} and {{helplines}} with names and numbers."""
    d = directory or load_directory()

    def line(s: Service) -> str:
        number = s.phone or s.url.removeprefix("https://")
        return f"**{s.text('name', lang)}**: {number}"

    def sub(m: re.Match) -> str:
        name, _, arg = m.group(1).strip().partition(":")
        if name == "help" and arg in d.ids():
            return line(d.get(arg))
        if name == "emergency":
            return ", ".join(line(s) for s in d.emergency(region))
        if name == "helplines":
            return ", ".join(line(s) for s in d.violence_lines(region))
        return m.group(0)

    return re.sub(r"\{\{([^{}]*)\}\}", sub, text)
