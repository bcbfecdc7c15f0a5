"""Opening SQLCipher connections: keying, settings, integrity check and migrations.

Settings for every connection: SQLCipher logging off (a wrong key would otherwise print to
stderr), temp_store=MEMORY (no temporary files), foreign keys, secure_delete=FAST. On disk also
WAL mode with synchronous=FULL: a commit returns only after the WAL is flushed to disk, so an
acknowledged write survives a crash of the process and of the machine.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlcipher3
import sqlite_utils

from kit.store.errors import StoreTooNew
from kit.store.schema import CLEANUP, LATEST, META, MIGRATIONS, tables_of

DatabaseError = sqlcipher3.DatabaseError

# 64 KiB pages: a large attachment is encrypted and written about twice as fast as with the
# default 4 KiB, and a ticked step still costs one small page write. SQLCipher does not record
# the page size in the file, so every connection (also to backups) must set it: see connect().
PAGE_SIZE = 65536


def _silence_sqlcipher() -> None:
    """The log level is global in SQLCipher: set it once, before any key is tried. So is the
    default page size: a backup ATTACHed without a KEY clause (same key) is then read with the
    kit's page size from its first page on."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA cipher_default_page_size = {PAGE_SIZE}")
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
        # SQLCipher wipes the memory it frees (key material, decrypted pages)
        conn.execute("PRAGMA cipher_memory_security = ON")
        if path is not None:
            set_key(conn, "key", passphrase)
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def set_key(conn: sqlcipher3.Connection, pragma: str, passphrase: str) -> None:
    """PRAGMA key/rekey through executescript, which bypasses the statement cache: the SQL
    text with the passphrase is not kept in the connection's cache for its whole life."""
    conn.executescript(f"PRAGMA {pragma} = {quote(passphrase)};")


PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file (an encrypted one starts with a random salt)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def has_kit_schema(conn: sqlcipher3.Connection, schema: str = "main") -> bool:
    """True when every table of the file's schema version is there (not another app's file)."""
    version = conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0]
    if version < 1:
        return False
    names = {r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")}
    return tables_of(min(version, LATEST)) <= names


def ensure_meta(db: sqlite_utils.Database) -> None:
    if "kit_meta" not in db.table_names():
        with db.atomic():
            for statement in META:
                db.execute(statement)


def read_meta(conn: sqlcipher3.Connection, schema: str = "main") -> tuple[int, str] | None:
    """(change counter, last change time) or None when the file has no counter."""
    try:
        row = conn.execute(f"SELECT changes, changed_at FROM {schema}.kit_meta WHERE id = 1").fetchone()
    except DatabaseError:
        return None
    return (int(row[0]), row[1]) if row else None


def peek_changes(conn: sqlcipher3.Connection, path: Path) -> int | None:
    """The change counter of another file with the same key (a backup), without a second key
    derivation; None when it cannot be read."""
    try:
        conn.execute("ATTACH DATABASE ? AS peek", (str(path),))
    except DatabaseError:
        return None
    try:
        conn.execute(f"PRAGMA peek.cipher_page_size = {PAGE_SIZE}")
        meta = read_meta(conn, "peek")
        return meta[0] if meta else None
    except DatabaseError:
        return None
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("DETACH DATABASE peek")


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
