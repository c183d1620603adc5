"""Real D-Bus buses for tests: `dbus-daemon --session` started by the test (one plays the
session bus, another the system bus logind lives on), and a peer that owns a well-known name
(org.freedesktop.ScreenSaver, org.freedesktop.login1) and emits its signals, as the desktop and
logind do."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jeepney import DBusAddress, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection


@contextmanager
def dbus_daemon() -> Iterator[str]:
    """A private bus with the session bus's policy; yields its address."""
    program = shutil.which("dbus-daemon")
    assert program, "dbus-daemon is needed (Debian package dbus-daemon); make test installs it"
    daemon = subprocess.Popen(
        [program, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


class Peer:
    """A connection to a bus that owns `name` and emits signals from it."""

    def __init__(self, address: str, name: str) -> None:
        self.connection: DBusConnection = open_dbus_connection(bus=address)
        reply = self.connection.send_and_get_reply(message_bus.RequestName(name), timeout=5)
        assert reply.body == (1,), f"could not own {name}: {reply.body}"  # 1: primary owner

    def emit(
        self, path: str, interface: str, member: str, signature: str | None = None, *body: Any
    ) -> None:
        self.connection.send(
            new_signal(DBusAddress(path, interface=interface), member, signature, body)
        )
        # A round trip to the bus: every message sent before it has been routed.
        self.connection.send_and_get_reply(message_bus.GetId(), timeout=5)

    def close(self) -> None:
        self.connection.close()
