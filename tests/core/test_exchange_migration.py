"""The exchange step gives every record of every Kind a stable uid, and the record layer keeps
stamps and deletions from then on (app.store.record_history)."""
from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import UTC, datetime

import pytest

from app.model.domain import Case
from app.model.questions import Question
from app.model.records import record
from app.store import migrations
from app.store.datadir import DB_NAME
from app.store.kinds import LIST_KINDS, Kind
from app.store.storage import Database
from app.workspace.core import Workspace
from tests.data.make_fixtures import VERSIONS, fixture_path, rows_at

# answers and list entries are records without a uid of their own (migration 9): a merge names an
# answer "<opinion uid>|<row>" (record_history.answer_ref)
ADDRESSED_BY_OPINION = ("answer", "list_entry")


def kind_tables(conn) -> list[str]:
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return [n for n in names if n not in ADDRESSED_BY_OPINION
            and {"id", "position"} <= {r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')}]


@pytest.mark.parametrize("version", VERSIONS)
def test_every_row_of_every_fixture_gets_a_uid(version, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(fixture_path(version), folder / DB_NAME)
    Database.open_folder(folder).close()
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        tables = kind_tables(conn)
        assert {"case_file", "opinion", "custom_row"} <= set(tables)
        uids = []
        for table in tables:
            rows = conn.execute(f"SELECT id, uid FROM {table}").fetchall()
            assert rows or not rows_at(version).get(table), table  # every record the file had
            for _, uid in rows:
                assert uuid.UUID(uid).version == 4
                uids.append(uid)
        assert len(uids) == len(set(uids)) > 0
        for table in ADDRESSED_BY_OPINION:  # named by their opinion's uid, never by one of their own
            assert "uid" not in {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        assert len(conn.execute("SELECT value FROM exchange_meta WHERE key='laptop'").fetchone()[0]) == 36
    finally:
        conn.close()


def test_the_step_is_safe_in_any_order_with_a_kind_made_before_or_after(tmp_path):
    """Another helper's kind created from Kind.create_sql (with its uid) before the step runs
    again, or a table of ids and positions without one: both end with a uid on every row."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for step in migrations.STEPS:
        step(conn)

    @record(frozen=True)
    class Visit:
        id: int
        place: str = ""

    conn.execute(Kind("visit", "visit", Visit).create_sql())
    conn.execute("CREATE TABLE older (id INTEGER PRIMARY KEY, position INTEGER, x TEXT)")
    conn.execute("INSERT INTO older (position, x) VALUES (0, 'a')")
    conn.execute("INSERT INTO visit (case_id, position, place) VALUES (1, 0, 'x')")
    migrations.exchange_ids(conn)  # again: must not fail, must fill what is missing
    assert conn.execute("SELECT uid IS NOT NULL FROM older").fetchone() == (1,)
    assert conn.execute("SELECT uid IS NOT NULL FROM visit").fetchone() == (1,)


def test_inserts_get_a_uid_edits_a_stamp_and_deletions_a_tombstone_even_by_cascade(tmp_path):
    db = Database.open_folder(tmp_path)
    when = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
    db.clock = lambda: when
    ws = Workspace(db, LIST_KINDS)
    case_id = ws.insert_case(Case(0, "C"), [Question(0, "Q")])
    q_id = ws.questions(case_id)[0].id
    ws.set(("question", case_id, q_id, "text"), "Q edited")
    conn = db.conn
    q_uid = conn.execute("SELECT uid FROM question WHERE id=?", (q_id,)).fetchone()[0]
    assert conn.execute("SELECT field, changed_at, laptop FROM field_stamp WHERE uid=?", (q_uid,)).fetchall() == [
        ("text", "2026-11-02T10:30:00.000000Z", db.laptop)]
    case_uid = conn.execute("SELECT uid FROM case_file").fetchone()[0]
    ws.remove_case(case_id)  # the question goes by ON DELETE CASCADE: remembered too
    assert sorted(conn.execute("SELECT tbl, uid, deleted_at FROM tombstone").fetchall()) == sorted([
        ("case_file", case_uid, "2026-11-02T10:30:00.000000Z"),
        ("question", q_uid, "2026-11-02T10:30:00.000000Z")])
    db.close()
