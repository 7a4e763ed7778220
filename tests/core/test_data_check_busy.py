"""A data file that is busy for a moment (another process holds it, or just died and left the
-shm index mid-rebuild) is looked at again shortly, never called damaged.

The busy file here is real: a second connection in WAL mode with `locking_mode=EXCLUSIVE`
holds the file, and the read-only check gets SQLITE_BUSY from SQLite itself. The lock is let
go from inside the check's own pause (its `time.sleep`), so nothing here depends on timing.
SQLITE_PROTOCOL ("locking protocol", what a reader can meet right after a SIGKILL) cannot be
made on demand, so it is raised by a wrapped `sqlite3.connect` with SQLite's real error code.
"""
from __future__ import annotations

import sqlite3

import pytest

from app.model.domain import Case
from app.store import data_check
from app.store.datadir import DB_NAME
from app.store.storage import Database


@pytest.fixture
def held(tmp_path):
    """A sound data file held by another connection (exclusive lock in WAL mode)."""
    db = Database.open_folder(tmp_path)
    db.close()
    holder = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("PRAGMA user_version").fetchone()
    holder.execute("COMMIT")  # the exclusive lock stays until the connection closes
    yield tmp_path, holder
    holder.close()


@pytest.fixture(autouse=True)
def short_lock_waits(monkeypatch):
    monkeypatch.setattr(data_check, "BUSY_TIMEOUT", 0.01)  # SQLite's own wait per try


def test_a_file_busy_for_a_moment_is_checked_again_and_found_sound(held, monkeypatch):
    folder, holder = held
    pauses = []

    def pause(seconds):  # the other program lets go while the check waits
        pauses.append(seconds)
        holder.close()

    monkeypatch.setattr(data_check.time, "sleep", pause)
    finding = data_check.check_folder(folder)
    assert finding.kind == data_check.SOUND, finding.detail
    assert len(pauses) == 1 and 0 < pauses[0] < 1


def test_a_file_that_stays_busy_is_could_not_be_checked_not_damaged(held, monkeypatch):
    folder, _holder = held
    pauses = []
    monkeypatch.setattr(data_check.time, "sleep", pauses.append)
    with pytest.raises(data_check.DataFileError) as raised:
        data_check.check_folder(folder)
    assert not isinstance(raised.value, data_check.DamagedDataFile)
    assert "could not be checked (SQLITE_BUSY)" in str(raised.value)
    assert "has not been changed" in str(raised.value)
    assert len(pauses) == data_check.BUSY_TRIES - 1
    assert sum(pauses) < 3  # "shortly": the person is not kept waiting at start-up


@pytest.mark.parametrize("code", [sqlite3.SQLITE_PROTOCOL, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED])
def test_locking_protocol_after_a_crash_is_tried_again(tmp_path, monkeypatch, code):
    Database.open_folder(tmp_path).close()
    real_connect = sqlite3.connect
    refused = []

    def connect(where, *args, **kwargs):
        if str(where).startswith("file:") and len(refused) < 2:
            error = sqlite3.OperationalError("locking protocol")
            error.sqlite_errorcode = code
            error.sqlite_errorname = "SQLITE_PROTOCOL"
            refused.append(where)
            raise error
        return real_connect(where, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(data_check.time, "sleep", lambda seconds: None)
    finding = data_check.check_folder(tmp_path)
    assert finding.kind == data_check.SOUND
    assert len(refused) == 2


def test_real_damage_is_not_retried(tmp_path, monkeypatch):
    """Retrying is for busy files only: a damaged one is told at once."""
    Database.open_folder(tmp_path).close()
    data = bytearray((tmp_path / DB_NAME).read_bytes())
    page = len(data) // 4096  # the last page: zeroed
    data[(page - 1) * 4096:] = bytes(4096)
    (tmp_path / DB_NAME).write_bytes(bytes(data))
    pauses = []
    monkeypatch.setattr(data_check.time, "sleep", pauses.append)
    assert data_check.check_folder(tmp_path).kind == data_check.DAMAGED
    assert pauses == []


def test_a_locking_protocol_that_lasts_is_read_from_a_private_copy(tmp_path, monkeypatch):
    """After a SIGKILL the -shm can be one a read-only reader cannot rebuild (readonly_shm), and
    no writer comes to fix it: the check reads a private copy of the file and its -wal instead,
    and writes nothing in the data folder."""
    db = Database.open_folder(tmp_path)
    db.conn.execute("PRAGMA wal_autocheckpoint=0")  # the changes stay in the -wal, as after a kill
    db.insert_case(Case(0, "Kept in the wal"))
    wal, shm = tmp_path / (DB_NAME + "-wal"), tmp_path / (DB_NAME + "-shm")
    real_connect = sqlite3.connect
    refused = []

    def connect(where, *args, **kwargs):
        if "readonly_shm=1" in str(where):  # the reader of the data folder's own -shm
            error = sqlite3.OperationalError("locking protocol")
            error.sqlite_errorcode = sqlite3.SQLITE_PROTOCOL
            error.sqlite_errorname = "SQLITE_PROTOCOL"
            refused.append(where)
            raise error
        return real_connect(where, *args, **kwargs)

    assert wal.stat().st_size > 0 and shm.exists()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(data_check.time, "sleep", lambda seconds: None)
    finding = data_check.check_folder(tmp_path)
    monkeypatch.undo()
    assert finding.kind == data_check.SOUND
    assert len(refused) == data_check.BUSY_TRIES - 1
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    db.close()
