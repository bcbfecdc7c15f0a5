"""A small structural reader for our Markdown: headings with {#anchors}, lists, callouts.

Rendering Markdown to the screen is Qt's job (kit.ui.widgets.safe_markdown: setMarkdown without HTML: raw HTML in content is shown as text, never loaded, so an <img src="file:...">
cannot read a local file). This module only splits a body into the parts the kit needs (steps,
scenarios, quiz questions, checklist items) and reports text that is not well formed, with its
line number; `raw_html` finds HTML that `validate` rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"^(.*?)\s*\{#([a-z0-9][a-z0-9-]*)\}$")
FENCE = re.compile(r"^\s*(```|~~~)")
PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
CALLOUT = re.compile(r"^>\s*\[!([a-z]+)\]\s*$")
CALLOUT_KINDS = ("notice", "evidence", "safety", "tip")
LIST_OR_QUOTE = re.compile(r"^\s*(?:[-*]\s|\d+\.\s|>)")
CHECK_ITEM = re.compile(r"^- \[( |x|X)\]\s+(.*)$")
BLOCK_PLACEHOLDER_LINE = re.compile(r"^\{\{\s*(?:emergency|helplines)\s*\}\}\.?$")
# an HTML tag, comment or declaration; autolinks <https://...> and <mailto:...> are Markdown
RAW_HTML = re.compile(r"<(?:!--|!?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])|/[A-Za-z][A-Za-z0-9-]*\s*>)")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass
class Node:
    """A heading and what stands under it up to the next heading of the same or a higher level."""

    level: int
    title: str
    anchor: str
    line: int
    text: str = ""  # the Markdown between this heading and its first child heading
    text_line: int = 0
    children: list[Node] = field(default_factory=list)

    def child(self, anchor: str) -> Node | None:
        return next((c for c in self.children if c.anchor == anchor), None)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Callout:
    kind: str
    text: str


def parse_tree(body: str, first_line: int = 1) -> tuple[Node, list[tuple[int, str]]]:
    """Split a body into a heading tree. Returns the root and the structural problems found."""
    problems: list[tuple[int, str]] = []
    root = Node(level=1, title="", anchor="", line=first_line, text_line=first_line)
    stack = [root]
    buf: list[str] = []
    in_fence = False
    fence_line = 0

    def flush() -> None:
        stack[-1].text = "\n".join(buf).strip("\n")
        buf.clear()

    for offset, raw in enumerate(body.split("\n")):
        lineno = first_line + offset
        if FENCE.match(raw):
            in_fence = not in_fence
            fence_line = lineno
            buf.append(raw)
            continue
        m = None if in_fence else HEADING.match(raw)
        if not m:
            buf.append(raw)
            continue
        level = len(m.group(1))
        am = ANCHOR.match(m.group(2))
        if level == 1:
            problems.append((lineno, "level-1 heading ('# ...'): the title belongs in the header"))
        if not am:
            problems.append((lineno, f"heading without an anchor: add {{#some-id}} to '{raw.strip()}'"))
            title, anchor = m.group(2), ""
        else:
            title, anchor = am.group(1), am.group(2)
        if not title.strip():
            problems.append((lineno, "heading has no text"))
        flush()
        while stack[-1].level >= level:
            stack.pop()
        if level > stack[-1].level + 1:
            problems.append((lineno, f"heading level jumps from {stack[-1].level} to {level}"))
        node = Node(level=level, title=title.strip(), anchor=anchor, line=lineno, text_line=lineno + 1)
        stack[-1].children.append(node)
        stack.append(node)
    flush()
    if in_fence:
        problems.append((fence_line, "code block is never closed (``` without a matching ```)"))
    return root, problems


def paragraphs(text: str, first_line: int):
    """(line number, joined text) for each block of non-blank lines outside code blocks."""
    block: list[str] = []
    start = first_line
    in_fence = False
    for offset, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if line.strip() and not HEADING.match(line) and not LIST_OR_QUOTE.match(line):
            if not block:
                start = first_line + offset
            block.append(line.strip())
            continue
        if block:
            yield start, " ".join(block)
            block = []
        if line.strip():  # a heading, list item or quote line is its own block
            yield first_line + offset, line.strip()
    if block:
        yield start, " ".join(block)


def inline_problems(text: str, first_line: int) -> list[tuple[int, str]]:
    """Paragraph-level checks (bold and links may wrap over lines): brackets, placeholders, callouts."""
    problems = []
    for lineno, para in paragraphs(text, first_line):
        if para.count("{{") != para.count("}}"):
            problems.append((lineno, "placeholder is not closed: '{{' and '}}' do not match"))
        stripped = PLACEHOLDER.sub("", LINK.sub("", para))
        if "](" in stripped:
            problems.append((lineno, "link is not well formed: use [text](target)"))
        if stripped.count("**") % 2:
            problems.append((lineno, "bold text is not closed: '**' appears an odd number of times"))
        if para.startswith(">") and "[!" in para:
            cm = CALLOUT.match(para)
            if not cm or cm.group(1) not in CALLOUT_KINDS:
                problems.append(
                    (lineno, f"unknown callout; use one of: {', '.join(CALLOUT_KINDS)}")
                )
    return problems


def raw_html(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, tag) for every piece of raw HTML outside code blocks and `code spans`."""
    found = []
    in_fence = False
    for offset, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for m in RAW_HTML.finditer(CODE_SPAN.sub("", line)):
            end = line.find(">", m.start())
            found.append((first_line + offset, m.group(0) + ("..." if end < 0 else "")))
    return found


