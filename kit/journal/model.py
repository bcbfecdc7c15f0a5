"""What the journal hands out: entries, attachments and revisions (plain, immutable values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

# The editable fields of an entry, in the order reports show them.
FIELDS = ("incident_at", "type", "description", "where", "people")


@dataclass(frozen=True)
class Attachment:
    id: int
    entry_id: int
    name: str
    size: int
    mime: str
    sha256: str
    added_at: datetime
    original_path: str | None = None
    removed_at: datetime | None = None

    def summary(self) -> dict:
        return {"id": self.id, "name": self.name, "size": self.size, "mime": self.mime,
                "sha256": self.sha256}


@dataclass(frozen=True)
class Entry:
    id: int
    type: str
    incident_at: datetime
    description: str
    where: str
    people: str
    created_at: datetime
    updated_at: datetime
    version: int
    deleted_at: datetime | None = None
    attachments: tuple[Attachment, ...] = ()

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "incident_at": self.incident_at.isoformat(),
            "description": self.description,
            "where": self.where,
            "people": self.people,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "version": self.version,
            "deleted_at": self.deleted_at.isoformat() if self.deleted_at else None,
            "attachments": [a.summary() for a in self.attachments],
        }

    def snapshot(self) -> dict:
        """The state kept in the history: every field plus the attachment list."""
        return {
            "incident_at": self.incident_at.isoformat(),
            "type": self.type,
            "description": self.description,
            "where": self.where,
            "people": self.people,
            "deleted": self.deleted,
            "attachments": [a.summary() for a in self.attachments],
        }


@dataclass(frozen=True)
class Revision:
    """One recorded change. `changes` maps a field to (before, after); `snapshot` is after."""

    version: int
    at: datetime
    action: str  # created | edited | deleted | restored | attachment-added | attachment-removed
    changes: dict = field(default_factory=dict)
    snapshot: dict = field(default_factory=dict)


def to_incident_time(value: datetime | str | None) -> datetime:
    """An aware datetime. Naive values (and ISO text without offset) are local time."""
    if value is None:
        return datetime.now().astimezone().replace(microsecond=0)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("the incident time must be an ISO date and time, "
                             "for example 2026-03-01T14:30") from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")
