"""The texts: complete in English, Dutch and French, with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest
from test_checks_fixtures import report

from kit.checks.i18n import LANGUAGES, check_name, texts
from kit.checks.registry import all_checks

FIELD = re.compile(r"^(ok|attention|info|unknown)(\.[a-z_]+)?\.(title|detail|meaning|advice)$")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_check_has_a_name_in_every_language():
    for c in all_checks():
        for lang in LANGUAGES:
            assert texts(lang).CHECKS.get(c.id, {}).get("name"), (c.id, lang)
            assert c.title(lang) == check_name(c.id, lang)


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_translations_have_the_same_keys_and_placeholders(lang):
    en, other = texts("en"), texts(lang)
    assert set(en.CHECKS) == set(other.CHECKS)
    assert set(en.COMMON) == set(other.COMMON)
    assert set(en.LABELS) == set(other.LABELS)
    for check_id, fields in en.CHECKS.items():
        assert set(fields) == set(other.CHECKS[check_id]), check_id
        for key, template in fields.items():
            assert placeholders(template) == placeholders(other.CHECKS[check_id][key]), (check_id, key)
    for key, template in en.COMMON.items():
        assert placeholders(template) == placeholders(other.COMMON[key]), key


def test_text_keys_are_well_formed():
    for check_id, fields in texts("en").CHECKS.items():
        for key in fields:
            assert key == "name" or FIELD.match(key), (check_id, key)


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
@pytest.mark.parametrize("snapshot", [f"{s}_{k}" for s in ("linux", "windows", "macos")
                                      for k in ("clean", "positive", "denied")])
def test_every_finding_renders_completely(lang, snapshot):
    for f in report(snapshot).findings:
        g = f.localized(lang)
        for part in (g.title, g.detail, g.meaning, g.advice):
            assert part and "{" not in part and "}" not in part, (g.id, g.status, part)
        assert not re.search(r"\b(?:reason|kind|word|what|how)\.[a-z_-]+", g.detail), g.detail


def test_languages_really_differ():
    f = report("linux_positive").findings[0]
    assert len({f.localized(lang).title for lang in LANGUAGES}) == 3


def test_attention_advice_says_do_not_remove_straight_away():
    for lang, words in (("en", "straight away"), ("nl", "niet meteen"), ("fr", "pas tout de suite")):
        for f in report("windows_positive").findings:
            if f.status == "attention" and f.id in ("processes_catalog", "win_remote_desktop"):
                assert words in f.localized(lang).advice
