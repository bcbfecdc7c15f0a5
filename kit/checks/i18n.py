"""Texts of the computer check in English, Dutch and French.

Each language module in kit.checks.texts holds COMMON (shared sentences), LABELS (words used
inside sentences) and CHECKS (per check: "name" and "<status>.<field>" templates). A missing
text falls back to the common one for that status, then to English.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from kit.typography import mark

LANGUAGES = ("en", "nl", "fr")
FIELDS = ("title", "detail", "meaning", "advice")


class L(str):
    """A label: a word that is translated when the sentence is rendered."""

    __slots__ = ()


@cache
def texts(language: str):
    if language not in LANGUAGES:
        language = "en"
    return importlib.import_module(f"kit.checks.texts.{language}")


def label(key: str, language: str = "en") -> str:
    for lang in (language, "en"):
        value = texts(lang).LABELS.get(key)
        if value is not None:
            return value
    return key


def check_name(check_id: str, language: str = "en") -> str:
    """The short title of a check, as shown in a progress list."""
    for lang in (language, "en"):
        name = texts(lang).CHECKS.get(check_id, {}).get("name")
        if name:
            return name
    return check_id


# separators that the checks put between the parts of one item; French wants a no-break space
# before the colon (only these exact strings, never a name or a path)
_FR_SEPARATORS = {": ": mark(":", "fr") + " ", "): ": ")" + mark(":", "fr") + " "}


def _fmt(value: Any, language: str) -> str:
    if isinstance(value, L):
        return label(value, language)
    if isinstance(value, tuple):  # one item made of parts: ("AnyDesk", " (", L("kind..."), ")")
        return "".join(_FR_SEPARATORS.get(v, v) if language == "fr" and type(v) is str
                       else _fmt(v, language) for v in value)
    if isinstance(value, list):  # several items
        if not value:
            return label("word.none", language)
        return (mark(";", language) + " ").join(_fmt(v, language) for v in value)
    return str(value)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""


def template(check_id: str, status: str, fld: str, language: str, variant: str | None = None) -> str:
    for lang in (language, "en"):
        mod = texts(lang)
        own = mod.CHECKS.get(check_id, {})
        keys = ([f"{status}.{variant}.{fld}"] if variant else []) + [f"{status}.{fld}"]
        for k in keys:
            if k in own:
                return own[k]
        if f"{status}.{fld}" in mod.COMMON:
            return mod.COMMON[f"{status}.{fld}"]
    return ""


def render(check_id: str, status: str, params: dict[str, Any], language: str = "en",
           variant: str | None = None) -> dict[str, str]:
    values = _Params({k: _fmt(v, language) for k, v in params.items()})
    values.setdefault("check", check_name(check_id, language))
    return {f: template(check_id, status, f, language, variant).format_map(values).strip()
            for f in FIELDS}
