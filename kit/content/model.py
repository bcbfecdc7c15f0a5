"""Typed content objects, built from a parsed file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from kit.content.markdown import (
    Callout,
    Node,
    check_items,
    list_items,
    split_callouts,
    subtree_text,
)

PLATFORMS = ("ios", "android", "windows", "macos", "linux", "web")
SERVICE_VARIANTS = (
    "gmail", "outlook", "isp-mail", "airtag", "smarttag", "tile", "whatsapp", "messenger",
    "facebook", "instagram", "netflix", "spotify", "disney", "alexa", "google-home", "family-link",
    "screen-time", "itsme", "csam", "digid", "telenet", "proximus", "orange", "kpn",
)
VARIANTS = PLATFORMS + SERVICE_VARIANTS


@dataclass(frozen=True)
class Source:
    url: str
    title: str
    steps: tuple[str, ...] = ()  # step ids (or checklist section ids) this page backs
    checked: dt.date | None = None  # the day the page was read against the step
    lang: str = ""  # the page's language, when it is not English

    @classmethod
    def from_header(cls, s: dict) -> Source:
        return cls(s["url"], s["title"], tuple(s.get("steps", ())), s.get("checked"), s.get("lang", ""))


@dataclass
class Header:
    id: str
    kind: str
    title: str
    summary: str
    languages: list[str]
    verified: dt.date
    sources: list[Source]
    tags: list[str]
    extra: dict = field(default_factory=dict)


@dataclass
class Document:
    """One language version of one item."""

    header: Header
    lang: str
    path: Path
    body: str
    tree: Node
    body_line: int

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def kind(self) -> str:
        return self.header.kind

    @property
    def title(self) -> str:
        return self.header.title

    def section(self, anchor: str) -> Node | None:
        return self.tree.child(anchor)

    def section_text(self, anchor: str) -> str:
        node = self.section(anchor)
        return subtree_text(node) if node else ""


@dataclass
class Step:
    id: str
    title: str
    text: str
    variants: dict[str, tuple[str, str]]  # platform -> (label, markdown)
    callouts: list[Callout]

    def callout(self, kind: str) -> str:
        return "\n\n".join(c.text for c in self.callouts if c.kind == kind)

    @property
    def evidence_tip(self) -> str:
        return self.callout("evidence")

    @property
    def notice(self) -> str:
        return self.callout("notice")


@dataclass
class Guide(Document):
    @property
    def stage(self) -> int:
        return int(self.header.extra.get("stage", 4))

    @property
    def order(self) -> int:
        return int(self.header.extra.get("order", 100))

    @property
    def triggers(self) -> list[str]:
        return list(self.header.extra.get("triggers", []))

    @property
    def always(self) -> bool:
        return bool(self.header.extra.get("always", False))

    @property
    def why(self) -> str:
        return self.section_text("why")

    @property
    def before(self) -> str:
        return self.section_text("before")

    @property
    def steps(self) -> list[Step]:
        node = self.section("steps")
        if not node:
            return []
        steps = []
        for s in node.children:
            variants: dict[str, tuple[str, str]] = {}
            callouts: list[Callout] = []
            text, own = split_callouts(s.text)
            callouts.extend(own)
            for v in s.children:
                vtext, vcall = split_callouts(subtree_text(v))
                variants[v.anchor] = (v.title, vtext)
                callouts.extend(vcall)
            steps.append(Step(s.anchor, s.title, text, variants, callouts))
        return steps


@dataclass
class ChecklistSection:
    id: str
    title: str
    items: list[str]


@dataclass
class Checklist(Document):
    @property
    def sections(self) -> list[ChecklistSection]:
        return [
            ChecklistSection(n.anchor, n.title, [t for _, t in check_items(n.text)])
            for n in self.tree.children
        ]


@dataclass
class Scenario:
    id: str
    title: str
    text: str
    questions: list[str]
    points: list[str]


@dataclass
class Option:
    text: str
    correct: bool
    explanation: str


@dataclass
class Question:
    id: str
    text: str
    options: list[Option]

    @property
    def correct_index(self) -> int:
        return next((i for i, o in enumerate(self.options) if o.correct), -1)


@dataclass
class Module(Document):
    @property
    def age_groups(self) -> list[str]:
        return list(self.header.extra.get("age_groups", []))

    @property
    def duration_min(self) -> int:
        return int(self.header.extra.get("duration_min", 0))

    @property
    def topics(self) -> list[str]:
        return list(self.header.extra.get("topics", []))

    @property
    def goals(self) -> list[str]:
        node = self.section("goals")
        return list_items(node.text) if node else []

    @property
    def messages(self) -> str:
        return self.section_text("messages")

    @property
    def facilitator(self) -> str:
        return self.section_text("facilitator")

    @property
    def handout(self) -> str:
        return self.section_text("handout")

    @property
    def scenarios(self) -> list[Scenario]:
        node = self.section("scenarios")
        out = []
        for s in node.children if node else []:
            q = s.child("questions")
            p = s.child("points")
            out.append(
                Scenario(
                    s.anchor,
                    s.title,
                    s.text,
                    list_items(q.text) if q else [],
                    list_items(p.text) if p else [],
                )
            )
        return out

    @property
    def quiz(self) -> list[Question]:
        node = self.section("quiz")
        out = []
        for q in node.children if node else []:
            options = []
            for correct, raw in check_items(q.text):
                text, _, expl = raw.partition(" :: ")
                options.append(Option(text.strip(), correct, expl.strip()))
            stem = "\n".join(
                line for line in q.text.split("\n") if not line.startswith(("- [", "  "))
            ).strip()
            out.append(Question(q.anchor, (q.title + ("\n\n" + stem if stem else "")).strip(), options))
        return out


@dataclass
class Rights(Document):
    @property
    def regions(self) -> list[str]:
        return list(self.header.extra.get("regions", []))


KIND_CLASSES: dict[str, type[Document]] = {
    "guide": Guide,
    "checklist": Checklist,
    "module": Module,
    "rights": Rights,
}
