"""Run the checks for this system concurrently, with a time limit per check.

    report = run_checks(language="nl", progress=on_progress, cancel=stop_event)

`progress(done, total, check_id, finding)` is called in the calling thread (run this from a
worker thread in a GUI), once per finished check, in the order checks finish; `finding` is the
first finding of that check. `cancel` is anything with `is_set()` (a threading.Event); when it
is set, no new checks start and the report holds what was finished, with `cancelled=True`.
A check that takes longer than `check_timeout` seconds gives an "unknown" finding.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

from kit.checks.helpers import unknown
from kit.checks.model import Finding, Report
from kit.checks.probe.base import FAILED, TIMEOUT, Probe
from kit.checks.registry import Check, all_checks

Progress = Callable[[int, int, str, Finding], Any]
POLL = 0.05


def _run_one(check: Check, probe: Probe, started: dict[str, float]) -> list[Finding]:
    started[check.id] = time.monotonic()
    try:
        return check(probe)
    except Exception as e:  # noqa: BLE001 - a broken check must not stop the others
        return [unknown(check.id, [f"the check stopped with an error: {type(e).__name__}: {e}"],
                        FAILED, check.id)]


def run_checks(probe: Probe | None = None, *, language: str = "en", platform: str | None = None,
               only: list[str] | None = None, progress: Progress | None = None, cancel: Any = None,
               check_timeout: float = 8.0, workers: int = 8) -> Report:
    """Run every check for the probe's system and return the report."""
    own_probe = probe is None
    if probe is None:
        from kit.checks.probe.live import LiveProbe

        probe = LiveProbe()
    t0 = time.monotonic()
    started_at = dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")
    system = platform or probe.platform().system
    checks = [c for c in all_checks(system) if only is None or c.id in only]
    total = len(checks)
    results: dict[str, list[Finding]] = {}
    running: dict[Future, Check] = {}
    begun: dict[str, float] = {}
    cancelled = False
    pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="check")
    try:
        for c in checks:
            running[pool.submit(_run_one, c, probe, begun)] = c
        while running:
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            done, _ = wait(running, timeout=POLL, return_when=FIRST_COMPLETED)
            now = time.monotonic()
            for fut in done:
                c = running.pop(fut)
                results[c.id] = [f.localized(language) for f in fut.result()]
                _report(progress, len(results), total, c.id, results[c.id])
            for fut, c in list(running.items()):
                if c.id in begun and now - begun[c.id] > check_timeout:
                    running.pop(fut)
                    results[c.id] = [unknown(c.id, [f"the check took longer than {check_timeout:g} s"],
                                             TIMEOUT, c.id).localized(language)]
                    _report(progress, len(results), total, c.id, results[c.id])
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        if own_probe:
            probe.close()  # type: ignore[attr-defined]
    findings = [f for c in checks for f in results.get(c.id, [])]
    return Report(platform=system, started=started_at,
                  duration_s=round(time.monotonic() - t0, 3), findings=findings,
                  language=language, cancelled=cancelled)


def _report(progress: Progress | None, done: int, total: int, check_id: str,
            findings: list[Finding]) -> None:
    if progress is not None and findings:
        progress(done, total, check_id, findings[0])
