"""Region blocks: each reader sees the sentences of their own region, and no fence leaks."""

from __future__ import annotations

import re

import pytest

from kit import LANGUAGES
from kit.content import default_index
from kit.content.markdown import split_callouts
from kit.content.regions import USER_REGIONS, block_problems, render, select_region

TEXT = """Before.

:::region be
Belgian sentence.
:::
:::region nl
Dutch sentence.
:::
:::region be-wallonie be-brussel
French-speaking sentence.
:::

After."""


@pytest.mark.parametrize(
    ("region", "present", "absent"),
    [
        ("be-vlaanderen", ["Belgian"], ["Dutch sentence", "French-speaking"]),
        ("be-brussel", ["Belgian", "French-speaking"], ["Dutch sentence"]),
        ("be-wallonie", ["Belgian", "French-speaking"], ["Dutch sentence"]),
        ("nl", ["Dutch sentence"], ["Belgian", "French-speaking"]),
    ],
)
def test_blocks_follow_the_region(region, present, absent):
    out = select_region(TEXT, region, "en")
    assert out.startswith("Before.") and out.endswith("After.")
    for p in present:
        assert p in out
    for a in absent:
        assert a not in out
    assert ":::" not in out
    assert "\n\n\n" not in out


def test_unknown_region_keeps_every_block_with_its_name():
    out = select_region(TEXT, "", "nl")
    assert "*In België:* Belgian sentence." in out and "*In Nederland:* Dutch sentence." in out
    assert ":::" not in out


def test_region_name_goes_inside_a_list_item():
    text = "- one\n:::region nl\n- only in the Netherlands\n:::\n- two"
    assert select_region(text, "", "en") == "- one\n- *In the Netherlands:* only in the Netherlands\n- two"
    assert select_region(text, "be-brussel", "en") == "- one\n- two"


def test_block_inside_a_callout_keeps_its_lines():
    text = "> [!tip]\n> For everyone.\n> :::region nl\n> Only here.\n> :::\n> Again for everyone."
    _, callouts = split_callouts(text)
    assert select_region(callouts[0].text, "be-vlaanderen").split() == ["For", "everyone.", "Again", "for", "everyone."]
    assert "Only here." in select_region(callouts[0].text, "nl")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (":::region be\nopen", "never closed"),
        (":::region fr\nx\n:::", "unknown region"),
        (":::\n", "closes no region block"),
        (":::region be\n### Step {#s}\n:::", "heading inside a region block"),
        (":::region nl\n- [ ] item\n:::", "checklist item"),
        (":::region be\n:::region nl\n:::", "inside the region block"),
    ],
)
def test_bad_blocks_are_named(text, message):
    problems = block_problems(text, 10)
    assert any(message in m for _, m in problems), problems
    assert all(line >= 10 for line, _ in problems)


def _every_text():
    index = default_index()
    for item_id in index.ids():
        for lang in LANGUAGES:
            doc = index.document(item_id, lang)
            yield item_id, lang, doc.body


@pytest.mark.parametrize("region", [*USER_REGIONS, ""])
def test_loading_for_a_region_resolves_the_blocks_before_the_text_is_split(region):
    """Steps, slides and quiz options come from a document loaded for the region: no fence."""
    index = default_index()
    for item_id in index.ids():
        for lang in LANGUAGES:
            doc = index.document(item_id, lang, region)
            assert not re.search(r"^[\s>]*:::", doc.body, re.M), f"{item_id} {lang} {region}"
    tiktok = index.guide("tiktok", "nl", "nl").before
    assert "help:kindertelefoon" in tiktok and "help:awel" not in tiktok


@pytest.mark.parametrize("region", [*USER_REGIONS, ""])
def test_every_item_renders_for_every_region_and_language(region):
    for item_id, lang, body in _every_text():
        out = render(body, region, lang)
        where = f"{item_id} {lang} {region or '(no region)'}"
        assert not re.search(r"^\s*[> ]*:::", out, re.M), f"a region fence leaks in {where}"
        assert "{{" not in out, f"a placeholder is not expanded in {where}"
        if lang == "nl" and region == "nl":
            assert not re.search(r"\bgsm", out, re.I), f"'gsm' reaches a reader in the Netherlands in {item_id}"
