"""Locks from the operating system: the screen locks, the session switches to another user, or
the machine goes to sleep. Linux says so over D-Bus, Windows with session-change messages to a
window, macOS with notifications; each reaches `SessionLockWatch.locked`. Qt's own "application
suspended" state is a mobile one that desktops do not send, so it cannot be relied on for this."""

from __future__ import annotations

import ctypes
import itertools
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

log = logging.getLogger("quash.gui")

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_SESSION = "org.freedesktop.login1.Session"

# Desktop screen savers that announce ActiveChanged(true) when the screen locks (session bus),
# as KeePassXC listens for them (src/gui/osutils/nixutils/ScreenLockListenerDBus.cpp).
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),  # KDE Plasma
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
)

_names = itertools.count(1)


def session_object_path(session_id: str) -> str:
    """logind's object path for a session id: sd_bus_path_encode escapes every character that is
    not a letter or digit, and a leading digit, as _XX (hex): "2" -> ".../session/_32"."""
    out = []
    for i, ch in enumerate(session_id):
        if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)):
            out.append(ch)
        else:
            out.append("".join(f"_{b:02x}" for b in ch.encode()))
    return f"{LOGIN1_PATH}/session/{''.join(out) or '_'}"


class SessionLockWatch(QObject):
    """Emits `locked(reason)` when the system locks the screen, switches user or sleeps.
    reason: "screen-locked", "session-locked", "user-switched" or "sleep"."""

    locked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # what this platform lets Quash hear, for the log
        self._native: object | None = None  # the Windows or macOS watcher, kept alive
        try:
            if sys.platform.startswith("linux") or "bsd" in sys.platform:
                self._listen_dbus()
            elif sys.platform == "win32":
                self._native = WindowsSessionWatch(self)
            elif sys.platform == "darwin":
                self._native = MacSessionWatch(self)
        except Exception as exc:  # noqa: BLE001 - the idle timer and Ctrl+L still lock
            log.warning("cannot hear the system's locks (%s)", type(exc).__name__)
        log.info("locks with the system on: %s", ", ".join(self.listening) or "nothing")

    # -- Linux and the BSDs: D-Bus

    def _listen_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        session = _bus("DBUS_SESSION_BUS_ADDRESS", QDBusConnection.sessionBus)
        system = _bus("DBUS_SYSTEM_BUS_ADDRESS", QDBusConnection.systemBus)
        if session is not None:
            for service, path in SCREEN_SAVERS:
                self._connect(
                    session, service, path, service, "ActiveChanged", "_on_saver(bool)", service
                )
            self._connect(
                session,
                "com.canonical.Unity",
                "/com/canonical/Unity/Session",
                "com.canonical.Unity.Session",
                "Locked",
                "_on_session_lock()",
                "Unity",
            )
        if system is None:
            return
        manager = "org.freedesktop.login1.Manager"
        self._connect(
            system, LOGIN1, LOGIN1_PATH, manager, "PrepareForSleep", "_on_sleep(bool)", "sleep"
        )
        own = _own_session_path(system)
        if own is None:
            return
        self._connect(system, LOGIN1, own, LOGIN1_SESSION, "Lock", "_on_session_lock()", "lock")
        self._connect(
            system,
            LOGIN1,
            own,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            "_on_session_changed(QString,QVariantMap,QStringList)",
            "user-switch",
        )

    def _connect(
        self, bus: Any, service: str, path: str, interface: str, name: str, slot: str, what: str
    ) -> None:
        if bus.connect(service, path, interface, name, self, "1" + slot):  # "1": Qt's SLOT()
            if what not in self.listening:
                self.listening.append(what)

    @Slot(bool)
    def _on_saver(self, active: bool) -> None:
        if active:
            self.locked.emit("screen-locked")

    @Slot()
    def _on_session_lock(self) -> None:
        self.locked.emit("session-locked")

    @Slot(bool)
    def _on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.locked.emit("sleep")

    @Slot(str, "QVariantMap", "QStringList")
    def _on_session_changed(self, interface: str, changed: dict, _invalidated: list) -> None:
        # The session stops being the active one when someone switches user (or the seat is
        # taken over by another session); a locked screen sets LockedHint.
        if interface != LOGIN1_SESSION:
            return
        if changed.get("Active") is False:
            self.locked.emit("user-switched")
        elif changed.get("LockedHint") is True:
            self.locked.emit("session-locked")


def _bus(variable: str, default: Any) -> Any:
    """The bus the environment names (each its own connection, so a test's or a sandbox's bus is
    used as given), else Qt's default one; None where there is no bus to hear."""
    from PySide6.QtDBus import QDBusConnection

    address = os.environ.get(variable)
    bus = (
        QDBusConnection.connectToBus(address, f"quash-lock-{next(_names)}")
        if address
        else default()
    )
    return bus if bus.isConnected() else None


def _own_session_path(system: Any) -> str | None:
    """This login session's object path at logind: from XDG_SESSION_ID, else asked by process."""
    session_id = os.environ.get("XDG_SESSION_ID")
    if session_id:
        return session_object_path(session_id)
    from PySide6.QtDBus import QDBusInterface, QDBusObjectPath

    manager = QDBusInterface(LOGIN1, LOGIN1_PATH, "org.freedesktop.login1.Manager", system)
    manager.setTimeout(300)
    if not manager.isValid():
        return None
    reply = manager.call("GetSessionByPID", os.getpid())
    args = reply.arguments()
    if not args:
        return None
    first = args[0]
    return first.path() if isinstance(first, QDBusObjectPath) else str(first) or None


