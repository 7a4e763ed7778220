"""The person's marks and the app's hint of what differs: words, counts, storage, undo."""
from __future__ import annotations

import sqlite3

import pytest

from app.model.comparison import differences, differing_rows
from app.model.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading
from app.model.marks import AGREE, DIFFER, MARK, UNCLEAR, UNMARKED, Mark, mark_counts
from app.store import migrations
from app.store.storage import Database
from app.workspace.core import Workspace
from app.workspace.edits import RowPresence
from app.workspace.marking import delete_case_with_marks, mark_row, remove_row_with_marks


def two(**answers) -> Case:
    """A case with two opinions; answers maps row key -> (first answer, second answer)."""
    a, b = Opinion(1, "First opinion", "Dr. A"), Opinion(2, "Second opinion", "Dr. B")
    for key, (x, y) in answers.items():
        a.answers[key], b.answers[key] = x, y
    return Case(1, "C", opinions=[a, b])


def test_goals_are_named_with_who_said_them():
    case = two(goal=(Answer(choice="cure"), Answer(choice="long-term control")))
    [said] = differences(case, "goal")
    assert "“cure” (First opinion — Dr. A)" in said and "“long-term control” (Second opinion — Dr. B)" in said
    assert differences(two(goal=(Answer(choice="cure"), Answer(choice="cure"))), "goal") == []


def test_treatment_kinds_one_includes_and_the_other_does_not():
    case = two(plan=(Answer("Surgery, then radiation", tags=("surgery", "radiation")),
                     Answer("Watch and wait", tags=("active surveillance",))))
    said = differences(case, "plan")
    assert "surgery: included by First opinion — Dr. A, not by Second opinion — Dr. B" in said
    assert "active surveillance: included by Second opinion — Dr. B, not by First opinion — Dr. A" in said
    same_kinds = two(plan=(Answer("Surgery first", tags=("surgery",)), Answer("Surgery soon", tags=("surgery",))))
    assert differences(same_kinds, "plan") == ["the plans are described differently"]


def test_the_same_test_read_differently_and_a_test_listed_by_one_only():
    case = two(readings=(Answer(entries=(TestReading("Biopsy", "2026-01-02", "Gleason 7"),
                                         TestReading("MRI", "", "no spread"))),
                         Answer(entries=(TestReading("biopsy ", "2026-01-02", "Gleason 6"),))))
    said = differences(case, "readings")
    assert ("“Biopsy” read differently: “Gleason 7” (First opinion — Dr. A)"
            " vs “Gleason 6” (Second opinion — Dr. B)") in said
    assert "“MRI” listed by First opinion — Dr. A only" in said
    assert len(said) == 2


def test_a_guideline_cited_by_one_only_and_a_different_category():
    case = two(citations=(Answer(entries=(Citation("NCCN Guidelines", "Prostate Cancer", "2026", "1"),
                                          Citation("ASCO", "Surveillance"))),
                          Answer(entries=(Citation("NCCN Guidelines", "Prostate Cancer", "2025", "2A"),))))
    said = differences(case, "citations")
    assert ("“NCCN Guidelines: Prostate Cancer” given a different category: category 1 (First opinion — Dr. A)"
            " vs category 2A (Second opinion — Dr. B)") in said
    assert "“ASCO: Surveillance” cited by First opinion — Dr. A only" in said


def test_text_rows_and_rows_with_one_entry():
    case = two(stage=(Answer("Stage II"), Answer("stage  ii")), diagnosis=(Answer("Grade 2"), Answer("Grade 3")))
    assert differences(case, "stage") == []            # the same words, other spacing and case
    assert differences(case, "diagnosis") == ["their entries are worded differently"]
    assert differences(two(trials=(Answer("A trial"), Answer())), "trials") == []  # one said nothing
    assert differing_rows(case) == ["diagnosis"]


def test_the_counts_of_marks():
    marks = [Mark(1, "stage", DIFFER), Mark(2, "plan", DIFFER), Mark(3, "goal", UNCLEAR),
             Mark(4, "custom:9", AGREE)]  # a row no longer there is not counted
    counts = mark_counts(marks, ["stage", "plan", "goal", "diagnosis", "trials"])
    assert counts == {AGREE: 0, DIFFER: 2, UNCLEAR: 1, "not_discussed": 0, UNMARKED: 2}


@pytest.fixture
def ws(tmp_path):
    db = Database.open_folder(tmp_path)
    workspace = Workspace(db)
    yield workspace
    db.close()


