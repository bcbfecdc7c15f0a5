"""The printable checklists: read on screen, print or save as PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kit.content import default_index
from kit.ui.shell.flow_layout import FlowLayout
from kit.ui.widgets import file_dialogs
from kit.ui.widgets.markdown_view import MarkdownView, prepare
from kit.ui.widgets.printing import html_to_pdf, markdown_html, print_html
from kit.ui.widgets.safe_markdown import set_markdown


class ChecklistsView(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.list = QListWidget(self)
        self.view = MarkdownView(self)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.print_button.clicked.connect(lambda: print_html(self.html(), self, self.current_title()))
        self.pdf_button.clicked.connect(self._ask_pdf)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.view, 1)
        row = FlowLayout(spacing=8)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        rl.addLayout(row)
        self.split = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        self.list.setMinimumWidth(80)
        self.list.setWordWrap(True)
        self.view.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(lambda item, _p=None: item and self.show(item.data(Qt.ItemDataRole.UserRole)))
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Side by side when there is room; the list above the text when large text leaves none."""
        super().resizeEvent(event)
        narrow = self.width() < self.fontMetrics().averageCharWidth() * 70
        self.split.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("&Print checklist"))
        self.print_button.setAccessibleName(self.tr("Print checklist"))
        self.print_button.setAccessibleDescription(self.tr("Prints this checklist to fill in on paper"))
        self.pdf_button.setText(self.tr("Save as PD&F"))
        self.pdf_button.setAccessibleName(self.tr("Save checklist as PDF"))
        self.pdf_button.setAccessibleDescription(self.tr("Saves this checklist as a PDF file"))
        self.list.setAccessibleName(self.tr("Checklists"))
        self.list.setAccessibleDescription(self.tr("Choose a checklist to read or print"))
        self.view.setAccessibleName(self.tr("Checklist"))
        self.view.setAccessibleDescription(self.tr("The text of the chosen checklist"))
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        index = default_index()
        for cid in index.ids("checklist"):
            item = QListWidgetItem(index.checklist(cid, self.state.lang).title)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        ids = index.ids("checklist")
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def current_title(self) -> str:
        return default_index().checklist(self.current_id(), self.state.lang).title if self.current_id() else ""

    def markdown(self, cid: str) -> str:
        doc = default_index().checklist(cid, self.state.lang)
        # one box per item, no bullet in front of it ("• ☐"): each item its own paragraph
        body = re.sub(r"^[ \t]*- \[ \][ \t]*(.*)$", r"☐ \1\n", doc.body, flags=re.M)
        return f"# {doc.title}\n\n" + prepare(body, self.state.region, self.state.lang)

    def show(self, cid: str) -> None:
        set_markdown(self.view, self.markdown(cid))

    def select(self, cid: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == cid:
                self.list.setCurrentRow(i)

    def html(self) -> str:
        return markdown_html(self.markdown(self.current_id()))

    def _ask_pdf(self) -> None:
        name = file_dialogs.save_file_name(self, self.tr("Save checklist as PDF"), f"{self.current_id()}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if name:
            html_to_pdf(self.html(), Path(name), self.current_title(), base_pt=13)
