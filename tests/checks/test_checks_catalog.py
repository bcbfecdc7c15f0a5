"""The committed catalog (kit/data/catalog.json): its schema, its attribution, its rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kit.checks import build_catalog, catalog
from kit.checks.catalog_rules import CLIENT_ONLY, executable_ok, norm_name, process_stem

DATA = json.loads(catalog.path().read_text(encoding="utf-8"))
ENTRY_FIELDS = {"id": str, "name": str, "kind": str, "processes": list, "install_paths": list,
                "ports": list, "platforms": list, "websites": list, "names": list, "packages": list,
                "source": list, "licence": list, "match_names": list}
LICENCES = {"lolrmm": "Apache-2.0", "stalkerware-indicators": "CC-BY-4.0", "ontkoppel": "GPL-3.0-or-later"}
PLATFORMS = {"windows", "macos", "linux", "android", "ios", "chromeos", "freebsd"}
SHARED = Path(build_catalog.REPO).parent / "shared"


def test_top_level_schema():
    assert DATA["format"] == 1
    assert set(DATA) == {"format", "generated_by", "attribution", "excluded", "entries"}
    assert len(DATA["entries"]) > 300


def test_attribution_required_by_the_licences():
    by_source = {a["source"]: a for a in DATA["attribution"]}
    assert set(by_source) == set(LICENCES)
    lol = by_source["lolrmm"]
    assert lol["licence"] == "Apache-2.0" and "Apache License" in lol["licence_text"]
    assert re.fullmatch(r"[0-9a-f]{40}", lol["commit"])
    echap = by_source["stalkerware-indicators"]
    assert echap["licence"] == "CC-BY-4.0" and echap["attribution"] == "Echap, stalkerware-indicators"
    assert re.fullmatch(r"[0-9a-f]{40}", echap["commit"])
    for a in DATA["attribution"]:
        assert a["notice"] and a["title"]


@pytest.mark.parametrize("entry", DATA["entries"], ids=[e["id"] for e in DATA["entries"]])
def test_entry_schema(entry):
    assert set(entry) == set(ENTRY_FIELDS)
    for field, kind in ENTRY_FIELDS.items():
        assert isinstance(entry[field], kind), field
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry["id"])
    assert entry["kind"] in catalog.KINDS
    assert set(entry["platforms"]) <= PLATFORMS
    assert entry["source"] and len(entry["source"]) == len(entry["licence"])
    assert [LICENCES[s] for s in entry["source"]] == entry["licence"]
    assert all(p == p.lower() and p.strip() for p in entry["processes"])
    assert all(isinstance(p, int) and 1024 <= p <= 65535 for p in entry["ports"])
    assert entry["name"] in entry["names"]
    assert all(norm_name(n) == n for n in entry["match_names"])


def test_ids_are_unique_and_entries_sorted():
    ids = [e["id"] for e in DATA["entries"]]
    assert len(ids) == len(set(ids))
    names = [norm_name(e["name"]) for e in DATA["entries"]]
    assert names == sorted(names)


def test_client_only_tools_are_left_out():
    left_out = {x["file"].rsplit(".", 1)[0] for x in DATA["excluded"] if x["reason"] == "client-only"}
    assert left_out == set(CLIENT_ONLY) and {"putty", "mstsc", "remmina", "winscp"} <= left_out
    processes = {p for e in DATA["entries"] for p in e["processes"]}
    assert not {"mstsc.exe", "putty.exe", "vncviewer.exe", "tvnviewer.exe", "winscp.exe"} & processes
    assert not {"svchost.exe", "dwm.exe", "explorer.exe", "agent.exe"} & processes


def test_each_kind_and_source_is_present():
    kinds = {e["kind"] for e in DATA["entries"]}
    assert kinds == set(catalog.KINDS)
    sources = {s for e in DATA["entries"] for s in e["source"]}
    assert sources == set(LICENCES)


def test_loader_lookups():
    cat = catalog.load()
    assert [e.id for e in cat.by_process("AnyDesk.exe")] == ["anydesk"]
    assert [e.id for e in cat.by_process("x11vnc")] == ["x11vnc"]
    assert [e.id for e in cat.by_process("rustdesk-1.2.3.exe")] == ["rustdesk"]
    assert cat.by_process("firefox") == []
    assert [e.id for e in cat.by_program("TeamViewer 15")] == ["teamviewer"]
    assert cat.by_program("Google Chrome") == [] and cat.by_program("Level") == []
    assert [e.id for e in cat.by_package("x11vnc")] == ["x11vnc"]
    assert cat.by_package("tigervnc-viewer") == []
    assert 21115 in cat.ports and [e.id for e in cat.by_port(21115)] == ["rustdesk"]
    assert ("anydesk",) in cat.install_paths("programfiles86")
    assert catalog.load() is cat  # read once


def test_build_rules_without_yaml():
    assert build_catalog.from_lolrmm({"Name": "PuTTY"}, "putty") == (None, "client-only")
    assert build_catalog.from_lolrmm({"Name": "NVDA"}, "nvda") == (None, "not-remote-access")
    entry, _ = build_catalog.from_lolrmm({
        "Name": "Demo Desk", "Category": "RMM",
        "Details": {"Website": "https://demo.example/x", "SupportedOS": ["Windows", "Mac"],
                    "PEMetadata": [{"Filename": "DemoDesk.exe", "OriginalFileName": "dwm.exe"}],
                    "InstallationPaths": ["C:\\Program Files\\Demo Desk\\*", "demodesk_setup.exe",
                                          "/Applications/DemoDesk.app"],
                    "Capabilities": ["Keylogging and browser-history collection"]},
        "Artifacts": {"Network": [{"Ports": [443, 7000, "1000-2000"]}]}}, "demo")
    assert entry["kind"] == "monitoring"
    assert entry["processes"] == ["demodesk", "demodesk.exe"]
    assert entry["install_paths"] == ["/Applications/DemoDesk.app", "C:\\Program Files\\Demo Desk"]
    assert entry["ports"] == [7000] and entry["platforms"] == ["macos", "windows"]
    assert entry["websites"] == ["demo.example"]
    echap = build_catalog.from_echap({"name": "mSpy", "names": ["eyeZy"], "packages": ["x"],
                                      "websites": ["mspy.com"]}, "stalkerware")
    assert echap["platforms"] == ["android"] and echap["licence"] == ["CC-BY-4.0"]
    assert not executable_ok("setup.exe") and not executable_ok("agent.exe") and executable_ok("ateraagent.exe")
    assert process_stem("ateraagent.exe") == "ateraagent" and process_stem("dd.exe") is None


def test_committed_catalog_is_what_the_build_script_makes():
    pytest.importorskip("yaml", reason="PyYAML is only needed to rebuild the catalog")
    if not (SHARED / "data" / "lolrmm" / "yaml").is_dir():
        pytest.skip("the shared data sets are not next to this checkout")
    assert build_catalog.dump(build_catalog.build(SHARED)) == catalog.path().read_text(encoding="utf-8")


def test_catalog_file_is_one_entry_per_line():
    lines = catalog.path().read_text(encoding="utf-8").splitlines()
    assert sum(1 for line in lines if line.startswith('{"id":')) == len(DATA["entries"])


def test_lolrmm_disk_artifacts_give_program_names_and_linux_install_folders():
    by_id = {e["id"]: e for e in DATA["entries"]}
    assert "remotepcuiu.exe" in by_id["access-remote-pc"]["processes"]  # only a disk artifact
    assert "pitunnel" in by_id["pitunnel"]["processes"]
    assert "/opt/nezha" in by_id["nezha"]["install_paths"]
    assert "/etc/glpi-agent" in by_id["glpi-agent"]["install_paths"]
    assert "/usr/local/mesh_services" in by_id["meshcentral"]["install_paths"]
    # programs a tool merely ships or calls are not its own
    assert not {"perl.exe", "nssm.exe", "tar.exe"} & {p for e in DATA["entries"] for p in e["processes"]}


def test_disk_artifact_helpers():
    doc = {"Artifacts": {"Disk": [{"File": "/usr/local/bin/agentx", "OS": "Linux"},
                                  {"File": "C:\\Program Files\\X\\XUpdater.exe", "OS": "Windows"},
                                  {"File": "/etc/xtool/agent.cfg", "OS": "Linux"},
                                  {"File": "/var/log/xtool/*.log", "OS": "Linux"}]},
           "Details": {"InstallationPaths": ["/opt/xtool/*"]}}
    assert build_catalog.disk_executables(doc) == ["agentx"]
    assert build_catalog.disk_install_paths(doc) == ["/etc/xtool", "/opt/xtool"]
