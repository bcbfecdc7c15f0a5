"""The main window: a bar with the safety buttons, the section list and the current section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kit.ui.shell.branding import app_icon, app_title
from kit.ui.shell.section import Section
from kit.ui.shell.sections import SECTIONS, factory
from kit.ui.shell.state import AppState
from kit.ui.widgets import a11y
from kit.ui.widgets.labels import section_titles

ICON_DELAY_MS = 40  # icons are drawn just after the first paint, which they would slow down


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("main-window")
        self.sections: dict[str, Section] = {}
        self._painted = False

        self.danger_button = QPushButton(self)
        self.danger_button.setObjectName("danger-button")
        self.danger_button.clicked.connect(self.show_danger)
        self.exit_button = QPushButton(self)
        self.exit_button.setObjectName("quick-exit-button")
        self.exit_button.clicked.connect(state.quick_exit.trigger)
        self.guest_banner = QLabel(self)
        self.guest_banner.setObjectName("guest-banner")
        self.guest_banner.setWordWrap(True)
        self.guest_banner.setVisible(False)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.danger_button)
        bar.addWidget(self.exit_button)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.stack = QStackedWidget(self)
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        for sid in SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.nav.addItem(item)
            # each section scrolls on its own, so large text or a small screen never clips it
            holder = QScrollArea(self.stack)
            holder.setObjectName(f"holder-{sid}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            a11y.quiet_container(holder)  # its controls are the Tab stops, not the scroll area
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._row_changed)
        # a screen reader selects an item without moving the current row: show that section too
        self.nav.itemSelectionChanged.connect(self._selection_changed)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.addLayout(bar)
        outer.addWidget(self.guest_banner)  # its own row: it never squeezes the safety buttons
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        for i, sid in enumerate(SECTIONS):
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda s=sid: self.open_section(s))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, activated=self.close)

        state.open_section.connect(self.open_section)
        state.quick_exit.triggered.connect(self.reset)
        state.store_opened.connect(self._update_guest_banner)
        state.store_locked.connect(self._update_guest_banner)
        state.settings.changed.connect(self._setting_changed)
        self.resize(1024, 720)
        # icons come right after the first paint: rendering SVG is not paid before the window shows
        QTimer.singleShot(ICON_DELAY_MS, self, self._set_icons)
        self.retranslate()
        self.open_section("start")

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted:  # Escape twice works from right after the first paint
            self._painted = True
            self.state.quick_exit.arm()

    # -- sections ---------------------------------------------------------------------------
    def section(self, section_id: str) -> Section:
        """The widget of a section, built on first use."""
        if section_id not in self.sections:
            holder = self.stack.widget(list(SECTIONS).index(section_id))
            widget = factory(section_id)(self.state, holder)
            holder.setWidget(widget)
            self.sections[section_id] = widget
            from kit.ui.widgets.fit import adapt

            adapt(widget)  # once, when built: re-flow at large text (not on every visit: quick exit stays quick)
        return self.sections[section_id]

    def open_section(self, section_id: str) -> None:
        row = list(SECTIONS).index(section_id)
        self.section(section_id)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.stack.setCurrentIndex(row)

    def current_section_id(self) -> str:
        return list(SECTIONS)[self.stack.currentIndex()]

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.open_section(list(SECTIONS)[row])

    def _selection_changed(self) -> None:
        rows = [i.row() for i in self.nav.selectionModel().selectedRows()]
        # only a selection that did not move the current row (a click or arrow key moves both)
        if rows and rows[0] != self.nav.currentRow():
            # after the screen reader's call has returned: building a section must not hold its reply;
            # the window as context drops the call if the window is gone first
            QTimer.singleShot(0, self, lambda sid=list(SECTIONS)[rows[0]]: self.open_section(sid))

    def reset(self) -> None:
        """After a quick exit: every section back to its first page, the window on Start."""
        for s in self.sections.values():
            s.reset()
        self.open_section("start")

    def show_danger(self) -> None:
        from kit.ui.help.danger_dialog import DangerDialog

        DangerDialog(self.state, self).exec()

    # -- text and looks ---------------------------------------------------------------------
    NAV_ICONS = {"start": "house", "separation": "shield-check", "family": "users", "check": "monitor-check",
                 "phone": "smartphone", "journal": "notebook-pen", "help": "life-buoy", "settings": "settings"}

    def apply_deferred_icons(self) -> None:
        """Draw now the icons that wait for the first paint (the section list's and the cards').
        The tour calls this before each screenshot, so what it measures does not depend on
        whether the machine was fast enough to pass the delay."""
        from kit.ui.shell.card_button import CardButton

        self._set_icons()
        for card in self.findChildren(CardButton):
            card.apply_icon()

    def _set_icons(self) -> None:
        from kit.ui.shell.icons import icon

        for i, sid in enumerate(SECTIONS):
            self.nav.item(i).setIcon(icon(self.NAV_ICONS.get(sid, "info")))
        self.danger_button.setIcon(icon("phone"))
        self.exit_button.setIcon(icon("log-out", "#ffffff"))

    def retranslate(self) -> None:
        discreet = self.state.settings.get("discreet")
        self.setWindowTitle(app_title(discreet))
        self.setWindowIcon(app_icon(discreet))
        titles = section_titles()
        for i, sid in enumerate(SECTIONS):
            self.nav.item(i).setText(titles[sid])
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(self.tr("Choose a part of the kit. Ctrl+1 to Ctrl+%1 jump straight to one.").replace("%1", str(len(SECTIONS))))
        self.danger_button.setText(self.tr("In &danger now?"))
        self.danger_button.setAccessibleName(self.tr("In danger now"))
        self.danger_button.setAccessibleDescription(self.tr("Shows the emergency numbers for your region"))
        self.exit_button.setText(self.tr("Quick e&xit"))
        self.exit_button.setToolTip(self.tr("Closes the kit at once and locks your data. You can also press Esc twice."))
        self.exit_button.setAccessibleName(self.tr("Quick exit"))
        self.exit_button.setAccessibleDescription(self.tr("Quits the kit at once and locks your data"))
        self._update_guest_banner()
        self._fit_nav()

    def _fit_nav(self) -> None:
        """Wide enough for the longest word of a section name (names wrap between words), and
        about a quarter of the window, so the content keeps the rest."""
        fm = self.nav.fontMetrics()
        titles = section_titles()
        words = [w for t in titles.values() for w in t.split()]
        need = max((fm.horizontalAdvance(w) for w in words), default=80)
        need += self.nav.iconSize().width() + fm.height() + 28
        # a small window with large text: icons only (names stay as tooltip and accessible name)
        compact = need > self.width() * 0.28
        for i, sid in enumerate(SECTIONS):
            item = self.nav.item(i)
            item.setText("" if compact else titles[sid])
            item.setToolTip(titles[sid])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, titles[sid])
        if compact:
            self.nav.setIconSize(QSize(fm.height(), fm.height()))
            self.nav.setFixedWidth(fm.height() * 2 + 24)
        else:
            self.nav.setIconSize(QSize(16, 16))
            self.nav.setFixedWidth(max(need, min(240, self.width() // 4)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_nav()

    def _update_guest_banner(self) -> None:
        self.guest_banner.setVisible(self.state.guest)
        self.guest_banner.setText(self.tr(
            "Guest session: nothing is saved on this computer. Everything is gone when you close the kit."))

    def _setting_changed(self, key: str, value) -> None:
        if key in ("language", "pseudo_locale"):
            self.state.languages.apply(self.state.settings.language, self.state.settings.get("pseudo_locale"))
        elif key in ("text_scale", "high_contrast", "dark"):
            from kit.ui.shell import theme

            s = self.state.settings
            theme.apply(s.get("text_scale"), s.get("high_contrast"), s.get("dark"))
            self._set_icons()
            self._fit_nav()
        elif key == "discreet":
            self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
