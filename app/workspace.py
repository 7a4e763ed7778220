"""The open data: cases loaded on demand, kept in step with the database.

Every change goes to the database first, in its own transaction, and only then to
memory, so what the person sees is never ahead of what is saved. Listeners (the Qt
models) are told what changed as (event, details) pairs.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from app.domain import (
    CASE_FIELDS,
    OPINION_FIELDS,
    Answer,
    Case,
    CaseSummary,
    CustomRow,
    Opinion,
    copy_opinion,
)
from app.questions import Question
from app.records import replace
from app.storage import Database

Listener = Callable[..., None]


class SaveError(Exception):
    """A change could not be saved; the message is worded for the person."""


def _kind_message(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        reason = "the disk is full"
    elif "readonly" in text or "read-only" in text:
        reason = "the data folder cannot be written to"
    else:
        reason = str(exc)
    return (f"That change could not be saved because {reason}. Your earlier work is safe and "
            "unchanged. Free some space or check the folder, then try again.")


class Workspace:
    def __init__(self, db: Database):
        self.db = db
        self._cases: dict[int, Case] = {}
        self._questions: dict[int, list[Question]] = {}
        self._listeners: list[Listener] = []

    # ---- observing ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: str, **details) -> None:
        for listener in list(self._listeners):
            listener(event, **details)

    def _write(self, method, *args):
        try:
            return method(*args)
        except sqlite3.Error as exc:
            raise SaveError(_kind_message(exc)) from exc

    # ---- reading -----------------------------------------------------------------------
    def case_summaries(self) -> list[CaseSummary]:
        return self.db.list_cases()

    def case(self, case_id: int) -> Case:
        if case_id not in self._cases:
            self._cases[case_id] = self.db.load_case(case_id)
        return self._cases[case_id]

    def questions(self, case_id: int) -> list[Question]:
        if case_id not in self._questions:
            self._questions[case_id] = self.db.list_questions(case_id)
        return self._questions[case_id]

    def get(self, target: tuple):
        kind, case_id, *rest = target
        case = self.case(case_id)
        if kind == "case":
            return getattr(case, rest[0])
        if kind == "opinion":
            return getattr(case.opinion(rest[0]), rest[1])
        if kind == "answer":
            op_id, row_key, part = rest
            if row_key not in case.row_keys():
                raise KeyError(row_key)
            return getattr(case.opinion(op_id).answer(row_key), part)
        if kind == "row":
            return case.custom_row(rest[0]).label
        if kind == "question":
            return getattr(self.find_question(case_id, rest[0])[1], rest[1])
        raise ValueError(target)

    def find_question(self, case_id: int, question_id: int) -> tuple[int, Question]:
        for i, q in enumerate(self.questions(case_id)):
            if q.id == question_id:
                return i, q
        raise KeyError(question_id)

    # ---- single values -----------------------------------------------------------------
    def set(self, target: tuple, value) -> None:
        kind, case_id, *rest = target
        case = self.case(case_id)
        if kind == "case":
            if rest[0] not in CASE_FIELDS:
                raise ValueError(rest[0])
            self._write(self.db.set_case_field, case_id, rest[0], value)
            setattr(case, rest[0], value)
            self._emit("case_changed", case_id=case_id, field=rest[0])
        elif kind == "opinion":
            op_id, name = rest
            if name not in OPINION_FIELDS:
                raise ValueError(name)
            self._write(self.db.set_opinion_field, op_id, name, value)
            setattr(case.opinion(op_id), name, value)
            self._emit("opinion_changed", case_id=case_id, opinion_id=op_id, field=name)
        elif kind == "answer":
            op_id, row_key, part = rest
            if row_key not in case.row_keys():
                raise KeyError(row_key)
            self._write(self.db.set_answer, op_id, row_key, part, value)
            op = case.opinion(op_id)
            op.answers[row_key] = replace(op.answer(row_key), **{part: value})
            self._emit("answer_changed", case_id=case_id, opinion_id=op_id, row_key=row_key)
        elif kind == "row":
            self._write(self.db.set_custom_row_label, rest[0], value)
            row = case.custom_row(rest[0])
            row.label = value
            self._emit("row_changed", case_id=case_id, row_key=row.key)
        elif kind == "question":
            q_id, name = rest
            self._write(self.db.set_question_field, q_id, name, value)
            index, q = self.find_question(case_id, q_id)
            self._questions[case_id][index] = replace(q, **{name: value})
            self._emit("question_changed", case_id=case_id, index=index)
        else:
            raise ValueError(target)

    # ---- cases -------------------------------------------------------------------------
    def insert_case(self, case: Case, questions: list[Question], index: int | None = None) -> int:
        case_id = self._write(self.db.insert_case, _copy_case(case), index, questions)
        self._cases.pop(case_id, None)
        self._questions.pop(case_id, None)
        self._emit("cases_changed")
        return case_id

    def snapshot_case(self, case_id: int) -> tuple[Case, list[Question], int]:
        return (_copy_case(self.case(case_id)), list(self.questions(case_id)),
                self.db.case_position(case_id))

    def remove_case(self, case_id: int) -> None:
        self._write(self.db.delete_case, case_id)
        self._cases.pop(case_id, None)
        self._questions.pop(case_id, None)
        self._emit("cases_changed")

    # ---- opinions ----------------------------------------------------------------------
    def insert_opinion(self, case_id: int, opinion: Opinion, index: int) -> int:
        case = self.case(case_id)
        op = copy_opinion(opinion)
        op.id = self._write(self.db.insert_opinion, case_id, op, index)
        case.opinions.insert(index, op)
        self._emit("opinion_inserted", case_id=case_id, index=index)
        return op.id

    def remove_opinion(self, case_id: int, opinion_id: int) -> None:
        case = self.case(case_id)
        index = case.opinion_index(opinion_id)
        self._write(self.db.delete_opinion, opinion_id)
        del case.opinions[index]
        self._emit("opinion_removed", case_id=case_id, index=index)

    def move_opinion(self, case_id: int, src: int, dst: int) -> None:
        case = self.case(case_id)
        ids = [op.id for op in case.opinions]
        ids.insert(dst, ids.pop(src))
        self._write(self.db.set_opinion_order, case_id, ids)
        case.opinions.insert(dst, case.opinions.pop(src))
        self._emit("opinion_moved", case_id=case_id, src=src, dst=dst)

    # ---- the person's own rows ---------------------------------------------------------
    def insert_custom_row(self, case_id: int, row: CustomRow, index: int,
                          answers: dict[int, Answer]) -> int:
        case = self.case(case_id)
        new = CustomRow(self._write(self.db.insert_custom_row, case_id, row, index, answers), row.label)
        case.custom_rows.insert(index, new)
        for op_id, answer in answers.items():
            case.opinion(op_id).answers[new.key] = answer
        self._emit("row_inserted", case_id=case_id, key=new.key)
        return new.id

    def remove_custom_row(self, case_id: int, row_id: int) -> None:
        case = self.case(case_id)
        row = case.custom_row(row_id)
        self._write(self.db.delete_custom_row, case_id, row_id)
        for op in case.opinions:
            op.answers.pop(row.key, None)
        case.custom_rows.remove(row)
        self._emit("row_removed", case_id=case_id, key=row.key)

    # ---- questions ---------------------------------------------------------------------
    def insert_question(self, case_id: int, question: Question, index: int) -> int:
        questions = self.questions(case_id)
        q = replace(question, id=self._write(self.db.insert_question, case_id, question, index))
        questions.insert(index, q)
        self._emit("question_inserted", case_id=case_id, index=index)
        return q.id

    def remove_question(self, case_id: int, question_id: int) -> None:
        index, _ = self.find_question(case_id, question_id)
        self._write(self.db.delete_question, question_id)
        del self._questions[case_id][index]
        self._emit("question_removed", case_id=case_id, index=index)

    def move_question(self, case_id: int, src: int, dst: int) -> None:
        questions = self.questions(case_id)
        ids = [q.id for q in questions]
        ids.insert(dst, ids.pop(src))
        self._write(self.db.set_question_order, case_id, ids)
        questions.insert(dst, questions.pop(src))
        self._emit("question_moved", case_id=case_id, src=src, dst=dst)


def _copy_case(case: Case) -> Case:
    return replace(case, opinions=[copy_opinion(op) for op in case.opinions],
                   custom_rows=[replace(r) for r in case.custom_rows])
