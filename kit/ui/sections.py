"""The sections of the main window, in order. Each is built the first time it is shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from kit.ui.labels import section_titles

# section id -> "module:Class" of its widget, or None while it is still coming
SECTIONS: dict[str, str | None] = {
    "start": "kit.ui.start_page:StartPage",
    "separation": "kit.ui.separation_page:SeparationPage",
    "family": "kit.ui.family_page:FamilyPage",
    "check": "kit.ui.check_page:CheckPage",
    "phone": "kit.ui.phone_page:PhonePage",
    "journal": "kit.ui.journal_page:JournalPage",
    "help": "kit.ui.help_page:HelpPage",
    "settings": "kit.ui.settings_page:SettingsPage",
}


def factory(section_id: str) -> Callable:
    target = SECTIONS[section_id]
    if target is None:
        from kit.ui.coming_page import ComingPage

        return lambda state, parent=None: ComingPage(
            state, section_id, lambda: section_titles()[section_id], parent)
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