def without_html(text: str) -> str:
    """Markdown in which raw HTML outside code is shown as text (for a QLabel with
    MarkdownText, which cannot switch HTML off): every '<' becomes the entity '&lt;'."""
    out = []
    in_fence = False
    for line in text.split("\n"):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            parts, last = [], 0
            for m in CODE_SPAN.finditer(line):
                parts.append(line[last:m.start()].replace("<", "&lt;"))
                parts.append(m.group(0))
                last = m.end()
            parts.append(line[last:].replace("<", "&lt;"))
            line = "".join(parts)
        out.append(line)
    return "\n".join(out)


def links(text: str) -> list[tuple[str, str]]:
    """Every [text](target) of a text, also where the link text wraps over two lines."""
    return [(m.group(1), m.group(2)) for m in LINK.finditer(text)]


def placeholders(text: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


def list_items(text: str) -> list[str]:
    """Top-level '- ' or '1. ' list items, continuation lines joined."""
    items: list[str] = []
    for line in text.split("\n"):
        m = re.match(r"^(?:-|\d+\.)\s+(.*)$", line)
        if m:
            items.append(m.group(1).strip())
        elif items and line.startswith("  ") and line.strip():
            items[-1] += " " + line.strip()
    return items


def check_items(text: str) -> list[tuple[bool, str]]:
    items: list[tuple[bool, str]] = []
    for line in text.split("\n"):
        m = CHECK_ITEM.match(line)
        if m:
            items.append((m.group(1) != " ", m.group(2).strip()))
        elif items and line.startswith("  ") and line.strip():
            checked, prev = items[-1]
            items[-1] = (checked, prev + " " + line.strip())
    return items


def split_callouts(text: str) -> tuple[str, list[Callout]]:
    """Take '> [!kind]' blockquotes out of a text. Returns the rest and the callouts."""
    rest: list[str] = []
    callouts: list[Callout] = []
    current: Callout | None = None
    for line in text.split("\n"):
        cm = CALLOUT.match(line.strip())
        if cm:
            current = Callout(cm.group(1), "")
            callouts.append(current)
            continue
        if current is not None and line.lstrip().startswith(">"):
            part = line.lstrip()[1:].strip()
            if BLOCK_PLACEHOLDER_LINE.match(part):  # a list of services stays on its own line
                current.text = current.text.rstrip(" ") + "\n" + part + "\n\n"
                continue
            if part.startswith(":::"):  # a region fence (kit/content/regions.py) keeps its own line
                current.text = current.text.rstrip(" ") + "\n" + part + "\n"
                continue
            current.text = (current.text + " " + part).strip() if part else current.text + "\n\n"
            continue
        current = None
        rest.append(line)
    for c in callouts:
        c.text = c.text.strip()
    return "\n".join(rest).strip("\n"), callouts


def subtree_text(node: Node) -> str:
    """The Markdown of a node's text and all of its children, headings included (anchors removed)."""
    parts = [node.text] if node.text else []
    for c in node.children:
        parts.append("#" * c.level + " " + c.title)
        parts.append(subtree_text(c))
    return "\n\n".join(p for p in parts if p)
