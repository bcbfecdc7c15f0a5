"""Build kit/data/catalog.json from the shared data sets (a build-time tool, needs PyYAML).

    python -m kit.checks.build_catalog [--shared ../shared] [--out kit/data/catalog.json] [--check]

Sources: LOLRMM (../shared/data/lolrmm/yaml, Apache-2.0), Echap stalkerware-indicators
(../shared/data/stalkerware-indicators/{ioc,watchware}.yaml, CC-BY-4.0) and the project's own
entries in kit.checks.catalog_curated. The rules for what is left out, and why, are in
kit/checks/README.md ("The catalog"). The output has one entry per line, sorted, so that a
rebuild gives a readable diff.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from kit.checks import catalog_curated
from kit.checks.catalog_rules import (
    CLIENT_ONLY,
    GENERIC_NAMES,
    GENERIC_STEMS,
    MONITORING,
    NOT_REMOTE_ACCESS,
    executable_ok,
    norm_name,
    port_ok,
    process_stem,
    slug,
)

REPO = Path(__file__).resolve().parents[2]
SOURCES = {
    "lolrmm": {"title": "LOLRMM", "url": "https://github.com/magicsword-io/LOLRMM",
               "licence": "Apache-2.0", "licence_url": "https://www.apache.org/licenses/LICENSE-2.0",
               "notice": "Remote-access tool data from LOLRMM (https://lolrmm.io) by magicsword-io "
                         "and contributors, licensed under the Apache License 2.0. Changed by "
                         "Ontkoppel: normalised, filtered and merged."},
    "stalkerware-indicators": {
        "title": "Stalkerware indicators", "url": "https://github.com/AssoEchap/stalkerware-indicators",
        "licence": "CC-BY-4.0", "licence_url": "https://creativecommons.org/licenses/by/4.0/",
        "attribution": "Echap, stalkerware-indicators",
        "notice": "Stalkerware and watchware names from Echap, stalkerware-indicators "
                  "(https://github.com/AssoEchap/stalkerware-indicators), licensed under "
                  "CC BY 4.0. Changed by Ontkoppel: only names, websites and platforms kept."},
    "ontkoppel": {"title": "Ontkoppel", "url": "", "licence": "GPL-3.0-or-later",
                  "notice": "Linux and macOS process and package names added by the Ontkoppel project."},
}
OS_NAMES = {"windows": "windows", "mac": "macos", "macos": "macos", "linux": "linux",
            "android": "android", "ios": "ios", "chromeos": "chromeos", "freebsd": "freebsd"}


def _load_yaml(path: Path) -> Any:
    import yaml  # build-time only

    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def _commit(source_file: Path) -> str:
    text = source_file.read_text(encoding="utf-8") if source_file.exists() else ""
    m = re.search(r"@ ([0-9a-f]{40})", text)
    return m.group(1) if m else ""


def _platforms(raw: list | None, executables: list[str], paths: list[str]) -> list[str]:
    found = {OS_NAMES[str(o).strip().lower()] for o in raw or [] if str(o).strip().lower() in OS_NAMES}
    if not found:
        if any(e.endswith(".exe") for e in executables) or any("\\" in p for p in paths):
            found.add("windows")
        if any(p.startswith(("/Applications", "/Library")) or p.endswith(".app") for p in paths):
            found.add("macos")
        if any(p.startswith(("/usr", "/opt", "/etc")) for p in paths):
            found.add("linux")
    return sorted(found)


def _basename(path: str) -> str:
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1]


def _executables(doc: dict) -> list[str]:
    details = doc.get("Details") or {}
    pe = details.get("PEMetadata") or []
    pe = [pe] if isinstance(pe, dict) else pe
    names = []
    for item in pe:
        if isinstance(item, dict):
            names += [item.get("Filename"), item.get("OriginalFileName")]
    for p in (details.get("InstallationPaths") or doc.get("InstallationPaths") or []):
        base = _basename(str(p))
        if base.lower().endswith(".app"):
            names.append(base[:-4])  # a macOS app runs as a process without ".app"
        elif base.lower().endswith(".exe") or ("/bin/" in str(p) and "." not in base):
            names.append(base)
    return sorted({n.strip().lower() for n in names if isinstance(n, str) and executable_ok(n)})


def _install_paths(doc: dict) -> list[str]:
    details = doc.get("Details") or {}
    out = set()
    for p in details.get("InstallationPaths") or []:
        p = str(p).replace("\\\\", "\\").strip()
        if re.match(r"^([A-Za-z]:\\|/)", p) and "<" not in p and not _basename(p).lower().endswith(
                (".exe", ".dll", ".msi", ".zip", ".lnk")):
            out.add(p.rstrip("\\/*").rstrip("\\/"))
    return sorted(out)


def _ports(doc: dict) -> list[int]:
    ports = set()
    for n in (doc.get("Artifacts") or {}).get("Network") or []:
        for p in (n or {}).get("Ports") or []:
            if isinstance(p, int) and port_ok(p):
                ports.add(p)
    return sorted(ports)


def _website(doc: dict) -> list[str]:
    site = (doc.get("Details") or {}).get("Website")
    if not isinstance(site, str) or not site.strip():
        return []
    host = re.sub(r"^https?://", "", site.strip()).split("/")[0].lower()
    return [host] if host else []


def _processes(executables: list[str]) -> list[str]:
    out = set(executables)
    for exe in executables:
        stem = process_stem(exe)
        if stem:
            out.add(stem)
    return sorted(out)


# -- LOLRMM disk artifacts: where a tool installs itself on Linux and macOS, and the names of the
# programs it leaves there (LOLRMM often names only the Windows installer in PEMetadata).
UNIX_PATH = re.compile(r"^(?:/|~/)")
BIN_DIRS = re.compile(r"/(?:bin|sbin|opt/[^/]+|mesh_services/.*|[^/]+/agent)/[^/]+$")
UNIX_ROOTS = ("/opt/", "/usr/local/", "/usr/share/", "/usr/lib/", "/etc/", "/var/lib/",
              "/Library/Application Support/", "/Applications/")


def _disk_files(doc: dict) -> list[tuple[str, str]]:
    """(OS, path) of every disk artifact LOLRMM lists."""
    disk = (doc.get("Artifacts") or {}).get("Disk") or []
    return [(str((a or {}).get("OS") or ""), str((a or {}).get("File") or "").strip())
            for a in disk if isinstance(a, dict) and a.get("File")]


def disk_executables(doc: dict) -> list[str]:
    """Program names in LOLRMM's disk artifacts: Windows .exe files and Linux/macOS binaries."""
    names = set()
    paths = [p for _os, p in _disk_files(doc)]
    paths += [str(p) for p in (doc.get("Details") or {}).get("InstallationPaths") or []]
    for p in paths:
        base = _basename(p.replace("\\\\", "\\"))
        unix_program = UNIX_PATH.match(p) and (
            (BIN_DIRS.search(p) and "." not in base.strip("."))
            or re.search(r"_Agent$|\.Agent$", base))  # Remotely_Agent, ControlR.Agent
        if base.lower().endswith(".exe") or unix_program:
            names.add(base)
    return sorted({n.strip().lower() for n in names if executable_ok(n.strip().lower())
                   and n.strip().lower() not in GENERIC_STEMS})


