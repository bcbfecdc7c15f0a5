"""The Store: one SQLCipher database in the data folder, or in memory for a guest.

Thread-safety: one connection shared behind a re-entrant lock, so the UI may call from a
worker thread (for example an attachment import) while the GUI thread ticks steps.
Call `open`, `create` and `rekey` off the GUI thread: key derivation takes about 0.1 s.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from kit.store import backup as backups
from kit.store import connection as sql
from kit.store import keychain
from kit.store.clock import now_text, parse
from kit.store.erase import EraseResult, erase_folder, erase_locked
from kit.store.errors import (
    CorruptStore,
    ForeignFile,
    NoStore,
    NotKitFile,
    SaveFailed,
    StoreClosed,
    StoreError,
    StoreExists,
    StoreLocked,
    StoreTooNew,
    Throttled,
    WrongPassphrase,
)
from kit.store.files import (
    DB_NAME,
    FolderLock,
    db_path,
    durable_replace,
    make_private,
    private_dir,
    shred_and_remove,
    side_files,
    stream_copy,
)
from kit.store.records import RecordsMixin
from kit.store.schema import LATEST
from kit.store.throttle import UnlockThrottle


@dataclass(frozen=True)
class Rollback:
    """The store has fewer changes than a backup (`backup` set) or than the keychain's mark:
    an older data file was put in place of the newer one. Entries may be missing."""

    changes: int
    newer_changes: int
    backup: str | None  # the name of the backup with more changes, if that is how it showed


def _throttled(folder: Path) -> UnlockThrottle:
    """The folder's throttle; raises Throttled while a wait is running."""
    throttle = UnlockThrottle(folder)
    left = throttle.remaining()
    if left > 0:
        raise Throttled(left)
    return throttle


@contextlib.contextmanager
def _counting(throttle: UnlockThrottle):
    """A WrongPassphrase counts against the folder's throttle (and tells the wait)."""
    try:
        yield
    except WrongPassphrase as exc:
        exc.wait = throttle.failed()
        raise


def _usable(passphrase: str) -> None:
    """An empty passphrase (or one with a NUL) cannot open anything: it is simply wrong."""
    try:
        sql.quote(passphrase)
    except ValueError:
        raise WrongPassphrase() from None


def _check_shape(db: Path, folder: Path) -> None:
    """An empty or cut-off file is damaged: it must never be opened as a new, empty store."""
    size = db.stat().st_size
    if size == 0 or size % sql.PAGE_SIZE:
        raise CorruptStore(backups.list_backups(folder))


