"""`python -m kit validate`: every problem in the content, as path:line: message."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kit import LANGUAGES
from kit.content.errors import ContentError, Problem
from kit.content.loader import ContentIndex, ItemRef
from kit.content.markdown import (
    BLOCK_PLACEHOLDER_LINE,
    FENCE,
    inline_problems,
    links,
    paragraphs,
    parse_tree,
    placeholders,
    raw_html,
)
from kit.content.model import VARIANTS, Checklist, Document, Guide, Module, Rights
from kit.content.parse import load_document
from kit.content.regions import block_problems, select_region
from kit.resources import CONTENT_KINDS, content_dirs, rights_dir

SHARED_FIELDS = ("id", "kind", "languages", "verified", "sources", "tags")
FOLDER_KIND = {folder: kind for kind, folder in CONTENT_KINDS.items()} | {"rights": "rights"}
PHONE_LIKE = re.compile(r"(?<![\d.:/-])0\d{2,3}[ -]?\d{2,4}(?:[ -]?\d{2,4})?(?![\d-])")
INTERNAL = ("guide", "module", "checklist")
FLEMISH_ONLY = re.compile(r"\b(gsm|gsm's|gsm-nummer)\b", re.I)
FLEMISH_ONLY_FIX = {"gsm": "telefoon", "gsm's": "telefoons", "gsm-nummer": "telefoonnummer"}
CLAIM_WORDS = re.compile(
    r"\*\*[^*]+\*\*|→|»|«|\bSettings\b|\bInstellingen\b|\bRéglages\b|\bParamètres\b|\bmenu\b", re.I
)


# a label in quotes ("System Service", « Réglages », „Instellingen") or a list item per product
# ("- Chrome: click the profile picture ..."): both say what a screen shows
QUOTED_LABEL = re.compile(r"[\"“«„]\s?[A-ZÀ-Ý][^\"”»“\n]{1,40}?\s?[\"”»“]")
PER_PRODUCT = re.compile(r"^\s*[-*]\s+[A-Z][\w+ ]{1,30}(?: and [A-Z][\w+]*)?:\s+(?!\{\{)", re.M)  # not "- In Flanders: {{help:..}}"
BOLD = re.compile(r"\*\*([^*]+)\*\*")
HEDGE = re.compile(r"\b(may|might|could|possibly|perhaps)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def definite_sentences(notice: str) -> list[str]:
    """The sentences of a notice that state what will happen, not what may happen."""
    return [s for s in SENTENCE_END.split(notice.strip())
            if s and not s.endswith("?") and not HEDGE.search(s)]


def step_texts(step) -> list[str]:
    """A step's own text and the text of each of its variants."""
    return [step.text, *(t for _, t in step.variants.values())]


def step_lines(doc: Document) -> dict[str, int]:
    """The line of each step's heading, by step id."""
    steps = doc.section("steps")
    return {n.anchor: n.line for n in steps.children} if steps else {}


def makes_claim(step) -> bool:
    """A step names a menu path or setting (a platform or service variant, a label in bold or in
    quotes, a list item per product, an arrow, a settings word) or
    states what the other person will see or be told (a notice with a sentence that is not
    hedged). A notice that only warns that the other person *may* notice something is a
    precaution: it errs on the safe side and needs no vendor page."""
    if step.variants:  # a platform (ios, android, ...) or a service (netflix, gmail, ...)
        return True
    if step.notice and definite_sentences(step.notice):
        return True
    return any(CLAIM_WORDS.search(t) or QUOTED_LABEL.search(t) or PER_PRODUCT.search(t) for t in step_texts(step))


def region_countries(body: str) -> Counter:
    """How many region blocks each country has ("be" for any Belgian region, "nl"). The
    regions inside Belgium may differ per language (a French text sends Brussels readers to a
    French-speaking line, a Dutch one to a Dutch-speaking line); the countries may not."""
    from kit.content.regions import OPEN

    out: Counter = Counter()
    for line in body.split("\n"):
        if m := OPEN.match(line):
            out.update({tag.split("-")[0] for tag in m.group(1).split()})
    return out


def _directory():
    try:
        from kit.helpdir import load_directory

        return load_directory()
    except ImportError:
        return None


