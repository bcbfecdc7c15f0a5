"""The first screen: what the kit does, and one button per section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.ui.labels import region_names, section_titles
from kit.ui.section import Section

TILES = ("separation", "family", "check", "phone", "journal", "help")


class StartPage(Section):
    section_id = "start"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.region_label = QLabel(self)
        self.region_box = QComboBox(self)
        self.region_label.setBuddy(self.region_box)
        self.region_box.currentIndexChanged.connect(self._region_chosen)
        region_row = QHBoxLayout()
        region_row.addWidget(self.region_label)
        region_row.addWidget(self.region_box, 1)
        self.region_widget = QWidget(self)
        self.region_widget.setLayout(region_row)
        self.tiles: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, sid in enumerate(TILES):
            b = QPushButton(self)
            b.setMinimumHeight(64)
            b.clicked.connect(lambda _=False, s=sid: self.state.open_section.emit(s))
            grid.addWidget(b, i // 2, i % 2)
            self.tiles[sid] = b
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.region_widget)
        layout.addLayout(grid)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["start"]

    def retranslate(self) -> None:
        self.heading.setText("<h1>%s</h1>" % self.tr("Welcome"))
        self.intro.setText(self.tr(
            "This kit helps you take back control of your accounts and devices, talk with children "
            "about life online, check this computer, keep a private journal and find help. "
            "It works without internet."))
        self.region_label.setText(self.tr("&Where do you live?"))
        self.region_box.blockSignals(True)
        self.region_box.clear()
        for rid, name in region_names().items():
            self.region_box.addItem(name, rid)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(self.state.region)))
        self.region_box.blockSignals(False)
        self.region_box.setAccessibleName(self.tr("Region"))
        self.region_box.setAccessibleDescription(self.tr("Decides which help services and laws are shown first"))
        self.region_widget.setVisible(not self.state.settings.region)
        descriptions = {
            "separation": self.tr("Secure your accounts, step by step, with a personal plan"),
            "family": self.tr("Sessions for parents about sexting, bullying and more"),
            "check": self.tr("Look for remote access and monitoring on this computer"),
            "phone": self.tr("Look for spy apps on an Android phone or iPhone, with a USB cable"),
            "journal": self.tr("Keep incidents and evidence, encrypted"),
            "help": self.tr("Help lines and your rights, for your region"),
        }
        titles = section_titles()
        for sid, b in self.tiles.items():
            b.setText(f"{titles[sid]}\n{descriptions[sid]}".replace("&", "&&"))  # "&" is no mnemonic here
            b.setAccessibleName(titles[sid])
            b.setAccessibleDescription(descriptions[sid])
        self.privacy.setText(self.tr(
            "Press Esc twice, or the Quick exit button, to hide the kit at once."))
        self.privacy.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def _region_chosen(self, index: int) -> None:
        if index >= 0:
            self.state.settings.set("region", self.region_box.itemData(index))
