"""Loaded by every child Python that has this folder on PYTHONPATH: no internet sockets.

Creating an AF_INET or AF_INET6 socket, `socket.create_connection` and `socket.getaddrinfo`
raise OSError; AF_UNIX sockets (local IPC) still work. Besides patching the `socket` module,
an audit hook (PEP 578) refuses the same things when done through the C module `_socket`
directly, and refuses name lookups and connects to network addresses.

Each refused attempt is also appended to the file named by QUASH_TEST_NONET_LOG, if set, so an
attempt that the program caught and swallowed is still seen by the test. Each process that
loads the guard appends its pid to QUASH_TEST_NONET_ACTIVE, if set, so a test can prove its
children really ran guarded.
"""

from __future__ import annotations

import os
import socket
import sys
import traceback
from typing import Any

_INET = {int(socket.AF_INET), int(socket.AF_INET6)}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}
_RealSocket = socket.socket


def _refuse(what: str) -> OSError:
    log = os.environ.get("QUASH_TEST_NONET_LOG")
    if log:
        stack = "".join(traceback.format_stack(limit=14)[:-2])
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"REFUSED {what}\n{stack}\n")
    return OSError(f"network access is disabled in this test: {what}")


class GuardedSocket(_RealSocket):
    """socket.socket, minus internet families."""

    def __init__(
        self, family: Any = -1, type: Any = -1, proto: Any = -1, fileno: Any = None
    ) -> None:
        if fileno is None and (family == -1 or int(family) in _INET):
            raise _refuse(f"socket.socket(family={family!r})")
        super().__init__(family, type, proto, fileno)


def _no_create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    raise _refuse(f"socket.create_connection({address!r})")


def _no_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    raise _refuse(f"socket.getaddrinfo({host!r})")


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__":
        family = args[1]
        # -1 is "the default", which _socket resolves to AF_INET.
        if family == -1 or family in _INET:
            raise _refuse(f"_socket.socket(family={family!r})")
    elif event in _LOOKUPS:
        raise _refuse(f"{event}{args!r}")
    elif event in ("socket.connect", "socket.sendto", "socket.bind"):
        address = args[1] if len(args) > 1 else None
        if isinstance(address, tuple):  # (host, port[, ...]): an internet address
            raise _refuse(f"{event}({address!r})")


socket.socket = GuardedSocket  # type: ignore[misc]
socket.SocketType = GuardedSocket  # type: ignore[misc,assignment]
socket.create_connection = _no_create_connection  # type: ignore[assignment]
socket.getaddrinfo = _no_getaddrinfo  # type: ignore[assignment]
sys.addaudithook(_audit)

_active = os.environ.get("QUASH_TEST_NONET_ACTIVE")
if _active:
    with open(_active, "a", encoding="utf-8") as _handle:
        _handle.write(f"{os.getpid()}\n")