def disk_install_paths(doc: dict) -> list[str]:
    """Linux and macOS install folders named by the disk artifacts: "/opt/nezha", "/etc/glpi-agent"."""
    out = set()
    paths = [p for _os, p in _disk_files(doc)]
    paths += [str(p) for p in (doc.get("Details") or {}).get("InstallationPaths") or []]
    for p in paths:
        p = p.strip()
        for root in UNIX_ROOTS:
            if p.startswith(root):
                rest = p[len(root):].split("/")[0]
                if rest and not any(c in rest for c in "*?<[") and rest.lower() not in (
                        "bin", "lib", "share", "systemd", "log", "logs", "applications", "init.d"):
                    out.add(root + rest)
                break
    return sorted(out)


def from_lolrmm(doc: dict, stem: str) -> tuple[dict | None, str | None]:
    """A catalog entry for one LOLRMM file, or (None, reason) when it is left out."""
    if stem in CLIENT_ONLY:
        return None, "client-only"
    if stem in NOT_REMOTE_ACCESS:
        return None, "not-remote-access"
    exes = sorted(set(_executables(doc)) | set(disk_executables(doc)))
    paths = sorted(set(_install_paths(doc)) | set(disk_install_paths(doc)))
    caps = " ".join(str(c) for c in (doc.get("Details") or {}).get("Capabilities") or []).lower()
    monitoring = stem in MONITORING or bool(re.search(r"keylog|keystroke|user activity monitoring", caps))
    entry = {
        "name": str(doc["Name"]).strip(),
        "kind": "monitoring" if monitoring else "remote-access",
        "processes": _processes(exes),
        "install_paths": paths,
        "ports": _ports(doc),
        "platforms": _platforms((doc.get("Details") or {}).get("SupportedOS"), exes, paths),
        "websites": _website(doc),
        "names": [str(doc["Name"]).strip()],
        "packages": [],
        "source": ["lolrmm"],
        "licence": ["Apache-2.0"],
    }
    return entry, None


