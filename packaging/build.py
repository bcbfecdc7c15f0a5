"""Build the desktop bundle for this operating system: `python packaging/build.py [--smoke]`.

Installs PyInstaller with pip if it is missing, runs packaging/ontkoppel.spec and leaves the
one-folder bundle in dist/ontkoppel (macOS: also dist/Ontkoppel.app). On Linux it also checks
that every bundled library finds the Qt libraries it needs, and packs
dist/ontkoppel-VERSION-linux-ARCH.tar.gz with a .desktop file, the SVG icon and a small
installer for the menu entry. Size and build time are printed and saved in dist/build-info.json.

--smoke then runs the bundled program headless (see packaging/smoke.py) and fails if any
step fails. .ci/run calls this when KIT_BUILD_BUNDLE=1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "ontkoppel"
PYINSTALLER = "pyinstaller>=6.10"
LINUX_EXTRAS = ("ontkoppel.desktop", "ontkoppel.svg", "linux/install-desktop-entry.sh")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--smoke", action="store_true",
                   help="after building, run the bundled program headless and fail if a step fails")
    p.add_argument("--smoke-only", action="store_true",
                   help="only run the smoke test on an existing dist/ontkoppel")
    p.add_argument("--no-tarball", action="store_true", help="Linux: do not make the .tar.gz")
    return p.parse_args(argv)


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"installing {PYINSTALLER} with pip ...")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", PYINSTALLER], check=True)


def make_icons(out: Path) -> None:
    """Windows .ico and macOS .icns from packaging/ontkoppel.svg (Linux uses the SVG itself)."""
    ext = {"win32": "ico", "darwin": "icns"}.get(sys.platform)
    if ext is None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (needed for painting)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "ontkoppel.svg")).render(painter)
    painter.end()
    out.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out / f"ontkoppel.{ext}")):
        print(f"warning: could not write the .{ext} icon; the bundle gets the default icon")


def pyinstaller() -> float:
    t0 = time.perf_counter()
    env = dict(os.environ, KIT_ICON_DIR=str(WORK / "icons"))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
                    str(HERE / "ontkoppel.spec")], check=True, cwd=ROOT, env=env)
    return time.perf_counter() - t0


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def missing_links(bundle: Path) -> tuple[list[str], set[str]]:
    """Linux: (bundled libraries whose Qt/ICU/PySide dependencies are not in the bundle,
    other libraries that are neither in the bundle nor on this build machine)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return [], set()
    internal = bundle / "_internal"
    dirs = sorted({str(p.parent) for p in internal.rglob("*.so*")} | {str(internal)})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(dirs))
    problems, elsewhere = [], set()
    for lib in sorted(internal.rglob("*.so*")):
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            name = line.strip().split(" ", 1)[0]
            if "not found" not in line:
                continue
            if name.lower().startswith(("libqt6", "libicu", "libpyside", "libshiboken")):
                problems.append(f"{lib.relative_to(bundle)} needs {name}")
            else:
                elsewhere.add(name)
    return problems, elsewhere


def linux_tarball(bundle: Path, version: str) -> Path:
    for extra in LINUX_EXTRAS:
        target = bundle / Path(extra).name
        shutil.copy2(HERE / extra, target)
    (bundle / "install-desktop-entry.sh").chmod(0o755)
    tarball = DIST / f"ontkoppel-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(bundle, arcname=f"ontkoppel-{version}")
    return tarball


def build(args) -> dict:
    sys.path.insert(0, str(ROOT))
    from kit import __version__

    ensure_pyinstaller()
    make_icons(WORK / "icons")
    seconds = pyinstaller()
    info = {"version": __version__, "platform": sys.platform, "machine": platform.machine(),
            "build_seconds": round(seconds, 1), "bundle": str(BUNDLE.relative_to(ROOT)),
            "bundle_bytes": folder_size(BUNDLE)}
    problems, elsewhere = missing_links(BUNDLE)
    if problems:
        raise SystemExit("the bundle misses libraries:\n  " + "\n  ".join(problems))
    if elsewhere:  # e.g. libxcb-icccm.so.4: install it here to bundle it, else users need it
        print("note: not on this build machine, so not bundled (the computers that run the kit "
              "need them): " + ", ".join(sorted(elsewhere)))
    if sys.platform.startswith("linux") and not args.no_tarball:
        tarball = linux_tarball(BUNDLE, __version__)
        info.update(tarball=str(tarball.relative_to(ROOT)), tarball_bytes=tarball.stat().st_size)
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    mib = 1024 * 1024
    print(f"bundle: {BUNDLE} ({info['bundle_bytes'] / mib:.1f} MiB), built in {seconds:.0f} s")
    if "tarball" in info:
        print(f"tarball: {info['tarball']} ({info['tarball_bytes'] / mib:.1f} MiB)")
    return info


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if not args.smoke_only:
        build(args)
    if args.smoke or args.smoke_only:
        sys.path.insert(0, str(ROOT))
        sys.path.insert(0, str(HERE))
        import smoke

        return 1 if smoke.run(BUNDLE) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
