"""Opening SQLCipher connections: keying, settings, integrity check and migrations.

Settings for every connection: SQLCipher logging off (a wrong key would otherwise print to
stderr), temp_store=MEMORY (no temporary files), foreign keys, secure_delete=FAST. On disk also
WAL mode with synchronous=FULL: a commit returns only after the WAL is flushed to disk, so an
acknowledged write survives a crash of the process and of the machine.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
import sqlite_utils

from kit.store.errors import StoreTooNew
from kit.store.schema import CLEANUP, LATEST, MIGRATIONS

DatabaseError = sqlcipher3.DatabaseError

# 64 KiB pages: a large attachment is encrypted and written about twice as fast as with the
# default 4 KiB, and a ticked step still costs one small page write. SQLCipher does not record
# the page size in the file, so every connection (also to backups) must set it: see connect().
PAGE_SIZE = 65536


def _silence_sqlcipher() -> None:
    """The log level is global in SQLCipher: set it once, before any key is tried."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_silence_sqlcipher()


def quote(passphrase: str) -> str:
    if not isinstance(passphrase, str) or not passphrase or "\x00" in passphrase:
        raise ValueError("a passphrase must be a non-empty text")
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path | None, passphrase: str | None = None) -> sqlcipher3.Connection:
    """A keyed connection to `path`, or a private in-memory database when `path` is None.

    Nothing is read yet: a wrong key shows up at the first query (see `probe`)."""
    conn = sqlcipher3.connect(":memory:" if path is None else str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if path is not None:
            conn.execute(f"PRAGMA key = {quote(passphrase)}")
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def probe(conn: sqlcipher3.Connection) -> None:
    """Read page 1. Raises DatabaseError (SQLITE_NOTADB) for a wrong key or a damaged header."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def is_not_a_database(exc: Exception) -> bool:
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or "not a database" in str(exc)


def is_busy(exc: Exception) -> bool:
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def configure(conn: sqlcipher3.Connection, on_disk: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = FAST")
    if on_disk:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_size_limit = 67108864")


def integrity_ok(conn: sqlcipher3.Connection) -> bool:
    """PRAGMA quick_check: every page of every table is read, decrypted and its HMAC verified."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DatabaseError:
        return False
    return rows == [("ok",)]


def user_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def wrap(conn: sqlcipher3.Connection) -> sqlite_utils.Database:
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def migrate(db: sqlite_utils.Database, upto: int = LATEST) -> int:
    """Apply the missing migrations, each in its own transaction. Returns the new version."""
    version = user_version(db.conn)
    if version > LATEST:
        raise StoreTooNew()
    for number in range(version + 1, upto + 1):
        with db.atomic():
            for statement in MIGRATIONS[number - 1]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
    return max(version, upto)


def cleanup(db: sqlite_utils.Database) -> None:
    if user_version(db.conn) < 2:
        return
    if db.execute("SELECT 1 FROM attachments WHERE complete = 0 LIMIT 1").fetchone():
        with db.atomic():
            for statement in CLEANUP:
                db.execute(statement)
