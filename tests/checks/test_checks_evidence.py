"""Evidence lines are shown in the reader's language; the JSON keeps the English form."""

from __future__ import annotations

import pytest
from conftest import fixture_probe

from kit.checks.evidence import localize
from kit.checks.runner import run_checks

ENGLISH_STARTS = ("folder ", "file ", "command ", "registry ", "running processes",
                  "listening TCP sockets", "process ", "port ")


@pytest.mark.parametrize("lang", ["nl", "fr"])
@pytest.mark.parametrize("snapshot", ["linux_positive", "linux_denied", "windows_positive",
                                      "windows_denied", "macos_positive", "macos_denied"])
def test_every_evidence_line_of_the_snapshots_is_translated(lang, snapshot):
    for f in run_checks(fixture_probe(snapshot)).findings:
        for line in f.evidence:
            out = localize(line, lang)
            assert not out.startswith(ENGLISH_STARTS), (line, out)
            for word in (": access denied", ": not found", " entries", " read"):
                assert not out.endswith(word), (line, out)


@pytest.mark.parametrize("line,lang,expected", [
    ("running processes: 73 read", "nl", "lopende programma's: 73 gelezen"),
    ("running processes: 73 read", "fr", "programmes en cours\u00a0: 73 lus"),
    ("file /etc/group: access denied", "nl", "bestand /etc/group: geen toegang"),
    ("folder /opt: 3 entries, 1 known", "fr", "dossier /opt\u00a0: 3 éléments, 1 connus"),
    ("something we never wrote", "nl", "something we never wrote"),
    ("file /etc/group: access denied", "en", "file /etc/group: access denied"),
])
def test_lines(line, lang, expected):
    assert localize(line, lang) == expected


def test_printed_report_shows_evidence_translated_after_the_plain_words():
    from html import escape

    from kit.report.check_report import report_html

    report = run_checks(fixture_probe("linux_positive")).localized("fr")
    html = report_html(report, "Vérification", "fr")
    assert "Détails techniques" in html
    assert "programmes en cours\u00a0: " in html and "running processes:" not in html
    first = next(f for f in report.findings if f.evidence)
    assert html.index(escape(first.detail.split(":")[0])) < html.index("Détails techniques")
