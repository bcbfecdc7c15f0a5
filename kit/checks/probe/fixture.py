"""The fixture probe: replays a recorded or hand-written JSON snapshot.

Reads that the snapshot does not mention give "not found" for files, folders and registry
keys, "missing command" for commands and an empty list for processes and sockets, unless
the snapshot says `"strict": true`; then they give "failed". On a Windows snapshot, keys are
compared without regard to case, as Windows does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kit.checks.probe import snapshot
from kit.checks.probe.base import FAILED, NO_COMMAND, NOT_FOUND, PlatformInfo, Probe, Read

DEFAULTS = {"run": Read.fail(NO_COMMAND), "processes": Read([]), "listening": Read([]),
            "event_taps": Read([])}


class FixtureProbe(Probe):
    def __init__(self, data: dict[str, Any]):
        if data.get("format", snapshot.FORMAT) != snapshot.FORMAT:
            raise ValueError(f"unknown snapshot format {data.get('format')!r}")
        self._source = data
        self._platform = PlatformInfo.from_json(data["platform"])
        self._fold = self._platform.system == "windows"
        self._strict = bool(data.get("strict", False))
        self._reads = {self._norm(k): v for k, v in data.get("reads", {}).items()}
        self.asked: list[str] = []

    @classmethod
    def load(cls, path: str | Path) -> FixtureProbe:
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def _norm(self, key: str) -> str:
        return key.lower() if self._fold else key

    def platform(self) -> PlatformInfo:
        return self._platform

    def read(self, method: str, *args: Any) -> Read:
        key = snapshot.key(method, *args)
        self.asked.append(key)
        data = self._reads.get(self._norm(key))
        if data is None:
            if self._strict:
                return Read.fail(FAILED, "not in the snapshot")
            return DEFAULTS.get(method, Read.fail(NOT_FOUND))
        return snapshot.decode(method, data)
