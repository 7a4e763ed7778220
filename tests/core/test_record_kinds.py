"""A kind of record described only here (not in the app) gets load, insert at a place, update,
remove, move and undo from its description alone: what "adding a new kind is one description
plus its migration" means."""
from __future__ import annotations

import json

import pytest

from app.model.domain import Case
from app.model.events import Inserted, Moved, Removed, Updated
from app.model.records import record
from app.store.kinds import LIST_KINDS, Kind
from app.store.storage import Database, RecordGone
from app.workspace import edits
from app.workspace.core import SaveError, Workspace


@record(frozen=True)
class Appointment:
    id: int
    when: str = ""
    place: str = ""
    purpose: str = ""


APPOINTMENT = Kind("appointment", "test_appointment", Appointment)


@pytest.fixture
def setup(tmp_path):
    db = Database.open_folder(tmp_path)
    with db.transaction() as conn:  # the "migration" of this made-up kind
        conn.execute(APPOINTMENT.create_sql())
    ws = Workspace(db, {**LIST_KINDS, "appointment": APPOINTMENT})
    heard = []
    ws.subscribe(heard.append)
    case_id = ws.insert_case(Case(0, "C"), [])
    other_case = ws.insert_case(Case(0, "Other"), [])
    heard.clear()
    yield ws, case_id, other_case, heard, tmp_path
    db.close()


def fresh(folder, case_id) -> list[tuple[str, str, str]]:
    db = Database.open_folder(folder)
    try:
        return [(a.when, a.place, a.purpose) for a in db.load_records(APPOINTMENT, case_id)]
    finally:
        db.close()


def shown(ws, case_id):
    return [(a.when, a.place, a.purpose) for a in ws.records("appointment", case_id)]


def test_insert_update_move_remove_and_undo_from_the_description_alone(setup):
    ws, case_id, other, heard, folder = setup
    adds = [edits.RecordPresence(adds=True, kind="appointment", case_id=case_id,
                                 rec=Appointment(0, when, place), index=i)
            for i, (when, place) in enumerate((("2026-12-01", "City"), ("2026-12-08", "Video")))]
    for add in adds:
        add.redo(ws)
    first = edits.RecordPresence(adds=True, kind="appointment", case_id=case_id,
                                 rec=Appointment(0, "2026-11-30", "Clinic"), index=0)
    first.redo(ws)
    assert shown(ws, case_id) == fresh(folder, case_id) == [
        ("2026-11-30", "Clinic", ""), ("2026-12-01", "City", ""), ("2026-12-08", "Video", "")]
    assert heard[-1] == Inserted("appointment", case_id, 0, first.rec.id)
    assert fresh(folder, other) == []

    target = ("appointment", case_id, adds[1].rec.id, "purpose")
    change = edits.set_value(ws, target, "Results of the MRI")
    change.redo(ws)
    assert ws.get(target) == "Results of the MRI" and fresh(folder, case_id)[2][2] == "Results of the MRI"
    assert heard[-1] == Updated("appointment", case_id, adds[1].rec.id, ("purpose",))

    move = edits.Move("appointment", case_id, 0, 2)
    move.redo(ws)
    places = ["City", "Video", "Clinic"]
    assert [p for _, p, _ in fresh(folder, case_id)] == [p for _, p, _ in shown(ws, case_id)] == places
    assert heard[-1] == Moved("appointment", case_id, 0, 2)
    move.undo(ws)
    assert [p for _, p, _ in fresh(folder, case_id)] == ["Clinic", "City", "Video"]

    remove = edits.RecordPresence(adds=False, kind="appointment", case_id=case_id, rec=adds[1].rec, index=0)
    remove.redo(ws)
    assert [p for _, p, _ in fresh(folder, case_id)] == ["Clinic", "City"]
    assert heard[-1] == Removed("appointment", case_id, 2, adds[1].rec.id)
    remove.undo(ws)   # back at its place, with what was typed into it
    assert fresh(folder, case_id) == shown(ws, case_id) == [
        ("2026-11-30", "Clinic", ""), ("2026-12-01", "City", ""), ("2026-12-08", "Video", "Results of the MRI")]
    change.undo(ws)
    first.undo(ws)
    assert fresh(folder, case_id) == [("2026-12-01", "City", ""), ("2026-12-08", "Video", "")]


def test_deleting_the_case_takes_its_records_along_and_loading_is_in_order(setup):
    ws, case_id, other, heard, folder = setup
    for i, place in enumerate(("B", "A", "C")):
        ws.insert_record("appointment", case_id, Appointment(0, place=place), 0 if place == "A" else i)
    db = Database.open_folder(folder)
    try:
        assert [a.place for a in db.load_records(APPOINTMENT, case_id)] == ["A", "B", "C"]
    finally:
        db.close()
    ws.remove_case(case_id)
    assert fresh(folder, case_id) == []


