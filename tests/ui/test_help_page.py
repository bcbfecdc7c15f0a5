"""Help & rights: region switch, QR codes that decode, and a printable regional handout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import decode_qr, pdf_text


def danger(window):
    from kit.ui.help.danger_dialog import DangerDialog

    return DangerDialog(window.state, window)


def test_region_switch_changes_emergency_screen(qtbot, window, state):
    state.settings.set("region", "be-vlaanderen")
    d = danger(window)
    qtbot.addWidget(d)
    assert d.phones() == ["101", "112", "1712"]
    state.settings.set("region", "nl")
    d2 = danger(window)
    qtbot.addWidget(d2)
    assert d2.phones() == ["112", "0800-2000"]
    state.settings.set("region", "be-wallonie")
    assert danger(window).phones() == ["101", "112", "0800 30 030"]


def test_danger_button_opens_at_once_and_leaves_no_record(qtbot, window, state, isolated_dirs):
    before = sorted(p.name for p in isolated_dirs.rglob("*"))
    shown = []

    def check():
        dialog = QApplication.activeModalWidget()
        shown.append(dialog.objectName())
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, check)
    qtbot.mouseClick(window.danger_button, Qt.MouseButton.LeftButton)
    assert shown == ["danger-dialog"]
    assert sorted(p.name for p in isolated_dirs.rglob("*")) == before


def test_qr_codes_decode_to_phone_or_url(qtbot, window, state):
    window.open_section("help")
    view = window.section("help").directory
    view.region.setCurrentIndex(view.region.findData("nl"))
    checked = 0
    for row in range(view.list.count()):
        view.list.setCurrentRow(row)
        s = view.card.service
        decoded = decode_qr(view.card.qr.pixmap().toImage())
        expected = "tel:" + "".join(c for c in s.phone if c.isdigit()) if s.phone else s.url
        assert decoded == [expected], s.id
        checked += 1
    assert checked >= 5


def test_filter_by_need_and_search(qtbot, window, state):
    window.open_section("help")
    view = window.section("help").directory
    view.region.setCurrentIndex(view.region.findData("be-vlaanderen"))
    view.need.setCurrentIndex(view.need.findData("images-online"))
    ids = {s.id for s in view.services()}
    assert "child-focus" in ids and "tele-onthaal" not in ids
    view.need.setCurrentIndex(0)
    view.search.setText("Tele-Onthaal")
    assert [s.id for s in view.services()] == ["tele-onthaal"]


def test_regional_handout_pdf_has_the_numbers(qtbot, window, state, tmp_path):
    window.open_section("help")
    view = window.section("help").directory
    view.region.setCurrentIndex(view.region.findData("be-brussel"))
    pdf = view.save_handout_pdf(tmp_path / "handout.pdf")
    text = pdf_text(pdf).replace("\xa0", " ")
    for number in ("101", "112", "1712", "0800 30 030", "116 000", "106"):
        assert number in text, number
    assert "0800-2000" not in text


def test_print_entry_goes_through_the_print_dialog(qtbot, window, state, monkeypatch):
    calls = []
    monkeypatch.setattr("kit.ui.help.directory_view.print_html", lambda html, parent, title: calls.append(html) or True)
    window.open_section("help")
    view = window.section("help").directory
    qtbot.mouseClick(view.card.print_button, Qt.MouseButton.LeftButton)
    assert calls and view.card.service.text("name", "en") in calls[0] or view.card.service.phone in calls[0]
