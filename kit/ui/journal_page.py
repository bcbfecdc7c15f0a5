"""Journal: the encrypted evidence journal behind the unlock panel."""

from __future__ import annotations

from kit.ui.journal_home import JournalHome
from kit.ui.store_section import StoreSection


class JournalPage(StoreSection):
    section_id = "journal"
    content_class = JournalHome
