"""`ontkoppel data erase --yes`, and unlocking for the CLI.

The passphrase comes from KIT_PASSPHRASE or from one line on stdin (typed without echo when
stdin is a terminal). KIT_PASSPHRASE can end up in the shell history and can be read in
/proc/PID/environ by other programs of the same user: prefer stdin. A wrong passphrase exits 2
with one line; every error is one line. A new store needs the same passphrase as in the app
(at least 8 characters), and wrong passphrases count against the same throttle as the app.
Things the owner must know (an older data file, failed attempts) are lines starting with
`warning:` on stderr.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from kit.paths import data_dir
from kit.store.erase import NOT_ERASED, what_will_be_lost
from kit.store.errors import CorruptStore, StoreError, Throttled, WrongPassphrase
from kit.store.passphrase import WeakPassphrase, check_new
from kit.store.store import Store

EXIT_ERROR = 1
EXIT_PASSPHRASE = 2
ENV_PASSPHRASE = "KIT_PASSPHRASE"


class NoPassphrase(StoreError):
    message = "No passphrase given: set KIT_PASSPHRASE or pass it as one line on stdin."


def read_passphrase() -> str:
    value = os.environ.get(ENV_PASSPHRASE)
    if value is None:
        if sys.stdin is None:
            raise NoPassphrase()
        if sys.stdin.isatty():
            value = getpass.getpass("Passphrase: ")
        else:
            value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise NoPassphrase()
    return value


def unlock(folder: Path, create: bool = False) -> Store | None:
    """Open the store in `folder`. Without a store: create one if `create`, else None."""
    if not Store.exists(folder):
        if not create:
            return None
        passphrase = read_passphrase()
        check_new(passphrase)
        return Store.create(folder, passphrase)
    store = Store.open(folder, read_passphrase())
    for line in warnings(store):
        print(f"warning: {line}", file=sys.stderr)
    return store


def warnings(store: Store) -> list[str]:
    """What the owner must know after an unlock, in plain sentences."""
    out = []
    if store.rollback is not None:
        if store.rollback.backup:
            out.append("this data file is older than your last backup "
                       f"({store.rollback.backup}): entries may be missing. Open the app to "
                       "restore the newest backup.")
        else:
            out.append("this data file is older than the last one this computer saw: "
                       "entries may be missing. Open the app to check your backups.")
    if store.failed_attempts:
        out.append(f"{store.failed_attempts} failed attempt(s) to unlock since your last unlock.")
    if store.backup_failed:
        out.append("no backup could be made at this unlock: check the free disk space.")
    return out


def fail(message: str) -> None:
    print(f"ontkoppel: {message}", file=sys.stderr)


def run_guarded(action) -> int:
    """Run `action()` and turn every expected error into one line on stderr and an exit code."""
    try:
        return action()
    except (WrongPassphrase, NoPassphrase, Throttled, WeakPassphrase) as exc:
        fail(str(exc))
        return EXIT_PASSPHRASE
    except CorruptStore as exc:
        names = ", ".join(b.name for b in exc.backups)
        fail(f"{exc} Open the app to restore a backup ({names})." if names else str(exc))
        return EXIT_ERROR
    except (StoreError, ValueError, KeyError) as exc:
        fail(str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc))
        return EXIT_ERROR
    except OSError as exc:
        fail(f"a file could not be read or written ({exc.strerror or type(exc).__name__})")
        return EXIT_ERROR


def main(args) -> int:
    folder = data_dir(getattr(args, "data_dir", None))
    if args.action == "erase":
        return run_guarded(lambda: _erase(folder, args.yes))
    fail("unknown action")
    return EXIT_ERROR


def _erase(folder: Path, yes: bool) -> int:
    lost = what_will_be_lost(folder)
    if not yes:
        if lost:
            fail(f"this deletes {len(lost)} file(s) for good: " + ", ".join(lost)
                 + ". Run again with --yes to erase everything.")
        else:
            fail("there is nothing to erase. (Run with --yes to also clear the keychain entry.)")
        return EXIT_ERROR
    result = Store.erase_folder(folder)
    print(f"erased {len(result.removed)} file(s) and the data folder")
    print(NOT_ERASED)
    if not result.keychain_cleared:
        fail("the keychain entry could not be removed; remove 'Ontkoppel' from the keychain")
        return EXIT_ERROR
    if result.unexpected:
        fail(f"{len(result.unexpected)} other file(s) remain in the data folder: "
             + ", ".join(p.name for p in result.unexpected))
        return EXIT_ERROR
    return 0
