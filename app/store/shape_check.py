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


def schema_problem(conn, version: int) -> str:
    if version == 0 and conn.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0]:
        # not ours: a file of some other program, or another file's -wal laid over this one
        return say("it holds something other than this app's information.")
    for table, columns in expected_columns(version).items():
        have = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if not have:
            return say("a part of it that holds your information (the “{table}” table) is missing.", table=table)
        if have != columns:
            return say("a part of it that holds your information (the “{table}” table) is not as it should be.",
                       table=table)
    return ""


def content_problem(conn) -> str:
    """Read every stored value once, in SQLite's C code (a few ms would show in start-up time):
    text must be text and valid UTF-8, numbers numbers, stored lists valid JSON."""
    for table, columns in expected_columns(conn.execute("PRAGMA user_version").fetchone()[0]).items():
        info = {r[1]: r[2].upper() for r in conn.execute(f"PRAGMA table_info({table})")}
        stored_as = {"TEXT": "text", "BLOB": "blob"}  # the declared type; any other is an integer
        # names quoted: a column may be called like an SQL word ("values", "when")
        wrong_kind = " OR ".join(
            f"typeof(\"{c}\") != '{stored_as.get(info[c], 'integer')}'" for c in columns)
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {wrong_kind})").fetchone()[0]:
            return say("a stored value (in “{table}”) is not of the right kind.", table=table)
        texts = [c for c in columns if info[c] == "TEXT"]
        if texts:
            # ASCII newlines between values keep any broken UTF-8 sequence broken
            joined = " || char(10) || ".join(f"CAST(\"{c}\" AS BLOB)" for c in texts)
            blob = conn.execute(f"SELECT CAST(group_concat({joined}, char(10)) AS BLOB) FROM {table}").fetchone()[0]
            try:
                bytes(blob or b"").decode("utf-8")
            except UnicodeDecodeError:
                return say("some stored text (in “{table}”) is not readable.", table=table)
        for (jtable, column), shape in JSON_COLUMNS.items():
            if jtable == table:
                kind = "array" if shape is list else "object"
                bad = conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE NOT json_valid({column}) "
                                   f"OR json_type({column}) != '{kind}')").fetchone()[0]
                if bad:
                    return say("a stored list (in “{table}”) is not readable.", table=table)
    return ""
