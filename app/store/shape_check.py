"""Is a data file shaped as its schema version says, and does every stored value read as what
it should be? Part of the start-up check (app.store.data_check), read-only.
"""
from __future__ import annotations

import functools
import sqlite3

from app.model.words import say
from app.store import migrations

JSON_COLUMNS = {("answer", "tags"): list, ("list_entry", "fields"): dict}  # stored as JSON text


@functools.lru_cache(maxsize=4)
def expected_columns(version: int) -> dict[str, list[str]]:
    """The tables and columns a file at this schema version must have: written down in
    app.store.schema_shapes, or worked out from the migrations for a version not written yet."""
    from app.store.schema_shapes import SHAPES
    return SHAPES.get(version) or shape_from_migrations(version)


def shape_from_migrations(version: int) -> dict[str, list[str]]:
    """The tables and columns the migrations up to `version` make, on a scratch database."""
    ref = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in migrations.STEPS[:version]:
            step(ref)
        names = [n for (n,) in ref.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        return {n: [r[1] for r in ref.execute(f"PRAGMA table_info({n})")] for n in names}
    finally:
        ref.close()


def _columns(conn) -> dict[str, dict[str, str]]:
    """Every table's columns in order, with their declared types (upper case), in one query
    (a PRAGMA table_info per table was two dozen statements at every start)."""
    found: dict[str, dict[str, str]] = {}
    for table, column, declared in conn.execute(
            "SELECT m.name, p.name, upper(p.type) FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table' ORDER BY m.name, p.cid"):
        found.setdefault(table, {})[column] = declared
    return found


def shape_problem(conn, version: int) -> str:
    """What is wrong with the file's tables, then with its stored values ("" when nothing): the
    tables and their columns are read once for both."""
    if version == 0 and conn.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]:
        # not ours: a file of some other program, or another file's -wal laid over this one
        return say("it holds something other than this app's information.")
    have = _columns(conn)
    return _schema_problem(version, have) or _content_problem(conn, version, have)


def _schema_problem(version: int, have: dict[str, dict[str, str]]) -> str:
    for table, columns in expected_columns(version).items():
        if table not in have:
            return say("a part of it that holds your information (the “{table}” table) is missing.", table=table)
        if list(have[table]) != columns:
            return say("a part of it that holds your information (the “{table}” table) is not as it should be.",
                       table=table)
    return ""


def _content_problem(conn, version: int, info: dict[str, dict[str, str]]) -> str:
    """Read every stored value once, in SQLite's C code, in a few statements for all tables
    together (one per table per check cost ~4 ms at every start): text must be text and valid
    UTF-8, numbers numbers, stored lists valid JSON. The table is named in what the person is
    told; when the text of all tables together does not read, each is read again to find it."""
    tables = expected_columns(version)
    stored_as = {"TEXT": "text", "BLOB": "blob"}  # the declared type; any other is an integer
    # names quoted: a column may be called like an SQL word ("values", "when")
    wrong_kind = [f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM {table} WHERE " + " OR ".join(
        f"typeof(\"{c}\") != '{stored_as.get(info[table][c], 'integer')}'" for c in columns) + ")"
        for table, columns in tables.items() if columns]
    found = conn.execute(" UNION ALL ".join(wrong_kind) + " LIMIT 1").fetchone() if wrong_kind else None
    if found:
        return say("a stored value (in “{table}”) is not of the right kind.", table=found[0])
    texts = {table: [c for c in columns if info[table][c] == "TEXT"] for table, columns in tables.items()}
    texts = {table: columns for table, columns in texts.items() if columns}
    if texts and not _reads_as_utf8(conn, texts):
        for table, columns in texts.items():
            if not _reads_as_utf8(conn, {table: columns}):
                return say("some stored text (in “{table}”) is not readable.", table=table)
    lists = [f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM {table} WHERE NOT json_valid({column}) "
             f"OR json_type({column}) != '{'array' if shape is list else 'object'}')"
             for (table, column), shape in JSON_COLUMNS.items() if table in tables]
    found = conn.execute(" UNION ALL ".join(lists) + " LIMIT 1").fetchone() if lists else None
    if found:
        return say("a stored list (in “{table}”) is not readable.", table=found[0])
    return ""


def _reads_as_utf8(conn, texts: dict[str, list[str]]) -> bool:
    """Whether every text column of these tables is valid UTF-8, read as bytes in one statement
    (ASCII newlines between values keep any broken UTF-8 sequence broken)."""
    rows = " UNION ALL ".join(
        "SELECT " + " || char(10) || ".join(f"CAST(\"{c}\" AS BLOB)" for c in columns) + f" AS b FROM {table}"
        for table, columns in texts.items())
    blob = conn.execute(f"SELECT CAST(group_concat(b, char(10)) AS BLOB) FROM ({rows})").fetchone()[0]
    try:
        bytes(blob or b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
