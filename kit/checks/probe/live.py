"""The live probe: reads this computer with winreg, psutil and subprocess.

Every read has a timeout, every result is cached (one read per thing per check run) and the
cache is safe to use from many threads. Nothing is ever written or changed.
"""

from __future__ import annotations

import getpass
import os
import platform as _platform
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

from kit.checks.probe import live_macos, live_os, live_windows
from kit.checks.probe.base import (
    FAILED,
    NO_COMMAND,
    TIMEOUT,
    UNSUPPORTED,
    PlatformInfo,
    Probe,
    Read,
)
from kit.checks.probe.cache import OnceCache
from kit.checks.probe.snapshot import key as snapshot_key
from kit.portable import host_environ

ENV_KEYS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
            "XDG_SESSION_TYPE", "APPDATA", "LOCALAPPDATA", "PROGRAMDATA", "USERPROFILE",
            "SystemRoot", "SystemDrive", "ProgramFiles", "ProgramFiles(x86)", "ALLUSERSPROFILE")

SYSTEMS = {"win32": "windows", "darwin": "macos"}


def current_system() -> str:
    return SYSTEMS.get(sys.platform, "linux")


def _is_admin() -> bool:
    if hasattr(os, "geteuid"):
        return os.geteuid() == 0
    try:
        import ctypes

        return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        return False


def _os_version(system: str) -> str:
    if system == "macos":
        return _platform.mac_ver()[0]
    if system == "windows":
        return _platform.version()
    text = live_os.read_file("/etc/os-release").value or ""
    for line in text.splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip().strip('"')
    return ""


class LiveProbe(Probe):
    """Reads the computer it runs on. `timeout` is the limit for each single read.

    `root` makes it read a fake file system instead (a throw-away folder that stands for "/",
    used by benchmarks/detection.py): every path is read below it, commands are "missing", and
    `processes` and `listeners` are the process and socket tables to report. `platform` then
    gives the system it pretends to be.
    """

    def __init__(self, timeout: float = 4.0, workers: int = 8, *, root: str | None = None,
                 processes: list | None = None, listeners: list | None = None,
                 platform: PlatformInfo | None = None):
        self.timeout = timeout
        self.root = root
        self._fake_tables = (list(processes or []), list(listeners or []))
        self._cache = OnceCache()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="probe")
        self._platform: PlatformInfo | None = None
        if root is not None:
            self._platform = platform or PlatformInfo(system="linux", home="/home/user", user="user")
        self._lock = threading.Lock()

    @property
    def reads(self) -> int:
        """How many distinct things were read (the rest came from the cache)."""
        return self._cache.misses

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def platform(self) -> PlatformInfo:
        with self._lock:
            if self._platform is None:
                system = current_system()
                host = host_environ()  # in portable mode: the real profile, not the stick's
                self._platform = PlatformInfo(
                    system=system, release=_platform.release(), version=_os_version(system),
                    machine=_platform.machine(), home=str(Path.home()), user=_user(),
                    admin=_is_admin(),
                    env={k: host[k] for k in ENV_KEYS if host.get(k)})
            return self._platform

    def read(self, method: str, *args: Any) -> Read:
        return self._cache.get(snapshot_key(method, *args), lambda: self._timed(method, args))

    def _timed(self, method: str, args: tuple) -> Read:
        fn = self._dispatch(method)
        if fn is None:
            return Read.fail(UNSUPPORTED, method)
        if method == "run":  # subprocess has its own timeout, which also stops the command
            return self._safe(fn, args)
        fut = self._pool.submit(self._safe, fn, args)
        try:
            return fut.result(timeout=self.timeout)
        except FutureTimeout:
            return Read.fail(TIMEOUT, f"after {self.timeout:g} s")

    @staticmethod
    def _safe(fn, args: tuple) -> Read:
        try:
            return fn(*args)
        except Exception as e:  # noqa: BLE001 - a probe never raises
            return Read.fail(FAILED, f"{type(e).__name__}: {e}")

    def _rooted(self, method: str):
        """The reads of a probe with a fake root: files below the root, fake tables, no commands."""
        root = self.root or ""

        def inside(path: str) -> str:
            return os.path.join(root, os.path.normpath("/" + path).lstrip("/"))

        return {
            "read_file": lambda path: live_os.read_file(inside(path)),
            "read_fields": lambda path, fmt, fields: live_os.read_fields(inside(path), fmt, fields),
            "query_db": lambda path, sql: live_os.query_db(inside(path), sql),
            "list_dir": lambda path: live_os.list_dir(inside(path)),
            "processes": lambda: Read(self._fake_tables[0]),
            "listening": lambda: Read(self._fake_tables[1]),
            "run": lambda argv: Read.fail(NO_COMMAND, argv[0] if argv else ""),
        }.get(method)

    def _dispatch(self, method: str):
        if self.root is not None:
            return self._rooted(method)
        return {
            "reg_values": live_windows.reg_values,
            "reg_subkeys": live_windows.reg_subkeys,
            "run": lambda argv: live_os.run(argv, self.timeout),
            "read_file": live_os.read_file,
            "read_fields": live_os.read_fields,
            "query_db": live_os.query_db,
            "list_dir": live_os.list_dir,
            "processes": live_os.processes,
            "listening": (lambda: live_macos.listening(self.timeout)) if sys.platform == "darwin"
            else live_os.listening,
            "event_taps": live_macos.event_taps,
        }.get(method)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001
        return ""
