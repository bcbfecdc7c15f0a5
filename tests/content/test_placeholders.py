"""{{emergency}} / {{helplines}} become a list on a line of their own; {{help:ID}} fits in a sentence."""

from __future__ import annotations

import pytest

from kit.content.validate import placeholder_line_problems
from kit.helpdir import expand_placeholders, load_directory
from tests.content.test_validate import break_file, validate, write_item


@pytest.mark.parametrize("text", [
    "In danger? Call {{emergency}}.",
    "- Talk to a help service first: {{helplines}}. Then decide.",
    "> [!safety]\n> In danger? Call {{emergency}} now.",
    "- [ ] Save these numbers: {{helplines}}",
])
def test_validate_reports_a_list_placeholder_inside_a_sentence(text):
    problems = placeholder_line_problems("Intro.\n\n" + text, 10)
    assert problems and problems[0][0] >= 12
    assert "inside a sentence" in problems[0][1]


@pytest.mark.parametrize("text", [
    "In danger now? Call one of these numbers:\n{{emergency}}",
    "- In danger now? Call one of these numbers:\n  {{emergency}}",
    "- {{helplines}}",
    "Talk to a help service first:\n{{helplines}}.",
    "> [!safety]\n> In danger now? Call:\n> {{emergency}}",
    "```\nCall {{emergency}} in a code block.\n```",
])
def test_validate_accepts_a_list_placeholder_on_its_own_line(text):
    assert placeholder_line_problems(text, 1) == []


def test_validate_command_names_file_and_line(tmp_path, capsys):
    item = write_item(tmp_path)
    path = break_file(item, "fr", "Do the first thing.", "Appelez le {{emergency}}.")
    code, out = validate(capsys, item)
    line = next(n for n, t in enumerate(path.read_text("utf-8").split("\n"), 1) if "Appelez le" in t)
    assert code == 1 and f"{path}:{line}: {{{{emergency}}}} is inside a sentence" in out


def test_list_placeholders_expand_to_one_line_per_service():
    d = load_directory()
    text = expand_placeholders("- Appelez un de ces numéros :\n  {{emergency}}", "be-wallonie", "fr")
    lines = text.split("\n")
    assert lines[0] == "- Appelez un de ces numéros :"
    assert lines[1:] == [f"  - **{s.text('name', 'fr')}**\u00a0: {s.phone}" for s in d.emergency("be-wallonie")]
    assert len(lines) == 3
    quote = expand_placeholders("> {{helplines}}", "be-brussel", "nl")
    assert quote.split("\n") == ["> - **1712, hulplijn geweld, misbruik en kindermishandeling**: 1712",
                                 "> - **Ecoute Violences Conjugales (in het Frans)**: 0800 30 030"]
    assert expand_placeholders("{{helplines}}", "nl", "en") == "- **Veilig Thuis (in Dutch)**: 0800-2000"
    assert expand_placeholders("Call:\n{{helplines}}.", "nl", "en") == "Call:\n- **Veilig Thuis (in Dutch)**: 0800-2000"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Contactez {{help:child-focus}}.", "Contactez **Child Focus** au 116 000."),
    ("nl", "Bel {{help:awel}} of {{help:1712}}.", "Bel **Awel** op 102 of **de hulplijn 1712**."),
    ("en", "Contact {{help:igvm}}.", "Contact **the Institute for the Equality of Women and Men (IGVM / IEFH)** at igvm-iefh.belgium.be."),
    ("fr", "- {{help:igvm}} peut vous aider.",
     "- **L'Institut pour l'égalité des femmes et des hommes (IEFH)** sur igvm-iefh.belgium.be peut vous aider."),
    ("fr", "Les adultes peuvent utiliser {{help:stopncii}}.", "Les adultes peuvent utiliser **StopNCII.org**."),
    ("nl", "Ze kunnen terecht bij {{help:kindertelefoon}}.", "Ze kunnen terecht bij **de Kindertelefoon** via kindertelefoon.nl."),
])
def test_help_placeholder_reads_as_part_of_the_sentence(lang, text, expected):
    assert expand_placeholders(text, "be-brussel", lang) == expected


def test_callout_keeps_the_list_placeholder_on_its_own_line():
    from kit.content.markdown import split_callouts

    _, callouts = split_callouts("> [!safety]\n> In danger now? Call:\n> {{emergency}}\n> Then rest.")
    assert callouts[0].text.split("\n")[:2] == ["In danger now? Call:", "{{emergency}}"]
    assert "Call {{emergency}}" not in callouts[0].text
