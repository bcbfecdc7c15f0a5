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
    ForeignFile,
    InsecureKeychain,
    KeychainError,
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
from kit.store.keychain import forget_key, keychain_problem, recall_key, remember_key
from kit.store.passphrase import MIN_LENGTH, WeakPassphrase, check_new
from kit.store.records import LANGUAGE_SETTING, STEP_STATES, Plan, Session
from kit.store.store import Rollback, Store
from kit.store.throttle import UnlockThrottle

__all__ = [
    "BackupInfo", "Cancelled", "CorruptStore", "EraseResult", "ForeignFile", "InsecureKeychain",
    "KeychainError", "MIN_LENGTH", "NotKitFile", "Rollback", "Throttled", "WeakPassphrase",
    "check_new",
    "LANGUAGE_SETTING", "NoStore", "Plan", "SaveFailed", "STEP_STATES", "Session", "Store", "StoreClosed",
    "StoreError", "StoreExists", "StoreLocked", "StoreTooNew", "UnlockThrottle",
    "WrongPassphrase", "forget_key", "keychain_problem", "recall_key", "remember_key",
    "what_will_be_lost",
]
