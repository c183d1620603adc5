"""The vault locks when the system locks the screen, switches user or goes to sleep: signals
sent over real D-Bus buses (dbus-daemon, started by the test) by peers owning the names the
desktop's screen saver and logind own."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import build_window
from gui.context import AppContext
from gui.session_lock import session_object_path
from tests.support.dbus_buses import Peer, dbus_daemon

# Linux's lock signals (Windows and macOS have their own, gui/session_lock.py); CI runs Linux.
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux's")

LOGIN1 = "/org/freedesktop/login1"
OWN_SESSION = "/org/freedesktop/login1/session/_37"  # XDG_SESSION_ID=7
OTHER_SESSION = "/org/freedesktop/login1/session/_38"


@pytest.fixture
def buses(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    with dbus_daemon() as session, dbus_daemon() as system:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session)
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system)
        monkeypatch.setenv("XDG_SESSION_ID", "7")
        yield session, system


Signal = tuple[str, str, str, str, str | None, tuple[Any, ...]]  # bus, name, path, iface, …
SCREEN_SAVER = ("session", "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
GNOME = ("session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
LOGIND = ("system", "org.freedesktop.login1")
SESSION_PROPS = "org.freedesktop.DBus.Properties"


def _saver(which: tuple[str, str, str], active: bool) -> Signal:
    *where, path = which
    return (*where, path, where[1], "ActiveChanged", "b", (active,))  # type: ignore[return-value]


CASES: dict[str, tuple[list[Signal], Signal, str]] = {
    # name: (signals that must not lock, the signal that locks, the reason it gives)
    "screen saver": ([_saver(SCREEN_SAVER, False)], _saver(SCREEN_SAVER, True), "screen-locked"),
    "GNOME screen saver": ([], _saver(GNOME, True), "screen-locked"),
    "logind lock": (
        [(*LOGIND, OTHER_SESSION, "org.freedesktop.login1.Session", "Lock", None, ())],
        (*LOGIND, OWN_SESSION, "org.freedesktop.login1.Session", "Lock", None, ()),
        "session-locked",
    ),
    "sleep": (
        [(*LOGIND, LOGIN1, "org.freedesktop.login1.Manager", "PrepareForSleep", "b", (False,))],
        (*LOGIND, LOGIN1, "org.freedesktop.login1.Manager", "PrepareForSleep", "b", (True,)),
        "sleep",
    ),
    "switch user": (
        [
            (
                *LOGIND,
                OWN_SESSION,
                SESSION_PROPS,
                "PropertiesChanged",
                "sa{sv}as",
                ("org.freedesktop.login1.Session", {"IdleHint": ("b", True)}, []),
            ),
            (
                *LOGIND,
                OTHER_SESSION,
                SESSION_PROPS,
                "PropertiesChanged",
                "sa{sv}as",
                ("org.freedesktop.login1.Session", {"Active": ("b", False)}, []),
            ),
        ],
        (
            *LOGIND,
            OWN_SESSION,
            SESSION_PROPS,
            "PropertiesChanged",
            "sa{sv}as",
            ("org.freedesktop.login1.Session", {"Active": ("b", False)}, []),
        ),
        "user-switched",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_vault_locks_when_the_system_does(
    case: str, qtbot: QtBot, app_ctx: AppContext, buses: tuple[str, str]
) -> None:
    ignored, locking, reason = CASES[case]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build_window(app, app_ctx)
    qtbot.addWidget(window)
    window.show()
    heard: list[str] = []
    controller.idle.system.locked.connect(heard.append)
    addresses = dict(zip(("session", "system"), buses, strict=True))
    peers: dict[str, Peer] = {}
    try:
        for bus, name, path, interface, member, signature, body in [*ignored, locking]:
            if name not in peers:
                peers[name] = Peer(addresses[bus], name)
            peers[name].emit(path, interface, member, signature, *body)
        qtbot.waitUntil(lambda: not app_ctx.is_unlocked, timeout=5000)
    finally:
        for peer in peers.values():
            peer.close()
    assert heard == [reason]  # the signals before it were heard and did not lock
    assert not window.isVisible()
    assert app_ctx.vault is not None and app_ctx.vault.is_locked
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    controller.unlock_dialog.reject()
    controller.idle.stop()


def test_a_second_lock_signal_while_locked_opens_no_second_unlock_window(
    qtbot: QtBot, app_ctx: AppContext, buses: tuple[str, str]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build_window(app, app_ctx)
    qtbot.addWidget(window)
    assert set(controller.idle.system.listening) >= {
        "org.freedesktop.ScreenSaver",
        "sleep",
        "lock",
        "user-switch",
    }
    session, _system = buses
    peer = Peer(session, "org.freedesktop.ScreenSaver")
    try:
        with qtbot.waitSignal(controller.idle.system.locked, timeout=5000):
            peer.emit(*SCREEN_SAVER[2:], SCREEN_SAVER[1], "ActiveChanged", "b", True)
        assert not app_ctx.is_unlocked
        dialog = controller.unlock_dialog
        with qtbot.waitSignal(controller.idle.system.locked, timeout=5000):
            peer.emit(*SCREEN_SAVER[2:], SCREEN_SAVER[1], "ActiveChanged", "b", True)
        assert controller.unlock_dialog is dialog  # one unlock window, not a second
    finally:
        peer.close()
    assert dialog is not None
    dialog.reject()
    controller.idle.stop()


@pytest.mark.parametrize(
    ("session_id", "path"),
    [
        ("2", "/org/freedesktop/login1/session/_32"),
        ("c1", "/org/freedesktop/login1/session/c1"),
        ("12", "/org/freedesktop/login1/session/_312"),
        ("a-b", "/org/freedesktop/login1/session/a_2db"),
    ],
)
def test_logind_session_paths_are_escaped_as_sd_bus_does(session_id: str, path: str) -> None:
    assert session_object_path(session_id) == path


def test_without_a_bus_to_hear_the_app_still_starts_and_locks_by_hand(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path / 'no-system-bus'}")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, controller = build_window(app, app_ctx)
    qtbot.addWidget(window)
    assert controller.idle.system.listening == []
    window.lock_action.trigger()  # Ctrl+L still locks
    assert not app_ctx.is_unlocked
    assert controller.unlock_dialog is not None
    controller.unlock_dialog.reject()
    controller.idle.stop()