class Validator:
    def __init__(self, known: ContentIndex):
        self.known = known
        self.problems: list[Problem] = []
        self.directory = _directory()

    def add(self, path, line: int, message: str) -> None:
        self.problems.append(Problem(str(path), line, message))

    # -- one item ---------------------------------------------------------------------------
    def item(self, ref: ItemRef) -> None:
        docs: dict[str, Document] = {}
        for extra in sorted(p for p in ref.folder.iterdir() if p.is_file()):
            if extra.suffix == ".md" and extra.stem not in LANGUAGES:
                self.add(extra, 1, f"unknown language '{extra.stem}': use {', '.join(LANGUAGES)}")
        for lang in LANGUAGES:
            path = ref.path(lang)
            if not path.exists():
                self.add(ref.folder, 1, f"missing language: '{lang}.md' does not exist")
                continue
            try:
                docs[lang] = load_document(path, lang)
            except ContentError as e:
                self.problems.extend(e.problems)
                continue
            self.document(ref, docs[lang])
        if len(docs) > 1:
            self.across_languages(docs)

    def document(self, ref: ItemRef, doc: Document) -> None:
        h = doc.header
        if h.id != ref.id:
            self.add(doc.path, 2, f"id '{h.id}' does not match the folder name '{ref.id}'")
        want = FOLDER_KIND.get(ref.folder.parent.name)
        if want and h.kind != want:
            self.add(doc.path, 2, f"kind '{h.kind}' does not belong in {ref.folder.parent.name}/")
        if sorted(h.languages) != sorted(LANGUAGES):
            self.add(doc.path, 2, f"'languages' must list {', '.join(LANGUAGES)}")
        _, tree_problems = parse_tree(doc.body, doc.body_line)
        for line, msg in tree_problems + inline_problems(doc.body, doc.body_line):
            self.add(doc.path, line, msg)
        anchors = Counter(n.anchor for n in doc.tree.walk() if n.anchor and n.level == 2)
        for anchor, n in anchors.items():
            if n > 1:
                self.add(doc.path, doc.body_line, f"section anchor '{{#{anchor}}}' is used {n} times")
        self.references(doc)
        self.problems.extend(Problem(str(doc.path), n, m) for n, m in placeholder_line_problems(doc.body, doc.body_line))
        self.regional(doc)
        self.callout_lines(doc)
        self.step_sources(doc)
        self.no_raw_html(doc)
        check = {Guide: self.guide, Module: self.module, Checklist: self.checklist, Rights: self.rights}
        check[type(doc)](doc)

    def references(self, doc: Document) -> None:
        for rel in doc.header.extra.get("related", []):
            if rel not in self.known.refs():
                self.add(doc.path, 2, f"'related' names '{rel}', but there is no such item")
        for lineno, line in paragraphs(doc.body, doc.body_line):
            for _, target in links(line):
                scheme, _, rest = target.partition(":")
                if scheme in INTERNAL:
                    if rest not in self.known.refs():
                        self.add(doc.path, lineno, f"link to {target}: no such item")
                elif not target.startswith(("https://", "http://", "mailto:")):
                    self.add(doc.path, lineno, f"link target '{target}' must start with https:// or guide:/module:/checklist:")
            for ph in placeholders(line):
                self.placeholder(doc.path, lineno, ph)
            for m in PHONE_LIKE.finditer(line):
                if self.directory is None or not self.directory.knows_phone(m.group(0)):
                    self.add(doc.path, lineno, f"phone number '{m.group(0)}' is not in the help directory: use a {{{{help:ID}}}} placeholder")

    def regional(self, doc: Document) -> None:
        """Region blocks are well formed; Flemish-only words stay inside a Belgian block."""
        for line, msg in block_problems(doc.body, doc.body_line):
            self.add(doc.path, line, msg)
        if doc.lang != "nl":
            return
        neutral = select_region(doc.body, "nl", doc.lang).split("\n")
        for lineno, line in paragraphs("\n".join(neutral), doc.body_line):
            for word in FLEMISH_ONLY.findall(line):
                self.add(doc.path, lineno, f"'{word}' is Flemish: write it in neutral Dutch ({FLEMISH_ONLY_FIX[word.lower()]}) "
                         "or put the sentence in a ':::region be' block")

    def callout_lines(self, doc: Document) -> None:
        """Every line of a callout starts with '> ': a line that continues one without it is
        read as the callout in one renderer and as a new paragraph in another."""
        previous = ""
        for n, line in enumerate(doc.body.split("\n")):
            if previous.startswith(">") and line.strip() and not line.startswith(">"):
                self.add(doc.path, doc.body_line + n,
                         "this line continues a '> ' block without '> ': start it with '> ', "
                         "or leave an empty line before it")
            previous = line

    def step_sources(self, doc: Document) -> None:
        """Every guide step that names a menu, a setting or what the other person will see
        needs a source that names the step (`steps = [...]`) and the day it was read."""
        if not isinstance(doc, Guide):
            return
        step_ids = [s.id for s in doc.steps]
        backed: set[str] = set()
        for i, src in enumerate(doc.header.sources, 1):
            for sid in src.steps:
                if sid not in step_ids:
                    self.add(doc.path, 2, f"source {i} names step '{sid}', but this guide has no such step")
            backed.update(src.steps)
        if doc.lang != "en":  # sources are shared by the three files: warn once per item ...
            self.labels_in_language(doc)  # ... but a label quoted in nl or fr needs a page in nl or fr
            return
        lines = step_lines(doc)
        for step in doc.steps:
            if step.id not in backed and makes_claim(step):
                self.add(doc.path, lines.get(step.id, doc.body_line),
                         f"warning: step '{step.id}' names a menu, a setting or what the other person will see, "
                         "but no source backs it: add its id to a source's 'steps' with 'checked = YYYY-MM-DD', "
                         "or reword it so it needs no source")

    def labels_in_language(self, doc: Document) -> None:
        """A label in bold in an nl or fr step is quoted as the phone shows it in that language:
        a page in that language (`lang = "nl"`/`"fr"`) must name the step, or the step describes
        the setting instead of quoting it."""
        backed = {sid for src in doc.header.sources if src.lang == doc.lang for sid in src.steps}
        lines = step_lines(doc)
        for step in doc.steps:
            labels = [m for t in step_texts(step) for m in BOLD.findall(t)]
            if labels and step.id not in backed:
                self.add(doc.path, lines.get(step.id, doc.body_line),
                         f"warning: step '{step.id}' quotes {', '.join(repr(x) for x in labels[:3])} in bold, but no "
                         f"page in this language backs it: add a source with lang = \"{doc.lang}\" that names the step, "
                         "or describe the setting without quoting it")

    def no_raw_html(self, doc: Document) -> None:
        """Content is Markdown only: raw HTML (an <img src="file:...">, a <script>) is refused,
        in the title too. The app shows any that slips through as text."""
        for line, tag in raw_html(doc.header.title, 2) + raw_html(doc.body, doc.body_line):
            self.add(doc.path, line, f"raw HTML '{tag}' is not allowed: write Markdown only")

    def placeholder(self, path, line: int, ph: str) -> None:
        name, _, arg = ph.partition(":")
        if name in ("emergency", "helplines") and not arg:
            return
        if name == "help" and arg:
            if self.directory is not None and arg not in self.directory.ids():
                self.add(path, line, f"placeholder {{{{{ph}}}}}: no help service with id '{arg}'")
            return
        self.add(path, line, f"unknown placeholder {{{{{ph}}}}}: use help:ID, emergency or helplines")

    # -- per kind -----------------------------------------------------------------------------
    def need(self, doc: Document, anchor: str, what: str) -> bool:
        if doc.section(anchor) is None:
            self.add(doc.path, doc.body_line, f"missing section {what} with anchor {{#{anchor}}}")
            return False
        return True

    def guide(self, doc: Guide) -> None:
        for anchor, what in (("why", "'Why it matters'"), ("before", "'Before you start'"), ("steps", "'Steps'")):
            self.need(doc, anchor, what)
        node = doc.section("steps")
        if node is not None and not node.children:
            self.add(doc.path, node.line, "'Steps' has no steps: add '### Step title {#step-id}' headings")
        for s in node.children if node else []:
            if not s.text.strip() and not s.children:
                self.add(doc.path, s.line, f"step '{s.anchor}' has no text")
            for v in s.children:
                if v.anchor not in VARIANTS:
                    self.add(doc.path, v.line, f"variant '{v.anchor}' is unknown: use one of {', '.join(VARIANTS)}")

    def module(self, doc: Module) -> None:
        for anchor, what in (("goals", "'Learning goals'"), ("messages", "'Key messages'"),
                             ("facilitator", "'Facilitator notes'"), ("scenarios", "'Scenarios'"),
                             ("quiz", "'Quiz'"), ("handout", "'Handout'")):
            self.need(doc, anchor, what)
        fac = doc.section("facilitator")
        for sub in ("opening", "outline", "disclosure"):
            if fac is not None and fac.child(sub) is None:
                self.add(doc.path, fac.line, f"facilitator notes need a '{{#{sub}}}' part")
        if doc.section("goals") is not None and not doc.goals:
            self.add(doc.path, doc.section("goals").line, "learning goals must be a list")
        n = len(doc.scenarios)
        if doc.section("scenarios") is not None and not 3 <= n <= 6:
            self.add(doc.path, doc.section("scenarios").line, f"a module needs 3 to 6 scenarios, this one has {n}")
        for s, node in zip(doc.scenarios, doc.section("scenarios").children if doc.section("scenarios") else [], strict=False):
            if not s.questions:
                self.add(doc.path, node.line, f"scenario '{s.id}' needs a {{#questions}} list")
            if not s.points:
                self.add(doc.path, node.line, f"scenario '{s.id}' needs a {{#points}} list")
        quiz = doc.section("quiz")
        if quiz is not None and not 5 <= len(doc.quiz) <= 8:
            self.add(doc.path, quiz.line, f"a quiz needs 5 to 8 questions, this one has {len(doc.quiz)}")
        for q, node in zip(doc.quiz, quiz.children if quiz else [], strict=False):
            if len(q.options) < 2:
                self.add(doc.path, node.line, f"question '{q.id}' needs at least 2 options '- [ ] text :: explanation'")
            if sum(o.correct for o in q.options) != 1:
                self.add(doc.path, node.line, f"question '{q.id}' needs exactly one right answer '- [x]'")
            for o in q.options:
                if not o.explanation:
                    self.add(doc.path, node.line, f"question '{q.id}': option '{o.text[:30]}' has no ' :: explanation'")
        self.quiz_fairness(doc)

    def quiz_fairness(self, doc: Module) -> None:
        """A quiz that can be passed by guessing "the second" or "the longest" answer is reported."""
        from kit.content.quiz import fairness_problems

        quiz = doc.section("quiz")
        for message in fairness_problems(doc.quiz) if quiz is not None else []:
            self.add(doc.path, quiz.line, message)

    def checklist(self, doc: Checklist) -> None:
        if not doc.sections:
            self.add(doc.path, doc.body_line, "a checklist needs '## Section {#id}' headings with '- [ ]' items")
        for sec, node in zip(doc.sections, doc.tree.children, strict=False):
            if not sec.items:
                self.add(doc.path, node.line, f"section '{sec.id}' has no '- [ ]' items")

    def rights(self, doc: Rights) -> None:
        self.need(doc, "not-legal-advice", "'general information, not legal advice'")

    # -- across languages ---------------------------------------------------------------------
    def across_languages(self, docs: dict[str, Document]) -> None:
        base_lang = "en" if "en" in docs else next(iter(docs))
        base = docs[base_lang]
        for lang, doc in docs.items():
            if lang == base_lang:
                continue
            for name in SHARED_FIELDS:
                if getattr(doc.header, name) != getattr(base.header, name):
                    self.add(doc.path, 2, f"'{name}' differs from {base_lang}.md; it must be the same in every language")
            if doc.header.extra != base.header.extra:
                keys = sorted(k for k in set(doc.header.extra) | set(base.header.extra)
                              if doc.header.extra.get(k) != base.header.extra.get(k))
                self.add(doc.path, 2, f"{', '.join(keys)} differ(s) from {base_lang}.md")
            self.compare(base, doc, base_lang)

    def compare(self, base: Document, doc: Document, base_lang: str) -> None:
        def anchors(d):
            return [n.anchor for n in d.tree.walk() if n.anchor]

        a, b = anchors(base), anchors(doc)
        if a != b:
            first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
            nodes = [n for n in doc.tree.walk() if n.anchor]
            line = nodes[first].line if first < len(nodes) else doc.body_line
            self.add(doc.path, line, f"headings differ from {base_lang}.md: {len(b)} anchors here, {len(a)} there; first difference at anchor #{first + 1}")
        if Counter(placeholders(base.body)) != Counter(placeholders(doc.body)):
            self.add(doc.path, doc.body_line, f"placeholders differ from {base_lang}.md")
        internal = [t for _, t in links(base.body) if t.split(":")[0] in INTERNAL]
        if internal != [t for _, t in links(doc.body) if t.split(":")[0] in INTERNAL]:
            self.add(doc.path, doc.body_line, f"links inside the kit differ from {base_lang}.md")
        mine, theirs = region_countries(doc.body), region_countries(base.body)
        if mine != theirs:
            def say(c):
                return ", ".join(f"{n} for {k}" for k, n in sorted(c.items())) or "none"
            self.add(doc.path, doc.body_line,
                     f"warning: region blocks differ from {base_lang}.md ({say(mine)} here, {say(theirs)} there): "
                     "readers of every language need the sentences for their country")
        if isinstance(base, Guide) and len(base.steps) != len(doc.steps):
            self.add(doc.path, doc.body_line, f"{len(doc.steps)} steps here, {len(base.steps)} in {base_lang}.md")
        if isinstance(base, Checklist) and (
            [len(s.items) for s in base.sections] != [len(s.items) for s in doc.sections]
        ):
            self.add(doc.path, doc.body_line, f"checklist items per section differ from {base_lang}.md")
        if isinstance(base, Module):
            shape = [(len(q.options), q.correct_index) for q in base.quiz]
            if shape != [(len(q.options), q.correct_index) for q in doc.quiz]:
                self.add(doc.path, doc.body_line, f"quiz options or right answers differ from {base_lang}.md")


