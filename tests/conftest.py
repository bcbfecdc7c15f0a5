"""Shared test set-up: offline, isolated data folder, pinned locale, in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_US.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402

from kit import netguard  # noqa: E402


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that lives only in this test process."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


_WATCHDOG_OUT = None


def _real_stderr(config):
    """The terminal's stderr, not pytest's capture file (which is lost when the watchdog exits)."""
    global _WATCHDOG_OUT
    if _WATCHDOG_OUT is None:
        fd = 2
        capman = config.pluginmanager.getplugin("capturemanager")
        saved = getattr(getattr(getattr(capman, "_global_capturing", None), "err", None), "targetfd_save", None)
        if isinstance(saved, int):
            fd = saved
        _WATCHDOG_OUT = os.fdopen(os.dup(fd), "w")
    return _WATCHDOG_OUT


@pytest.fixture(autouse=True)
def watchdog(request):
    """A hung test (say, a modal dialog nobody answers) stops the run with a traceback on the
    terminal instead of eating CI's time."""
    import faulthandler

    seconds = float(os.environ.get("KIT_TEST_WATCHDOG_S", "150"))
    if request.node.get_closest_marker("slow") is not None:
        # a slow test (the 200 SIGKILL rounds) is not hung when a busy 2-core machine makes it
        # take several minutes; the watchdog only has to stop one that never ends
        seconds *= 6
    faulthandler.dump_traceback_later(seconds, exit=True, file=_real_stderr(request.config))
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def no_leftover_threads(request):
    """A test that starts a thread stops it before it ends. A thread that is already ending gets
    time to end (join, not sleep); one that is still running after that fails the test."""
    import threading

    before = set(threading.enumerate())
    yield
    # a QThread that ran Python code shows up as a never-ending "dummy" thread; QThreads are
    # checked by tests/ui/conftest.py instead
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()
                and not isinstance(t, threading._DummyThread)]
    for t in leftover:
        t.join(timeout=10)
    still = [t.name for t in leftover if t.is_alive()]
    if still:
        pytest.fail(f"{request.node.nodeid} left threads running: {', '.join(still)}")


@pytest.fixture(autouse=True)
def no_network():
    """Every test runs with sockets blocked, as the app does."""
    netguard.install()
    yield
    netguard.uninstall()


@pytest.fixture(autouse=True)
def test_keyring():
    from kit.store.keychain import trust_backend

    trust_backend(MemoryKeyring)  # the kit accepts only the OS keychains, and this test one
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """A private data folder, HOME and XDG folders per test; nothing touches the real profile."""
    home = tmp_path / "home"
    for sub in ("", ".config", ".local/share", ".cache", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    data = tmp_path / "data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.setenv("KIT_DATA_DIR", str(data))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.delenv("KIT_PASSPHRASE", raising=False)
    yield data


def pytest_sessionfinish(session, exitstatus):
    """A run in which no test passed is a failure, never a green build."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    passed = len(reporter.stats.get("passed", [])) if reporter else 0
    if exitstatus == 0 and passed == 0:
        session.exitstatus = 5
