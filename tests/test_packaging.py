"""Cheap checks of packaging/: the spec, the slimming rules, build.py, the Linux and Windows files.

The bundle itself is built by `python packaging/build.py --smoke` (slow; .ci/run runs it when
KIT_BUILD_BUNDLE=1), not here.
"""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kit import __version__

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))
import slim  # noqa: E402


class Recorder:
    """Stands in for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE."""

    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        Recorder.calls.append((type(self).__name__, args, kwargs))
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []
        if type(self).__name__ == "Analysis":
            self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    """Run packaging/ontkoppel.spec with stand-ins; returns {name: [(args, kwargs)]}."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package, f"{package}.ui.shell.app", f"{package}.checks.build_catalog"]
    fakes = {"PyInstaller": types.ModuleType("PyInstaller"),
             "PyInstaller.utils": types.ModuleType("PyInstaller.utils"), "PyInstaller.utils.hooks": hooks}
    saved = {name: sys.modules.get(name) for name in fakes}
    sys.modules.update(fakes)
    Recorder.calls = []
    names = {n: type(n, (Recorder,), {}) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    try:
        code = (PACKAGING / "ontkoppel.spec").read_text(encoding="utf-8")
        exec(compile(code, "ontkoppel.spec", "exec"), {"SPECPATH": str(PACKAGING), "__name__": "spec", **names})
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
    calls: dict[str, list] = {}
    for name, args, kwargs in Recorder.calls:
        calls.setdefault(name, []).append((args, kwargs))
    return calls


def test_spec_bundles_the_content_translations_catalog_and_icon(spec):
    (args, kwargs), = spec["Analysis"]
    datas = kwargs["datas"]
    dests = {dest for _, dest in datas}
    assert {"guides", "checklists", "modules", "i18n", "kit/data", "icons"} <= dests
    for src, _ in datas:
        assert Path(src).exists(), src
    qm = {Path(src).name for src, dest in datas if dest == "i18n"}
    assert {"ontkoppel_nl.qm", "ontkoppel_fr.qm", "ontkoppel_en.qm"} <= qm
    kit_data = Path(next(src for src, dest in datas if dest == "kit/data"))
    assert (kit_data / "catalog.json").is_file() and (kit_data / "help" / "services.toml").is_file()
    assert Path(args[0][0]).name == "launcher.py"


def test_spec_leaves_out_unused_qt_and_dev_modules(spec):
    (_, kwargs), = spec["Analysis"]
    excludes = set(kwargs["excludes"])
    for module in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf",
                   "PySide6.QtOpenGL", "PySide6.QtSvg", "PySide6.QtDBus", "tkinter"):
        assert module in excludes
    assert "kit.checks.build_catalog" not in kwargs["hiddenimports"]
    assert "kit.ui.shell.app" in kwargs["hiddenimports"]


def test_excluded_qt_modules_are_not_used_by_the_kit():
    used = set()
    for path in (REPO / "kit").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source))
        for names in re.findall(r"from PySide6 import ([\w, ]+)", source):
            used |= {n.split()[0] for n in names.split(",") if n.strip().startswith("Qt")}
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    assert not used & set(slim.QT_MODULES_EXCLUDED)


def test_spec_makes_one_folder_bundle(spec):
    (args, kwargs), = spec["COLLECT"]
    assert kwargs["name"] == "ontkoppel"
    exes = [kw for _, kw in spec["EXE"]]
    assert all(kw["exclude_binaries"] for kw in exes)  # one folder, not one file
    assert "ontkoppel" in {kw["name"] for kw in exes} or sys.platform == "win32"


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
    ("PySide6/Qt6Qml.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("libcups.so.2", False),
    ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
])
def test_slim_keeps_only_what_the_kit_uses(dest, kept):
    assert slim.keep_binary(dest) is kept


def test_slim_keeps_three_qt_translations_and_no_qml():
    assert slim.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert not slim.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not slim.keep_data("PySide6/Qt/translations/qt_nl.qm")
    assert not slim.keep_data("PySide6/Qt/qml/QtQuick/qmldir")
    assert slim.keep_data("guides/apple-id/en.md")


def test_prune_drops_libraries_only_dropped_plugins_need():
    kept = [("ext.so", "/x/ext.so", "EXTENSION"), ("libQt6Gui.so.6", "/x/gui", "BINARY"),
            ("libcairo.so.2", "/x/cairo", "BINARY"), ("libctypes.so", "/x/ct", "BINARY"),
            ("top/libQt6Gui.so.6", "libQt6Gui.so.6", "SYMLINK"),
            ("top/libcairo.so.2", "libcairo.so.2", "SYMLINK")]
    dropped = [("plugins/libqgtk3.so", "/x/gtk", "BINARY")]
    links = {"/x/ext.so": ["libQt6Gui.so.6"], "/x/gtk": ["libcairo.so.2", "libQt6Gui.so.6"]}
    result = {e[0] for e in slim.prune(kept, dropped, lambda e: links.get(e[1], []))}
    assert result == {"ext.so", "libQt6Gui.so.6", "libctypes.so", "top/libQt6Gui.so.6"}


def test_drop_dangling_symlinks():
    toc = [("a", "b", "SYMLINK"), ("c", "d", "SYMLINK"), ("b", "/src/b", "BINARY")]
    assert slim.drop_dangling(toc, {"b"}) == [("a", "b", "SYMLINK"), ("b", "/src/b", "BINARY")]


def test_build_script_help():
    out = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--help"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "--smoke" in out.stdout and "--no-tarball" in out.stdout


def test_ci_builds_the_bundle_only_on_request():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "KIT_BUILD_BUNDLE" in ci and "packaging/build.py --smoke" in ci


def test_desktop_file_and_icon():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(PACKAGING / "ontkoppel.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Exec"] == "ontkoppel"
    assert entry["Icon"] == "ontkoppel" and entry["Terminal"] == "false"
    root = ET.parse(PACKAGING / "ontkoppel.svg").getroot()
    assert root.tag.endswith("svg")
    assert (PACKAGING / "linux" / "install-desktop-entry.sh").stat().st_mode & 0o111


def test_inno_setup_script_matches_the_bundle():
    iss = (PACKAGING / "windows" / "ontkoppel.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "%s"' % re.escape(__version__), iss)
    assert "Ontkoppel.exe" in iss and r"dist\ontkoppel" in iss
    assert "PrivilegesRequired=lowest" in iss
    assert (PACKAGING / "macos" / "README.md").is_file()


def test_launcher_prepares_portable_mode_first():
    text = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert text.index("prepare_environment()") < text.index("from kit.__main__ import main")
