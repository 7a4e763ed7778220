"""Safety net for what listeners (the Qt models) are told after each change.

`notifications()` is the only place here that knows how the Workspace reports a change (today an
event name plus keyword details). When the core moves to typed events (issue 10), adapt that one
helper so it turns each typed event into the same (name, details) pairs, and every assertion below
keeps its meaning: what changed, where, and that the workspace already shows it when told.
"""
from __future__ import annotations

import pytest

from app.domain import Case, CustomRow, Opinion
from app.questions import Question
from app.storage import Database
from app.workspace import SaveError, Workspace


@pytest.fixture
def ws(tmp_path):
    db = Database.open_folder(tmp_path / "data")
    yield Workspace(db)
    db.close()


def notifications(ws, look=None) -> list:
    """Record every change report as (name, details); `look(ws)` runs at the moment of each report."""
    heard = []

    def listener(event, **details):
        heard.append((event, details, look(ws) if look else None))
    ws.subscribe(listener)
    return heard


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
    ws.set(("row", case_id, row.id), "R2 renamed")
    ws.set(("question", case_id, q, "status"), "asked")
    assert [(name, details) for name, details, _ in heard] == [
        ("case_changed", {"case_id": case_id, "field": "notes"}),
        ("opinion_changed", {"case_id": case_id, "opinion_id": b, "field": "doctor"}),
        ("answer_changed", {"case_id": case_id, "opinion_id": a, "row_key": "stage"}),
        ("row_changed", {"case_id": case_id, "row_key": row.key}),
        ("question_changed", {"case_id": case_id, "index": 2}),
    ]


def test_structure_changes_are_reported_with_their_places(ws, case_id):
    case = ws.case(case_id)
    heard = notifications(ws)
    op = ws.insert_opinion(case_id, Opinion(0, "New"), 1)
    ws.move_opinion(case_id, 0, 3)
    ws.remove_opinion(case_id, op)
    row = ws.insert_custom_row(case_id, CustomRow(0, "New row"), 0, {})
    removed = case.custom_rows[2]  # R2, after the new row at the top
    assert removed.label == "R2"
    ws.remove_custom_row(case_id, removed.id)
    q = ws.insert_question(case_id, Question(0, "New"), 2)
    ws.move_question(case_id, 3, 0)
    ws.remove_question(case_id, q)
    other = ws.insert_case(Case(0, "Other"), [])
    ws.remove_case(other)
    assert [(name, details) for name, details, _ in heard] == [
        ("opinion_inserted", {"case_id": case_id, "index": 1}),
        ("opinion_moved", {"case_id": case_id, "src": 0, "dst": 3}),
        ("opinion_removed", {"case_id": case_id, "index": 0}),
        ("row_inserted", {"case_id": case_id, "key": f"custom:{row}"}),
        ("row_removed", {"case_id": case_id, "key": removed.key}),
        ("question_inserted", {"case_id": case_id, "index": 2}),
        ("question_moved", {"case_id": case_id, "src": 3, "dst": 0}),
        ("question_removed", {"case_id": case_id, "index": 3}),
        ("cases_changed", {}),
        ("cases_changed", {}),
    ]


def test_when_told_the_workspace_already_shows_the_change(ws, case_id):
    def look(w):
        return ([o.label for o in w.case(case_id).opinions], [r.label for r in w.case(case_id).custom_rows],
                [q.text for q in w.questions(case_id)], w.case(case_id).title)
    heard = notifications(ws, look)
    ws.set(("case", case_id, "title"), "Renamed")
    ws.move_opinion(case_id, 2, 0)
    ws.set(("row", case_id, ws.case(case_id).custom_rows[0].id), "R1 renamed")
    ws.set(("question", case_id, ws.questions(case_id)[0].id, "text"), "Q1 edited")
    assert [state for _, _, state in heard] == [
        (["A", "B", "C"], ["R1", "R2"], ["Q1", "Q2", "Q3"], "Renamed"),
        (["C", "A", "B"], ["R1", "R2"], ["Q1", "Q2", "Q3"], "Renamed"),
        (["C", "A", "B"], ["R1 renamed", "R2"], ["Q1", "Q2", "Q3"], "Renamed"),
        (["C", "A", "B"], ["R1 renamed", "R2"], ["Q1 edited", "Q2", "Q3"], "Renamed"),
    ]


def test_nothing_is_reported_when_a_write_fails(ws, case_id):
    heard = notifications(ws)
    ws.db.conn.execute("PRAGMA query_only=ON")
    with pytest.raises(SaveError):
        ws.set(("case", case_id, "title"), "x")
    with pytest.raises(SaveError):
        ws.move_opinion(case_id, 0, 2)
    assert heard == []
