"""Asking the doctors: duplicates, addressing and answers (a removed opinion's too), ready
wordings that quote each doctor, third-opinion suggestions per aspect; stored and undone."""
from __future__ import annotations

import pytest

from app.model import asking
from app.model.asking import (
    ASKED,
    MEDICAL_ONCOLOGIST,
    PATHOLOGIST,
    QUESTION_ANSWER,
    RADIATION_ONCOLOGIST,
    RADIOLOGIST,
    SURGEON,
    THIRD_OPINION_PLAN,
    TUMOR_BOARD,
    answers_side_by_side,
    find_duplicate,
    normalized,
    row_wording,
    suggest_specialists,
)
from app.model.domain import Answer, Case, Opinion, TestReading
from app.model.questions import Question
from app.store import migrations
from app.store.kinds import QUESTION_ANSWER_KIND, THIRD_OPINION_KIND
from app.store.storage import Database
from app.workspace.answering import add_question, address, remove_question, set_asked, start_plan
from app.workspace.core import Workspace
from app.workspace.edits import delete_case, remove_opinion, set_value
from app.workspace.example_case import example_case


def two(**answers) -> Case:
    a, b = Opinion(1, "First opinion", "Dr. A"), Opinion(2, "Second opinion", "Dr. B")
    for key, (x, y) in answers.items():
        a.answers[key], b.answers[key] = x, y
    return Case(1, "C", opinions=[a, b])


@pytest.fixture
def ws(tmp_path):
    db = Database.open_folder(tmp_path / "data")
    space = Workspace(db)
    case_id = space.insert_case(example_case(), [])
    yield space, case_id
    db.close()


# ---- duplicates ----------------------------------------------------------------------------
def test_the_same_question_is_found_whatever_its_case_spaces_and_punctuation():
    questions = [Question(1, "How soon do I need to start treatment?"), Question(2, "Is this common?")]
    assert find_duplicate(questions, "  how SOON do i need to start   treatment ") == questions[0]
    assert find_duplicate(questions, "How soon, do I need to start treatment!!") == questions[0]
    assert find_duplicate(questions, "Is this  common…") == questions[1]
    assert find_duplicate(questions, "How soon do I need to start chemotherapy?") is None
    assert find_duplicate(questions, "   ?? ") is None                       # nothing to compare
    assert normalized("Dr. O’Brien’s  view?") == normalized("dr o'brien's view")


# ---- wordings ---------------------------------------------------------------------------------
def test_every_wording_quotes_each_doctors_entry_in_full_and_can_be_chosen():
    case = two(stage=(Answer("Stage II, 2.5 cm"), Answer("Probably stage III — nodes on the scan")))
    for key in asking.WORDING_NAMES:
        text = row_wording(case, "stage", key, to=case.opinions[:1])
        assert "“Stage II, 2.5 cm”" in text and "“Probably stage III — nodes on the scan”" in text
        assert "First opinion — Dr. A" in text and "Stage or extent" in text
    together = row_wording(case, "stage", asking.REVIEW_TOGETHER, to=case.opinions[:1])
    assert together.endswith("together with Second opinion — Dr. B?")
    assert len({row_wording(case, "stage", k) for k in asking.WORDING_NAMES}) == len(asking.WORDING_NAMES)


def test_a_wording_quotes_lists_and_choices_and_says_when_nothing_is_written():
    case = two(readings=(Answer(entries=(TestReading("Biopsy", "", "Gleason 7"),)),
                         Answer(entries=(TestReading("Biopsy", "", "Gleason 6"),))),
               goal=(Answer(choice="cure"), Answer(choice="long-term control")))
    assert asking.default_wording("readings") == asking.READ_TEST
    text = row_wording(case, "readings", asking.READ_TEST)
    assert "Gleason 7" in text and "Gleason 6" in text and "how you read this result" in text
    assert "“cure”" in row_wording(case, "goal", asking.HOW_ARRIVED)
    assert "nothing is written down" in row_wording(two(), "trials", asking.HOW_ARRIVED)
    long = two(rationale=(Answer("word " * 200), Answer("other")))
    assert "…" in row_wording(long, "rationale", asking.HOW_ARRIVED)  # a long entry is shortened in the quote


