"""The header schema: which fields, of which type, for which kind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

KINDS = ("guide", "checklist", "module", "rights")
AGE_GROUPS = ("0-3", "3-6", "6-12", "12-18", "adults")
REGIONS = ("be-vlaanderen", "be-brussel", "be-wallonie", "nl")


@dataclass(frozen=True)
class Field:
    name: str
    types: tuple[type, ...]
    required: bool
    kinds: tuple[str, ...] = KINDS
    per_language: bool = False  # may differ between nl/fr/en
    item_type: type | None = None  # for lists

    def describe(self) -> str:
        names = {str: "text", int: "a whole number", bool: "true or false", list: "a list",
                 dt.date: "a date (YYYY-MM-DD)"}
        base = " or ".join(names.get(t, t.__name__) for t in self.types)
        if self.item_type:
            base += f" of {names.get(self.item_type, self.item_type.__name__)}"
        return base


FIELDS = [
    Field("id", (str,), True),
    Field("kind", (str,), True),
    Field("title", (str,), True, per_language=True),
    Field("summary", (str,), True, per_language=True),
    Field("languages", (list,), True, item_type=str),
    Field("verified", (dt.date,), True),
    Field("sources", (list,), True, item_type=dict),
    Field("tags", (list,), True, item_type=str),
    Field("related", (list,), False, item_type=str),
    Field("stage", (int,), True, kinds=("guide",)),
    Field("order", (int,), False, kinds=("guide",)),
    Field("triggers", (list,), True, kinds=("guide",), item_type=str),
    Field("always", (bool,), False, kinds=("guide",)),
    Field("age_groups", (list,), True, kinds=("module",), item_type=str),
    Field("duration_min", (int,), True, kinds=("module",)),
    Field("topics", (list,), False, kinds=("module",), item_type=str),
    Field("regions", (list,), True, kinds=("rights",), item_type=str),
]
FIELD_BY_NAME = {f.name: f for f in FIELDS}

TRIGGERS = {
    "device": ("iphone", "android", "windows", "mac", "shared-computer"),
    "service": (
        "gmail", "outlook", "isp-mail", "apple", "google", "microsoft", "samsung", "whatsapp",
        "facebook", "instagram", "snapchat", "tiktok", "telegram", "signal", "life360", "itsme",
        "be-gov", "digid", "bank", "payconiq", "webshops", "router", "smarthome", "car",
        "password-manager", "streaming",
    ),
    "situation": ("shared-passwords", "children", "living-together", "tracked", "spyware", "money"),
}
ALL_TRIGGERS = {f"{k}:{v}" for k, vs in TRIGGERS.items() for v in vs}


def check_header(data: dict) -> list[str]:
    """Return a message for every schema problem in a parsed header."""
    msgs: list[str] = []
    kind = data.get("kind")
    if kind not in KINDS:
        msgs.append(f"'kind' must be one of {', '.join(KINDS)}, not {kind!r}")
        kind = None
    for f in FIELDS:
        applies = kind is None or kind in f.kinds
        if f.name not in data:
            if f.required and applies:
                msgs.append(f"missing field '{f.name}' ({f.describe()})")
            continue
        if not applies:
            msgs.append(f"field '{f.name}' is not used for kind '{kind}'")
            continue
        value = data[f.name]
        # bool is an int in Python; keep them apart
        if not isinstance(value, f.types) or (isinstance(value, bool) and bool not in f.types):
            msgs.append(f"field '{f.name}' must be {f.describe()}, not {type(value).__name__}")
            continue
        if f.item_type and any(not isinstance(v, f.item_type) for v in value):
            msgs.append(f"field '{f.name}' must be {f.describe()}")
            continue
        if isinstance(value, str) and not value.strip():
            msgs.append(f"field '{f.name}' is empty")
    unknown = sorted(set(data) - set(FIELD_BY_NAME))
    if unknown:
        msgs.append(f"unknown field(s): {', '.join(unknown)}")
    if msgs:
        return msgs
    today = dt.date.today()
    if data["verified"] > today:
        msgs.append(f"'verified' date {data['verified']} is in the future")
    if not data["sources"]:
        msgs.append("at least one source is needed in 'sources'")
    for i, s in enumerate(data["sources"], 1):
        if not isinstance(s.get("url"), str) or not s["url"].startswith(("https://", "http://")):
            msgs.append(f"source {i} needs a 'url' that starts with https://")
        if not isinstance(s.get("title"), str) or not s["title"].strip():
            msgs.append(f"source {i} needs a 'title'")
        msgs.extend(_source_record_problems(i, s))
    if kind == "module":
        bad = [a for a in data["age_groups"] if a not in AGE_GROUPS]
        if bad or not data["age_groups"]:
            msgs.append(f"'age_groups' must be chosen from {', '.join(AGE_GROUPS)}")
        if data["duration_min"] <= 0:
            msgs.append("'duration_min' must be more than 0")
    if kind == "guide":
        if data["stage"] not in (1, 2, 3, 4):
            msgs.append("'stage' must be 1, 2, 3 or 4")
        bad = [t for t in data["triggers"] if t not in ALL_TRIGGERS]
        if bad:
            msgs.append(f"unknown trigger(s): {', '.join(bad)} (see kit/content/FORMAT.md)")
        if not data["triggers"] and not data.get("always"):
            msgs.append("a guide needs 'triggers' or 'always = true', or no plan will include it")
    if kind == "rights":
        bad = [r for r in data["regions"] if r not in REGIONS]
        if bad or not data["regions"]:
            msgs.append(f"'regions' must be chosen from {', '.join(REGIONS)}")
    return msgs


SOURCE_KEYS = {"url", "title", "steps", "checked", "lang"}


def _source_record_problems(i: int, s: dict) -> list[str]:
    """The optional per-step part of a source: which steps it backs and when it was read."""
    msgs = []
    unknown = sorted(set(s) - SOURCE_KEYS)
    if unknown:
        msgs.append(f"source {i} has unknown key(s) {', '.join(unknown)}: use {', '.join(sorted(SOURCE_KEYS))}")
    steps = s.get("steps", [])
    if not isinstance(steps, list) or any(not isinstance(x, str) for x in steps):
        msgs.append(f"source {i}: 'steps' must be a list of step ids")
    checked = s.get("checked")
    if "checked" in s and (not isinstance(checked, dt.date) or isinstance(checked, dt.datetime)):
        msgs.append(f"source {i}: 'checked' must be a date (YYYY-MM-DD)")
    elif isinstance(checked, dt.date) and checked > dt.date.today():
        msgs.append(f"source {i}: 'checked' date {checked} is in the future")
    if steps and "checked" not in s:
        msgs.append(f"source {i} names steps but not the date it was read: add checked = YYYY-MM-DD")
    if "lang" in s and s["lang"] not in ("nl", "fr", "en"):
        msgs.append(f"source {i}: 'lang' must be nl, fr or en")
    return msgs
