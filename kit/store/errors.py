"""Errors of the store. Their messages are fixed English sentences: never any user text.

The UI shows its own translated text per class; `str(error)` is for the CLI and tests.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base class. The message never contains user text."""

    message = "The data could not be opened."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)


class NoStore(StoreError):
    message = "There is no data in this folder yet."


class StoreExists(StoreError):
    message = "There is already data in this folder; it is not overwritten."


class WrongPassphrase(StoreError):
    message = "The passphrase is not correct."


class CorruptStore(StoreError):
    """The database is damaged, truncated or missing. `backups` lists what can be restored."""

    message = "The data file is damaged."

    def __init__(self, backups=(), message: str | None = None):
        self.backups = list(backups)
        if message is None:
            message = self.message + (
                f" {len(self.backups)} backup(s) can be restored." if self.backups
                else " No backup is available.")
        super().__init__(message)


class NotKitFile(StoreError):
    message = ("This file is an ordinary, unencrypted SQLite database, not an Ontkoppel backup. "
               "Choose a backup saved by the kit.")


class ForeignFile(StoreError):
    message = ("This file opens with the passphrase but holds other data than an Ontkoppel "
               "backup, so it was not loaded. Choose a backup saved by the kit.")


class Throttled(StoreError):
    """Too many wrong passphrases for this data folder: wait `seconds` before the next try."""

    def __init__(self, seconds: float):
        self.seconds = max(1, int(seconds + 0.99))
        super().__init__(f"Too many wrong passphrases: wait {self.seconds} second(s), "
                         "then try again.")


class StoreLocked(StoreError):
    message = "The data is in use by another Ontkoppel window or program."


class SaveFailed(StoreError):
    message = "The data could not be read or saved: the disk may be full or the file damaged."


class StoreClosed(StoreError):
    message = "The data is locked; unlock it again."


class StoreTooNew(StoreError):
    message = "The data was written by a newer version of Ontkoppel; update the kit first."


class Cancelled(StoreError):
    message = "Cancelled."


class KeychainError(StoreError):
    message = "The keychain of this computer could not be used."


class InsecureKeychain(KeychainError):
    message = "This computer has no safe keychain."
