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


# 4: appointments per case, and the records checklist of each opinion (kept per case, naming the
# opinion by id in a text field; the usual items are stored only once the person changes them)
SQL_4 = """
    CREATE TABLE IF NOT EXISTS appointment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        on_date TEXT NOT NULL DEFAULT '',
        at_time TEXT NOT NULL DEFAULT '',
        opinion TEXT NOT NULL DEFAULT '',
        doctor TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        bring TEXT NOT NULL DEFAULT '',
        calendar_uid TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS appointment_by_case ON appointment(case_id, position);
    CREATE TABLE IF NOT EXISTS checklist_item (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        opinion TEXT NOT NULL DEFAULT '',
        item TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT '',
        requested_on TEXT NOT NULL DEFAULT '',
        sent_on TEXT NOT NULL DEFAULT '',
        received_on TEXT NOT NULL DEFAULT '',
        sent_to TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS checklist_item_by_case ON checklist_item(case_id, position);
    """


def appointments_and_checklists(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_4)


# 6: the decision worksheet of a case — the decision and lean (one per case), the
# options with the same fields each, what matters most, and every dated SURE check
SQL_WORKSHEET = """
    CREATE TABLE decision (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        statement TEXT NOT NULL DEFAULT '',
        lean TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX decision_by_case ON decision(case_id);
    CREATE TABLE decision_option (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        involves TEXT NOT NULL DEFAULT '',
        benefits TEXT NOT NULL DEFAULT '',
        risks TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX decision_option_by_case ON decision_option(case_id, position);
    CREATE TABLE decision_value (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        importance TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX decision_value_by_case ON decision_value(case_id, position);
    CREATE TABLE sure_result (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        taken_on TEXT NOT NULL DEFAULT '',
        sure TEXT NOT NULL DEFAULT '',
        understand TEXT NOT NULL DEFAULT '',
        risk_benefit TEXT NOT NULL DEFAULT '',
        encouragement TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sure_result_by_case ON sure_result(case_id, position);
    """


def decision_worksheet(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_WORKSHEET)


# 5: each doctor's answer to a question (with a copy of
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


# 8 (moving a case between laptops): a stable id (uid) on every record of every Kind,
# when each field was last changed, and which records were deleted (app.store.record_history).
# Found from the schema, not from today's Kinds: every table with an `id` and a `position` is a
# Kind's. Safe in any order with other steps: a table that has a uid already is left as it is.
SQL_7 = """
    CREATE TABLE IF NOT EXISTS exchange_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS field_stamp (
        tbl TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL,
        changed_at TEXT NOT NULL, laptop TEXT NOT NULL, seen TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (tbl, uid, field)
    );
    CREATE TABLE IF NOT EXISTS tombstone (
        tbl TEXT NOT NULL, uid TEXT NOT NULL, deleted_at TEXT NOT NULL, laptop TEXT NOT NULL,
        PRIMARY KEY (tbl, uid)
    );
    CREATE TABLE IF NOT EXISTS laptop (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
    CREATE TABLE IF NOT EXISTS merge_conflict (
        id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, uid TEXT NOT NULL, field TEXT NOT NULL,
        kept TEXT NOT NULL, other TEXT NOT NULL, other_laptop TEXT NOT NULL, other_changed_at TEXT NOT NULL,
        merged_at TEXT NOT NULL
    )
    """


# 7: documents the person attaches (app.model.documents): the listed record per case, and each
# content once (by SHA-256) in chunks of at most 1 MB, so a 200 MB file is written and read a piece
# at a time by either SQLite or SQLCipher (which has no incremental blob I/O); the bytes live in the
# data file, so backups carry them and the passphrase lock encrypts them with everything else
SQL_DOCUMENTS = """
    CREATE TABLE IF NOT EXISTS document (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL DEFAULT '',
        added_on TEXT NOT NULL DEFAULT '',
        size TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL DEFAULT '',
        media TEXT NOT NULL DEFAULT '',
        attached_to TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS document_by_case ON document(case_id, position);
    CREATE TABLE IF NOT EXISTS document_content (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS document_chunk (
        sha256 TEXT NOT NULL REFERENCES document_content(sha256) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (sha256, seq)
    )
    """


