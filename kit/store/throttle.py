"""One throttle per data folder: a growing wait after wrong passphrases, kept on disk.

The first FREE wrong passphrases cost nothing (typing mistakes happen under stress); after
that every further one doubles the wait: 1, 2, 4 ... seconds, at most `cap`. The count lives
in `kit.throttle` next to the database, so every way in shares it: both unlock panels, loading
a backup, restoring a backup and the CLI; a restart does not reset it. The file holds only
counts and a time: it reveals nothing about the data.

After the next successful unlock, `succeeded()` returns how many wrong passphrases were typed
since the last unlock, so the owner learns that someone tried.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

THROTTLE_NAME = "kit.throttle"
FREE = 5


class UnlockThrottle:
    def __init__(self, folder: Path | None = None, cap: float = 300.0,
                 clock: Callable[[], float] = time.time, free: int = FREE):
        self.path = Path(folder) / THROTTLE_NAME if folder is not None else None
        self.cap = cap
        self.free = free
        self._clock = clock
        self._state = {"failures": 0, "since_unlock": 0, "not_before": 0.0}

    # -- the file ------------------------------------------------------------------------
    def _load(self) -> dict:
        if self.path is None:
            return self._state
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            state = {"failures": max(0, int(raw.get("failures", 0))),
                     "since_unlock": max(0, int(raw.get("since_unlock", 0))),
                     "not_before": float(raw.get("not_before", 0.0))}
        except FileNotFoundError:
            state = {"failures": 0, "since_unlock": 0, "not_before": 0.0}
        except (OSError, ValueError, TypeError, AttributeError):
            # an unreadable or edited file never opens the door: treat it as after many failures
            state = {"failures": self.free + 8, "since_unlock": self.free + 8,
                     "not_before": self._clock() + self.cap}
        self._state = state
        return state

    def _save(self, state: dict) -> None:
        self._state = state
        if self.path is None:
            return
        from kit.store.files import private_dir, write_file_safely

        with contextlib.suppress(OSError):
            private_dir(self.path.parent)
            write_file_safely(self.path, json.dumps(state).encode("utf-8"), replace=True)

    # -- the rules -----------------------------------------------------------------------
    @property
    def failures(self) -> int:
        return self._load()["failures"]

    def delay_after(self, failures: int) -> float:
        """The wait imposed after `failures` wrong passphrases in a row."""
        if failures <= self.free:
            return 0.0
        return float(min(self.cap, 2 ** (failures - self.free - 1)))

    def failed(self) -> float:
        """Record a wrong passphrase; returns the seconds to wait before the next try."""
        state = dict(self._load())
        state["failures"] += 1
        state["since_unlock"] += 1
        delay = self.delay_after(state["failures"])
        state["not_before"] = self._clock() + delay
        self._save(state)
        return delay

    def succeeded(self) -> int:
        """Reset after a correct passphrase; returns the wrong tries since the last unlock."""
        state = self._load()
        tried = state["since_unlock"]
        if self.path is not None and self.path.exists():
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        self._state = {"failures": 0, "since_unlock": 0, "not_before": 0.0}
        return tried

    def remaining(self) -> float:
        """Seconds left before another try is allowed (0 when allowed now)."""
        state = self._load()
        delay = self.delay_after(state["failures"])
        # a clock set back never makes the wait longer than the rule allows
        return max(0.0, min(delay, state["not_before"] - self._clock()))

    def ready(self) -> bool:
        return self.remaining() == 0.0
