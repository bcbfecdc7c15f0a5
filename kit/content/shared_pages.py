"""Pages shared by every family module (Qt-free): the disclosure protocol, the "get it removed" box
and the family media plan to fill in.

They live in kit/data/family/<name>.<lang>.md, start with a "# Title" line, and use the same
{{help:ID}} placeholders as the modules.
"""

from __future__ import annotations

from kit.resources import package_data

SHARED_PAGES = ("disclosure", "removal", "mediaplan")


def shared_page_path(name: str, lang: str):
    if name not in SHARED_PAGES:
        raise KeyError(name)
    return package_data() / "family" / f"{name}.{lang}.md"


def shared_page_markdown(name: str, lang: str) -> str:
    """The page's Markdown in `lang` (English if that language is missing)."""
    path = shared_page_path(name, lang)
    if not path.exists():
        path = shared_page_path(name, "en")
    return path.read_text(encoding="utf-8")


def shared_page_title(name: str, lang: str) -> str:
    first = shared_page_markdown(name, lang).lstrip().split("\n", 1)[0]
    return first.lstrip("#").strip()
