"""The first screen: what the kit does, a card per section, and "I'm helping someone"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kit.ui.shell.card_button import CardButton
from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import region_names, section_titles

TILES = ("separation", "family", "check", "phone", "journal", "help")
ICONS = {"separation": "shield-check", "family": "users", "check": "monitor-check", "phone": "smartphone",
         "journal": "notebook-pen", "help": "life-buoy", "helping": "hand-heart"}


class StartPage(Section):
    section_id = "start"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.region_label = QLabel(self)
        self.region_label.setWordWrap(True)
        self.region_box = QComboBox(self)
        self.region_label.setBuddy(self.region_box)
        self.region_box.currentIndexChanged.connect(self._region_chosen)
        region_row = QHBoxLayout()
        region_row.setContentsMargins(0, 0, 0, 0)
        region_row.addWidget(self.region_label)
        region_row.addWidget(self.region_box, 1)
        self.region_widget = QWidget(self)
        self.region_widget.setLayout(region_row)
        self.tiles: dict[str, CardButton] = {}
        grid = FlowLayout(spacing=12, stretch_rows=True)
        self.helping = CardButton(self, ICONS["helping"])
        self.helping.setObjectName("tile-helping")
        self.helping.clicked.connect(self.start_helping)
        for sid in TILES:
            b = CardButton(self, ICONS[sid])
            b.setObjectName(f"tile-{sid}")
            b.clicked.connect(lambda _=False, s=sid: self.state.open_section.emit(s))
            grid.addWidget(b)
            self.tiles[sid] = b
            if sid == "separation":  # for volunteers, right next to the plan
                grid.addWidget(self.helping)
        self.privacy = QLabel(self)
        self.privacy.setWordWrap(True)
        self.privacy.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.region_widget)
        layout.addLayout(grid)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["start"]

    def start_helping(self) -> None:
        """One click: a guest session (nothing saved) opens on the helper's opening questions."""
        from kit.store import Store

        if not self.state.guest:
            self.state.lock()  # progress of an earlier person is never carried into a guest session
            self.state.set_store(Store.guest(), guest=True)
        self.state.open_section.emit("separation")

    def retranslate(self) -> None:
        self.heading.setText("<h1>%s</h1>" % self.tr("Welcome"))
        self.intro.setText(self.tr(
            "This kit helps you take back control of your accounts and devices, talk with children "
            "about life online, check this computer, keep a private journal and find help. "
            "It works without internet. You can start reading at once: nothing is saved unless you choose to."))
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
            b.set_texts(titles[sid], descriptions[sid])
        self.helping.set_texts(self.tr("I'm helping someone"), self.tr(
            "For volunteers and help workers: a guest session that saves nothing, with a short "
            "safety check first and a hand-over at the end"))
        self.privacy.setText(self.tr(
            "Press Esc twice, or the Quick exit button, to hide the kit at once."))
        self.privacy.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def _region_chosen(self, index: int) -> None:
        if index >= 0:
            self.state.settings.set("region", self.region_box.itemData(index))
