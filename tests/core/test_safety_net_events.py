"""Safety net for what listeners (the Qt models) are told after each change.

The Workspace hands each listener one typed event (app.model.events): Updated, Inserted, Removed, Moved
or CasesChanged, with the kind of record, its case, its id and its place. `notifications()` is the
only place here that listens; every assertion names the exact events, so a model that updates one
row, column or cell from them is told exactly what changed, where, and only after memory and disk
both hold the change.
"""
from __future__ import annotations

import pytest

from app.model.aspects import ASPECTS, CITATIONS, READINGS
from app.model.domain import Case, Citation, CustomRow, Opinion, TestReading
from app.model.events import (
    ANSWER,
    CASE,
    CASES,
    ENTRY,
    OPINION,
    QUESTION,
    ROW,
    CasesChanged,
    Inserted,
    Moved,
    Removed,
    Updated,
    list_changes,
)
from app.model.questions import Question
from app.store.storage import Database
from app.workspace.core import SaveError, Workspace


@pytest.fixture
def ws(tmp_path):
    db = Database.open_folder(tmp_path / "data")
    yield Workspace(db)
    db.close()


def notifications(ws, look=None) -> list:
    """Record every event as (event, state); `look(ws)` runs at the moment of each event."""
    heard = []

    def listener(event):
        heard.append((event, look(ws) if look else None))
    ws.subscribe(listener)
    return heard


def events(heard) -> list:
    return [event for event, _ in heard]


@pytest.fixture
def case_id(ws):
    case = Case(0, "C", opinions=[Opinion(0, "A"), Opinion(0, "B"), Opinion(0, "C")],
                custom_rows=[CustomRow(0, "R1"), CustomRow(0, "R2")])
    return ws.insert_case(case, [Question(0, "Q1"), Question(0, "Q2"), Question(0, "Q3")])


def test_value_changes_are_reported_with_where_they_happened(ws, case_id):
    case = ws.case(case_id)
    a, b = case.opinions[0].id, case.opinions[1].id
    row = case.custom_rows[1]
    q = ws.questions(case_id)[2].id
    heard = notifications(ws)
    ws.set(("case", case_id, "notes"), "n")
    ws.set(("opinion", case_id, b, "doctor"), "Dr. B")
    ws.set(("answer", case_id, a, "stage", "text"), "IIA")
    ws.set(("answer", case_id, b, "plan", "tags"), ("surgery",))
    ws.set(("row", case_id, row.id), "R2 renamed")
    ws.set(("question", case_id, q, "status"), "asked")
    assert events(heard) == [
        Updated(CASE, case_id, case_id, ("notes",)),
        Updated(OPINION, case_id, b, ("doctor",)),
        Updated(ANSWER, case_id, (a, "stage"), ("text",)),
        Updated(ANSWER, case_id, (b, "plan"), ("tags",)),
        Updated(ROW, case_id, row.key, ("label",)),
        Updated(QUESTION, case_id, q, ("status",)),
    ]


def test_renaming_a_case_also_tells_the_case_lists(ws, case_id):
    heard = notifications(ws)
    ws.set(("case", case_id, "person"), "Ana")  # not shown in the case list: no CasesChanged
    ws.set(("case", case_id, "title"), "Renamed")
    assert events(heard) == [
        Updated(CASE, case_id, case_id, ("person",)),
        Updated(CASE, case_id, case_id, ("title",)),
        CasesChanged(case_id),
    ]
    assert [e.kind for e in events(heard)] == [CASE, CASE, CASES]


