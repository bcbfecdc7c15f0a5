"""App settings that are needed before unlocking (language, region, display), declared as data.

They hold no user text. They live in settings.ini in the data folder, so portable mode keeps
them on the stick too.

Nothing is written before the person chooses to keep data on this computer (guest mode and a
first look write nothing, not even the data folder): until then changes live in memory, and
`keep()` writes them once data is kept. Every value read from settings.ini is checked; an
unknown or out-of-range value falls back to its default (someone may have edited the file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

from kit import DEFAULT_LANGUAGE, LANGUAGES

REGIONS = ("be-vlaanderen", "be-brussel", "be-wallonie", "nl")


def _always(_value) -> bool:
    return True


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    valid: Callable[[object], bool] = _always


SETTINGS = {
    s.key: s
    for s in (
        Setting("language", str, "", lambda v: v in ("", *LANGUAGES)),  # "" = system locale
        Setting("region", str, "", lambda v: v in ("", *REGIONS)),  # "" = asked at first start
        Setting("text_scale", int, 100, lambda v: 100 <= v <= 200),  # percent
        Setting("high_contrast", bool, False),
        Setting("dark", bool, False),  # dark colours (high contrast wins when both are on)
        Setting("discreet", bool, False),
        Setting("autolock_minutes", int, 10, lambda v: 1 <= v <= 240),  # at most 4 hours
        Setting("pseudo_locale", bool, False),
    )
}


def _convert(s: Setting, raw):
    """The checked value, or the default for anything unreadable or out of range."""
    try:
        if s.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).lower()
            if text not in ("1", "true", "yes", "0", "false", "no"):
                return s.default
            return text in ("1", "true", "yes")
        value = s.type(raw)
    except (TypeError, ValueError, OverflowError):
        return s.default
    return value if s.valid(value) else s.default


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


class AppSettings(QObject):
    changed = Signal(str, object)

    def __init__(self, data_dir: Path | None, parent=None):
        super().__init__(parent)
        self._data_dir = data_dir
        self._values: dict[str, object] = {}
        self._set: set[str] = set()  # changed in this run (written by keep())
        self._qs: QSettings | None = None
        self.error = ""
        if data_dir is not None and (data_dir / "settings.ini").is_file():
            self._open()  # the person kept data here before: read (and later write) the file

    def _open(self) -> None:
        self._qs = QSettings(str(self._data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self.error = ""
        if self._qs.status() != QSettings.Status.NoError:
            self.error = "format" if self._qs.status() == QSettings.Status.FormatError else "access"

    @property
    def persistent(self) -> bool:
        """True once settings are written to disk (data is kept on this computer)."""
        return self._qs is not None

    def keep(self) -> None:
        """The person keeps data on this computer: from now on write settings.ini, starting
        with what was changed so far."""
        if self._qs is not None or self._data_dir is None:
            return
        from kit.store.files import private_dir

        private_dir(self._data_dir)
        self._open()
        for key in sorted(self._set):
            self._qs.setValue(key, self._values[key])
        self._qs.sync()

    def forget(self) -> None:
        """After "erase everything": stop writing (the file is gone; nothing comes back)."""
        self._qs = None
        self._set.clear()

    def get(self, key: str):
        s = SETTINGS[key]
        if key in self._values:
            return self._values[key]
        raw = self._qs.value(key, s.default) if self._qs else s.default
        value = _convert(s, raw)
        self._values[key] = value
        return value

    def set(self, key: str, value) -> None:
        s = SETTINGS[key]
        value = s.type(value)
        if not s.valid(value):
            raise ValueError(f"{key}: value out of range")
        if self.get(key) == value:
            return
        self._values[key] = value
        self._set.add(key)
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