def from_echap(doc: dict, kind: str) -> dict:
    platforms = set()
    if doc.get("packages"):
        platforms.add("android")
    if doc.get("ios_bundles"):
        platforms.add("ios")
    names = [str(doc["name"]).strip(), *[str(n).strip() for n in doc.get("names") or []]]
    return {
        "name": str(doc["name"]).strip(),
        "kind": kind,
        "processes": [],
        "install_paths": [],
        "ports": [],
        "platforms": sorted(platforms),
        "websites": sorted({str(w).strip().lower() for w in doc.get("websites") or []
                            if str(w).strip()})[:10],
        "names": sorted(set(names), key=lambda n: (n.lower(), n)),
        "packages": [],
        "source": ["stalkerware-indicators"],
        "licence": ["CC-BY-4.0"],
    }


def from_curated(item: dict) -> dict:
    return {
        "name": item["name"], "kind": item["kind"],
        "processes": sorted({p.lower() for p in item.get("processes", [])}),
        "install_paths": sorted(item.get("install_paths", [])), "ports": sorted(item.get("ports", [])),
        "platforms": sorted(item.get("platforms", [])), "websites": sorted(item.get("websites", [])),
        "names": [item["name"]], "packages": sorted(item.get("packages", [])),
        "source": ["ontkoppel"], "licence": ["GPL-3.0-or-later"],
    }


LIST_FIELDS = ("processes", "install_paths", "ports", "platforms", "websites", "names", "packages",
               "source", "licence")


def _merge(into: dict, other: dict) -> None:
    for f in LIST_FIELDS:
        seen = list(into[f])
        seen += [v for v in other[f] if v not in seen]
        into[f] = seen if f in ("source", "licence") else sorted(seen, key=lambda v: (str(v).lower(), str(v)))
    if other["kind"] == "monitoring":
        into["kind"] = "monitoring" if into["kind"] != "stalkerware" else "stalkerware"


def _match_names(names: list[str]) -> list[str]:
    out = set()
    for n in names:
        norm = norm_name(n)
        if norm and norm not in GENERIC_NAMES and len(norm.replace(" ", "")) >= 4:
            out.add(norm)
    return sorted(out)


