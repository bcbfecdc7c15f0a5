"""Texts of the phone check, one module per language (en, nl, fr).

They are added to the computer check's texts (kit.checks.texts) on import, so that Finding,
Report, the results widget and the printed report work for phone findings unchanged. Every
phone check gets its own copy of the phone's common sentences, so no computer sentence ("this
computer") shows in a phone finding.
"""

from __future__ import annotations

import importlib

from kit.checks.i18n import LANGUAGES, texts

STATUSES = ("ok", "attention", "info", "unknown")
FIELDS = ("title", "detail", "meaning", "advice")


def _register() -> None:
    for lang in LANGUAGES:
        phone = importlib.import_module(f"kit.phone.texts.{lang}")
        target = texts(lang)
        target.LABELS.update(phone.LABELS)
        for check_id, own in phone.CHECKS.items():
            merged = dict(own)
            for status in STATUSES:
                for fld in FIELDS:
                    key = f"{status}.{fld}"
                    if key in phone.COMMON:
                        merged.setdefault(key, phone.COMMON[key])
            target.CHECKS[check_id] = merged


_register()