def test_each_changed_list_entry_is_reported_by_its_place(ws, case_id):
    a = ws.case(case_id).opinions[0].id
    target = ("answer", case_id, a, READINGS, "entries")
    one, two, three = TestReading("PSA"), TestReading("MRI", "2026-03-01"), TestReading("CT")
    parent = (a, READINGS)
    heard = notifications(ws)
    ws.set(target, (one,))
    ws.set(target, (one, two))
    ws.set(target, (one, TestReading("MRI", "2026-03-02", "clear")))
    ws.set(target, (TestReading("MRI", "2026-03-02", "clear"),))
    ws.set(target, (three, TestReading("MRI", "2026-03-02", "clear")))
    ws.set(target, ())
    whole = Updated(ANSWER, case_id, parent, ("entries",))
    assert events(heard) == [
        Inserted(ENTRY, case_id, 0, 0, parent), whole,
        Inserted(ENTRY, case_id, 1, 1, parent), whole,
        Updated(ENTRY, case_id, 1, ("date", "reading"), parent), whole,
        Removed(ENTRY, case_id, 0, 0, parent), whole,
        Inserted(ENTRY, case_id, 0, 0, parent), whole,
        Removed(ENTRY, case_id, 1, 1, parent), Removed(ENTRY, case_id, 0, 0, parent), whole,
    ]
    b = ws.case(case_id).opinions[1].id
    heard.clear()
    ws.set(("answer", case_id, b, CITATIONS, "entries"), [Citation("NCCN"), Citation("ESMO")])
    assert events(heard) == [Inserted(ENTRY, case_id, 0, 0, (b, CITATIONS)),
                             Inserted(ENTRY, case_id, 1, 1, (b, CITATIONS)),
                             Updated(ANSWER, case_id, (b, CITATIONS), ("entries",))]


def test_list_changes_leave_the_common_start_and_end_alone():
    x, y, z, w = (TestReading(t) for t in "xyzw")
    assert list_changes(7, "p", (x, y, z), (x, y, z)) == []
    assert list_changes(7, "p", (x, y, z), (x, w, z)) == [Updated(ENTRY, 7, 1, ("test",), "p")]
    assert list_changes(7, "p", (x, z), (x, y, z)) == [Inserted(ENTRY, 7, 1, 1, "p")]
    assert list_changes(7, "p", (x, y, z), (x, z)) == [Removed(ENTRY, 7, 1, 1, "p")]
    assert list_changes(7, "p", (x, y), (x, y, y)) == [Inserted(ENTRY, 7, 2, 2, "p")]
    assert list_changes(7, "p", (x, y, y), (x, y)) == [Removed(ENTRY, 7, 2, 2, "p")]
    assert list_changes(7, "p", (), (x, y)) == [Inserted(ENTRY, 7, 0, 0, "p"), Inserted(ENTRY, 7, 1, 1, "p")]
    # a changed middle: updates first, then removals from the end so each index is still valid
    assert list_changes(7, "p", (x, y, z, w), (x, TestReading("v", "d"))) == [
        Updated(ENTRY, 7, 1, ("test", "date"), "p"),
        Removed(ENTRY, 7, 3, 3, "p"), Removed(ENTRY, 7, 2, 2, "p")]
    assert list_changes(7, "p", (x,), (y, z, w)) == [
        Updated(ENTRY, 7, 0, ("test",), "p"), Inserted(ENTRY, 7, 1, 1, "p"), Inserted(ENTRY, 7, 2, 2, "p")]
    # Citation entries are compared field by field too, in the order of their fields
    assert list_changes(1, None, (Citation("a", "t"),), (Citation("b", "t", note="n"),)) == [
        Updated(ENTRY, 1, 0, ("source", "note"), None)]


def test_structure_changes_are_reported_with_their_places(ws, case_id):
    case = ws.case(case_id)
    first = [op.id for op in case.opinions]
    heard = notifications(ws)
    op = ws.insert_opinion(case_id, Opinion(0, "New"), 1)
    ws.move_opinion(case_id, 0, 3)
    ws.remove_opinion(case_id, op)
    row = ws.insert_custom_row(case_id, CustomRow(0, "New row"), 0, {})
    removed = case.custom_rows[2]  # R2, after the new row at the top
    assert removed.label == "R2"
    ws.remove_custom_row(case_id, removed.id)
    qs = [q.id for q in ws.questions(case_id)]
    q = ws.insert_question(case_id, Question(0, "New"), 2)
    ws.move_question(case_id, 3, 0)
    ws.remove_question(case_id, q)
    other = ws.insert_case(Case(0, "Other"), [])
    ws.remove_case(other)
    standard = len(ASPECTS)  # the person's rows come after every standard row
    assert events(heard) == [
        Inserted(OPINION, case_id, 1, op),
        Moved(OPINION, case_id, 0, 3),
        Removed(OPINION, case_id, 0, op),  # [A, New, B, C] moved 0->3 is [New, B, C, A]
        Inserted(ROW, case_id, standard, f"custom:{row}"),
        Removed(ROW, case_id, standard + 2, removed.key),
        Inserted(QUESTION, case_id, 2, q),
        Moved(QUESTION, case_id, 3, 0),
        Removed(QUESTION, case_id, 3, q),  # [Q1, Q2, New, Q3] moved 3->0 is [Q3, Q1, Q2, New]
        CasesChanged(other),
        CasesChanged(other),
    ]
    assert [o.label for o in case.opinions] == ["B", "C", "A"]
    assert [o.id for o in case.opinions] == [first[1], first[2], first[0]]
    assert [x.id for x in ws.questions(case_id)] == [qs[2], qs[0], qs[1]]


