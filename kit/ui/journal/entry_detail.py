"""One journal entry: every field, its files with size, type and SHA-256, previews and history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kit.journal.types import type_label
from kit.ui.shell.dates import format_datetime

PREVIEW_MAX_BYTES = 20 * 1024 * 1024


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


class EntryDetail(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget(self)
        self.layout_ = QVBoxLayout(self.inner)
        self.setWidget(self.inner)
        self.text = QLabel(self.inner)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.text)
        self.previews: list[QLabel] = []
        self.layout_.addStretch(1)
        self.setAccessibleName(self.tr("Entry details"))
        self.setAccessibleDescription(self.tr("All fields, files and changes of the chosen entry"))
        self.clear()

    def clear(self) -> None:
        self.text.setText(self.tr("Choose an entry to see it here."))
        for p in self.previews:
            p.deleteLater()
        self.previews = []

    def show_entry(self, journal, entry, lang: str) -> None:
        self.clear()
        rows = [
            f"<h2>{escape(type_label(entry.type, lang))}</h2>",
            "<p><b>%s:</b> %s</p>" % (self.tr("When"), format_datetime(entry.incident_at, lang)),
        ]
        if entry.where:
            rows.append("<p><b>%s:</b> %s</p>" % (self.tr("Where"), escape(entry.where)))
        if entry.people:
            rows.append("<p><b>%s:</b> %s</p>" % (self.tr("People involved"), escape(entry.people)))
        rows.append("<p>" + escape(entry.description).replace("\n", "<br>") + "</p>")
        if entry.attachments:
            rows.append("<h3>%s</h3><ul>" % self.tr("Files"))
            for a in entry.attachments:
                rows.append(f"<li><b>{escape(a.name)}</b> — {human_size(a.size)}, {escape(a.mime)}<br>"
                            f"SHA-256: <code>{a.sha256}</code></li>")
            rows.append("</ul>")
        history = journal.history(entry.id)
        rows.append("<h3>%s</h3><ul>" % self.tr("Changes"))
        for rev in history:
            changed = ", ".join(rev.changes) if rev.changes else ""
            rows.append(f"<li>{format_datetime(rev.at, lang, seconds=True)}: {escape(self.action_text(rev.action))}"
                        + (f" ({escape(changed)})" if changed and rev.action == "edited" else "") + "</li>")
        rows.append("</ul>")
        self.text.setText("".join(rows))
        for a in entry.attachments:
            if a.mime.startswith("image/") and a.size <= PREVIEW_MAX_BYTES:
                image = QImage.fromData(b"".join(journal.read_attachment(a.id)))
                if not image.isNull():
                    label = QLabel(self.inner)
                    label.setPixmap(QPixmap.fromImage(image.scaledToWidth(min(480, image.width()),
                                                                          Qt.TransformationMode.SmoothTransformation)))
                    label.setAccessibleName(self.tr("Preview of %s") % a.name)
                    self.layout_.insertWidget(self.layout_.count() - 1, label)
                    self.previews.append(label)

    def action_text(self, action: str) -> str:
        return {
            "created": self.tr("written"),
            "edited": self.tr("changed"),
            "deleted": self.tr("deleted"),
            "restored": self.tr("restored"),
            "attachment-added": self.tr("file added"),
            "attachment-removed": self.tr("file removed"),
        }.get(action, action)
