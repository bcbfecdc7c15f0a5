"""Erase everything: the database, its WAL and SHM, all backups, the settings, the throttle
count, the keychain entry, and then the data folder itself.

Files are overwritten at the start (where the SQLCipher salt lives) before they are deleted.
Only files the kit makes are deleted (the data folder may have been chosen by hand and hold
other files); every file left under the data folder is listed. What the kit cannot reach is
said plainly: see NOT_ERASED.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from kit.store import keychain
from kit.store.files import (
    BACKUP_DIR,
    DB_NAME,
    LOCK_NAME,
    FolderLock,
    db_path,
    shred_and_remove,
    side_files,
)

# Files the kit keeps in the data folder besides the database and the backups.
KIT_FILES = ("settings.ini", "settings.ini.lock", "kit.throttle", LOCK_NAME)

# What erase cannot reach, in the words the CLI prints (the app has its own translation).
NOT_ERASED = ("Not erased: journal exports and backups you saved elsewhere (for example on a "
              "USB stick or in a cloud folder). A backup saved elsewhere still opens with the "
              "passphrase it was saved with, also after you changed the passphrase.")


@dataclass
class EraseResult:
    removed: list[str] = field(default_factory=list)
    remaining: list[Path] = field(default_factory=list)
    keychain_cleared: bool = True

    @property
    def unexpected(self) -> list[Path]:
        """Files left under the data folder (the kit did not make them, or could not delete them)."""
        return list(self.remaining)

    @property
    def complete(self) -> bool:
        return self.keychain_cleared and not self.unexpected


def what_will_be_lost(folder: Path) -> list[str]:
    """The names of the files that `erase` deletes (for the confirmation)."""
    folder = Path(folder)
    names = [p.name for p in (db_path(folder), *side_files(db_path(folder))) if p.exists()]
    names += [name for name in KIT_FILES[:-1] if (folder / name).exists()
              and name != "settings.ini.lock"]
    bdir = folder / BACKUP_DIR
    if bdir.is_dir():
        names += [f"{BACKUP_DIR}/{p.name}" for p in sorted(bdir.iterdir()) if p.is_file()]
    return names


def erase_locked(folder: Path, lock: FolderLock) -> EraseResult:
    """Erase while holding the folder lock; the lock is released and its file removed."""
    folder = Path(folder)
    result = EraseResult()
    db = db_path(folder)
    for path in (db, *side_files(db), db.with_name(DB_NAME + ".new")):
        if shred_and_remove(path):
            result.removed.append(path.name)
    bdir = folder / BACKUP_DIR
    if bdir.is_dir():
        for path in sorted(bdir.rglob("*"), reverse=True):
            if path.is_file() and shred_and_remove(path):
                result.removed.append(f"{BACKUP_DIR}/{path.name}")
            elif path.is_dir():
                with contextlib.suppress(OSError):
                    path.rmdir()
        with contextlib.suppress(OSError):
            bdir.rmdir()
    result.keychain_cleared = keychain.forget_key(folder)
    lock.release()
    for name in KIT_FILES:
        if shred_and_remove(folder / name) and name != LOCK_NAME:
            result.removed.append(name)
    for tmp in folder.glob(".*.tmp"):  # an unfinished settings or throttle write
        shred_and_remove(tmp)
    if folder.is_dir():
        result.remaining = sorted(p for p in folder.rglob("*") if p.is_file())
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when nothing else is in it
    return result


def erase_folder(folder: Path) -> EraseResult:
    """Erase the store in `folder` (no passphrase needed). Raises StoreLocked if it is open."""
    folder = Path(folder)
    if not folder.is_dir():
        result = EraseResult()
        result.keychain_cleared = keychain.forget_key(folder)
        return result
    return erase_locked(folder, FolderLock(folder).acquire())
