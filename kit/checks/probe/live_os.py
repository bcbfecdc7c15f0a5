"""The live reads that work the same on every system: files, folders, commands, processes."""

from __future__ import annotations

import os
import plistlib
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from kit.checks.probe import fields as fieldpick
from kit.checks.probe.base import (
    DENIED,
    FAILED,
    NO_COMMAND,
    NOT_FOUND,
    TIMEOUT,
    CommandOutput,
    DirEntry,
    Listener,
    ProcessInfo,
    Read,
)
from kit.checks.probe.snapshot import plain

MAX_TEXT = 4 * 1024 * 1024
MAX_STRUCTURED = 64 * 1024 * 1024
PASS_ENV = ("HOME", "USER", "LOGNAME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DATA_DIRS",
            "XDG_CONFIG_DIRS", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS", "SystemRoot",
            "SystemDrive", "windir", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "PROGRAMDATA",
            "ProgramFiles", "ProgramFiles(x86)", "USERNAME", "COMPUTERNAME")


def _os_error(e: OSError) -> Read:
    if isinstance(e, (FileNotFoundError, NotADirectoryError)):
        return Read.fail(NOT_FOUND, str(e.filename or ""))
    if isinstance(e, PermissionError):
        return Read.fail(DENIED, str(e.filename or ""))
    return Read.fail(FAILED, f"{type(e).__name__}: {e.strerror or e}")


def command_env() -> dict[str, str]:
    from kit.portable import host_environ

    host = host_environ()  # in portable mode: the real profile, not the stick's
    env = {k: host[k] for k in PASS_ENV if k in host}
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    if sys.platform != "win32":
        env["PATH"] = "/usr/bin:/bin:/usr/sbin:/sbin"
    return env


def run(argv: Sequence[str], timeout: float) -> Read:
    if not argv or not os.path.isabs(argv[0]):
        return Read.fail(FAILED, "commands must be given with an absolute path")
    if not os.path.exists(argv[0]):
        return Read.fail(NO_COMMAND, argv[0])
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(list(argv), capture_output=True, stdin=subprocess.DEVNULL,
                              env=command_env(), timeout=timeout, creationflags=flags)
    except subprocess.TimeoutExpired:
        return Read.fail(TIMEOUT, f"after {timeout:g} s")
    except OSError as e:
        return _os_error(e)
    return Read(CommandOutput(done.returncode, done.stdout.decode("utf-8", "replace"),
                              done.stderr.decode("utf-8", "replace")))


def _read_bytes(path: str, limit: int) -> bytes:
    with open(path, "rb") as f:
        return f.read(limit)


def read_file(path: str) -> Read:
    try:
        return Read(_read_bytes(path, MAX_TEXT).decode("utf-8", "replace"))
    except IsADirectoryError:
        return Read.fail(FAILED, "is a folder")
    except OSError as e:
        return _os_error(e)


def read_fields(path: str, fmt: str, fields: Sequence[str]) -> Read:
    try:
        raw = _read_bytes(path, MAX_STRUCTURED)
    except IsADirectoryError:
        return Read.fail(FAILED, "is a folder")
    except OSError as e:
        return _os_error(e)
    try:
        data = plistlib.loads(raw) if fmt == "plist" else _json(raw)
    except Exception as e:  # noqa: BLE001 - a damaged file is "could not read"
        return Read.fail(FAILED, f"cannot parse: {type(e).__name__}")
    return Read(plain(fieldpick.pick(data, fields)))


def _json(raw: bytes):
    import json

    return json.loads(raw.decode("utf-8-sig", "replace"))


def query_db(path: str, sql: str) -> Read:
    try:
        _read_bytes(path, 16)
    except OSError as e:
        return _os_error(e)
    uri = "file:" + quote(Path(path).as_posix(), safe="/:")
    last: Exception | None = None
    for mode in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            con = sqlite3.connect(uri + mode, uri=True, timeout=1.0)
            try:
                return Read(plain([list(r) for r in con.execute(sql).fetchall()]))
            finally:
                con.close()
        except sqlite3.Error as e:
            last = e
    text = str(last).lower()
    if "authoriz" in text or "unable to open" in text or "permission" in text:
        return Read.fail(DENIED, str(last))
    return Read.fail(FAILED, str(last))


def list_dir(path: str) -> Read:
    try:
        with os.scandir(path) as it:
            entries = []
            for e in it:
                if e.is_symlink():
                    kind = "link"
                elif e.is_dir():
                    kind = "dir"
                elif e.is_file():
                    kind = "file"
                else:
                    kind = "other"
                entries.append(DirEntry(e.name, kind))
    except OSError as e:
        return _os_error(e)
    return Read(sorted(entries, key=lambda d: d.name))


def processes() -> Read:
    import psutil

    found = []
    for p in psutil.process_iter(["pid", "name", "exe"], ad_value=None):
        info = p.info
        if info.get("name"):
            found.append(ProcessInfo(int(info["pid"]), info["name"], info.get("exe") or ""))
    return Read(sorted(found, key=lambda p: p.pid))


def listening() -> Read:
    """psutil reads /proc/net/tcp* on Linux and the kernel tables elsewhere: no socket is opened."""
    import psutil

    try:
        conns = psutil.net_connections(kind="tcp")
    except psutil.AccessDenied:
        return Read.fail(DENIED, "the list of network connections needs admin rights here")
    names: dict[int, str] = {}
    found = set()
    for c in conns:
        if c.status != psutil.CONN_LISTEN or not c.laddr:
            continue
        name = ""
        if c.pid:
            if c.pid not in names:
                try:
                    names[c.pid] = psutil.Process(c.pid).name()
                except (psutil.Error, OSError):
                    names[c.pid] = ""
            name = names[c.pid]
        proto = "tcp6" if ":" in c.laddr.ip else "tcp"
        found.add(Listener(proto, c.laddr.ip, int(c.laddr.port), c.pid, name))
    return Read(sorted(found, key=lambda s: (s.port, s.addr, s.proto)))
