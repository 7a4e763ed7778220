"""Safety net for the storage layer: what a write leaves on disk, read back from a fresh connection.

These tests go through `Database`'s public methods only (open_folder, insert_*, set_*, delete_*,
load_case, list_cases, list_questions), so they keep their meaning when storage.py is rebuilt on a
generic record layer. Each one was written to catch a specific broken change that the older tests
let through (docs/mutation.md).
"""
from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from app.model.aspects import CITATIONS, READINGS
from app.model.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading
from app.model.questions import Question
from app.store import data_check, migrations
from app.store.data_check import DamagedDataFile, NewerDataFile
from app.store.datadir import DB_NAME
from app.store.storage import Database, DataFileError, RecordGone


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def db(folder):
    database = Database.open_folder(folder)
    yield database
    database.close()


def fresh(folder) -> Database:
    """A second, independent connection: what is really on disk (and proof the file reopens)."""
    return Database.open_folder(folder)


def read_case(folder, case_id):
    other = fresh(folder)
    try:
        return other.load_case(case_id)
    finally:
        other.close()


def read_questions(folder, case_id):
    other = fresh(folder)
    try:
        return other.list_questions(case_id)
    finally:
        other.close()


def read_titles(folder):
    other = fresh(folder)
    try:
        return [c.title for c in other.list_cases()]
    finally:
        other.close()


