"""Sorting SQLite's errors by their result code, never by the words of the message.

Two families, as qutebrowser's misc/sql.py sorts them:
- the environment (disk full, folder read-only, I/O error, file busy, file damaged): not the
  person's fault and not the app's; a value that failed to save can be kept on screen and
  saved again once the cause is gone;
- a bug (a constraint, misuse, an SQL error): retrying will not help; the person is told
  plainly that this is a fault in the app.
Codes: https://sqlite.org/rescode.html (the low byte is the primary code).
"""
from __future__ import annotations

import sqlite3

from app.model.words import N_, say

SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOLFS = 22
SQLITE_NOTADB = 26

FULL, READ_ONLY, DISK_ERROR, BUSY, DAMAGED = "full", "read-only", "disk-error", "busy", "damaged"
_CAUSES = {
    SQLITE_FULL: FULL, SQLITE_NOLFS: FULL,
    SQLITE_READONLY: READ_ONLY, SQLITE_PERM: READ_ONLY, SQLITE_CANTOPEN: READ_ONLY,
    SQLITE_IOERR: DISK_ERROR,
    SQLITE_BUSY: BUSY, SQLITE_LOCKED: BUSY, SQLITE_PROTOCOL: BUSY,
    SQLITE_CORRUPT: DAMAGED, SQLITE_NOTADB: DAMAGED,
}
# in English here; `reason` and `advice` give them in the person's language (app.model.words)
REASONS = {
    FULL: N_("the disk is full"),
    READ_ONLY: N_("the data folder cannot be written to"),
    DISK_ERROR: N_("the disk reported an error while writing"),
    BUSY: N_("another program is using the data file"),
    DAMAGED: N_("the data file is damaged"),
}
ADVICE = {
    FULL: N_("Freeing some space on the disk will let it save."),
    READ_ONLY: N_("Check that the data folder still exists and can be written to."),
    DISK_ERROR: N_("Check that the disk is still connected and working."),
    BUSY: N_("Closing the other program will let it save."),
    DAMAGED: N_("Please keep the app open and copy the data folder somewhere safe."),
}


def reason(cause: str | None) -> str:
    """Why it could not be written, as the end of a sentence ("" when the cause is not known)."""
    return say(REASONS[cause]) if cause in REASONS else ""


def advice(cause: str | None) -> str:
    """What the person can do about the cause ("" when it is not known)."""
    return say(ADVICE[cause]) if cause in ADVICE else ""


# The error classes of every SQLite module in use. sqlcipher3 (an encrypted data folder) raises
# its own classes, not subclasses of sqlite3's: app.store.encryption registers them when it loads
# sqlcipher3, and every `except` in the core names these tuples, read when an error is raised.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)


def register(dbapi2) -> None:
    """Treat another DB-API module's errors (sqlcipher3.dbapi2) as SQLite's own."""
    global ERRORS, DATABASE_ERRORS
    if dbapi2.Error not in ERRORS:
        ERRORS = (*ERRORS, dbapi2.Error)
        DATABASE_ERRORS = (*DATABASE_ERRORS, dbapi2.DatabaseError)


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def cause(exc: BaseException) -> str | None:
    """The environment cause (FULL, READ_ONLY, …), or None when the error is a bug."""
    if not isinstance(exc, ERRORS):
        return None
    code = primary_code(exc)
    return None if code is None else _CAUSES.get(code)


def is_environment(exc: BaseException) -> bool:
    return cause(exc) is not None
