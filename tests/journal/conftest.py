import pytest

from tests.store.conftest import PASS, folder, store  # noqa: F401 - the same fixtures


@pytest.fixture
def journal(store):  # noqa: F811 - the fixture imported above
    from kit.journal import Journal

    return Journal(store)