def everything(folder) -> dict[str, list]:
    """Every row of every table, read from a fresh connection: proof that nothing else changed."""
    other = fresh(folder)
    try:
        tables = [t for (t,) in other.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(other.conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        other.close()


def refuse_writes(db: Database) -> None:
    """Make every later write on this connection fail the way a read-only folder does
    (a real sqlite3 error with its SQLITE_READONLY code). The one place that knows the connection."""
    db.conn.execute("PRAGMA query_only=ON")


def allow_writes(db: Database) -> None:
    db.conn.execute("PRAGMA query_only=OFF")


# ---- opening and closing ---------------------------------------------------------------

def test_a_saved_file_reopens_and_keeps_everything(folder, db):
    case_id = db.insert_case(Case(0, "Kept", person="Ana"))
    db.close()
    again = Database.open_folder(folder)  # an up-to-date file must open, not be refused as "newer"
    try:
        assert again.schema_version() == migrations.LATEST
        assert [(c.id, c.title, c.person) for c in again.list_cases()] == [(case_id, "Kept", "Ana")]
    finally:
        again.close()


def test_closing_twice_is_harmless_and_leaves_one_self_contained_file(folder, db):
    db.insert_case(Case(0, "x"))
    db.close()
    db.close()
    assert not (folder / (DB_NAME + "-wal")).exists(), "a closed database leaves no write-ahead log behind"
    assert read_titles(folder) == ["x"]


def test_the_database_can_be_used_from_another_thread(folder, db):
    errors = []

    def work():
        try:
            db.insert_case(Case(0, "from a worker"))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == []
    assert read_titles(folder) == ["from a worker"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_data_file_is_private_even_with_a_permissive_umask(tmp_path):
    folder = tmp_path / "loose"
    old = os.umask(0o022)
    try:
        db = Database.open_folder(folder)
        db.insert_case(Case(0, "private"))
        names = sorted(os.listdir(folder))
        assert DB_NAME in names and DB_NAME + "-wal" in names and DB_NAME + "-shm" in names
        for name in names:
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
        db.close()
    finally:
        os.umask(old)


def test_a_damaged_file_is_refused_before_anything_writes_to_it(tmp_path):
    path = tmp_path / DB_NAME
    damage = b"not a database at all" * 200
    path.write_bytes(damage)
    with pytest.raises(DamagedDataFile) as caught:
        Database(path)
    message = str(caught.value)
    assert f"Your saved information in “{path}” is damaged: " in message
    assert "it is not a data file this app can read" in message
    assert message.endswith("The app will not write to it again.")
    # no promise that is not verified here, and nothing the person cannot do
    assert "has not been changed" not in message and "backup" not in message
    assert caught.value.finding.kind == data_check.DAMAGED
    assert caught.value.finding.files == (path,)  # what the app can keep aside for the person
    assert path.read_bytes() == damage
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME], "no -wal or -shm made beside it"


def test_damage_met_while_opening_an_already_checked_file_is_named(tmp_path):
    """`checked=True` skips the read-only check; SQLite's own refusal is still put in plain words."""
    path = tmp_path / DB_NAME
    path.write_bytes(b"not a database at all" * 200)
    with pytest.raises(DataFileError) as caught:
        Database(path, checked=True)
    assert not isinstance(caught.value, DamagedDataFile)
    assert caught.value.__cause__.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    assert str(caught.value) == (
        f"The saved information in “{path}” could not be opened (it could not be read). Please check "
        "that the folder can be written to and the disk is not full, or start the app with another "
        "data folder (--data-dir).")


def test_a_file_without_write_ahead_logging_is_refused_with_the_reason():
    with pytest.raises(DataFileError) as caught:
        Database(Path(":memory:"))
    assert str(caught.value) == (
        "The saved information in “:memory:” could not be opened (SQLite would not use its safe way "
        "of saving, only “memory”). Please start the app with another data folder.")


def test_a_newer_file_is_refused_and_left_exactly_as_it_was(tmp_path):
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={migrations.LATEST + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDataFile) as caught:
        Database(path)
    message = str(caught.value)
    assert f"Your saved information in “{path}” was saved by a newer version of Second Opinion Companion" in message
    assert " It has not been changed. " in message  # verified: the file's size and time are the same
    assert "Please use the newer version, or start this one with another data folder (--data-dir)." in message
    assert path.read_bytes() == before, "not even switched to WAL"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def test_a_folder_in_place_of_the_data_file_is_named_and_left_alone(tmp_path):
    folder_not_file = tmp_path / DB_NAME
    folder_not_file.mkdir()
    with pytest.raises(DamagedDataFile) as caught:
        Database(folder_not_file)
    assert str(caught.value) == (
        f"Your saved information in “{folder_not_file}” is damaged: in its place there is a folder, "
        "not the app's data file. The app will not write to it again.")
    assert folder_not_file.is_dir() and list(folder_not_file.iterdir()) == []


def test_a_path_sqlite_cannot_open_at_all_gives_a_clear_message(tmp_path):
    folder_not_file = tmp_path / DB_NAME
    folder_not_file.mkdir()
    with pytest.raises(DataFileError) as caught:
        Database(folder_not_file, checked=True)
    assert caught.value.__cause__.sqlite_errorcode == sqlite3.SQLITE_CANTOPEN
    assert str(caught.value).startswith(
        f"The saved information in “{folder_not_file}” could not be opened (SQLITE_CANTOPEN). ")


def test_a_fresh_file_passes_the_integrity_check(db):
    db.insert_case(Case(0, "x"))
    assert db.integrity() == "ok"


# ---- a failed write: raised, rolled back, and the connection still works -------------------

def test_a_failed_insert_is_rolled_back_whole_and_the_next_write_works(folder, db):
    first = db.insert_case(Case(0, "First"))
    db.insert_case(Case(0, "Second"))
    duplicate = Case(first, "Duplicate id")  # the INSERT fails after positions were shifted
    with pytest.raises(sqlite3.IntegrityError):
        db.insert_case(duplicate, index=0)
    assert read_titles(folder) == ["First", "Second"], "the position shift was rolled back"
    db.insert_case(Case(0, "Third"))  # the connection is not left inside a transaction
    assert read_titles(folder) == ["First", "Second", "Third"]
    assert [c.title for c in db.list_cases()] == ["First", "Second", "Third"]


def test_a_refused_write_raises_the_real_error_and_later_writes_still_work(folder, db):
    case_id = db.insert_case(Case(0, "Before"))
    refuse_writes(db)
    with pytest.raises(sqlite3.OperationalError) as caught:
        db.set_case_field(case_id, "title", "After")
    assert caught.value.sqlite_errorcode == sqlite3.SQLITE_READONLY
    assert read_case(folder, case_id).title == "Before"
    allow_writes(db)
    db.set_case_field(case_id, "title", "After")
    assert read_case(folder, case_id).title == "After"


def test_a_restore_that_fails_part_way_leaves_nothing_behind(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    db.insert_custom_row(case_id, CustomRow(0, "Existing row"), 0)
    ghost_opinion = 999_999  # an answer for an opinion that does not exist breaks the foreign key
    with pytest.raises(sqlite3.IntegrityError):
        db.insert_custom_row(case_id, CustomRow(0, "Half row"), 0, {ghost_opinion: Answer(text="x")})
    assert [r.label for r in read_case(folder, case_id).custom_rows] == ["Existing row"]


# ---- cases ---------------------------------------------------------------------------

def test_the_case_list_follows_position_not_id(folder, db):
    a = db.insert_case(Case(0, "A"))
    db.insert_case(Case(0, "B"))
    db.insert_case(Case(0, "C"), index=0)
    db.insert_case(Case(0, "D"), index=2)
    assert read_titles(folder) == ["C", "A", "D", "B"]
    assert db.case_position(a) == 1


def test_a_restored_case_keeps_its_id_and_place(folder, db):
    db.insert_case(Case(0, "A"))
    b = db.insert_case(Case(0, "B"))
    db.insert_case(Case(0, "C"))
    snapshot = db.load_case(b)
    questions = db.list_questions(b)
    db.delete_case(b)
    assert read_titles(folder) == ["A", "C"]
    assert db.insert_case(snapshot, 1, questions) == b
    assert read_titles(folder) == ["A", "B", "C"]


def test_a_new_case_with_everything_in_it_is_stored_in_order(folder, db):
    case = Case(0, "Full", person="Ana", diagnosis="IDC", diagnosed_on="2026-10-01",
                decide_by="2026-11-20", notes="notes")
    case.opinions = [Opinion(0, "First opinion", doctor="Dr. A"), Opinion(0, "Second opinion", doctor="Dr. B")]
    case.opinions[1].answers["stage"] = Answer(text="IIA")
    case.custom_rows = [CustomRow(0, "Row one"), CustomRow(0, "Row two")]
    questions = [Question(0, "Q one"), Question(0, "Q two", "typed", "asked")]
    case_id = db.insert_case(case, questions=questions)
    back = read_case(folder, case_id)
    assert (back.title, back.person, back.diagnosis, back.diagnosed_on, back.decide_by, back.notes) == (
        "Full", "Ana", "IDC", "2026-10-01", "2026-11-20", "notes")
    assert [o.doctor for o in back.opinions] == ["Dr. A", "Dr. B"]
    assert back.opinions[1].answer("stage").text == "IIA"
    assert [r.label for r in back.custom_rows] == ["Row one", "Row two"]
    assert [(q.text, q.origin, q.status) for q in read_questions(folder, case_id)] == [
        ("Q one", "", "to ask"), ("Q two", "typed", "asked")]


def test_every_case_field_is_saved_and_unknown_ones_are_refused(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    for name in ("title", "person", "diagnosis", "diagnosed_on", "decide_by", "notes"):
        db.set_case_field(case_id, name, f"new {name}")
    back = read_case(folder, case_id)
    assert [getattr(back, n) for n in ("title", "person", "diagnosis", "diagnosed_on", "decide_by", "notes")] == [
        f"new {n}" for n in ("title", "person", "diagnosis", "diagnosed_on", "decide_by", "notes")]
    with pytest.raises(ValueError, match="id"):
        db.set_case_field(case_id, "id", "7")


def test_loading_a_missing_case_names_it(db):
    with pytest.raises(KeyError) as caught:
        db.load_case(4242)
    assert caught.value.args == (4242,)


def test_deleting_one_case_leaves_the_others_whole(folder, db):
    keep = db.insert_case(Case(0, "Keep"))
    gone = db.insert_case(Case(0, "Gone"))
    for cid in (keep, gone):
        op = db.insert_opinion(cid, Opinion(0, "First opinion"), 0)
        db.set_answer(op, "stage", "text", f"stage of {cid}")
        db.insert_question(cid, Question(0, f"question of {cid}"), 0)
    db.delete_case(gone)
    assert read_titles(folder) == ["Keep"]
    kept = read_case(folder, keep)
    assert kept.opinions[0].answer("stage").text == f"stage of {keep}"
    assert [q.text for q in read_questions(folder, keep)] == [f"question of {keep}"]


# ---- opinions ------------------------------------------------------------------------

def test_opinions_are_inserted_at_their_place_and_every_field_is_saved(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    b = db.insert_opinion(case_id, Opinion(0, "B"), 0)
    db.insert_opinion(case_id, Opinion(0, "A"), 0)
    for name in ("label", "doctor", "specialty", "institution", "visit_date", "delivery"):
        db.set_opinion_field(b, name, f"{name}!")
    back = read_case(folder, case_id)
    assert [o.id for o in back.opinions][1] == b
    assert [getattr(back.opinions[1], n) for n in ("label", "doctor", "specialty", "institution",
                                                   "visit_date", "delivery")] == [
        "label!", "doctor!", "specialty!", "institution!", "visit_date!", "delivery!"]
    with pytest.raises(ValueError, match="answers"):
        db.set_opinion_field(b, "answers", "x")


def test_opinion_order_of_another_case_is_not_touched(folder, db):
    one = db.insert_case(Case(0, "One"))
    two = db.insert_case(Case(0, "Two"))
    a = db.insert_opinion(one, Opinion(0, "A"), 0)
    b = db.insert_opinion(one, Opinion(0, "B"), 1)
    c = db.insert_opinion(one, Opinion(0, "C"), 2)
    x = db.insert_opinion(two, Opinion(0, "X"), 0)
    db.set_opinion_order(one, [c, a, b])
    assert [o.label for o in read_case(folder, one).opinions] == ["C", "A", "B"]
    y = db.insert_opinion(two, Opinion(0, "Y"), 1)
    before = everything(folder)
    with pytest.raises(RecordGone):
        db.set_opinion_order(two, [y, a, x])  # a belongs to case one: nothing moves, y's move undone
    assert everything(folder) == before
    assert [o.label for o in read_case(folder, one).opinions] == ["C", "A", "B"]
    assert [o.label for o in read_case(folder, two).opinions] == ["X", "Y"]
    db.set_opinion_order(two, [y, x])  # the connection is usable at once
    assert [o.label for o in read_case(folder, two).opinions] == ["Y", "X"]


def test_removing_an_opinion_removes_its_answers_and_entries_only(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    a = db.insert_opinion(case_id, Opinion(0, "A"), 0)
    b = db.insert_opinion(case_id, Opinion(0, "B"), 1)
    for op in (a, b):
        db.set_answer(op, "stage", "text", f"stage {op}")
        db.set_answer(op, READINGS, "entries", (TestReading("CT", "2026-10-01", f"r{op}"),))
    db.delete_opinion(a)
    back = read_case(folder, case_id)
    assert [o.id for o in back.opinions] == [b]
    assert back.opinions[0].answer("stage").text == f"stage {b}"
    assert back.opinions[0].answer(READINGS).entries == (TestReading("CT", "2026-10-01", f"r{b}"),)
    n = db.conn.execute("SELECT COUNT(*) FROM answer WHERE opinion_id=?", (a,)).fetchone()[0]
    assert n == 0


# ---- answers -------------------------------------------------------------------------

def test_answer_parts_are_saved_separately_and_lists_keep_order_and_any_text(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    op = db.insert_opinion(case_id, Opinion(0, "A"), 0)
    db.set_answer(op, "plan", "tags", ("chirurgie", "radiothérapie"))
    db.set_answer(op, "plan", "text", "Plan")
    db.set_answer(op, "goal", "choice", "cure")
    readings = (TestReading("IRM", "2026-10-02", "tumeur 2,5 cm — «bénigne»?"),
                TestReading("CT", "2026-10-01", "中文 🙂"))
    db.set_answer(op, READINGS, "entries", readings)
    back = read_case(folder, case_id).opinions[0]
    assert back.answer("plan") == Answer(text="Plan", tags=("chirurgie", "radiothérapie"))
    assert back.answer("goal") == Answer(choice="cure")
    assert back.answer(READINGS).entries == readings
    db.set_answer(op, READINGS, "entries", ())
    assert read_case(folder, case_id).opinions[0].answer(READINGS).is_empty()
    with pytest.raises(ValueError, match="colour"):
        db.set_answer(op, "plan", "colour", "red")


def test_stored_text_is_kept_as_typed_not_escaped(folder, db):
    """The file must stay readable by other tools (an export, a backup viewer): no \\u escapes."""
    case_id = db.insert_case(Case(0, "C"))
    op = db.insert_opinion(case_id, Opinion(0, "A"), 0)
    db.set_answer(op, "plan", "tags", ("radiothérapie",))
    db.set_answer(op, CITATIONS, "entries", (Citation("ESMO", "Sein — 2026", "", "", "é"),))
    raw = fresh(folder)
    try:
        tags = raw.conn.execute("SELECT tags FROM answer WHERE opinion_id=?", (op,)).fetchone()[0]
        fields = raw.conn.execute("SELECT fields FROM list_entry WHERE opinion_id=?", (op,)).fetchone()[0]
    finally:
        raw.close()
    assert "radiothérapie" in tags
    assert "Sein — 2026" in fields


# ---- the person's own rows -----------------------------------------------------------

def test_custom_rows_load_in_position_order_and_their_labels_are_saved(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    later = db.insert_custom_row(case_id, CustomRow(0, "Later"), 0)
    db.insert_custom_row(case_id, CustomRow(0, "First"), 0)
    db.insert_custom_row(case_id, CustomRow(0, "Middle"), 1)
    assert [r.label for r in read_case(folder, case_id).custom_rows] == ["First", "Middle", "Later"]
    db.set_custom_row_label(later, "Last")
    assert [r.label for r in read_case(folder, case_id).custom_rows] == ["First", "Middle", "Last"]


def test_removing_a_custom_row_takes_its_answers_off_the_disk(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    other_case = db.insert_case(Case(0, "Other"))
    op = db.insert_opinion(case_id, Opinion(0, "A"), 0)
    other_op = db.insert_opinion(other_case, Opinion(0, "X"), 0)
    row = db.insert_custom_row(case_id, CustomRow(0, "Fertility"), 0)
    keep = db.insert_custom_row(case_id, CustomRow(0, "Cost"), 1)
    key, keep_key = f"custom:{row}", f"custom:{keep}"
    db.set_answer(op, key, "text", "Ask the clinic")
    db.set_answer(op, keep_key, "text", "Covered")
    db.set_answer(other_op, key, "text", "same key, other case")
    db.delete_custom_row(case_id, row)
    back = read_case(folder, case_id)
    assert [r.label for r in back.custom_rows] == ["Cost"]
    assert key not in back.opinions[0].answers
    assert back.opinions[0].answer(keep_key).text == "Covered"
    assert read_case(folder, other_case).opinions[0].answer(key).text == "same key, other case"
    # re-adding a row with that id must not bring old answers back from the disk
    assert db.insert_custom_row(case_id, CustomRow(row, "Fertility"), 0) == row
    assert key not in read_case(folder, case_id).opinions[0].answers


def test_a_restored_custom_row_gets_its_answers_and_id_back(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    a = db.insert_opinion(case_id, Opinion(0, "A"), 0)
    b = db.insert_opinion(case_id, Opinion(0, "B"), 1)
    db.insert_custom_row(case_id, CustomRow(0, "Kept"), 0)
    row = db.insert_custom_row(case_id, CustomRow(0, "Fertility"), 1)
    db.delete_custom_row(case_id, row)
    answers = {a: Answer(text="Ask"), b: Answer(text="Refer", choice="yes")}
    assert db.insert_custom_row(case_id, CustomRow(row, "Fertility"), 1, answers) == row
    back = read_case(folder, case_id)
    assert [r.label for r in back.custom_rows] == ["Kept", "Fertility"]
    assert back.opinions[0].answer(f"custom:{row}") == Answer(text="Ask")
    assert back.opinions[1].answer(f"custom:{row}") == Answer(text="Refer", choice="yes")


# ---- questions -----------------------------------------------------------------------

def test_questions_load_in_position_order(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    db.insert_question(case_id, Question(0, "third"), 0)
    db.insert_question(case_id, Question(0, "first"), 0)
    db.insert_question(case_id, Question(0, "second"), 1)
    assert [q.text for q in read_questions(folder, case_id)] == ["first", "second", "third"]


def test_a_restored_question_keeps_its_id(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    db.insert_question(case_id, Question(0, "keep"), 0)
    q = db.insert_question(case_id, Question(0, "gone", "guide:timing", "asked"), 1)
    db.delete_question(q)
    assert [x.text for x in read_questions(folder, case_id)] == ["keep"]
    assert db.insert_question(case_id, Question(q, "gone", "guide:timing", "asked"), 0) == q
    assert read_questions(folder, case_id) == [Question(q, "gone", "guide:timing", "asked"),
                                               read_questions(folder, case_id)[1]]
    assert read_questions(folder, case_id)[1].text == "keep"


def test_every_question_field_and_the_question_order_are_saved(folder, db):
    case_id = db.insert_case(Case(0, "C"))
    other = db.insert_case(Case(0, "Other"))
    a = db.insert_question(case_id, Question(0, "A"), 0)
    b = db.insert_question(case_id, Question(0, "B"), 1)
    c = db.insert_question(case_id, Question(0, "C"), 2)
    x = db.insert_question(other, Question(0, "X"), 0)
    db.set_question_field(b, "text", "B edited")
    db.set_question_field(b, "origin", "typed")
    db.set_question_field(b, "status", "asked")
    db.set_question_order(case_id, [c, a, b])
    y = db.insert_question(other, Question(0, "Y"), 1)
    before = everything(folder)
    with pytest.raises(RecordGone):
        db.set_question_order(other, [y, a, x])  # a belongs to the first case: nothing moves
    assert everything(folder) == before
    assert read_questions(folder, case_id) == [
        Question(c, "C"), Question(a, "A"), Question(b, "B edited", "typed", "asked")]
    assert [q.text for q in read_questions(folder, other)] == ["X", "Y"]
    db.set_question_order(other, [y, x])
    assert [q.text for q in read_questions(folder, other)] == ["Y", "X"]
    with pytest.raises(ValueError, match="case_id"):
        db.set_question_field(b, "case_id", "1")


# ---- a write that matches nothing is not a success ------------------------------------

@pytest.fixture
def gone(folder, db):
    """A case with an opinion, a row and a question, then the ids of a deleted case's records."""
    keep = db.insert_case(Case(0, "Keep", notes="kept"))
    op = db.insert_opinion(keep, Opinion(0, "Kept opinion"), 0)
    db.set_answer(op, "stage", "text", "IIA")
    db.set_answer(op, READINGS, "entries", (TestReading("PSA", "2026-01-02", "4.1"),))
    db.insert_custom_row(keep, CustomRow(0, "Kept row"), 0)
    db.insert_question(keep, Question(0, "Kept question"), 0)
    case = db.insert_case(Case(0, "Deleted"))
    ids = {"case": case, "opinion": db.insert_opinion(case, Opinion(0, "D"), 0),
           "row": db.insert_custom_row(case, CustomRow(0, "D row"), 0),
           "question": db.insert_question(case, Question(0, "D question"), 0)}
    db.delete_case(case)
    return ids


WRITES_TO_WHAT_IS_GONE = {
    "set_case_field": lambda db, g: db.set_case_field(g["case"], "title", "x"),
    "delete_case": lambda db, g: db.delete_case(g["case"]),
    "insert_opinion": lambda db, g: db.insert_opinion(g["case"], Opinion(0, "x"), 0),
    "set_opinion_field": lambda db, g: db.set_opinion_field(g["opinion"], "doctor", "x"),
    "delete_opinion": lambda db, g: db.delete_opinion(g["opinion"]),
    "set_opinion_order": lambda db, g: db.set_opinion_order(g["case"], [g["opinion"]]),
    "set_answer_text": lambda db, g: db.set_answer(g["opinion"], "stage", "text", "x"),
    "set_answer_tags": lambda db, g: db.set_answer(g["opinion"], "plan", "tags", ("surgery",)),
    "set_answer_entries": lambda db, g: db.set_answer(g["opinion"], READINGS, "entries", (TestReading("x"),)),
    "insert_custom_row": lambda db, g: db.insert_custom_row(g["case"], CustomRow(0, "x"), 0),
    "set_custom_row_label": lambda db, g: db.set_custom_row_label(g["row"], "x"),
    "delete_custom_row": lambda db, g: db.delete_custom_row(g["case"], g["row"]),
    "insert_question": lambda db, g: db.insert_question(g["case"], Question(0, "x"), 0),
    "set_question_field": lambda db, g: db.set_question_field(g["question"], "text", "x"),
    "delete_question": lambda db, g: db.delete_question(g["question"]),
    "set_question_order": lambda db, g: db.set_question_order(g["case"], [g["question"]]),
}

WHAT_IS_GONE = {
    "set_case_field": "case", "delete_case": "case", "insert_opinion": "case_file",
    "set_opinion_field": "opinion", "delete_opinion": "opinion", "set_opinion_order": "opinion",
    "set_answer_text": "opinion", "set_answer_tags": "opinion", "set_answer_entries": "opinion",
    "insert_custom_row": "case_file", "set_custom_row_label": "row", "delete_custom_row": "row",
    "insert_question": "case_file", "set_question_field": "question", "delete_question": "question",
    "set_question_order": "question",
}


@pytest.mark.parametrize("write", sorted(WRITES_TO_WHAT_IS_GONE))
def test_a_write_to_a_deleted_record_says_so_and_changes_nothing(folder, db, gone, write):
    before = everything(folder)
    with pytest.raises(RecordGone) as caught:
        WRITES_TO_WHAT_IS_GONE[write](db, gone)
    assert caught.value.args == (WHAT_IS_GONE[write],), "names what was missing, for the log"
    assert everything(folder) == before
    assert not db.conn.in_transaction
    db.insert_case(Case(0, "Next"))  # the connection still saves
    assert read_titles(folder) == ["Keep", "Next"]
