"""Opening a data file (RecordStore.__init__, _connect, _migrate): what it does before anything
is written, pinned where mutation testing found no test (docs/mutation.md)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
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


def test_a_data_file_left_read_only_is_made_private_and_writable_before_sqlite_opens_it():
    """As an ordinary account (root ignores file modes): a data file restored from a read-only
    copy (0444), with the -wal and -shm a crash left, would be opened read-only by SQLite without
    a word, and every save would fail. The open makes all three the account's own private files
    (0600) first."""
    import pwd
    setpriv = shutil.which("setpriv")
    if os.name != "posix" or os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run as the nobody account (CI runs as root)")
    nobody = pwd.getpwnam("nobody")
    as_nobody = (setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--init-groups")
    base = Path(tempfile.mkdtemp(prefix="soc-open-"))
    try:
        base.chmod(0o755)
        folder = base / "data"
        folder.mkdir(mode=0o700)
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        run = [*as_nobody, sys.executable, "-c", OPEN_AND_WRITE, str(folder)]
        first = subprocess.run(run + ["crash"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        if first.returncode != 0 and "Permission denied" in first.stderr and "data" not in first.stderr:
            pytest.skip(f"nobody cannot run this Python from here: {first.stderr[-300:]}")
        assert first.returncode == 0, first.stderr
        data = folder / DB_NAME
        files = [folder / (DB_NAME + suffix) for suffix in ("", "-wal", "-shm")]
        assert all(path.exists() for path in files)
        for path in files:
            path.chmod(0o444)  # as restored from a read-only copy
        again = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stderr
        assert again.stdout.strip() == str(["Written after the open"] * 2)  # the -wal's case too
        assert stat.S_IMODE(data.stat().st_mode) == 0o600
    finally:
        shutil.rmtree(base)


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
