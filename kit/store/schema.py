"""The schema as numbered migrations. `PRAGMA user_version` holds the number applied.

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, ...]] = [
    # 1: settings, guide progress and notes, the plan, the module session log
    (
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)""",
        """CREATE TABLE progress (
            guide_id TEXT NOT NULL,
            step_id TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('done', 'skip')),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (guide_id, step_id))""",
        """CREATE TABLE notes (
            guide_id TEXT NOT NULL,
            step_id TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (guide_id, step_id))""",
        """CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            guides TEXT NOT NULL,
            answers TEXT NOT NULL,
            saved_at TEXT NOT NULL)""",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            module_id TEXT NOT NULL,
            date TEXT NOT NULL,
            participants INTEGER NOT NULL,
            tallies TEXT NOT NULL,
            logged_at TEXT NOT NULL)""",
    ),
    # 2: the evidence journal: entries, their history, attachments stored in chunks
    (
        """CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            incident_at TEXT NOT NULL,
            incident_utc TEXT NOT NULL,
            description TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            people TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            version INTEGER NOT NULL DEFAULT 1)""",
        "CREATE INDEX entries_incident ON entries (incident_utc)",
        """CREATE TABLE entry_history (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries (id),
            version INTEGER NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            UNIQUE (entry_id, version))""",
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries (id),
            name TEXT NOT NULL,
            size INTEGER NOT NULL DEFAULT 0,
            mime TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL DEFAULT '',
            original_path TEXT,
            added_at TEXT NOT NULL,
            removed_at TEXT,
            complete INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX attachments_entry ON attachments (entry_id)",
        """CREATE TABLE attachment_chunks (
            id INTEGER PRIMARY KEY,
            attachment_id INTEGER NOT NULL REFERENCES attachments (id),
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (attachment_id, seq))""",
    ),
]

LATEST = len(MIGRATIONS)

# Run at every open: an attachment whose copy was cancelled or cut off by a crash is removed.
CLEANUP = (
    "DELETE FROM attachment_chunks WHERE attachment_id IN "
    "(SELECT id FROM attachments WHERE complete = 0)",
    "DELETE FROM attachments WHERE complete = 0",
)


def tables_of(version: int) -> set[str]:
    """The tables every store of schema `version` has (to refuse another app's database)."""
    import re

    names = set()
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            m = re.match(r"\s*CREATE TABLE (\w+)", statement)
            if m:
                names.add(m.group(1))
    return names


# The change counter and the time of the last change, inside the encrypted database. Created
# when missing (not a numbered migration: older kits simply ignore it).
META = (
    """CREATE TABLE IF NOT EXISTS kit_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        changes INTEGER NOT NULL,
        changed_at TEXT NOT NULL)""",
    "INSERT OR IGNORE INTO kit_meta (id, changes, changed_at) VALUES (1, 0, '')",
)
