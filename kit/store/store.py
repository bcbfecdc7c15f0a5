"""The Store: one SQLCipher database in the data folder, or in memory for a guest.

Thread-safety: one connection shared behind a re-entrant lock, so the UI may call from a
worker thread (for example an attachment import) while the GUI thread ticks steps.
Call `open`, `create` and `rekey` off the GUI thread: key derivation takes about 0.1 s.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from kit.store import backup as backups
from kit.store import connection as sql
from kit.store import keychain
from kit.store.erase import EraseResult, erase_folder, erase_locked
from kit.store.errors import (
    CorruptStore,
    NoStore,
    SaveFailed,
    StoreClosed,
    StoreError,
    StoreExists,
    StoreLocked,
    StoreTooNew,
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
    def __init__(self, conn, folder: Path | None, passphrase: str | None,
                 lock: FolderLock | None):
        self._conn = conn
        self._db = sql.wrap(conn)
        self.folder = folder
        self._passphrase = passphrase
        self._lock = lock
        self._mutex = threading.RLock()
        self.backup_failed = False  # set when the backup at unlock could not be written

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
            finally:
                conn.close()
            make_private(new)
            durable_replace(new, db_path(folder))
            return cls._open_locked(folder, passphrase, lock, backup=False)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, folder: Path, passphrase: str, backup: bool = True) -> Store:
        """Unlock. Raises WrongPassphrase, CorruptStore (with `.backups`), StoreLocked, NoStore.

        After a clean check a backup is kept (the last 3), unless nothing changed since."""
        folder = Path(folder)
        _usable(passphrase)
        if not db_path(folder).exists():
            found = backups.list_backups(folder)
            if found:
                raise CorruptStore(found, "The data file is missing.")
            raise NoStore()
        lock = FolderLock(folder).acquire()
        try:
            return cls._open_locked(folder, passphrase, lock, backup)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, folder: Path, passphrase: str, lock: FolderLock,
                     backup: bool) -> Store:
        db = db_path(folder)
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
            store = cls(conn, folder, passphrase, lock)
            if backup:
                try:
                    backups.finish_backup(conn, folder, partial)
                except (sql.DatabaseError, OSError):
                    # no backup (a full disk?) must not keep the user out: the UI can warn
                    store.backup_failed = True
                    backups.remove_partials(backups.backup_dir(folder))
            try:
                sql.migrate(store._db)
                sql.cleanup(store._db)
            except sql.DatabaseError as exc:
                raise SaveFailed() from exc
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
            healthy = sql.integrity_ok(conn) and sql.user_version(conn) >= 1
        except sql.DatabaseError:
            healthy = False
        if not healthy:
            raise CorruptStore(backups.list_backups(folder))

    @classmethod
    def guest(cls) -> Store:
        """An in-memory store: nothing is written to disk, everything is gone on close."""
        conn = sql.connect(None)
        sql.configure(conn, on_disk=False)
        store = cls(conn, None, None, None)
        sql.migrate(store._db)
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

    def close(self) -> None:
        """Close (auto-lock, quick exit). A guest store is gone for good."""
        with self._mutex:
            if self._conn is None:
                return
            try:
                if not self.is_guest:
                    with contextlib.suppress(sql.DatabaseError):
                        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                self._conn.close()
                self._conn = None
                self._passphrase = None
                if self._lock is not None:
                    self._lock.release()

    lock = close

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- passphrase ------------------------------------------------------------------
    def rekey(self, new_passphrase: str) -> None:
        """Change the passphrase of the store, its backups and a remembered keychain entry.

        A backup that cannot be re-encrypted is deleted (it would still open with the old one)."""
        sql.quote(new_passphrase)
        with self._mutex:
            self._require()
            if self.is_guest:
                raise StoreError("A guest session has no passphrase.")
            old = self._passphrase
            self._conn.execute(f"PRAGMA rekey = {sql.quote(new_passphrase)}")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self._passphrase = new_passphrase
            for info in backups.list_backups(self.folder):
                if not backups.rekey_file(info.path, old, new_passphrase):
                    shred_and_remove(info.path)
            if keychain.recall_key(self.folder) is not None:
                try:
                    keychain.remember_key(self.folder, new_passphrase)
                except StoreError:
                    keychain.forget_key(self.folder)

    # -- backups ---------------------------------------------------------------------
    @staticmethod
    def backups(folder: Path) -> list[backups.BackupInfo]:
        return backups.list_backups(folder)

    def backup_now(self) -> backups.BackupInfo:
        with self._mutex:
            self._require()
            if self.is_guest:
                raise StoreError("A guest session has no backups.")
            return backups.make_backup(self._conn, self.folder)

    def export_backup(self, path: Path) -> Path:
        """An encrypted copy (same passphrase) to move to a new computer. Never overwrites."""
        path = Path(path)
        if path.exists():
            raise StoreExists("The target file already exists.")
        with self._mutex:
            self._require()
            return backups.export_to(self._conn, path)

    @classmethod
    def restore_backup(cls, folder: Path, name: str, passphrase: str) -> Store:
        """Replace the (damaged) store by backup `name`; the damaged file is kept aside."""
        folder = Path(folder)
        lock = FolderLock(folder).acquire()
        try:
            info = backups.find_backup(folder, name)
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
            return cls._open_locked(folder, passphrase, lock, backup=False)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def import_backup(cls, folder: Path, path: Path, passphrase: str,
                      replace: bool = False) -> Store:
        """Start from an exported backup file. Refuses to overwrite a store unless `replace`."""
        _usable(passphrase)
        status = backups.check_file(Path(path), passphrase)
        if status == "wrong-passphrase":
            raise WrongPassphrase()
        if status == "too-new":
            raise StoreTooNew()
        if status != "ok":
            raise CorruptStore([], "The backup file is damaged or is not an Ontkoppel backup.")
        folder = private_dir(folder)
        lock = FolderLock(folder).acquire()
        try:
            if cls.exists(folder):
                if not replace:
                    raise StoreExists()
                erase_locked(folder, lock)
                lock = FolderLock(folder).acquire()
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
