"""Migrations from stored files of every schema version (tests/data/schema_v*.sqlite3).

Each fixture is a data file as that version of the app saved it (tests/data/make_fixtures.py).
Opened by today's Database it must reach the latest version with every value intact, read back
both as raw rows and through the app's own reading code, from a fresh connection. A step that
fails half-way must leave the file at the version before it, as it was.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.model.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading
from app.model.questions import Question
from app.store import migrations
from app.store.datadir import DB_NAME
from app.store.kinds import ANSWER_KIND, ENTRY_KIND
from app.store.storage import Database, DataFileError
from tests.data.make_fixtures import (
    ANSWERS,
    CASES,
    CUSTOM_ROWS,
    LIST_ENTRIES,
    OPINIONS,
    QUESTIONS,
    VERSIONS,
    fixture_path,
    rows_at,
)

KEYS = {  # each table's rows in a stable order
    "case_file": "id", "opinion": "id", "custom_row": "id", "question": "id",
    "answer": "opinion_id, row_key", "list_entry": "opinion_id, row_key, position",
}


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, read with a fresh read-only connection (sqlite_sequence left out)."""
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        tables = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY {KEYS.get(t, 'rowid')}").fetchall() for t in tables}
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def sorted_rows(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    return {t: sorted(r) for t, r in rows.items()}


def copy_fixture(version: int, tmp_path: Path) -> Path:
    folder = tmp_path / f"data-v{version}"
    folder.mkdir()
    shutil.copyfile(fixture_path(version), folder / DB_NAME)
    return folder


def expected_case(case_id: int) -> Case:
    """The app's view of a case in the fixtures, built from the fixture's rows by hand."""
    row = next(c for c in CASES if c[0] == case_id)
    case = Case(row[0], *row[2:])
    for op_row in sorted((o for o in OPINIONS if o[1] == case_id), key=lambda o: o[2]):
        op = Opinion(op_row[0], *op_row[3:])
        for opinion_id, key, text, choice, tags in ANSWERS:
            if opinion_id == op.id:
                op.answers[key] = Answer(text=text, choice=choice, tags=tuple(json.loads(tags)))
        for key, kind in (("readings", TestReading), ("citations", Citation)):
            entries = tuple(kind(**f) for o, k, _, f in sorted(LIST_ENTRIES, key=lambda e: e[2])
                            if o == op.id and k == key)
            if entries:
                op.answers[key] = Answer(entries=entries)
        case.opinions.append(op)
    case.custom_rows = [CustomRow(r[0], r[3]) for r in sorted(CUSTOM_ROWS, key=lambda r: r[2]) if r[1] == case_id]
    return case


@pytest.mark.parametrize("version", VERSIONS)
def test_the_fixture_is_what_its_version_saved(version):
    """The committed file holds the script's data at its version (guards the fixture itself)."""
    path = fixture_path(version)
    assert user_version(path) == version
    assert sorted_rows(dump(path)) == sorted_rows(rows_at(version))


def test_there_is_a_fixture_for_every_version_a_person_may_have():
    # version 0 is an empty file (nothing to keep); every later one has its stored fixture
    assert all(fixture_path(v).is_file() for v in range(1, migrations.LATEST + 1))
    assert VERSIONS == tuple(range(1, migrations.LATEST + 1))


@pytest.mark.parametrize("version", VERSIONS)
def test_each_fixture_migrates_to_the_latest_with_every_value_intact(version, tmp_path):
    folder = copy_fixture(version, tmp_path)
    db = Database.open_folder(folder)
    assert db.schema_version() == migrations.LATEST
    db.close()

    stored = dump(folder / DB_NAME)
    assert user_version(folder / DB_NAME) == migrations.LATEST
    for table, rows in rows_at(version).items():  # every row of the old version, byte for byte
        # (columns added later, such as the stable `uid`, come after the old ones)
        assert sorted(r[:len(rows[0])] for r in stored[table]) == sorted(rows), table
    assert set(stored) >= set(rows_at(len(VERSIONS)))  # and the latest fixture version's tables

    fresh = Database.open_folder(folder)  # read back through the app's own code
    try:
        assert [(c.id, c.title, c.person) for c in fresh.list_cases()] == [(c[0], c[2], c[3]) for c in CASES]
        for case_row in CASES:
            assert fresh.load_case(case_row[0]) == expected_case(case_row[0])
            want = [Question(q[0], *q[3:]) for q in QUESTIONS if q[1] == case_row[0]] if version >= 2 else []
            assert fresh.list_questions(case_row[0]) == want
        # and the migrated file takes new writes where the new version keeps them
        new_id = fresh.insert_question(2, Question(0, "Added after the update", "typed"), 0)
        assert fresh.list_questions(2)[0] == Question(new_id, "Added after the update", "typed")
    finally:
        fresh.close()


def _broken_step(conn: sqlite3.Connection) -> None:
    """A step that changes schema and data (in SQL and in Python), then fails half-way."""
    conn.execute("CREATE TABLE appointment (id INTEGER PRIMARY KEY, case_id INTEGER, at TEXT)")
    conn.execute("INSERT INTO appointment VALUES (1, 1, '2026-03-01')")
    for case_id, title in conn.execute("SELECT id, title FROM case_file").fetchall():
        conn.execute("UPDATE case_file SET title=? WHERE id=?", (title.upper(), case_id))
    conn.execute("DELETE FROM list_entry")
    # fails: this answer is already there (the primary key is opinion_id + row_key)
    conn.execute("INSERT INTO answer (opinion_id, row_key) VALUES (1, 'diagnosis')")


def test_a_step_that_fails_half_way_leaves_the_file_at_the_version_before(tmp_path, monkeypatch):
    """Version 1 file; steps 1 and 2 as shipped, then a broken step 3: step 2 is kept (its own
    transaction), nothing of step 3 is, and the file still opens with the real steps."""
    folder = copy_fixture(1, tmp_path)
    before = dump(folder / DB_NAME)
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS[:2], _broken_step))
    monkeypatch.setattr(migrations, "LATEST", 3)
    with pytest.raises(DataFileError) as failure:
        Database.open_folder(folder)
    assert isinstance(failure.value.__cause__, sqlite3.IntegrityError)

    assert user_version(folder / DB_NAME) == 2
    after = dump(folder / DB_NAME)
    assert "appointment" not in after
    assert after == before | {"question": []}  # titles, list entries and answers as they were

    monkeypatch.undo()
    db = Database.open_folder(folder)
    try:
        assert db.schema_version() == migrations.LATEST and db.load_case(1) == expected_case(1)
    finally:
        db.close()


