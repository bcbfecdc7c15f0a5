"""App settings that are needed before unlocking (language, region, display), declared as data.

They hold no user text. They live in settings.ini in the data folder, so portable mode keeps
them on the stick too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from kit import DEFAULT_LANGUAGE, LANGUAGES


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object


SETTINGS = {
    s.key: s
    for s in (
        Setting("language", str, ""),  # "" = follow the system locale
        Setting("region", str, ""),  # "" = not chosen yet: asked at first start
        Setting("text_scale", int, 100),  # percent, 100 to 200
        Setting("high_contrast", bool, False),
        Setting("dark", bool, False),  # dark colours (high contrast wins when both are on)
        Setting("discreet", bool, False),
        Setting("autolock_minutes", int, 10),
        Setting("pseudo_locale", bool, False),
    )
}


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


class AppSettings(QObject):
    changed = Signal(str, object)

    def __init__(self, data_dir: Path | None, parent=None):
        super().__init__(parent)
        self._values: dict[str, object] = {}
        self._qs: QSettings | None = None
        if data_dir is not None:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._qs = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self.error = ""
        if self._qs is not None and self._qs.status() != QSettings.Status.NoError:
            self.error = "format" if self._qs.status() == QSettings.Status.FormatError else "access"

    def get(self, key: str):
        s = SETTINGS[key]
        if key in self._values:
            return self._values[key]
        raw = self._qs.value(key, s.default) if self._qs else s.default
        try:
            if s.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            else:
                value = s.type(raw)
        except (TypeError, ValueError):
            value = s.default  # an unreadable value falls back to its default, never crashes
        self._values[key] = value
        return value

    def set(self, key: str, value) -> None:
        s = SETTINGS[key]
        value = s.type(value)
        if self.get(key) == value:
            return
        self._values[key] = value
        if self._qs is not None:
            self._qs.setValue(key, value)
            self._qs.sync()
        self.changed.emit(key, value)

    @property
    def language(self) -> str:
        lang = self.get("language")
        return lang if lang in LANGUAGES else system_language()

    @property
    def region(self) -> str:
        return self.get("region")


def default_region(lang: str = "") -> str:
    """A guess until the user chooses: the Netherlands, else Wallonia when the kit speaks
    French (or speaks English on a French system), else Flanders."""
    system = QLocale.system()
    if system.territory() == QLocale.Country.Netherlands:
        return "nl"
    if lang == "fr" or (lang != "nl" and system.language() == QLocale.Language.French):
        return "be-wallonie"
    return "be-vlaanderen"
