"""Build kit/data/phone_catalog.json (called from kit.checks.build_catalog, needs PyYAML).

From Echap stalkerware-indicators (ioc.yaml as "stalkerware", watchware.yaml as "watchware"):
name, other names, Android package names and iOS bundle ids, with source and licence per entry.
From kit.phone.dual_use: the project's own short list of dual-use apps (family trackers, location
sharing, remote support). Names shorter than 4 letters or too generic are not used to match an
iPhone app by its name (bundle ids still match).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from kit.phone.catalog import norm

ECHAP = "stalkerware-indicators"
GENERIC = {"spy", "spy app", "phone tracker", "mobile tracker", "tracker", "monitor",
           "phone monitor", "parental control", "family", "location", "gps tracker",
           "cell tracker", "system service", "update", "wifi", "sync services", "android"}


def _match_names(names: list[str]) -> list[str]:
    out = {norm(n) for n in names}
    return sorted(n for n in out if len(n.replace(" ", "")) >= 4 and n not in GENERIC)


def _slug(name: str) -> str:
    return norm(name).replace(" ", "-") or "app"


def from_echap(doc: dict, kind: str) -> dict[str, Any] | None:
    if not isinstance(doc, dict) or not doc.get("name"):
        return None
    names = [str(doc["name"]).strip(), *[str(n).strip() for n in doc.get("names") or []]]
    packages = sorted({str(p).strip() for p in doc.get("packages") or [] if str(p).strip()})
    bundles = sorted({str(p).strip() for p in doc.get("ios_bundles") or [] if str(p).strip()})
    return {"name": names[0], "kind": kind, "packages": packages, "ios_bundles": bundles,
            "names": sorted(set(names), key=lambda n: (n.lower(), n)), "match_names": _match_names(names),
            "source": [ECHAP], "licence": ["CC-BY-4.0"]}


def from_curated(item: dict) -> dict[str, Any]:
    names = [item["name"], *item.get("names", [])]
    return {"name": item["name"], "kind": "dual-use", "packages": sorted(item.get("packages", [])),
            "ios_bundles": sorted(item.get("ios_bundles", [])), "names": names,
            "match_names": _match_names(names), "note": item["use"],
            "source": ["ontkoppel"], "licence": ["GPL-3.0-or-later"]}


def build_phone(shared: Path, load_yaml, sources: dict) -> dict[str, Any]:
    from kit.phone.dual_use import ENTRIES

    echap = shared / "data" / ECHAP
    entries, ids = [], set()
    for fname, kind in (("ioc.yaml", "stalkerware"), ("watchware.yaml", "watchware")):
        for doc in load_yaml(echap / fname) or []:
            e = from_echap(doc, kind)
            if e and (e["packages"] or e["ios_bundles"] or e["match_names"]):
                entries.append(e)
    known = {p for e in entries for p in e["packages"]}
    for item in ENTRIES:
        e = from_curated(item)
        e["packages"] = [p for p in e["packages"] if p not in known]  # Echap's word goes first
        entries.append(e)
    out = []
    for e in sorted(entries, key=lambda e: (e["kind"], norm(e["name"]))):
        base = _slug(e["name"])
        eid, n = base, 2
        while eid in ids:
            eid, n = f"{base}-{n}", n + 1
        ids.add(eid)
        out.append({"id": eid, **e})
    source_line = (echap / "SOURCE").read_text(encoding="utf-8") if (echap / "SOURCE").exists() else ""
    m = re.search(r"@ ([0-9a-f]{40})", source_line)
    notice = (f"Stalkerware and watchware names, Android package names and iOS bundle ids from "
              f"{sources[ECHAP]['attribution']} ({sources[ECHAP]['url']}), licensed under CC BY "
              f"4.0. Changed by Ontkoppel: only names, package names and bundle ids kept.")
    attribution = [{"source": ECHAP, **sources[ECHAP], "notice": notice,
                    "commit": m.group(1) if m else ""},
                   {"source": "ontkoppel", "title": "Ontkoppel", "url": "",
                    "licence": "GPL-3.0-or-later",
                    "notice": "Dual-use app list (family trackers, location sharing, remote "
                              "support) by the Ontkoppel project."}]
    return {"format": 1, "generated_by": "python -m kit.checks.build_catalog",
            "attribution": attribution, "entries": out}


def dump_phone(catalog: dict[str, Any]) -> str:
    line = lambda obj: json.dumps(obj, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    parts = ["{", f'"format": {line(catalog["format"])},',
             f'"generated_by": {line(catalog["generated_by"])},', '"attribution": [',
             ",\n".join(line(a) for a in catalog["attribution"]), "],", '"entries": [',
             ",\n".join(line(e) for e in catalog["entries"]), "]", "}"]
    return "\n".join(parts) + "\n"


def write_phone_catalog(shared: Path, out: Path, check: bool, load_yaml, sources: dict) -> int:
    """Write (or with check=True, compare) the phone catalog; 0 when fine, 1 when out of date."""
    text = dump_phone(build_phone(shared, load_yaml, sources))
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("phone catalog is up to date" if same else f"{out} is out of date", file=sys.stderr)
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - 9} entries)", file=sys.stderr)
    return 0
