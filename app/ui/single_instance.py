"""One app per data folder: a second start brings the open window forward instead.

Two windows on one data folder overwrite each other's saved edits without a word, and a
double click too many on a family laptop is enough to open a second one. So the app
holds a lock file in the data folder (QLockFile, QtCore only, taken before the window is
built) for as long as it runs. A later start on the same folder finds the lock held,
asks the running app through a local socket (QLocalServer / QLocalSocket: a Unix socket
or a named pipe, never the network) to show its window, and exits. A lock left behind by
a killed app names a process that no longer exists; QLockFile sees that and the next
start takes it over (see claim() for locks that cannot be read).

The local server needs QtNetwork, which costs ~18 ms to load: it is only created a
moment after the window is on screen (answer_later_starts_when_shown), and a second
start keeps trying to reach it for a bounded while.

Protocol (one line each way): the later start sends b"show\\n", the running app brings
its window forward and answers b"shown\\n".
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from app.store.datadir import LOCK_NAME, DataFolderError, prepare_private_dir

SHOW = b"show\n"
SHOWN = b"shown\n"
# How long a later start keeps trying to reach the running app: long enough for a slow
# laptop to finish opening the first window, short enough to tell a hung app soon.
CONNECT_WAIT_S = 10.0
ANSWER_WAIT_MS = 3000
STALE_UNREADABLE_LOCK_MS = 30_000
LISTEN_AFTER_SHOWN_MS = 200
_UNIX_SOCKET_PATH_MAX = 100  # sockaddr_un holds 104 (macOS) or 108 (Linux) bytes


def server_name(folder: Path) -> str:
    """The local server's name for this data folder: the same for every path that leads to
    the folder (resolved), different for another folder, and short enough for a Unix
    socket path. In the user's private runtime folder where there is one (Linux), else a
    plain name, which Qt places in the temporary folder (or a named pipe on Windows)."""
    # QtCore's hash, not hashlib: that loads OpenSSL's libcrypto (+4 MiB at start-up, bench/);
    # imported here, as it is needed only once the window is on screen (setting up PySide's
    # class and its enum took ~3 ms when imported with the module)
    from PySide6.QtCore import QCryptographicHash
    digest = QCryptographicHash.hash(os.fsencode(Path(folder).resolve()), QCryptographicHash.Algorithm.Sha256)
    digest = bytes(digest.toHex().data()).decode("ascii")[:20]
    name = f"second-opinion-companion-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if os.name == "posix" and runtime and os.path.isabs(runtime):
        path = os.path.join(runtime, name)
        if len(os.fsencode(path)) <= _UNIX_SOCKET_PATH_MAX and os.access(runtime, os.W_OK | os.X_OK):
            return path
    return name


class FolderClaim(QObject):
    """This app's hold on its data folder: the lock file, and (once the window is shown) the
    local server through which a later start asks for the window.

    Signals: none; a request to show is answered by bringing `window` forward."""

    def __init__(self, folder: Path, lock: QLockFile):
        super().__init__()
        self.folder = folder
        self.lock = lock
        self.server = None
        self._window: QWidget | None = None

    def answer_later_starts_when_shown(self, window: QWidget) -> None:
        """Start answering later starts a moment after the window is on screen, so that loading
        QtNetwork never delays the first window or the person's first click in it (a later
        start keeps trying for CONNECT_WAIT_S meanwhile)."""
        def check(tries_left: int = 2000):
            handle = window.windowHandle()
            if (handle is not None and handle.isExposed()) or tries_left <= 0:
                QTimer.singleShot(LISTEN_AFTER_SHOWN_MS, lambda: self.answer_later_starts(window))
            else:
                QTimer.singleShot(1, lambda: check(tries_left - 1))
        QTimer.singleShot(0, check)

    def answer_later_starts(self, window: QWidget) -> bool:
        """Listen for later starts now; True if listening. Without QtNetwork (a frozen app on
        a system without the libraries it links) the folder is still held by the lock: a
        later start then says the app seems to be open instead of bringing it forward."""
        try:
            from PySide6.QtNetwork import QLocalServer
        except ImportError:
            return False
        if self.server is not None:
            return self.server.isListening()
        self._window = window
        name = server_name(self.folder)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so no other app of ours listens on this name: a socket file
        # left by a killed app can go.
        QLocalServer.removeServer(name)
        server.newConnection.connect(self._accept)
        self.server = server
        return server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == SHOW and self._window is not None:
                bring_forward(self._window)
                socket.write(SHOWN)
                socket.flush()
        # anything else is ignored: only our own later starts talk to this socket

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def bring_forward(window: QWidget) -> None:
    """Show the window on top of others, un-minimised, with the keyboard in it."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def claim(folder: Path) -> FolderClaim | None:
    """Hold the data folder for this app. None: another running app holds it.

    Raises DataFolderError (worded for the person) when the folder cannot be written,
    so no lock can be made in it."""
    folder = prepare_private_dir(folder)
    lock = QLockFile(str(folder / LOCK_NAME))
    # A lock naming a process of this computer is stale exactly when that process is gone
    # (killed, crashed, power cut), however old or new it is: an app left open for days
    # keeps its folder (tests/test_single_instance.py). Age only counts for a lock that
    # cannot be read (a power cut just after it was made leaves it empty) or that names
    # another computer; with 0 such a lock would keep the app from ever starting again.
    lock.setStaleLockTime(STALE_UNREADABLE_LOCK_MS)
    if lock.tryLock(0):
        return FolderClaim(folder, lock)
    if lock.error() == QLockFile.LockError.LockFailedError:  # held by a running app
        return None
    raise DataFolderError(QCoreApplication.translate(
        "SingleInstance",
        "Your information cannot be saved in the folder “{folder}”: the app could not "
        "mark it as in use. Nothing has been changed. Please choose a folder you can write "
        "to (for example with --data-dir), or check that the disk is not full.").format(folder=folder))


def bring_forward_running_app(folder: Path) -> bool:
    """Ask the app that holds `folder` to bring its window forward. True once it has said
    it did; False if it gave no answer: not reached within CONNECT_WAIT_S (hung before it
    could listen, or open on another computer that shares the folder) or silent for
    ANSWER_WAIT_MS once reached (hung), or QtNetwork cannot be loaded here."""
    try:
        from PySide6.QtNetwork import QLocalSocket
    except ImportError:
        return False
    name = server_name(folder)
    deadline = time.monotonic() + CONNECT_WAIT_S
    answer_wait_ms = ANSWER_WAIT_MS
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(SHOW)
            answered = socket.waitForBytesWritten(answer_wait_ms)
            while answered and not socket.canReadLine():
                answered = socket.waitForReadyRead(answer_wait_ms)
            shown = answered and bytes(socket.readLine().data()) == SHOWN
            socket.abort()
            return shown
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)  # the running app may still be opening its window


def seems_open_message() -> tuple[str, str]:
    """Title and text for a later start that found the folder in use but got no answer."""
    return (
        QCoreApplication.translate("SingleInstance", "Second Opinion Companion seems to be open already"),
        QCoreApplication.translate(
            "SingleInstance",
            "Second Opinion Companion seems to be open already with the same information "
            "(in another window, or on another computer that uses the same folder), but it is "
            "not answering. This start has changed nothing. Please look for its window and use "
            "that one. If it stays stuck, close it and start the app again: everything it "
            "showed as saved is kept."),
    )
