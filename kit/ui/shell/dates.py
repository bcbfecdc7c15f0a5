"""One date format per language, used everywhere a date is shown to a person: the day, the
month in words and the year ("5 december 2026", "5 décembre 2026", "5 December 2026").
Never 2026-12-05 next to 05-12-2026: written out, a date cannot be misread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
FORMAT = "d MMMM yyyy"


def format_date(value: dt.date | dt.datetime, lang: str) -> str:
    d = value.date() if isinstance(value, dt.datetime) else value
    return QLocale(LOCALES.get(lang, "en_GB")).toString(QDate(d.year, d.month, d.day), FORMAT)


def format_datetime(value: dt.datetime, lang: str, seconds: bool = False) -> str:
    return f"{format_date(value, lang)} {value.strftime('%H:%M:%S' if seconds else '%H:%M')}"
