"""Authored content: guides, checklists, modules and rights pages (Qt-free)."""

from kit.content.errors import ContentError, Problem
from kit.content.loader import ContentIndex, default_index
from kit.content.model import Checklist, Document, Guide, Module, Rights

__all__ = [
    "Checklist",
    "ContentError",
    "ContentIndex",
    "Document",
    "Guide",
    "Module",
    "Problem",
    "Rights",
    "default_index",
]
