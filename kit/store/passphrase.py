"""The rules for a new passphrase, the same for the app and the CLI."""

from __future__ import annotations

from kit.store.errors import StoreError

MIN_LENGTH = 8


class WeakPassphrase(StoreError):
    message = (f"The passphrase is too short: use at least {MIN_LENGTH} characters, "
               "for example four unusual words.")


def check_new(passphrase: str) -> None:
    """Raise WeakPassphrase unless `passphrase` may protect new data."""
    if not isinstance(passphrase, str) or len(passphrase) < MIN_LENGTH or "\x00" in passphrase:
        raise WeakPassphrase()
