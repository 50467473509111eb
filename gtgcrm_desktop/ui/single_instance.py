"""One app per workspace: a second start brings the running window to the front and exits.

The first instance holds a QLockFile and listens on a QLocalServer, both named by a hash of
the user and the data folder and kept in the user's runtime folder; a later one finds the lock taken, asks the server to raise its
window and stops before it opens anything. The OS releases the lock when a process dies
(QLockFile also takes over a stale lock whose process is gone).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

if TYPE_CHECKING:  # QtNetwork is imported when used: not before the first paint
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_log = logging.getLogger(__name__)

RAISE_REQUEST = b"raise\n"
ACK = b"ok\n"
#: How long a second instance tries to reach the first (which may still be starting).
CONNECT_WAIT_S = 5.0
_IO_TIMEOUT_MS = 1000
#: At start the server listens this long after the claim, once the window has painted (a
#: second instance keeps trying to reach it for CONNECT_WAIT_S).
LISTEN_AFTER_MS = 400


def _private_folder() -> Path:
    """The user's own runtime folder (XDG_RUNTIME_DIR, mode 0700) where there is one, else the
    temporary folder (per user on Windows and macOS)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    return Path(tempfile.gettempdir())


def instance_key(data_dir: Path) -> str:
    """A name for the lock and the local server: the same user and folder give the same name."""
    try:
        folder = str(data_dir.expanduser().resolve())
    except OSError:
        folder = str(data_dir)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:32]
    return f"gtgcrm-{digest}"


class SingleInstance(QObject):
    """`claim()` once at start; the first instance emits `activate_requested` when a later one
    starts (the app then raises its window, see `raise_app_window`)."""

    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(data_dir)
        folder = _private_folder()
        self._lock = QLockFile(str(folder / f"{self.key}.lock"))
        # A named pipe on Windows; elsewhere a socket file in the same private folder.
        self.server_name = self.key if sys.platform == "win32" else str(folder / f"{self.key}.sock")
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def claim(self, listen_after_ms: int = -1) -> bool:
        """True when this is the first instance (it now listens, or starts to after
        `listen_after_ms`); False when another one runs (it was asked to come to the front)."""
        if self._lock.tryLock(0):
            if listen_after_ms < 0:
                self._listen()
            else:
                QTimer.singleShot(listen_after_ms, self._listen)
            return True
        self._ask_to_raise()
        return False

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if not self._lock.isLocked():  # released meanwhile
            return
        QLocalServer.removeServer(self.server_name)  # a socket left by a crashed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            _log.warning("single-instance server not listening: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readLine(64).data()) == RAISE_REQUEST:
            socket.write(ACK)
            socket.flush()
            self.activate_requested.emit()
        socket.disconnectFromServer()

    def _ask_to_raise(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + CONNECT_WAIT_S
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(_IO_TIMEOUT_MS):
                socket.write(RAISE_REQUEST)
                socket.waitForBytesWritten(_IO_TIMEOUT_MS)
                answered = socket.waitForReadyRead(_IO_TIMEOUT_MS)
                socket.disconnectFromServer()
                return answered
            if time.monotonic() >= deadline:
                _log.warning("another instance holds the lock but does not answer")
                return False
            time.sleep(0.1)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def raise_app_window() -> None:
    """Bring this app's front window (the main window, or the dialog it shows) to the front."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    target: QWidget | None = app.activeModalWidget()
    if target is None:
        visible = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        visible.sort(key=lambda w: not isinstance(w, QMainWindow))
        target = visible[0] if visible else None
    if target is None:
        return
    if target.isMinimized():
        target.showNormal()
    target.raise_()
    target.activateWindow()


def claim_or_raise(data_dir: Path) -> SingleInstance | None:
    """At start: the claimed guard (raising the window when asked), or None when another
    instance has this workspace; it was asked to come to the front and this one should stop."""
    instance = SingleInstance(data_dir)
    if not instance.claim(listen_after_ms=LISTEN_AFTER_MS):
        message = QCoreApplication.translate(
            "SingleInstance", "GTG CRM is already open for this workspace; its window is shown."
        )
        print(message, file=sys.stderr)
        return None
    instance.activate_requested.connect(raise_app_window)
    return instance
