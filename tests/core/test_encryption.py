"""Encryption at rest (app.store.encryption): with a passphrase set, no byte of the data, its
-wal or any backup holds what was typed; a wrong passphrase is refused clearly; change and
remove work; the schema fixtures migrate encrypted; the process keeps its memory out of files.

Sizes: one example case with a marker in its title, a question and an answer; two backups (one
made before the passphrase was set, one after). KDF iterations are lowered to the minimum the
key file accepts, so each unlock costs milliseconds here (bench/lock.py measures the real one).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.model.domain import Answer
from app.model.questions import Question
from app.store import backup, backup_restore, encryption, migrations, sqlite_errors
from app.store.datadir import DB_NAME
from app.store.storage import Database
from app.workspace.example_case import example_case
from tests.data.make_fixtures import CASES, VERSIONS, fixture_path

MARKER = "Zebrafinch-4417-secret"
FAST = encryption.MIN_ITERATIONS
T0 = datetime(2026, 11, 24, 9, 0)


def every_file(folder: Path) -> list[Path]:
    return [p for p in Path(folder).rglob("*") if p.is_file()]


def holding_marker(folder: Path) -> list[str]:
    return [p.name for p in every_file(folder) if MARKER.encode() in p.read_bytes()]


def fill(folder: Path, key: bytes | None = None) -> Database:
    db = Database.open_folder(folder, key=key)
    case = example_case()
    case.title = f"Mum {MARKER}"
    case_id = db.insert_case(case, None, [Question(0, f"Ask about {MARKER}")])
    db.set_answer(db.load_case(case_id).opinions[0].id, "diagnosis", "text", f"Said {MARKER}")
    return db


@pytest.fixture
def folder(tmp_path):
    """A plain data folder with the marker everywhere and a backup of it."""
    folder = tmp_path / "data"
    db = fill(folder)
    backup.make_backup(db.conn, backup.backup_folder(folder), T0)
    db.close()
    assert holding_marker(folder)  # the test can fail: plain data shows the marker
    return folder


def test_with_a_passphrase_no_file_in_the_data_folder_holds_the_text(folder):
    key, recovery = encryption.set_passphrase(folder, "correct horse battery", FAST)
    backup_restore.convert_all(backup.backup_folder(folder), None, key)
    assert encryption.state(folder) == encryption.ENCRYPTED
    db = Database.open_folder(folder, key=encryption.unlock(folder, "correct horse battery"))
    try:
        db.set_case_field(db.list_cases()[0].id, "notes", f"More {MARKER}")  # a write into the -wal
        assert Path(str(folder / DB_NAME) + "-wal").stat().st_size > 0
        backup.make_backup(db.conn, backup.backup_folder(folder), datetime(2026, 11, 25), key=db.key)
        assert holding_marker(folder) == []  # database, -wal, -shm, both backups, sidecars
        assert [c.title for c in db.list_cases()] == [f"Mum {MARKER}"]
    finally:
        db.close()
    assert holding_marker(folder) == []
    assert len(backup.list_backups(backup.backup_folder(folder))) == 2
    for info in backup.list_backups(backup.backup_folder(folder)):
        assert backup.verify(info, key)["cases"] == 1
        with pytest.raises(backup.BackupError):
            backup.verify(info)  # without the key it cannot be read


def test_a_wrong_passphrase_is_refused_clearly_and_the_recovery_key_opens(folder):
    key, recovery = encryption.set_passphrase(folder, "correct horse battery", FAST)
    with pytest.raises(encryption.WrongPassphrase, match="does not open your information"):
        encryption.unlock(folder, "correct horse batterY")
    assert encryption.unlock(folder, recovery) == key
    assert encryption.unlock(folder, recovery.lower().replace("-", " ")) == key  # as typed from paper
    with pytest.raises(encryption.WrongPassphrase):
        Database.open_folder(folder, key=bytes(32))  # a wrong data key never reads as damage


def test_change_then_remove_the_passphrase(folder):
    key, recovery = encryption.set_passphrase(folder, "first one", FAST)
    encryption.change_passphrase(folder, key, "second one", FAST)
    with pytest.raises(encryption.WrongPassphrase):
        encryption.unlock(folder, "first one")
    assert encryption.unlock(folder, "second one") == key
    assert encryption.unlock(folder, recovery) == key  # the recovery key still works

    backup_restore.convert_all(backup.backup_folder(folder), None, key)
    encryption.remove_passphrase(folder, key)
    backup_restore.convert_all(backup.backup_folder(folder), key, None)
    assert encryption.state(folder) == encryption.PLAIN
    assert not encryption.key_file(folder).exists()
    db = Database.open_folder(folder)  # plain again: the ordinary checked open
    try:
        assert [c.title for c in db.list_cases()] == [f"Mum {MARKER}"]
    finally:
        db.close()
    for info in backup.list_backups(backup.backup_folder(folder)):
        assert backup.verify(info)["cases"] == 1


def test_a_key_file_beside_a_plain_data_file_means_the_encryption_did_not_finish(folder):
    """The key file is written before the data file is swapped: a stop in between leaves plain data."""
    key, _ = encryption.set_passphrase(folder, "pass", FAST)
    encryption.remove_passphrase(folder, key)
    encryption._write_key_file(folder, [])  # as if set_passphrase stopped after its first step
    assert encryption.state(folder) == encryption.PLAIN


@pytest.mark.parametrize("version", VERSIONS)
def test_each_schema_fixture_migrates_encrypted(version, tmp_path):
    folder = tmp_path / f"v{version}"
    folder.mkdir()
    shutil.copyfile(fixture_path(version), folder / DB_NAME)
    key, _ = encryption.set_passphrase(folder, "pass", FAST)
    assert not encryption.is_plain_file(folder / DB_NAME)
    db = Database.open_folder(folder, key=key)
    try:
        assert db.schema_version() == migrations.LATEST
        assert [(c.id, c.title) for c in db.list_cases()] == [(c[0], c[2]) for c in CASES]
        assert db.integrity() == "ok"
    finally:
        db.close()
    conn = encryption.connect(folder / DB_NAME, key)  # read back through a fresh connection
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    finally:
        conn.close()


def test_encrypted_connections_wipe_their_memory(folder):
    key, _ = encryption.set_passphrase(folder, "pass", FAST)
    db = Database.open_folder(folder, key=key)
    try:
        assert db.conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in (1, "1")
    finally:
        db.close()
    assert db.key is None  # closing drops the key


def test_sqlcipher_errors_are_sorted_like_sqlite_ones(folder):
    key, _ = encryption.set_passphrase(folder, "pass", FAST)
    db = Database.open_folder(folder, key=key)
    try:
        db.conn.execute("PRAGMA query_only=ON")
        with pytest.raises(sqlite_errors.ERRORS) as caught:
            db.set_case_field(db.list_cases()[0].id, "notes", "x")
        assert not isinstance(caught.value, __import__("sqlite3").Error)  # sqlcipher3's own class
        assert sqlite_errors.cause(caught.value) == sqlite_errors.READ_ONLY
    finally:
        db.close()


def test_an_encrypted_answer_written_is_read_back_from_a_fresh_connection(folder):
    key, _ = encryption.set_passphrase(folder, "pass", FAST)
    db = Database.open_folder(folder, key=key)
    op = db.load_case(db.list_cases()[0].id).opinions[0]
    db.set_answer(op.id, "stage", "text", "Stage II")
    db.close()
    fresh = Database.open_folder(folder, key=encryption.unlock(folder, "pass"))
    try:
        assert fresh.load_case(fresh.list_cases()[0].id).opinions[0].answers["stage"] == Answer(text="Stage II")
    finally:
        fresh.close()


HYGIENE_CHILD = """
import resource
from app import process_hygiene
process_hygiene.harden()
print(resource.getrlimit(resource.RLIMIT_CORE), process_hygiene.is_dumpable())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux's")
def test_a_real_process_turns_core_dumps_off():
    root = Path(__file__).resolve().parents[2]
    before = subprocess.run([sys.executable, "-c", "from app import process_hygiene; "
                             "print(process_hygiene.is_dumpable())"],
                            cwd=root, capture_output=True, text=True, check=True)
    assert before.stdout.strip() == "1"  # the test can fail: a process starts dumpable
    out = subprocess.run([sys.executable, "-c", HYGIENE_CHILD], cwd=root, capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["(0,", "0)", "0"]


def test_an_encrypted_backup_restores_into_the_encrypted_data(folder):
    key, _ = encryption.set_passphrase(folder, "pass", FAST)
    backup_restore.convert_all(backup.backup_folder(folder), None, key)
    db = Database.open_folder(folder, key=key)
    try:
        info = backup.make_backup(db.conn, backup.backup_folder(folder), datetime(2026, 11, 25), key=key)
        db.delete_case(db.list_cases()[0].id)
        assert db.list_cases() == []
        backup_restore.restore(info, db.conn, key)
        assert [c.title for c in db.list_cases()] == [f"Mum {MARKER}"]
    finally:
        db.close()
    assert holding_marker(folder) == []
