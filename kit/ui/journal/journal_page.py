"""Journal: the encrypted evidence journal behind the unlock panel."""

from __future__ import annotations

from kit.ui.journal.journal_home import JournalHome
from kit.ui.widgets.store_section import StoreSection


class JournalPage(StoreSection):
    section_id = "journal"
    content_class = JournalHome
