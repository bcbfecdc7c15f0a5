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
