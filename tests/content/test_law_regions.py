"""Law per country: a reader in the Netherlands never reads Belgian law as theirs, and vice versa.

Every module and rights page is rendered the way the app shows it (loaded for the region, every
part that reaches a screen, a handout or the facilitator, placeholders expanded) for a Belgian and
a Dutch region in every language. The text of a `:::region be` block must not reach the Dutch
reader, nor an `nl` block the Belgian one, and sentences that only state the law of one country
(named by words below that only that country's law uses) must sit in a block of that country.
"""

from __future__ import annotations

import re

import pytest

from kit import LANGUAGES
from kit.content import default_index
from kit.content.regions import CLOSE, OPEN, matches, render

BELGIAN = ("be-vlaanderen", "be-brussel", "be-wallonie")

# Words that only occur where Belgian law (or a Belgian legal body) is stated.
BELGIAN_LAW = [
    r"COL 13/2025", r"442bis", r"\b417/\d+", r"371/1",
    r"22 (?:May|mei|mai) 2014", r"4 (?:May|mei|mai) 2020", r"8 (?:April|april|avril) 2026",
    r"Belgian (?:criminal )?law", r"Belgische? (?:straf)?wet", r"Belgische? strafrecht", r"Strafwetboek",
    r"loi belge", r"droit pénal belge", r"Electronic Communications Act",
    r"(?:wet|loi) (?:op|relative aux) (?:de )?elektronische communicatie|communications électroniques",
]
# Words that only occur where Dutch law is stated.
DUTCH_LAW = [
    r"285d", r"139h", r"254ba", r"Wetboek van Strafrecht", r"Dutch (?:criminal )?law", r"Nederlandse wet",
    r"loi néerlandaise", r"droit pénal néerlandais", r"Wet seksuele misdrijven", r"Sexual Offences Act",
]


def _items():
    index = default_index()
    for item_id in index.ids():
        kind = index.document(item_id, "en").header.kind
        if kind in ("module", "rights"):
            yield item_id, kind


def _shown(item_id: str, kind: str, lang: str, region: str) -> str:
    """Everything of an item that reaches a reader in `region`, placeholders expanded."""
    index = default_index()
    if kind != "module":
        return render(index.document(item_id, lang, region).body, region, lang)
    m = index.module(item_id, lang, region)
    parts = [m.header.title, m.header.summary, *m.goals, m.messages, m.facilitator, m.handout]
    for s in m.scenarios:
        parts += [s.title, s.text, *s.questions, *s.points]
    for q in m.quiz:
        parts.append(q.text)
        parts += [f"{o.text} {o.explanation}" for o in q.options]
    return "\n".join(render(p, region, lang) for p in parts)


def _blocks(body: str) -> list[tuple[list[str], str]]:
    """(tags, text) of every region block in a body."""
    out, tags, lines = [], None, []
    for line in body.split("\n"):
        bare = line.lstrip(" >")
        m = OPEN.match(bare)
        if m:
            tags, lines = m.group(1).split(), []
        elif tags is not None and CLOSE.match(bare):
            out.append((tags, "\n".join(lines)))
            tags = None
        elif tags is not None:
            lines.append(bare)
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_countrys_blocks_never_reach_the_other(lang):
    index = default_index()
    for item_id, kind in _items():
        body = index.document(item_id, lang).body
        blocks = _blocks(body)
        for region in ("nl", *BELGIAN):
            shown = _shown(item_id, kind, lang, region)
            for tags, text in blocks:
                sentence = render(text, region, lang).strip().split("\n")[0][:60]
                if not sentence or any(matches(t, region) for t in tags):
                    continue
                assert sentence not in shown, f"{item_id} {lang}: the {tags} block reaches a reader in {region}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_law_of_one_country_stands_in_that_countrys_block(lang):
    """A sentence with Belgian law is not read by a reader in the Netherlands, and vice versa."""
    for item_id, kind in _items():
        for region, foreign in (("nl", BELGIAN_LAW), ("be-vlaanderen", DUTCH_LAW), ("be-wallonie", DUTCH_LAW)):
            rights_regions = default_index().rights(item_id, lang).regions if kind == "rights" else []
            if rights_regions and not any(matches(r, region) or matches(region, r) for r in rights_regions):
                continue  # a rights page of the other country is not listed for this region
            shown = _shown(item_id, kind, lang, region)
            for pattern in foreign:
                hit = re.search(pattern, shown)
                assert not hit, f"{item_id} {lang}: a reader in {region} reads {hit.group(0)!r}, law of the other country"


def test_blocks_are_used_for_law():
    """The modules that state the law of one country do so in region blocks."""
    index = default_index()
    for item_id in ("sextortion", "sexting-consent", "image-abuse", "deepnudes", "grooming", "online-harassment",
                    "doxing-privacy"):
        for lang in LANGUAGES:
            tags = {t for ts, _ in _blocks(index.document(item_id, lang).body) for t in ts}
            assert {"be", "nl"} <= tags, f"{item_id} {lang}"


def test_a_quiz_option_holds_in_both_countries():
    """Quiz options cannot be region blocks: none may present one country's law as the answer."""
    index = default_index()
    for item_id, kind in _items():
        if kind != "module":
            continue
        for lang in LANGUAGES:
            for q in index.module(item_id, lang).quiz:
                for o in q.options:
                    text = f"{o.text} {o.explanation}"
                    for pattern in BELGIAN_LAW + DUTCH_LAW:
                        assert not re.search(pattern, text), f"{item_id} {lang} {q.id}: {pattern}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shared_family_pages_show_each_reader_their_own_law(lang):
    """The "get it removed" box, the disclosure protocol and the media plan print with every
    module: rendered for a region, they hold no law of the other country."""
    from kit.content.shared_pages import SHARED_PAGES, shared_page_markdown

    for name in SHARED_PAGES:
        for region, foreign in (("nl", BELGIAN_LAW), ("be-vlaanderen", DUTCH_LAW), ("be-wallonie", DUTCH_LAW)):
            shown = render(shared_page_markdown(name, lang), region, lang)
            for pattern in foreign:
                hit = re.search(pattern, shown)
                assert not hit, f"{name} {lang}: a reader in {region} reads {hit.group(0)!r}"
