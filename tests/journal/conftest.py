import pytest

from kit.store import Store

PASS = "correct horse battery staple"


@pytest.fixture
def folder(isolated_dirs):
    """The private data folder of this test (KIT_DATA_DIR)."""
    return isolated_dirs


@pytest.fixture
def store(folder):
    s = Store.create(folder, PASS)
    yield s
    s.close()


@pytest.fixture
def journal(store):
    from kit.journal import Journal

    return Journal(store)