def stored_marks(folder, case_id):
    db = Database.open_folder(folder)
    try:
        return {m.row_key: m.mark for m in db.load_records(Workspace(db).list_kinds[MARK], case_id)}
    finally:
        db.close()


def test_setting_changing_and_clearing_a_mark_are_saved_and_undone(ws, tmp_path):
    case_id = ws.insert_case(Case(0, "C"), [])
    steps = [mark_row(ws, case_id, "stage", DIFFER)]
    steps[-1].redo(ws)
    assert stored_marks(tmp_path, case_id) == {"stage": DIFFER}
    assert mark_row(ws, case_id, "stage", DIFFER) is None      # nothing to change
    steps.append(mark_row(ws, case_id, "stage", AGREE))
    steps[-1].redo(ws)
    steps.append(mark_row(ws, case_id, "goal", UNCLEAR))
    steps[-1].redo(ws)
    assert stored_marks(tmp_path, case_id) == {"stage": AGREE, "goal": UNCLEAR}
    steps.append(mark_row(ws, case_id, "stage", None))
    steps[-1].redo(ws)
    assert stored_marks(tmp_path, case_id) == {"goal": UNCLEAR}
    expected = [{"stage": AGREE, "goal": UNCLEAR}, {"stage": AGREE}, {"stage": DIFFER}, {}]
    for step, want in zip(reversed(steps), expected, strict=True):
        step.undo(ws)
        assert stored_marks(tmp_path, case_id) == want
    for step in steps:
        step.redo(ws)
    assert stored_marks(tmp_path, case_id) == {"goal": UNCLEAR}
    with pytest.raises(ValueError):
        mark_row(ws, case_id, "stage", "Differ")  # display words are never stored


def test_one_mark_per_row_is_enforced_by_the_file(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    ws.insert_record(MARK, case_id, Mark(0, "stage", DIFFER), 0)
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.insert_record(ws.list_kinds[MARK], case_id, Mark(0, "stage", AGREE), 1)


def test_a_removed_row_takes_its_mark_along_and_undo_brings_both_back(ws, tmp_path):
    case_id = ws.insert_case(Case(0, "C", opinions=[Opinion(0, "First opinion")]), [])
    add = RowPresence(adds=True, case_id=case_id, row=CustomRow(0, "Fertility"), index=0)
    add.redo(ws)
    key = add.row.key
    mark_row(ws, case_id, key, DIFFER).redo(ws)
    mark_row(ws, case_id, "stage", AGREE).redo(ws)
    remove = remove_row_with_marks(ws, case_id, add.row.id)
    remove.redo(ws)
    assert stored_marks(tmp_path, case_id) == {"stage": AGREE}
    assert key not in ws.case(case_id).row_keys()
    remove.undo(ws)
    assert stored_marks(tmp_path, case_id) == {"stage": AGREE, key: DIFFER}
    assert key in ws.case(case_id).row_keys()
    remove.redo(ws)
    assert stored_marks(tmp_path, case_id) == {"stage": AGREE}


def test_a_deleted_case_gets_its_marks_back_on_undo(ws, tmp_path):
    case_id = ws.insert_case(Case(0, "C"), [])
    mark_row(ws, case_id, "stage", DIFFER).redo(ws)
    delete = delete_case_with_marks(ws, case_id)
    delete.redo(ws)
    assert stored_marks(tmp_path, case_id) == {}
    delete.undo(ws)
    assert stored_marks(tmp_path, case_id) == {"stage": DIFFER}
    assert [m.mark for m in ws.records(MARK, case_id)] == [DIFFER]


def test_a_version_2_file_gains_the_marks_table_and_keeps_its_data(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    conn = sqlite3.connect(folder / "companion.sqlite3")
    for step in migrations.STEPS[:2]:
        step(conn)
    conn.execute("INSERT INTO case_file (title) VALUES ('Kept')")
    conn.execute("INSERT INTO question (case_id, position, text) VALUES (1, 0, 'Why?')")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    db = Database.open_folder(folder)
    try:
        assert db.schema_version() == migrations.LATEST >= 3
        assert db.load_case(1).title == "Kept" and db.list_questions(1)[0].text == "Why?"
        ws = Workspace(db)
        mark_row(ws, 1, "stage", UNCLEAR).redo(ws)
    finally:
        db.close()
    assert stored_marks(folder, 1) == {"stage": UNCLEAR}