def test_a_shipped_step_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """The real step 2 runs, then its transaction fails: no question table, still version 1."""
    folder = copy_fixture(1, tmp_path)
    before = dump(folder / DB_NAME)
    real_step_2 = migrations.STEPS[1]

    def step_2_then_fail(conn):
        real_step_2(conn)
        conn.execute("INSERT INTO question (case_id, position) VALUES (999, 0)")  # no such case

    monkeypatch.setattr(migrations, "STEPS", (migrations.STEPS[0], step_2_then_fail))
    with pytest.raises(DataFileError):
        Database.open_folder(folder)
    assert user_version(folder / DB_NAME) == 1
    assert dump(folder / DB_NAME) == before


def test_answers_and_list_entries_become_records_with_every_value_and_order_kept(tmp_path):
    """The step answers_and_entries_as_records, from the file of the version before it: every
    answer (text, choice, tag list) and every list entry, in its order, read back through the
    record layer from a fresh connection; then the file takes writes as the app makes them."""
    step = migrations.STEPS.index(migrations.answers_and_entries_as_records) + 1
    folder = copy_fixture(step - 1, tmp_path)
    Database.open_folder(folder).close()
    assert user_version(folder / DB_NAME) == migrations.LATEST

    db = Database.open_folder(folder)
    try:
        for op_id in {o[0] for o in OPINIONS}:
            answers = db.load_records(ANSWER_KIND, op_id)
            want = sorted(a for a in ANSWERS if a[0] == op_id)
            assert sorted((op_id, a.row_key, a.text, a.choice, a.tags) for a in answers) == want
            assert {a.row_key: json.loads(a.tags) for a in answers} == {a[1]: json.loads(a[4]) for a in want}
            for key in ("readings", "citations"):
                entries = db.load_records(ENTRY_KIND, op_id, {"row_key": key})
                want_entries = [f for o, k, _, f in sorted(LIST_ENTRIES, key=lambda e: e[2]) if (o, k) == (op_id, key)]
                assert [json.loads(e.fields) for e in entries] == want_entries  # order included
        assert db.load_case(1) == expected_case(1) and db.load_case(2) == expected_case(2)

        # an entry list written whole, a new answer and a changed one, as the Workspace writes them
        readings = (TestReading("Oncotype DX", "2026-03-01", "score 14"), TestReading("Ki-67", "", "18 %"))
        db.set_answer(1, "readings", "entries", readings)
        db.set_answer(1, "plan", "tags", ("surgery",))
        db.set_answer(3, "plan", "text", "Watch and wait.")
    finally:
        db.close()
    fresh = Database.open_folder(folder)
    try:
        op1, op3 = fresh.load_case(1).opinion(1), fresh.load_case(2).opinion(3)
        assert op1.answer("readings").entries == readings
        assert op1.answer("plan") == Answer(text="Lumpectomy first, then radiation.", tags=("surgery",))
        assert op3.answer("plan") == Answer(text="Watch and wait.")
        one = "SELECT COUNT(*) FROM answer WHERE opinion_id=3 AND row_key='plan'"
        assert fresh.conn.execute(one).fetchone() == (1,)
        with pytest.raises(sqlite3.IntegrityError):  # still one answer per (opinion, row)
            fresh.conn.execute("INSERT INTO answer (opinion_id, row_key) VALUES (1, 'plan')")
        fresh.delete_opinion(1)  # its answers and entries go with it
        assert fresh.conn.execute("SELECT COUNT(*) FROM answer WHERE opinion_id=1").fetchone() == (0,)
        assert fresh.conn.execute("SELECT COUNT(*) FROM list_entry WHERE opinion_id=1").fetchone() == (0,)
    finally:
        fresh.close()


def test_a_new_file_has_no_free_pages_after_every_step(tmp_path):
    """A step that rebuilds tables (answers_and_entries_as_records) reuses the pages of the ones
    it drops: free pages would let a 'full' disk (max_page_count = page_count) still take writes."""
    db = Database.open_folder(tmp_path)
    try:
        assert db.schema_version() == migrations.LATEST
        assert db.conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    finally:
        db.close()
