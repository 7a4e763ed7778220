"""The case files in SQLite: cases, opinions with their answers, the person's own rows and
questions, on the record layer of app.store.record_store (opening, transactions, damage, any Kind).
An opinion's answers and list entries are records too (ANSWER_KIND, ENTRY_KIND); here they become
the Answer values of Opinion.answers, and back.

Every public write runs in its own explicit BEGIN IMMEDIATE transaction and is on
disk (WAL, synchronous=FULL) when the method returns, which is what lets the UI say
"Saved" honestly. Structural inserts accept the ids of a snapshot, so an undone
delete comes back exactly as it was.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from app.model.aspects import CITATIONS, CUSTOM_PREFIX, READINGS, custom_key, is_custom
from app.model.domain import (
    ANSWER_PARTS,
    CASE_FIELDS,
    ENTRY_TYPES,
    Answer,
    Case,
    CaseSummary,
    CustomRow,
    Opinion,
)
from app.model.questions import Question
from app.store import record_history
from app.store.data_check import (  # noqa: F401 (where callers have always found them)
    DamagedDataFile,
    DataFileError,
    DataReadError,
    NewerDataFile,
)
from app.store.kinds import (
    ANSWER_KIND,
    CASE_KIND,
    ENTRY_KIND,
    OPINION_KIND,
    QUESTION_KIND,
    ROW_KIND,
    Kind,
    StoredAnswer,
    StoredEntry,
)
from app.store.record_store import RecordGone, RecordStore, _changed_one  # noqa: F401 (RecordGone: as above)


class Database(RecordStore):
    """The case files' own API (cases, opinions with their answers, the person's own rows,
    questions) on the record layer of app.store.record_store."""

    # ---- cases -------------------------------------------------------------------------
    def list_cases(self) -> list[CaseSummary]:
        with self._reading():
            rows = self.conn.execute("SELECT id, title, person FROM case_file ORDER BY position, id")
            return [CaseSummary(case_id, *self._texts(rest)) for case_id, *rest in rows]

    def load_case(self, case_id: int) -> Case:
        with self._reading():
            row = self.conn.execute(
                f"SELECT id, {', '.join(CASE_FIELDS)} FROM case_file WHERE id=?", (case_id,)).fetchone()
            if row is None:
                raise KeyError(case_id)
            case = Case(row[0], *self._texts(row[1:]))
            case.opinions = [self._load_opinion(op) for op in self.load_records(OPINION_KIND, case_id)]
            case.custom_rows = self.load_records(ROW_KIND, case_id)
            return case

    def _load_opinion(self, op: Opinion) -> Opinion:
        with self._reading():
            for stored in self.load_records(ANSWER_KIND, op.id):
                tags = json.loads(stored.tags)
                if not isinstance(tags, list):
                    raise TypeError("tags are not a list")
                op.answers[stored.row_key] = Answer(text=stored.text, choice=stored.choice, tags=self._texts(tags))
            lists: dict[str, list[StoredEntry]] = {}
            for entry in self.load_records(ENTRY_KIND, op.id):  # in order within each row
                lists.setdefault(entry.row_key, []).append(entry)
            for key in (READINGS, CITATIONS):
                kind = ENTRY_TYPES[key]
                entries = tuple(kind(**json.loads(e.fields)) for e in lists.get(key, ()))
                if entries:
                    op.answers[key] = Answer(entries=entries)
            return op

    def insert_case(self, case: Case, index: int | None = None, questions=(),
                    others: Iterable[tuple[Kind, list]] = ()) -> int:
        """Insert a whole case (new, or a snapshot being restored, with its questions and the
        records of any other list kind) in one transaction, so a restore is all there or not at
        all; return its id."""
        with self.transaction() as conn:
            case_id = self._insert_record(conn, CASE_KIND, None, case, index)
            for pos, op in enumerate(case.opinions):
                self._insert_opinion(conn, case_id, op, pos)
            for pos, row in enumerate(case.custom_rows):
                self._insert_record(conn, ROW_KIND, case_id, row, pos)
            for pos, question in enumerate(questions):
                self._insert_record(conn, QUESTION_KIND, case_id, question, pos)
            for kind, records in others:
                for pos, rec in enumerate(records):
                    self._insert_record(conn, kind, case_id, rec, pos)
        return case_id

    def case_position(self, case_id: int) -> int:
        ids = [c.id for c in self.list_cases()]
        return ids.index(case_id)

    def delete_case(self, case_id: int) -> None:
        self.delete_record(CASE_KIND, case_id)

    def set_case_field(self, case_id: int, name: str, value: str) -> None:
        self.update_record(CASE_KIND, case_id, {name: value})

    # ---- opinions ----------------------------------------------------------------------
    def _insert_opinion(self, conn, case_id: int, op: Opinion, position: int | None) -> int:
        """An opinion with its answers (a new one, or one restored by an undo)."""
        op_id = self._insert_record(conn, OPINION_KIND, case_id, op, position)
        for key, answer in op.answers.items():
            for part in ANSWER_PARTS:
                value = getattr(answer, part)
                if value:
                    self._write_answer(conn, op_id, key, part, value)
        return op_id

    def insert_opinion(self, case_id: int, op: Opinion, index: int) -> int:
        with self.transaction() as conn:
            return self._insert_opinion(conn, case_id, op, index)

    def delete_opinion(self, opinion_id: int) -> None:
        self.delete_record(OPINION_KIND, opinion_id)

    def set_opinion_order(self, case_id: int, opinion_ids: list[int]) -> None:
        self.set_record_order(OPINION_KIND, case_id, opinion_ids)

    def set_opinion_field(self, opinion_id: int, name: str, value: str) -> None:
        self.update_record(OPINION_KIND, opinion_id, {name: value})

    # ---- answers -----------------------------------------------------------------------
    def set_answer(self, opinion_id: int, row_key: str, part: str, value) -> None:
        with self.transaction() as conn:
            self._require(conn, "opinion", opinion_id)
            if is_custom(row_key):  # the person's own row must still be there, or this is an orphan
                self._require(conn, "custom_row", int(row_key.removeprefix(CUSTOM_PREFIX)))
            self._write_answer(conn, opinion_id, row_key, part, value)
            if "opinion" in self._uid_tables:
                record_history.stamp_edit(conn, record_history.ANSWER_TABLE,
                                          record_history.answer_ref(conn, opinion_id, row_key), part,
                                          self.now_text(), self.laptop)

    def _write_answer(self, conn, opinion_id: int, row_key: str, part: str, value) -> None:
        """Store one part of an answer; `entries` makes the row's stored list equal to `value`."""
        group = {"row_key": row_key}
        if part == "entries":
            self._replace_records(conn, ENTRY_KIND, opinion_id, group, [
                StoredEntry(0, row_key, json.dumps(e.__dict__, ensure_ascii=False)) for e in value])
            return
        if part not in ("text", "choice", "tags"):
            raise ValueError(part)
        stored = json.dumps(list(value), ensure_ascii=False) if part == "tags" else value
        answer_id = self._find_record_id(conn, ANSWER_KIND, opinion_id, group)
        if answer_id is None:  # the first part stored: the only record of its group, at place 0
            self._insert_at(conn, ANSWER_KIND, opinion_id, StoredAnswer(0, row_key, **{part: stored}), 0)
        else:
            self._update_record(conn, ANSWER_KIND, answer_id, {part: stored})

    # ---- the person's own rows ---------------------------------------------------------
    def insert_custom_row(self, case_id: int, row: CustomRow, index: int, answers=None) -> int:
        """Insert one of the person's rows, with any answers being restored, in one transaction."""
        with self.transaction() as conn:
            row_id = self._insert_record(conn, ROW_KIND, case_id, row, index)
            for opinion_id, answer in (answers or {}).items():
                for part in ANSWER_PARTS:
                    if getattr(answer, part):
                        self._write_answer(conn, opinion_id, custom_key(row_id), part, getattr(answer, part))
        return row_id

    def delete_custom_row(self, case_id: int, row_id: int) -> None:
        """Delete one of the person's rows and every opinion's answer in it, together."""
        with self.transaction() as conn:
            for opinion_id in self._record_ids(conn, OPINION_KIND, case_id):
                self._delete_records(conn, ANSWER_KIND, opinion_id, {"row_key": custom_key(row_id)})
            self._delete_record(conn, ROW_KIND, row_id)

    def set_custom_row_label(self, row_id: int, label: str) -> None:
        self.update_record(ROW_KIND, row_id, {"label": label})

    # ---- questions ---------------------------------------------------------------------
    def list_questions(self, case_id: int) -> list[Question]:
        return self.load_records(QUESTION_KIND, case_id)

    def insert_question(self, case_id: int, question: Question, index: int) -> int:
        return self.insert_record(QUESTION_KIND, case_id, question, index)

    def delete_question(self, question_id: int) -> None:
        self.delete_record(QUESTION_KIND, question_id)

    def set_question_field(self, question_id: int, name: str, value: str) -> None:
        self.update_record(QUESTION_KIND, question_id, {name: value})

    def set_question_order(self, case_id: int, question_ids: list[int]) -> None:
        self.set_record_order(QUESTION_KIND, case_id, question_ids)
