"""Look at the data file before anything writes to it, and keep a damaged one aside, untouched.

The check never writes a byte into the data folder: the file's header is read with plain
Python, then SQLite opens it read-only. Without a -wal file it opens with `immutable=1`
(nothing can be created beside it, not even a -shm index); with a -wal and its -shm it
opens with `mode=ro&readonly_shm=1`; a -wal without its -shm is checked on a private
copy in a temporary folder, because SQLite would otherwise create the -shm in the data
folder. Only after the file is known to be sound does `Database` open it for writing
(switching to WAL writes the header, which is why the check must come first).

A damaged file is never repaired in place, written or deleted (app.store.index_repair rebuilds
indexes on a copy). `keep_aside.set_aside` MOVES its files (the
database, -wal and -shm) into a new `damaged-YYYYmmdd-HHMMSS` folder inside the data folder
rather than copying them: a rename rewrites no byte, needs no free space (damage often
comes with a full or failing disk), cannot fail halfway through a file, and leaves no
damaged file where the app would open and write it again. Every file is hashed before and
after, so the person is told it was kept "exactly as it was" only when that was verified.

Messages here are plain sentences for the person (the UI shows them as they are).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
import time
from pathlib import Path

from app.model.records import record
from app.model.words import N_, os_reason, say
from app.store import index_repair, migrations
from app.store.datadir import DB_NAME, DataFolderError
from app.store.shape_check import shape_problem

UI_STATE_NAME = "ui-state.ini"
COMPANIONS = ("-wal", "-shm")
HEADER_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_INDEX_VERSION = 3007000
# Right after another process died (SIGKILL, a power cut), a read-only reader can meet the -shm
# index mid-rebuild and get SQLITE_BUSY or SQLITE_PROTOCOL ("locking protocol"). That says
# "someone is busy with the file", not "the file is damaged": look again shortly.
BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PROTOCOL)
BUSY_TRIES = 6
BUSY_PAUSE = 0.05  # seconds, doubled after each try: 0.05 + 0.1 + … ≈ 1.5 s in all
BUSY_TIMEOUT = 0.5  # SQLite's own wait on a lock, per try (its default, 5 s, times 6 tries is too long)

# what a finding is (stable keys)
NEW, SOUND, NEWER, DAMAGED, EMPTY, MISSING = "new", "sound", "newer", "damaged", "empty", "missing"


class DataFileError(DataFolderError):
    """The data file cannot be used as it is; the message is worded for the person."""


class NewerDataFile(DataFileError):
    """The file was saved by a newer version of the app; it is left exactly as it is."""


class DamagedDataFile(DataFileError):
    """The file is damaged, empty or missing; `finding` says which and which files belong to it."""

    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


class DataReadError(DataFileError):
    """Damage found while reading, after start-up (for example when a case is opened)."""


@record(frozen=True)  # not dataclasses: importing them costs start-up time (app.model.records)
class Finding:
    kind: str
    folder: Path
    detail: str = ""  # what was found, in plain words
    files: tuple[Path, ...] = ()  # the data's files that exist
    repairable: bool = False  # only indexes are damaged: they can be rebuilt (app.store.index_repair)

    @property
    def message(self) -> str:
        return self.detail


def damage_code(exc: BaseException) -> bool:
    """True for SQLite errors that mean the file itself is damaged or unreadable.

    Sorted by SQLite's primary error code (CORRUPT, NOTADB, IOERR and their extended
    codes), never by the words of the message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_IOERR)


def strict_text(value: bytes) -> str:
    """SQLite text as Python str, refusing bytes that are not UTF-8 (damage) with a ValueError."""
    return value.decode("utf-8")


def data_files(folder: Path) -> tuple[Path, ...]:
    db = folder / DB_NAME
    return tuple(p for p in (db, *(Path(str(db) + s) for s in COMPANIONS)) if os.path.lexists(p))


def check_folder(folder: Path) -> Finding:
    """What is in the data folder: new, sound, newer, damaged, empty or missing. Writes nothing."""
    folder = Path(folder)
    db = folder / DB_NAME
    files = data_files(folder)
    if not os.path.lexists(db):
        if files:
            return Finding(MISSING, folder, say(
                "Your saved information was not found: the file “{file}” is missing from the "
                "folder “{folder}”, but files that belong to it are still there. If you moved or "
                "renamed it, put it back and start the app again.", file=DB_NAME, folder=folder), files)
        if (folder / UI_STATE_NAME).exists():
            return Finding(MISSING, folder, say(
                "Your saved information was not found: this app has been used with the folder "
                "“{folder}” before, but the file “{file}” that holds your cases is not there. "
                "If you moved or renamed it, put it back and start the app again.", folder=folder,
                file=DB_NAME), files)
        return Finding(NEW, folder)
    return check_file(db)


