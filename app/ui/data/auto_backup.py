"""Automatic backups while the app runs: at start-up, after changes (at most every few
minutes), and on close.

A backup of 20 cases × 12 full opinions takes ~50-65 ms here (most of it SQLite's
integrity check and fsync), so the ones made while the person works run in one helper
thread. That thread reads through its own connection, which sees only committed data (WAL
gives it a snapshot), never the window's connection in the middle of a transaction. The one
on close runs in the GUI thread: the app is quitting and must not leave before it is done.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from app.store import backup, sqlite_errors
from app.store.storage import Database

EVERY_MS = 5 * 60 * 1000  # changes are backed up at most once every five minutes
START_DELAY_MS = 3000  # the start-up backup waits until the first window is painted and settled


def make_from_file(db_file: Path, now: datetime, key: bytes | None = None) -> backup.BackupInfo | None:
    """A backup of the committed data of a data file, read through a connection of its own
    (with the data key when the data is encrypted; the backup gets the same key)."""
    if key is not None:
        from app.store import encryption
        conn = encryption.connect(db_file, key, check_same_thread=False)
    else:
        conn = sqlite3.connect(db_file, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only=ON")
        return backup.make_backup(conn, backup.backup_folder(Path(db_file).parent), now,
                                  skip_unchanged=True, key=key)
    finally:
        conn.close()


class _Carrier(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, db_file: Path, carrier: _Carrier, key: bytes | None = None):
        super().__init__()
        self.db_file, self.carrier, self.key = db_file, carrier, key

    def run(self) -> None:
        try:
            info = make_from_file(self.db_file, datetime.now(), self.key)
        except (backup.BackupError, OSError, *sqlite_errors.ERRORS) as exc:
            self.carrier.failed.emit(str(exc) if isinstance(exc, backup.BackupError) else
                                     QCoreApplication.translate("", "An automatic backup could not be made. Your "
                                                                "information itself is unchanged."))
            return
        self.carrier.done.emit(info)


class AutoBackup(QObject):
    """Signals: made(BackupInfo or None) after each background backup (None: nothing had
    changed since the newest one); failed(str) with a message for the person."""
    made = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self._seen = -1  # the connection's change count at the last backup
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._carrier.done.connect(self.made)
        self._carrier.failed.connect(self.failed)
        self._timer = QTimer(self, interval=EVERY_MS)
        self._timer.timeout.connect(self.backup_if_changed)

    def start(self) -> None:
        """The start-up backup a few seconds after the window is up (not competing with its
        first paint), then one after changes now and then. A session that changes nothing
        and ends before that makes no backup on close: the newest one still holds it all."""
        self._seen = self._changes()
        QTimer.singleShot(START_DELAY_MS, self.backup_now)
        self._timer.start()

    def _changes(self) -> int:
        return self.db.conn.total_changes if self.db.is_open else self._seen

    def backup_now(self) -> None:
        if not self.db.is_open or self.db.damaged:
            return
        self._seen = self._changes()
        self._pool.start(_Job(self.db.path, self._carrier, self.db.key))

    def backup_if_changed(self) -> None:
        if self._changes() != self._seen:
            self.backup_now()

    def finish(self) -> str | None:
        """On close: wait for a backup under way, then back up what changed since. Returns a
        message when that failed (the app is closing; it goes to the error output)."""
        self._timer.stop()
        self._pool.waitForDone()
        if not self.db.is_open or self.db.damaged or self._changes() == self._seen:
            return None
        try:
            make_from_file(self.db.path, datetime.now(), self.db.key)
        except (backup.BackupError, OSError, *sqlite_errors.ERRORS) as exc:
            return str(exc)
        return None
