"""Helpers shared by the benchmarks: statistics, child processes, the machine, Markdown."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MB = 1 << 20


# -- statistics ------------------------------------------------------------------------------
def percentile(values, p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def median(values) -> float:
    return statistics.median(values)


# -- child processes -------------------------------------------------------------------------
def isolated_env(folder: Path, **extra: str) -> dict[str, str]:
    """A fresh, empty profile in `folder`: HOME, the XDG folders and the kit's data folder.

    Offscreen Qt, no portable mode, no user site-packages: every run starts as on a new account."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KIT_", "XDG_", "QT_", "PYTHON"))}
    home = folder / "home"
    for sub in ("config", "share", "cache", "state", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"), XDG_RUNTIME_DIR=str(home / "tmp"),
               TMPDIR=str(home / "tmp"), KIT_DATA_DIR=str(folder / "data"),
               QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1")
    env.update(extra)
    return env


@dataclass
class Child:
    wall: float  # seconds from spawn to exit
    max_rss: int  # bytes, peak resident set size of the child
    returncode: int
    stdout: str
    stderr: str


def run_child(cmd: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> Child:
    """Run `cmd` to completion; wall time and peak RSS of that one child (wait4's rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t
            proc.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in KiB on Linux, in bytes on macOS
            rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
        else:  # Windows: poll the peak working set
            rss = _poll_rss(proc)
            wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        return Child(wall, rss, proc.returncode, out.read().decode(errors="replace"),
                     err.read().decode(errors="replace"))


def _poll_rss(proc: subprocess.Popen) -> int:
    import psutil

    peak = 0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            info = ps.memory_info()
            peak = max(peak, getattr(info, "peak_wset", 0) or info.rss)
        except psutil.Error:
            pass
        time.sleep(0.002)
    return peak


def python_cmd(*args: str) -> list[str]:
    return [sys.executable, *args]


# -- the machine -----------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _os_name() -> str:
    try:
        return platform.freedesktop_os_release()["PRETTY_NAME"] + f" (kernel {platform.release()})"
    except (OSError, AttributeError, KeyError):
        return platform.platform()


def machine() -> dict[str, str]:
    import psutil
    import PySide6
    from PySide6.QtCore import qVersion

    logical = os.cpu_count() or 0
    physical = psutil.cpu_count(logical=False) or logical
    return {
        "Date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "CPU": _cpu_model(),
        "Cores": f"{physical} physical, {logical} logical",
        "RAM": f"{psutil.virtual_memory().total / (1 << 30):.1f} GiB",
        "OS": _os_name(),
        "Python": platform.python_version(),
        "PySide6": f"{PySide6.__version__} (Qt {qVersion()})",
    }


# -- Markdown --------------------------------------------------------------------------------
def table(headers: list[str], rows: list[list], align: str = "") -> str:
    """A Markdown table; `align` has one letter per column, 'l' or 'r' (default: l, then r)."""
    align = align or "l" + "r" * (len(headers) - 1)
    lines = ["| " + " | ".join(headers) + " |",
             "|" + "|".join("---" if a == "l" else "---:" for a in align) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"
