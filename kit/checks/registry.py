"""The list of checks: each registered with an id, the systems it runs on and a short title."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from kit.checks.i18n import check_name
from kit.checks.model import Finding
from kit.checks.probe.base import Probe

EVERY = ("windows", "macos", "linux")
MODULES = (
    "kit.checks.everywhere.processes", "kit.checks.everywhere.installed",
    "kit.checks.everywhere.spynames", "kit.checks.everywhere.ports",
    "kit.checks.everywhere.browsers",
    "kit.checks.windows.remote", "kit.checks.windows.privacy", "kit.checks.windows.startup",
    "kit.checks.windows.accounts", "kit.checks.windows.access",
    "kit.checks.macos.sharing", "kit.checks.macos.privacy", "kit.checks.macos.startup",
    "kit.checks.macos.accounts", "kit.checks.macos.management",
    "kit.checks.linux.remote", "kit.checks.linux.shares", "kit.checks.linux.privacy",
    "kit.checks.linux.startup", "kit.checks.linux.accounts",
)

CheckFunc = Callable[[Probe], "Finding | list[Finding]"]


@dataclass(frozen=True)
class Check:
    id: str
    platforms: tuple[str, ...]
    func: CheckFunc

    def title(self, language: str = "en") -> str:
        return check_name(self.id, language)

    def __call__(self, probe: Probe) -> list[Finding]:
        out = self.func(probe)
        return list(out) if isinstance(out, (list, tuple)) else [out]


_CHECKS: dict[str, Check] = {}


def check(check_id: str, platforms: tuple[str, ...] = EVERY):
    """Register a check function `(probe) -> Finding | list[Finding]`."""
    def register(func: CheckFunc) -> CheckFunc:
        if check_id in _CHECKS and _CHECKS[check_id].func is not func:
            raise ValueError(f"check {check_id!r} registered twice")
        _CHECKS[check_id] = Check(check_id, tuple(platforms), func)
        return func
    return register


def _load() -> None:
    for name in MODULES:
        importlib.import_module(name)


def all_checks(platform: str | None = None) -> list[Check]:
    """Every check (or those for one system), in a stable order."""
    _load()
    return [c for c in _CHECKS.values() if platform is None or platform in c.platforms]


def get(check_id: str) -> Check:
    _load()
    return _CHECKS[check_id]
