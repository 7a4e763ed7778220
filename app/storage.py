"""The one storage module: SQLite through the standard sqlite3 module.

Every public write runs in its own explicit BEGIN IMMEDIATE transaction and is on
disk (WAL, synchronous=FULL) when the method returns, which is what lets the UI say
"Saved" honestly. Structural inserts accept the ids of a snapshot, so an undone
delete comes back exactly as it was.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from app import migrations
from app.aspects import CITATIONS, READINGS, custom_key
from app.datadir import DB_NAME, DataFolderError, make_private, prepare_private_dir
from app.domain import (
    ANSWER_PARTS,
    CASE_FIELDS,
    ENTRY_TYPES,
    OPINION_FIELDS,
    Answer,
    Case,
    CaseSummary,
    CustomRow,
    Opinion,
)
from app.questions import QUESTION_FIELDS, Question


class DataFileError(DataFolderError):
    """The data file is damaged or from a newer version; worded for the person."""


class RecordGone(LookupError):
    """A write matched nothing: what it belongs to is no longer stored (deleted meanwhile)."""


def _changed_one(cursor: sqlite3.Cursor, what: str) -> None:
    """An UPDATE or DELETE that matched no row is not a success."""
    if cursor.rowcount != 1:
        raise RecordGone(what)


class Database:
    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=FULL")
            mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise sqlite3.OperationalError(f"journal mode {mode}")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise DataFileError(
                f"The saved information in “{self.path}” could not be opened ({exc}). "
                "The file has not been changed. If you have a backup, you can restore it, "
                "or start the app with another data folder."
            ) from exc
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(str(self.path) + suffix))

    @classmethod
    def open_folder(cls, folder: Path) -> Database:
        return cls(prepare_private_dir(folder) / DB_NAME)

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
            self.conn = None

    @contextmanager
    def transaction(self):
        """One explicit write transaction. Whatever fails inside it, or in its COMMIT (a full
        disk is often only found then), is rolled back and raised, and the connection is left
        outside any transaction, so the next write starts cleanly."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn is not None and self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                # SQLite may already have rolled back by itself (a full disk, an I/O error);
                # the original error is the one worth raising
                pass

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.LATEST:
            raise sqlite3.DatabaseError("it was saved by a newer version of this app")
        for number in range(version, migrations.LATEST):
            with self.transaction() as conn:
                for statement in migrations.STEPS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version={number + 1}")

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    # ---- cases -------------------------------------------------------------------------
    def list_cases(self) -> list[CaseSummary]:
        rows = self.conn.execute("SELECT id, title, person FROM case_file ORDER BY position, id")
        return [CaseSummary(*row) for row in rows]

    def load_case(self, case_id: int) -> Case:
        row = self.conn.execute(
            f"SELECT id, {', '.join(CASE_FIELDS)} FROM case_file WHERE id=?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        case = Case(*row)
        for op_row in self.conn.execute(
                f"SELECT id, {', '.join(OPINION_FIELDS)} FROM opinion WHERE case_id=? "
                "ORDER BY position, id", (case_id,)).fetchall():
            case.opinions.append(self._load_opinion(Opinion(*op_row)))
        case.custom_rows = [CustomRow(*r) for r in self.conn.execute(
            "SELECT id, label FROM custom_row WHERE case_id=? ORDER BY position, id", (case_id,))]
        return case

    def _load_opinion(self, op: Opinion) -> Opinion:
        for key, text, choice, tags in self.conn.execute(
                "SELECT row_key, text, choice, tags FROM answer WHERE opinion_id=?", (op.id,)):
            op.answers[key] = Answer(text=text, choice=choice, tags=tuple(json.loads(tags)))
        for key in (READINGS, CITATIONS):
            kind = ENTRY_TYPES[key]
            entries = tuple(kind(**json.loads(f)) for (f,) in self.conn.execute(
                "SELECT fields FROM list_entry WHERE opinion_id=? AND row_key=? ORDER BY position",
                (op.id, key)))
            if entries:
                op.answers[key] = Answer(entries=entries)
        return op

    def insert_case(self, case: Case, index: int | None = None, questions=()) -> int:
        """Insert a whole case (new, or a snapshot being restored, with its questions) in one
        transaction, so a restore is all there or not at all; return its id."""
        with self.transaction() as conn:
            if index is None:
                index = conn.execute("SELECT COALESCE(MAX(position)+1, 0) FROM case_file").fetchone()[0]
            else:
                conn.execute("UPDATE case_file SET position=position+1 WHERE position>=?", (index,))
            values = [getattr(case, f) for f in CASE_FIELDS]
            cur = conn.execute(
                f"INSERT INTO case_file (id, position, {', '.join(CASE_FIELDS)}) "
                f"VALUES (?, ?, {', '.join('?' * len(CASE_FIELDS))})",
                [case.id or None, index, *values])
            case_id = cur.lastrowid
            for pos, op in enumerate(case.opinions):
                self._insert_opinion(conn, case_id, op, pos)
            for pos, row in enumerate(case.custom_rows):
                conn.execute("INSERT INTO custom_row (id, case_id, position, label) VALUES (?,?,?,?)",
                             (row.id or None, case_id, pos, row.label))
            for pos, question in enumerate(questions):
                self._insert_question(conn, case_id, question, pos)
        return case_id

    def case_position(self, case_id: int) -> int:
        ids = [c.id for c in self.list_cases()]
        return ids.index(case_id)

    def delete_case(self, case_id: int) -> None:
        with self.transaction() as conn:
            _changed_one(conn.execute("DELETE FROM case_file WHERE id=?", (case_id,)), "case")

    def set_case_field(self, case_id: int, name: str, value: str) -> None:
        if name not in CASE_FIELDS:
            raise ValueError(name)
        with self.transaction() as conn:
            _changed_one(conn.execute(f"UPDATE case_file SET {name}=? WHERE id=?", (value, case_id)), "case")

    # ---- opinions ----------------------------------------------------------------------
    def _insert_opinion(self, conn, case_id: int, op: Opinion, position: int) -> int:
        cur = conn.execute(
            f"INSERT INTO opinion (id, case_id, position, {', '.join(OPINION_FIELDS)}) "
            f"VALUES (?, ?, ?, {', '.join('?' * len(OPINION_FIELDS))})",
            [op.id or None, case_id, position, *(getattr(op, f) for f in OPINION_FIELDS)])
        op_id = cur.lastrowid
        for key, answer in op.answers.items():
            for part in ANSWER_PARTS:
                value = getattr(answer, part)
                if value:
                    self._write_answer(conn, op_id, key, part, value)
        return op_id

    def insert_opinion(self, case_id: int, op: Opinion, index: int) -> int:
        with self.transaction() as conn:
            self._require(conn, "case_file", case_id)
            conn.execute("UPDATE opinion SET position=position+1 WHERE case_id=? AND position>=?",
                         (case_id, index))
            return self._insert_opinion(conn, case_id, op, index)

    def delete_opinion(self, opinion_id: int) -> None:
        with self.transaction() as conn:
            _changed_one(conn.execute("DELETE FROM opinion WHERE id=?", (opinion_id,)), "opinion")

    def set_opinion_order(self, case_id: int, opinion_ids: list[int]) -> None:
        with self.transaction() as conn:
            for pos, op_id in enumerate(opinion_ids):
                _changed_one(conn.execute("UPDATE opinion SET position=? WHERE id=? AND case_id=?",
                                          (pos, op_id, case_id)), "opinion")

    def set_opinion_field(self, opinion_id: int, name: str, value: str) -> None:
        if name not in OPINION_FIELDS:
            raise ValueError(name)
        with self.transaction() as conn:
            _changed_one(conn.execute(f"UPDATE opinion SET {name}=? WHERE id=?", (value, opinion_id)), "opinion")

    # ---- answers -----------------------------------------------------------------------
    def set_answer(self, opinion_id: int, row_key: str, part: str, value) -> None:
        with self.transaction() as conn:
            self._require(conn, "opinion", opinion_id)
            self._write_answer(conn, opinion_id, row_key, part, value)

    @staticmethod
    def _require(conn, table: str, row_id: int) -> None:
        """Writing under a parent that is gone would fail on its foreign key, which reads
        like a bug; say what really happened."""
        if conn.execute(f"SELECT 1 FROM {table} WHERE id=?", (row_id,)).fetchone() is None:
            raise RecordGone(table)

    @staticmethod
    def _write_answer(conn, opinion_id: int, row_key: str, part: str, value) -> None:
        if part == "entries":
            conn.execute("DELETE FROM list_entry WHERE opinion_id=? AND row_key=?", (opinion_id, row_key))
            conn.executemany(
                "INSERT INTO list_entry (opinion_id, row_key, position, fields) VALUES (?,?,?,?)",
                [(opinion_id, row_key, i, json.dumps(e.__dict__, ensure_ascii=False))
                 for i, e in enumerate(value)])
            return
        if part not in ("text", "choice", "tags"):
            raise ValueError(part)
        stored = json.dumps(list(value), ensure_ascii=False) if part == "tags" else value
        conn.execute("INSERT OR IGNORE INTO answer (opinion_id, row_key) VALUES (?, ?)",
                     (opinion_id, row_key))
        conn.execute(f"UPDATE answer SET {part}=? WHERE opinion_id=? AND row_key=?",
                     (stored, opinion_id, row_key))

    # ---- the person's own rows ---------------------------------------------------------
    def insert_custom_row(self, case_id: int, row: CustomRow, index: int, answers=None) -> int:
        """Insert one of the person's rows, with any answers being restored, in one transaction."""
        with self.transaction() as conn:
            self._require(conn, "case_file", case_id)
            conn.execute("UPDATE custom_row SET position=position+1 WHERE case_id=? AND position>=?",
                         (case_id, index))
            row_id = conn.execute(
                "INSERT INTO custom_row (id, case_id, position, label) VALUES (?,?,?,?)",
                (row.id or None, case_id, index, row.label)).lastrowid
            for opinion_id, answer in (answers or {}).items():
                for part in ANSWER_PARTS:
                    if getattr(answer, part):
                        self._write_answer(conn, opinion_id, custom_key(row_id), part, getattr(answer, part))
        return row_id

    def delete_custom_row(self, case_id: int, row_id: int) -> None:
        """Delete one of the person's rows and every opinion's answer in it, together."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM answer WHERE row_key=? AND opinion_id IN "
                         "(SELECT id FROM opinion WHERE case_id=?)", (custom_key(row_id), case_id))
            _changed_one(conn.execute("DELETE FROM custom_row WHERE id=?", (row_id,)), "row")

    def set_custom_row_label(self, row_id: int, label: str) -> None:
        with self.transaction() as conn:
            _changed_one(conn.execute("UPDATE custom_row SET label=? WHERE id=?", (label, row_id)), "row")

    # ---- questions ---------------------------------------------------------------------
    def list_questions(self, case_id: int) -> list[Question]:
        return [Question(*row) for row in self.conn.execute(
            f"SELECT id, {', '.join(QUESTION_FIELDS)} FROM question WHERE case_id=? "
            "ORDER BY position, id", (case_id,))]

    def insert_question(self, case_id: int, question: Question, index: int) -> int:
        with self.transaction() as conn:
            self._require(conn, "case_file", case_id)
            conn.execute("UPDATE question SET position=position+1 WHERE case_id=? AND position>=?",
                         (case_id, index))
            return self._insert_question(conn, case_id, question, index)

    @staticmethod
    def _insert_question(conn, case_id: int, question: Question, position: int) -> int:
        return conn.execute(
            f"INSERT INTO question (id, case_id, position, {', '.join(QUESTION_FIELDS)}) "
            f"VALUES (?, ?, ?, {', '.join('?' * len(QUESTION_FIELDS))})",
            [question.id or None, case_id, position, *(getattr(question, f) for f in QUESTION_FIELDS)]).lastrowid

    def delete_question(self, question_id: int) -> None:
        with self.transaction() as conn:
            _changed_one(conn.execute("DELETE FROM question WHERE id=?", (question_id,)), "question")

    def set_question_field(self, question_id: int, name: str, value: str) -> None:
        if name not in QUESTION_FIELDS:
            raise ValueError(name)
        with self.transaction() as conn:
            _changed_one(conn.execute(f"UPDATE question SET {name}=? WHERE id=?", (value, question_id)), "question")

    def set_question_order(self, case_id: int, question_ids: list[int]) -> None:
        with self.transaction() as conn:
            for pos, q_id in enumerate(question_ids):
                _changed_one(conn.execute("UPDATE question SET position=? WHERE id=? AND case_id=?",
                                          (pos, q_id, case_id)), "question")
