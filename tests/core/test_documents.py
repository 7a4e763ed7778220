"""Attached documents in the core: bytes kept by content hash, in one transaction, checked before
copying; carried by backups; private copies of opened ones cleaned up, also after a kill -9."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest

from app.model import documents as dm
from app.model.documents import DOCUMENT, Document
from app.model.domain import Case
from app.store import backup, private_copies
from app.store import documents as store
from app.store.kinds import DOCUMENT_KIND, LIST_KINDS
from app.store.storage import Database

PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) * 9000 + b"\n%%EOF\n"  # > 2 chunks


@pytest.fixture
def db(tmp_path):
    database = Database.open_folder(tmp_path / "data")
    yield database
    database.close()


def attach(db, case_id, path, name=None):
    problem, size = dm.check_file(path)
    assert problem == ""
    sha, hashed = store.hash_file(path)
    conn = store.open_writer(db.path, db.key)
    try:
        stored = store.store_file(conn, path, sha, hashed)
    finally:
        conn.close()
    doc = Document(0, name or path.name, "2026-03-10T09:30", str(size), sha, dm.media_of(path), "case")
    return db.insert_record(DOCUMENT_KIND, case_id, doc), sha, stored


def test_round_trip_keeps_every_byte_and_its_hash_after_a_fresh_open(tmp_path, db):
    src = tmp_path / "Pathology report.pdf"
    src.write_bytes(PDF_BYTES)
    case_id = db.insert_case(Case(0, "Mum"))
    doc_id, sha, stored = attach(db, case_id, src)
    assert stored and sha == hashlib.sha256(PDF_BYTES).hexdigest()
    assert LIST_KINDS[DOCUMENT] is DOCUMENT_KIND
    db.close()
    fresh = Database.open_folder(tmp_path / "data")
    try:
        [doc] = fresh.load_records(DOCUMENT_KIND, case_id)
        assert (doc.id, doc.name, doc.size, doc.media) == (doc_id, "Pathology report.pdf", str(len(PDF_BYTES)), "pdf")
        data = store.read_content(fresh.conn, doc.sha256)
        assert data == PDF_BYTES and hashlib.sha256(data).hexdigest() == doc.sha256
        chunk_count = fresh.conn.execute("SELECT count(*) FROM document_chunk").fetchone()[0]
        assert chunk_count == -(-len(PDF_BYTES) // store.CHUNK) > 1
        assert fresh.integrity() == "ok"
    finally:
        fresh.close()


def test_the_same_file_twice_is_found_and_its_bytes_are_kept_once(tmp_path, db):
    src = tmp_path / "scan.png"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 5000)
    copy = tmp_path / "scan again.png"
    copy.write_bytes(src.read_bytes())
    case_id = db.insert_case(Case(0, "Mum"))
    _, sha, first = attach(db, case_id, src)
    listed = db.load_records(DOCUMENT_KIND, case_id)
    sha2, _ = store.hash_file(copy)
    assert dm.duplicate_of(listed, sha2).name == "scan.png"
    conn = store.open_writer(db.path, None)
    try:
        assert store.store_file(conn, copy, sha2, copy.stat().st_size) is False  # already kept
    finally:
        conn.close()
    assert db.conn.execute("SELECT count(*) FROM document_content").fetchone()[0] == 1
    assert first is True


def test_checks_before_copying_size_type_unreadable_and_empty(tmp_path, monkeypatch):
    big = tmp_path / "huge.pdf"
    with open(big, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(dm.MAX_BYTES + 1)  # sparse: nothing is read to find it too big
    assert dm.check_file(big) == (dm.TOO_BIG, dm.MAX_BYTES + 1)
    at_limit = tmp_path / "limit.pdf"
    with open(at_limit, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(dm.MAX_BYTES)
    assert dm.check_file(at_limit) == ("", dm.MAX_BYTES)
    exe = tmp_path / "letter.pdf"
    exe.write_bytes(b"MZ\x90\x00 not a pdf")
    assert dm.check_file(exe)[0] == dm.UNSUPPORTED
    assert dm.check_file(tmp_path / "notes.docx")[0] == dm.UNSUPPORTED
    assert dm.check_file(tmp_path / "missing.pdf")[0] == dm.UNREADABLE
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert dm.check_file(empty)[0] == dm.EMPTY
    if os.getuid() != 0:  # root reads anything
        locked = tmp_path / "locked.txt"
        locked.write_text("private")
        locked.chmod(0)
        assert dm.check_file(locked)[0] == dm.UNREADABLE
    ok = tmp_path / "Notes.TXT"
    ok.write_text("Ask about the scan 🙂", encoding="utf-8")
    assert dm.check_file(ok) == ("", ok.stat().st_size)
    assert (dm.size_text(512), dm.size_text(2048), dm.size_text(5 * 1024 * 1024)) == ("512 bytes", "2 KB", "5.0 MB")


def test_a_copy_that_fails_half_way_leaves_nothing_stored(tmp_path, db):
    src = tmp_path / "report.pdf"
    src.write_bytes(PDF_BYTES)
    sha, size = store.hash_file(src)
    conn = store.open_writer(db.path, None)
    calls = []

    def full_disk_on_third_chunk(done):
        calls.append(done)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return True
    try:
        with pytest.raises(sqlite3.OperationalError):
            store.store_file(conn, src, sha, size, full_disk_on_third_chunk)
        with pytest.raises(store.Stopped):
            store.store_file(conn, src, sha, size, lambda done: False)
        with pytest.raises(store.ContentChanged):  # the file changed since it was hashed
            store.store_file(conn, src, sha, size - 1)
        assert not conn.in_transaction
    finally:
        conn.close()
    for table in ("document_content", "document_chunk"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert db.integrity() == "ok"


def test_content_no_document_names_is_removed_at_the_next_start(tmp_path, db):
    src = tmp_path / "a.txt"
    src.write_text("first letter")
    case_id = db.insert_case(Case(0, "Mum"))
    doc_id, sha, _ = attach(db, case_id, src)
    assert store.remove_unused(db.conn) == 0  # still named
    db.delete_record(DOCUMENT_KIND, doc_id)
    assert store.read_content(db.conn, sha) == b"first letter"  # kept for an undo
    assert store.remove_unused(db.conn) == 1
    assert db.conn.execute("SELECT count(*) FROM document_chunk").fetchone()[0] == 0
    with pytest.raises(LookupError):
        store.read_content(db.conn, sha)


def test_a_backup_made_after_attaching_holds_the_document(tmp_path, db):
    src = tmp_path / "scan.pdf"
    src.write_bytes(PDF_BYTES)
    case_id = db.insert_case(Case(0, "Mum"))
    _, sha, _ = attach(db, case_id, src)
    info = backup.make_backup(db.conn, tmp_path / "backups", datetime(2026, 3, 10, 9, 30))
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("SELECT name FROM document").fetchone()[0] == "scan.pdf"
        assert store.read_content(conn, sha) == PDF_BYTES
    finally:
        conn.close()


def test_write_copy_is_private_and_checked(tmp_path, db):
    src = tmp_path / "scan.pdf"
    src.write_bytes(PDF_BYTES)
    case_id = db.insert_case(Case(0, "Mum"))
    _, sha, _ = attach(db, case_id, src)
    copies = private_copies.PrivateCopies(tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    out = store.write_copy(db.conn, sha, copies.path_for("My <scan>.pdf"))
    assert out.read_bytes() == PDF_BYTES and out.name == "My _scan_.pdf"
    assert (out.stat().st_mode & 0o777, copies.folder.stat().st_mode & 0o777) == (0o600, 0o700)
    copies.clear()
    assert not out.exists() and list((tmp_path / "tmp").iterdir()) == []


CHILD = """
import sys, time
from app.store.private_copies import PrivateCopies
copies = PrivateCopies(sys.argv[1])
path = copies.path_for("report.pdf")
path.write_bytes(b"%PDF-1.4 private")
print(path, flush=True)
time.sleep(60)
"""


def test_a_killed_process_leaves_a_copy_that_the_next_start_removes_and_only_ours(tmp_path):
    root = tmp_path / "tmp"
    root.mkdir()
    other = root / "soc-open-notanumber"
    other.mkdir()
    someone_else = root / "something-else-1"
    someone_else.mkdir()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(root)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        copy = child.stdout.readline().strip()
        assert copy and os.path.exists(copy)
        assert private_copies.remove_stale(root) == []  # its process is still running: left alone
        child.kill()  # SIGKILL: no clean-up runs
        child.wait()
    finally:
        child.stdout.close()
    assert os.path.exists(copy)
    removed = private_copies.remove_stale(root)
    assert len(removed) == 1 and not os.path.exists(copy)
    assert other.is_dir() and someone_else.is_dir()  # not ours: untouched
