"""When to lock: no input for a while, and the system saying the screen locks or it goes to sleep.

Wired system signals: on Linux the session bus's org.freedesktop.ScreenSaver and
org.gnome.ScreenSaver ActiveChanged(true), and logind's PrepareForSleep(true) on the system bus
(through QtDBus, when a bus is there); on Windows WM_WTSSESSION_CHANGE (session locked) and
WM_POWERBROADCAST (suspend) through a native event filter; everywhere Qt's
ApplicationSuspended state. macOS's com.apple.screenIsLocked needs a distributed-notification
observer that Qt does not offer, so on macOS the idle timer and Ctrl+L are what lock.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

_log = logging.getLogger(__name__)

#: The events that count as the person using the app.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    """Emits `idle` once after `timeout_ms` without keyboard, mouse or touch input anywhere in
    the app; `set_timeout_ms(0)` switches it off. Input only records a time (no timer restart
    per mouse move); the timer checks that time when it fires."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = 0
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self._check)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_timeout_ms(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(0, int(timeout_ms))
        self.restart()

    def restart(self) -> None:
        """Count from now (after an unlock, or a new timeout)."""
        self._last_input = time.monotonic()
        self._timer.stop()
        if self._timeout_ms > 0:
            self._timer.setTimerType(
                Qt.TimerType.PreciseTimer if self._timeout_ms < 5000 else Qt.TimerType.CoarseTimer
            )
            self._timer.start(self._timeout_ms)

    def pause(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if self._timeout_ms <= 0:
            return
        quiet_ms = int((time.monotonic() - self._last_input) * 1000)
        if quiet_ms >= self._timeout_ms - 20:
            self.idle.emit()
        else:
            self._timer.start(self._timeout_ms - quiet_ms)


SESSION_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "ActiveChanged",
     "on_screensaver(bool)"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
)  # fmt: skip
SYSTEM_SIGNALS = (
    ("org.freedesktop.login1.Manager", "/org/freedesktop/login1", "PrepareForSleep",
     "on_prepare_for_sleep(bool)"),
)  # fmt: skip


class SystemLockWatch(QObject):
    """Emits `locking` when the system reports a screen lock or sleep (see the module notes)."""

    locking = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wired: list[str] = []
        self._native: _WindowsSessionFilter | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
            self.wired.append("ApplicationSuspended")
        if sys.platform.startswith("linux"):
            self._connect_dbus()
        elif sys.platform == "win32":
            self._connect_windows()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.locking.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.locking.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.locking.emit()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        self.connect_bus(QDBusConnection.sessionBus(), system=False)
        self.connect_bus(QDBusConnection.systemBus(), system=True)

    def connect_bus(self, bus: QDBusConnection, system: bool) -> None:
        """Listen on `bus` (a QDBusConnection) for the screen-saver or the sleep signals."""
        from PySide6.QtCore import SLOT

        if not bus.isConnected():
            return
        for interface, path, signal, slot in SYSTEM_SIGNALS if system else SESSION_SIGNALS:
            if bus.connect("", path, interface, signal, self, SLOT(slot)):
                self.wired.append(f"{interface}.{signal}")

    def _connect_windows(self) -> None:
        app = QGuiApplication.instance()
        if app is None:
            return
        self._native = _WindowsSessionFilter(self.locking.emit)
        app.installNativeEventFilter(self._native)
        self.wired.append("WM_POWERBROADCAST")

    def watch_window(self, window: QWidget) -> None:
        """Windows: ask for session (lock) notifications for this top-level window."""
        if sys.platform != "win32" or self._native is None:
            return
        import ctypes

        window_id = int(window.winId())

        notify_for_this_session = 0
        with contextlib.suppress(OSError, AttributeError):
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            if wtsapi.WTSRegisterSessionNotification(
                ctypes.c_void_p(window_id), notify_for_this_session
            ):
                self.wired.append("WM_WTSSESSION_CHANGE")


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK and WM_POWERBROADCAST / PBT_APMSUSPEND."""

    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7
    WM_POWERBROADCAST = 0x0218
    PBT_APMSUSPEND = 0x4

    def __init__(self, on_lock: object) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int) -> object:
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        import ctypes
        from ctypes import wintypes

        msg = ctypes.cast(int(message), ctypes.POINTER(wintypes.MSG)).contents
        locked = msg.message == self.WM_WTSSESSION_CHANGE and msg.wParam == self.WTS_SESSION_LOCK
        sleeping = msg.message == self.WM_POWERBROADCAST and msg.wParam == self.PBT_APMSUSPEND
        if locked or sleeping:
            QTimer.singleShot(0, self._on_lock)  # type: ignore[arg-type]
        return False, 0
