"""The evidence journal on top of a Store.

Editing keeps history: every change (create, edit, delete, restore, attachment added or
removed) adds a revision holding the full state after the change, with its time, in the same
transaction as the change. So every earlier version stays readable and `history()` shows what
changed and when.

Delete is a *soft* delete: the entry is marked deleted (and left out of lists and exports by
default), the deletion is a revision in its history, and `restore()` undoes it. Nothing of an
evidence log disappears silently; "erase everything" is the way to remove it all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from kit.journal import attachments as files
from kit.journal.model import (
    FIELDS,
    Attachment,
    Entry,
    Revision,
    to_incident_time,
    utc_text,
)
from kit.journal.types import check_type
from kit.store.clock import now_text, parse

_COLUMNS = {"incident_at": "incident_at", "type": "type", "description": "description",
            "where": "place", "people": "people"}


def _attachment(row: dict) -> Attachment:
    return Attachment(row["id"], row["entry_id"], row["name"], row["size"], row["mime"],
                      row["sha256"], parse(row["added_at"]), row["original_path"],
                      parse(row["removed_at"]))


def _entry(row: dict, attachments: tuple[Attachment, ...]) -> Entry:
    return Entry(row["id"], row["type"], datetime.fromisoformat(row["incident_at"]),
                 row["description"], row["place"], row["people"], parse(row["created_at"]),
                 parse(row["updated_at"]), row["version"], parse(row["deleted_at"]),
                 attachments)


def _changes(before: dict | None, after: dict) -> dict:
    before = before or {}
    return {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}


class Journal:
    def __init__(self, store):
        self.store = store

    # -- writing ---------------------------------------------------------------------
    def add(self, type: str, description: str, *, incident_at: datetime | str | None = None,
            where: str = "", people: str = "") -> int:
        """A new entry; returns its id. The incident time may differ from now."""
        check_type(type)
        when = to_incident_time(incident_at)
        stamp = now_text()
        with self.store.transaction() as db:
            table = db["entries"]
            table.insert({"type": type, "incident_at": when.isoformat(),
                          "incident_utc": utc_text(when), "description": description,
                          "place": where, "people": people, "created_at": stamp,
                          "updated_at": stamp, "version": 1})
            entry_id = table.last_rowid
            self._record(db, entry_id, "created", stamp)
        return entry_id

    def edit(self, entry_id: int, **changes) -> Entry:
        """Change fields (incident_at, type, description, where, people). No-op if unchanged."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise ValueError("unknown field; editable fields: " + ", ".join(FIELDS))
        values: dict[str, str] = {}
        if "type" in changes:
            values["type"] = check_type(changes["type"])
        if "incident_at" in changes:
            when = to_incident_time(changes["incident_at"])
            values["incident_at"] = when.isoformat()
            values["incident_utc"] = utc_text(when)
        for name in ("description", "where", "people"):
            if name in changes:
                values[_COLUMNS[name]] = str(changes[name])
        with self.store.transaction() as db:
            row = self._row(db, entry_id)
            values = {k: v for k, v in values.items() if row[k] != v}
            if values:
                stamp = now_text()
                db["entries"].update(entry_id, {**values, "updated_at": stamp})
                self._record(db, entry_id, "edited", stamp)
        return self.entry(entry_id)

    def delete(self, entry_id: int) -> None:
        """Soft delete, recorded in the history; see `restore`."""
        self._set_deleted(entry_id, True)

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, False)

    def _set_deleted(self, entry_id: int, deleted: bool) -> None:
        with self.store.transaction() as db:
            row = self._row(db, entry_id)
            if (row["deleted_at"] is not None) == deleted:
                return
            stamp = now_text()
            db["entries"].update(entry_id, {"deleted_at": stamp if deleted else None,
                                            "updated_at": stamp})
            self._record(db, entry_id, "deleted" if deleted else "restored", stamp)

    def _record(self, db, entry_id: int, action: str, stamp: str) -> None:
        """Bump the version and store the state after the change (same transaction)."""
        version = 1
        if action != "created":
            version = self._row(db, entry_id)["version"] + 1
            db["entries"].update(entry_id, {"version": version})
        snapshot = self._load(db, entry_id).snapshot()
        db["entry_history"].insert({"entry_id": entry_id, "version": version, "at": stamp,
                                    "action": action, "snapshot": json.dumps(snapshot)})

    # -- attachments -------------------------------------------------------------------
    def add_attachment(self, entry_id: int, path: Path, *,
                       progress: Callable[[int, int], None] | None = None,
                       cancel=None, keep_path: bool = False) -> Attachment:
        """Copy a file into the store in 1 MiB chunks, hashing (SHA-256) while copying.

        `progress(done_bytes, total_bytes)` is called per chunk; `cancel` is a callable or a
        threading.Event: when it turns true the copy stops, leaves nothing behind and raises
        Cancelled. The original path is stored only with `keep_path=True`."""
        self._check_open_entry(entry_id)
        att_id = files.import_file(self.store, entry_id, Path(path), progress, cancel, keep_path)
        return self._attached(entry_id, att_id)

    def add_attachment_data(self, entry_id: int, name: str, data: bytes,
                            mime: str | None = None) -> Attachment:
        """Attach bytes the kit made itself (for example a computer-check snapshot)."""
        self._check_open_entry(entry_id)
        return self._attached(entry_id, files.import_bytes(self.store, entry_id, name, data, mime))

    def _check_open_entry(self, entry_id: int) -> None:
        with self.store.reading() as db:
            row = self._row(db, entry_id)
        if row["deleted_at"] is not None:
            raise ValueError("the entry is deleted; restore it first")

    def _attached(self, entry_id: int, att_id: int) -> Attachment:
        with self.store.transaction() as db:
            stamp = now_text()
            db["entries"].update(entry_id, {"updated_at": stamp})
            self._record(db, entry_id, "attachment-added", stamp)
            return _attachment(db["attachments"].get(att_id))

    def remove_attachment(self, attachment_id: int) -> None:
        """Soft removal, recorded in the entry's history (the bytes stay in the store)."""
        with self.store.transaction() as db:
            row = db["attachments"].get(attachment_id)
            if row["removed_at"] is not None:
                return
            stamp = now_text()
            db["attachments"].update(attachment_id, {"removed_at": stamp})
            db["entries"].update(row["entry_id"], {"updated_at": stamp})
            self._record(db, row["entry_id"], "attachment-removed", stamp)

    def attachment(self, attachment_id: int) -> Attachment:
        with self.store.reading() as db:
            rows = list(db.query("SELECT * FROM attachments WHERE id = ? AND complete = 1",
                                 [attachment_id]))
        if not rows:
            raise KeyError("no such attachment")
        return _attachment(rows[0])

    def read_attachment(self, attachment_id: int) -> Iterator[bytes]:
        """The file's bytes, chunk by chunk (never the whole file in memory)."""
        return files.read_chunks(self.store, attachment_id)

    def save_attachment(self, attachment_id: int, target: Path) -> str:
        """Write the file to `target` (never overwrites); returns the SHA-256 of what it wrote."""
        return files.save_to(self.store, attachment_id, Path(target))

    def verify_attachment(self, attachment_id: int) -> bool:
        """Recompute the hash from the stored chunks and compare it with the recorded one."""
        return files.hash_stored(self.store, attachment_id) == self.attachment(attachment_id).sha256

    # -- reading -----------------------------------------------------------------------
    @staticmethod
    def _row(db, entry_id: int) -> dict:
        rows = list(db.query("SELECT * FROM entries WHERE id = ?", [entry_id]))
        if not rows:
            raise KeyError("no such entry")
        return rows[0]

    def _load(self, db, entry_id: int) -> Entry:
        atts = tuple(_attachment(r) for r in db.query(
            "SELECT * FROM attachments WHERE entry_id = ? AND complete = 1 AND removed_at IS NULL "
            "ORDER BY id", [entry_id]))
        return _entry(self._row(db, entry_id), atts)

    def entry(self, entry_id: int) -> Entry:
        with self.store.reading() as db:
            return self._load(db, entry_id)

    def entries(self, type: str | None = None, since: datetime | str | None = None,
                until: datetime | str | None = None, include_deleted: bool = False) -> list[Entry]:
        """Entries in chronological order of the incident; filters by type and incident time."""
        where, params = ["1 = 1"], []
        if type:
            where.append("type = ?")
            params.append(type)
        if since is not None:
            where.append("incident_utc >= ?")
            params.append(utc_text(to_incident_time(since)))
        if until is not None:
            where.append("incident_utc <= ?")
            params.append(utc_text(to_incident_time(until)))
        if not include_deleted:
            where.append("deleted_at IS NULL")
        clause = " AND ".join(where)
        with self.store.reading() as db:
            rows = list(db.query(f"SELECT * FROM entries WHERE {clause} "
                                 "ORDER BY incident_utc, id", params))
            by_entry: dict[int, list[Attachment]] = {}
            for r in db.query("SELECT * FROM attachments WHERE complete = 1 AND removed_at IS NULL "
                              "ORDER BY id"):
                by_entry.setdefault(r["entry_id"], []).append(_attachment(r))
        return [_entry(r, tuple(by_entry.get(r["id"], ()))) for r in rows]

    def count(self, include_deleted: bool = False) -> int:
        clause = "" if include_deleted else " WHERE deleted_at IS NULL"
        with self.store.reading() as db:
            return db.execute(f"SELECT count(*) FROM entries{clause}").fetchone()[0]

    def history(self, entry_id: int) -> list[Revision]:
        """Every version, oldest first, with what changed compared to the version before."""
        with self.store.reading() as db:
            self._row(db, entry_id)
            rows = list(db.query("SELECT * FROM entry_history WHERE entry_id = ? ORDER BY version",
                                 [entry_id]))
        out, before = [], None
        for r in rows:
            snapshot = json.loads(r["snapshot"])
            out.append(Revision(r["version"], parse(r["at"]), r["action"],
                                _changes(before, snapshot), snapshot))
            before = snapshot
        return out
