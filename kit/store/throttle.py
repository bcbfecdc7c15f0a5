"""An increasing wait after wrong passphrases: 0, 1, 2, 4, 8 ... seconds, at most 30.

Qt-free: the UI greys out the unlock button for `remaining()` seconds, the CLI just exits.
The counter lives in memory only; restarting the app resets it (the key derivation of SQLCipher
makes every guess slow anyway).
"""

from __future__ import annotations

import time
from collections.abc import Callable


class UnlockThrottle:
    def __init__(self, cap: float = 30.0, clock: Callable[[], float] = time.monotonic):
        self.cap = cap
        self._clock = clock
        self.failures = 0
        self._not_before = 0.0

    def delay_after(self, failures: int) -> float:
        """The wait imposed after `failures` wrong passphrases in a row."""
        if failures <= 1:
            return 0.0
        return float(min(self.cap, 2 ** (failures - 2)))

    def failed(self) -> float:
        """Record a wrong passphrase; returns the seconds to wait before the next try."""
        self.failures += 1
        delay = self.delay_after(self.failures)
        self._not_before = self._clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0

    def remaining(self) -> float:
        """Seconds left before another try is allowed (0 when allowed now)."""
        return max(0.0, self._not_before - self._clock())

    def ready(self) -> bool:
        return self.remaining() == 0.0
