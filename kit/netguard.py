"""Make the kit provably offline: any attempt to create a socket raises.

Installed at start-up by the app and the CLI, and around every test by tests/conftest.py.
External links are handed to the system browser through QDesktopServices (another process),
only after the user confirms.
"""

from __future__ import annotations

import socket


class NetworkBlocked(RuntimeError):
    """Raised when code tries to open a socket. The kit never uses the network."""


_ORIGINAL = {name: getattr(socket, name) for name in
             ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd")}


def _refuse(*_args, **_kwargs):
    raise NetworkBlocked("Ontkoppel works offline: opening a network connection is not allowed")


class _GuardedSocket(_ORIGINAL["socket"]):  # type: ignore[misc, valid-type]
    def __init__(self, *args, **kwargs):
        _refuse()


def install() -> None:
    socket.socket = _GuardedSocket  # type: ignore[misc]
    for name in ("create_connection", "getaddrinfo", "socketpair", "fromfd"):
        setattr(socket, name, _refuse)


def uninstall() -> None:
    for name, value in _ORIGINAL.items():
        setattr(socket, name, value)


def installed() -> bool:
    return socket.socket is _GuardedSocket
