"""Damage only in an index: seen at start-up, and rebuilt from the person's information when they choose it.

The index is made stale the way a torn write or a faulty disk would leave it: rows reach the
table while the index does not hear of them (the index is hidden from SQLite's schema for the
insert, then put back). `PRAGMA quick_check` does not see this; the start-up check must.
Real processes, the real start-up path, with the message seams answering as a person would.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.store import data_check, index_repair
from app.store.datadir import DB_NAME
from app.store.storage import Database
from tests.test_damaged_data import build_realistic, messages_in, run_app, tree

ADDED = "How long is the wait for surgery? (added while the index was not looking)"


def stale_index(folder: Path) -> None:
    """A question stored in its table but missing from the index question_by_case."""
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    name, table, root, sql = conn.execute(
        "SELECT name, tbl_name, rootpage, sql FROM sqlite_master WHERE name='question_by_case'").fetchone()
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("DELETE FROM sqlite_master WHERE name=?", (name,))
    conn.close()
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)  # a connection that knows no such index
    case_id = conn.execute("SELECT id FROM case_file ORDER BY position LIMIT 1").fetchone()[0]
    conn.execute("INSERT INTO question (case_id, position, text, uid) VALUES (?, 99, ?, 'stale-index-uid')",
                 (case_id, ADDED))
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('index', ?, ?, ?, ?)",
                 (name, table, root, sql))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def damaged(tmp_path):
    build_realistic(tmp_path)
    stale_index(tmp_path)
    conn = sqlite3.connect((tmp_path / DB_NAME).as_uri() + "?mode=ro", uri=True)
    try:  # the damage is as intended: only the index, and quick_check misses it
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        report = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    assert report and index_repair.only_indexes(report), report
    return tmp_path


def test_the_start_up_check_finds_index_only_damage_and_calls_it_repairable(damaged):
    finding = data_check.check_folder(damaged)
    assert finding.kind == data_check.DAMAGED and finding.repairable
    assert "index" in finding.message


def test_other_damage_is_not_offered_a_rebuild():
    assert not index_repair.only_indexes(["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"])
    assert not index_repair.only_indexes(["row 3 missing from index question_by_case",
                                          "non-unique entry in index sqlite_autoindex_question_1"])
    assert not index_repair.only_indexes([])
    assert index_repair.only_indexes(["row 3 missing from index question_by_case",
                                      "wrong # of entries in index question_by_case"])


def test_rebuild_keeps_every_record_and_the_damaged_file_aside_untouched(damaged):
    before = hashlib.sha256((damaged / DB_NAME).read_bytes()).hexdigest()
    result = run_app(damaged, "rebuild")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    told = messages_in(result.stdout)
    assert [m["kind"] for m in told] == ["choose", "info"], told
    assert "Rebuild the index from your information: nothing you typed is lost" in told[0]["text"]
    assert "nothing you typed was lost" in told[1]["text"]
    asides = [p for p in damaged.iterdir() if p.name.startswith("damaged-")]
    assert len(asides) == 1 and str(asides[0]) in told[1]["text"]
    assert hashlib.sha256((asides[0] / DB_NAME).read_bytes()).hexdigest() == before
    assert not any(p.name.startswith(index_repair.WORK_NAME) for p in damaged.iterdir())
    assert data_check.check_folder(damaged).kind == data_check.SOUND
    db = Database.open_folder(damaged)
    try:
        assert db.integrity() == "ok"
        texts = [q.text for s in db.list_cases() for q in db.list_questions(s.id)]
        assert ADDED in texts  # the row the index had lost is found again, through the index
        assert len(db.list_cases()) == 4
    finally:
        db.close()


def test_quit_changes_nothing(damaged):
    before = tree(damaged)
    result = run_app(damaged, "quit")
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert [m["kind"] for m in messages_in(result.stdout)] == ["choose"]
    assert tree(damaged) == before


def test_a_rebuild_that_fails_changes_nothing_and_leaves_no_copy(damaged, monkeypatch):
    def no_reindex(folder):
        raise index_repair.RebuildFailed("the disk is full")
    before = tree(damaged)
    monkeypatch.setattr(index_repair, "rebuilt_copy", no_reindex)
    from app.ui import application, messages
    told = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: told.append(("error", text)))
    answers = iter(["rebuild", "quit"])
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, options, default=None: (
        told.append(("choose", [o for o, _ in options])), next(answers))[1])
    with pytest.raises(application.StartDeclined):
        application.open_window(damaged)
    assert told[0] == ("choose", ["rebuild", "empty", "quit"])
    assert told[1][0] == "error" and "could not be rebuilt (the disk is full)" in told[1][1]
    assert told[2] == ("choose", ["empty", "quit"])  # the other choices again, no rebuild
    assert tree(damaged) == before


def test_the_copy_is_checked_before_it_is_used(damaged, monkeypatch):
    real_connect = sqlite3.connect

    class NoReindex:  # a REINDEX that does nothing: the copy stays damaged and must not be used
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            return self.conn.execute("SELECT 1") if sql == "REINDEX" else self.conn.execute(sql, *args)

        def close(self):
            self.conn.close()

    monkeypatch.setattr(index_repair.sqlite3, "connect", lambda *a, **k: NoReindex(real_connect(*a, **k)))
    with pytest.raises(index_repair.RebuildFailed, match="index"):
        index_repair.rebuilt_copy(damaged)
    assert not any(p.name.startswith(index_repair.WORK_NAME) for p in damaged.iterdir())
