"""Translation quality: complete .ts files, in step with the code, compiled .qm that load,
Qt's own dialogs translated, and the same placeholders and numbers in every translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "i18n"))
import build as i18n  # noqa: E402

LANGS = ("nl", "fr", "en")
PLACEHOLDER = re.compile(r"%(?:\d|n|s)|\{[a-z_]*\}|<[^>]+>|\d+")


def messages(lang: str):
    for msg in ET.parse(i18n.ts_path(lang)).iter("message"):
        tr = msg.find("translation")
        forms = [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
        yield msg.findtext("source"), tr.get("type"), forms


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_translated(lang):
    assert i18n.unfinished(lang) == []


def test_ts_files_are_in_step_with_the_code(tmp_path):
    for lang in LANGS:
        shutil.copy(i18n.ts_path(lang), tmp_path / i18n.ts_path(lang).name)
    files = [str(tmp_path / i18n.ts_path(lang).name) for lang in LANGS]
    subprocess.run([i18n.tool("pyside6-lupdate"), *i18n.sources(), "-no-obsolete", "-locations", "none",
                    "-ts", *files], cwd=ROOT, check=True, capture_output=True)
    for lang in LANGS:
        fresh = {m.findtext("source") for m in ET.parse(tmp_path / i18n.ts_path(lang).name).iter("message")}
        shipped = {s for s, _t, _f in messages(lang)}
        assert fresh == shipped, f"run 'python i18n/build.py': {sorted(fresh ^ shipped)[:5]}"


@pytest.mark.parametrize("lang", ("nl", "fr"))
def test_placeholders_and_numbers_are_kept(lang):
    bad = []
    for source, _type, forms in messages(lang):
        want = sorted(PLACEHOLDER.findall(source.replace("%n", "")))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form.replace("%n", "")))
            if got != want:
                bad.append((source, form))
        if "%n" in source and not all("%n" in f for f in forms):
            bad.append((source, forms))
    assert bad == []


def test_compiled_translations_load_and_qt_dialogs_are_translated(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    for qm in i18n.lrelease(tmp_path):
        assert qm.stat().st_size > 0
    shipped = {p.name: p.read_bytes() for p in (ROOT / "i18n").glob("*.qm")}
    for qm in tmp_path.glob("*.qm"):
        assert shipped.get(qm.name) == qm.read_bytes(), f"{qm.name} is stale: run 'python i18n/build.py --release'"
    expected = {"nl": "Instellingen", "fr": "Paramètres"}
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for lang, word in expected.items():
        ours, qt = QTranslator(), QTranslator()
        assert ours.load(f"ontkoppel_{lang}", str(tmp_path))
        assert qt.load(f"qtbase_{lang}", qt_dir), f"Qt's own {lang} translations are missing"
        QCoreApplication.installTranslator(ours)
        QCoreApplication.installTranslator(qt)
        try:
            assert QCoreApplication.translate("labels", "Settings") == word
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
        finally:
            QCoreApplication.removeTranslator(ours)
            QCoreApplication.removeTranslator(qt)


def test_french_punctuation_has_a_no_break_space():
    """French puts a no-break space before : ; ? ! and inside « » (build.py adds it to a plain
    space); a mark glued to the word before it is a typo the build cannot guess."""
    assert i18n.french_spaces("Région : « Notes » ?") == "Région\u00a0: «\u00a0Notes\u00a0»\u00a0?"
    bad = []
    for _source, _type, forms in messages("fr"):
        for form in forms:
            if i18n.french_spaces(form) != form or re.search(r"[^\s\u00a0]([;?!]|:(?!//))", form):
                bad.append(form)
    assert bad == []
