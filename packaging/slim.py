"""What the bundle leaves out: Qt modules, plugins and translations the kit does not use.

The kit imports only QtCore, QtGui, QtWidgets and QtPrintSupport. PyInstaller's Qt hooks also
collect every plugin of those modules (PDF and virtual-keyboard plugins that drag in QtPdf and
QtQuick, OpenGL integrations, network plugins, ...) and the Qt translations of every language.
`keep_binary` and `keep_data` decide per file; the spec filters the analysis with them.
Pure functions on destination paths, so tests can check them without building anything.
"""

from __future__ import annotations

import re

# Python modules never imported by the kit (PyInstaller then also skips their Qt hooks).
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml", "QtLabsStyleKit", "QtQmlFeatures",
)
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "test", "unittest", "pydoc_data", "lib2to3", "idlelib", "distutils",
    "setuptools", "pip", "pytest", "_pytest", "pytestqt", "PyInstaller", "yaml", "pypdf",
    "zxingcpp", "PIL", "numpy", "kit.checks.build_catalog", "kit.phone.catalog_build",
)


def python_excludes() -> list[str]:
    return [*PYTHON_EXCLUDED, *(f"PySide6.{m}" for m in QT_MODULES_EXCLUDED)]


# Qt shared libraries the kit needs. Everything else named Qt6<Name> is dropped.
# Svg: the SVG icon engine and image plugin (theme icons); DBus: linked by QtGui on Linux;
# XcbQpa/WaylandClient: the Linux platform plugins.
QT_LIBS_KEPT = {"Core", "Gui", "Widgets", "PrintSupport", "DBus", "Svg", "XcbQpa", "WaylandClient"}

# Plugin folder -> the plugin names kept (None: keep all of that type). Types not listed are dropped.
PLUGINS_KEPT: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platforms/darwin": None,
    # Linux: the XDG portal theme only. The GTK 3 theme would bring a second copy of GTK's
    # libraries (cairo, pango, gio, ...) that can clash with the system's GTK, and GTK file
    # dialogs that record recent files.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qgif", "qico", "qjpeg", "qsvg", "qtiff", "qwebp"},
    "iconengines": None,
    "printsupport": None,
    "styles": None,
    "accessiblebridge": None,
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
}

# Libraries taken from the system instead of the bundle (Linux). libcups and its own
# dependencies (GnuTLS, Kerberos, Avahi, ...) must match the system's print service; without it
# the printer list is empty and printing to PDF still works.
SYSTEM_PROVIDED = {"libcups.so.2"}

QT_TRANSLATIONS_KEPT = {f"qtbase_{lang}" for lang in ("nl", "fr", "en")}


def _norm(dest: str) -> str:
    return str(dest).replace("\\", "/")


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(plugin type, plugin name) of a Qt plugin: PySide6/Qt/plugins/platforms/libqxcb.so ->
    ("platforms", "qxcb"); on Windows PySide6/plugins/platforms/qwindows.dll. Else None."""
    parts = _norm(dest).split("/")
    if parts[0] != "PySide6" or "plugins" not in parts[:-1]:
        return None
    i = parts.index("plugins")
    name = parts[-1].split(".")[0]
    return "/".join(parts[i + 1:-1]), name.removeprefix("lib")


_QT_LIB = re.compile(r"(?:lib)?Qt6([A-Za-z0-9]+?)(?:\.so(?:\.\d+)*|\.dll|(?:\.\d+)*\.dylib)")
_FRAMEWORK = re.compile(r"/Qt([A-Za-z0-9]+)\.framework(?:/|$)")


def qt_lib_of(dest: str) -> str | None:
    """The Qt module of a Qt shared library: libQt6Gui.so.6, Qt6Gui.dll, QtGui.framework -> Gui."""
    d = _norm(dest)
    if not d.startswith("PySide6/") or plugin_of(d):
        return None
    m = _FRAMEWORK.search(d)
    if m:
        return m.group(1)
    m = _QT_LIB.fullmatch(d.rsplit("/", 1)[-1])
    return m.group(1) if m else None


def keep_binary(dest: str) -> bool:
    if _norm(dest).rsplit("/", 1)[-1] in SYSTEM_PROVIDED:
        return False
    plugin = plugin_of(dest)
    if plugin is not None:
        kind, name = plugin
        if kind not in PLUGINS_KEPT:
            return False
        names = PLUGINS_KEPT[kind]
        return names is None or name in names
    lib = qt_lib_of(dest)
    return lib is None or lib in QT_LIBS_KEPT


def keep_data(dest: str) -> bool:
    parts = _norm(dest).split("/")
    if parts[0] != "PySide6":
        return True
    if "translations" in parts[:-1]:
        return parts[-1].removesuffix(".qm") in QT_TRANSLATIONS_KEPT
    if "qml" in parts[:-1] or "metatypes" in parts[:-1]:
        return False
    return keep_binary(dest)


def split_toc(toc, keep) -> tuple[list, list]:
    """PyInstaller TOC entries (dest, src, typecode): (kept, dropped) by destination."""
    kept, dropped = [], []
    for entry in toc:
        (kept if keep(entry[0]) else dropped).append(entry)
    return kept, dropped


def drop_dangling(toc, present: set[str]) -> list:
    """Without the symbolic links (dest, target, "SYMLINK") whose target is not in `present`."""
    return [e for e in toc if e[2] != "SYMLINK" or _norm(e[1]) in present]


def _base(name: str) -> str:
    return _norm(name).rsplit("/", 1)[-1].lower()


def prune(kept: list, dropped: list, imports) -> list:
    """The entries of `kept` that something kept still needs, once `dropped` is gone.

    `imports(entry)` gives the names of the libraries an entry links to directly. An entry
    that nothing links to (a Python extension, a plugin, libpython, a library loaded with
    ctypes) stays; a library only linked from dropped entries (say, GTK's cairo for the GTK
    theme plugin) goes, and so does a symbolic link whose target went.
    """
    links = [e for e in kept if e[2] == "SYMLINK"]  # (dest, target dest, "SYMLINK")
    kept = [e for e in kept if e[2] != "SYMLINK"]
    dropped = [e for e in dropped if e[2] != "SYMLINK"]
    deps = {e[0]: {_base(n) for n in imports(e)} for e in (*kept, *dropped)}
    linked = set().union(*deps.values()) if deps else set()
    by_name = {_base(e[0]): e for e in kept}
    stack = [e for e in kept if _base(e[0]) not in linked]
    reached: set[str] = set()
    while stack:
        entry = stack.pop()
        if entry[0] not in reached:
            reached.add(entry[0])
            stack.extend(by_name[n] for n in deps[entry[0]] if n in by_name)
    return [e for e in kept if e[0] in reached] + [e for e in links if _norm(e[1]) in reached]
