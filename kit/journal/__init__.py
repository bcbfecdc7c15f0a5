"""The evidence journal (Qt-free): entries with history, attachments in chunks, export.

    from kit.journal import Journal, export
    journal = Journal(store)
    entry_id = journal.add("threats", "what happened", incident_at="2026-03-01T14:30")
    journal.add_attachment(entry_id, path, progress=cb, cancel=event)
    export(store, out_dir, zip=False)
"""

from kit.journal.export import export
from kit.journal.journal import Journal
from kit.journal.model import FIELDS, Attachment, Entry, Revision
from kit.journal.types import ENTRY_TYPES, type_label

__all__ = ["ENTRY_TYPES", "FIELDS", "Attachment", "Entry", "Journal", "Revision", "export",
           "type_label"]
