"""What a merge between laptops needs to know about each record: a stable id, when each field was
last changed (and which versions of it the value already holds), and which records were deleted.

- Every table of every Kind but answers and list entries has a `uid` column (migration step
  `exchange_ids`): a uuid4 given on insert, the same on every laptop the record travels to. Local
  `id`s differ between laptops.
- `field_stamp` holds, per (table, uid, field), when the field was last changed, on which laptop,
  and `seen`: for each laptop, the newest of its changes this value already includes (a small
  version vector). A merge keeps the value that includes the other; when neither includes the
  other, both sides changed it since they parted (app.workspace.merge keeps both).
  Answers and list entries are Kinds (app.store.kinds ANSWER_KIND, ENTRY_KIND) without a uid of
  their own: an answer is named by its opinion and row, and its stamps (one per part, the entries
  of a list as one part) use table "answer" and uid "<opinion uid>|<row>", where row is the aspect
  key or "custom:<row uid>" for the person's own rows.
- `tombstone` remembers each deleted record's uid, so a merge never brings it back. Deletions are
  recorded by temporary triggers on this connection (they also see rows removed by ON DELETE
  CASCADE), with the time from the Database's clock.

Times are UTC ISO text with microseconds ("2026-11-26T07:49:26.123456Z"): they sort as text.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

ANSWER_TABLE = "answer"
CUSTOM_REF = "custom:"  # a custom row in an answer's reference: "custom:<row uid>"


def new_uid() -> str:
    import uuid  # on first use: ~10 ms of start-up otherwise, and no record is made before the window
    return str(uuid.uuid4())


def stamp_text(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.astimezone()  # a naive time is this computer's local time
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_now() -> datetime:
    return datetime.now(UTC)


def uid_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables that hold records of a Kind and carry a uid (in schema order), in one query
    (a PRAGMA table_info per table was ~40 statements at every start)."""
    return [n for (n,) in conn.execute(
        "SELECT m.name FROM sqlite_master AS m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND (SELECT count(*) FROM pragma_table_info(m.name) AS p WHERE p.name IN ('id', 'position', 'uid')) = 3 "
        "ORDER BY m.rowid")]


def laptop_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM exchange_meta WHERE key='laptop'").fetchone()
    return row[0] if row else ""


def has_history(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='tombstone'").fetchone() \
        is not None


def install_triggers(conn: sqlite3.Connection, now_text, laptop: str, tables: list[str] | None = None) -> None:
    """Per-connection functions and TEMP triggers that record deletions with our clock.
    `now_text`: a callable returning the stamp text of now; `tables`: uid_tables(conn), when
    the caller has it already."""
    conn.create_function("exchange_now", 0, now_text)
    conn.create_function("exchange_laptop", 0, lambda: laptop)
    if tables is None:
        if not has_history(conn):
            return
        tables = uid_tables(conn)
    for table in tables:
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "remember_deleted_{table}" AFTER DELETE ON main."{table}" '
            "WHEN old.uid IS NOT NULL BEGIN "
            "INSERT OR IGNORE INTO tombstone (tbl, uid, deleted_at, laptop) "
            f"VALUES ('{table}', old.uid, exchange_now(), exchange_laptop()); END")


def uid_of(conn: sqlite3.Connection, table: str, record_id: int) -> str | None:
    row = conn.execute(f'SELECT uid FROM "{table}" WHERE id=?', (record_id,)).fetchone()
    return row[0] if row else None


def answer_ref(conn: sqlite3.Connection, opinion_id: int, row_key: str) -> str | None:
    """The stable name of one opinion's answer on one row: "<opinion uid>|<row>"."""
    op_uid = uid_of(conn, "opinion", opinion_id)
    if op_uid is None:
        return None
    if row_key.startswith(CUSTOM_REF):
        row_uid = uid_of(conn, "custom_row", int(row_key.removeprefix(CUSTOM_REF)))
        if row_uid is None:
            return None
        row_key = CUSTOM_REF + row_uid
    return f"{op_uid}|{row_key}"


def read_stamp(conn: sqlite3.Connection, table: str, uid: str, field: str) -> tuple[str, str, dict]:
    row = conn.execute("SELECT changed_at, laptop, seen FROM field_stamp WHERE tbl=? AND uid=? AND field=?",
                       (table, uid, field)).fetchone()
    if row is None:
        return "", "", {}
    return row[0], row[1], json.loads(row[2])


def write_stamp(conn: sqlite3.Connection, table: str, uid: str, field: str, changed_at: str, laptop: str,
                seen: dict) -> None:
    conn.execute("INSERT OR REPLACE INTO field_stamp (tbl, uid, field, changed_at, laptop, seen) "
                 "VALUES (?,?,?,?,?,?)", (table, uid, field, changed_at, laptop,
                                          json.dumps(seen, sort_keys=True)))


def stamp_edit(conn: sqlite3.Connection, table: str, uid: str | None, field: str, now: str, laptop: str) -> None:
    """A local edit of one field: it now includes every version it was made on top of, and itself."""
    if not uid or not laptop:
        return
    _, _, seen = read_stamp(conn, table, uid, field)
    seen[laptop] = max(now, seen.get(laptop, ""))
    write_stamp(conn, table, uid, field, now, laptop, seen)


def fill_missing_uids(conn: sqlite3.Connection) -> None:
    """Records written by a connection without the record layer (or before step `exchange_ids`)."""
    for table in uid_tables(conn):
        for (record_id,) in conn.execute(f'SELECT id FROM "{table}" WHERE uid IS NULL').fetchall():
            conn.execute(f'UPDATE "{table}" SET uid=? WHERE id=?', (new_uid(), record_id))
