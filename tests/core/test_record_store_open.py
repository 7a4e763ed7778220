"""Opening a data file (RecordStore.__init__, _connect, _migrate): what it does before anything
is written, pinned where mutation testing found no test (docs/mutation.md)."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.model.domain import Case
from app.store import migrations
from app.store.data_check import NewerDataFile
from app.store.datadir import DB_NAME
from app.store.record_store import RecordStore
from app.store.storage import Database

ROOT = Path(__file__).resolve().parents[2]
OPEN_AND_WRITE = r'''
import sys
from pathlib import Path
from app.model.domain import Case
from app.store.storage import Database
import os
db = Database.open_folder(Path(sys.argv[1]))
db.insert_case(Case(0, "Written after the open"))
print([c.title for c in db.list_cases()], flush=True)
if sys.argv[2:] == ["crash"]:
    os._exit(0)  # as a crash: the -wal (with this case) and the -shm stay beside the file
db.close()
'''


def test_a_data_file_left_read_only_is_made_private_and_writable_before_sqlite_opens_it(nobody):
    """A data file restored from a read-only copy (0444), with the -wal and -shm a crash left,
    would be opened read-only by SQLite without a word, and every save would fail. The open
    makes all three the account's own private files (0600) first."""
    folder, run = nobody
    first = run(OPEN_AND_WRITE, str(folder), "crash")
    assert first.returncode == 0, first.stderr
    data = folder / DB_NAME
    files = [folder / (DB_NAME + suffix) for suffix in ("", "-wal", "-shm")]
    assert all(path.exists() for path in files)
    for path in files:
        path.chmod(0o444)  # as restored from a read-only copy
    again = run(OPEN_AND_WRITE, str(folder))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == str(["Written after the open"] * 2)  # the -wal's case too
    assert stat.S_IMODE(data.stat().st_mode) == 0o600


OPEN = r'''
import sys
from pathlib import Path
from app.store.datadir import DataFolderError
from app.store.record_store import RecordStore
try:
    RecordStore(Path(sys.argv[1]))
except DataFolderError as exc:
    print(type(exc).__name__, str(exc))
'''


def test_a_data_file_of_another_account_is_told_and_left_alone(nobody):
    folder, run = nobody
    Database.open_folder(folder).close()  # made by root: the app was once run with sudo, say
    data = folder / DB_NAME
    data.chmod(0o644)
    before = data.read_bytes()
    told = run(OPEN, str(data))
    assert told.returncode == 0, told.stderr
    assert told.stdout.strip() == (
        f"DataFileError Your saved information in “{data}” belongs to another user account on this computer, "
        "so this app cannot save into it. Nothing has been changed. Please start the app from the account it "
        "belongs to, or with another data folder (--data-dir).")
    assert data.read_bytes() == before and stat.S_IMODE(data.stat().st_mode) == 0o644


def test_a_data_file_in_a_folder_that_cannot_be_written_is_told_why(nobody):
    """SQLite needs to write its -wal and -shm beside the file: in a read-only folder the open
    fails, and the person is told it is this account that cannot write there."""
    folder, run = nobody
    made = run(OPEN_AND_WRITE, str(folder))
    assert made.returncode == 0, made.stderr
    folder.chmod(0o500)
    try:
        told = run(OPEN, str(folder / DB_NAME))
    finally:
        folder.chmod(0o700)
    assert told.returncode == 0, told.stderr
    assert told.stdout.startswith("DataFileError The saved information in")
    assert "could not be opened (it cannot be written to by this user account)" in told.stdout


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_data_file_and_its_wal_and_shm_are_made_private_when_opened(tmp_path):
    db = Database.open_folder(tmp_path)
    db.insert_case(Case(0, "Private"))
    db.close()
    files = [tmp_path / (DB_NAME + suffix) for suffix in ("", "-wal", "-shm")]
    for path in files:  # as a copy from a backup drive or another program might leave them
        path.touch()
        os.chmod(path, 0o644)
    store = RecordStore(tmp_path / DB_NAME)
    try:
        assert {path.name: stat.S_IMODE(path.stat().st_mode) for path in files} == \
            {path.name: 0o600 for path in files}
    finally:
        store.close()


def test_a_newer_file_is_refused_by_the_open_itself_and_left_as_it_was(tmp_path):
    """The start-up check refuses a newer file first; the open keeps its own guard for a caller
    that skipped the check (checked=True), and says so in the person's words."""
    Database.open_folder(tmp_path).close()
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDataFile) as refused:
        RecordStore(path, checked=True)
    assert str(refused.value) == (
        f"Your saved information in “{path}” was saved by a newer version of Second Opinion Companion, "
        "and this version cannot read it. Please use the newer version.")
    assert path.read_bytes() == before


def test_a_sound_open_starts_undamaged_and_without_a_reconnect_due(tmp_path):
    store = RecordStore(tmp_path / DB_NAME)
    try:
        assert store.damaged is False and store._reconnect_needed is False
        assert store.laptop  # this file's laptop id, read from the file
        assert store.schema_version() == migrations.LATEST
    finally:
        store.close()