def exchange_ids(conn: sqlite3.Connection) -> None:
    import platform
    import uuid
    run_sql(conn, SQL_7)
    tables = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if not {"id", "position"} <= columns:
            continue
        if "uid" not in columns:
            conn.execute(f'ALTER TABLE "{table}" ADD COLUMN uid TEXT')
        for (record_id,) in conn.execute(f'SELECT id FROM "{table}" WHERE uid IS NULL OR uid = \'\'').fetchall():
            conn.execute(f'UPDATE "{table}" SET uid=? WHERE id=?', (str(uuid.uuid4()), record_id))
        conn.execute(f'CREATE UNIQUE INDEX IF NOT EXISTS "{table}_by_uid" ON "{table}"(uid)')
    me = str(uuid.uuid4())
    conn.execute("INSERT OR IGNORE INTO exchange_meta (key, value) VALUES ('laptop', ?)", (me,))
    me = conn.execute("SELECT value FROM exchange_meta WHERE key='laptop'").fetchone()[0]
    conn.execute("INSERT OR IGNORE INTO laptop (id, name) VALUES (?, ?)", (me, platform.node() or "this laptop"))


def documents(conn: sqlite3.Connection) -> None:
    run_sql(conn, SQL_DOCUMENTS)


# 9: an opinion's answers and list entries become records of the record layer (app.store.kinds
# ANSWER_KIND, ENTRY_KIND): each gets an id and a place. The old columns come first and every row
# is copied unchanged. No uid: a merge or an export names an answer "<opinion uid>|<row>"
# (app.store.record_history.answer_ref), as before. Entries are ordered per (opinion, row) by an
# index, not a unique key: inserting at a place shifts the places after it one row at a time.
SQL_ANSWERS_AND_ENTRIES = """
    DROP TABLE answer;
    DROP TABLE list_entry;
    CREATE TABLE answer (
        opinion_id INTEGER NOT NULL REFERENCES opinion(id) ON DELETE CASCADE,
        row_key TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        choice TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (opinion_id, row_key)
    );
    CREATE TABLE list_entry (
        opinion_id INTEGER NOT NULL REFERENCES opinion(id) ON DELETE CASCADE,
        row_key TEXT NOT NULL,
        position INTEGER NOT NULL,
        fields TEXT NOT NULL,
        id INTEGER PRIMARY KEY AUTOINCREMENT
    );
    CREATE INDEX list_entry_by_answer ON list_entry(opinion_id, row_key, position)
    """


def answers_and_entries_as_records(conn: sqlite3.Connection) -> None:
    """The rows are held in memory while the tables are made again (not in a TEMP table, which may
    be written to a temporary file outside the data folder, unencrypted): the new tables take the
    old ones' pages, so the file gains no free pages (a full disk stays full)."""
    answers = conn.execute("SELECT opinion_id, row_key, text, choice, tags FROM answer "
                           "ORDER BY opinion_id, row_key").fetchall()
    entries = conn.execute("SELECT opinion_id, row_key, position, fields FROM list_entry "
                           "ORDER BY opinion_id, row_key, position").fetchall()
    run_sql(conn, SQL_ANSWERS_AND_ENTRIES)
    conn.executemany("INSERT INTO answer (opinion_id, row_key, text, choice, tags) VALUES (?, ?, ?, ?, ?)",
                     answers)
    conn.executemany("INSERT INTO list_entry (opinion_id, row_key, position, fields) VALUES (?, ?, ?, ?)",
                     entries)


STEPS: tuple[Step, ...] = (
    cases_opinions_answers,  # -> version 1
    questions,               # -> version 2
    row_marks,               # -> version 3
    appointments_and_checklists,  # -> version 4
    questions_answers_and_third_opinions,  # -> version 5
    decision_worksheet,      # -> version 6
    documents,               # -> version 7
    exchange_ids,            # -> version 8: every kind's table (then) gets its stable uid
    answers_and_entries_as_records,  # -> version 9 (answers and entries need no uid of their own)
)

LATEST = len(STEPS)
