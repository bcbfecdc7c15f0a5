"""The GDPR note: where the journal is kept, who can see it, how to export and erase it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class JournalPrivacy(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About your journal"))
        text = QLabel(self)
        text.setWordWrap(True)
        text.setObjectName("privacy-text")
        text.setText("<h2>%s</h2>" % self.tr("Your journal stays with you") + "<p>" + "</p><p>".join([
            self.tr("Your journal is kept only on this computer, encrypted with your passphrase. "
                    "Nothing is sent over the internet. The makers of the kit cannot see it."),
            self.tr("Anyone who knows your passphrase can read it. If you chose to remember the passphrase "
                    "on this computer, anyone who can log in as you can read it too."),
            self.tr("You decide who gets a copy. 'Export' makes a report with your files and their "
                    "fingerprints (SHA-256), for the police or a lawyer. The export is not encrypted."),
            self.tr("You can erase everything at any time in Settings, with 'Erase all my data'. "
                    "Your rights under the GDPR stay yours: the data is yours alone."),
        ]) + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
