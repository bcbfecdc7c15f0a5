"""Help & rights: the directory of help services and the rights pages for the region."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from kit.ui.help.directory_view import DirectoryView
from kit.ui.help.rights_view import RightsView
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import section_titles


class HelpPage(Section):
    section_id = "help"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.heading = QLabel(self)
        self.tabs = QTabWidget(self)
        self.directory = DirectoryView(state, self)
        self.rights = RightsView(state, self)
        self.tabs.addTab(self.directory, "")
        self.tabs.addTab(self.rights, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["help"]

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.title()}</h1>")
        self.tabs.setTabText(0, self.tr("Help services"))
        self.tabs.setTabText(1, self.tr("Your rights"))
        self.tabs.setAccessibleName(self.tr("Help services and your rights"))
        self.directory.retranslate()
        self.rights.retranslate()

    def reset(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.directory.search.clear()
