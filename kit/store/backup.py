"""Encrypted backups in `backups/` of the data folder, and backup files to move to a new computer.

A backup is never plaintext. It is written with `sqlcipher_export` into a database attached
without a KEY clause, so it uses the same key and salt as the store: it opens with the same
passphrase and costs no second key derivation. For a big store after a clean close it is
instead a byte copy of the encrypted file, made while SQLite does not hold it open (after the
passphrase was checked), and kept only if the store then passes its integrity check. Either
way it is written to a `.partial` name, flushed, then renamed, so a crash never leaves a half
backup that looks complete.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from kit.store.connection import (
    PAGE_SIZE,
    DatabaseError,
    connect,
    has_kit_schema,
    integrity_ok,
    is_not_a_database,
    is_plain_sqlite,
    peek_changes,
    probe,
    set_key,
    user_version,
)
from kit.store.files import (
    BACKUP_DIR,
    db_path,
    durable_replace,
    private_dir,
    publish,
    refuse_link,
    shred_and_remove,
    side_files,
    stream_copy,
    temp_beside,
)
from kit.store.schema import LATEST

KEEP = 3
PREFIX = "kit-"
DAMAGED_PREFIX = "damaged-"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    created: datetime
    size: int


def backup_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIR


def _stamp() -> str:
    return datetime.now(UTC).strftime(_STAMP)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The automatic backups, newest first."""
    found = []
    bdir = backup_dir(folder)
    if not bdir.is_dir():
        return found
    for path in bdir.glob(f"{PREFIX}*.db"):
        try:
            created = datetime.strptime(path.stem[len(PREFIX):], _STAMP).replace(tzinfo=UTC)
            found.append(BackupInfo(path.name, path, created, path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda b: b.created, reverse=True)


def find_backup(folder: Path, name: str) -> BackupInfo:
    for info in list_backups(folder):
        if info.name == name:
            return info
    raise KeyError("no such backup")


def export_to(conn: sqlcipher3.Connection, target: Path) -> Path:
    """Copy the open database, encrypted with the same key, to `target` (atomically).

    Written to a fresh, exclusively created temporary name beside `target` (no rollback
    journal either), then linked to its name without overwriting anything: nothing is written
    through a planted link, and no other file of that folder is touched."""
    target = Path(target)
    refuse_link(target.parent)
    tmp, f = temp_beside(target)
    f.close()
    version = user_version(conn)
    try:
        conn.execute("ATTACH DATABASE ? AS bak", (str(tmp),))
        try:
            conn.execute(f"PRAGMA bak.cipher_page_size = {PAGE_SIZE}")  # not inherited
            conn.execute("PRAGMA bak.journal_mode = OFF").fetchall()  # no side file beside it
            conn.execute("SELECT sqlcipher_export('bak')").fetchall()
            conn.execute(f"PRAGMA bak.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE bak")
        with open(tmp, "rb+") as out:
            os.fsync(out.fileno())
        publish(tmp, target)
    except BaseException:
        for path in (tmp, *side_files(tmp)):
            path.unlink(missing_ok=True)
        raise
    return target


def remove_partials(folder: Path) -> None:
    """Remove unfinished copies, only ever inside the kit's own backups folder."""
    if folder.is_dir():
        for path in (*folder.glob("*.partial*"), *folder.glob(".*.tmp")):
            path.unlink(missing_ok=True)


def changed_since_backup(folder: Path) -> bool:
    """True unless the newest backup is younger than the last write to the store."""
    backups = list_backups(folder)
    if not backups:
        return True
    db = db_path(folder)
    wal = side_files(db)[0]
    if wal.exists() and wal.stat().st_size > 0:
        return True
    return db.stat().st_mtime_ns > backups[0].path.stat().st_mtime_ns


def _new_target(folder: Path) -> Path:
    return private_dir(backup_dir(folder)) / f"{PREFIX}{_stamp()}.db"


# Below this size sqlcipher_export is as fast as a copy and needs no second key derivation.
RAW_COPY_MIN = 32 << 20


def prefer_copy(folder: Path) -> bool:
    """A byte copy is the better backup: a big store whose WAL is empty (a clean close)."""
    db = db_path(folder)
    wal = side_files(db)[0]
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return db.stat().st_size >= RAW_COPY_MIN


def copy_store_file(folder: Path) -> Path:
    """Copy the encrypted file as it is, while SQLite does not have it open.

    After a clean close the WAL is gone, so `kit.db` alone is the whole database and a byte
    copy is an exact encrypted backup, about 3x faster than sqlcipher_export for a big store.
    Returns the `.partial` copy, which `finish_backup` keeps only if the store then passes its
    integrity check (the same bytes)."""
    target = _new_target(folder)
    partial = target.with_name(target.name + ".partial")
    remove_partials(partial.parent)
    stream_copy(db_path(folder), partial)
    return partial


def finish_backup(conn: sqlcipher3.Connection, folder: Path, partial: Path | None,
                  keep: int = KEEP, changes: int | None = None) -> BackupInfo:
    """Keep the checked copy, or export the open (checked) store; then keep the last `keep`."""
    if partial is not None:
        target = partial.with_name(partial.name.removesuffix(".partial"))
        durable_replace(partial, target)
    else:
        target = export_to(conn, _new_target(folder))
    prune(folder, keep, conn, changes)
    return find_backup(folder, target.name)


def make_backup(conn: sqlcipher3.Connection, folder: Path, keep: int = KEEP,
                changes: int | None = None) -> BackupInfo:
    return finish_backup(conn, folder, None, keep, changes)


def prune(folder: Path, keep: int = KEEP, conn: sqlcipher3.Connection | None = None,
          changes: int | None = None) -> None:
    """Keep the newest `keep` backups. A backup with more changes than the store (`changes`,
    read through `conn`) is never removed: it may hold entries the store lost."""
    for old in list_backups(folder)[keep:]:
        if conn is not None and changes is not None:
            theirs = peek_changes(conn, old.path)
            if theirs is not None and theirs > changes:
                continue
        shred_and_remove(old.path)


def newest_changes(conn: sqlcipher3.Connection, folder: Path) -> tuple[BackupInfo, int] | None:
    """The backup with the highest readable change counter, and that counter."""
    best = None
    for info in list_backups(folder):
        theirs = peek_changes(conn, info.path)
        if theirs is not None and (best is None or theirs > best[1]):
            best = (info, theirs)
    return best


def check_file(path: Path, passphrase: str) -> str:
    """'ok', 'wrong-passphrase', 'too-new', 'plain' (an unencrypted SQLite file), 'foreign'
    (opens, but another app's tables) or 'corrupt' for an exported or automatic backup."""
    if is_plain_sqlite(path):
        return "plain"
    try:
        conn = connect(path, passphrase)
    except DatabaseError:
        return "corrupt"
    try:
        probe(conn)
        if not integrity_ok(conn):
            return "corrupt"
        version = user_version(conn)
        if version > LATEST:
            return "too-new"
        return "ok" if has_kit_schema(conn) else "foreign"
    except DatabaseError as exc:
        return "wrong-passphrase" if is_not_a_database(exc) else "corrupt"
    finally:
        conn.close()


def any_backup_opens(folder: Path, passphrase: str) -> bool:
    """Tells a damaged first page (backups open) from a wrong passphrase (nothing opens)."""
    for info in list_backups(folder):
        with contextlib.suppress(DatabaseError, OSError):
            conn = connect(info.path, passphrase)
            try:
                probe(conn)
                return True
            finally:
                conn.close()
    return False


def rekey_file(path: Path, old: str, new: str) -> bool:
    try:
        conn = connect(path, old)
        try:
            probe(conn)
            set_key(conn, "rekey", new)
        finally:
            conn.close()
        return True
    except (DatabaseError, OSError):
        return False


def set_aside_damaged(folder: Path) -> None:
    """Keep the damaged database (and its WAL) as `backups/damaged-*`: only the latest set."""
    bdir = private_dir(backup_dir(folder))
    for old in bdir.glob(f"{DAMAGED_PREFIX}*"):
        shred_and_remove(old)
    db = db_path(folder)
    name = f"{DAMAGED_PREFIX}{_stamp()}.db"
    for src, suffix in ((db, ""), (side_files(db)[0], "-wal")):
        if src.exists():
            src.replace(bdir / (name + suffix))
    for side in side_files(db):
        side.unlink(missing_ok=True)
