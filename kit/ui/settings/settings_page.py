"""Settings: language (switched live), region, text size, contrast, discreet mode, auto-lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from kit.ui.shell.i18n import LANGUAGE_NAMES, available_languages
from kit.ui.shell.section import Section
from kit.ui.widgets.labels import region_names, section_titles


class SettingsPage(Section):
    section_id = "settings"

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        s = state.settings
        self.heading = QLabel(self)
        self.language = QComboBox(self)
        for lang in available_languages():
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(0, self.language.findData(state.lang)))
        self.language.currentIndexChanged.connect(
            lambda i: s.set("language", self.language.itemData(i)))
        self.region = QComboBox(self)
        self.region.currentIndexChanged.connect(self._region_changed)
        self.text_scale = QSpinBox(self)
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(25)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(s.get("text_scale"))
        self.text_scale.valueChanged.connect(lambda v: s.set("text_scale", v))
        self.contrast = QCheckBox(self)
        self.contrast.setChecked(s.get("high_contrast"))
        self.contrast.toggled.connect(lambda v: s.set("high_contrast", v))
        self.dark = QCheckBox(self)
        self.dark.setChecked(s.get("dark"))
        self.dark.toggled.connect(lambda v: s.set("dark", v))
        self.discreet = QCheckBox(self)
        self.discreet.setChecked(s.get("discreet"))
        self.discreet.toggled.connect(lambda v: s.set("discreet", v))
        self.discreet_note = QLabel(self)
        self.discreet_note.setWordWrap(True)
        self.autolock = QSpinBox(self)
        self.autolock.setRange(1, 120)
        self.autolock.setValue(s.get("autolock_minutes"))
        self.autolock.valueChanged.connect(lambda v: s.set("autolock_minutes", v))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows = {}
        for key, widget in (("language", self.language), ("region", self.region),
                            ("text_scale", self.text_scale), ("contrast", self.contrast),
                            ("dark", self.dark), ("discreet", self.discreet), ("note", self.discreet_note),
                            ("autolock", self.autolock)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self.rows[key] = label
        from kit.ui.settings.data_settings import DataSettings

        self.data = DataSettings(state, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.data)
        self.about_button = QPushButton(self)
        self.about_button.setObjectName("about-button")
        self.about_button.clicked.connect(self.show_about)
        layout.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return section_titles()["settings"]

    def show_about(self) -> None:
        from kit.ui.shell.about_page import AboutDialog

        AboutDialog(self.state, self).exec()

    def _region_changed(self, index: int) -> None:
        if index >= 0:
            self.state.settings.set("region", self.region.itemData(index))

    def retranslate(self) -> None:
        self.heading.setText("<h1>%s</h1>" % self.title())
        self.region.blockSignals(True)
        self.region.clear()
        for rid, name in region_names().items():
            self.region.addItem(name, rid)
        self.region.setCurrentIndex(max(0, self.region.findData(self.state.region)))
        self.region.blockSignals(False)
        texts = {
            "language": (self.tr("&Language"), self.tr("The language of the kit and its texts")),
            "region": (self.tr("&Region"), self.tr("Decides which help services and laws are shown")),
            "text_scale": (self.tr("&Text size"), self.tr("Makes all text larger, up to 200 percent")),
            "contrast": (self.tr("&High contrast"), self.tr("Black text on white, with strong borders")),
            "dark": (self.tr("Dar&k colours"), self.tr("Light text on a dark background")),
            "discreet": (self.tr("Discreet &mode"), self.tr("Shows a neutral name and icon")),
            "note": ("", ""),
            "autolock": (self.tr("Lo&ck after (minutes)"), self.tr("Locks your private data after this many idle minutes")),
        }
        widgets = {"language": self.language, "region": self.region, "text_scale": self.text_scale,
                   "contrast": self.contrast, "dark": self.dark, "discreet": self.discreet, "note": self.discreet_note,
                   "autolock": self.autolock}
        for key, (label, desc) in texts.items():
            self.rows[key].setText(label)
            if label:
                widgets[key].setAccessibleName(label.replace("&", ""))
                widgets[key].setAccessibleDescription(desc)
                widgets[key].setToolTip(desc)
        self.data.retranslate()
        self.about_button.setText(self.tr("&About this kit"))
        self.about_button.setAccessibleName(self.tr("About this kit"))
        self.about_button.setAccessibleDescription(self.tr("Version, licences and the dates the content was checked"))
        self.contrast.setText(self.tr("Use high contrast colours"))
        self.dark.setText(self.tr("Use dark colours"))
        self.discreet.setText(self.tr('Use the neutral name "Notes"'))
        self.discreet_note.setText(self.tr(
            "Discreet mode hides the kit from a quick look: it shows a neutral name, icon and "
            "window title, and leaves no recent-files entries, tray icon or notifications. "
            "It does not hide the kit from someone who searches this computer."))
