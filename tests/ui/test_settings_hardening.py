"""Guest mode writes nothing; values read from settings.ini are checked (issue 13)."""

from __future__ import annotations

import pytest

from kit.store import Store
from kit.ui.settings.settings import AppSettings


def test_a_first_look_and_guest_mode_write_nothing(qtbot, state):
    assert not state.data_dir.exists(), "no data folder at start"
    state.settings.set("region", "nl")
    state.settings.set("discreet", True)
    state.set_store(Store.guest(), guest=True)
    state.settings.set("text_scale", 150)
    state.lock()
    assert not state.data_dir.exists(), "guest mode promises that nothing is written"
    assert state.settings.get("discreet") is True, "the choice holds for this session"


def test_keeping_data_writes_the_choices_made_so_far(qtbot, state):
    state.settings.set("region", "nl")
    state.set_store(Store.create(state.data_dir, "a passphrase to keep data"))
    assert (state.data_dir / "settings.ini").exists()
    again = AppSettings(state.data_dir)
    assert again.region == "nl"


@pytest.mark.parametrize("key, raw, default", [
    ("autolock_minutes", "99999999", 10),
    ("autolock_minutes", "0", 10),
    ("autolock_minutes", "-5", 10),
    ("text_scale", "5000", 100),
    ("region", "../../etc", ""),
    ("language", "xx", ""),
    ("discreet", "maybe", False),
])
def test_values_from_an_edited_settings_file_fall_back_to_defaults(qapp, tmp_path, key, raw, default):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.ini").write_text(f"[General]\n{key}={raw}\n")
    assert AppSettings(folder).get(key) == default


def test_a_huge_autolock_value_does_not_break_the_auto_lock(qtbot, tmp_path, isolated_dirs):
    from kit.ui.shell.state import AppState

    isolated_dirs.mkdir()
    (isolated_dirs / "settings.ini").write_text("[General]\nautolock_minutes=99999999\n")
    st = AppState(isolated_dirs)
    try:
        st.set_store(Store.create(isolated_dirs, "a passphrase to keep data"))
        assert st.idle_lock.timer.isActive()
        assert st.idle_lock.interval_ms() == 10 * 60_000
    finally:
        st.lock()
        st.quick_exit.uninstall()
        st.idle_lock.uninstall()
        st.deleteLater()


def test_starting_the_app_writes_nothing(tmp_path, isolated_dirs):
    """No data folder, no settings.ini: not even with --lang (that choice holds for the run)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(repo)}
    out = subprocess.run([sys.executable, "-m", "kit", "--exit-after-start", "--lang", "nl"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not isolated_dirs.exists()