def build(shared: Path) -> dict[str, Any]:
    lolrmm_dir = shared / "data" / "lolrmm" / "yaml"
    echap_dir = shared / "data" / "stalkerware-indicators"
    merged: dict[str, dict] = {}
    excluded = []

    def add(entry: dict) -> None:
        k = norm_name(entry["name"]).replace(" ", "")
        if k in merged:
            _merge(merged[k], entry)
        else:
            merged[k] = entry

    for path in sorted(lolrmm_dir.glob("*.y*ml")):
        entry, reason = from_lolrmm(_load_yaml(path), path.stem)
        if entry is None:
            excluded.append({"source": "lolrmm", "file": path.name, "reason": reason})
        else:
            add(entry)
    for fname, kind in (("ioc.yaml", "stalkerware"), ("watchware.yaml", "monitoring")):
        for doc in _load_yaml(echap_dir / fname) or []:
            add(from_echap(doc, kind))
    for item in catalog_curated.ENTRIES:
        add(from_curated(item))

    entries, ids = [], set()
    for entry in sorted(merged.values(), key=lambda e: norm_name(e["name"])):
        base = slug(entry["name"])
        eid, n = base, 2
        while eid in ids:
            eid, n = f"{base}-{n}", n + 1
        ids.add(eid)
        entry["match_names"] = _match_names(entry["names"])
        entries.append({"id": eid, **entry})

    attribution = []
    for name, commit_file in (("lolrmm", shared / "data" / "lolrmm" / "SOURCE"),
                              ("stalkerware-indicators", echap_dir / "SOURCE"), ("ontkoppel", None)):
        block = {"source": name, **SOURCES[name]}
        if commit_file is not None:
            block["commit"] = _commit(commit_file)
        attribution.append(block)
    licence_file = shared / "data" / "lolrmm" / "LICENSE"
    if licence_file.exists():
        attribution[0]["licence_text"] = licence_file.read_text(encoding="utf-8")
    return {"format": 1, "generated_by": "python -m kit.checks.build_catalog",
            "attribution": attribution, "excluded": excluded, "entries": entries}


def dump(catalog: dict[str, Any]) -> str:
    """Diff-friendly JSON: the header indented, one line per entry and per left-out file."""
    def line(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    parts = ["{"]
    for k in ("format", "generated_by"):
        parts.append(f"{json.dumps(k)}: {line(catalog[k])},")
    parts.append('"attribution": [')
    parts.append(",\n".join(line(a) for a in catalog["attribution"]))
    parts.append("],")
    parts.append('"excluded": [')
    parts.append(",\n".join(line(x) for x in catalog["excluded"]))
    parts.append("],")
    parts.append('"entries": [')
    parts.append(",\n".join(line(e) for e in catalog["entries"]))
    parts.append("]")
    parts.append("}")
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m kit.checks.build_catalog")
    p.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                   help="the shared folder that holds data/lolrmm and data/stalkerware-indicators")
    p.add_argument("--out", type=Path, default=REPO / "kit" / "data" / "catalog.json")
    p.add_argument("--check", action="store_true", help="exit 1 if --out is not up to date")
    args = p.parse_args(argv)
    if not (args.shared / "data" / "lolrmm" / "yaml").is_dir():
        print(f"no LOLRMM data under {args.shared}/data/lolrmm/yaml (use --shared)", file=sys.stderr)
        return 2
    try:
        catalog = build(args.shared)
    except ImportError:
        print("building the catalog needs PyYAML: pip install pyyaml", file=sys.stderr)
        return 2
    text = dump(catalog)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("catalog is up to date" if same else f"{args.out} is out of date", file=sys.stderr)
        return max(0 if same else 1, _phone_catalog(args))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(catalog['entries'])} entries)", file=sys.stderr)
    return _phone_catalog(args)


def _phone_catalog(args) -> int:
    """The phone catalog (kit/data/phone_catalog.json), next to --out; see kit/phone/catalog_build.py."""
    from kit.phone.catalog_build import write_phone_catalog

    return write_phone_catalog(args.shared, args.out.parent / "phone_catalog.json", args.check,
                               _load_yaml, SOURCES)


if __name__ == "__main__":
    sys.exit(main())
