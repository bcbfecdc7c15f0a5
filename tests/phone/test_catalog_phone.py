"""The phone catalog: built by the computer catalog's build script, keeps package names,
bundle ids, source and licence per entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit.phone.catalog import CATALOG, load

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_catalog_keeps_android_packages_with_source_and_licence():
    cat = load()
    hit = cat.by_package("com.mspy.lite")
    assert hit and hit.name == "mSpy" and hit.kind == "stalkerware"
    assert hit.source == ("stalkerware-indicators",) and hit.licence == ("CC-BY-4.0",)
    assert cat.by_package("com.teamviewer.quicksupport.market").kind == "dual-use"
    data = json.loads(CATALOG.read_text())
    assert all(e["source"] and e["licence"] for e in data["entries"])
    assert {a["source"] for a in data["attribution"]} == {"stalkerware-indicators", "ontkoppel"}
    assert sum(1 for e in data["entries"] if e["kind"] == "stalkerware") > 100


def test_ios_matching_by_bundle_and_name():
    cat = load()
    assert cat.by_ios("com.life360.safetymap").name == "Life360"
    assert cat.by_ios("x.y.z", "XNSPY").kind == "stalkerware"
    assert cat.by_ios("x.y.z", "Weather") is None


@pytest.mark.skipif(not (SHARED / "data" / "stalkerware-indicators").is_dir(), reason="no shared data")
def test_shipped_catalogs_are_up_to_date():
    pytest.importorskip("yaml")
    from kit.checks.build_catalog import main

    assert main(["--shared", str(SHARED), "--check"]) == 0
