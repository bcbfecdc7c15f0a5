"""The recorder: passes every read through and writes down, redacted, exactly what was read.

`python -m kit check --record FILE` uses it so that people can contribute fixtures from their
own Windows and macOS computers without sharing names, e-mail addresses or home paths.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from kit.checks.probe import snapshot
from kit.checks.probe.base import PlatformInfo, Probe, Read
from kit.checks.probe.redact import Redactor

HOME_STAND_IN = {"windows": "C:\\Users\\user", "macos": "/Users/user", "linux": "/home/user"}
PROFILE_ROOTS = ("/home", "/Users", "C:\\Users")


def local_names(info: PlatformInfo) -> tuple[str, ...]:
    """Account names on this computer, so that they can be redacted wherever they appear."""
    names = {info.user}
    parent, base = os.path.split(info.home.rstrip("/\\"))
    if parent.rstrip("/\\").lower() in {r.lower() for r in PROFILE_ROOTS}:
        names.add(base)
    try:
        import pwd

        floor = 500 if info.system == "macos" else 1000
        names.update(p.pw_name for p in pwd.getpwall() if p.pw_uid >= floor and p.pw_uid < 65534)
    except ImportError:
        pass
    for root in PROFILE_ROOTS:
        try:
            names.update(e.name for e in os.scandir(root) if e.is_dir())
        except OSError:
            continue
    return tuple(sorted(n for n in names if n))


def account_names(argv: Any, out: str) -> list[str]:
    """Account names in the output of the commands that list accounts (Get-LocalUser,
    Win32_UserAccount, Get-LocalGroupMember, dscl GroupMembership), so that accounts without a home folder (never
    signed in) are redacted too."""
    command = " ".join(str(a) for a in argv)
    names: list[str] = []
    for line in out.splitlines():
        if ("Get-LocalUser" in command or "Win32_UserAccount" in command) and line.count("|") >= 4:
            names.append(line.split("|", 4)[4])
        elif "Get-LocalGroupMember" in command and "|" in line:
            names.append(line.split("|", 1)[0].split("\\")[-1])
        elif "GroupMembership" in command and line.startswith("GroupMembership:"):
            names += line.split(":", 1)[1].split()
    return [n.strip() for n in names if n.strip()]


class RecordingProbe(Probe):
    def __init__(self, inner: Probe, names: tuple[str, ...] | None = None):
        self.inner = inner
        info = inner.platform()
        self._redactor = Redactor(info.home, info.user,
                                  local_names(info) if names is None else names,
                                  home_stand_in=HOME_STAND_IN.get(info.system, "/home/user"))
        self._lock = threading.Lock()
        # kept as read and redacted only in snapshot(), once every account name has been seen
        self._reads: dict[str, tuple[str, list, Any]] = {}

    def platform(self) -> PlatformInfo:
        return self.inner.platform()

    def read(self, method: str, *args: Any) -> Read:
        result = self.inner.read(method, *args)
        with self._lock:
            self._reads[snapshot.key(method, *_listify(args))] = (
                method, _listify(args), snapshot.encode(method, result))
            if method == "run" and result.ok:
                for name in account_names(args[0], result.value.out):
                    self._redactor.add_name(name)
        return result

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            r = self._redactor
            platform = r.value(self.inner.platform().as_json())
            reads = {snapshot.key(method, *r.value(args)): r.value(encoded)
                     for method, args, encoded in self._reads.values()}
            return {"format": snapshot.FORMAT, "strict": True, "platform": platform,
                    "reads": dict(sorted(reads.items()))}

    def save(self, path: str | Path) -> None:
        text = json.dumps(self.snapshot(), ensure_ascii=False, indent=1, sort_keys=False)
        from kit.store.files import write_file_safely  # never written through a planted link

        write_file_safely(Path(path), (text + "\n").encode("utf-8"), replace=True)


def _listify(args: tuple) -> list:
    return [list(a) if isinstance(a, tuple) else a for a in args]
