"""Digital separation: intake to plan, ticks that survive a restart, guest mode, PDF and QR."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kit.content import default_index
from kit.store import Store
from tests.helpers import decode_qr, pdf_text

PASS = "correct horse battery"


def files_under(*folders):
    return sorted(str(p) for f in folders if f.exists() for p in f.rglob("*") if p.is_file())


@pytest.fixture
def separation(window, state):
    window.open_section("separation")
    return window.section("separation")


def unlock(qtbot, page, create=True):
    """"Keep my progress on this computer": the passphrase is asked only then."""
    panel = page.keep_dialog().panel
    panel.retranslate()
    panel.passphrase.setText(PASS)
    if create:
        panel.repeat.setText(PASS)
    with qtbot.waitSignal(page.state.store_opened, timeout=10000):
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)


def do_intake(qtbot, home, answers):
    for key in answers:
        home.intake.checks[key].setChecked(True)
    qtbot.mouseClick(home.intake.make_plan, Qt.MouseButton.LeftButton)


def test_intake_builds_plan_in_order(qtbot, separation):
    unlock(qtbot, separation)
    home = separation.home
    do_intake(qtbot, home, ["device:android", "service:whatsapp", "situation:spyware"])
    assert home.pages.currentWidget() is home.plan
    ids = [i.guide_id for i in home.plan.items]
    assert ids[:3] == ["phone-spyware", "email-first", "phone-sim"]
    assert ids.index("google-account") < ids.index("google-maps-location") < ids.index("whatsapp")
    assert home.plan.cards["phone-spyware"].why.text().startswith("Because:")


def test_danger_answer_shows_emergency_numbers_first(qtbot, separation, monkeypatch):
    shown = []
    monkeypatch.setattr("kit.ui.help.danger_dialog.DangerDialog.exec", lambda self: shown.append(self.phones()))
    unlock(qtbot, separation)
    separation.home.intake.checks["danger:yes"].setChecked(True)
    assert shown and "112" in shown[0]


def test_ticks_and_notes_survive_a_restart(qtbot, window, state, separation, isolated_dirs):
    unlock(qtbot, separation)
    home = separation.home
    do_intake(qtbot, home, [])
    home.open_guide("email-first")
    steps = list(home.guide.steps.values())
    qtbot.mouseClick(steps[0].done, Qt.MouseButton.LeftButton)
    steps[1].skip.setChecked(True)
    steps[2].note.setPlainText("call the bank on monday")
    home.back_to_plan()  # saves pending notes
    state.lock()
    # a new start of the app: a fresh store on the same folder
    store = Store.open(isolated_dirs, PASS)
    try:
        ids = [s.id for s in default_index().guide("email-first", "en").steps]
        assert store.steps("email-first") == {ids[0]: "done", ids[1]: "skip"}
        assert store.notes("email-first")[ids[2]] == "call the bank on monday"
        assert [g["guide"] for g in store.load_plan().guides] == ["email-first", "phone-sim"]
    finally:
        store.close()


def test_continue_opens_next_open_step(qtbot, separation):
    unlock(qtbot, separation)
    home = separation.home
    do_intake(qtbot, home, [])
    home.open_guide("email-first")
    first = list(home.guide.steps.values())[0]
    first.done.setChecked(True)
    home.back_to_plan()
    qtbot.mouseClick(home.plan.continue_button, Qt.MouseButton.LeftButton)
    second_id = default_index().guide("email-first", "en").steps[1].id
    assert home.pages.currentWidget() is home.guide
    assert home.guide.steps[second_id].done.hasFocus() or home.guide.guide.id == "email-first"


def test_guest_mode_writes_nothing(qtbot, window, state, separation, isolated_dirs, tmp_path):
    before = files_under(isolated_dirs, tmp_path / "tmp")
    window.open_section("start")
    with qtbot.waitSignal(state.store_opened, timeout=5000):
        qtbot.mouseClick(window.section("start").helping, Qt.MouseButton.LeftButton)
    assert state.guest and window.guest_banner.isVisibleTo(window)
    assert window.current_section_id() == "separation"
    home = separation.home
    assert home.pages.currentWidget() is home.opening and not home.opening.start_button.isEnabled()
    for cb in home.opening.checks.values():
        cb.setChecked(True)
    qtbot.mouseClick(home.opening.start_button, Qt.MouseButton.LeftButton)
    assert home.pages.currentWidget() is home.intake
    do_intake(qtbot, home, ["service:whatsapp"])
    home.open_guide("whatsapp")
    list(home.guide.steps.values())[0].done.setChecked(True)
    home.back_to_plan()
    home.end_guest_session()
    assert state.store is None
    after = [f for f in files_under(isolated_dirs, tmp_path / "tmp") if not f.endswith("settings.ini")]
    assert after == [f for f in before if not f.endswith("settings.ini")]


def test_pdf_and_qr_hold_the_remaining_steps(qtbot, separation, tmp_path):
    unlock(qtbot, separation)
    home = separation.home
    do_intake(qtbot, home, ["service:signal"])
    home.open_guide("email-first")
    done_step = list(home.guide.steps.values())[0]
    done_step.done.setChecked(True)
    home.back_to_plan()
    guide = default_index().guide("email-first", "en")
    open_titles = [s.title for s in guide.steps[1:]]

    text = pdf_text(home.plan.save_pdf(tmp_path / "plan.pdf"))
    flat = " ".join(text.split())
    for title in open_titles:
        assert " ".join(title.split()) in flat, title
    assert guide.steps[0].title not in flat
    assert flat.index("112") < flat.index(" ".join(open_titles[0].split()))  # help numbers first
    assert "1712 1712" not in flat

    from kit.ui.separation.takehome_dialog import TakeHomeDialog

    parts = home.plan.qr_parts()
    dialog = TakeHomeDialog(parts)
    qtbot.addWidget(dialog)
    decoded = [decode_qr(dialog.image(i, 400)) for i in range(len(parts))]
    assert decoded == [[p] for p in parts]
    joined = "\n".join(parts)
    assert guide.title in joined and open_titles[0] in joined  # the guide and its next step
    assert guide.steps[0].title not in joined
    assert "http" not in joined


def test_neutral_title_on_paper(qtbot, separation, tmp_path):
    home = separation.home
    do_intake(qtbot, home, [])
    home.plan.neutral.setChecked(True)
    text = pdf_text(home.plan.save_pdf(tmp_path / "notes.pdf"))
    assert "My notes" in text and "My plan" not in text
    assert all(p.startswith(("To do:", "(1/")) for p in home.plan.qr_parts()[:1])


def test_takehome_for_a_long_plan_is_few_codes_that_fit_and_scan(qtbot, window, separation):
    from kit.ui.separation.takehome_dialog import TakeHomeDialog

    home = separation.home
    eleven = ["device:android", "device:iphone", "service:gmail", "service:whatsapp", "service:facebook",
              "service:instagram", "service:bank", "service:router", "situation:shared-passwords",
              "situation:children", "situation:tracked"]
    do_intake(qtbot, home, eleven)
    assert len(home.plan.items) >= 17
    parts = home.plan.qr_parts()
    assert len(parts) <= 2
    window.resize(800, 600)
    dialog = TakeHomeDialog(parts, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 800 and dialog.height() <= 600
    for i in range(len(parts)):
        dialog.show_part(i)
        assert dialog.fits()
        assert decode_qr(dialog.code.pixmap().toImage()) == [parts[i]]
        if len(parts) > 1:
            assert dialog.count.text() == f"Code {i + 1} of {len(parts)}"
    dialog.close()


def test_qr_split_into_numbered_codes():
    from kit.qr import split_text

    text = "\n".join(f"- step number {i} with some words" for i in range(200))
    parts = split_text(text, max_bytes=500)
    assert len(parts) > 1 and all(len(p.encode()) <= 500 for p in parts)
    assert parts[0].startswith(f"(1/{len(parts)})")
    assert "\n".join(p.split("\n", 1)[1] for p in parts) == text


def test_reading_and_ticking_need_no_passphrase_and_are_kept_on_request(qtbot, window, state, separation,
                                                                         isolated_dirs):
    from kit.store import Store as S

    home = separation.home
    assert separation.keep_bar.isVisibleTo(separation) and state.store is None
    do_intake(qtbot, home, ["device:android"])
    assert home.pages.currentWidget() is home.plan
    home.open_guide("email-first")
    steps = list(home.guide.steps.values())
    assert not steps[0].note.isVisibleTo(steps[0])  # notes collapsed until used
    qtbot.mouseClick(steps[0].done, Qt.MouseButton.LeftButton)
    steps[1].open_note()
    steps[1].note.setPlainText("ask the bank")
    home.back_to_plan()
    assert not S.exists(isolated_dirs)  # nothing written before the person chooses to keep it
    unlock(qtbot, separation)  # "Keep my progress"
    assert not separation.keep_bar.isVisibleTo(separation)
    state.lock()
    store = S.open(isolated_dirs, PASS)
    try:
        ids = [s.id for s in default_index().guide("email-first", "en").steps]
        assert store.steps("email-first") == {ids[0]: "done"}
        assert store.notes("email-first") == {ids[1]: "ask the bank"}
        assert store.load_plan() is not None
    finally:
        store.close()


def test_quick_exit_forgets_the_draft(qtbot, window, state, separation):
    home = separation.home
    do_intake(qtbot, home, ["service:whatsapp"])
    assert state.draft is not None
    state.quick_exit.trigger()
    assert state.draft is None and home.plan.items == []


def test_guide_ends_with_next_guide(qtbot, separation):
    home = separation.home
    do_intake(qtbot, home, ["device:android"])
    first, second = home.plan.items[0].guide_id, home.plan.items[1].guide_id
    home.open_guide(first)
    assert home.guide.next_button is not None
    qtbot.mouseClick(home.guide.next_button, Qt.MouseButton.LeftButton)
    assert home.guide.guide.id == second


def test_android_gmail_tracked_plan(qtbot, separation):
    home = separation.home
    do_intake(qtbot, home, ["device:android", "service:gmail", "situation:tracked"])
    ids = [i.guide_id for i in home.plan.items]
    assert "apple-find-my" not in ids and "apple-id" not in ids
    assert 1 <= len(home.plan.today_steps) <= 3
    assert home.plan.today.isVisibleTo(home.plan)


def test_a_guide_title_is_shown_as_text_never_as_html(qtbot, separation, monkeypatch):
    """A title with markup (a damaged or hostile content file) is escaped: no image is fetched
    from a file path, no link appears."""
    from dataclasses import replace

    from kit.content import default_index

    index = default_index()
    real = index.guide
    hostile = '<img src="file:///etc/passwd"><a href="https://example.org">x</a> & more'

    def guide(guide_id, lang):
        g = real(guide_id, lang)
        return replace(g, header=replace(g.header, title=hostile))

    monkeypatch.setattr(index, "guide", guide)
    view = separation.home.guide
    view.show_guide("whatsapp")
    shown = view.title.text()
    assert "<img" not in shown and "<a " not in shown
    assert "&lt;img" in shown and "&amp; more" in shown