class Store(RecordsMixin):
    def __init__(self, conn, folder: Path | None, lock: FolderLock | None):
        self._conn = conn
        self._db = sql.wrap(conn)
        self.folder = folder
        self._lock = lock
        self._mutex = threading.RLock()
        self.backup_failed = False  # set when the backup at unlock could not be written
        self.rollback: Rollback | None = None  # set when an older data file was put in place
        self.failed_attempts = 0  # wrong passphrases typed since the last unlock
        self._mark_keychain = False  # keep the change counter in the keychain at close

    # -- opening -------------------------------------------------------------------
    @staticmethod
    def exists(folder: Path) -> bool:
        """True when the folder holds a store or its backups (then: unlock, never create)."""
        return db_path(folder).exists() or bool(backups.list_backups(folder))

    @classmethod
    def create(cls, folder: Path, passphrase: str) -> Store:
        """A new, empty store. Refuses (StoreExists) if the folder holds a store or backups."""
        sql.quote(passphrase)
        folder = private_dir(folder)
        lock = FolderLock(folder).acquire()
        try:
            if cls.exists(folder):
                raise StoreExists()
            new = folder / (DB_NAME + ".new")
            for path in (new, *side_files(new)):
                path.unlink(missing_ok=True)
            conn = sql.connect(new, passphrase)
            try:
                sql.configure(conn, on_disk=False)
                sql.migrate(sql.wrap(conn))
                sql.ensure_meta(sql.wrap(conn))
            finally:
                conn.close()
            make_private(new)
            durable_replace(new, db_path(folder))
            return cls._open_locked(folder, passphrase, lock, backup=False)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, folder: Path, passphrase: str, backup: bool = True,
             keychain_mark: bool = False) -> Store:
        """Unlock. Raises WrongPassphrase, CorruptStore (with `.backups`), StoreLocked, NoStore,
        Throttled (too many wrong passphrases for this folder: wait).

        After a clean check a backup is kept (the last 3), unless nothing changed since, or the
        data file is older than a backup (then `rollback` tells). `keychain_mark`: also compare
        with the change counter kept in the keychain (the app; asking the keychain can take a
        second, so scripts skip it)."""
        folder = Path(folder)
        if not db_path(folder).exists():
            found = backups.list_backups(folder)
            if found:
                raise CorruptStore(found, "The data file is missing.")
            raise NoStore()
        throttle = _throttled(folder)
        with _counting(throttle):
            _usable(passphrase)
        lock = FolderLock(folder).acquire()
        try:
            with _counting(throttle):
                store = cls._open_locked(folder, passphrase, lock, backup, keychain_mark)
        except BaseException:
            lock.release()
            raise
        store.failed_attempts = throttle.succeeded()
        return store

    @classmethod
    def _open_locked(cls, folder: Path, passphrase: str, lock: FolderLock,
                     backup: bool, keychain_mark: bool = False) -> Store:
        db = db_path(folder)
        if sql.is_plain_sqlite(db):
            raise NotKitFile("The data file is an ordinary, unencrypted SQLite database, not "
                             "Ontkoppel data. It was not opened or changed.")
        _check_shape(db, folder)
        backup = backup and backups.changed_since_backup(folder)
        partial = conn = None
        try:
            conn = sql.connect(db, passphrase)
            cls._check_key(conn, folder, passphrase)
            if backup and backups.prefer_copy(folder):
                conn.close()  # SQLite must not hold the file while it is read directly
                conn = None
                partial = backups.copy_store_file(folder)
                conn = sql.connect(db, passphrase)
                cls._check_key(conn, folder, passphrase)
            cls._check_health(conn, folder)
            store = cls(conn, folder, lock)
            mark = keychain.recall_mark(folder) if keychain_mark else None
            store.rollback = store._find_rollback(mark)
            if store.rollback is not None and partial is not None:
                partial.unlink(missing_ok=True)  # no backup of the older file: keep the newer
                partial = None
            backup = backup and store.rollback is None
            if backup:
                try:
                    backups.finish_backup(conn, folder, partial, changes=store.changes)
                except (sql.DatabaseError, OSError):
                    # no backup (a full disk?) must not keep the user out: the UI can warn
                    store.backup_failed = True
                    backups.remove_partials(backups.backup_dir(folder))
            try:
                sql.migrate(store._db)
                sql.ensure_meta(store._db)
                sql.cleanup(store._db)
            except sql.DatabaseError as exc:
                raise SaveFailed() from exc
            store._mark_keychain = mark is not None
            for path in (db, *side_files(db)):
                make_private(path)
            return store
        except BaseException:
            if conn is not None:
                conn.close()
            if partial is not None:
                partial.unlink(missing_ok=True)
            raise

    @staticmethod
    def _check_key(conn, folder: Path, passphrase: str) -> None:
        """Read page 1: a wrong passphrase, or a damaged first page if a backup opens."""
        try:
            sql.probe(conn)
        except sql.DatabaseError as exc:
            if sql.is_busy(exc):
                raise StoreLocked() from None
            if sql.is_not_a_database(exc):
                if backups.any_backup_opens(folder, passphrase):
                    raise CorruptStore(backups.list_backups(folder)) from None
                raise WrongPassphrase() from None
            raise CorruptStore(backups.list_backups(folder)) from None

    @staticmethod
    def _check_health(conn, folder: Path) -> None:
        """Every page read and verified (quick_check), and a schema of this kit."""
        try:
            sql.configure(conn, on_disk=True)
            healthy = sql.integrity_ok(conn) and sql.has_kit_schema(conn)
        except sql.DatabaseError:
            healthy = False
        if not healthy:
            raise CorruptStore(backups.list_backups(folder))

    @classmethod
    def guest(cls) -> Store:
        """An in-memory store: nothing is written to disk, everything is gone on close."""
        conn = sql.connect(None)
        sql.configure(conn, on_disk=False)
        store = cls(conn, None, None)
        sql.migrate(store._db)
        sql.ensure_meta(store._db)
        return store

    # -- state -----------------------------------------------------------------------
    @property
    def is_guest(self) -> bool:
        return self.folder is None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _require(self) -> None:
        if self._conn is None:
            raise StoreClosed()

    @contextlib.contextmanager
    def transaction(self, durable: bool = True) -> Iterator[sqlite_utils.Database]:
        """One committed transaction: on return the change is on disk (WAL flushed).

        `durable=False` skips the flush (synchronous=NORMAL) for intermediate bulk steps that
        nobody acknowledges, such as attachment chunks: the next durable commit flushes them
        too. It is still crash-consistent; only an unflushed tail may be lost on power loss."""
        with self._mutex:
            self._require()
            relaxed = not durable and not self.is_guest
            if relaxed:
                self._conn.execute("PRAGMA synchronous = NORMAL")
            try:
                with self._db.atomic():
                    yield self._db
                    self._conn.execute(
                        "UPDATE kit_meta SET changes = changes + 1, changed_at = ? WHERE id = 1",
                        [now_text()])
            except sql.DatabaseError as exc:
                raise SaveFailed() from exc
            finally:
                if relaxed:
                    self._conn.execute("PRAGMA synchronous = FULL")

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite_utils.Database]:
        with self._mutex:
            self._require()
            try:
                yield self._db
            except sql.DatabaseError as exc:
                raise SaveFailed() from exc

    @property
    def version(self) -> int:
        with self.reading() as db:
            return sql.user_version(db.conn)

    def integrity_ok(self) -> bool:
        with self.reading() as db:
            return sql.integrity_ok(db.conn)

    # -- change counter and rollback ------------------------------------------------------
    @property
    def changes(self) -> int:
        """How many changes were ever saved in this store (it only grows)."""
        with self.reading() as db:
            meta = sql.read_meta(db.conn)
        return meta[0] if meta else 0

    @property
    def last_change(self) -> datetime | None:
        with self.reading() as db:
            meta = sql.read_meta(db.conn)
        return parse(meta[1]) if meta and meta[1] else None

    def entry_count(self) -> int:
        """Journal entries that are not deleted (for "last change <date>, <n> entries")."""
        with self.reading() as db:
            if "entries" not in db.table_names():
                return 0
            return db.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]

    def _find_rollback(self, mark: int | None) -> Rollback | None:
        mine = (sql.read_meta(self._conn) or (None,))[0]
        if mine is None:
            return None  # a store from before the counter: nothing to compare yet
        newest = backups.newest_changes(self._conn, self.folder)
        if newest is not None and newest[1] > mine:
            return Rollback(mine, newest[1], newest[0].name)
        if mark is not None and mark > mine:
            return Rollback(mine, mark, None)
        return None

    def accept_rollback(self) -> None:
        """The person keeps this data as it is: count on from above every newer copy, so the
        warning is not repeated and later backups are pruned normally again."""
        if self.rollback is None:
            return
        with self.transaction() as db:
            db.execute("UPDATE kit_meta SET changes = ? WHERE id = 1",
                       [self.rollback.newer_changes])
        self.rollback = None

    def keep_mark_in_keychain(self) -> None:
        """From now on keep the change counter in the keychain too (the person chose to
        remember the passphrase there)."""
        if not self.is_guest and keychain.remember_mark(self.folder, self.changes):
            self._mark_keychain = True

    def close(self, quick: bool = False) -> None:
        """Close (auto-lock, quick exit). A guest store is gone for good.

        `quick` (the quick exit) skips everything that could wait on another program, such as
        updating the change mark in the keychain."""
        with self._mutex:
            if self._conn is None:
                return
            try:
                if not self.is_guest:
                    if self._mark_keychain and not quick:
                        with contextlib.suppress(Exception):
                            keychain.remember_mark(self.folder, self.changes)
                    with contextlib.suppress(sql.DatabaseError):
                        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                self._conn.close()
                self._conn = None
                if self._lock is not None:
                    self._lock.release()

    lock = close

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- passphrase ------------------------------------------------------------------
    def rekey(self, new_passphrase: str, current: str) -> None:
        """Change the passphrase of the store, its backups and a remembered keychain entry.

        The current passphrase is asked again (the store does not keep it in memory); a wrong
        one raises WrongPassphrase and counts against the folder's throttle. A backup that
        cannot be re-encrypted is deleted (it would still open with the old one). Backups saved
        elsewhere keep the passphrase they were saved with."""
        sql.quote(new_passphrase)
        with self._mutex:
            self._require()
            if self.is_guest:
                raise StoreError("A guest session has no passphrase.")
            throttle = _throttled(self.folder)
            with _counting(throttle):
                _usable(current)
                self._verify(current)
            throttle.succeeded()
            old = current
            sql.set_key(self._conn, "rekey", new_passphrase)
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            for info in backups.list_backups(self.folder):
                if not backups.rekey_file(info.path, old, new_passphrase):
                    shred_and_remove(info.path)
            if keychain.recall_key(self.folder) is not None:
                try:
                    keychain.remember_key(self.folder, new_passphrase)
                except StoreError:
                    keychain.forget_key(self.folder)

    def _verify(self, passphrase: str) -> None:
        """WrongPassphrase unless `passphrase` opens the data file (a second connection)."""
        conn = sql.connect(db_path(self.folder), passphrase)
        try:
            sql.probe(conn)
        except sql.DatabaseError:
            raise WrongPassphrase() from None
        finally:
            conn.close()

    # -- backups ---------------------------------------------------------------------
    @staticmethod
    def backups(folder: Path) -> list[backups.BackupInfo]:
        return backups.list_backups(folder)

    def backup_now(self) -> backups.BackupInfo:
        with self._mutex:
            self._require()
            if self.is_guest:
                raise StoreError("A guest session has no backups.")
            return backups.make_backup(self._conn, self.folder, changes=self.changes)

    def export_backup(self, path: Path) -> Path:
        """An encrypted copy (same passphrase) to move to a new computer. Never overwrites."""
        path = Path(path)
        if os.path.lexists(path):
            raise StoreExists("The target file already exists.")
        with self._mutex:
            self._require()
            try:
                return backups.export_to(self._conn, path)
            except FileExistsError:
                raise StoreExists("The target file already exists.") from None

    @classmethod
    def restore_backup(cls, folder: Path, name: str, passphrase: str) -> Store:
        """Replace the (damaged) store by backup `name`; the damaged file is kept aside."""
        folder = Path(folder)
        throttle = _throttled(folder)
        lock = FolderLock(folder).acquire()
        try:
            info = backups.find_backup(folder, name)
            with _counting(throttle):
                _usable(passphrase)
                status = backups.check_file(info.path, passphrase)
                if status == "wrong-passphrase":
                    raise WrongPassphrase()
            if status == "too-new":
                raise StoreTooNew()
            if status != "ok":
                others = [b for b in backups.list_backups(folder) if b.name != name]
                raise CorruptStore(others, "This backup is damaged too.")
            backups.set_aside_damaged(folder)
            new = folder / (DB_NAME + ".new")
            new.unlink(missing_ok=True)
            stream_copy(info.path, new)
            durable_replace(new, db_path(folder))
            store = cls._open_locked(folder, passphrase, lock, backup=False)
        except BaseException:
            lock.release()
            raise
        store.failed_attempts = throttle.succeeded()
        store.accept_rollback()  # the person chose this copy: it is the current state now
        return store

    @classmethod
    def import_backup(cls, folder: Path, path: Path, passphrase: str,
                      replace: bool = False) -> Store:
        """Start from an exported backup file. Refuses to overwrite a store unless `replace`.

        Counts against the data folder's throttle like every other passphrase check. An
        unencrypted SQLite file or another app's database is refused before anything changes."""
        folder = Path(folder)
        throttle = _throttled(folder)
        with _counting(throttle):
            _usable(passphrase)
            status = backups.check_file(Path(path), passphrase)
            if status == "wrong-passphrase":
                raise WrongPassphrase()
        if status == "plain":
            raise NotKitFile()
        if status == "foreign":
            raise ForeignFile()
        if status == "too-new":
            raise StoreTooNew()
        if status != "ok":
            raise CorruptStore([], "The backup file is damaged or is not an Ontkoppel backup.")
        throttle.succeeded()
        folder = private_dir(folder)
        lock = FolderLock(folder).acquire()
        try:
            if cls.exists(folder):
                if not replace:
                    raise StoreExists()
                erase_locked(folder, lock)
                lock = FolderLock(private_dir(folder)).acquire()
            new = folder / (DB_NAME + ".new")
            new.unlink(missing_ok=True)
            stream_copy(Path(path), new)
            durable_replace(new, db_path(folder))
            return cls._open_locked(folder, passphrase, lock, backup=True)
        except BaseException:
            lock.release()
            raise

    # -- erase -----------------------------------------------------------------------
    @staticmethod
    def erase_folder(folder: Path) -> EraseResult:
        """Erase without unlocking (a forgotten passphrase). StoreLocked if open elsewhere."""
        return erase_folder(folder)

    def erase(self) -> EraseResult:
        """Delete the database, WAL, SHM, backups and keychain entry; then list what remains."""
        with self._mutex:
            if self.is_guest:
                self.close()
                return EraseResult()
            self._require()
            lock, self._lock = self._lock, None
            folder = self.folder
            self.close()
            return erase_locked(folder, lock)


__all__ = ["Store", "LATEST"]
