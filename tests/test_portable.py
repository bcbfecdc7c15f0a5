"""Portable mode: with a `portable` file beside the program, nothing is written anywhere else.

The subprocess tests use KIT_PORTABLE_ROOT (kit/portable.py) to say which folder holds the
program, because in a checkout that would be the repository itself. HOME, every XDG folder,
XDG_RUNTIME_DIR and TMPDIR point into an empty "outside" folder that must stay empty.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kit import portable

REPO = Path(__file__).resolve().parents[1]
LAUNCHER = REPO / "packaging" / "launcher.py"
OUTSIDE_DIRS = {"HOME": "home", "XDG_CONFIG_HOME": "home/.config", "XDG_DATA_HOME": "home/.local/share",
                "XDG_CACHE_HOME": "home/.cache", "XDG_STATE_HOME": "home/.local/state",
                "XDG_RUNTIME_DIR": "runtime", "TMPDIR": "tmp"}


def make_layout(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    stick, outside = tmp_path / "stick", tmp_path / "outside"
    stick.mkdir()
    (stick / "portable").write_text("")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "QT_QPA_PLATFORM": "offscreen",
           "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
           portable.ROOT_ENV: str(stick), "KIT_PASSPHRASE": "correct horse battery staple 42"}
    for name, sub in OUTSIDE_DIRS.items():
        (outside / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(outside / sub)
    return stick, outside, env


# What Qt itself writes: its shared settings (the file dialog's folder history goes there) and
# the places it offers for caches and data. Run the way the bundle starts: portable mode first.
QT_PROBE = """
import sys
from kit.portable import prepare_environment
prepare_environment()
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths as S
app = QCoreApplication(sys.argv[:1])
qt = QSettings(QSettings.Scope.UserScope, "QtProject")
qt.setValue("FileDialog/history", ["file:///somewhere"])
qt.sync()
L = S.StandardLocation
for name in ("GenericCacheLocation", "GenericConfigLocation", "GenericDataLocation",
             "GenericStateLocation", "CacheLocation", "ConfigLocation", "TempLocation"):
    if hasattr(L, name):  # GenericStateLocation: Qt 6.7 and later
        print(S.writableLocation(getattr(L, name)))
print(qt.fileName())
"""


def snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    out = subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out


@pytest.mark.slow
def test_nothing_is_written_outside_the_portable_folder(tmp_path):
    stick, outside, env = make_layout(tmp_path)
    before = snapshot(outside)

    run(["-m", "kit", "--lang", "fr", "--exit-after-start"], env, stick)  # the app (writes nothing yet)
    run([str(LAUNCHER), "journal", "add", "--type", "other", "--text", "on the stick"], env, stick)
    run([str(LAUNCHER), "journal", "export", "--out", str(stick / "export")], env, stick)
    listed = json.loads(run([str(LAUNCHER), "journal", "list", "--json"], env, stick).stdout)
    qt_places = run(["-c", QT_PROBE], env, stick).stdout.split()

    assert snapshot(outside) == before, "files were written outside the portable folder"
    assert [e["description"] for e in listed] == ["on the stick"]
    data = stick / "data"
    assert (data / "kit.db").is_file()  # the journal's store, on the stick
    assert any((stick / "export").rglob("*.pdf"))
    assert {"config", "share", "cache", "state", "tmp"} <= {p.name for p in data.iterdir()}
    assert qt_places and all(Path(p).resolve().is_relative_to(data) for p in qt_places), qt_places


def test_prepare_environment_moves_every_per_user_folder(tmp_path):
    stick, outside, env = make_layout(tmp_path)
    original = dict(env)

    data = portable.prepare_environment(env, qt=False)

    assert data == stick.resolve() / "data"
    for name in (*portable.XDG, *portable.TEMP_VARS):
        assert Path(env[name]).is_relative_to(data), name
        assert Path(env[name]).is_dir()
    assert env["KIT_DATA_DIR"] == str(data)
    assert env["HOME"] == original["HOME"]  # the computer check still sees the real profile
    host = portable.host_environ(env)
    for name in (*portable.XDG, *portable.TEMP_VARS):
        assert host[name] == original[name]
    assert portable.active(env) == data


def test_prepare_environment_twice_keeps_the_host_values(tmp_path):
    _, _, env = make_layout(tmp_path)
    config = env["XDG_CONFIG_HOME"]
    portable.prepare_environment(env, qt=False)
    portable.prepare_environment(env, qt=False)
    assert portable.host_environ(env)["XDG_CONFIG_HOME"] == config


def test_host_environ_drops_variables_that_were_not_set(tmp_path):
    _, _, env = make_layout(tmp_path)
    del env["XDG_STATE_HOME"]
    portable.prepare_environment(env, qt=False)
    assert "XDG_STATE_HOME" in env
    assert "XDG_STATE_HOME" not in portable.host_environ(env)


def test_an_explicit_data_folder_still_wins(tmp_path):
    _, _, env = make_layout(tmp_path)
    env["KIT_DATA_DIR"] = str(tmp_path / "chosen")
    portable.prepare_environment(env, qt=False)
    assert env["KIT_DATA_DIR"] == str(tmp_path / "chosen")


def test_without_the_marker_nothing_changes(tmp_path):
    stick, _, env = make_layout(tmp_path)
    (stick / "portable").unlink()
    before = dict(env)
    assert portable.prepare_environment(env, qt=False) is None
    assert env == before
    assert not (stick / "data").exists()
