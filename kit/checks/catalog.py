"""The catalog of remote-access, monitoring and stalkerware tools (kit/data/catalog.json).

Loaded once, on first use. Built by `python -m kit.checks.build_catalog`; the attribution that
the sources' licences require is in `Catalog.attribution` (for the About page).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from fnmatch import translate
from functools import cache, cached_property
from pathlib import Path

from kit.checks.catalog_rules import GENERIC_STEMS, norm_name
from kit.resources import package_data

KINDS = ("remote-access", "monitoring", "stalkerware")
# Where programs are installed, as the first folders of an install path (lower case).
ROOTS = {
    ("c:", "program files"): "programfiles",
    ("c:", "program files (x86)"): "programfiles86",
    ("c:", "programdata"): "programdata",
    ("c:", "users", "*", "appdata", "local"): "localappdata",
    ("c:", "users", "*", "appdata", "roaming"): "appdata",
    ("applications",): "applications",
    ("library", "application support"): "library_support",
    ("opt",): "opt",
    ("usr", "share"): "usr_share",
    ("usr", "local", "bin"): "usr_local_bin",
    ("usr", "local"): "usr_local",
    ("etc",): "etc",
    ("var", "lib"): "var_lib",
}
# Words too common to name a tool when they stand in a unit, folder or command line.
COMMON_WORDS = frozenset({"recycler", "duet", "remotely", "dashboard", "ilias", "observer",
                          "control", "support", "connect", "helper", "monitor", "client",
                          "parsec", "remotedesktop", "remoteaccess", "remotesupport",
                          "remotecontrol", "remotemanagement"})
MAX_SPAN = 4
FILE_TYPES = re.compile(r"(?i)(?:\.(?:service|timer|socket|path|target|desktop|plist|exe|conf|cfg|sh|"
                        r"json|ya?ml|log|lnk|app|d))+$")


def compact(name: str) -> str:
    """ "Bluetrait MSP Agent.exe" -> "bluetraitmspagent": lower case, no ".exe", letters and digits."""
    n = name.strip().lower()
    n = n[:-4] if n.endswith(".exe") else n
    return re.sub(r"[^a-z0-9]+", "", n)


def path() -> Path:
    return package_data() / "catalog.json"


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    processes: tuple[str, ...]
    install_paths: tuple[str, ...]
    ports: tuple[int, ...]
    platforms: tuple[str, ...]
    websites: tuple[str, ...]
    names: tuple[str, ...]
    packages: tuple[str, ...]
    match_names: tuple[str, ...]
    source: tuple[str, ...]
    licence: tuple[str, ...]

    @classmethod
    def from_json(cls, d: dict) -> Entry:
        return cls(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items()
                      if k in cls.__dataclass_fields__})


def _split(p: str) -> tuple[str, ...]:
    return tuple(x for x in re.split(r"[\\/]+", p.lower()) if x != "")


class Catalog:
    def __init__(self, data: dict):
        self.attribution: list[dict] = data.get("attribution", [])
        self.excluded: list[dict] = data.get("excluded", [])
        self.entries: list[Entry] = [Entry.from_json(e) for e in data["entries"]]

    # indexes, built on first use -------------------------------------------------
    @cached_property
    def _processes(self) -> tuple[dict[str, list[Entry]], list[tuple[re.Pattern, Entry]]]:
        exact: dict[str, list[Entry]] = {}
        globs = []
        for e in self.entries:
            for p in e.processes:
                if any(c in p for c in "*?["):
                    globs.append((re.compile(translate(p)), e))
                else:
                    exact.setdefault(p, []).append(e)
        return exact, globs

    @cached_property
    def _any_glob(self) -> re.Pattern:
        """All process patterns in one expression: most names match none, and one test says so."""
        return re.compile("|".join(f"(?:{rx.pattern})" for rx, _e in self._processes[1]) or "(?!)")

    @cached_property
    def _compact(self) -> dict[str, list[Entry]]:
        """Process names (3+ letters) and product names (4+ letters) without spaces or ".exe"."""
        idx: dict[str, list[Entry]] = {}
        for e in self.entries:
            keys = {compact(p) for p in e.processes if not any(c in p for c in "*?[")}
            keys = {k for k in keys if len(k) >= 3 and k not in GENERIC_STEMS}
            keys |= {n.replace(" ", "") for n in e.match_names if len(n.replace(" ", "")) >= 4}
            for k in keys:
                if e not in idx.setdefault(k, []):
                    idx[k].append(e)
        return idx

    @cached_property
    def _words(self) -> dict[str, list[Entry]]:
        """The keys that may stand inside a longer name: 4+ letters, not common words."""
        return {k: v for k, v in self._compact.items() if len(k) >= 4 and k not in COMMON_WORDS}

    @cached_property
    def _names(self) -> dict[str, list[Entry]]:
        idx: dict[str, list[Entry]] = {}
        for e in self.entries:
            for n in e.match_names:
                idx.setdefault(n, []).append(e)
                idx.setdefault(n.replace(" ", ""), []).append(e)
        return idx

    @cached_property
    def _packages(self) -> dict[str, list[Entry]]:
        idx: dict[str, list[Entry]] = {}
        for e in self.entries:
            for p in e.packages:
                idx.setdefault(p.lower(), []).append(e)
        return idx

    @cached_property
    def _installs(self) -> dict[str, dict[tuple[str, ...], list[Entry]]]:
        idx: dict[str, dict[tuple[str, ...], list[Entry]]] = {}
        for e in self.entries:
            for p in e.install_paths:
                parts = _split(p)
                for root, key in ROOTS.items():
                    n = len(root)
                    if len(parts) > n and all(r == "*" or r == x for r, x in zip(root, parts, strict=False)):
                        rel = parts[n:]
                        if not any(c in rel[0] for c in "*?{<%"):
                            idx.setdefault(key, {}).setdefault(rel, []).append(e)
                        break
        return idx

    # look-ups ----------------------------------------------------------------------
    def by_process(self, name: str) -> list[Entry]:
        n = name.strip().lower()
        exact, globs = self._processes
        found = list(exact.get(n, []))
        if self._any_glob.match(n):
            for rx, e in globs:
                if e not in found and rx.match(n):
                    found.append(e)
        for e in self._compact.get(compact(n), []) if n else []:
            if e not in found:
                found.append(e)
        return found

    def by_words(self, text: str) -> list[Entry]:
        """Tools named inside a unit, folder or file name: "nezha-agent.service" -> Nezha.

        The name is cut into words at punctuation; a tool matches when one word, or a few words
        next to each other written as one ("bluetrait-msp-agent"), is one of its program or
        product names. Letters inside a word never match ("teamviewerish" is not TeamViewer).
        """
        text = FILE_TYPES.sub("", text.strip())
        text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)  # camelCase
        tokens = [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]
        found: list[Entry] = []
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + MAX_SPAN) + 1):
                for e in self._words.get("".join(tokens[i:j]), []):
                    if e not in found:
                        found.append(e)
        return found

    def by_path(self, path: str) -> list[Entry]:
        """Tools named by a program path or command line: its program name, then its folders."""
        found: list[Entry] = []
        for part in [p for p in re.split(r"[\\/\s\"'=]+", path) if p]:
            for e in self.by_process(part) + self.by_words(part):
                if e not in found:
                    found.append(e)
        return found

    def by_program(self, display_name: str) -> list[Entry]:
        """Installed-program names: an entry matches the whole name or its first words."""
        tokens = norm_name(display_name).split()
        found: list[Entry] = []
        for k in range(len(tokens), 0, -1):
            for e in self._names.get(" ".join(tokens[:k]), []):
                if e not in found:
                    found.append(e)
        for e in self._names.get("".join(tokens), []):
            if e not in found:
                found.append(e)
        return found

    def by_package(self, package: str) -> list[Entry]:
        return list(self._packages.get(package.lower(), []))

    def by_port(self, port: int) -> list[Entry]:
        return [e for e in self.entries if port in e.ports]

    @cached_property
    def ports(self) -> frozenset[int]:
        return frozenset(p for e in self.entries for p in e.ports)

    def install_paths(self, root: str) -> dict[tuple[str, ...], list[Entry]]:
        """{relative path parts (lower case): entries} for one ROOTS key, e.g. "programfiles"."""
        return self._installs.get(root, {})


_LOCK = threading.Lock()


@cache
def _load(file: str) -> Catalog:
    cat = Catalog(json.loads(Path(file).read_text(encoding="utf-8")))
    cat.by_process("")  # build the indexes now, once, instead of in several checks at the same time
    cat.by_program("")
    return cat


def load(file: str | None = None) -> Catalog:
    """The catalog, read once per process (safe to call from many threads)."""
    with _LOCK:
        return _load(str(file or path()))
