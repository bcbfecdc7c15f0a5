"""What a check finds, and the report of a whole check run."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

OK, ATTENTION, INFO, UNKNOWN = "ok", "attention", "info", "unknown"
STATUSES = (ATTENTION, INFO, UNKNOWN, OK)  # also the order of the groups in a report
JSON_FIELDS = ("id", "status", "title", "detail", "meaning", "advice", "evidence", "needs_admin")


@dataclass
class Finding:
    """One answer of one check, in plain language.

    title / detail: what we found; meaning: what it means for someone who may be watched;
    advice: what to do; evidence: what was read; needs_admin: whether admin rights would
    give a fuller answer. `params` keeps the language-neutral facts, so that `localized()`
    can give the same finding in another language.
    """

    id: str
    status: str
    title: str
    detail: str
    meaning: str
    advice: str
    evidence: list[str] = field(default_factory=list)
    needs_admin: bool = False
    language: str = "en"
    params: dict[str, Any] = field(default_factory=dict, repr=False)
    variant: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")

    @classmethod
    def make(cls, check_id: str, status: str, evidence: list[str] | None = None, *,
             needs_admin: bool = False, variant: str | None = None, language: str = "en",
             **params: Any) -> Finding:
        from kit.checks.i18n import render

        texts = render(check_id, status, params, language, variant)
        return cls(id=check_id, status=status, evidence=list(evidence or []),
                   needs_admin=needs_admin, language=language, params=params, variant=variant,
                   **texts)

    def localized(self, language: str) -> Finding:
        from kit.checks.i18n import render

        if language == self.language:
            return self
        return replace(self, language=language,
                       **render(self.id, self.status, self.params, language, self.variant))

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "title": self.title, "detail": self.detail,
                "meaning": self.meaning, "advice": self.advice, "evidence": list(self.evidence),
                "needs_admin": self.needs_admin}


@dataclass
class Report:
    platform: str
    started: str             # ISO 8601 time with time zone
    duration_s: float
    findings: list[Finding]
    language: str = "en"
    cancelled: bool = False

    def grouped(self) -> dict[str, list[Finding]]:
        """Findings per status, in the order: attention, info, unknown, ok."""
        return {s: [f for f in self.findings if f.status == s] for s in STATUSES}

    def counts(self) -> dict[str, int]:
        return {s: len(v) for s, v in self.grouped().items()}

    def localized(self, language: str) -> Report:
        return replace(self, language=language,
                       findings=[f.localized(language) for f in self.findings])

    def as_json(self) -> dict[str, Any]:
        return {"platform": self.platform, "started": self.started,
                "duration_s": self.duration_s, "findings": [f.as_json() for f in self.findings]}
