"""What every section shares: settings, language, quick exit, and the (optional) open store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kit.ui.i18n import Languages
from kit.ui.quick_exit import QuickExit
from kit.ui.settings import AppSettings, default_region


class AppState(QObject):
    store_opened = Signal()
    store_locked = Signal()
    open_section = Signal(str)  # a section id: lets one section send the user to another

    def __init__(self, data_dir: Path | None, parent=None):
        super().__init__(parent)
        from kit.ui import a11y

        a11y.install()  # plain-text names and heading roles for every label, before the first is read
        self.data_dir = data_dir
        self.settings = AppSettings(data_dir, self)
        self.languages = Languages(self)
        self.quick_exit = QuickExit(self)
        self.store = None
        self.guest = False
        self.unlock_summary = ""  # "last change <date>, <n> entries" of the open store
        self.quick_exit.triggered.connect(lambda: self.lock(quick=True))
        from kit.ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(self)

    @property
    def lang(self) -> str:
        return self.languages.current or self.settings.language

    @property
    def region(self) -> str:
        return self.settings.region or default_region()

    def set_store(self, store, guest: bool = False) -> None:
        self.store = store
        self.guest = guest
        if not guest:
            self.settings.keep()  # data is kept on this computer: settings may be written now
        self.store_opened.emit()

    def lock(self, quick: bool = False) -> None:
        """Close the store (quick exit, idle time-out). A guest store is gone for good."""
        store, self.store = self.store, None
        self.unlock_summary = ""
        if store is not None:
            try:
                store.close(quick=quick) if quick else store.close()
            finally:
                self.guest = False
                self.store_locked.emit()