# ---- third opinion suggestions -------------------------------------------------------------------
def keys(case, row):
    return [s.key for s in suggest_specialists(case, row)]


def test_suggestions_follow_the_aspect_and_never_name_a_doctor():
    case = two(plan=(Answer("Surgery", tags=("surgery", "hormone therapy")),
                     Answer("Radiation", tags=("radiation", "hormone therapy"))))
    assert keys(case, "diagnosis")[0] == PATHOLOGIST
    assert keys(case, "stage")[0] == RADIOLOGIST
    assert keys(case, "plan") == [SURGEON, RADIATION_ONCOLOGIST, TUMOR_BOARD]  # not the shared hormone therapy
    chemo = two(plan=(Answer(tags=("chemotherapy",)), Answer(tags=("active surveillance",))))
    assert keys(chemo, "plan") == [MEDICAL_ONCOLOGIST, TUMOR_BOARD]
    assert keys(two(), "plan") == [TUMOR_BOARD]
    scans = two(readings=(Answer(entries=(TestReading("MRI of the pelvis"),)), Answer()))
    assert keys(scans, "readings") == [RADIOLOGIST]
    tissue = two(readings=(Answer(entries=(TestReading("Biopsy pathology"),)), Answer()))
    assert keys(tissue, "readings") == [PATHOLOGIST]
    assert keys(two(), "custom:3") == [TUMOR_BOARD]
    for row in ("diagnosis", "stage", "plan", "goal", "readings", "citations", "my_notes"):
        for s in suggest_specialists(case, row):
            assert s.why.endswith(".") and "Dr. A" not in s.why and "Dr. B" not in s.why


# ---- addressing, answers, storage and undo ----------------------------------------------------
def test_a_question_for_two_doctors_keeps_both_answers_and_survives_undo_and_restart(ws, tmp_path):
    space, case_id = ws
    case = space.case(case_id)
    first, second = case.opinions
    edit = add_question(space, case_id, "Why surgery first?", "typed", [first.id, second.id])
    edit.redo(space)
    qid = space.questions(case_id)[-1].id
    answers = space.records(QUESTION_ANSWER, case_id)
    assert [(a.question_id, a.opinion_id, a.doctor) for a in answers] == [
        (str(qid), str(first.id), "First opinion — Dr. Rivera"),
        (str(qid), str(second.id), "Second opinion — Dr. Okafor")]
    long = "Because " + "the tumour is small. " * 2600                      # over 50 KB, kept whole
    assert len(long) > 50_000
    set_value(space, (QUESTION_ANSWER, case_id, answers[0].id, "answer"), long).redo(space)
    set_asked(space, case_id, space.records(QUESTION_ANSWER, case_id)[0], True).redo(space)
    assert space.questions(case_id)[-1].status == "to ask"                  # one of two asked
    tick = set_asked(space, case_id, space.records(QUESTION_ANSWER, case_id)[1], True)
    tick.redo(space)
    assert space.questions(case_id)[-1].status == "asked"                   # both: the question too
    tick.undo(space)
    assert space.questions(case_id)[-1].status == "to ask"

    db = Database.open_folder(tmp_path / "data")                            # a fresh connection
    try:
        stored = db.load_records(QUESTION_ANSWER_KIND, case_id)
    finally:
        db.close()
    assert stored[0].answer == long and stored[0].asked == ASKED and stored[1].asked == ""

    edit.undo(space)
    assert space.records(QUESTION_ANSWER, case_id) == [] and space.questions(case_id) == []
    edit.redo(space)                                                        # same ids back
    assert [a.question_id for a in space.records(QUESTION_ANSWER, case_id)] == [str(qid)] * 2


