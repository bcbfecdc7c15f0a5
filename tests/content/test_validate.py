"""The validator: every malformed file gives path:line: message, exit 1, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kit.cli import run

HEADER = """+++
id = "sample"
kind = "guide"
title = "{title}"
summary = "A sample guide."
languages = ["nl", "fr", "en"]
verified = 2026-01-01
tags = ["test"]
stage = 4
triggers = ["service:router"]
sources = [{{ url = "https://example.org/help", title = "Example help" }}]
+++
"""
BODY = """
## Why {#why}
Because it matters.

## Before {#before}
They may notice. Call {{help:1712}}.

## Steps {#steps}

### First step {#one}
Do the first thing.

> [!evidence]
> Take a screenshot first.

### Second step {#two}
Do the second thing.

#### iPhone {#ios}
Open Settings.
"""


def write_item(root: Path, item_id: str = "sample", folder: str = "guides") -> Path:
    item = root / folder / item_id
    item.mkdir(parents=True)
    for lang in ("nl", "fr", "en"):
        text = (HEADER.format(title=f"Title {lang}") + BODY).replace('id = "sample"', f'id = "{item_id}"')
        (item / f"{lang}.md").write_text(text, encoding="utf-8")
    return item


def validate(capsys, *paths: Path) -> tuple[int, str]:
    code = run(["validate", *map(str, paths)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out


def test_valid_item_passes(tmp_path, capsys):
    item = write_item(tmp_path)
    code, out = validate(capsys, item)
    assert code == 0, out


def test_shipped_content_is_valid(capsys):
    code, out = validate(capsys)
    assert code == 0, out


def break_file(item: Path, lang: str, old: str, new: str) -> Path:
    path = item / f"{lang}.md"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


# (name, language file, text to replace, broken text, line offset from the broken text, message)
CASES = [
    ("bad header syntax", "fr", 'tags = ["test"]', 'tags = ["test"', 1, "not valid TOML"),
    ("wrong type", "nl", "stage = 4", 'stage = "four"', 0, "'stage' must be a whole number"),
    ("future date", "en", "verified = 2026-01-01", "verified = 2999-01-01", 0, "in the future"),
    ("no sources", "en", 'sources = [{ url = "https://example.org/help", title = "Example help" }]', "sources = []", 0, "at least one source"),
    ("unknown placeholder", "nl", "{{help:1712}}", "{{phone}}", 0, "unknown placeholder"),
    ("unknown service", "nl", "{{help:1712}}", "{{help:nobody}}", 0, "no help service"),
    ("unclosed fence", "en", "Do the second thing.", "```\nDo the second thing.", 0, "never closed"),
    ("heading without anchor", "fr", "### Second step {#two}", "### Second step", 0, "without an anchor"),
    ("invented phone", "en", "Do the first thing.", "Call 0800 12 345 now.", 0, "not in the help directory"),
    ("unknown callout", "en", "> [!evidence]", "> [!warning]", 0, "unknown callout"),
    ("bad link", "en", "Do the first thing.", "See [this](www.example.org).", 0, "must start with https://"),
]


@pytest.mark.parametrize(("name", "lang", "old", "new", "line", "message"), CASES, ids=[c[0] for c in CASES])
def test_broken_copy_names_file_and_line(tmp_path, capsys, name, lang, old, new, line, message):
    item = write_item(tmp_path)
    path = break_file(item, lang, old, new)
    first = new.split("\n")[0]
    line += next(n for n, text in enumerate(path.read_text("utf-8").split("\n"), 1) if first in text)
    code, out = validate(capsys, item)
    assert code == 1
    assert f"{path}:{line}: " in out and message in out, out


def test_step_count_mismatch(tmp_path, capsys):
    item = write_item(tmp_path)
    path = break_file(item, "fr", "### Second step {#two}\nDo the second thing.\n", "")
    code, out = validate(capsys, item)
    assert code == 1
    assert f"{path}:" in out and "1 steps here, 2 in en.md" in out


def test_placeholder_mismatch(tmp_path, capsys):
    item = write_item(tmp_path)
    path = break_file(item, "nl", "Call {{help:1712}}.", "Call us.")
    code, out = validate(capsys, item)
    assert code == 1 and f"{path}:" in out and "placeholders differ" in out


def test_missing_language(tmp_path, capsys):
    item = write_item(tmp_path)
    (item / "fr.md").unlink()
    code, out = validate(capsys, item)
    assert code == 1 and f"{item}:1: missing language: 'fr.md'" in out


def test_duplicate_id(tmp_path, capsys):
    write_item(tmp_path, "twin", "guides")
    write_item(tmp_path, "twin", "checklists")
    code, out = validate(capsys, tmp_path)
    assert code == 1 and "duplicate id 'twin'" in out


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"", "the file is empty", 1),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file", 1),
        (b"+++\nid = \"x\"\n+++\n\nCaf\xe9\n", "not UTF-8", 5),
        (b"no header here\n", "must start with a '+++' line", 1),
        (b"+++\nid = 'sample'\n", "never closed", 1),
    ],
    ids=["empty", "binary", "not-utf8", "no-header", "unclosed-header"],
)
def test_unreadable_files(tmp_path, capsys, content, message, line):
    item = write_item(tmp_path)
    (item / "en.md").write_bytes(content)
    code, out = validate(capsys, item)
    assert code == 1 and f"{item / 'en.md'}:{line}: " in out and message in out, out


def test_header_differs_between_languages(tmp_path, capsys):
    item = write_item(tmp_path)
    path = break_file(item, "nl", 'tags = ["test"]', 'tags = ["other"]')
    code, out = validate(capsys, item)
    assert code == 1 and f"{path}:2: 'tags' differs from en.md" in out


def test_missing_path(tmp_path, capsys):
    code, out = validate(capsys, tmp_path / "nope")
    assert code == 1 and "no such file or folder" in out


def test_broken_copy_of_shipped_item(tmp_path, capsys):
    """Done-when of the foundation: a deliberately broken copy of a shipped item exits 1."""
    copy = tmp_path / "guides" / "email-first"
    shutil.copytree(Path(__file__).parents[2] / "guides" / "email-first", copy)
    path = copy / "nl.md"
    lines = path.read_text("utf-8").split("\n")
    lines[4] = "summary = "  # broken TOML on line 5
    path.write_text("\n".join(lines), "utf-8")
    code, out = validate(capsys, copy)
    assert code == 1 and f"{path}:5: " in out


def _rewrite_quiz(path: Path, rewrite) -> None:
    """Apply rewrite(options) -> options to every question's '- [ ]'/'- [x]' lines of one module file."""
    lines = path.read_text("utf-8").split("\n")
    out, block = [], []
    for line in [*lines, ""]:
        if line.startswith(("- [ ] ", "- [x] ")):
            block.append(line)
            continue
        if block:
            out += rewrite(block)
            block = []
        out.append(line)
    path.write_text("\n".join(out[:-1]), "utf-8")


