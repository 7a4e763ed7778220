"""Records that name another record (a visit's doctor, a checklist's opinion, a doctor's answer to a
question) still name the same one on the other laptop, whose ids are different (issue 13).

Ben's laptop holds a case of his own first, so the ids Anna's records get there differ from hers;
the links are checked by what they point at (the doctor, the question's words), read back through
a fresh Database.
"""
from __future__ import annotations

import pytest

from app.model.appointments import Appointment
from app.model.asking import QuestionAnswer
from app.model.questions import Question
from app.model.records_checklist import ChecklistItem
from app.store import exchange_format
from app.store.kinds import APPOINTMENT_KIND, CHECKLIST_KIND, QUESTION_ANSWER_KIND, QUESTION_KIND
from app.store.storage import Database
from app.workspace import merge
from app.workspace.example_case import example_case
from app.workspace.exchange_bundle import collect


def fill(db: Database) -> int:
    """The example case with a visit to its second doctor, a checklist item for that doctor and
    that doctor's answer to the second question."""
    case_id = db.insert_case(example_case(), None, [Question(0, "Why surgery first?"),
                                                    Question(0, "How long can we wait?")])
    second = db.load_case(case_id).opinions[1]
    question = db.load_records(QUESTION_KIND, case_id)[1]
    db.insert_record(APPOINTMENT_KIND, case_id, Appointment(0, "2026-12-03", "09:30", str(second.id), second.doctor))
    db.insert_record(CHECKLIST_KIND, case_id, ChecklistItem(0, str(second.id), "pathology_report", "", "requested"))
    db.insert_record(QUESTION_ANSWER_KIND, case_id, QuestionAnswer(0, str(question.id), str(second.id),
                                                                   second.heading(), "asked", "About four weeks."))
    return case_id


def links(folder) -> dict:
    """What each linking record points at, by content, on the laptop in `folder`."""
    db = Database.open_folder(folder)
    try:
        [case_id] = [s.id for s in db.list_cases() if s.title.startswith("Example")]
        doctors = {str(op.id): op.doctor for op in db.load_case(case_id).opinions}
        questions = {str(q.id): q.text for q in db.load_records(QUESTION_KIND, case_id)}
        [visit] = db.load_records(APPOINTMENT_KIND, case_id)
        [item] = db.load_records(CHECKLIST_KIND, case_id)
        [answer] = db.load_records(QUESTION_ANSWER_KIND, case_id)
        return {"visit": doctors.get(visit.opinion), "checklist": doctors.get(item.opinion),
                "answer": (questions.get(answer.question_id), doctors.get(answer.opinion_id), answer.answer)}
    finally:
        db.close()


@pytest.fixture
def anna_and_ben(tmp_path):
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    db = Database.open_folder(anna)
    fill(db)
    data = exchange_format.pack(collect(db), None)
    db.close()
    db = Database.open_folder(ben)
    mine = example_case()
    mine.title = "Ben's own case"
    db.insert_case(mine, None, [Question(0, f"Ben's question {n}") for n in range(5)])  # ids move on
    db.close()
    return anna, ben, data


def test_the_export_names_linked_records_by_uid_not_by_this_laptops_id(anna_and_ben):
    anna, _, data = anna_and_ben
    payload = exchange_format.unpack(data)
    uids = {r["uid"] for r in payload["records"]}
    linking = [r for r in payload["records"] if r["kind"] in ("appointment", "checklist_item", "question_answer")]
    assert len(linking) == 3
    for rec in linking:
        for name in ("opinion", "question_id", "opinion_id"):
            if name in rec["fields"]:
                assert rec["fields"][name] in uids, (rec["kind"], name, rec["fields"][name])


def test_after_import_each_link_points_at_the_same_doctor_and_question(anna_and_ben):
    anna, ben, data = anna_and_ben
    expected = links(anna)
    assert expected == {"visit": "Dr. Okafor", "checklist": "Dr. Okafor",
                        "answer": ("How long can we wait?", "Dr. Okafor", "About four weeks.")}
    db = Database.open_folder(ben)
    try:
        merge.apply(db, exchange_format.unpack(data))
        again = merge.apply(db, exchange_format.unpack(data))  # the same file twice changes nothing
    finally:
        db.close()
    assert links(ben) == expected
    assert [d for d in again if d.action != merge.SAME] == []


def test_a_link_to_a_record_that_is_not_there_is_left_empty_not_pointed_elsewhere(anna_and_ben):
    _, ben, data = anna_and_ben
    payload = exchange_format.unpack(data)
    for rec in payload["records"]:
        if rec["kind"] == "appointment":
            rec["fields"]["opinion"] = "1"  # a file from before uids were carried: a bare id of Anna's
    db = Database.open_folder(ben)
    try:
        merge.apply(db, payload)
    finally:
        db.close()
    assert links(ben)["visit"] is None
    db = Database.open_folder(ben)
    try:
        [case_id] = [s.id for s in db.list_cases() if s.title.startswith("Example")]
        assert db.load_records(APPOINTMENT_KIND, case_id)[0].opinion == ""  # not Ben's own opinion number 1
    finally:
        db.close()
