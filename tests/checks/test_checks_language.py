"""Native-reader rules for the Dutch and French texts of the computer and phone checks, the
evidence lines, the entry types and the journal report (kit/content/STYLE.md)."""

from __future__ import annotations

import re
from datetime import UTC

import pytest
from test_checks_fixtures import report

import kit.phone.texts  # noqa: F401  (adds the phone texts to the check texts)
from kit.checks import evidence
from kit.checks.i18n import texts
from kit.journal.types import ENTRY_TYPES
from kit.report import journal as journal_report

# a plain (or narrow) space before : ; ? ! » or after «: French wants a no-break space there
FRENCH_PLAIN_SPACE = re.compile(r"[ \u202f][:;?!»]|«[ \u202f]")
# a mark glued to the word before it (a URL's "://" and a placeholder's "{x}" are fine)
FRENCH_GLUED = re.compile(r"[^\s\u00a0]([;?!]|:(?!//))")
# Flemish-only or stiff words the neutral Dutch avoids, and calques found before
DUTCH_AVOID = re.compile(r"\b(toestel|gsm|klantendienst|contacteren|van op|de ander(?!e)|"
                         r"schoon resultaat|sms'jes|overname of spionage)\b", re.I)
FRENCH_AVOID = re.compile(r"·|\b\w+\(e\)|vous ne devez pas|résultat propre|en anglais", re.I)


def check_texts(lang: str) -> list[str]:
    mod = texts(lang)
    out = list(mod.COMMON.values()) + list(mod.LABELS.values())
    for fields in mod.CHECKS.values():
        out += fields.values()
    return out


def findings(lang: str) -> list[str]:
    out = []
    for snapshot in ("linux_positive", "windows_positive", "macos_positive", "macos_denied"):
        for f in report(snapshot).findings:
            g = f.localized(lang)
            out += [g.title, g.detail, g.meaning, g.advice]
    return out


def journal_texts(lang: str) -> list[str]:
    return ([t[lang] for t in ENTRY_TYPES.values()]
            + [t[lang] for t in journal_report.LABELS.values()])


def evidence_texts(lang: str) -> list[str]:
    """The templates of the evidence lines (the lines themselves hold paths and addresses)."""
    return ([t[lang] for _, t in evidence.RULES] + list(evidence.OUTCOMES[lang].values())
            + [evidence.localize("folder /opt: 3 entries", lang),
               evidence.localize("running processes: 3 read", lang)])


def test_french_texts_have_a_no_break_space_before_the_high_marks():
    ours = check_texts("fr") + journal_texts("fr") + evidence_texts("fr")
    bad = [t for t in ours if FRENCH_PLAIN_SPACE.search(t) or FRENCH_GLUED.search(t)]
    # rendered findings also hold what the computer or phone said (paths, registry values,
    # "Chrome (Default): name"): those stay as read, so only the spaces are checked there
    bad += [t for t in findings("fr") if FRENCH_PLAIN_SPACE.search(t)]
    assert bad == []


def test_french_journal_report_builds_its_colons_with_a_no_break_space():
    from datetime import datetime

    from kit.typography import mark

    assert mark(":", "fr") == "\u00a0:" and mark(":", "nl") == ":"
    when = datetime(2026, 12, 5, tzinfo=UTC)
    assert f"{journal_report.label('count', 'fr')}\u00a0: 0" in journal_report.journal_report_html([], when, "fr")
    assert f"{journal_report.label('count', 'nl')}: 0" in journal_report.journal_report_html([], when, "nl")
    assert journal_report.fmt_size(3 << 20, "fr").startswith("3,0 Mo")


@pytest.mark.parametrize("lang,avoid", [("nl", DUTCH_AVOID), ("fr", FRENCH_AVOID)])
def test_no_regional_words_calques_or_middle_dots(lang, avoid):
    every = check_texts(lang) + findings(lang) + journal_texts(lang) + evidence_texts(lang)
    bad = [t for t in every if avoid.search(t)]
    assert bad == []


def test_dutch_permission_sentences_use_the_te_infinitive():
    """"toestemming om het scherm op te nemen", never "om het scherm opnemen"."""
    bad = [t for t in check_texts("nl")
           if re.search(r"toestemming om (?![^.:]*\bte\b)", t)]
    assert bad == []


def test_french_elides_de_before_a_vowel():
    bad = [t for t in check_texts("fr") if re.search(r"\b(de|que) [aeiouéè]\w", t)]
    assert bad == []


def test_a_clean_result_still_says_it_is_not_proof():
    for lang, words in (("nl", "geen bewijs"), ("fr", "pas une preuve")):
        mod = texts(lang)
        assert words in mod.COMMON["ok.meaning"]
        assert words in mod.LABELS["summary.not_proof"]
        assert words in mod.LABELS["phone.summary.not_proof"]
