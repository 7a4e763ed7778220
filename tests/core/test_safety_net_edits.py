"""Safety net for undo and redo: every edit kind, asymmetric moves, typing bursts, and redo after
undo-then-type. Memory (Workspace) and disk (a fresh Database connection) are checked together.
"""
from __future__ import annotations

import pytest

from app.model.aspects import ASPECTS, CHOICE, CITATIONS, READINGS
from app.model.domain import Answer, Case, CustomRow, Opinion
from app.model.questions import Question
from app.store.storage import Database
from app.workspace import edits
from app.workspace.core import Workspace
from app.workspace.example_case import example_case


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def ws(folder):
    db = Database.open_folder(folder)
    yield Workspace(db)
    db.close()


def on_disk(folder, case_id) -> Case:
    db = Database.open_folder(folder)
    try:
        return db.load_case(case_id)
    finally:
        db.close()


def questions_on_disk(folder, case_id):
    db = Database.open_folder(folder)
    try:
        return db.list_questions(case_id)
    finally:
        db.close()


def cases_on_disk(folder):
    db = Database.open_folder(folder)
    try:
        return db.list_cases()
    finally:
        db.close()


def three_opinions(ws) -> int:
    case = Case(0, "Three")
    case.opinions = [Opinion(0, "A", doctor="Dr. A"), Opinion(0, "B", doctor="Dr. B"), Opinion(0, "C", doctor="Dr. C")]
    case.custom_rows = [CustomRow(0, "Row 1"), CustomRow(0, "Row 2"), CustomRow(0, "Row 3")]
    return ws.insert_case(case, [Question(0, "Q1"), Question(0, "Q2"), Question(0, "Q3")])


def seen(case: Case):
    """What a person can see of a case: its fields, rows and every non-empty answer (an answer
    cleared back to empty and one never typed look the same)."""
    keys = case.row_keys()
    return (case.title, case.person, case.diagnosis, case.diagnosed_on, case.decide_by, case.notes,
            [(r.id, r.label) for r in case.custom_rows],
            [(o.id, o.label, o.doctor, o.specialty, o.institution, o.visit_date, o.delivery,
              {k: o.answer(k) for k in keys if not o.answer(k).is_empty()}) for o in case.opinions])


def labels(ws, folder, case_id):
    memory = [o.label for o in ws.case(case_id).opinions]
    assert memory == [o.label for o in on_disk(folder, case_id).opinions]
    return memory


def question_texts(ws, folder, case_id):
    memory = [q.text for q in ws.questions(case_id)]
    assert ws.questions(case_id) == questions_on_disk(folder, case_id)
    return memory


# ---- typing bursts ---------------------------------------------------------------------

def test_a_typing_burst_undoes_to_before_it_and_redoes_to_its_last_value(ws, folder):
    case_id = ws.insert_case(Case(0, "C", notes="start"), [])
    target = ("case", case_id, "notes")
    burst = None
    for typed in ("start a", "start ab", "start abc"):
        step = edits.set_value(ws, target, typed, mergeable=True)
        step.redo(ws)
        if burst is None:
            burst = step
        else:
            assert burst.merge(step)
    burst.undo(ws)
    assert ws.get(target) == "start" == on_disk(folder, case_id).notes
    burst.redo(ws)
    assert ws.get(target) == "start abc" == on_disk(folder, case_id).notes


