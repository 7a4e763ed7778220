"""The open data: cases loaded on demand, kept in step with the database.

Every change goes to the database first, in its own transaction, and only then to
memory, so what the person sees is never ahead of what is saved. Listeners (the Qt
models) are told exactly what changed with the typed events of app.model.events.
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from app.model.domain import (
    CASE_FIELDS,
    OPINION_FIELDS,
    Answer,
    Case,
    CaseSummary,
    CustomRow,
    Opinion,
    copy_opinion,
)
from app.model.events import (
    ANSWER,
    CASE,
    OPINION,
    QUESTION,
    ROW,
    CasesChanged,
    Event,
    Inserted,
    Moved,
    Removed,
    Updated,
    list_changes,
)
from app.model.questions import Question
from app.model.records import replace
from app.model.words import say
from app.store import sqlite_errors
from app.store.kinds import LIST_KINDS, Kind
from app.store.storage import Database, RecordGone

Listener = Callable[[Event], None]
GONE = "gone"
DAMAGED_STOP = "damaged-stop"  # not an environment cause: retrying cannot help


class SaveError(Exception):
    """A change could not be saved. `cause` is one of app.store.sqlite_errors' environment causes
    (the value can be kept and saved again later), GONE (what it belongs to was deleted),
    or None (a fault in the app). The message is worded for the person."""

    def __init__(self, message: str, cause: str | None = None):
        super().__init__(message)
        self.cause = cause

    @property
    def environment(self) -> bool:
        """True when the same change can succeed later, once the cause is gone."""
        return self.cause in sqlite_errors.REASONS


def save_error(exc: Exception) -> SaveError:
    if isinstance(exc, RecordGone):
        return SaveError(say("That change could not be saved because what it belongs to is no longer "
                             "there — it may have been deleted. Nothing else was changed."), GONE)
    cause = sqlite_errors.cause(exc)
    if cause is None:
        return SaveError(say("That change could not be saved because of a fault in this app, not "
                             "anything you did (SQLite code {code}: {detail}). Your earlier work is unchanged.",
                             code=sqlite_errors.primary_code(exc), detail=exc))
    return SaveError(say("Your latest change could not be saved yet because {reason}. {advice}",
                         reason=sqlite_errors.reason(cause), advice=sqlite_errors.advice(cause)), cause)


class Workspace:
    """`list_kinds`: the kinds of record kept as an ordered list per case (app.store.kinds.LIST_KINDS
    by default; a new kind is one more description there). Their values are reached with
    targets (kind, case_id, record_id, field), like a question's."""

    def __init__(self, db: Database, list_kinds: dict[str, Kind] | None = None):
        self.db = db
        self.list_kinds = dict(LIST_KINDS if list_kinds is None else list_kinds)
        self._cases: dict[int, Case] = {}
        self._lists: dict[tuple[str, int], list] = {}  # (kind, case id) -> its records, in order
        self._listeners: list[Listener] = []

    # ---- observing ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, *events: Event) -> None:
        for event in events:
            for listener in list(self._listeners):
                listener(event)

    def _write(self, method, *args):
        try:
            return method(*args)
        except sqlite_errors.ERRORS + (RecordGone,) as exc:
            if getattr(self.db, "damaged", False):  # writing was stopped when damage was read
                raise SaveError(say("That change was not saved: part of the data file was found damaged, "
                                    "so the app no longer writes into it, to keep the rest as it is. Please "
                                    "quit the app; when it starts again it checks the file and offers what "
                                    "you can do."), DAMAGED_STOP) from exc
            raise save_error(exc) from exc

    def forget_loaded(self) -> None:
        """The data file was replaced under us (a backup was restored): drop every loaded case
        and list, and tell listeners the cases changed."""
        self._cases.clear()
        self._lists.clear()
        self._emit(CasesChanged(None))

    # ---- reading -----------------------------------------------------------------------
    def case_summaries(self) -> list[CaseSummary]:
        return self.db.list_cases()

    def case(self, case_id: int) -> Case:
        if case_id not in self._cases:
            self._cases[case_id] = self.db.load_case(case_id)
        return self._cases[case_id]

    def records(self, kind: str, case_id: int) -> list:
        """The case's records of one list kind, in order (loaded on first use)."""
        key = (kind, case_id)
        if key not in self._lists:
            self._lists[key] = self.db.load_records(self.list_kinds[kind], case_id)
        return self._lists[key]

    def find_record(self, kind: str, case_id: int, record_id: int) -> tuple[int, Any]:
        for i, rec in enumerate(self.records(kind, case_id)):
            if rec.id == record_id:
                return i, rec
        raise KeyError(record_id)

    def questions(self, case_id: int) -> list[Question]:
        return self.records(QUESTION, case_id)

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
        if kind in self.list_kinds:
            record_id, name = rest
            if name not in self.list_kinds[kind].stored_fields():
                raise ValueError(name)
            return getattr(self.find_record(kind, case_id, record_id)[1], name)
        raise ValueError(target)


    # ---- single values -----------------------------------------------------------------
    def set(self, target: tuple, value) -> None:
        kind, case_id, *rest = target
        case = self.case(case_id)
        if kind == "case":
            if rest[0] not in CASE_FIELDS:
                raise ValueError(rest[0])
            self._write(self.db.set_case_field, case_id, rest[0], value)
            setattr(case, rest[0], value)
            self._emit(Updated(CASE, case_id, case_id, (rest[0],)))
            if rest[0] == "title":
                self._emit(CasesChanged(case_id))
        elif kind == "opinion":
            op_id, name = rest
            if name not in OPINION_FIELDS:
                raise ValueError(name)
            op = case.opinion(op_id)  # in this case, or KeyError before anything is written
            self._write(self.db.set_opinion_field, op_id, name, value)
            setattr(op, name, value)
            self._emit(Updated(OPINION, case_id, op_id, (name,)))
        elif kind == "answer":
            op_id, row_key, part = rest
            if row_key not in case.row_keys():
                raise KeyError(row_key)
            op = case.opinion(op_id)
            old = op.answer(row_key)
            self._write(self.db.set_answer, op_id, row_key, part, value)
            op.answers[row_key] = replace(old, **{part: value})
            if part == "entries":
                self._emit(*list_changes(case_id, (op_id, row_key), old.entries, tuple(value)))
            self._emit(Updated(ANSWER, case_id, (op_id, row_key), (part,)))
        elif kind == "row":
            row = case.custom_row(rest[0])  # in this case, or KeyError before anything is written
            self._write(self.db.set_custom_row_label, rest[0], value)
            row.label = value
            self._emit(Updated(ROW, case_id, row.key, ("label",)))
        elif kind in self.list_kinds:
            record_id, name = rest
            index, rec = self.find_record(kind, case_id, record_id)
            self._write(self.db.update_record, self.list_kinds[kind], record_id, {name: value})
            self._lists[(kind, case_id)][index] = replace(rec, **{name: value})
            self._emit(Updated(kind, case_id, record_id, (name,)))
        else:
            raise ValueError(target)

    # ---- cases -------------------------------------------------------------------------
    def insert_case(self, case: Case, questions: list[Question], index: int | None = None,
                    lists: dict[str, list] | None = None) -> int:
        """`lists`: records of the other list kinds (marks, …) to restore with the case."""
        others = [(self.list_kinds[kind], records) for kind, records in (lists or {}).items()]
        case_id = self._write(self.db.insert_case, _copy_case(case), index, questions, others)
        self._forget(case_id)
        self._emit(CasesChanged(case_id))
        return case_id

    def _forget(self, case_id: int) -> None:
        self._cases.pop(case_id, None)
        for kind in self.list_kinds:
            self._lists.pop((kind, case_id), None)

    def snapshot_case(self, case_id: int) -> tuple[Case, list[Question], int]:
        return (_copy_case(self.case(case_id)), list(self.questions(case_id)),
                self.db.case_position(case_id))

    def snapshot_lists(self, case_id: int) -> dict[str, list]:
        """The case's records of every list kind but questions (which snapshot_case holds), so
        an undone delete brings back marks and any kind added later, not only questions."""
        return {kind: list(self.records(kind, case_id)) for kind in self.list_kinds if kind != QUESTION}

    def remove_case(self, case_id: int) -> None:
        self._write(self.db.delete_case, case_id)
        self._forget(case_id)
        self._emit(CasesChanged(case_id))

    # ---- opinions ----------------------------------------------------------------------
    def insert_opinion(self, case_id: int, opinion: Opinion, index: int) -> int:
        case = self.case(case_id)
        op = copy_opinion(opinion)
        op.id = self._write(self.db.insert_opinion, case_id, op, index)
        case.opinions.insert(index, op)
        self._emit(Inserted(OPINION, case_id, index, op.id))
        return op.id

    def remove_opinion(self, case_id: int, opinion_id: int) -> None:
        case = self.case(case_id)
        index = case.opinion_index(opinion_id)
        self._write(self.db.delete_opinion, opinion_id)
        del case.opinions[index]
        self._emit(Removed(OPINION, case_id, index, opinion_id))

    def move_opinion(self, case_id: int, src: int, dst: int) -> None:
        case = self.case(case_id)
        ids = [op.id for op in case.opinions]
        ids.insert(dst, ids.pop(src))
        self._write(self.db.set_opinion_order, case_id, ids)
        case.opinions.insert(dst, case.opinions.pop(src))
        self._emit(Moved(OPINION, case_id, src, dst))

    # ---- the person's own rows ---------------------------------------------------------
    def insert_custom_row(self, case_id: int, row: CustomRow, index: int,
                          answers: dict[int, Answer]) -> int:
        case = self.case(case_id)
        new = CustomRow(self._write(self.db.insert_custom_row, case_id, row, index, answers), row.label)
        case.custom_rows.insert(index, new)
        for op_id, answer in answers.items():
            case.opinion(op_id).answers[new.key] = answer
        self._emit(Inserted(ROW, case_id, case.row_keys().index(new.key), new.key))
        return new.id

    def remove_custom_row(self, case_id: int, row_id: int) -> None:
        case = self.case(case_id)
        row = case.custom_row(row_id)
        position = case.row_keys().index(row.key)
        self._write(self.db.delete_custom_row, case_id, row_id)
        for op in case.opinions:
            op.answers.pop(row.key, None)
        case.custom_rows.remove(row)
        self._emit(Removed(ROW, case_id, position, row.key))

    # ---- records of the list kinds (questions, and any kind described in app.store.kinds) ---------
    def insert_record(self, kind: str, case_id: int, rec, index: int) -> int:
        records = self.records(kind, case_id)
        new = replace(rec, id=self._write(self.db.insert_record, self.list_kinds[kind], case_id, rec, index))
        records.insert(index, new)
        self._emit(Inserted(kind, case_id, index, new.id))
        return new.id

    def remove_record(self, kind: str, case_id: int, record_id: int) -> None:
        index, _ = self.find_record(kind, case_id, record_id)
        self._write(self.db.delete_record, self.list_kinds[kind], record_id)
        del self._lists[(kind, case_id)][index]
        self._emit(Removed(kind, case_id, index, record_id))

    def move_record(self, kind: str, case_id: int, src: int, dst: int) -> None:
        records = self.records(kind, case_id)
        ids = [r.id for r in records]
        ids.insert(dst, ids.pop(src))
        self._write(self.db.set_record_order, self.list_kinds[kind], case_id, ids)
        records.insert(dst, records.pop(src))
        self._emit(Moved(kind, case_id, src, dst))

    def insert_question(self, case_id: int, question: Question, index: int) -> int:
        return self.insert_record(QUESTION, case_id, question, index)

    def remove_question(self, case_id: int, question_id: int) -> None:
        self.remove_record(QUESTION, case_id, question_id)

    def move_question(self, case_id: int, src: int, dst: int) -> None:
        self.move_record(QUESTION, case_id, src, dst)

    # ---- memory ------------------------------------------------------------------------
    def forget_except(self, keep: Collection[int]) -> None:
        """Drop from memory every loaded case (and its questions) whose id is not in `keep`.
        Nothing is lost: every change is written to the database before it reaches memory,
        and case() and questions() read a forgotten case again when it is next needed. So a
        long session that visits many cases holds only the few it keeps."""
        for case_id in {*self._cases, *(case for _, case in self._lists)} - set(keep):
            self._forget(case_id)


def _copy_case(case: Case) -> Case:
    return replace(case, opinions=[copy_opinion(op) for op in case.opinions],
                   custom_rows=[replace(r) for r in case.custom_rows])
