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
from kit.typography import mark

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
    languages: tuple[str, ...] = ()
    role: str = ""
    in_sentence: dict[str, str] | None = None

    def speaks(self, lang: str) -> bool:
        """True when the service answers in `lang` (a service without languages answers in any)."""
        return not self.languages or lang in self.languages

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
            "languages": list(self.languages),
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
        bad = ([r for r in e["regions"] if r not in REGIONS] + [n for n in e["needs"] if n not in NEEDS]
               + [lang for lang in e.get("languages", []) if lang not in LANGUAGES])
        if bad:
            raise ValueError(f"unknown region or need: {', '.join(bad)}")
        return Service(
            id=e["id"], name=e["name"], about=e["about"], hours=e["hours"],
            regions=tuple(e["regions"]), needs=tuple(e["needs"]), phone=phone,
            alt_phone=e.get("alt_phone", ""), url=e.get("url", ""), free=bool(e["free"]),
            anonymous=bool(e["anonymous"]), chat=bool(e["chat"]),
            emergency=bool(e.get("emergency", False)), violence_line=bool(e.get("violence_line", False)),
            source=e["source"], verified=e["verified"], no_phone_reason=e.get("no_phone_reason", ""),
            languages=tuple(e.get("languages", ())), role=e.get("role", ""),
            in_sentence=e.get("in_sentence") or None,
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
        """Services for a region (all if None): emergency numbers on top, then the violence lines,
        each group with the lines in the reader's language first, then the region's own services."""
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
        return sorted(out, key=lambda s: (not s.emergency, not s.violence_line, not s.speaks(lang),
                                          len(s.regions) > 3, not s.phone))

    def emergency(self, region: str, lang: str = "en") -> list[Service]:
        return [s for s in self.for_region(region, lang=lang) if s.emergency]

    def violence_lines(self, region: str, lang: str = "en") -> list[Service]:
        return [s for s in self.for_region(region, lang=lang) if s.violence_line]


def in_language(services: list[Service], lang: str) -> list[Service]:
    """What a handout in `lang` lists: a line in another language is left out when the list has a
    line of the same role in `lang` (Awel when Écoute-Enfants is there); kept when it has none."""
    spoken = {s.role for s in services if s.role and s.speaks(lang)}
    return [s for s in services if s.speaks(lang) or s.role not in spoken]


def service_line(s: Service, lang: str, bold: bool = True) -> str:
    """One Markdown line for a service: its name, then its number (or website). French puts a
    no-break space before the colon."""
    name = s.text("name", lang)
    number = s.phone or s.url.removeprefix("https://")
    colon = mark(":", lang)
    return f"**{name}**{colon} {number}" if bold else f"{name}{colon} {number}"


@cache
def load_directory(path: Path | None = None) -> Directory:
    return Directory(path or package_data() / "help" / "services.toml")


BLOCK_PLACEHOLDERS = ("emergency", "helplines")
# A {{emergency}} or {{helplines}} alone on its line (after any quote marks, indent or list marker;
# a full stop after it is dropped: the list ends the sentence).
BLOCK_LINE = re.compile(r"^(?P<lead>[ \t>]*)(?:(?:[-*+]|\d+\.)[ \t]+)?\{\{\s*(?P<name>emergency|helplines)\s*\}\}\.?[ \t]*$",
                        re.M)
# Joins a service to its number inside a sentence: "Contactez Child Focus au 116 000".
LIST_START = re.compile(r"(?:^|\n)[ \t>]*(?:[-*+]|\d+\.)$")
VIA_PHONE = {"nl": "op", "fr": "au", "en": "on"}
VIA_WEB = {"nl": "via", "fr": "sur", "en": "at"}


def service_phrase(s: Service, lang: str, sentence_start: bool = False) -> str:
    """A service inside a sentence: its name (with its article), then "op/au/on" and the number,
    or "via/sur/at" and the website: "l'Institut ... (IEFH) sur igvm-iefh.belgium.be"."""
    name = (s.in_sentence or {}).get(lang) or s.text("name", lang)
    if sentence_start:
        name = name[:1].upper() + name[1:]
    if s.phone and digits(s.phone) in digits(name):
        return f"**{name}**"
    if s.phone:
        return f"**{name}** {VIA_PHONE.get(lang, 'on')} {s.phone}"
    site = s.url.removeprefix("https://").removeprefix("www.")
    if not site or site.casefold() == name.casefold():
        return f"**{name}**"
    return f"**{name}** {VIA_WEB.get(lang, 'at')} {site}"


def placeholder_services(name: str, region: str, lang: str, d: Directory) -> list[Service]:
    return d.emergency(region, lang) if name == "emergency" else d.violence_lines(region, lang)


def expand_placeholders(text: str, region: str, lang: str, directory: Directory | None = None) -> str:
    """Replace {{help:ID}}, {{emergency}} and {{helplines}} with names and numbers.

    {{emergency}} and {{helplines}} belong on a line of their own: there they become a list, one
    service a line. Used inside a sentence (which `validate` reports) they become a comma list.
    {{help:ID}} is a phrase that fits in a sentence: "**Child Focus** au 116 000".
    """
    d = directory or load_directory()

    def block(m: re.Match) -> str:
        lead = m.group("lead")
        return "\n".join(f"{lead}- {service_line(s, lang)}"
                         for s in placeholder_services(m.group("name"), region, lang, d))

    def inline(m: re.Match) -> str:
        name, _, arg = m.group(1).strip().partition(":")
        if name == "help" and arg in d.ids():
            before = m.string[:m.start()].rstrip(" *")
            start = not before or before.endswith(("\n", ".", "!", "?")) or bool(LIST_START.search(before))
            return service_phrase(d.get(arg), lang, sentence_start=start)
        if name in BLOCK_PLACEHOLDERS and not arg:
            return ", ".join(service_line(s, lang) for s in placeholder_services(name, region, lang, d))
        return m.group(0)

    return re.sub(r"\{\{([^{}]*)\}\}", inline, BLOCK_LINE.sub(block, text))