def test_unknown_fields_and_vanished_records_are_refused(setup):
    ws, case_id, other, heard, folder = setup
    rec_id = ws.insert_record("appointment", case_id, Appointment(0, "2026-12-01"), 0)
    with pytest.raises(ValueError):
        ws.get(("appointment", case_id, rec_id, "secret"))
    with pytest.raises(ValueError):
        ws.db.update_record(APPOINTMENT, rec_id, {"secret": "x"})
    other_db = Database.open_folder(folder)
    other_db.delete_record(APPOINTMENT, rec_id)
    other_db.close()
    with pytest.raises(SaveError) as failure:
        ws.set(("appointment", case_id, rec_id, "place"), "typed")
    assert failure.value.cause == "gone"
    assert ws.get(("appointment", case_id, rec_id, "place")) == ""  # memory not ahead of the disk


def test_an_undone_case_delete_brings_back_records_of_every_list_kind(setup):
    ws, case_id, other, heard, folder = setup
    for i, place in enumerate(("Clinic", "Video")):
        ws.insert_record("appointment", case_id, Appointment(0, f"2026-12-0{i + 1}", place), i)
    delete = edits.delete_case(ws, case_id)
    delete.redo(ws)
    assert fresh(folder, case_id) == []
    delete.undo(ws)
    assert fresh(folder, case_id) == shown(ws, case_id) == [("2026-12-01", "Clinic", ""), ("2026-12-02", "Video", "")]


# ---- a made-up kind ordered within groups (as an opinion's list entries are, per row) -----------
@record(frozen=True)
class Dose:
    id: int
    drug: str = ""
    amount: str = ""


DOSE = Kind("dose", "test_dose", Dose, group_fields=("drug",))


@pytest.fixture
def doses(tmp_path):
    db = Database.open_folder(tmp_path)
    with db.transaction() as conn:
        conn.execute(DOSE.create_sql())
    case_id = db.insert_case(Case(0, "C"))
    other = db.insert_case(Case(0, "Other"))
    yield db, case_id, other, tmp_path
    db.close()


def stored_doses(folder, case_id, drug=None) -> list[tuple[str, str]]:
    db = Database.open_folder(folder)
    try:
        return [(d.drug, d.amount) for d in db.load_records(DOSE, case_id, {"drug": drug} if drug else None)]
    finally:
        db.close()


def test_a_kind_with_group_fields_is_ordered_and_counted_within_each_group(doses):
    db, case_id, other, folder = doses
    for drug, amount in (("A", "a1"), ("B", "b1"), ("A", "a2"), ("B", "b2")):
        db.insert_record(DOSE, case_id, Dose(0, drug, amount))  # at the end of its own group
    db.insert_record(DOSE, other, Dose(0, "A", "other"))
    assert stored_doses(folder, case_id, "A") == [("A", "a1"), ("A", "a2")]
    assert stored_doses(folder, case_id, "B") == [("B", "b1"), ("B", "b2")]
    # a place counts within the group: 1 is between a1 and a2, B's places are not moved
    db.insert_record(DOSE, case_id, Dose(0, "A", "a1.5"), 1)
    assert stored_doses(folder, case_id, "A") == [("A", "a1"), ("A", "a1.5"), ("A", "a2")]
    assert stored_doses(folder, case_id, "B") == [("B", "b1"), ("B", "b2")]
    places = dict(db.conn.execute("SELECT amount, position FROM test_dose"))
    assert places == {"a1": 0, "a1.5": 1, "a2": 2, "b1": 0, "b2": 1, "other": 0}

    # reorder one group; an id of another group is refused, nothing changed
    b_ids = [d.id for d in db.load_records(DOSE, case_id, {"drug": "B"})]
    a_ids = [d.id for d in db.load_records(DOSE, case_id, {"drug": "A"})]
    db.set_record_order(DOSE, case_id, b_ids[::-1], {"drug": "B"})
    assert stored_doses(folder, case_id, "B") == [("B", "b2"), ("B", "b1")]
    with pytest.raises(RecordGone):
        db.set_record_order(DOSE, case_id, [a_ids[0], b_ids[0]], {"drug": "B"})
    assert stored_doses(folder, case_id, "B") == [("B", "b2"), ("B", "b1")]
    with pytest.raises(ValueError):  # a group must name all of the kind's group fields, no others
        db.load_records(DOSE, case_id, {"amount": "a1"})


def test_a_group_can_be_found_replaced_whole_and_deleted(doses):
    db, case_id, other, folder = doses
    for drug, amount in (("A", "a1"), ("A", "a2"), ("B", "b1")):
        db.insert_record(DOSE, case_id, Dose(0, drug, amount))
    db.insert_record(DOSE, other, Dose(0, "A", "other"))
    with db.transaction() as conn:
        first_a = db._find_record_id(conn, DOSE, case_id, {"drug": "A"})
        assert db._find_record_id(conn, DOSE, case_id, {"drug": "C"}) is None
        db._update_record(conn, DOSE, first_a, {"amount": "a1 changed"})
    assert stored_doses(folder, case_id, "A") == [("A", "a1 changed"), ("A", "a2")]

    with db.transaction() as conn:  # the stored group becomes exactly this list, in this order
        db._replace_records(conn, DOSE, case_id, {"drug": "A"},
                            [Dose(0, "A", "x"), Dose(0, "A", "y"), Dose(0, "A", "z")])
    assert stored_doses(folder, case_id, "A") == [("A", "x"), ("A", "y"), ("A", "z")]
    assert stored_doses(folder, case_id, "B") == [("B", "b1")] and stored_doses(folder, other) == [("A", "other")]
    with pytest.raises(ValueError), db.transaction() as conn:  # a record of another group: refused
        db._replace_records(conn, DOSE, case_id, {"drug": "A"}, [Dose(0, "B", "wrong")])
    assert stored_doses(folder, case_id, "A") == [("A", "x"), ("A", "y"), ("A", "z")]

    with db.transaction() as conn:
        assert db._delete_records(conn, DOSE, case_id, {"drug": "A"}) == 3
    assert stored_doses(folder, case_id) == [("B", "b1")] and stored_doses(folder, other) == [("A", "other")]


