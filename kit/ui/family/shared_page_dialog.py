"""A window with one of the pages every module shares (disclosure protocol, "get it removed"),
with the help numbers of the chosen region, to read, print or save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kit.content.shared_pages import shared_page_markdown, shared_page_title
from kit.ui.shell.branding import app_title
from kit.ui.widgets.file_dialogs import save_file_name
from kit.ui.widgets.markdown_view import MarkdownView, prepare
from kit.ui.widgets.printing import html_to_pdf, markdown_html, print_html
from kit.ui.widgets.safe_markdown import set_markdown


def shared_page_html(name: str, lang: str, region: str) -> str:
    return markdown_html(prepare(shared_page_markdown(name, lang), region, lang))


class SharedPageDialog(QDialog):
    """Not modal: the facilitator can keep it open next to the notes while presenting."""

    def __init__(self, state, name: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.name = name
        self.setModal(False)
        self.view = MarkdownView(self)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.message, 1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_page)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.close_button.clicked.connect(self.close)
        self.resize(760, 680)
        self.retranslate()

    def title(self) -> str:
        return shared_page_title(self.name, self.state.lang)

    def html(self) -> str:
        return shared_page_html(self.name, self.state.lang, self.state.region)

    def print_page(self) -> bool:
        return print_html(self.html(), self, self.title())

    def save_pdf(self, path: Path) -> Path:
        out = html_to_pdf(self.html(), Path(path), self.title())
        self.message.setText(self.tr("Saved as %1").replace("%1", str(out)))
        return out

    def _ask_pdf(self) -> None:
        name = save_file_name(self, self.tr("Save as PDF"), f"{self.name}.pdf", self.tr("PDF files (*.pdf)"))
        if name:
            try:
                self.save_pdf(Path(name))
            except OSError as e:
                self.message.setText(self.tr("Could not write the file: %1").replace("%1", e.strerror or str(e)))

    def retranslate(self) -> None:
        discreet = self.state.settings.get("discreet")  # a discreet title names no topic
        self.setWindowTitle(app_title(True) if discreet else f"{self.title()} · {app_title(False)}")
        set_markdown(self.view, prepare(shared_page_markdown(self.name, self.state.lang),
                                        self.state.region, self.state.lang))
        self.view.setAccessibleName(self.title())
        for b, text, name, desc in (
            (self.print_button, self.tr("&Print"), self.tr("Print"),
             self.tr("Prints this page with the help numbers of your region")),
            (self.pdf_button, self.tr("Save as PD&F"), self.tr("Save as PDF"),
             self.tr("Saves this page as a PDF file")),
            (self.close_button, self.tr("&Close"), self.tr("Close"), self.tr("Closes this window")),
        ):
            b.setText(text)
            b.setAccessibleName(name)
            b.setAccessibleDescription(desc)
        self.close_button.setDefault(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class SharedPages:
    """Opens each shared page once and brings it to the front when asked again."""

    def __init__(self, state, parent):
        self.state = state
        self.parent = parent
        self.dialogs: dict[str, SharedPageDialog] = {}

    def open(self, name: str) -> SharedPageDialog:
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = self.dialogs[name] = SharedPageDialog(self.state, name, self.parent)
        else:
            dialog.retranslate()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def retranslate(self) -> None:
        for d in self.dialogs.values():
            d.retranslate()

    def close_all(self) -> None:
        for d in self.dialogs.values():
            d.close()
