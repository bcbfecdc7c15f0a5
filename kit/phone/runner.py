"""Run the phone checks on one source (live or replayed) and give a PhoneReport.

    report = run_phone_check(source, language="nl", progress=on_progress, cancel=stop_event)

`progress(done, total, check_id, finding)` is called after each check, as in the computer
check. Checks run one after another: they share the reads, and a live phone answers one
command at a time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import kit.phone.texts  # noqa: F401 - registers the phone texts
from kit.checks.model import Finding, Report
from kit.checks.probe.base import FAILED
from kit.phone import android, ios
from kit.phone.android import unknown
from kit.phone.catalog import PhoneCatalog, load

Progress = Callable[[int, int, str, Finding], Any]


@dataclass
class PhoneReport(Report):
    device: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"platform": self.platform, "device": dict(self.device), "started": self.started,
                "duration_s": self.duration_s, "findings": [f.as_json() for f in self.findings]}


def checks_for(kind: str) -> list[tuple[str, Callable]]:
    return android.CHECKS if kind == "android" else ios.CHECKS


def run_phone_check(source, *, language: str = "en", progress: Progress | None = None,
                    cancel: Any = None, catalog: PhoneCatalog | None = None,
                    today: dt.date | None = None) -> PhoneReport:
    t0 = time.monotonic()
    started = dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")
    catalog = catalog or load()
    module = android if source.kind == "android" else ios
    data = (android.AndroidData if source.kind == "android" else ios.IosData)(source, catalog, today)
    checks = module.CHECKS
    findings: list[Finding] = []
    cancelled = False
    for i, (cid, func) in enumerate(checks, 1):
        if cancel is not None and cancel.is_set():
            cancelled = True
            break
        try:
            got = func(data)
        except Exception as e:  # noqa: BLE001 - one broken check must not stop the others
            if type(e).__name__ == "PhoneError":
                raise
            got = [unknown(cid, [f"the check stopped with an error: {type(e).__name__}: {e}"],
                           FAILED, "packages")]
        got = [f.localized(language) for f in got]
        findings += got
        if progress is not None and got:
            progress(i, len(checks), cid, got[0])
    try:
        device = module.device_info(data)
    except Exception:  # noqa: BLE001
        device = {}
    return PhoneReport(platform=source.kind, started=started,
                       duration_s=round(time.monotonic() - t0, 3), findings=findings,
                       language=language, cancelled=cancelled, device=device)
