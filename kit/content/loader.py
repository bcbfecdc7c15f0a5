"""Find content on disk and load it on demand.

Start-up only lists folders; a file is read the first time something asks for it, and kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kit import LANGUAGES
from kit.content.errors import ContentError
from kit.content.model import Checklist, Document, Guide, Module, Rights
from kit.content.parse import load_document, read_header
from kit.resources import content_dirs, rights_dir


@dataclass(frozen=True)
class ItemRef:
    """An item folder: its id (the folder name) and the language files in it."""

    id: str
    folder: Path

    def path(self, lang: str) -> Path:
        return self.folder / f"{lang}.md"

    @property
    def languages(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.md"))


class ContentIndex:
    def __init__(self, roots: list[Path]):
        self.roots = roots
        self._refs: dict[str, ItemRef] | None = None
        self._docs: dict[tuple[str, str], Document] = {}

    def refs(self) -> dict[str, ItemRef]:
        if self._refs is None:
            refs: dict[str, ItemRef] = {}
            for root in self.roots:
                if root.is_dir():
                    for folder in sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.md"))):
                        refs.setdefault(folder.name, ItemRef(folder.name, folder))
            self._refs = refs
        return self._refs

    def ids(self, kind: str | None = None) -> list[str]:
        ids = list(self.refs())
        if kind is None:
            return ids
        return [i for i in ids if self.header(i).get("kind") == kind]

    def header(self, item_id: str, lang: str = "en") -> dict:
        ref = self.refs()[item_id]
        path = ref.path(lang)
        if not path.exists():
            path = ref.path(ref.languages[0])
        return read_header(path)

    def document(self, item_id: str, lang: str, region: str | None = None) -> Document:
        """One language version. `region` resolves the region blocks (see regions.py);
        None keeps them, so the renderer chooses them at display time."""
        key = (item_id, lang, region)
        if key not in self._docs:
            ref = self.refs().get(item_id)
            if ref is None:
                raise ContentError.one(item_id, 1, f"no content item with id '{item_id}'")
            path = ref.path(lang)
            if not path.exists():
                if lang != "en" and ref.path("en").exists():
                    return self.document(item_id, "en", region)
                raise ContentError.one(path, 1, f"'{item_id}' has no '{lang}' version")
            self._docs[key] = load_document(path, lang, region)
        return self._docs[key]

    def guide(self, item_id: str, lang: str, region: str | None = None) -> Guide:
        return self._typed(item_id, lang, Guide, region)

    def module(self, item_id: str, lang: str, region: str | None = None) -> Module:
        return self._typed(item_id, lang, Module, region)

    def checklist(self, item_id: str, lang: str, region: str | None = None) -> Checklist:
        return self._typed(item_id, lang, Checklist, region)

    def rights(self, item_id: str, lang: str, region: str | None = None) -> Rights:
        return self._typed(item_id, lang, Rights, region)

    def _typed(self, item_id, lang, cls, region=None):
        doc = self.document(item_id, lang, region)
        if not isinstance(doc, cls):
            raise ContentError.one(doc.path, 1, f"'{item_id}' is a {doc.kind}, not a {cls.__name__.lower()}")
        return doc

    def documents(self, kind: str, lang: str) -> list[Document]:
        return [self.document(i, lang) for i in self.ids(kind)]

    def listing(self) -> list[dict]:
        """One summary per item, as `content list --json` prints it."""
        out = []
        for item_id, ref in self.refs().items():
            langs = [lang for lang in LANGUAGES if ref.path(lang).exists()]
            base = self.document(item_id, "en" if "en" in langs else langs[0])
            entry = {
                "id": item_id,
                "kind": base.kind,
                "languages": langs,
                "title": {lang: self.document(item_id, lang).title for lang in langs},
                "summary": {lang: self.document(item_id, lang).header.summary for lang in langs},
                "verified": base.header.verified.isoformat(),
                "sources": [_source_json(s) for s in base.header.sources],
                "tags": base.header.tags,
            }
            if isinstance(base, Module):
                entry["age_groups"] = base.age_groups
                entry["duration_min"] = base.duration_min
                entry["quiz_questions"] = len(base.quiz)
                entry["scenarios"] = len(base.scenarios)
            if isinstance(base, Guide):
                entry["stage"] = base.stage
                entry["steps"] = len(base.steps)
            if isinstance(base, Checklist):
                entry["items"] = sum(len(s.items) for s in base.sections)
            if isinstance(base, Rights):
                entry["regions"] = base.regions
            out.append(entry)
        return out


def _source_json(s) -> dict:
    out = {"url": s.url, "title": s.title}
    if s.steps:
        out["steps"] = list(s.steps)
    if s.checked:
        out["checked"] = s.checked.isoformat()
    if s.lang:
        out["lang"] = s.lang
    return out


@cache
def default_index() -> ContentIndex:
    """The shipped content. Built once; files are read lazily."""
    return ContentIndex([*content_dirs(), rights_dir()])
