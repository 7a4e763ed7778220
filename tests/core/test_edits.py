"""Undoable edits on the workspace: each applies, reverts, and leaves storage in step."""
import sqlite3

import pytest

from app.model.domain import Case, CustomRow, Opinion
from app.model.questions import Question
from app.store.storage import Database
from app.workspace import edits
from app.workspace.core import SaveError, Workspace
from app.workspace.example_case import example_case


@pytest.fixture
def ws(tmp_path):
    db = Database.open_folder(tmp_path)
    yield Workspace(db)
    db.close()


def stored(ws, case_id):
    return ws.db.load_case(case_id)


def test_set_value_and_undo_reach_storage(ws):
    case_id = ws.insert_case(example_case(), [])
    op_id = ws.case(case_id).opinions[0].id
    target = ("answer", case_id, op_id, "stage", "text")
    e = edits.set_value(ws, target, "Stage III")
    e.redo(ws)
    assert stored(ws, case_id).opinions[0].answer("stage").text == "Stage III"
    e.undo(ws)
    assert stored(ws, case_id).opinions[0].answer("stage").text.startswith("Stage IIA")


def test_typing_bursts_merge_into_one_step(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    first = edits.set_value(ws, ("case", case_id, "notes"), "a", mergeable=True)
    first.redo(ws)
    second = edits.set_value(ws, ("case", case_id, "notes"), "ab", mergeable=True)
    second.redo(ws)
    assert first.merge(second)
    first.undo(ws)
    assert ws.case(case_id).notes == "" == stored(ws, case_id).notes
    other = edits.set_value(ws, ("case", case_id, "title"), "T", mergeable=True)
    assert not first.merge(other)


def test_removing_an_opinion_and_undo_restores_everything(ws, ):
    case_id = ws.insert_case(example_case(), [])
    before = stored(ws, case_id)
    op_id = before.opinions[0].id
    e = edits.remove_opinion(ws, case_id, op_id)
    e.redo(ws)
    assert [o.doctor for o in stored(ws, case_id).opinions] == ["Dr. Okafor"]
    e.undo(ws)
    after = stored(ws, case_id)
    assert after.opinions == before.opinions
    assert ws.case(case_id).opinions == before.opinions
    e.redo(ws)
    e.undo(ws)
    assert stored(ws, case_id).opinions == before.opinions


def test_move_opinion_and_undo(ws):
    case_id = ws.insert_case(example_case(), [])
    e = edits.Move("opinion", case_id, 0, 1)
    e.redo(ws)
    assert [o.doctor for o in stored(ws, case_id).opinions] == ["Dr. Okafor", "Dr. Rivera"]
    e.undo(ws)
    assert [o.doctor for o in stored(ws, case_id).opinions] == ["Dr. Rivera", "Dr. Okafor"]


def test_delete_case_and_undo_brings_back_opinions_rows_and_questions(ws):
    case = example_case()
    case.custom_rows = [CustomRow(0, "Fertility")]
    case_id = ws.insert_case(case, [Question(0, "Is there time?")])
    ws.set(("answer", case_id, ws.case(case_id).opinions[0].id, "custom:1", "text"), "Asked about it")
    before = stored(ws, case_id)
    e = edits.delete_case(ws, case_id)
    e.redo(ws)
    assert ws.case_summaries() == []
    e.undo(ws)
    assert stored(ws, case_id) == before
    assert [q.text for q in ws.questions(case_id)] == ["Is there time?"]


def test_add_opinion_edit(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    e = edits.OpinionPresence(adds=True, case_id=case_id, opinion=Opinion(0, "First opinion"), index=0)
    e.redo(ws)
    assert [o.label for o in stored(ws, case_id).opinions] == ["First opinion"]
    e.undo(ws)
    assert stored(ws, case_id).opinions == []


def test_custom_row_remove_and_undo_keeps_answers(ws):
    case_id = ws.insert_case(example_case(), [])
    add = edits.RowPresence(adds=True, case_id=case_id, row=CustomRow(0, "Fertility"), index=0)
    add.redo(ws)
    key = ws.case(case_id).custom_rows[0].key
    op_id = ws.case(case_id).opinions[1].id
    ws.set(("answer", case_id, op_id, key, "text"), "Refer to fertility clinic")
    remove = edits.remove_custom_row(ws, case_id, ws.case(case_id).custom_rows[0].id)
    remove.redo(ws)
    assert stored(ws, case_id).custom_rows == []
    remove.undo(ws)
    back = stored(ws, case_id)
    assert back.custom_rows[0].label == "Fertility"
    assert back.opinions[1].answer(back.custom_rows[0].key).text == "Refer to fertility clinic"


def test_listeners_hear_about_changes(ws):
    from app.model.events import CASE, CasesChanged, Updated
    heard = []
    ws.subscribe(heard.append)
    case_id = ws.insert_case(example_case(), [])
    assert heard == [CasesChanged(case_id)]
    ws.set(("case", case_id, "title"), "New")
    assert heard[1:] == [Updated(CASE, case_id, case_id, ("title",)), CasesChanged(case_id)]
    ws.set(("case", case_id, "notes"), "n")
    assert heard[3:] == [Updated(CASE, case_id, case_id, ("notes",))]


def test_a_failed_write_changes_nothing_and_explains(ws):
    """A real full disk (the file may not grow), sorted by SQLite's error code."""
    case_id = ws.insert_case(Case(0, "C"), [])
    pages = ws.db.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.db.conn.execute(f"PRAGMA max_page_count={pages}")
    heard = []
    ws.subscribe(heard.append)
    with pytest.raises(SaveError, match="disk is full") as failure:
        ws.set(("case", case_id, "notes"), "x" * 50_000)
    assert failure.value.environment and failure.value.cause == "full"
    assert ws.case(case_id).notes == "" and heard == []
    assert stored(ws, case_id).notes == ""
    # the connection is still usable: a small change fits and is saved
    ws.set(("case", case_id, "notes"), "short")
    assert stored(ws, case_id).notes == "short"


def test_a_constraint_failure_is_called_a_fault_not_a_full_disk(ws, monkeypatch):
    import sqlite3
    case_id = ws.insert_case(Case(0, "C"), [])

    def broken(*args):
        with ws.db.transaction() as conn:
            conn.execute("INSERT INTO opinion (case_id, position) VALUES (?, 0)", (987654,))
    monkeypatch.setattr(ws.db, "set_case_field", broken)
    with pytest.raises(SaveError, match="fault in this app") as failure:
        ws.set(("case", case_id, "title"), "New title")
    assert not failure.value.environment
    assert "space" not in str(failure.value)
    assert not ws.db.conn.in_transaction and isinstance(failure.value.__cause__, sqlite3.IntegrityError)
    monkeypatch.undo()
    ws.set(("case", case_id, "title"), "After")
    assert stored(ws, case_id).title == "After"


def test_a_write_to_a_record_deleted_elsewhere_is_not_called_saved(ws):
    """Another connection deletes the case; this one's edit must fail, not report success."""
    case_id = ws.insert_case(example_case(), [])
    op_id = ws.case(case_id).opinions[0].id
    other = Database(ws.db.path)
    other.delete_case(case_id)
    other.close()
    for target in (("case", case_id, "title"), ("opinion", case_id, op_id, "doctor"),
                   ("answer", case_id, op_id, "stage", "text")):
        with pytest.raises(SaveError, match="no longer there") as failure:
            ws.set(target, "typed")
        assert failure.value.cause == "gone" and not failure.value.environment


def test_a_row_becomes_a_question_quoting_each_doctor():
    from app.model.comparison import row_question
    case = example_case()
    question = row_question(case, "stage")
    assert "“Stage or extent”" in question
    assert "Dr. Rivera: “Stage IIA" in question and "Dr. Okafor: “Probably stage IIA" in question
    case.opinions[1].answers.pop("stage")
    assert row_question(case, "stage") == "Can you tell me more about “Stage or extent”?"


def test_after_damage_is_read_a_save_says_so_and_is_not_retried(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    ws.db._refuse_writes()  # what a read that meets damage does
    with pytest.raises(SaveError, match="found damaged") as failure:
        ws.set(("case", case_id, "title"), "New")
    assert not failure.value.environment and ws.case(case_id).title == "C"


def test_a_connection_stuck_read_only_is_replaced_so_a_retry_can_save(ws):
    """SQLite keeps a connection read-only after a read-only error even once the file is
    writable again; the next write gets a fresh connection."""
    case_id = ws.insert_case(Case(0, "C"), [])
    ws.db.conn.execute("PRAGMA query_only=ON")  # answers every write with SQLITE_READONLY
    with pytest.raises(SaveError, match="cannot be written to") as failure:
        ws.set(("case", case_id, "notes"), "typed while read-only")
    assert failure.value.environment and ws.case(case_id).notes == ""
    ws.set(("case", case_id, "notes"), "typed while read-only")  # the retry
    assert stored(ws, case_id).notes == "typed while read-only"


def test_a_file_only_readable_at_start_is_made_private_and_writable_before_opening(tmp_path):
    import os
    db = Database.open_folder(tmp_path)
    case_id = db.insert_case(Case(0, "C"))
    db.close()
    os.chmod(tmp_path / "companion.sqlite3", 0o444)
    db = Database.open_folder(tmp_path)
    try:
        db.set_case_field(case_id, "notes", "saved")
        assert oct(os.stat(tmp_path / "companion.sqlite3").st_mode & 0o777) == "0o600"
    finally:
        db.close()


class _CommitFails:
    """The real connection, except that its next COMMIT fails as a full disk does."""

    def __init__(self, conn):
        self.conn, self.armed = conn, True

    def execute(self, sql, *args):
        if self.armed and sql.strip().upper() == "COMMIT":
            self.armed = False
            exc = sqlite3.OperationalError("database or disk is full")
            exc.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise exc
        return self.conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def test_a_failed_commit_is_rolled_back_and_leaves_the_connection_usable(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    real = ws.db._conn
    ws.db._conn = _CommitFails(real)
    with pytest.raises(SaveError, match="disk is full") as failure:
        ws.set(("case", case_id, "notes"), "not committed")
    assert failure.value.environment and not real.in_transaction
    assert ws.case(case_id).notes == "" and stored(ws, case_id).notes == ""
    ws.set(("case", case_id, "notes"), "committed")  # the next save works: no 'transaction within'
    assert stored(ws, case_id).notes == "committed"
