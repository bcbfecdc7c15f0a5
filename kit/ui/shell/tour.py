"""The tour: a PNG of every section and main dialog at a given size, language and text scale,
and tour.json telling, per screen, whether a horizontal scrollbar showed and which widgets
have text that does not fit. For documentation and for the "screens that fit" test.

Runs on a throw-away data folder: nothing of the person's own data is read or written.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QWidget,
)

PLAN_ANSWERS = ("device:android", "service:gmail", "service:whatsapp", "situation:tracked")


def _visible(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.width() > 0 and w.height() > 0


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = w.text()
    elif isinstance(w, QComboBox):
        text = w.currentText()
    text = " ".join(text.split())[:40]
    return f"{w.objectName() or type(w).__name__}" + (f" '{text}'" if text else "")


def _inside_scrolled(w: QWidget) -> bool:
    """True when the widget sits in a scroll area that scrolls it vertically (then being cut at the
    bottom of the viewport is no clipping)."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def clipped_widgets(top: QWidget) -> list[str]:
    """Widgets whose text does not fit in the space they were given."""
    out = []
    for w in top.findChildren(QWidget):
        if not _visible(w, top):
            continue
        if isinstance(w, QLabel) and not w.pixmap().isNull():
            pm = w.pixmap()
            if pm.width() > w.width() + 1 or pm.height() > w.height() + 1:
                out.append(_name(w) + " (picture cut)")
        elif isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 2:
                    out.append(_name(w))
            elif w.minimumSizeHint().width() > w.width() + 1:
                out.append(_name(w))
        elif isinstance(w, (QCheckBox, QRadioButton)) or (isinstance(w, QAbstractButton) and w.objectName() != "card"):
            if w.text() and w.sizeHint().width() > w.width() + 1:
                out.append(_name(w))
        elif isinstance(w, QComboBox) and w.currentText():
            need = w.fontMetrics().horizontalAdvance(w.currentText()) + 2 * w.fontMetrics().height()
            if need > w.width() + 1:
                out.append(_name(w))
        # cut off at the right edge of the window
        if not _inside_scrolled(w):
            right = w.mapTo(top, w.rect().topRight()).x()
            if right > top.width() + 1:
                out.append(_name(w) + " (cut at the right)")
    # a scroll area that does not scroll sideways, with content wider than its view, cuts it off
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtWidgets import QScrollArea

    for area in top.findChildren(QScrollArea):
        inner = area.widget()
        if (_visible(area, top) and inner is not None
                and area.horizontalScrollBarPolicy() == _Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and inner.width() > area.viewport().width() + 1):
            out.append(_name(area) + " (content cut at the right)")
    return sorted(set(out))


def horizontal_scroll(top: QWidget) -> bool:
    return any(_visible(a, top) and a.horizontalScrollBar().isVisible()
               for a in top.findChildren(QAbstractScrollArea))


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


