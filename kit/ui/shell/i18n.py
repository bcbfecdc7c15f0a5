"""Live language switching: our .qm files plus Qt's own qtbase translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kit import LANGUAGES
from kit.resources import i18n_dir


def available_languages() -> list[str]:
    """Derived from the files that exist, never a hand-kept list (English is the source)."""
    found = {p.stem.split("_")[-1] for p in i18n_dir().glob("ontkoppel_*.qm")}
    return [lang for lang in LANGUAGES if lang in found or lang == "en"]


LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


class Languages(QObject):
    changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current = ""
        self._translators: list[QTranslator] = []

    def apply(self, lang: str, pseudo: bool = False) -> None:
        app = QApplication.instance()
        for t in self._translators:
            app.removeTranslator(t)
        self._translators = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(str(i18n_dir()), f"ontkoppel_{'pseudo' if pseudo else lang}"), (qt_dir, f"qtbase_{lang}")]
        for folder, name in candidates:
            t = QTranslator(app)
            if t.load(name, folder):
                app.installTranslator(t)
                self._translators.append(t)
        locale = QLocale(lang)
        QLocale.setDefault(locale)
        app.setLayoutDirection(locale.textDirection())
        self.current = lang
        self.changed.emit(lang)
