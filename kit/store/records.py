"""Settings, guide progress and notes, the plan and the module session log.

Every write is one committed transaction: when the method returns, the change is on disk.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime

from kit.store.clock import now_text, parse

STEP_STATES = ("done", "skip", "")
LANGUAGE_SETTING = "language"


@dataclass(frozen=True)
class Plan:
    guides: list
    answers: dict
    saved_at: datetime | None


@dataclass(frozen=True)
class Session:
    id: int
    module_id: str
    date: str
    participants: int
    tallies: dict


class RecordsMixin:
    """Mixed into Store, which provides `transaction()` and `reading()`."""

    # settings -----------------------------------------------------------------
    def set_setting(self, key: str, value) -> None:
        with self.transaction() as db:
            db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def get_setting(self, key: str, default=None):
        with self.reading() as db:
            rows = list(db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return json.loads(rows[0]["value"]) if rows else default

    def delete_setting(self, key: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM settings WHERE key = ?", [key])

    def settings(self) -> dict:
        with self.reading() as db:
            return {r["key"]: json.loads(r["value"]) for r in db.query("SELECT * FROM settings")}

    # guide progress and notes ------------------------------------------------
    def set_step(self, guide_id: str, step_id: str, state: str) -> None:
        """state: 'done', 'skip' ('not for me') or '' (not ticked)."""
        if state not in STEP_STATES:
            raise ValueError("state must be 'done', 'skip' or ''")
        with self.transaction() as db:
            if state:
                db["progress"].upsert({"guide_id": guide_id, "step_id": step_id, "state": state,
                                       "updated_at": now_text()}, pk=("guide_id", "step_id"))
            else:
                db.execute("DELETE FROM progress WHERE guide_id = ? AND step_id = ?",
                           [guide_id, step_id])

    def steps(self, guide_id: str) -> dict[str, str]:
        with self.reading() as db:
            return {r["step_id"]: r["state"] for r in db.query(
                "SELECT step_id, state FROM progress WHERE guide_id = ?", [guide_id])}

    def all_steps(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        with self.reading() as db:
            for r in db.query("SELECT guide_id, step_id, state FROM progress"):
                out.setdefault(r["guide_id"], {})[r["step_id"]] = r["state"]
        return out

    def set_note(self, guide_id: str, step_id: str, text: str) -> None:
        """An empty text removes the note."""
        with self.transaction() as db:
            if text:
                db["notes"].upsert({"guide_id": guide_id, "step_id": step_id, "text": text,
                                    "updated_at": now_text()}, pk=("guide_id", "step_id"))
            else:
                db.execute("DELETE FROM notes WHERE guide_id = ? AND step_id = ?",
                           [guide_id, step_id])

    def notes(self, guide_id: str) -> dict[str, str]:
        with self.reading() as db:
            return {r["step_id"]: r["text"] for r in db.query(
                "SELECT step_id, text FROM notes WHERE guide_id = ?", [guide_id])}

    def noted_guides(self) -> list[str]:
        """The guides that have at least one note."""
        with self.reading() as db:
            return [r["guide_id"] for r in db.query("SELECT DISTINCT guide_id FROM notes ORDER BY guide_id")]

    # the plan ------------------------------------------------------------------
    def save_plan(self, guides: list, answers: dict) -> None:
        """`guides`: the chosen guide ids with their reasons, in order (any JSON value)."""
        with self.transaction() as db:
            db["plan"].upsert({"id": 1, "guides": json.dumps(guides),
                               "answers": json.dumps(answers), "saved_at": now_text()}, pk="id")

    def load_plan(self) -> Plan | None:
        with self.reading() as db:
            rows = list(db.query("SELECT * FROM plan WHERE id = 1"))
        if not rows:
            return None
        r = rows[0]
        return Plan(json.loads(r["guides"]), json.loads(r["answers"]), parse(r["saved_at"]))

    def clear_plan(self) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM plan")

    # module session log (counts only, no personal data) --------------------------
    def log_session(self, module_id: str, date: Date | str, participants: int,
                    tallies: dict[str, int]) -> int:
        if not isinstance(participants, int) or participants < 0:
            raise ValueError("participants must be a whole number >= 0")
        if any(not isinstance(v, int) for v in tallies.values()):
            raise ValueError("tallies must be whole numbers")
        day = date.isoformat() if isinstance(date, Date) else Date.fromisoformat(date).isoformat()
        with self.transaction() as db:
            table = db["sessions"]
            table.insert({"module_id": module_id, "date": day, "participants": participants,
                          "tallies": json.dumps(tallies, sort_keys=True), "logged_at": now_text()})
            return table.last_rowid

    def sessions(self) -> list[Session]:
        with self.reading() as db:
            rows = list(db.query("SELECT * FROM sessions ORDER BY date, id"))
        return [Session(r["id"], r["module_id"], r["date"], r["participants"],
                        json.loads(r["tallies"])) for r in rows]

    def sessions_csv(self) -> str:
        sessions = self.sessions()
        keys = sorted({k for s in sessions for k in s.tallies})
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["module_id", "date", "participants", *keys])
        for s in sessions:
            counts = (s.tallies.get(k, 0) for k in keys)
            writer.writerow([s.module_id, s.date, s.participants, *counts])
        return out.getvalue()
