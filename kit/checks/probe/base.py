"""The read-only probe interface: the only way checks see the computer.

Every method returns a `Read`: either a value, or an error code that says why the
data could not be read. A probe never raises and never changes anything.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Generic, TypeVar

T = TypeVar("T")

NOT_FOUND = "not_found"      # the file, folder, key or value does not exist
DENIED = "denied"            # it exists, but we may not read it
NO_COMMAND = "no_command"    # the system tool is not installed
TIMEOUT = "timeout"          # it took too long
FAILED = "failed"            # anything else went wrong
UNSUPPORTED = "unsupported"  # not available on this system (e.g. the registry on Linux)
ERRORS = (NOT_FOUND, DENIED, NO_COMMAND, TIMEOUT, FAILED, UNSUPPORTED)

METHODS = ("reg_values", "reg_subkeys", "run", "read_file", "read_fields", "query_db",
           "list_dir", "processes", "listening", "event_taps")


@dataclass(frozen=True)
class Read(Generic[T]):
    """The outcome of one read: `value` when `error` is None."""

    value: T | None = None
    error: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    @classmethod
    def fail(cls, error: str, detail: str = "") -> Read:
        assert error in ERRORS, error
        return cls(None, error, detail)


@dataclass(frozen=True)
class CommandOutput:
    rc: int
    out: str
    err: str = ""


@dataclass(frozen=True)
class ProcessInfo:
    pid: int
    name: str
    exe: str = ""


@dataclass(frozen=True)
class Listener:
    proto: str
    addr: str
    port: int
    pid: int | None = None
    process: str = ""


@dataclass(frozen=True)
class DirEntry:
    name: str
    kind: str  # "file", "dir", "link" or "other"


@dataclass(frozen=True)
class PlatformInfo:
    system: str            # "windows", "macos" or "linux"
    release: str = ""
    version: str = ""
    machine: str = ""
    home: str = ""
    user: str = ""
    admin: bool = False
    env: dict[str, str] = field(default_factory=dict)

    def path(self, *parts: str) -> str:
        """Join path parts the way this system does."""
        cls = PureWindowsPath if self.system == "windows" else PurePosixPath
        return str(cls(*parts))

    def getenv(self, name: str, default: str = "") -> str:
        return self.env.get(name) or default

    def as_json(self) -> dict[str, Any]:
        return {"system": self.system, "release": self.release, "version": self.version,
                "machine": self.machine, "home": self.home, "user": self.user,
                "admin": self.admin, "env": dict(sorted(self.env.items()))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlatformInfo:
        return cls(system=data["system"], release=data.get("release", ""),
                   version=data.get("version", ""), machine=data.get("machine", ""),
                   home=data.get("home", ""), user=data.get("user", ""),
                   admin=bool(data.get("admin", False)), env=dict(data.get("env", {})))


class Probe(ABC):
    """Read-only access to the computer. Subclasses implement `read(method, *args)`."""

    @abstractmethod
    def platform(self) -> PlatformInfo: ...

    @abstractmethod
    def read(self, method: str, *args: Any) -> Read: ...

    def reg_values(self, key: str) -> Read[dict[str, Any]]:
        """The values of a registry key, e.g. "HKLM\\SOFTWARE\\Microsoft\\...". Windows only."""
        return self.read("reg_values", key)

    def reg_subkeys(self, key: str) -> Read[list[str]]:
        return self.read("reg_subkeys", key)

    def run(self, argv: Sequence[str]) -> Read[CommandOutput]:
        """Run a command given with its absolute path. A non-zero exit code is not an error."""
        return self.read("run", tuple(argv))

    def read_file(self, path: str) -> Read[str]:
        return self.read("read_file", path)

    def read_fields(self, path: str, fields: Sequence[str], fmt: str = "json") -> Read[list]:
        """Only the named fields of a JSON or plist file, never the rest (tokens stay unread).

        A field is a dotted path; "*" matches every key or list item. The value is a list of
        [path-as-list, value] pairs for the scalar values found.
        """
        return self.read("read_fields", path, fmt, tuple(fields))

    def query_db(self, path: str, sql: str) -> Read[list[list]]:
        """Rows of a read-only query on an SQLite file (opened read-only)."""
        return self.read("query_db", path, sql)

    def list_dir(self, path: str) -> Read[list[DirEntry]]:
        return self.read("list_dir", path)

    def processes(self) -> Read[list[ProcessInfo]]:
        return self.read("processes")

    def listening(self) -> Read[list[Listener]]:
        """TCP sockets in the LISTEN state, with the owning process where it can be read."""
        return self.read("listening")

    def event_taps(self) -> Read[list[dict[str, Any]]]:
        """macOS keyboard and mouse event taps (CGGetEventTapList)."""
        return self.read("event_taps")
