"""What every section shares: settings, language, quick exit, and the (optional) open store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kit.ui.settings.settings import AppSettings, default_region
from kit.ui.shell.i18n import Languages
from kit.ui.shell.quick_exit import QuickExit


class AppState(QObject):
    store_opened = Signal()
    store_locked = Signal()
    open_section = Signal(str)  # a section id: lets one section send the user to another

    def __init__(self, data_dir: Path | None, parent=None):
        super().__init__(parent)
        from kit.ui.widgets import a11y

        a11y.install()  # plain-text names and heading roles for every label, before the first is read
        self.data_dir = data_dir
        self.settings = AppSettings(data_dir, self)
        self.languages = Languages(self)
        self.quick_exit = QuickExit(self)
        self.store = None
        self.guest = False
        self.unlock_summary = ""  # "last change <date>, <n> entries" of the open store
        self.draft = None  # progress made before the person chose to keep it: in memory only
        self.quick_exit.triggered.connect(lambda: self.lock(quick=True))
        from kit.ui.shell.idle_lock import IdleLock

        self.idle_lock = IdleLock(self)

    @property
    def lang(self) -> str:
        return self.languages.current or self.settings.language

    @property
    def region(self) -> str:
        return self.settings.region or default_region(self.lang)

    @property
    def keeping(self) -> bool:
        """True when progress is saved on this computer (an unlocked store, not a guest)."""
        return self.store is not None and not self.guest

    def work_store(self):
        """Where ticks, notes and the plan go: the open store, else an in-memory draft that is
        saved only when the person chooses to keep their progress."""
        if self.store is not None:
            return self.store
        if self.draft is None:
            from kit.store import Store

            self.draft = Store.guest()
        return self.draft

    def set_store(self, store, guest: bool = False) -> None:
        draft, self.draft = self.draft, None
        if draft is not None:
            from kit.plan import carry_over

            try:
                carry_over(draft, store)
            finally:
                draft.close()
        self.store = store
        self.guest = guest
        if not guest:
            self.settings.keep()  # data is kept on this computer: settings may be written now
        self.store_opened.emit()

    def lock(self, quick: bool = False) -> None:
        """Close the store (quick exit, idle time-out). A guest store and a draft are gone for good."""
        store, self.store = self.store, None
        draft, self.draft = self.draft, None
        self.unlock_summary = ""
        if store is None and draft is None:
            return
        try:
            if store is not None:
                store.close(quick=quick) if quick else store.close()
            if draft is not None:
                draft.close()
        finally:
            self.guest = False
            self.store_locked.emit()