def _right_second(block: list[str]) -> list[str]:
    right = next(b for b in block if b.startswith("- [x] "))
    wrong = [b for b in block if b is not right]
    return [wrong[0], right, *wrong[1:]]


def _right_longest(block: list[str]) -> list[str]:
    return [b.replace(" :: ", " and a lot of extra words that make it long :: ", 1) if b.startswith("- [x] ") else b
            for b in block]


@pytest.mark.parametrize("rewrite, message", [
    (_right_second, "the right answer sits in the same position in"),
    (_right_longest, "the right answer is the longest option in"),
])
def test_quiz_that_can_be_guessed_is_reported(tmp_path, capsys, rewrite, message):
    """A module whose right answers are all second, or all the longest, fails validation."""
    copy = tmp_path / "modules" / "sextortion"
    shutil.copytree(Path(__file__).parents[2] / "modules" / "sextortion", copy)
    code, _ = validate(capsys, copy)
    assert code == 0
    for lang in ("nl", "fr", "en"):
        _rewrite_quiz(copy / f"{lang}.md", rewrite)
    code, out = validate(capsys, copy)
    assert code == 1 and message in out
    assert f"{copy / 'en.md'}:" in out  # named with its file and the quiz's line


def test_fairness_counts():
    from kit.content.model import Option, Question
    from kit.content.quiz import fairness_problems, longest_right, position_spread

    def q(i, right, lengths):
        return Question(f"q{i}", "?", [Option("x" * n, k == right, "why") for k, n in enumerate(lengths)])

    fair = [q(1, 0, [9, 5, 5]), q(2, 1, [5, 5, 9]), q(3, 2, [5, 9, 5]), q(4, 0, [5, 5, 5])]
    assert position_spread(fair) == (2, 4) and longest_right(fair) == (1, 4)
    assert fairness_problems(fair) == []
    guessable = [q(i, 1, [3, 8, 3]) for i in range(5)]
    assert len(fairness_problems(guessable)) == 2
    tie = [q(i, i % 3, [5, 5, 5]) for i in range(6)]  # equal lengths: the right one is not "the longest"
    assert longest_right(tie) == (0, 6)


