"""The three filters of the module library: age group, topic and how long a session may take."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kit.ui.family import module_catalog as catalog
from kit.ui.family.module_labels import age_group_name, minutes_text, topic_name


class ModuleFilters(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[catalog.ModuleEntry] = []
        self.age = QComboBox(self)
        self.topic = QComboBox(self)
        self.duration = QComboBox(self)
        self.age_label = QLabel(self)
        self.topic_label = QLabel(self)
        self.duration_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.age_label, self.age), (self.topic_label, self.topic),
                             (self.duration_label, self.duration)):
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.changed)

    def set_entries(self, entries: list[catalog.ModuleEntry]) -> None:
        self.entries = entries
        self.retranslate()

    def values(self) -> tuple[str, str, int]:
        return self.age.currentData() or "", self.topic.currentData() or "", self.duration.currentData() or 0

    def set_values(self, age: str = "", topic: str = "", max_minutes: int = 0) -> None:
        for combo, value in ((self.age, age), (self.topic, topic), (self.duration, max_minutes)):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def retranslate(self) -> None:
        choices = (
            (self.age, [("", self.tr("All ages"))] + [(a, age_group_name(a)) for a in catalog.age_groups(self.entries)]),
            (self.topic, [("", self.tr("All topics"))]
             + sorted(((t, topic_name(t)) for t in catalog.topics(self.entries)), key=lambda x: x[1].casefold())),
            (self.duration, [(0, self.tr("Any length"))]
             + [(m, self.tr("Up to %1").replace("%1", minutes_text(m))) for m in catalog.durations(self.entries)]),
        )
        for combo, items in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, name in items:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.age_label.setText(self.tr("&Age group"))
        self.topic_label.setText(self.tr("&Topic"))
        self.duration_label.setText(self.tr("D&uration"))
        for combo, name, desc in (
            (self.age, self.tr("Age group"), self.tr("Shows only modules for parents of children of this age")),
            (self.topic, self.tr("Topic"), self.tr("Shows only modules about this topic")),
            (self.duration, self.tr("Duration"), self.tr("Shows only modules that fit in this time")),
        ):
            combo.setAccessibleName(name)
            combo.setAccessibleDescription(desc)
