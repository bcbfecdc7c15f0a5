"""Placeholder until the directory view lands."""

from kit.ui.coming_page import ComingPage
from kit.ui.labels import section_titles


def HelpPage(state, parent=None):  # noqa: N802
    return ComingPage(state, "help", lambda: section_titles()["help"], parent)
