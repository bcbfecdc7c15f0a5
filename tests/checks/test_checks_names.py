"""The spy-name filter and the catalog's name matching, both ways: real names are found, and
ordinary programs whose names merely contain "spy", "stalk" or "keylog" letters are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.checks import catalog
from kit.checks.names import is_spy_name, words

BENIGN = [line.strip() for line in (Path(__file__).parent / "data" / "benign_names.txt")
          .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def test_the_benign_list_is_big_and_has_the_reported_false_alarms():
    assert len(BENIGN) > 120
    for name in ("python3-dnspython", "r-cran-crosstalk", "beanstalkd", "crispy-doom", "python3-vispy"):
        assert name in BENIGN


@pytest.mark.parametrize("name", BENIGN)
def test_benign_names_are_not_spy_names(name):
    assert not is_spy_name(name)


@pytest.mark.parametrize("name", BENIGN)
def test_benign_names_name_no_catalog_tool_inside_a_word(name):
    # a benign name may be a tool only when it *is* that tool's name (none of these are)
    cat = catalog.load()
    assert not cat.by_words(name), name


@pytest.mark.parametrize("name", [
    "logkeys", "spyrix", "Spyrix Free Keylogger", "mSpy", "FlexiSPY", "SpyAgent", "Spy Agent",
    "spy-agent", "FreeKeylogger.exe", "Refog Keylogger", "pykeylogger", "keylogger-pro",
    "Spy Phone App", "SpyBubble", "Cocospy", "Spyzie", "Spyera", "XNSPY", "stalkerware-helper",
    "Keystroke Recorder", "pcTattletale", "spy-app.exe"])
def test_real_spy_names_are_found(name):
    assert is_spy_name(name)


def test_words_split_at_case_and_punctuation():
    assert words("FreeKeylogger.exe") == ["free", "keylogger"]
    assert words("python3-dnspython") == ["python3", "dnspython"]
    assert words("mSpy") == ["m", "spy"]


@pytest.mark.parametrize("text,tool", [
    ("bma", "baramundi Management Suite"),            # short name, exact process
    ("Bluetrait MSP Agent", "Bluetrait"),             # name with spaces
    ("parsecd", "Parsec"),
    ("RemotePCUIU", "Access Remote PC"),              # only a LOLRMM disk artifact
    ("teamviewerd", "TeamViewer"),
])
def test_process_names_find_their_tool(text, tool):
    assert tool in [e.name for e in catalog.load().by_process(text)]


@pytest.mark.parametrize("text,tool", [
    ("nezha-agent.service", "Nezha"), ("bluetrait-msp-agent.service", "Bluetrait"),
    ("glpi-agent", "GLPI Agent"), ("anydesk.desktop", "AnyDesk")])
def test_unit_and_folder_names_find_their_tool(text, tool):
    assert tool in [e.name for e in catalog.load().by_words(text)]


@pytest.mark.parametrize("text", ["teamviewerish", "rc.service", "libghc-parsec-numbers-dev",
                                  "gnome-remote-desktop.service", "dfc", "python3-dnspython"])
def test_letters_inside_a_word_or_a_common_word_name_no_tool(text):
    cat = catalog.load()
    assert not cat.by_words(text), text
    assert text == "rc.service" or not cat.by_process(text), text


def test_command_lines_name_their_tool_by_program_or_folder():
    cat = catalog.load()
    assert "Nezha" in [e.name for e in cat.by_path("/opt/nezha/agent/nezha-agent -s x:1")]
    assert not cat.by_path("/usr/bin/python3 -m http.server")
