"""Undoable edits as small plain objects: each can be applied and reverted on a Workspace.

The Qt undo stack only wraps these. Structural edits ("presence" of a case, opinion,
row or question) take a fresh snapshot just before removing, so undoing a delete
brings back everything that was there, including later typing.
"""
from __future__ import annotations

from typing import Any

from app.model.domain import Answer, Case, CustomRow, Opinion, copy_opinion
from app.model.questions import Question
from app.model.records import Factory, record, replace
from app.model.words import N_, say
from app.workspace.core import Workspace

# What the Undo menu says for adding, removing and moving each kind of record, in the person's
# language (app.model.words); a kind missing here is named by its stable name, and a test lists them.
RECORD_WORDS = {
    "question": (N_("Add question"), N_("Remove question"), N_("Move question")),
    "mark": (N_("Add mark"), N_("Remove mark"), N_("Move mark")),
    "appointment": (N_("Add appointment"), N_("Remove appointment"), N_("Move appointment")),
    "checklist_item": (N_("Add record to send"), N_("Remove record to send"), N_("Move record to send")),
    "question_answer": (N_("Add answer"), N_("Remove answer"), N_("Move answer")),
    "third_opinion_plan": (N_("Add third-opinion plan"), N_("Remove third-opinion plan"),
                           N_("Move third-opinion plan")),
    "decision": (N_("Add decision"), N_("Remove decision"), N_("Move decision")),
    "option": (N_("Add option"), N_("Remove option"), N_("Move option")),
    "value": (N_("Add what matters"), N_("Remove what matters"), N_("Move what matters")),
    "sure_result": (N_("Add SURE check"), N_("Remove SURE check"), N_("Move SURE check")),
    "document": (N_("Add document"), N_("Remove document"), N_("Move document")),
    "opinion": (N_("Add opinion"), N_("Remove opinion"), N_("Move opinion")),
}


def record_words(kind: str, which: int) -> str:
    """'Add …' (0), 'Remove …' (1) or 'Move …' (2) for a kind of record, in the person's language."""
    words = RECORD_WORDS.get(kind)
    if words is None:
        return say(("Add {kind}", "Remove {kind}", "Move {kind}")[which], kind=kind)
    return say(words[which])


class Edit:
    """Base: subclasses provide `text` (for the Undo menu) and `case_id` (which case it touches).
    The text is in the person's language when the edit is made (app.model.words)."""
    text = ""

    def redo(self, ws: Workspace) -> None:
        raise NotImplementedError

    def undo(self, ws: Workspace) -> None:
        raise NotImplementedError

    def merge(self, other: Edit) -> bool:
        return False


@record
class SetValue(Edit):
    """Change one value. Typing bursts (mergeable) on the same target merge into one step."""
    target: tuple
    old: object
    new: object
    text: str = ""  # "" is the plain "Edit"
    mergeable: bool = False

    def __post_init__(self):
        self.text = self.text or say("Edit")

    @property
    def case_id(self):
        return self.target[1]

    def redo(self, ws):
        ws.set(self.target, self.new)

    def undo(self, ws):
        ws.set(self.target, self.old)

    def merge(self, other):
        if (isinstance(other, SetValue) and self.mergeable and other.mergeable
                and other.target == self.target):
            self.new = other.new
            return True
        return False


def set_value(ws: Workspace, target: tuple, new, text: str = "", mergeable=False) -> SetValue:
    return SetValue(target, ws.get(target), new, text, mergeable)


@record
class Macro(Edit):
    edits: list
    text: str = ""  # "" is the plain "Edit"

    def __post_init__(self):
        self.text = self.text or say("Edit")

    @property
    def case_id(self):
        return self.edits[0].case_id if self.edits else None

    def redo(self, ws):
        for e in self.edits:
            e.redo(ws)

    def undo(self, ws):
        for e in reversed(self.edits):
            e.undo(ws)


@record
class _Presence(Edit):
    """Base for add/remove pairs: `adds` says what redo does."""
    adds: bool

    def _insert(self, ws: Workspace) -> None:
        raise NotImplementedError

    def _remove(self, ws: Workspace) -> None:
        raise NotImplementedError

    def redo(self, ws):
        self._insert(ws) if self.adds else self._remove(ws)

    def undo(self, ws):
        self._remove(ws) if self.adds else self._insert(ws)


