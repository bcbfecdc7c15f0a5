"""Update the .ts files from the UI code and compile them to .qm.

    python i18n/build.py            # lupdate + lrelease
    python i18n/build.py --release  # only compile .ts -> .qm
    python i18n/build.py --status   # list unfinished strings per language

English is the source language: ontkoppel_en.ts is filled with the source texts.
A pseudo-locale (accented, about 30% longer) is generated for layout testing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGS = ("nl", "fr", "en")
ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def ts_path(lang: str) -> Path:
    return HERE / f"ontkoppel_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kit" / "ui").rglob("*.py"))


def lupdate() -> None:
    files = [str(ts_path(lang)) for lang in LANGS]
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-ts", *files], cwd=ROOT, check=True, capture_output=True)
    for lang in LANGS:
        tree = ET.parse(ts_path(lang))
        tree.getroot().set("language", {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}[lang])
        tree.getroot().set("sourcelanguage", "en")
        if lang == "en":
            for msg in tree.iter("message"):
                tr = msg.find("translation")
                numerus = msg.get("numerus") == "yes"
                tr.attrib.pop("type", None)
                if numerus:
                    tr.clear()
                    for _ in range(2):
                        ET.SubElement(tr, "numerusform").text = msg.findtext("source")
                else:
                    tr.text = msg.findtext("source")
        tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)


def pseudo() -> Path:
    tree = ET.parse(ts_path("en"))
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        out, i = [], 0
        while i < len(src):  # keep %1, %n, &-mnemonics and tags untouched
            if src[i] == "%" and i + 1 < len(src):
                out.append(src[i:i + 2])
                i += 2
                continue
            if src[i] == "<":
                j = src.find(">", i)
                j = len(src) - 1 if j < 0 else j
                out.append(src[i:j + 1])
                i = j + 1
                continue
            out.append(src[i].translate(ACCENTS))
            i += 1
        text = "".join(out)
        pad = "~" * max(1, int(len(src) * 0.3))
        text = f"[{text} {pad}]"
        if msg.get("numerus") == "yes":
            for nf in tr.findall("numerusform"):
                nf.text = text
        else:
            tr.text = text
    path = HERE / "ontkoppel_pseudo.ts"
    tree.getroot().set("language", "en_GB")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path


def lrelease(out_dir: Path = HERE) -> list[Path]:
    out = []
    for ts in [*(ts_path(lang) for lang in LANGS), pseudo()]:
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        out.append(qm)
    return out


FRENCH_SPACE = re.compile(r"[ \u202f]([:;?!»])")


def french_spaces(text: str) -> str:
    """French typography: a no-break space before : ; ? ! and inside « », so a line never
    starts with the mark. Plain or narrow spaces there become U+00A0; nothing else changes."""
    text = FRENCH_SPACE.sub("\u00a0\\1", text)
    return re.sub(r"«[ \u202f]", "«\u00a0", text)


def fix_french_spaces() -> int:
    """Apply french_spaces to every French translation; returns how many changed."""
    path = ts_path("fr")
    tree = ET.parse(path)
    changed = 0
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        for node in [tr, *tr.findall("numerusform")]:
            if node.text and french_spaces(node.text) != node.text:
                node.text = french_spaces(node.text)
                changed += 1
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return changed


def unfinished(lang: str) -> list[str]:
    tree = ET.parse(ts_path(lang))
    bad = []
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        empty = not (tr.text or "").strip() and not any((n.text or "").strip() for n in tr.findall("numerusform"))
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or empty:
            bad.append(msg.findtext("source"))
    return bad


def apply(lang: str, pairs: dict[str, str]) -> int:
    """Set translations (source -> text) in a .ts file; returns how many were set."""
    tree = ET.parse(ts_path(lang))
    n = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        if src in pairs:
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                tr.clear()
                for form in pairs[src].split("|"):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = pairs[src]
            n += 1
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--release", action="store_true")
    ap.add_argument("--status", action="store_true")
    ap.add_argument("--apply", nargs=2, metavar=("LANG", "JSON"),
                    help="set translations from a JSON object {source: translation}")
    a = ap.parse_args()
    if a.apply:
        import json

        lang, path = a.apply
        print(apply(lang, json.loads(Path(path).read_text("utf-8"))), "set")
        return 0
    if a.status:
        for lang in LANGS:
            todo = unfinished(lang)
            print(f"{lang}: {len(todo)} unfinished")
            for s in todo:
                print("   ", s)
        return 0
    if not a.release:
        lupdate()
    fix_french_spaces()
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
