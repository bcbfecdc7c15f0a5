"""Make the kit provably offline: any attempt to create a socket raises.

Installed at start-up by the app and the CLI, and around every test by tests/conftest.py.
External links are handed to the system browser through QDesktopServices (another process),
only after the user confirms.

One exception: the iPhone check talks to the local usbmuxd (Apple's USB multiplexer), on the
Unix socket /var/run/usbmuxd (Linux, macOS) or on 127.0.0.1:27015 (Windows, Apple Mobile
Device Support). A socket may be created, but it can only connect to exactly that address;
anything else (another path, another port, bind, listen, sendto, a name lookup) raises.
"""

from __future__ import annotations

import socket
import sys


class NetworkBlocked(RuntimeError):
    """Raised when code tries to open a socket. The kit never uses the network."""


_ORIGINAL = {name: getattr(socket, name) for name in
             ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd")}


def _refuse(*_args, **_kwargs):
    raise NetworkBlocked("Ontkoppel works offline: opening a network connection is not allowed")


USBMUXD_PATHS = ("/var/run/usbmuxd", "/private/var/run/usbmuxd")
USBMUXD_TCP = ("127.0.0.1", 27015)


def usbmuxd_address(family: int, address) -> bool:
    """True only for the local usbmuxd: its Unix socket path, or 127.0.0.1:27015 over TCP."""
    if family == getattr(socket, "AF_UNIX", None):
        path = address.decode() if isinstance(address, bytes) else address
        return isinstance(path, str) and path in USBMUXD_PATHS
    if family == socket.AF_INET:
        return isinstance(address, tuple) and tuple(address[:2]) == USBMUXD_TCP
    return False


class _GuardedSocket(_ORIGINAL["socket"]):  # type: ignore[misc, valid-type]
    """A stream socket that may only connect to the local usbmuxd; nothing else works."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 - socket's names
        if fileno is not None:
            _refuse()  # adopting a socket made elsewhere would get around the guard
        family = socket.AF_INET if family == -1 else family
        kind = socket.SOCK_STREAM if type == -1 else type
        allowed = (getattr(socket, "AF_UNIX", None),) + ((socket.AF_INET,) if tcp_allowed() else ())
        if family not in allowed or kind & 0xF != socket.SOCK_STREAM:
            _refuse()
        super().__init__(family, kind, 0 if proto == -1 else proto)

    def connect(self, address):
        if not usbmuxd_address(self.family, address):
            self.close()
            _refuse()
        return super().connect(address)

    def connect_ex(self, address):
        if not usbmuxd_address(self.family, address):
            self.close()
            _refuse()
        return super().connect_ex(address)

    def bind(self, *_args):
        _refuse()

    def listen(self, *_args):
        _refuse()

    def sendto(self, *_args):
        _refuse()


def tcp_allowed() -> bool:
    """usbmuxd listens on TCP only on Windows; elsewhere no TCP socket can even be made."""
    return sys.platform == "win32"


def _create_connection(address, timeout=None, source_address=None, **_kwargs):
    """socket.create_connection, for 127.0.0.1:27015 (usbmuxd on Windows) only."""
    if source_address is not None or not tcp_allowed() or \
            not usbmuxd_address(socket.AF_INET, tuple(address)):
        _refuse()
    sock = _GuardedSocket(socket.AF_INET, socket.SOCK_STREAM)
    if timeout is not None:
        sock.settimeout(timeout)
    try:
        sock.connect(tuple(address))
    except OSError:
        sock.close()
        raise
    return sock


def install() -> None:
    socket.socket = _GuardedSocket  # type: ignore[misc]
    socket.create_connection = _create_connection  # type: ignore[assignment]
    for name in ("getaddrinfo", "socketpair", "fromfd"):
        setattr(socket, name, _refuse)


def uninstall() -> None:
    for name, value in _ORIGINAL.items():
        setattr(socket, name, value)


def installed() -> bool:
    return socket.socket is _GuardedSocket
