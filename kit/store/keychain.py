"""'Remember on this computer': the passphrase in the OS keychain, only if that keychain is safe.

Only the operating system's own keychains that keyring ships (macOS Keychain, Windows
Credential Locker, Secret Service / libsecret, KWallet) are used. Every other backend is
refused with an InsecureKeychain error saying why: keyring's fail and null backends, and any
third-party backend whatever priority it claims (keyrings.alt and other file-based ones keep
passwords in a file that anyone using the account can copy).
The keychain account name is a hash of the data folder, so it reveals nothing about the user.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import keyring.errors

from kit import APP_NAME
from kit.store.errors import InsecureKeychain, KeychainError

SERVICE = APP_NAME

_NO_KEYCHAIN = ("This computer has no keychain that Ontkoppel can use, so the passphrase "
                "cannot be remembered. Type it each time instead.")
_SWITCHED_OFF = ("The keychain is switched off on this computer (null keyring), so the passphrase "
                 "cannot be remembered. Type it each time instead.")
_PLAINTEXT = ("The only keychain on this computer keeps passwords in a readable file, so anyone "
              "using this account could read the passphrase. It is not remembered; type it "
              "each time instead.")
_WEAK = ("The keychain on this computer is not a recommended, protected one, so the passphrase "
         "is not remembered. Type it each time instead.")


def _account(folder: Path) -> str:
    digest = hashlib.sha256(str(Path(folder).expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"data-{digest[:32]}"


def _backends(ring) -> list:
    chained = getattr(type(ring), "backends", None)
    if type(ring).__name__ == "ChainerBackend":
        return list(chained or [])
    return [ring]


# keyring's own backends for the keychain of the operating system
OS_KEYCHAINS = ("keyring.backends.SecretService", "keyring.backends.Windows",
                "keyring.backends.kwallet", "keyring.backends.libsecret", "keyring.backends.macOS")
_trusted: set[type] = set()


def trust_backend(cls: type) -> None:
    """Accept one more backend class (the tests' in-memory keychain)."""
    _trusted.add(cls)


def _reason(ring) -> str | None:
    cls = type(ring)
    module, name = cls.__module__, cls.__name__
    if module == "keyring.backends.fail" or "Fail" in name:
        return _NO_KEYCHAIN
    if module == "keyring.backends.null" or "Null" in name:
        return _SWITCHED_OFF
    if "Plaintext" in name or module.startswith("keyrings.alt"):
        return _PLAINTEXT
    if cls not in _trusted and not any(module == m or module.startswith(m + ".")
                                       for m in OS_KEYCHAINS):
        return _WEAK
    try:
        priority = float(cls.priority)
    except Exception:  # a backend that cannot tell its priority is not viable
        return _NO_KEYCHAIN
    if priority < 1:
        return _WEAK
    return None


def keychain_problem(ring=None) -> str | None:
    """Why the active keychain may not be used, or None when it is safe."""
    ring = ring if ring is not None else keyring.get_keyring()
    backends = _backends(ring)
    if not backends:
        return _NO_KEYCHAIN
    for backend in backends:
        reason = _reason(backend)
        if reason:
            return reason
    return None


def _secure_ring():
    ring = keyring.get_keyring()
    reason = keychain_problem(ring)
    if reason:
        raise InsecureKeychain(reason)
    return ring


def remember_key(folder: Path, passphrase: str) -> None:
    ring = _secure_ring()
    try:
        ring.set_password(SERVICE, _account(folder), passphrase)
    except keyring.errors.KeyringError:
        raise KeychainError() from None


def recall_key(folder: Path) -> str | None:
    """The remembered passphrase, or None (also when the keychain is not safe or not usable)."""
    if keychain_problem() is not None:
        return None
    try:
        return keyring.get_keyring().get_password(SERVICE, _account(folder))
    except keyring.errors.KeyringError:
        return None


def forget_key(folder: Path) -> bool:
    """Remove a remembered passphrase (and the change mark). False when the keychain could not
    be reached."""
    ring = keyring.get_keyring()
    if keychain_problem(ring) == _NO_KEYCHAIN:
        return True  # nothing can have been stored there
    for account in (_account(folder), _account(folder) + MARK_SUFFIX):
        try:
            if ring.get_password(SERVICE, account) is not None:
                ring.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError:
            return False
    return True


# The change counter of the store, kept in the keychain too (only where the person chose to
# remember the passphrase there): copying an old data file back is then noticed even when
# the backups were copied back with it.
MARK_SUFFIX = "-changes"


def remember_mark(folder: Path, changes: int) -> bool:
    if keychain_problem() is not None:
        return False
    try:
        keyring.get_keyring().set_password(SERVICE, _account(folder) + MARK_SUFFIX, str(int(changes)))
        return True
    except keyring.errors.KeyringError:
        return False


def recall_mark(folder: Path) -> int | None:
    if keychain_problem() is not None:
        return None
    try:
        value = keyring.get_keyring().get_password(SERVICE, _account(folder) + MARK_SUFFIX)
        return int(value) if value is not None else None
    except (keyring.errors.KeyringError, ValueError):
        return None
