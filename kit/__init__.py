"""Ontkoppel: an offline kit for digital separation, media education and evidence keeping."""

__version__ = "0.1.0"
APP_NAME = "Ontkoppel"
LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
