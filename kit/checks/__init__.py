"""The computer check (Qt-free): read-only checks of this computer for remote access and monitoring.

Public API for the app and the CLI:

    from kit.checks import run_checks, Finding, Report
    report = run_checks(language="nl", progress=callback, cancel=event)

Nothing here changes the computer: the probe layer (kit.checks.probe) only reads.
Importing this package is cheap; the runner and the checks load on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["STATUSES", "Finding", "Report", "run_checks", "all_checks"]


def __getattr__(name: str) -> Any:
    if name in ("STATUSES", "Finding", "Report"):
        from kit.checks import model

        return getattr(model, name)
    if name == "run_checks":
        from kit.checks.runner import run_checks

        return run_checks
    if name == "all_checks":
        from kit.checks.registry import all_checks

        return all_checks
    raise AttributeError(name)
