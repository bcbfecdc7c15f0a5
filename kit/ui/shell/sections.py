"""The sections of the main window, in order. Each is built the first time it is shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable

# section id -> "module:Class" of its widget
SECTIONS: dict[str, str] = {
    "start": "kit.ui.shell.start_page:StartPage",
    "separation": "kit.ui.separation.separation_page:SeparationPage",
    "family": "kit.ui.family.family_page:FamilyPage",
    "check": "kit.ui.check.check_page:CheckPage",
    "phone": "kit.ui.check.phone_page:PhonePage",
    "journal": "kit.ui.journal.journal_page:JournalPage",
    "help": "kit.ui.help.help_page:HelpPage",
    "settings": "kit.ui.settings.settings_page:SettingsPage",
}


def factory(section_id: str) -> Callable:
    target = SECTIONS[section_id]
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
