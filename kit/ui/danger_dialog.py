"""'In danger now?': the region's emergency numbers at once, in large type. Leaves no record."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from kit.helpdir import load_directory
from kit.ui.labels import region_names


class DangerDialog(QDialog):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("danger-dialog")
        self.setModal(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.region = QLabel(self)
        self.numbers = QVBoxLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.region)
        layout.addLayout(self.numbers)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.number_labels: list[QLabel] = []
        self.populate()

    def services(self):
        d = load_directory()
        region = self.state.region
        return d.emergency(region, self.state.lang) + d.violence_lines(region, self.state.lang)

    def populate(self) -> None:
        lang = self.state.lang
        self.setWindowTitle(self.tr("In danger now?"))
        self.heading.setText("<h2>%s</h2>" % self.tr("If you are in danger now, call for help."))  # a heading
        self.region.setText(self.tr("Region: %s") % region_names()[self.state.region])
        for label in self.number_labels:
            label.deleteLater()
        self.number_labels = []
        big = QFont(self.font())
        big.setPointSizeF((big.pointSizeF() if big.pointSizeF() > 0 else 10) * 2.2)
        big.setBold(True)
        for s in self.services():
            label = QLabel(f"{s.phone}  <span style='font-size:small; font-weight:normal'>{s.text('name', lang)}</span>", self)
            label.setObjectName(f"danger-{s.id}")
            label.setFont(big)
            label.setWordWrap(True)
            label.setAccessibleName(f"{s.text('name', lang)}: {' '.join(s.phone)}")
            self.numbers.addWidget(label)
            self.number_labels.append(label)
        self.note.setText(self.tr(
            "If you cannot talk, stay on the line: emergency services can still try to help. "
            "This screen is not saved anywhere."))

    def phones(self) -> list[str]:
        return [s.phone for s in self.services()]