def test_when_told_the_workspace_already_shows_the_change(ws, case_id):
    def look(w):
        return ([o.label for o in w.case(case_id).opinions], [r.label for r in w.case(case_id).custom_rows],
                [q.text for q in w.questions(case_id)], w.case(case_id).title)
    heard = notifications(ws, look)
    ws.set(("case", case_id, "title"), "Renamed")
    ws.move_opinion(case_id, 2, 0)
    ws.set(("row", case_id, ws.case(case_id).custom_rows[0].id), "R1 renamed")
    ws.set(("question", case_id, ws.questions(case_id)[0].id, "text"), "Q1 edited")
    ws.move_question(case_id, 2, 0)
    ws.remove_question(case_id, ws.questions(case_id)[1].id)
    assert [(type(event), state) for event, state in heard] == [
        (Updated, (["A", "B", "C"], ["R1", "R2"], ["Q1", "Q2", "Q3"], "Renamed")),
        (CasesChanged, (["A", "B", "C"], ["R1", "R2"], ["Q1", "Q2", "Q3"], "Renamed")),
        (Moved, (["C", "A", "B"], ["R1", "R2"], ["Q1", "Q2", "Q3"], "Renamed")),
        (Updated, (["C", "A", "B"], ["R1 renamed", "R2"], ["Q1", "Q2", "Q3"], "Renamed")),
        (Updated, (["C", "A", "B"], ["R1 renamed", "R2"], ["Q1 edited", "Q2", "Q3"], "Renamed")),
        (Moved, (["C", "A", "B"], ["R1 renamed", "R2"], ["Q3", "Q1 edited", "Q2"], "Renamed")),
        (Removed, (["C", "A", "B"], ["R1 renamed", "R2"], ["Q3", "Q2"], "Renamed")),
    ]


def test_when_told_a_list_entry_changed_the_answer_already_holds_it(ws, case_id):
    a = ws.case(case_id).opinions[0].id
    target = ("answer", case_id, a, READINGS, "entries")
    heard = notifications(ws, lambda w: w.get(target))
    ws.set(target, (TestReading("PSA"), TestReading("MRI")))
    assert heard == [
        (Inserted(ENTRY, case_id, 0, 0, (a, READINGS)), (TestReading("PSA"), TestReading("MRI"))),
        (Inserted(ENTRY, case_id, 1, 1, (a, READINGS)), (TestReading("PSA"), TestReading("MRI"))),
        (Updated(ANSWER, case_id, (a, READINGS), ("entries",)), (TestReading("PSA"), TestReading("MRI"))),
    ]


def test_nothing_is_reported_when_a_write_fails(ws, case_id):
    heard = notifications(ws)
    a = ws.case(case_id).opinions[0].id
    # read-only each time: after a read-only error the next write gets a fresh connection
    ws.db.conn.execute("PRAGMA query_only=ON")
    with pytest.raises(SaveError):
        ws.set(("case", case_id, "title"), "x")
    ws.db._reconnect()
    ws.db.conn.execute("PRAGMA query_only=ON")
    with pytest.raises(SaveError):
        ws.set(("answer", case_id, a, READINGS, "entries"), (TestReading("PSA"),))
    ws.db._reconnect()
    ws.db.conn.execute("PRAGMA query_only=ON")
    with pytest.raises(SaveError):
        ws.move_opinion(case_id, 0, 2)
    assert heard == []


def test_nothing_is_reported_when_the_record_is_gone(ws, case_id):
    a = ws.case(case_id).opinions[0].id
    other = Database.open_folder(ws.db.path.parent)  # a second connection deletes the opinion
    try:
        other.delete_opinion(a)
    finally:
        other.close()
    heard = notifications(ws)
    with pytest.raises(SaveError) as caught:
        ws.set(("opinion", case_id, a, "doctor"), "Dr. Gone")
    assert caught.value.cause == "gone"
    assert heard == []