def snapshot(files) -> dict[str, tuple[int, int]]:
    out = {}
    for p in files:
        try:
            st = os.lstat(p)
            out[str(p)] = (st.st_size, st.st_mtime_ns)
        except OSError:
            pass
    return out


def check_file(db: Path) -> Finding:
    """Check one data file and its -wal/-shm without writing anything."""
    db = Path(db)
    paths = (db, Path(str(db) + "-wal"), Path(str(db) + "-shm"))
    before = snapshot(paths)
    finding = _check_file(db)
    if finding.kind == NEWER:
        unchanged = snapshot(paths) == before
        finding = Finding(NEWER, finding.folder, " ".join(p for p in (
            say("Your saved information in “{path}” was saved by a newer version of Second Opinion "
                "Companion, and this version cannot read it.", path=db),
            say("It has not been changed.") if unchanged else "",
            say("Please use the newer version, or start this one with another data folder "
                "(--data-dir).")) if p), finding.files)
    return finding


def _check_file(db: Path) -> Finding:
    db = Path(db)
    folder = db.parent
    files = data_files(folder) if db.name == DB_NAME else tuple(
        p for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")) if os.path.lexists(p))
    if not os.path.lexists(db):
        return Finding(NEW, folder)

    def damaged(what: str, repairable: bool = False) -> Finding:
        return Finding(DAMAGED, folder, say(
            "Your saved information in “{path}” is damaged: {what} The app will not write to it "
            "again.", path=db, what=what), files, repairable)

    if os.path.islink(db) or not db.is_file():
        return damaged(say("in its place there is a folder, not the app's data file.") if db.is_dir() else
                       say("in its place there is something that is not a file, not the app's data file."))
    wal, shm = Path(str(db) + "-wal"), Path(str(db) + "-shm")
    try:
        size = db.stat().st_size
        with open(db, "rb") as f:
            header = f.read(100)
        wal_header, wal_size = b"", 0
        if wal.is_file():
            with open(wal, "rb") as f:
                wal_header = f.read(32)
            wal_size = wal.stat().st_size
        shm_header = b""
        if shm.is_file():
            with open(shm, "rb") as f:
                shm_header = f.read(104)
    except OSError as exc:
        return damaged(say("it cannot be read ({detail}).", detail=os_reason(exc)))

    if size == 0 and not wal_header:
        return Finding(EMPTY, folder, say(
            "Your saved information is empty: the file “{path}” has nothing in it (0 bytes), so no "
            "cases could be read from it. This can happen if the computer stopped suddenly while "
            "saving, or if the disk was full.", path=db), files)
    if len(header) < 100 or not header.startswith(HEADER_MAGIC):
        return damaged(say("it is not a data file this app can read (its beginning is not what it should be)."))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return damaged(say("its beginning is damaged."))
    if struct.unpack(">I", header[60:64])[0] > migrations.LATEST:
        return Finding(NEWER, folder, "", files)
    change_counter, pages, valid_for = (struct.unpack(">I", header[i:i + 4])[0] for i in (24, 28, 92))
    # A checkpoint (copying the latest changes from the -wal into the file) writes the first page,
    # with the new size, before the pages after it: stopped part-way (a crash, a kill, power
    # lost) the file is shorter than its first page says, yet whole, because every page it lacks
    # is still in the -wal and SQLite reads it from there. Only without such a -wal is a short
    # file cut short; with one, SQLite's own check below tells.
    changes_waiting = wal_size > 32 and _wal_header_ok(wal_header)
    if size % page_size or (change_counter == valid_for and pages * page_size > size and not changes_waiting):
        return damaged(say("it has been cut short, so part of it is missing."))
    if wal_header and not _wal_header_ok(wal_header):
        return damaged(say("the file holding its most recent changes (“{name}”) is damaged.", name=wal.name))
    if not wal.exists() and _shm_says_changes_pending(shm_header):
        return damaged(say("the file holding its most recent changes (“{name}”) is missing, so "
                           "the latest changes are not there.", name=wal.name))
    return _check_with_sqlite_patiently(db, wal, shm, files, damaged)


def _check_with_sqlite_patiently(db: Path, wal: Path, shm: Path, files, damaged) -> Finding:
    """The SQLite check, tried again a few times while the file is busy (see BUSY_CODES); if it
    stays busy, the error reaches _check_with_sqlite's caller as 'could not be checked', never
    as damage."""
    pause, last = BUSY_PAUSE, None
    for _attempt in range(BUSY_TRIES - 1):
        try:
            return _check_with_sqlite(db, wal, shm, files, damaged, busy_is_final=False)
        except _StillBusy as busy:
            last = busy
            time.sleep(pause)
            pause *= 2
    # a "locking protocol" that lasts: the -shm left by a killed process cannot be rebuilt by a
    # reader that may not write it (readonly_shm), and no writer comes (this app holds the folder).
    # A private copy of the file and its -wal, with no -shm, is read the usual way instead; nothing
    # is written in the data folder.
    private = last is not None and last.protocol and shm.exists() and wal.exists()
    return _check_with_sqlite(db, wal, shm, files, damaged, private_copy=private)


class _StillBusy(Exception):
    """The file was busy (BUSY_CODES); the check can be tried again."""

    def __init__(self, code: int):
        super().__init__(code)
        self.protocol = code == sqlite3.SQLITE_PROTOCOL


def file_schema(db_file: Path) -> int:
    """The schema version in a data file's header (0 when there is none to read)."""
    try:
        with open(db_file, "rb") as f:
            header = f.read(100)
    except OSError:
        return 0
    return struct.unpack(">I", header[60:64])[0] if len(header) == 100 else 0


def _wal_header_ok(h: bytes) -> bool:
    if len(h) < 32:
        return False
    magic = struct.unpack(">I", h[:4])[0]
    if magic not in WAL_MAGICS:
        return False
    big_endian = magic & 1
    fmt = ">" if big_endian else "<"
    s0 = s1 = 0
    for i in range(0, 24, 8):
        x0, x1 = struct.unpack(fmt + "II", h[i:i + 8])
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return (s0, s1) == struct.unpack(">II", h[24:32])


def _shm_says_changes_pending(h: bytes) -> bool:
    """The -shm index (native byte order) records frames not yet copied into the database."""
    if len(h) < 104:
        return False
    for order in ("<", ">"):
        version, _, _, is_init = struct.unpack(order + "IIIB", h[:13])
        if version == WAL_INDEX_VERSION and is_init:
            max_frame = struct.unpack(order + "I", h[16:20])[0]
            backfilled = struct.unpack(order + "I", h[96:100])[0]
            return max_frame > backfilled
    return False


def _check_with_sqlite(db: Path, wal: Path, shm: Path, files, damaged, busy_is_final: bool = True,
                       private_copy: bool = False) -> Finding:
    folder = db.parent
    temp = None
    try:
        if not wal.exists():
            uri = db.resolve().as_uri() + "?immutable=1"
        elif shm.exists() and not private_copy:
            uri = db.resolve().as_uri() + "?mode=ro&readonly_shm=1"
        else:  # SQLite would create the -shm beside it: check a private copy instead
            temp = Path(tempfile.mkdtemp(prefix="soc-check-"))
            shutil.copyfile(db, temp / db.name)
            shutil.copyfile(wal, temp / wal.name)
            uri = (temp / db.name).as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                               timeout=BUSY_TIMEOUT)
        try:
            conn.text_factory = strict_text
            conn.execute("PRAGMA secure_delete=ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > migrations.LATEST:
                return Finding(NEWER, folder, "", files)
            # integrity_check, not quick_check: it also compares every index with its table
            # (index-only damage would otherwise go unseen until a search or save went wrong);
            # ~0.3 ms more on a realistic file
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                if index_repair.only_indexes(result):
                    return damaged(say("an index -- a part of the file that helps the app find things quickly "
                                       "-- does not match your information. Your information itself reads back "
                                       "whole, and the index can be rebuilt from it."), repairable=True)
                return damaged(say("parts of it are broken inside."))
            problem = shape_problem(conn, version)
            if problem:
                return damaged(problem)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if not busy_is_final and code in BUSY_CODES:
            raise _StillBusy(code) from exc
        if damage_code(exc):
            code = exc.sqlite_errorcode & 0xFF
            return damaged(say({sqlite3.SQLITE_CORRUPT: N_("parts of it are broken inside."),
                                sqlite3.SQLITE_NOTADB: N_("it is not a data file this app can read.")}.get(
                code, N_("the computer could not read it from the disk."))))
        raise DataFileError(say(
            "Your saved information in “{path}” could not be checked ({detail}). "
            "It has not been changed. Please check that you can open that folder, then start the app "
            "again.", path=db, detail=exc.sqlite_errorname or exc)) from exc
    except OSError as exc:
        return damaged(say("it cannot be read ({detail}).", detail=os_reason(exc)))
    except UnicodeDecodeError:
        # a damaged schema page: a table's name (in quick_check's report or table_info) is not
        # text any more -- seeded damage found this crashing the start-up
        return damaged(say("parts of it are broken inside."))
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    return Finding(SOUND, folder, "", files)
