"""Private encrypted storage (Qt-free): one SQLCipher database in the data folder.

    from kit.store import Store, WrongPassphrase, CorruptStore
    store = Store.open(folder, passphrase)   # or Store.create(...), Store.guest()
    store.set_step("email-first", "s1", "done")
    store.close()
"""

from kit.store.backup import BackupInfo
from kit.store.erase import EraseResult, what_will_be_lost
from kit.store.errors import (
    Cancelled,
    CorruptStore,
    InsecureKeychain,
    KeychainError,
    NoStore,
    SaveFailed,
    StoreClosed,
    StoreError,
    StoreExists,
    StoreLocked,
    StoreTooNew,
    WrongPassphrase,
)
from kit.store.keychain import forget_key, keychain_problem, recall_key, remember_key
from kit.store.records import LANGUAGE_SETTING, STEP_STATES, Plan, Session
from kit.store.store import Store
from kit.store.throttle import UnlockThrottle

__all__ = [
    "BackupInfo", "Cancelled", "CorruptStore", "EraseResult", "InsecureKeychain", "KeychainError",
    "LANGUAGE_SETTING", "NoStore", "Plan", "SaveFailed", "STEP_STATES", "Session", "Store", "StoreClosed",
    "StoreError", "StoreExists", "StoreLocked", "StoreTooNew", "UnlockThrottle",
    "WrongPassphrase", "forget_key", "keychain_problem", "recall_key", "remember_key",
    "what_will_be_lost",
]
