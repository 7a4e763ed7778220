"""Undoable edits for asking the doctors (app.model.asking): a question added together with
whom it is for, a doctor added to or taken off a question, "asked" ticked per doctor, a
question removed with its answers, and the third-opinion plan of a row.

A question's answers point at it by id, which the database gives the question when it is
first saved, so adding a question and its doctors is one step that saves the question first
and its answers after it; undo takes both back, redo brings both back with the same ids.
"""
from __future__ import annotations

from collections.abc import Sequence

from app.model.asking import (
    ASKED,
    QUESTION_ANSWER,
    THIRD_OPINION_PLAN,
    QuestionAnswer,
    ThirdOpinionPlan,
    answer_for,
    answers_to,
    new_answer,
    plan_for,
)
from app.model.events import QUESTION
from app.model.questions import Question
from app.model.records import Factory, record, replace
from app.model.words import say
from app.workspace.core import Workspace
from app.workspace.edits import Edit, RecordPresence, set_value
from app.workspace.marking import AllOrNothing


@record
class _AnswersOf(Edit):
    """Insert (or take out) the answer records of the question `presence` adds, once the
    question has its id."""
    presence: RecordPresence
    answers: list = Factory(list)
    text: str = ""

    @property
    def case_id(self):
        return self.presence.case_id

    def redo(self, ws):
        qid = str(self.presence.rec.id)
        records = ws.records(QUESTION_ANSWER, self.case_id)
        self.answers = [replace(a, id=ws.insert_record(QUESTION_ANSWER, self.case_id,
                                                       replace(a, question_id=qid), len(records)),
                                question_id=qid)
                        for a in self.answers]

    def undo(self, ws):
        for a in reversed(self.answers):
            ws.remove_record(QUESTION_ANSWER, self.case_id, a.id)


def add_question(ws: Workspace, case_id: int, text: str, origin: str = "typed",
                 opinion_ids: Sequence[int] = (), label: str = "") -> Edit:
    """A new question at the end of the list, addressed to these opinions' doctors."""
    label = label or say("Add question")
    case = ws.case(case_id)
    presence = RecordPresence(adds=True, kind=QUESTION, case_id=case_id, rec=Question(0, text, origin),
                              index=len(ws.questions(case_id)))
    answers = [new_answer(0, case.opinion(op_id)) for op_id in opinion_ids]
    if not answers:
        presence.text = label
        return presence
    return AllOrNothing([presence, _AnswersOf(presence, answers, label)], label)


def remove_question(ws: Workspace, case_id: int, question: Question, index: int) -> Edit:
    """Remove a question with every doctor's answer to it, in one undo step."""
    q_edit = RecordPresence(adds=False, kind=QUESTION, case_id=case_id, rec=question, index=index)
    records = ws.records(QUESTION_ANSWER, case_id)
    mine = answers_to(records, question.id)
    if not mine:
        q_edit.text = say("Delete question")
        return q_edit
    answer_edits = [RecordPresence(adds=False, kind=QUESTION_ANSWER, case_id=case_id, rec=a,
                                   index=records.index(a)) for a in reversed(mine)]
    return AllOrNothing([*answer_edits, q_edit], say("Delete question"))


def address(ws: Workspace, case_id: int, question_id: int, opinion_id: int, on: bool) -> Edit | None:
    """Add this opinion's doctor to the question (on) or take them off it, answer and all
    (undo brings it back). None when nothing changes. A removed opinion can only be taken off."""
    records = ws.records(QUESTION_ANSWER, case_id)
    found = answer_for(records, question_id, opinion_id)
    if on and found is None:
        rec = new_answer(question_id, ws.case(case_id).opinion(opinion_id))
        edit = RecordPresence(adds=True, kind=QUESTION_ANSWER, case_id=case_id, rec=rec, index=len(records))
        edit.text = say("Ask {doctor}", doctor=rec.doctor)
        return edit
    if not on and found is not None:
        edit = RecordPresence(adds=False, kind=QUESTION_ANSWER, case_id=case_id, rec=found,
                              index=records.index(found))
        edit.text = say("Do not ask {doctor}", doctor=found.doctor)
        return edit
    return None


def set_asked(ws: Workspace, case_id: int, answer: QuestionAnswer, asked: bool) -> Edit | None:
    """Tick (or untick) that this doctor was asked. When that makes every doctor on the question
    asked, the question itself is ticked as asked in the same step."""
    value = ASKED if asked else ""
    if answer.asked == value:
        return None
    edits: list[Edit] = [set_value(ws, (QUESTION_ANSWER, case_id, answer.id, "asked"), value, say("Tick asked"))]
    if asked:
        others = [a for a in answers_to(ws.records(QUESTION_ANSWER, case_id), int(answer.question_id))
                  if a.id != answer.id]
        target = (QUESTION, case_id, int(answer.question_id), "status")
        if all(a.asked == ASKED for a in others) and ws.get(target) != "asked":
            edits.append(set_value(ws, target, "asked", say("Tick asked")))
    return edits[0] if len(edits) == 1 else AllOrNothing(edits, say("Tick asked"))


def start_plan(ws: Workspace, case_id: int, row_key: str, specialist: str = "") -> Edit | None:
    """A third-opinion plan for this row (None when it has one already)."""
    records = ws.records(THIRD_OPINION_PLAN, case_id)
    if plan_for(records, row_key) is not None:
        return None
    edit = RecordPresence(adds=True, kind=THIRD_OPINION_PLAN, case_id=case_id,
                          rec=ThirdOpinionPlan(0, row_key, specialist), index=len(records))
    edit.text = say("Plan a third opinion")
    return edit


def remove_plan(ws: Workspace, case_id: int, row_key: str) -> Edit | None:
    records = ws.records(THIRD_OPINION_PLAN, case_id)
    found = plan_for(records, row_key)
    if found is None:
        return None
    edit = RecordPresence(adds=False, kind=THIRD_OPINION_PLAN, case_id=case_id, rec=found,
                          index=records.index(found))
    edit.text = say("Remove third-opinion plan")
    return edit