def test_step_with_a_menu_needs_a_source(tmp_path, capsys):
    item = write_item(tmp_path)
    code, out = validate(capsys, item)
    assert code == 0, out  # a warning does not fail the run
    assert "en.md" in out and "warning: step 'two' names a menu" in out
    assert "step 'one'" not in out  # plain text, no menu: no source needed
    for lang in ("nl", "fr", "en"):
        path = item / f"{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").replace(
            'title = "Example help" }',
            'title = "Example help", steps = ["two"], checked = 2026-01-02 }'), encoding="utf-8")
    code, out = validate(capsys, item)
    assert code == 0 and "warning" not in out, out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('steps = ["nope"], checked = 2026-01-02', "names step 'nope', but this guide has no such step"),
        ('steps = ["two"]', "not the date it was read"),
        ('steps = ["two"], checked = "yesterday"', "'checked' must be a date"),
        ('steps = ["two"], checked = 2026-01-02, page = 3', "unknown key(s) page"),
    ],
)
def test_bad_source_records_are_named(tmp_path, capsys, extra, message):
    item = write_item(tmp_path)
    for lang in ("nl", "fr", "en"):
        path = item / f"{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").replace(
            'title = "Example help" }', f'title = "Example help", {extra} }}'), encoding="utf-8")
    code, out = validate(capsys, item)
    assert code == 1 and message in out, out


def test_flemish_word_outside_a_belgian_block(tmp_path, capsys):
    item = write_item(tmp_path)
    nl = item / "nl.md"
    nl.write_text(nl.read_text(encoding="utf-8").replace("Do the first thing.", "Pak je gsm."), encoding="utf-8")
    code, out = validate(capsys, item)
    assert code == 1 and "'gsm' is Flemish" in out, out
    nl.write_text(nl.read_text(encoding="utf-8").replace("Pak je gsm.", ":::region be\nPak je gsm.\n:::"),
                  encoding="utf-8")
    code, out = validate(capsys, item)
    assert code == 0, out


@pytest.mark.parametrize(("notice", "needs_source"), [
    ("They may notice that they no longer get your messages.", False),
    ("They might see a change. They could get an e-mail.", False),
    ("Do you change your number? They may notice.", False),  # a question states nothing
    ("The chat shows that you changed the timer.", True),
    ("Instagram does not send a message about this. They may notice.", True),
    ("They will notice this.", True),
])
def test_notice_needs_a_source_when_it_states_what_will_happen(tmp_path, capsys, notice, needs_source):
    """A notice that only says the other person *may* notice is a precaution; one that states
    what an app shows, sends or does not send is a claim and needs a vendor page."""
    item = write_item(tmp_path)
    for lang in ("nl", "fr", "en"):
        break_file(item, lang, "> Take a screenshot first.", f"> Take a screenshot first.\n\n> [!notice]\n> {notice}")
    code, out = validate(capsys, item)
    assert code == 0, out
    assert ("warning: step 'one'" in out) == needs_source, out


@pytest.mark.parametrize("text", [
    "Look for the list of apps.\n\n#### Netflix {#netflix}\nOpen your account page.",  # a service variant
    'Open the app and tap "Linked Devices".',  # a label in quotes
    "Check each browser.\n- Chrome: click the profile picture at the top right.",  # a list item per product
])
def test_any_variant_quoted_label_or_per_product_list_needs_a_source(tmp_path, capsys, text):
    item = write_item(tmp_path)
    for lang in ("nl", "fr", "en"):
        break_file(item, lang, "Do the first thing.", text)
    code, out = validate(capsys, item)
    assert code == 0, out
    assert "warning: step 'one'" in out, out


def test_a_callout_line_without_its_marker_is_reported(tmp_path, capsys):
    item = write_item(tmp_path)
    path = break_file(item, "fr", "> Take a screenshot first.", "> Take a screenshot\nfirst.")
    code, out = validate(capsys, item)
    assert code == 1
    line = path.read_text("utf-8").split("\n").index("first.") + 1
    assert f"{path}:{line}: this line continues a '> ' block" in out, out


def test_region_blocks_for_one_country_in_one_language_only_are_reported(tmp_path, capsys):
    item = write_item(tmp_path)
    block = "Do the first thing.\n\n:::region be\nIn Belgium, call the bank.\n:::"
    break_file(item, "nl", "Do the first thing.", block)
    code, out = validate(capsys, item)
    assert code == 0 and "nl.md" in out and "warning: region blocks differ from en.md (1 for be here, none there)" in out, out
    for lang in ("fr", "en"):  # a French text may send Brussels readers elsewhere: same country, no warning
        break_file(item, lang, "Do the first thing.", block.replace("region be", "region be-wallonie be-brussel"))
    code, out = validate(capsys, item)
    assert "region blocks differ" not in out, out


def test_a_bold_label_in_dutch_needs_a_dutch_page(tmp_path, capsys):
    item = write_item(tmp_path)
    break_file(item, "nl", "Open Settings.", "Open **Instellingen**.")
    code, out = validate(capsys, item)
    assert code == 0 and "nl.md" in out and "warning: step 'two' quotes 'Instellingen' in bold" in out, out
    for lang in ("nl", "fr", "en"):  # an nl page that names the step backs it
        break_file(item, lang, 'title = "Example help" }',
                   'title = "Example help" }, { url = "https://example.org/nl", title = "Voorbeeld", '
                   'steps = ["two"], checked = 2026-01-02, lang = "nl" }')
    code, out = validate(capsys, item)
    assert "in bold" not in out, out
