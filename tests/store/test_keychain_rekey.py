"""'Remember on this computer' only with a safe keychain; changing the passphrase."""

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from kit.store import (
    InsecureKeychain,
    Store,
    WrongPassphrase,
    forget_key,
    keychain_problem,
    recall_key,
    remember_key,
)
from kit.store.backup import check_file

from .conftest import PASS


def test_remember_recall_forget(folder, test_keyring):
    assert keychain_problem() is None, "the in-memory test keyring counts as safe"
    assert recall_key(folder) is None
    remember_key(folder, PASS)
    assert recall_key(folder) == PASS
    (account,) = [user for _service, user in test_keyring.items]
    assert str(folder) not in account and "data" in account, "the account name reveals nothing"
    assert forget_key(folder)
    assert recall_key(folder) is None


@pytest.mark.parametrize("backend, why", [
    (keyring.backends.fail.Keyring, "no keychain"),
    (keyring.backends.null.Keyring, "switched off"),
])
def test_refuses_fail_and_null_backends(folder, backend, why):
    keyring.set_keyring(backend())
    with pytest.raises(InsecureKeychain) as err:
        remember_key(folder, PASS)
    assert why in str(err.value) and "Type it each time" in str(err.value)
    assert PASS not in str(err.value)
    assert recall_key(folder) is None
    assert forget_key(folder)


def test_refuses_plaintext_backends(folder):
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 5

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must never be called")

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(InsecureKeychain) as err:
        remember_key(folder, PASS)
    assert "readable file" in str(err.value)


def test_refuses_low_priority_and_chained_plaintext(folder, test_keyring):
    class Weak(keyring.backend.KeyringBackend):
        priority = 0.5

        def get_password(self, s, u):
            return None

        def set_password(self, s, u, p):
            raise AssertionError

        def delete_password(self, s, u):
            pass

    assert keychain_problem(Weak()) is not None

    class ChainerBackend:
        backends = [test_keyring, Weak()]

    assert keychain_problem(ChainerBackend()) is not None


def test_rekey(folder, store, test_keyring):
    store.set_step("g", "s", "done")
    store.close()
    with Store.open(folder, PASS) as s:  # makes a backup with the old passphrase
        remember_key(folder, PASS)
        s.rekey("a new passphrase", PASS)
        assert s.steps("g") == {"s": "done"}
        assert recall_key(folder) == "a new passphrase"
    with pytest.raises(WrongPassphrase):
        Store.open(folder, PASS)
    with Store.open(folder, "a new passphrase") as s:
        assert s.steps("g") == {"s": "done"}
    backups = Store.backups(folder)
    assert backups
    for b in backups:
        assert check_file(b.path, "a new passphrase") == "ok"
        assert check_file(b.path, PASS) == "wrong-passphrase", "old backups must not open with the old one"


def test_guest_has_no_passphrase():
    from kit.store import StoreError

    with Store.guest() as g, pytest.raises(StoreError):
        g.rekey("x", "y")