LINE_LEAD = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d+\.)[ \t]+)?")
BLOCK_NAME = re.compile(r"\{\{\s*(emergency|helplines)\s*\}\}")


def placeholder_line_problems(body: str, first_line: int) -> list[tuple[int, str]]:
    """{{emergency}} and {{helplines}} become a list of services, one a line: each must stand on a
    line of its own (after an optional indent, '>' or list marker), never inside a sentence."""
    out = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
        if in_fence or not BLOCK_NAME.search(line):
            continue
        if not BLOCK_PLACEHOLDER_LINE.match(LINE_LEAD.sub("", line, count=1).rstrip()):
            name = BLOCK_NAME.search(line).group(1)
            out.append((first_line + offset,
                        f"{{{{{name}}}}} is inside a sentence: it becomes a list of services, so put it on a "
                        "line of its own after a sentence that ends with ':' (see FORMAT.md)"))
    return out


def refs_for(paths: list[Path]) -> list[ItemRef]:
    """Items named by the command line: a file, an item folder, or a folder of items."""
    out: dict[Path, ItemRef] = {}
    for p in paths:
        p = p.resolve()
        if p.is_file():
            p = p.parent
        if any(p.glob("*.md")):
            out[p] = ItemRef(p.name, p)
            continue
        for folder in sorted(x for x in p.rglob("*") if x.is_dir() and any(x.glob("*.md"))):
            out[folder] = ItemRef(folder.name, folder)
    return list(out.values())


def validate(paths: list[Path] | None = None) -> list[Problem]:
    shipped_roots = [*content_dirs(), rights_dir()]
    missing = [p for p in (paths or []) if not p.exists()]
    refs = refs_for(paths) if paths else refs_for([r for r in shipped_roots if r.exists()])
    known = ContentIndex(shipped_roots)
    for ref in refs:  # items under test may refer to each other
        known.refs().setdefault(ref.id, ref)
    v = Validator(known)
    for p in missing:
        v.add(p, 1, "no such file or folder")
    seen: dict[str, ItemRef] = {}
    for ref in refs:
        if ref.id in seen:
            v.add(ref.folder, 1, f"duplicate id '{ref.id}': also used by {seen[ref.id].folder}")
        seen[ref.id] = ref
        v.item(ref)
    if paths is None:
        _dir = v.directory
        if _dir is not None:
            v.problems.extend(_dir.problems())
    return sorted(set(v.problems))