class Tour:
    def __init__(self, out: Path, lang: str, size: tuple[int, int], scale: float):
        self.out = out
        self.lang = lang
        self.size = size
        self.scale = scale
        self.results: list[dict] = []
        self.full_pages = False

    def shoot(self, screen: str, widget: QWidget) -> dict:
        top = widget.window()
        if hasattr(top, "apply_deferred_icons"):
            top.apply_deferred_icons()  # as after the first paint, however busy the machine is
        settle()
        png = f"{screen}.png"
        widget.grab().save(str(self.out / png))
        holder = getattr(widget, "stack", None)
        if holder is not None and self.full_pages:  # the whole scrolled page, for reading
            holder.currentWidget().widget().grab().save(str(self.out / f"{screen}-full.png"))
        clipped = clipped_widgets(widget)
        w, h = self.size
        if widget.width() > w or widget.height() > h:  # the window could not be made this small
            clipped.append(f"{widget.objectName() or type(widget).__name__} (larger than {w}x{h}: "
                           f"{widget.width()}x{widget.height()})")
        entry = {"screen": screen, "png": png, "h_scroll": horizontal_scroll(widget), "clipped": clipped}
        self.results.append(entry)
        return entry

    def dialog(self, screen: str, dialog: QWidget) -> None:
        w, h = self.size
        dialog.resize(min(dialog.width(), w), min(dialog.height(), h))
        dialog.show()
        settle()
        self.shoot(screen, dialog)
        dialog.close()
        dialog.deleteLater()

    def run(self, data_dir: Path) -> list[dict]:
        from kit.ui.shell import theme
        from kit.ui.shell.main_window import MainWindow
        from kit.ui.shell.state import AppState

        state = AppState(data_dir)
        state.settings.set("language", self.lang)
        state.languages.apply(self.lang)
        theme.apply(int(self.scale * 100))
        window = MainWindow(state)
        window.resize(*self.size)
        window.show()
        try:
            self._screens(window, state)
        finally:
            state.lock()
            state.quick_exit.uninstall()
            state.idle_lock.uninstall()
            window.close()
            window.deleteLater()
            settle()
            # really delete the windows now, before their state goes away with this frame
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            state.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        return self.results

    def _screens(self, window, state) -> None:
        from kit.ui.help.danger_dialog import DangerDialog
        from kit.ui.separation.takehome_dialog import TakeHomeDialog

        window.open_section("start")
        self.shoot("start", window)
        window.open_section("separation")
        page = window.section("separation")
        self.shoot("separation-first-open", window)
        home = page.home
        for key in PLAN_ANSWERS:
            home.intake.checks[key].setChecked(True)
        holder = window.stack.currentWidget()
        holder.verticalScrollBar().setValue(holder.verticalScrollBar().maximum() // 2)
        self.shoot("intake", window)
        home.make_plan(home.intake.answers())
        holder.verticalScrollBar().setValue(0)
        self.shoot("plan", window)
        home.open_guide(home.plan.items[0].guide_id)
        self.shoot("guide", window)
        home.back_to_plan()
        home.setCurrentWidget(home.checklists)
        self.shoot("checklists", window)
        home.setCurrentWidget(home.pages)
        self.dialog("take-home", TakeHomeDialog(home.plan.qr_parts(), window))
        self.dialog("danger", DangerDialog(state, window))
        self._check(window, state)
        from kit.store import Store

        state.set_store(Store.guest(), guest=True)
        window.open_section("journal")
        self.shoot("journal", window)
        window.open_section("help")
        self.shoot("help", window)
        window.open_section("family")
        self.shoot("family-library", window)
        self._presenter(window, state)
        window.open_section("settings")
        self.shoot("settings", window)

    def _check(self, window, state) -> None:
        from kit.resources import project_root

        fixture = project_root() / "tests" / "checks" / "fixtures" / "linux_positive.json"
        window.open_section("check")
        page = window.section("check")
        if fixture.exists():
            from kit.checks.probe.fixture import FixtureProbe
            from kit.checks.runner import run_checks

            report = run_checks(FixtureProbe.load(fixture), language=state.lang, platform="linux", workers=1)
            page.report = report
            page.show_report(report)
        self.shoot("computer-check", window)

    def _presenter(self, window, state) -> None:
        from kit.content import default_index
        from kit.ui.family.presenter_slides import build_slides
        from kit.ui.family.presenter_window import PresenterWindow

        index = default_index()
        ids = index.ids("module")
        if not ids:
            return
        slides = build_slides(index.module(ids[0], state.lang), state.region, state.lang)
        w = PresenterWindow(state, slides)
        from kit.ui.widgets.fit import adapt

        adapt(w)  # as the family section does
        w.resize(*self.size)
        w.show()
        settle()
        self.shoot("presenter", w)
        w.close()
        w.deleteLater()


def run(out: Path, lang: str = "en", size: tuple[int, int] = (1366, 768), scale: float = 1.0,
        full_pages: bool = False) -> list[dict]:
    """Make the tour; needs a QApplication (the caller picks the platform)."""
    from kit import APP_NAME

    out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    with tempfile.TemporaryDirectory(prefix="kit-tour-") as tmp:
        t = Tour(out, lang, size, scale)
        t.full_pages = full_pages
        results = t.run(Path(tmp))
    (out / "tour.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return results
