"""One window per database: a second launch brings the first window forward and exits.

Two copies writing the same SQLite file would each think their view is current (and an
officer double-clicking the icon twice is common). The first copy listens on a local socket
(a named pipe on Windows) whose name is derived from the database path; a later copy for
the same database sends "raise" and quits. Another database is another name, so a
province officer can still keep a test database open beside the real one.
"""
from __future__ import annotations

import os
import zlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
CONNECT_MS = 500


def server_name(db_path: str | os.PathLike) -> str:
    """Stable per database file (case-insensitive on Windows) and per user."""
    path = os.path.normcase(os.path.abspath(str(Path(db_path).expanduser())))
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    key = f"{user}\0{path}".encode("utf-8")
    # two 32-bit checksums, not sha256: hashlib loads OpenSSL (6 ms of every start) for a name
    # that only has to differ between one user's database files
    digest = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    return f"cchc-desktop-{digest}"


class SingleInstance(QObject):
    """`claim()` is True for the first copy (it then listens); False after telling the first copy."""

    raise_requested = Signal()

    def __init__(self, db_path: str | os.PathLike, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self._server: QLocalServer | None = None

    def _notify_running(self) -> bool:
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(CONNECT_MS):
            return False
        sock.write(RAISE)
        sock.flush()
        sock.waitForBytesWritten(CONNECT_MS)
        sock.disconnectFromServer()
        return True

    def claim(self) -> bool:
        if self._notify_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed copy (Unix) blocks the name: nobody answered above.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                # Still impossible (unusual permissions): run without the guard rather than not at all.
                sys.stderr and sys.stderr.write(f"single_instance: {server.errorString()}\n")
                return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _on_connection(self) -> None:
        # The sender writes at once and is local: a short synchronous read keeps no socket
        # objects (or callbacks on them) alive across event-loop turns.
        while self._server is not None and self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock.bytesAvailable() or sock.waitForReadyRead(CONNECT_MS):
                message = bytes(sock.readAll())
            else:
                message = b""
            sock.abort()
            sock.deleteLater()
            if message.startswith(RAISE.strip()):
                self.raise_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, raise and focus; Windows may only flash the taskbar button instead."""
    if window.isMinimized():
        window.showNormal()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def guard(db_path: str | os.PathLike, window_getter) -> SingleInstance | None:
    """For app.main: None means "another copy has this database open — exit now".

    `window_getter()` returns the main window (or None while it is still being built); the
    returned object must be kept alive as long as the app runs.
    """
    instance = SingleInstance(db_path)
    if not instance.claim():
        return None

    def _raise():
        window = window_getter()
        if window is not None:
            bring_to_front(window)
    instance.raise_requested.connect(_raise)
    return instance
