"""One help service: its number in large type, what it does, and a QR code to scan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kit.helpdir import Service
from kit.ui.shell.dates import format_date
from kit.ui.widgets.links import open_external
from kit.ui.widgets.qr_image import qr_image


class ServiceCard(QWidget):
    print_requested = Signal(object)  # the Service

    def __init__(self, parent=None):
        super().__init__(parent)
        self.service: Service | None = None
        self.lang = "en"
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.number = QLabel(self)
        self.number.setObjectName("big-number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.4 if big.pointSizeF() > 0 else 24)
        big.setBold(True)
        self.number.setFont(big)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.hours = QLabel(self)
        self.hours.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.qr = QLabel(self)
        self.qr.setObjectName("qr-code")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.web = QPushButton(self)
        self.web.clicked.connect(lambda: self.service and open_external(self.service.url, self))
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(lambda: self.service and self.print_requested.emit(self.service))
        text = QVBoxLayout()
        for w in (self.name, self.number, self.about, self.hours, self.meta):
            text.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.web)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.qr)
        self.retranslate()

    def retranslate(self) -> None:
        self.web.setText(self.tr("Open &website"))
        self.web.setAccessibleName(self.tr("Open website"))
        self.web.setAccessibleDescription(self.tr("Opens the service's website in your browser, after you confirm"))
        self.print_button.setText(self.tr("&Print this entry"))
        self.print_button.setAccessibleName(self.tr("Print this entry"))
        self.print_button.setAccessibleDescription(self.tr("Prints this service with its number and QR code"))
        if self.service:
            self.show_service(self.service, self.lang)

    def show_service(self, s: Service, lang: str) -> None:
        self.service, self.lang = s, lang
        self.name.setText(f"<h2>{s.text('name', lang)}</h2>")
        if s.phone:
            self.number.setText(s.phone)
            self.number.setAccessibleName(self.tr("Phone number %s") % " ".join(s.phone))
        else:
            self.number.setText(self.tr("See the website"))
            self.number.setAccessibleName(self.number.text())
        self.about.setText(s.text("about", lang))
        self.hours.setText(s.text("hours", lang))
        facts = []
        if s.free:
            facts.append(self.tr("free"))
        if s.anonymous:
            facts.append(self.tr("anonymous"))
        if s.chat:
            facts.append(self.tr("chat on the website"))
        self.meta.setText(" · ".join(facts) + ("<br>" if facts else "") + self.tr(
            "Checked on %s. If the number does not work, look on the website.") % format_date(s.verified, lang))
        self.web.setVisible(bool(s.url))
        self.qr.setPixmap(QPixmap.fromImage(qr_image(s.qr_payload, box=5)))
        self.qr.setAccessibleName(self.tr("QR code"))
        self.qr.setAccessibleDescription(self.tr("Scan with your phone camera to call or open: %s") % s.qr_payload)