def test_a_removed_opinions_answer_stays_under_its_doctors_name(ws):
    space, case_id = ws
    first, second = space.case(case_id).opinions
    add_question(space, case_id, "Why?", "typed", [first.id, second.id]).redo(space)
    qid = space.questions(case_id)[0].id
    rec = space.records(QUESTION_ANSWER, case_id)[1]
    set_value(space, (QUESTION_ANSWER, case_id, rec.id, "answer"), "The test decides.").redo(space)
    remove = remove_opinion(space, case_id, second.id)
    remove.redo(space)
    shown = answers_side_by_side(space.case(case_id), space.records(QUESTION_ANSWER, case_id), qid)
    assert [(d.name, d.removed, d.answer.answer) for d in shown] == [
        ("First opinion — Dr. Rivera", False, ""), ("Second opinion — Dr. Okafor", True, "The test decides.")]
    assert address(space, case_id, qid, second.id, True) is None            # still on it, answer kept
    remove.undo(space)
    shown = answers_side_by_side(space.case(case_id), space.records(QUESTION_ANSWER, case_id), qid)
    assert [d.removed for d in shown] == [False, False]


def test_addressing_a_doctor_and_taking_them_off_is_undoable(ws):
    space, case_id = ws
    first, second = space.case(case_id).opinions
    add_question(space, case_id, "Why?", "typed", [first.id]).redo(space)
    qid = space.questions(case_id)[0].id
    assert address(space, case_id, qid, first.id, True) is None              # already on it
    on = address(space, case_id, qid, second.id, True)
    on.redo(space)
    assert [a.opinion_id for a in space.records(QUESTION_ANSWER, case_id)] == [str(first.id), str(second.id)]
    rec = space.records(QUESTION_ANSWER, case_id)[0]
    set_value(space, (QUESTION_ANSWER, case_id, rec.id, "answer"), "Kept").redo(space)
    off = address(space, case_id, qid, first.id, False)
    off.redo(space)
    assert [a.opinion_id for a in space.records(QUESTION_ANSWER, case_id)] == [str(second.id)]
    off.undo(space)
    assert space.records(QUESTION_ANSWER, case_id)[0].answer == "Kept"


def test_removing_a_question_takes_its_answers_and_undo_brings_them_back(ws):
    space, case_id = ws
    first, second = space.case(case_id).opinions
    add_question(space, case_id, "Keep me", "typed", [second.id]).redo(space)
    add_question(space, case_id, "Why?", "typed", [first.id, second.id]).redo(space)
    q = space.questions(case_id)[1]
    rec = space.records(QUESTION_ANSWER, case_id)[1]
    set_value(space, (QUESTION_ANSWER, case_id, rec.id, "answer"), "Because.").redo(space)
    before = list(space.records(QUESTION_ANSWER, case_id))
    edit = remove_question(space, case_id, q, 1)
    edit.redo(space)
    assert [a.question_id for a in space.records(QUESTION_ANSWER, case_id)] == [str(space.questions(case_id)[0].id)]
    edit.undo(space)
    assert space.records(QUESTION_ANSWER, case_id) == before and space.questions(case_id)[1] == q


def test_a_third_opinion_plan_per_row_is_stored_and_goes_with_its_case(ws, tmp_path):
    space, case_id = ws
    edit = start_plan(space, case_id, "stage", PATHOLOGIST)
    edit.redo(space)
    assert start_plan(space, case_id, "stage") is None                      # one per row
    plan = space.records(THIRD_OPINION_PLAN, case_id)[0]
    for name, value in (("whom", "The pathology department at the university"), ("by_when", "Next week"),
                        ("send", "Slides and the pathology report")):
        set_value(space, (THIRD_OPINION_PLAN, case_id, plan.id, name), value).redo(space)
    gone = delete_case(space, case_id)
    gone.redo(space)
    gone.undo(space)
    db = Database.open_folder(tmp_path / "data")
    try:
        [stored] = db.load_records(THIRD_OPINION_KIND, case_id)
    finally:
        db.close()
    assert (stored.row_key, stored.specialist, stored.whom, stored.by_when, stored.send) == (
        "stage", PATHOLOGIST, "The pathology department at the university", "Next week",
        "Slides and the pathology report")


def test_the_step_creates_both_tables():
    assert migrations.questions_answers_and_third_opinions in migrations.STEPS
    assert "question_answer" in QUESTION_ANSWER_KIND.create_sql()
