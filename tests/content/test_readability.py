"""The plain-language aid: long sentences and paragraphs are flagged; the Dutch content has none."""

from pathlib import Path

from kit.cli import run
from kit.content.readability import check_text


def test_flags_long_sentences_and_paragraphs():
    long = " ".join(["woord"] * 26) + "."
    para = " ".join(["Een korte zin."] * 6)
    found = check_text(Path("x.md"), f"{long}\n\n{para}\n\nKort. Ook kort, bv. hier.", 10)
    assert [(p.line, p.message.split(" (")[0]) for p in found] == [
        (10, "sentence of 26 words"), (12, "paragraph of 6 sentences")]


def test_shipped_dutch_content_is_plain(capsys):
    assert run(["content", "readability", "--lang", "nl"]) == 0, capsys.readouterr().out


def test_a_region_fence_is_no_part_of_a_sentence():
    twenty_four = " ".join(["woord"] * 24) + "."
    assert check_text(Path("x.md"), f":::region nl\n{twenty_four}\n:::", 1) == []
    assert check_text(Path("x.md"), f"> :::region be\n> {twenty_four}\n> :::", 1) == []
