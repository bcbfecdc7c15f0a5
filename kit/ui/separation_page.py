"""Digital separation: the personal plan behind the unlock panel."""

from __future__ import annotations

from kit.ui.separation_home import SeparationHome
from kit.ui.store_section import StoreSection


class SeparationPage(StoreSection):
    section_id = "separation"
    content_class = SeparationHome