def test_an_update_stamps_each_field_it_changed_for_merges_and_names_what_is_gone(tmp_path):
    # a merge between laptops keeps the value that includes the other: each update must say when,
    # where and which fields it changed (app.store.record_history), and only those
    from datetime import UTC, datetime

    from app.model.questions import Question
    from app.store import record_history
    from app.store.kinds import CASE_KIND, QUESTION_KIND
    db = Database.open_folder(tmp_path)
    try:
        db.clock = lambda: datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
        case_id = db.insert_case(Case(0, "Mum"))
        db.update_record(CASE_KIND, case_id, {"title": "Mum, second opinion", "person": "Sam"})
        uid = record_history.uid_of(db.conn, "case_file", case_id)
        stamps = {field: (when, laptop, json.loads(seen)) for field, when, laptop, seen in db.conn.execute(
            "SELECT field, changed_at, laptop, seen FROM field_stamp WHERE tbl='case_file' AND uid=?", (uid,))}
        when = "2026-11-26T09:30:00.000000Z"
        assert db.laptop and stamps == {"title": (when, db.laptop, {db.laptop: when}),
                                        "person": (when, db.laptop, {db.laptop: when})}
        question_id = db.insert_question(case_id, Question(0, "Is there time to wait?"), 0)
        db.delete_question(question_id)
        with pytest.raises(RecordGone) as gone:
            db.update_record(QUESTION_KIND, question_id, {"text": "typed into a question deleted elsewhere"})
        assert gone.value.args == ("question",)
    finally:
        db.close()


def test_a_group_must_be_whole_and_a_kind_with_a_parent_needs_one(doses):
    db, case_id, _other, _folder = doses
    with pytest.raises(ValueError) as wrong:
        db.load_records(DOSE, case_id, {"drug": "A", "amount": "1"})
    assert wrong.value.args == (["amount", "drug"],)  # what was given, sorted
    with pytest.raises(ValueError) as orphan, db.transaction() as conn:
        db._insert_record(conn, DOSE, None, Dose(0, "A", "1"), None)
    assert orphan.value.args == ("a dose needs its parent",)
    with pytest.raises(ValueError) as nothing, db.transaction() as conn:
        db._delete_records(conn, DOSE, case_id, {})  # never "every group": say which
    assert nothing.value.args == ("a group to delete",)
    with pytest.raises(ValueError) as mixed, db.transaction() as conn:
        db._replace_records(conn, DOSE, case_id, {"drug": "A"}, [Dose(0, "B", "b")])
    assert mixed.value.args == ("not one group of dose: {'drug': 'A'}",)


def test_the_tables_with_stable_ids_are_those_with_id_position_and_uid_in_schema_order(tmp_path):
    """record_history.uid_tables, which the deletion triggers and exports follow: a table needs all
    three columns; the real file's tables come in the order they were made."""
    import sqlite3

    from app.store import record_history
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE zebra (id INTEGER PRIMARY KEY, position INTEGER, uid TEXT)")
    conn.execute("CREATE TABLE no_position (id INTEGER PRIMARY KEY, uid TEXT)")
    conn.execute("CREATE TABLE no_uid (id INTEGER PRIMARY KEY, position INTEGER)")
    conn.execute('CREATE TABLE "values" (uid TEXT, extra TEXT, position INTEGER, id INTEGER PRIMARY KEY)')
    conn.execute("CREATE TABLE alpha (id INTEGER PRIMARY KEY, position INTEGER, uid TEXT, uidx TEXT)")
    assert record_history.uid_tables(conn) == ["zebra", "values", "alpha"]
    conn.close()
    db = Database.open_folder(tmp_path)
    try:
        tables = record_history.uid_tables(db.conn)
        names = [n for (n,) in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        one_by_one = [n for n in names  # as each table's own PRAGMA table_info says
                      if {"id", "position", "uid"} <= {r[1] for r in db.conn.execute(f'PRAGMA table_info("{n}")')}]
        assert tables == one_by_one and tables[:2] == ["case_file", "opinion"] and "question" in tables
        temp_triggers = {n for (n,) in db.conn.execute("SELECT name FROM sqlite_temp_master WHERE type='trigger'")}
        assert temp_triggers == {f"remember_deleted_{t}" for t in tables}
    finally:
        db.close()
