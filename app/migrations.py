"""Ordered schema steps. PRAGMA user_version is the number of steps applied.

Never edit a step that has shipped: add a new one at the end.
"""
from __future__ import annotations

STEPS: tuple[str, ...] = (
    # 1: cases, opinions, answers, list entries and the person's own rows
    """
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
    """,
    # 2: the person's question list for each case (guide questions, typed ones)
    """
    CREATE TABLE question (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'to ask'
    );
    CREATE INDEX question_by_case ON question(case_id, position);
    """,
    # 3: the person's own mark on a row of the comparison (agree, differ, unclear, not
    # discussed): at most one per row of a case
    """
    CREATE TABLE row_mark (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        row_key TEXT NOT NULL DEFAULT '',
        mark TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX row_mark_by_row ON row_mark(case_id, row_key);
    """,
)

LATEST = len(STEPS)