@record
class CasePresence(_Presence):
    case: Case
    questions: list = Factory(list)
    index: int | None = None
    lists: dict = Factory(dict)  # the other list kinds' records (marks, …), by kind

    def __post_init__(self):
        self.text = say("Add case") if self.adds else say("Delete case")

    @property
    def case_id(self):
        return self.case.id

    def _insert(self, ws):
        self.case.id = ws.insert_case(self.case, self.questions, self.index, self.lists)

    def _remove(self, ws):
        self.case, self.questions, self.index = ws.snapshot_case(self.case.id)
        self.lists = ws.snapshot_lists(self.case.id)
        ws.remove_case(self.case.id)


def delete_case(ws: Workspace, case_id: int) -> CasePresence:
    case, questions, index = ws.snapshot_case(case_id)
    return CasePresence(adds=False, case=case, questions=questions, index=index,
                        lists=ws.snapshot_lists(case_id))


@record
class OpinionPresence(_Presence):
    case_id: int
    opinion: Opinion
    index: int = 0

    def __post_init__(self):
        self.text = record_words("opinion", 0 if self.adds else 1)

    def _insert(self, ws):
        self.opinion.id = ws.insert_opinion(self.case_id, self.opinion, self.index)

    def _remove(self, ws):
        case = ws.case(self.case_id)
        self.index = case.opinion_index(self.opinion.id)
        self.opinion = copy_opinion(case.opinion(self.opinion.id))
        ws.remove_opinion(self.case_id, self.opinion.id)


def remove_opinion(ws: Workspace, case_id: int, opinion_id: int) -> OpinionPresence:
    case = ws.case(case_id)
    return OpinionPresence(adds=False, case_id=case_id, opinion=case.opinion(opinion_id),
                           index=case.opinion_index(opinion_id))


@record
class Move(Edit):
    """Move an opinion (a column) or a record of a list kind (a question, …) to another place
    in its case."""
    what: str          # "opinion", or a list kind's name ("question", …)
    case_id: int
    src: int
    dst: int

    def __post_init__(self):
        self.text = record_words(self.what, 2)

    def _move(self, ws, src, dst):
        if self.what == "opinion":
            ws.move_opinion(self.case_id, src, dst)
        else:
            ws.move_record(self.what, self.case_id, src, dst)

    def redo(self, ws):
        self._move(ws, self.src, self.dst)

    def undo(self, ws):
        self._move(ws, self.dst, self.src)


@record
class RowPresence(_Presence):
    case_id: int
    row: CustomRow
    index: int = 0
    answers: dict = Factory(dict)

    def __post_init__(self):
        self.text = say("Add row") if self.adds else say("Remove row")

    def _insert(self, ws):
        self.row = replace(self.row, id=ws.insert_custom_row(
            self.case_id, self.row, self.index, self.answers))

    def _remove(self, ws):
        case = ws.case(self.case_id)
        self.row = replace(case.custom_row(self.row.id))  # as it is now: renamed after an undo, say
        self.index = case.custom_rows.index(case.custom_row(self.row.id))
        self.answers = {op.id: op.answers[self.row.key] for op in case.opinions
                        if self.row.key in op.answers}
        ws.remove_custom_row(self.case_id, self.row.id)


def remove_custom_row(ws: Workspace, case_id: int, row_id: int) -> RowPresence:
    case = ws.case(case_id)
    row = case.custom_row(row_id)
    return RowPresence(adds=False, case_id=case_id, row=row, index=case.custom_rows.index(row))


@record
class RecordPresence(_Presence):
    """Add or remove one record of a list kind (app.store.kinds): any kind, from its description."""
    kind: str = ""
    case_id: int = 0
    rec: Any = None
    index: int = 0

    def __post_init__(self):
        self.text = record_words(self.kind, 0 if self.adds else 1)

    @property
    def question(self):
        return self.rec

    def _insert(self, ws):
        self.rec = replace(self.rec, id=ws.insert_record(self.kind, self.case_id, self.rec, self.index))

    def _remove(self, ws):
        self.index, self.rec = ws.find_record(self.kind, self.case_id, self.rec.id)
        ws.remove_record(self.kind, self.case_id, self.rec.id)


def QuestionPresence(adds: bool, case_id: int, question: Question, index: int) -> RecordPresence:  # noqa: N802
    """Add or remove a question (named as a class: it reads as one where it is used)."""
    return RecordPresence(adds=adds, kind="question", case_id=case_id, rec=question, index=index)


__all__ = ["Answer", "Edit", "SetValue", "set_value", "Macro", "CasePresence", "delete_case",
           "OpinionPresence", "remove_opinion", "Move", "RowPresence", "remove_custom_row",
           "QuestionPresence", "RecordPresence"]