# -- Windows: WTSRegisterSessionNotification and WM_WTSSESSION_CHANGE / WM_POWERBROADCAST

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_REASONS = {
    WTS_SESSION_LOCK: "session-locked",
    WTS_CONSOLE_DISCONNECT: "user-switched",
    WTS_REMOTE_DISCONNECT: "user-switched",
}


class WindowsSessionWatch(QAbstractNativeEventFilter):
    """Registers a hidden top-level window for session notifications and reads the messages Qt
    passes through its native event filter."""

    def __init__(self, owner: SessionLockWatch) -> None:
        super().__init__()
        from PySide6.QtWidgets import QWidget

        self._owner = owner
        self._window = QWidget()  # never shown; only its window handle is used
        self._window.setObjectName("quash-session-watch")
        hwnd = int(self._window.winId())
        wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        if wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(hwnd), NOTIFY_FOR_THIS_SESSION):
            owner.listening.extend(["lock", "user-switch"])
        owner.listening.append("sleep")  # WM_POWERBROADCAST reaches every top-level window
        app = QCoreApplication.instance()
        assert app is not None
        app.installNativeEventFilter(self)

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # noqa: N802 - Qt's name
        if bytes(event_type) not in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in WINDOWS_REASONS:
            self._owner.locked.emit(WINDOWS_REASONS[msg.wParam])
        elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
            self._owner.locked.emit("sleep")
        return False, 0


# -- macOS: the distributed screen-lock notification and the workspace's sleep / switch ones

MAC_NOTIFICATIONS = (
    # (centre, notification name, reason)
    ("distributed", "com.apple.screenIsLocked", "screen-locked"),
    ("workspace", "NSWorkspaceWillSleepNotification", "sleep"),
    ("workspace", "NSWorkspaceSessionDidResignActiveNotification", "user-switched"),
)


class MacSessionWatch:
    """An Objective-C observer made through the runtime's C API (no PyObjC needed); Qt's Cocoa
    event loop runs the main run loop the notifications are delivered on."""

    def __init__(self, owner: SessionLockWatch) -> None:
        import ctypes.util

        self._owner = owner
        objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")
        ctypes.cdll.LoadLibrary("/System/Library/Frameworks/AppKit.framework/AppKit")
        self._objc = objc
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        # Each notification's callback: -(void)quashNotified:(NSNotification *)note
        callback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
        self._imp = callback(self._notified)  # kept alive as long as the watch
        cls = self._observer_class()
        observer = self._send(self._send(cls, "alloc"), "init")
        self._observer = observer
        selector = objc.sel_registerName(b"quashNotified:")
        distributed = self._send(
            objc.objc_getClass(b"NSDistributedNotificationCenter"), "defaultCenter"
        )
        workspace = self._send(
            self._send(objc.objc_getClass(b"NSWorkspace"), "sharedWorkspace"), "notificationCenter"
        )
        self._reasons: dict[str, str] = {}
        for centre, name, reason in MAC_NOTIFICATIONS:
            target = distributed if centre == "distributed" else workspace
            self._send(
                target,
                "addObserver:selector:name:object:",
                observer,
                selector,
                self._string(name),
                None,
                argtypes=[ctypes.c_void_p] * 4,
            )
            self._reasons[name] = reason
            owner.listening.append(reason)

    def _observer_class(self) -> int:
        objc = self._objc
        objc.objc_allocateClassPair.restype = ctypes.c_void_p
        objc.objc_allocateClassPair.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        objc.class_addMethod.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_char_p,
        ]
        objc.objc_registerClassPair.argtypes = [ctypes.c_void_p]
        name = f"QuashSessionObserver{id(self)}".encode()
        cls = objc.objc_allocateClassPair(objc.objc_getClass(b"NSObject"), name, 0)
        objc.class_addMethod(
            cls,
            objc.sel_registerName(b"quashNotified:"),
            ctypes.cast(self._imp, ctypes.c_void_p),
            b"v@:@",
        )
        objc.objc_registerClassPair(cls)
        return int(cls)

    def _send(
        self,
        receiver: Any,
        selector: str,
        *args: Any,
        argtypes: list[Any] | None = None,
        restype: Any = ctypes.c_void_p,
    ) -> Any:
        # objc_msgSend must be called through a prototype of the exact types (arm64 ABI).
        types = [ctypes.c_void_p, ctypes.c_void_p] + (argtypes or [])
        address = ctypes.cast(self._objc.objc_msgSend, ctypes.c_void_p).value
        assert address is not None
        send = ctypes.CFUNCTYPE(restype, *types)(address)
        return send(receiver, self._objc.sel_registerName(selector.encode()), *args)

    def _string(self, text: str) -> Any:
        nsstring = self._objc.objc_getClass(b"NSString")
        return self._send(
            nsstring, "stringWithUTF8String:", text.encode(), argtypes=[ctypes.c_char_p]
        )

    def _notified(self, _self: Any, _cmd: Any, note: Any) -> None:
        name_obj = self._send(note, "name")
        raw = self._send(name_obj, "UTF8String", restype=ctypes.c_char_p)
        reason = self._reasons.get(raw.decode() if raw else "")
        if reason is not None:
            self._owner.locked.emit(reason)
