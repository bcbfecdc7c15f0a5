"""Your rights: short pages per region, in plain language, with sources and a date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from kit.content import ContentError, default_index
from kit.ui.shell.dates import format_date
from kit.ui.widgets.links import open_external
from kit.ui.widgets.markdown_view import MarkdownView
from kit.ui.widgets.safe_markdown import set_markdown


class RightsView(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.list = QListWidget(self)
        self.view = MarkdownView(self)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setOpenExternalLinks(False)
        self.sources.linkActivated.connect(lambda url: open_external(url, self))
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.view, 1)
        rl.addWidget(self.sources)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(self._show)
        state.settings.changed.connect(lambda key, _v: key == "region" and self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Rights pages"))
        self.list.setAccessibleDescription(self.tr("Choose a topic to read about your rights"))
        self.view.setAccessibleName(self.tr("Rights page"))
        self.view.setAccessibleDescription(self.tr("General information about the law, not legal advice"))
        self.refresh()

    def pages(self):
        index = default_index()
        out = []
        for item_id in index.ids("rights"):
            try:
                doc = index.rights(item_id, self.state.lang)
            except ContentError:
                continue
            if self.state.region in doc.regions:
                out.append(doc)
        return out

    def refresh(self) -> None:
        self.list.clear()
        for doc in self.pages():
            item = QListWidgetItem(doc.title)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            set_markdown(self.view, self.tr("There are no rights pages for this region yet."))
            self.sources.clear()

    def _show(self, item, _prev=None) -> None:
        if item is None:
            return
        doc = default_index().rights(item.data(Qt.ItemDataRole.UserRole), self.state.lang)
        self.view.set_markdown(doc.body, self.state.region, self.state.lang)
        links = ", ".join(f'<a href="{s.url}">{s.title}</a>' for s in doc.header.sources)
        self.sources.setText(self.tr("Sources: %1. Checked on %2.").replace("%1", links).replace(
            "%2", format_date(doc.header.verified, self.state.lang)))
