"""External links open only when the user clicks them, and only after a warning."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_external(url: str, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(Q.translate("links", "Open in your browser?"))
    box.setText(Q.translate("links", "This opens a web page in your browser:\n%s") % url)
    box.setInformativeText(
        Q.translate("links", "The kit itself stays offline. Your browser may keep this page in its history, "
           "where someone else who uses this computer could see it. A private window leaves less behind.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def open_external(url: str, parent: QWidget | None = None) -> bool:
    """Hand a web link to the system browser after the user confirms. Returns True if opened."""
    if not url.startswith(("https://", "http://", "mailto:", "tel:")):
        return False
    if not confirm_external(url, parent):
        return False
    return QDesktopServices.openUrl(QUrl(url))


INTERNAL_KINDS = ("guide", "module", "checklist")


def follow_link(url: str, internal, parent: QWidget | None = None) -> None:
    """A link in authored text: `guide:ID`, `module:ID` and `checklist:ID` go to `internal`
    (a signal or callable taking kind and id); web links open after the user confirms."""
    kind, _, item = url.partition(":")
    if kind in INTERNAL_KINDS:
        internal.emit(kind, item) if hasattr(internal, "emit") else internal(kind, item)
    else:
        open_external(url, parent)
