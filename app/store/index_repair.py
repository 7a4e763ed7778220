"""Rebuild damaged indexes from the tables they index, on a copy; the damaged file is kept aside untouched.

An index is a sorted list SQLite keeps beside a table so it can find rows quickly; everything
in it is also in the table. When the start-up check (`PRAGMA integrity_check`, app.store.data_check)
finds damage ONLY in indexes -- a row missing from an index, an index with the wrong number of
entries -- the person's information itself reads back whole, and SQLite's REINDEX can rebuild
every index from the tables. That is offered to the person as one of the choices; it works on a
copy made beside the data file, checks the whole copy, and only then moves the damaged files
aside (as they are, app.store.keep_aside.set_aside) and puts the rebuilt copy in their place.
If anything fails, the copy is removed and nothing has changed.

Any other finding (a broken page, a row that cannot be read, a duplicate in a unique index)
is not repaired here: REINDEX cannot recreate what the tables lost.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

from app.store.datadir import DB_NAME, fsync_file, fsync_folder

INDEX_ONLY = (re.compile(r"row \d+ missing from index \S+"), re.compile(r"wrong # of entries in index \S+"))
WORK_NAME = DB_NAME + ".rebuilding"


class RebuildFailed(Exception):
    """The indexes could not be rebuilt; nothing in the data folder has changed."""


def only_indexes(problems: list[str]) -> bool:
    """True when every line of integrity_check's report is about an index's entries."""
    return bool(problems) and all(any(p.fullmatch(line) for p in INDEX_ONLY) for line in problems)


def rebuilt_copy(folder: Path) -> Path:
    """A copy of the data file (with its recent changes) beside it, every index rebuilt and the
    whole copy checked; returns its path. Raises RebuildFailed (the copy removed) otherwise."""
    folder = Path(folder)
    source, work = folder / DB_NAME, folder / WORK_NAME
    discard(folder)
    try:
        shutil.copyfile(source, work)
        wal = Path(str(source) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(work) + "-wal"))
        os.chmod(work, 0o600)
        conn = sqlite3.connect(work, isolation_level=None)
        try:
            conn.execute("REINDEX")
            report = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            # the recent changes folded into the copy, so it is one whole file
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        discard(folder)
        raise RebuildFailed(str(exc)) from exc
    if report != ["ok"]:
        discard(folder)
        raise RebuildFailed("; ".join(report[:3]))
    fsync_file(work)
    return work


def put_in_place(work: Path, folder: Path) -> None:
    """The rebuilt copy becomes the data file (after the damaged files were moved aside)."""
    os.replace(work, Path(folder) / DB_NAME)
    fsync_folder(Path(folder))


def discard(folder: Path) -> None:
    """Remove a working copy left by an earlier attempt (ours alone: a fixed name)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(Path(folder) / (WORK_NAME + suffix))
        except FileNotFoundError:
            pass
