"""About this kit: the version, the licences (the kit's, Qt's, the bundled data's) and the
dates on which the content was last checked. Opened from the Settings page."""

from __future__ import annotations

import html

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from kit import APP_NAME, __version__

KIT_LICENCE = "GPL-3.0-or-later"  # as in pyproject.toml (tests/ui/test_about.py checks it)
QT_LICENCE = "LGPL-3.0-only"
KINDS = ("guide", "checklist", "module", "rights")


def verified_dates(items: list[dict]) -> dict[str, tuple[str, str]]:
    """{kind or "all": (oldest, newest)} of the ISO `verified` dates of a content listing."""
    by_kind: dict[str, list[str]] = {}
    for item in items:
        by_kind.setdefault(item["kind"], []).append(item["verified"])
        by_kind.setdefault("all", []).append(item["verified"])
    return {kind: (min(dates), max(dates)) for kind, dates in by_kind.items()}


def _content_listing() -> list[dict]:
    from kit.content import ContentError, default_index

    try:
        return default_index().listing()
    except ContentError:
        return []


def _attribution() -> list[dict]:
    from kit.checks.catalog import load

    try:
        return load().attribution
    except (OSError, ValueError):
        return []


def _e(text: str) -> str:
    return html.escape(str(text))


ICONS_VERSION = "1.87.0"  # lucide-static on npm; see kit/data/icons/README


class AboutDialog(QDialog):
    def __init__(self, state=None, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("about-dialog")
        self.resize(640, 560)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("about-text")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.dates = verified_dates(_content_listing())
        self.attribution = _attribution()
        self.retranslate()

    def _open_link(self, url) -> None:
        from kit.ui.widgets.links import open_external

        open_external(url.toString(), self)

    def _date(self, iso: str) -> str:
        """26 November 2026, in the language of the kit (day first in nl, fr and en-GB)."""
        return QLocale().toString(QDate.fromString(iso, Qt.DateFormat.ISODate), "d MMMM yyyy")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About this kit"))
        self.browser.setAccessibleName(self.tr("About this kit"))
        self.browser.setAccessibleDescription(self.tr(
            "The version of the kit, the licences of the kit, of Qt and of the included data, "
            "and when the content was last checked"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes this window"))
        self.browser.setHtml(self.page())

    def page(self) -> str:
        parts = [f"<h1>{_e(APP_NAME)} {_e(__version__)}</h1>",
                 "<p>%s</p>" % _e(self.tr("An offline kit for digital safety. It works without "
                                          "internet and keeps your data encrypted on this device.")),
                 "<h2>%s</h2>" % _e(self.tr("Licences")), "<ul>",
                 "<li>%s</li>" % _e(self.tr("The kit: %s") % KIT_LICENCE),
                 "<li>%s</li>" % _e(self.tr("Qt %1 and Qt for Python (PySide6) %2: %3")
                                    .replace("%1", qVersion()).replace("%2", PYSIDE_VERSION)
                                    .replace("%3", QT_LICENCE)),
                 "<li>%s</li>" % _e(self.tr("Icons: Lucide %s (ISC licence), https://lucide.dev") % ICONS_VERSION),
                 "</ul>", "<h2>%s</h2>" % _e(self.tr("Included data")), "<ul>"]
        for source in self.attribution:
            line = f"<b>{_e(source.get('title', ''))}</b> ({_e(source.get('licence', ''))})"
            if source.get("notice"):
                line += f"<br>{_e(source['notice'])}"
            if source.get("url"):
                line += f'<br><a href="{_e(source["url"])}">{_e(source["url"])}</a>'
            parts.append(f"<li>{line}</li>")
        parts += ["</ul>", "<h2>%s</h2>" % _e(self.tr("Content last checked")), self._dates_table()]
        from kit.ui.shell.icons import icon_dir

        try:
            icons_licence = (icon_dir() / "LICENSE").read_text("utf-8")
        except OSError:
            icons_licence = ""
        if icons_licence:
            parts.append("<h3>%s</h3><pre>%s</pre>" % (_e(self.tr("Licence of %s") % "Lucide"), _e(icons_licence)))
        for source in self.attribution:
            if source.get("licence_text"):
                parts.append("<h3>%s</h3><pre>%s</pre>" % (
                    _e(self.tr("Licence of %s") % source.get("title", "")), _e(source["licence_text"])))
        return "\n".join(parts)

    def _dates_table(self) -> str:
        if "all" not in self.dates:
            return "<p>%s</p>" % _e(self.tr("The content could not be read."))
        names = {"guide": self.tr("Guides"), "checklist": self.tr("Checklists"),
                 "module": self.tr("Family & media modules"), "rights": self.tr("Rights pages"),
                 "all": self.tr("All content")}
        heads = (self.tr("Content"), self.tr("Oldest check"), self.tr("Newest check"))
        rows = ["<tr>" + "".join(f"<th align='left'>{_e(h)}</th>" for h in heads) + "</tr>"]
        for kind in (*[k for k in KINDS if k in self.dates], "all"):
            oldest, newest = self.dates[kind]
            rows.append(f"<tr><td>{_e(names[kind])}</td><td>{_e(self._date(oldest))}</td>"
                        f"<td>{_e(self._date(newest))}</td></tr>")
        return "<table cellpadding='4'>%s</table>" % "".join(rows)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
