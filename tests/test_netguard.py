import socket

import pytest

from kit import netguard


def test_guard_is_active_in_every_test():
    assert netguard.installed()


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.create_connection(("127.0.0.1", 9)),
        lambda: socket.getaddrinfo("example.org", 443),
        lambda: socket.socketpair(),
    ],
    ids=["socket", "create_connection", "getaddrinfo", "socketpair"],
)
def test_any_socket_attempt_raises(attempt):
    with pytest.raises(netguard.NetworkBlocked):
        attempt()


def test_cli_installs_the_guard(monkeypatch, capsys):
    from kit.cli import run

    netguard.uninstall()
    run(["help", "list", "--json"])
    assert netguard.installed()


def test_no_network_modules_are_used():
    """No QtNetwork, QtWebEngine, urllib or http clients anywhere in the kit."""
    from pathlib import Path

    anywhere = ("QtNetwork", "QtWebEngine", "urllib.request", "http.client")
    imported = ("requests", "httpx", "aiohttp", "socket")
    for path in (Path(__file__).parents[1] / "kit").rglob("*.py"):
        if path.name == "netguard.py":
            continue
        text = path.read_text("utf-8")
        for word in anywhere:
            assert word not in text, f"{path} uses {word}"
        for word in imported:
            assert f"import {word}\n" not in text and f"from {word} " not in text, f"{path} imports {word}"


# -- the one exception: the local usbmuxd of the iPhone check ---------------------------------
@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets only")
def test_usbmuxd_unix_socket_is_the_only_allowed_connection(tmp_path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with pytest.raises(OSError) as e:  # allowed by the guard; no usbmuxd runs here
        s.connect("/var/run/usbmuxd")
    assert not isinstance(e.value, netguard.NetworkBlocked)
    s.close()
    for path in ("/var/run/usbmuxd2", str(tmp_path / "usbmuxd"), "/run/dbus/system_bus_socket"):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with pytest.raises(netguard.NetworkBlocked):
            s.connect(path)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with pytest.raises(netguard.NetworkBlocked):
        s.bind(str(tmp_path / "server"))
    with pytest.raises(netguard.NetworkBlocked):
        socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    with pytest.raises(netguard.NetworkBlocked):
        socket.socket(fileno=0)


def test_usbmuxd_tcp_on_windows_is_the_only_allowed_connection(monkeypatch):
    monkeypatch.setattr(netguard, "tcp_allowed", lambda: True)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError) as e:  # allowed by the guard; nothing listens on 27015 here
        s.connect(("127.0.0.1", 27015))
    assert not isinstance(e.value, netguard.NetworkBlocked)
    s.close()
    with pytest.raises(OSError) as e:
        socket.create_connection(("127.0.0.1", 27015), timeout=2)
    assert not isinstance(e.value, netguard.NetworkBlocked)
    for address in (("127.0.0.1", 27016), ("127.0.0.2", 27015), ("10.0.0.1", 27015),
                    ("93.184.216.34", 443)):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(netguard.NetworkBlocked):
            s.connect(address)
        with pytest.raises(netguard.NetworkBlocked):
            socket.create_connection(address)
    with pytest.raises(netguard.NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with pytest.raises(netguard.NetworkBlocked):
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    with pytest.raises(netguard.NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).sendto(b"x", ("127.0.0.1", 27015))


def test_no_tcp_socket_outside_windows():
    if netguard.tcp_allowed():
        pytest.skip("Windows: usbmuxd is on TCP there")
    with pytest.raises(netguard.NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(netguard.NetworkBlocked):
        socket.create_connection(("127.0.0.1", 27015))
