"""The help directory: filter by region and need, search, a card per service, print and PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kit.helpdir import load_directory
from kit.report.helpsheet import entry_html, handout_html
from kit.ui.help.service_card import ServiceCard
from kit.ui.widgets import a11y, file_dialogs
from kit.ui.widgets.labels import handout_labels, need_names, region_names
from kit.ui.widgets.printing import html_to_pdf, print_html


class DirectoryView(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.directory = load_directory()
        self.region = QComboBox(self)
        self.need = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.print_handout = QPushButton(self)
        self.pdf_handout = QPushButton(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.card = ServiceCard(self)
        self.region_label, self.need_label = a11y.label_for(self.region, self), a11y.label_for(self.need, self)
        filters = QHBoxLayout()
        for label, w in ((self.region_label, self.region), (self.need_label, self.need), (None, self.search)):
            if label is not None:
                filters.addWidget(label)
            filters.addWidget(w, 1)
        filters.addWidget(self.print_handout)
        filters.addWidget(self.pdf_handout)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.card)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self.region.currentIndexChanged.connect(self.refresh)
        self.need.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_current)
        self.print_handout.clicked.connect(self.print_region_handout)
        self.pdf_handout.clicked.connect(self._ask_pdf)
        self.card.print_requested.connect(self.print_entry)
        state.settings.changed.connect(self._setting_changed)
        self.retranslate()

    # -- filters and list -------------------------------------------------------------------
    def retranslate(self) -> None:
        for combo, items, current in (
            (self.region, region_names(), self.region.currentData() or self.state.region),
            (self.need, {"": self.tr("Every kind of help"), **need_names()}, self.need.currentData() or ""),
        ):
            combo.blockSignals(True)
            combo.clear()
            for key, name in items.items():
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.region_label.setText(self.tr("Re&gion:"))
        self.need_label.setText(self.tr("&Kind of help:"))
        self.region.setAccessibleName(self.tr("Region"))
        self.region.setAccessibleDescription(self.tr("Shows the services for this region"))
        self.need.setAccessibleName(self.tr("Kind of help"))
        self.need.setAccessibleDescription(self.tr("Shows only services that help with this"))
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(self.tr("Search in the names and descriptions"))
        self.print_handout.setText(self.tr("Print &handout"))
        self.print_handout.setAccessibleName(self.tr("Print handout"))
        self.print_handout.setAccessibleDescription(self.tr("Prints every service of this region on paper"))
        self.pdf_handout.setText(self.tr("Save handout as PD&F"))
        self.pdf_handout.setAccessibleName(self.tr("Save handout as PDF"))
        self.pdf_handout.setAccessibleDescription(self.tr("Saves every service of this region as a PDF file"))
        self.list.setAccessibleName(self.tr("Help services"))
        self.list.setAccessibleDescription(self.tr("Choose a service to see its number and QR code"))
        self.card.retranslate()
        self.refresh()

    def _setting_changed(self, key: str, value) -> None:
        if key == "region":
            self.region.setCurrentIndex(max(0, self.region.findData(value)))

    def services(self):
        return self.directory.for_region(self.region.currentData(), self.need.currentData() or None,
                                         self.search.text(), self.state.lang)

    def refresh(self) -> None:
        current = self.card.service.id if self.card.service else None
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.services():
            label = s.text("name", self.state.lang) + (f"  —  {s.phone}" if s.phone else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self.card.setVisible(bool(ids))

    def _show_current(self, item, _prev=None) -> None:
        if item is not None:
            self.card.show_service(self.directory.get(item.data(Qt.ItemDataRole.UserRole)), self.state.lang)

    # -- printing ---------------------------------------------------------------------------
    def handout(self) -> str:
        region = self.region.currentData()
        return handout_html(self.directory, region, self.state.lang, handout_labels(),
                            region_names()[region], self.services())

    def print_region_handout(self) -> bool:
        return print_html(self.handout(), self, self.tr("Help handout"))

    def save_handout_pdf(self, path: Path) -> Path:
        return html_to_pdf(self.handout(), path, self.tr("Help handout"))

    def _ask_pdf(self) -> None:
        name = file_dialogs.save_file_name(self, self.tr("Save handout as PDF"),
                                              self.tr("help-handout.pdf"), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_handout_pdf(Path(name))

    def print_entry(self, service) -> bool:
        html = "<html><body>" + entry_html(service, self.state.lang, handout_labels()) + "</body></html>"
        return print_html(html, self, service.text("name", self.state.lang))
