"""The help directory never drifts from ../shared/facts/help-services.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kit.cli import run
from kit.helpdir import digits, load_directory

# ../shared/facts beside the project (a worktree may sit one folder deeper than the main tree)
FACTS = next((p / "shared" / "facts" / "help-services.md" for p in Path(__file__).resolve().parents[1:]
              if (p / "shared" / "facts" / "help-services.md").exists()), Path("/nonexistent"))


def facts_rows():
    """(service cell, regions cell, phone cell, status cell) for each table row of the facts file."""
    rows = []
    section = ""
    for line in FACTS.read_text("utf-8").split("\n"):
        if line.startswith("## "):
            section = line
        if not line.startswith("| ") or line.startswith("|---") or "| service |" in line:
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append((section, cells))
    return rows


def verified_numbers() -> set[str]:
    """Every phone number that the facts file lists on a verified row."""
    nums = set()
    for _section, cells in facts_rows():
        if not cells[-1].startswith("verified") or "phone unverified" in cells[-1]:
            continue
        for cell in cells:
            for m in re.findall(r"(?<![\w.])(0\d{2,3}[ -][\d ]{3,9}\d|1\d{2,3}(?: 000)?)(?![\w.])", cell):
                nums.add(digits(m))
    return nums


pytestmark = pytest.mark.skipif(not FACTS.exists(), reason="../shared/facts is not beside the project")


def test_every_directory_number_is_in_the_facts():
    allowed = verified_numbers()
    d = load_directory()
    assert not d.problems()
    for s in d.services:
        for phone in filter(None, (s.phone, s.alt_phone)):
            assert digits(phone) in allowed, f"{s.id}: {phone} is not a verified number in the facts file"


EXPECTED = {  # facts row (start of the service cell) -> (directory id, phone, regions)
    "Police, urgent": ("police-be", "101", {"be-vlaanderen", "be-brussel", "be-wallonie"}),
    "Emergency number (medical": ("emergency-be", "112", {"be-vlaanderen", "be-brussel", "be-wallonie"}),
    "1712": ("1712", "1712", {"be-vlaanderen", "be-brussel"}),
    "Ecoute Violences Conjugales": ("ecoute-violences-conjugales", "0800 30 030", {"be-wallonie", "be-brussel"}),
    "Child Focus": ("child-focus", "116 000", {"be-vlaanderen", "be-brussel", "be-wallonie"}),
    "Tele-Onthaal": ("tele-onthaal", "106", {"be-vlaanderen", "be-brussel"}),
    "Zorgcentra na Seksueel Geweld": ("zsg", "", {"be-vlaanderen", "be-brussel", "be-wallonie"}),
    "Instituut voor de gelijkheid": ("igvm", "", {"be-vlaanderen", "be-brussel", "be-wallonie"}),
    "Emergency": ("emergency-nl", "112", {"nl"}),
    "Veilig Thuis": ("veilig-thuis", "0800-2000", {"nl"}),
    "Centrum Seksueel Geweld": ("csg", "0800-0188", {"nl"}),
    "Helpwanted": ("helpwanted", "020-261 52 75", {"nl"}),
    "Slachtofferhulp Nederland": ("slachtofferhulp-nl", "0900-0101", {"nl"}),
    "113 Zelfmoordpreventie": ("113", "113", {"nl"}),
    "StopNCII.org": ("stopncii", "", {"be-vlaanderen", "be-brussel", "be-wallonie", "nl"}),
    "Awel": ("awel", "102", {"be-vlaanderen", "be-brussel"}),
    "Écoute-Enfants": ("ecoute-enfants", "103", {"be-wallonie", "be-brussel"}),
    "Zelfmoordlijn 1813": ("zelfmoordlijn", "1813", {"be-vlaanderen", "be-brussel"}),
    "Centre de Prévention du Suicide": ("prevention-suicide", "0800 32 123", {"be-wallonie", "be-brussel"}),
    "Stop it Now!": ("stop-it-now", "0800 200 50", {"be-vlaanderen", "be-brussel"}),
    "Take It Down": ("take-it-down", "", {"be-vlaanderen", "be-brussel", "be-wallonie", "nl"}),
}


def test_every_verified_service_is_in_the_directory():
    d = load_directory()
    seen = set()
    for section, cells in facts_rows():
        if not cells[-1].startswith("verified"):
            continue
        key = next((k for k in EXPECTED if cells[0].startswith(k) and (k != "Emergency" or "Netherlands" in section)), None)
        assert key, f"verified service not mapped in this test: {cells[0]}"
        sid, phone, regions = EXPECTED[key]
        s = d.get(sid)
        assert digits(s.phone) == digits(phone)
        assert regions <= set(s.regions)
        if phone:
            assert digits(phone) in "".join(digits(c) for c in cells), f"{sid}: {phone} not on its facts row"
        seen.add(sid)
    assert len(seen) == len(EXPECTED)


def test_unverified_numbers_are_left_out():
    d = load_directory()
    for sid in ("luisterlijn", "kindertelefoon", "police-nl", "caw"):
        s = d.get(sid)
        assert s.phone == "" and s.url, sid


def help_list(capsys, region):
    assert run(["help", "list", "--json", "--region", region]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_region_nl(capsys):
    items = help_list(capsys, "nl")
    by_name = {i["id"]: i for i in items}
    assert {"emergency-nl", "veilig-thuis", "csg", "helpwanted", "113"} <= set(by_name)
    assert not {"1712", "police-be", "tele-onthaal"} & set(by_name)
    assert items[0]["phone"] == "112"
    for i in items:
        assert {"name", "phone", "hours", "url", "needs", "regions", "verified"} <= set(i)
        assert "nl" in i["regions"]


def test_cli_region_flanders(capsys):
    items = help_list(capsys, "be-vlaanderen")
    ids = [i["id"] for i in items]
    assert {"police-be", "emergency-be", "1712", "child-focus", "tele-onthaal", "zsg"} <= set(ids)
    assert not {"veilig-thuis", "ecoute-violences-conjugales", "emergency-nl"} & set(ids)
    assert ids.index("1712") < ids.index("tele-onthaal")  # the region's violence line comes first


def test_placeholders_expand_to_region_numbers():
    from kit.helpdir import expand_placeholders

    text = expand_placeholders("{{emergency}} / {{helplines}} / {{help:csg}}", "nl", "en")
    assert "112" in text and "0800-2000" in text and "0800-0188" in text
    be = expand_placeholders("{{emergency}} / {{helplines}}", "be-wallonie", "fr")
    assert "101" in be and "112" in be and "0800 30 030" in be and "1712" not in be


def test_cli_region_wallonia(capsys):
    items = help_list(capsys, "be-wallonie")
    phones = {i["phone"] for i in items}
    assert {"0800 32 123", "103", "0800 30 030", "101", "112"} <= phones
    assert not {"1813", "102", "1712", "106"} & phones


def test_cli_flanders_has_the_suicide_and_children_lines(capsys):
    phones = {i["phone"] for i in help_list(capsys, "be-vlaanderen")}
    assert {"1813", "102", "0800 200 50"} <= phones
    assert not {"0800 32 123", "103"} & phones


@pytest.mark.parametrize(("lang", "first", "second"), [("fr", "ecoute-violences-conjugales", "1712"),
                                                       ("nl", "1712", "ecoute-violences-conjugales")])
def test_brussels_lists_both_language_lines_the_readers_first(capsys, lang, first, second):
    assert run(["help", "list", "--json", "--region", "be-brussel", "--lang", lang]) == 0
    ids = [i["id"] for i in json.loads(capsys.readouterr().out)]
    assert ids.index(first) < ids.index(second)
    pairs = {"fr": ("prevention-suicide", "zelfmoordlijn", "ecoute-enfants", "awel"),
             "nl": ("zelfmoordlijn", "prevention-suicide", "awel", "ecoute-enfants")}[lang]
    assert ids.index(pairs[0]) < ids.index(pairs[1]) and ids.index(pairs[2]) < ids.index(pairs[3])
    d = load_directory()
    assert [s.id for s in d.violence_lines("be-brussel", lang)] == [first, second]


def test_handouts_list_the_lines_in_their_language():
    from kit.report.helpsheet import handout_html

    labels = {k: k for k in ("title", "intro", "see_website", "verified", "check_numbers", "printed")}
    d = load_directory()
    fr = handout_html(d, "be-brussel", "fr", labels, "Bruxelles")
    assert "Écoute-Enfants" in fr and "0800 32 123" in fr and "0800 30 030" in fr
    assert "Awel" not in fr and "1813" not in fr and "Kindertelefoon" not in fr
    assert fr.index("0800 30 030") < fr.index("Child Focus")
    nl = handout_html(d, "be-brussel", "nl", labels, "Brussel")
    assert "Awel" in nl and "1813" in nl and "1712" in nl
    assert "Écoute-Enfants" not in nl and "0800 32 123" not in nl and "0800 30 030" not in nl
    # a line with no counterpart in the reader's language stays (with "(in Dutch)" in its name)
    assert "Tele-Onthaal" in fr
    # in Flanders a French handout keeps the Dutch lines: there is no French line there
    assert "1712" in handout_html(d, "be-vlaanderen", "fr", labels, "Flandre")


def test_module_handout_lists_the_violence_line_in_the_handout_language():
    from kit.report.module_handout import module_handout_html

    labels = {k: k for k in ("emergency", "violence", "qr", "help", "check_numbers", "printed")}
    d = load_directory()
    fr = module_handout_html("T", "<html><body><p>x</p></body></html>", d, "be-brussel", "fr", labels, "Bruxelles")
    assert "0800 30 030" in fr and "1712" not in fr
    nl = module_handout_html("T", "<html><body><p>x</p></body></html>", d, "be-brussel", "nl", labels, "Brussel")
    assert "1712" in nl and "0800 30 030" not in nl
