"""Ordered schema steps. PRAGMA user_version is the number of steps applied.

Each step is a function `(conn) -> None`. Database._migrate runs each one in its own
transaction and sets user_version in the same transaction, so a step that fails half-way
leaves the file exactly as it was at the version before. A step may run SQL and fix data in
Python (read rows, change them, write them back) with the connection it is given; it must not
COMMIT, and must not use executescript (which commits the open transaction first): `run_sql`
runs a script one statement at a time instead.

Never edit a step that has shipped: add a new one at the end, and a fixture of the version
before it in tests/data/ (tests/data/make_fixtures.py).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

Step = Callable[[sqlite3.Connection], None]


def run_sql(conn: sqlite3.Connection, script: str) -> None:
    """Run a script of statements separated by ';' (none may contain a ';' inside a literal)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


# 1: cases, opinions, answers, list entries and the person's own rows (shipped: never edit)
SQL_1 = """
    CREATE TABLE case_file (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        diagnosis TEXT NOT NULL DEFAULT '',
        diagnosed_on TEXT NOT NULL DEFAULT '',
        decide_by TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE opinion (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        doctor TEXT NOT NULL DEFAULT '',
        specialty TEXT NOT NULL DEFAULT '',
        institution TEXT NOT NULL DEFAULT '',
        visit_date TEXT NOT NULL DEFAULT '',
        delivery TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX opinion_by_case ON opinion(case_id, position);
    CREATE TABLE custom_row (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE answer (
        opinion_id INTEGER NOT NULL REFERENCES opinion(id) ON DELETE CASCADE,
        row_key TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        choice TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (opinion_id, row_key)
    );
    CREATE TABLE list_entry (
        opinion_id INTEGER NOT NULL REFERENCES opinion(id) ON DELETE CASCADE,
        row_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        fields TEXT NOT NULL,
        PRIMARY KEY (opinion_id, row_key, position)
    );
    """

# 2: the person's question list for each case (guide questions, typed ones) (shipped: never edit)
SQL_2 = """
    CREATE TABLE question (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'to ask'
    );
    CREATE INDEX question_by_case ON question(case_id, position);
    """


def cases_opinions_answers(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_1)


def questions(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_2)


# 3: the person's own mark on a row of the comparison (agree, differ, unclear, not
# discussed): at most one per row of a case
SQL_3 = """
    CREATE TABLE row_mark (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        row_key TEXT NOT NULL DEFAULT '',
        mark TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX row_mark_by_row ON row_mark(case_id, row_key);
    """


def row_marks(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_3)


# 5 (brief D; the lead renumbers on merge): each doctor's answer to a question (with a copy of
# the doctor's name, so it outlives the opinion) and the person's third-opinion plan per row
SQL_ANSWERS_AND_PLANS = """
    CREATE TABLE question_answer (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        question_id TEXT NOT NULL DEFAULT '',
        opinion_id TEXT NOT NULL DEFAULT '',
        doctor TEXT NOT NULL DEFAULT '',
        asked TEXT NOT NULL DEFAULT '',
        answer TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX question_answer_by_case ON question_answer(case_id, position);
    CREATE TABLE third_opinion_plan (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        row_key TEXT NOT NULL DEFAULT '',
        specialist TEXT NOT NULL DEFAULT '',
        whom TEXT NOT NULL DEFAULT '',
        by_when TEXT NOT NULL DEFAULT '',
        send TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX third_opinion_plan_by_row ON third_opinion_plan(case_id, row_key)
    """


def questions_answers_and_third_opinions(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_ANSWERS_AND_PLANS)


STEPS: tuple[Step, ...] = (
    cases_opinions_answers,  # -> version 1
    questions,               # -> version 2
    row_marks,               # -> version 3
    questions_answers_and_third_opinions,  # -> version 5 in the brief (the lead renumbers)
)

LATEST = len(STEPS)
