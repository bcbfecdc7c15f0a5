"""File names in the data folder, owner-only permissions, durable renames and the folder lock."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path

from kit.store.errors import StoreLocked

DB_NAME = "kit.db"
DB_SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUP_DIR = "backups"
LOCK_NAME = "kit.lock"
POSIX = os.name == "posix"


def db_path(folder: Path) -> Path:
    return Path(folder) / DB_NAME


def side_files(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in DB_SIDE_FILES]


@contextlib.contextmanager
def private_umask():
    """Files and folders created inside are owner-only (umask is process-wide: keep it short)."""
    if not POSIX:
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def private_dir(folder: Path) -> Path:
    folder = Path(folder)
    with private_umask():
        folder.mkdir(parents=True, exist_ok=True)
    if POSIX:
        folder.chmod(0o700)
    return folder


def make_private(path: Path) -> None:
    if POSIX and path.exists():
        path.chmod(0o600)


def touch_private(path: Path) -> None:
    """Create an empty owner-only file (so SQLite's -wal and -shm files inherit 0600)."""
    with private_umask():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
BINARY = getattr(os, "O_BINARY", 0)


class LinkRefused(OSError):
    """A path the kit was asked to write through is a link to somewhere else."""

    def __init__(self, path: Path):
        super().__init__(f"{path} is a link to another place; choose a real folder")
        self.path = path


def refuse_link(path: Path) -> None:
    """Raise LinkRefused when `path` itself is a symbolic link (or a Windows junction)."""
    path = Path(path)
    is_junction = getattr(path, "is_junction", lambda: False)
    if path.is_symlink() or is_junction():
        raise LinkRefused(path)


def create_exclusive(path: Path, mode: int = 0o600):
    """Open a new file for binary writing: O_CREAT|O_EXCL|O_NOFOLLOW, never through a link.

    Fails with FileExistsError when anything (a file, a link, a dangling link) has the name."""
    with private_umask():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | NOFOLLOW | BINARY, mode)
    return os.fdopen(fd, "wb")


def temp_beside(target: Path) -> tuple[Path, object]:
    """A fresh, exclusively created temporary file in the folder of `target`: (path, file)."""
    target = Path(target)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            return tmp, create_exclusive(tmp)
        except FileExistsError:
            continue
    raise FileExistsError(target)


def publish(tmp: Path, target: Path, replace: bool = False) -> Path:
    """Give the finished temporary file its real name in the same folder, atomically.

    Without `replace` an existing name (also a link) is never overwritten: FileExistsError.
    With `replace` (a save dialog that asked) the directory entry is swapped, so a planted
    link is replaced, not written through."""
    tmp, target = Path(tmp), Path(target)
    if replace:
        os.replace(tmp, target)
    else:
        try:
            os.link(tmp, target)
        except FileExistsError:
            tmp.unlink(missing_ok=True)
            raise
        except (OSError, NotImplementedError):  # a file system without hard links (FAT sticks)
            if os.path.lexists(target):
                tmp.unlink(missing_ok=True)
                raise FileExistsError(target) from None
            os.rename(tmp, target)  # Windows refuses an existing name; POSIX swaps the entry
        else:
            tmp.unlink()
    with contextlib.suppress(OSError):
        fsync_dir(target.parent)
    return target


def write_file_safely(target: Path, data: bytes, replace: bool = False) -> Path:
    """Write `data` to `target` through a fresh temporary file and an atomic rename."""
    tmp, f = temp_beside(target)
    try:
        with f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        return publish(tmp, target, replace)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def fsync_dir(folder: Path) -> None:
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_replace(src: Path, dst: Path) -> None:
    """Rename `src` over `dst` after flushing it, then flush the folder."""
    with open(src, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(src, dst)
    fsync_dir(dst.parent)


def stream_copy(src: Path, dst: Path) -> None:
    """Copy to a new owner-only file, in the kernel where possible (sendfile, clonefile)."""
    touch_private(dst)
    shutil.copyfile(src, dst)
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())
    make_private(dst)


def shred_and_remove(path: Path, head: int = 1 << 16) -> bool:
    """Overwrite the start of a file (the SQLCipher salt and first pages), then delete it.

    Best effort against recovery tools; the content is encrypted anyway."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with contextlib.suppress(OSError), open(path, "r+b") as f:
        f.write(os.urandom(min(size, head)))
        f.flush()
        os.fsync(f.fileno())
    path.unlink(missing_ok=True)
    return True


class FolderLock:
    """An exclusive lock on the data folder, held while a store is open.

    The OS drops it when the process dies (also on SIGKILL), so it never goes stale."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> FolderLock:
        with private_umask():
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise StoreLocked() from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