def test_only_typing_on_the_same_target_merges(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    typing = edits.set_value(ws, ("case", case_id, "notes"), "a", mergeable=True)
    assert not typing.merge(edits.set_value(ws, ("case", case_id, "title"), "T", mergeable=True))
    assert not typing.merge(edits.set_value(ws, ("case", case_id, "notes"), "ab"))  # a paste, not typing
    plain = edits.set_value(ws, ("case", case_id, "notes"), "a")
    assert not plain.merge(edits.set_value(ws, ("case", case_id, "notes"), "ab", mergeable=True))
    assert not plain.merge(edits.set_value(ws, ("case", case_id, "notes"), "ab"))
    assert not edits.Move("opinion", case_id, 0, 1).merge(edits.Move("opinion", case_id, 1, 2))
    assert typing.new == "a" and plain.new == "a"


def test_set_value_describes_itself_and_its_case(ws):
    case_id = ws.insert_case(Case(0, "C"), [])
    plain = edits.set_value(ws, ("case", case_id, "title"), "New")
    assert (plain.text, plain.case_id, plain.old, plain.new) == ("Edit", case_id, "C", "New")
    named = edits.set_value(ws, ("case", case_id, "title"), "New", "Rename case")
    assert named.text == "Rename case"


def test_set_value_on_every_kind_of_target_undoes_and_redoes(ws, folder):
    case_id = three_opinions(ws)
    case = ws.case(case_id)
    op, row = case.opinions[2].id, case.custom_rows[1].id
    q = ws.questions(case_id)[2].id
    targets = [
        (("case", case_id, "decide_by"), "2026-12-01"),
        (("opinion", case_id, op, "specialty"), "surgeon / surgical oncologist"),
        (("answer", case_id, op, "goal", "choice"), "cure"),
        (("answer", case_id, op, f"custom:{row}", "text"), "typed"),
        (("row", case_id, row), "Renamed row"),
        (("question", case_id, q, "status"), "asked"),
    ]
    for target, new in targets:
        before_disk = on_disk(folder, case_id)
        before_questions = questions_on_disk(folder, case_id)
        e = edits.set_value(ws, target, new)
        e.redo(ws)
        assert ws.get(target) == new
        assert seen(on_disk(folder, case_id)) == seen(ws.case(case_id))
        assert questions_on_disk(folder, case_id) == ws.questions(case_id)
        assert (seen(ws.case(case_id)), ws.questions(case_id)) != (seen(before_disk), before_questions)
        e.undo(ws)
        assert seen(on_disk(folder, case_id)) == seen(before_disk) == seen(ws.case(case_id))
        assert questions_on_disk(folder, case_id) == before_questions == ws.questions(case_id)


def test_a_macro_applies_in_order_and_undoes_in_reverse(ws, folder):
    case_id = ws.insert_case(Case(0, "one"), [])
    target = ("case", case_id, "title")
    first = edits.SetValue(target, "one", "two")
    second = edits.SetValue(target, "two", "three")
    macro = edits.Macro([first, second], "Rename twice")
    assert (macro.text, macro.case_id) == ("Rename twice", case_id)
    assert edits.Macro([]).case_id is None and edits.Macro([]).text == "Edit"
    macro.redo(ws)
    assert ws.get(target) == "three" == on_disk(folder, case_id).title
    macro.undo(ws)
    assert ws.get(target) == "one" == on_disk(folder, case_id).title


# ---- moves: undo restores the exact order (asymmetric moves) ---------------------------------

@pytest.mark.parametrize("src,dst", [(0, 2), (2, 0), (0, 1), (1, 2)])
def test_undoing_an_opinion_move_restores_the_exact_order(ws, folder, src, dst):
    case_id = three_opinions(ws)
    before = labels(ws, folder, case_id)
    moved = before[:]
    moved.insert(dst, moved.pop(src))
    e = edits.Move("opinion", case_id, src, dst)
    assert e.text == "Move opinion"
    e.redo(ws)
    assert labels(ws, folder, case_id) == moved
    e.undo(ws)
    assert labels(ws, folder, case_id) == before
    e.redo(ws)
    assert labels(ws, folder, case_id) == moved


@pytest.mark.parametrize("src,dst", [(0, 2), (2, 0)])
def test_undoing_a_question_move_restores_the_exact_order(ws, folder, src, dst):
    case_id = three_opinions(ws)
    before = question_texts(ws, folder, case_id)
    moved = before[:]
    moved.insert(dst, moved.pop(src))
    e = edits.Move("question", case_id, src, dst)
    assert e.text == "Move question"
    e.redo(ws)
    assert question_texts(ws, folder, case_id) == moved
    e.undo(ws)
    assert question_texts(ws, folder, case_id) == before


# ---- removals: undo brings back everything, redo after undo-then-type keeps the typing ----------

def test_opinion_removal_undo_then_type_then_redo_and_undo_keeps_the_typing(ws, folder):
    case_id = three_opinions(ws)
    op_id = ws.case(case_id).opinions[1].id
    e = edits.remove_opinion(ws, case_id, op_id)
    assert e.text == "Remove opinion" and e.case_id == case_id
    e.redo(ws)
    assert labels(ws, folder, case_id) == ["A", "C"]
    e.undo(ws)
    assert labels(ws, folder, case_id) == ["A", "B", "C"]
    ws.set(("answer", case_id, op_id, "stage", "text"), "typed after undo")
    ws.set(("opinion", case_id, op_id, "doctor"), "Dr. Typed")
    e.redo(ws)
    assert labels(ws, folder, case_id) == ["A", "C"]
    e.undo(ws)
    for case in (ws.case(case_id), on_disk(folder, case_id)):
        assert [o.label for o in case.opinions] == ["A", "B", "C"]
        assert case.opinions[1].answer("stage").text == "typed after undo"
        assert case.opinions[1].doctor == "Dr. Typed"


def test_adding_an_opinion_undoes_and_redoes_at_its_place(ws, folder):
    case_id = three_opinions(ws)
    e = edits.OpinionPresence(adds=True, case_id=case_id, opinion=Opinion(0, "New"), index=1)
    assert e.text == "Add opinion"
    e.redo(ws)
    assert labels(ws, folder, case_id) == ["A", "New", "B", "C"]
    e.undo(ws)
    assert labels(ws, folder, case_id) == ["A", "B", "C"]
    e.redo(ws)
    assert labels(ws, folder, case_id) == ["A", "New", "B", "C"]


def test_row_removal_undo_then_type_then_redo_and_undo_keeps_the_typing(ws, folder):
    case_id = three_opinions(ws)
    case = ws.case(case_id)
    row = case.custom_rows[1]
    op_a, op_c = case.opinions[0].id, case.opinions[2].id
    ws.set(("answer", case_id, op_a, row.key, "text"), "A said")
    e = edits.remove_custom_row(ws, case_id, row.id)
    assert e.text == "Remove row" and e.case_id == case_id
    e.redo(ws)
    for c in (ws.case(case_id), on_disk(folder, case_id)):
        assert [r.label for r in c.custom_rows] == ["Row 1", "Row 3"]
        assert all(row.key not in op.answers for op in c.opinions)
    e.undo(ws)
    ws.set(("answer", case_id, op_c, row.key, "text"), "C said, typed after undo")
    e.redo(ws)
    e.undo(ws)
    for c in (ws.case(case_id), on_disk(folder, case_id)):
        assert [r.label for r in c.custom_rows] == ["Row 1", "Row 2", "Row 3"]
        assert c.custom_rows[1].id == row.id
        assert [op.answer(row.key).text for op in c.opinions] == ["A said", "", "C said, typed after undo"]


def test_a_row_renamed_after_undoing_its_removal_keeps_the_new_name(ws, folder):
    case_id = three_opinions(ws)
    row = ws.case(case_id).custom_rows[1]
    e = edits.remove_custom_row(ws, case_id, row.id)
    e.redo(ws)
    e.undo(ws)
    ws.set(("row", case_id, row.id), "Row 2 renamed after undo")
    e.redo(ws)
    e.undo(ws)
    for c in (ws.case(case_id), on_disk(folder, case_id)):
        assert [r.label for r in c.custom_rows] == ["Row 1", "Row 2 renamed after undo", "Row 3"]


def test_adding_a_row_undoes_and_redoes_at_its_place(ws, folder):
    case_id = three_opinions(ws)
    e = edits.RowPresence(adds=True, case_id=case_id, row=CustomRow(0, "New"), index=0)
    assert e.text == "Add row"
    e.redo(ws)
    assert [r.label for r in ws.case(case_id).custom_rows] == ["New", "Row 1", "Row 2", "Row 3"]
    e.undo(ws)
    assert [r.label for r in on_disk(folder, case_id).custom_rows] == ["Row 1", "Row 2", "Row 3"]
    e.redo(ws)
    assert [r.label for r in on_disk(folder, case_id).custom_rows] == ["New", "Row 1", "Row 2", "Row 3"]
    assert ws.case(case_id).custom_rows == on_disk(folder, case_id).custom_rows


def test_question_add_and_remove_undo_and_redo_at_their_place(ws, folder):
    case_id = three_opinions(ws)
    add = edits.QuestionPresence(adds=True, case_id=case_id, question=Question(0, "New", "typed"), index=1)
    assert add.text == "Add question" and add.case_id == case_id
    add.redo(ws)
    assert question_texts(ws, folder, case_id) == ["Q1", "New", "Q2", "Q3"]
    assert ws.questions(case_id)[1].origin == "typed"
    add.undo(ws)
    assert question_texts(ws, folder, case_id) == ["Q1", "Q2", "Q3"]
    add.redo(ws)
    assert question_texts(ws, folder, case_id) == ["Q1", "New", "Q2", "Q3"]
    q2 = ws.questions(case_id)[2]
    remove = edits.QuestionPresence(adds=False, case_id=case_id, question=q2, index=0)
    assert remove.text == "Remove question"
    remove.redo(ws)
    assert question_texts(ws, folder, case_id) == ["Q1", "New", "Q3"]
    remove.undo(ws)
    assert question_texts(ws, folder, case_id) == ["Q1", "New", "Q2", "Q3"]
    ws.set(("question", case_id, q2.id, "text"), "Q2 typed after undo")
    remove.redo(ws)
    remove.undo(ws)
    assert question_texts(ws, folder, case_id) == ["Q1", "New", "Q2 typed after undo", "Q3"]
    assert ws.questions(case_id)[2].id == q2.id


def test_deleting_a_case_and_undo_brings_it_back_in_the_case_list(ws, folder):
    """Stronger than test_edits' case-delete test: the case list itself is checked, before and after."""
    first = ws.insert_case(Case(0, "First"), [])
    middle = ws.insert_case(example_case(), [Question(0, "Is there time?")])
    ws.insert_case(Case(0, "Last"), [])
    before = ws.case_summaries()
    assert len(before) == 3
    e = edits.delete_case(ws, middle)
    assert e.text == "Delete case" and e.case_id == middle
    e.redo(ws)
    assert [c.title for c in ws.case_summaries()] == ["First", "Last"]
    assert [c.title for c in cases_on_disk(folder)] == ["First", "Last"]
    e.undo(ws)
    assert ws.case_summaries() == before == cases_on_disk(folder)
    assert [q.text for q in ws.questions(middle)] == ["Is there time?"]
    # typing into the restored case, then deleting and restoring it again, keeps the typing
    ws.set(("case", middle, "notes"), "typed after undo")
    ws.set(("question", middle, ws.questions(middle)[0].id, "status"), "asked")
    e.redo(ws)
    e.undo(ws)
    assert ws.case_summaries() == before == cases_on_disk(folder)
    assert ws.case(middle).notes == "typed after undo" == on_disk(folder, middle).notes
    assert ws.questions(middle)[0].status == "asked" == questions_on_disk(folder, middle)[0].status
    assert ws.case(first).title == "First"


def test_adding_a_case_undoes_and_redoes(ws, folder):
    ws.insert_case(Case(0, "Existing"), [])
    new = Case(0, "New case")
    e = edits.CasePresence(adds=True, case=new, questions=[Question(0, "Q")], index=0)
    assert e.text == "Add case"
    e.redo(ws)
    assert [c.title for c in ws.case_summaries()] == ["New case", "Existing"]
    assert e.case_id == new.id and ws.case(new.id).title == "New case"
    e.undo(ws)
    assert [c.title for c in cases_on_disk(folder)] == ["Existing"]
    e.redo(ws)
    assert [c.title for c in cases_on_disk(folder)] == ["New case", "Existing"]
    assert [q.text for q in ws.questions(e.case_id)] == ["Q"]


# ---- a stronger version of test_storage's example-case check ---------------------------------

def test_the_example_case_really_fills_every_aspect_for_both_doctors():
    """Checks the content itself, not only `is_empty` (which a stub returning False would pass)."""
    case = example_case()
    assert len(case.opinions) == 2
    for op in case.opinions:
        for aspect in ASPECTS:
            answer = op.answer(aspect.key)
            if aspect.kind == CHOICE:
                assert answer.choice in aspect.choices, (op.label, aspect.key)
            elif aspect.kind in (READINGS, CITATIONS):
                assert answer.entries, (op.label, aspect.key)
            else:
                assert answer.text.strip(), (op.label, aspect.key)
            assert not answer.is_empty()
    assert Answer().is_empty() and Answer(text="  \n").is_empty()
