"""Family modules a trainer can run as written: a time plan that adds up, a tallied quiz of 10-12
minutes, a break in sessions of 90 minutes, conversation starters, and the shared protocol."""

from __future__ import annotations

import re

import pytest

from kit.content import default_index
from kit.content.shared_pages import SHARED_PAGES, shared_page_markdown

BREAK = {"en": "break", "nl": "pauze", "fr": "pause"}
QUIZ = {"en": "quiz", "nl": "quiz", "fr": "quiz"}
PROTOCOL = {"en": "If someone tells about abuse", "nl": "Als iemand over misbruik vertelt", "fr": "Si quelqu'un parle de violences"}
MODULES = default_index().ids("module")


def outline(module) -> list[tuple[int, str]]:
    node = module.section("facilitator").child("outline")
    return [(int(n), text) for n, text in re.findall(r"^- (\d+) min ?: (.*)$", node.text, re.M)]


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
@pytest.mark.parametrize("module_id", MODULES)
def test_time_plan_adds_up(module_id, lang):
    module = default_index().module(module_id, lang)
    plan = outline(module)
    assert sum(n for n, _ in plan) == module.duration_min, plan
    quiz = [n for n, text in plan if QUIZ[lang] in text.lower()]
    assert quiz and all(10 <= n <= 12 for n in quiz), plan  # a tallied quiz needs 10 to 12 minutes
    if module.duration_min >= 90:
        assert any(BREAK[lang] in text.lower() for _, text in plan), plan


@pytest.mark.parametrize("module_id", MODULES)
def test_trainers_tools_in_every_module(module_id):
    for lang in ("en", "nl", "fr"):
        module = default_index().module(module_id, lang)
        fac = module.section("facilitator")
        assert fac.child("starters") is not None, (module_id, lang)  # conversation starters by age
        assert fac.child("starters").text.count("- ") >= 2
        # the disclosure part points to the one shared protocol
        disclosure = fac.child("disclosure").text
        assert PROTOCOL[lang] in disclosure, (module_id, lang)
        assert module.section("handout").child("handout-short") is not None  # pictogram summary


@pytest.mark.parametrize("module_id", ["sexting-consent", "deepnudes", "grooming"])
def test_sensoa_flag_exercise(module_id):
    for lang in ("en", "nl", "fr"):
        fac = default_index().module(module_id, lang).section("facilitator")
        assert fac.child("flags") is not None and "sensoa.be" in fac.child("flags").text


def test_shared_pages_exist_in_every_language():
    for name in SHARED_PAGES:
        for lang in ("en", "nl", "fr"):
            assert shared_page_markdown(name, lang).startswith("# ")
