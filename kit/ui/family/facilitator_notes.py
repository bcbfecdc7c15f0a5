"""The facilitator's own window: notes for the current slide and the session guide.

It stays on the facilitator's screen; nothing in it is ever shown in the presenter window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kit.ui.shell.branding import app_title
from kit.ui.widgets.markdown_view import MarkdownView
from kit.ui.widgets.safe_markdown import set_markdown


class FacilitatorNotes(QWidget):
    closed = Signal()
    shared_page = Signal(str)  # "disclosure" or "removal"

    def __init__(self, state, presenter, guide_markdown: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.state = state
        self.presenter = presenter
        self.guide_markdown = guide_markdown
        self.setObjectName("facilitator-notes")
        self.position = QLabel(self)
        self.now = QLabel(self)
        self.now.setWordWrap(True)
        self.coming = QLabel(self)
        self.coming.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.notes = MarkdownView(self.tabs)
        self.guide = MarkdownView(self.tabs)
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.guide, "")
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.blank_button = QPushButton(self)
        self.end_button = QPushButton(self)
        self.disclosure_button = QPushButton(self)
        self.removal_button = QPushButton(self)
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button, self.blank_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.position)
        layout.addWidget(self.now)
        layout.addWidget(self.coming)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        shared = QHBoxLayout()  # the pages every module shares, on their own row
        shared.addWidget(self.disclosure_button)
        shared.addWidget(self.removal_button)
        shared.addStretch(1)
        layout.addLayout(shared)
        self.prev_button.clicked.connect(presenter.previous)
        self.next_button.clicked.connect(presenter.next)
        self.blank_button.clicked.connect(presenter.toggle_blank)
        self.end_button.clicked.connect(presenter.close)
        self.disclosure_button.clicked.connect(lambda: self.shared_page.emit("disclosure"))
        self.removal_button.clicked.connect(lambda: self.shared_page.emit("removal"))
        # a clicker remote sends Page Up / Page Down to whichever window has the focus
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=presenter.next)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=presenter.previous)
        presenter.current_changed.connect(self.show_slide)
        self.resize(720, 640)
        self.retranslate()

    def show_slide(self, index: int) -> None:
        slides = self.presenter.slides
        if not slides:
            return
        slide = slides[index]
        self.position.setText(self.tr("Slide %1 of %2").replace("%1", str(index + 1))
                              .replace("%2", str(len(slides))))
        now_text = self.tr("Now:")
        self.now.setText(f"<b>{escape(now_text)}</b> {escape(slide.label)}: {escape(slide.title)}")
        if index + 1 < len(slides):
            following = slides[index + 1]
            next_text = self.tr("Next:")
            self.coming.setText(f"<b>{escape(next_text)}</b> {escape(following.label)}: "
                                f"{escape(following.title)}")
        else:
            next_text = self.tr("Next:")
            the_end_text = self.tr("the end")
            self.coming.setText(f"<b>{escape(next_text)}</b> {escape(the_end_text)}")
        set_markdown(self.notes, slide.notes or self.tr("No notes for this slide."))

    def set_guide(self, guide_markdown: str) -> None:
        self.guide_markdown = guide_markdown
        set_markdown(self.guide, guide_markdown)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().closeEvent(event)
        self.closed.emit()

    def retranslate(self) -> None:
        notes_text = self.tr("Notes")
        self.setWindowTitle(f"{app_title(self.state.settings.get('discreet'))} · {notes_text}")
        self.tabs.setTabText(0, self.tr("Notes for this &slide"))
        self.tabs.setTabText(1, self.tr("Session &guide"))
        self.tabs.setAccessibleName(self.tr("Facilitator notes"))
        self.tabs.setAccessibleDescription(self.tr("Only on your screen, never on the projected one"))
        self.notes.setAccessibleName(self.tr("Notes for this slide"))
        self.notes.setAccessibleDescription(self.tr("Points to bring out and answer explanations; only you see these"))
        self.guide.setAccessibleName(self.tr("Session guide"))
        self.guide.setAccessibleDescription(self.tr("How to open, the timed outline, and what to do if someone "
                                                    "tells about abuse"))
        for b, text, name, desc in (
            (self.prev_button, self.tr("&Previous slide"), self.tr("Previous slide"),
             self.tr("Shows the previous slide on the projected screen (Page Up)")),
            (self.next_button, self.tr("&Next slide"), self.tr("Next slide"),
             self.tr("Shows the next slide on the projected screen (Page Down)")),
            (self.blank_button, self.tr("&Blank screen"), self.tr("Blank screen"),
             self.tr("Makes the projected screen black, or shows the slide again")),
            (self.end_button, self.tr("&End presentation"), self.tr("End presentation"),
             self.tr("Closes the projected screen and these notes")),
            (self.disclosure_button, self.tr("If someone tells about abuse"), self.tr("If someone tells about abuse"),
             self.tr("Opens the disclosure protocol on your screen only; you can print it")),
            (self.removal_button, self.tr("Get it removed"), self.tr("Get it removed"),
             self.tr("Opens the steps to get intimate images taken offline, on your screen only; you can print it")),
        ):
            b.setText(text)
            b.setAccessibleName(name)
            b.setAccessibleDescription(desc)
        set_markdown(self.guide, self.guide_markdown)
        self.show_slide(self.presenter.index)
