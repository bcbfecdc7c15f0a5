"""Ontkoppel: an offline kit for digital separation, media education and evidence keeping."""

import time as _time

STARTED = _time.perf_counter()  # the start-up probe measures from here

__version__ = "0.1.0"
APP_NAME = "Ontkoppel"
LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
