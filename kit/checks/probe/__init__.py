"""The probe layer: the only code in the computer check that touches the operating system.

- `LiveProbe` reads this computer (kit.checks.probe.live, imported lazily: it needs psutil).
- `FixtureProbe` replays a JSON snapshot, including denied, missing and timed-out reads.
- `RecordingProbe` wraps another probe and records, redacted, what the checks read.
"""

from __future__ import annotations

from kit.checks.probe.base import (
    DENIED,
    ERRORS,
    FAILED,
    NO_COMMAND,
    NOT_FOUND,
    TIMEOUT,
    UNSUPPORTED,
    CommandOutput,
    DirEntry,
    Listener,
    PlatformInfo,
    Probe,
    ProcessInfo,
    Read,
)
from kit.checks.probe.fixture import FixtureProbe
from kit.checks.probe.recording import RecordingProbe

__all__ = ["DENIED", "ERRORS", "FAILED", "NOT_FOUND", "NO_COMMAND", "TIMEOUT", "UNSUPPORTED",
           "CommandOutput", "DirEntry", "FixtureProbe", "Listener", "PlatformInfo",
           "ProcessInfo", "Probe", "Read", "RecordingProbe", "live_probe"]


def live_probe(**kwargs) -> Probe:
    from kit.checks.probe.live import LiveProbe

    return LiveProbe(**kwargs)
