"""Where the data lives: --data-dir, KIT_DATA_DIR, portable mode, the per-user folder."""

from pathlib import Path

import kit
from kit import paths


def test_explicit_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"


def test_portable_mode_uses_data_beside_the_app(tmp_path, monkeypatch):
    monkeypatch.delenv("KIT_DATA_DIR")
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    assert not paths.is_portable()
    (tmp_path / "portable").write_text("")
    assert paths.is_portable()
    assert paths.data_dir() == tmp_path / "data"


def test_app_dir_is_the_repository_or_the_executable_folder(monkeypatch, tmp_path):
    assert paths.app_dir() == Path(kit.__file__).resolve().parent.parent
    monkeypatch.setattr(paths.sys, "frozen", True, raising=False)
    monkeypatch.setattr(paths.sys, "executable", str(tmp_path / "Ontkoppel.exe"))
    assert paths.app_dir() == tmp_path.resolve()


def test_standard_location(monkeypatch, tmp_path):
    monkeypatch.delenv("KIT_DATA_DIR")
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)  # no portable marker there
    found = paths.data_dir()
    assert "Ontkoppel" in found.parts
    assert not found.exists(), "data_dir() only names the folder; the store creates it"
