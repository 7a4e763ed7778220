"""What an export carries: the records of a case (or of everything), found from the Kinds alone.

Every Kind described in app.store.kinds whose table has a stable `uid` travels: a kind added
there later (appointments, a worksheet, …) comes along with no code here. Records refer to their
parent by uid; a field called `row_key` that names one of the person's own rows
("custom:<local id>") is written as "custom:<row uid>", the same on every laptop. Answers (not a
Kind) travel per opinion and row, each part with its stamp. Every remembered deletion travels
too (ids and times only, no text), so a merge never brings a deleted record back. Attached
documents travel as records, and their bytes once per content (app.workspace.exchange_documents).

The payload is plain JSON data (docs/EXPORT-FORMAT.md); `validate` checks its shape strictly,
so a damaged or hand-made file is refused with DamagedExportFile before anything is written.
"""
from __future__ import annotations

import json
from pathlib import Path

from app.model.aspects import CITATIONS, READINGS
from app.model.documents import DOCUMENT
from app.model.words import say
from app.store import exchange_format, kinds, record_history
from app.store.exchange_format import DamagedExportFile
from app.store.kinds import ANSWER_KIND, ENTRY_KIND, Kind, StoredAnswer, StoredEntry
from app.store.storage import Database
from app.workspace import exchange_documents

ENTRY_KEYS = (READINGS, CITATIONS)
PARTS = ("text", "choice", "tags", "entries")
MAX_TEXT = 10_000_000  # one field; a whole file is bounded by exchange_format


# tables of uid kinds an export leaves out (none since version 2 carries documents' bytes)
NOT_EXPORTED: frozenset[str] = frozenset()


def exchange_kinds(db: Database) -> list[Kind]:
    """Every Kind with a uid table (less NOT_EXPORTED), parents before children."""
    found: dict[str, Kind] = {}
    for value in vars(kinds).values():
        if isinstance(value, Kind) and value.table in db._uid_tables and value.table not in NOT_EXPORTED:
            found.setdefault(value.table, value)
    for value in kinds.LIST_KINDS.values():
        if value.table in db._uid_tables and value.table not in NOT_EXPORTED:
            found.setdefault(value.table, value)
    ordered: list[Kind] = []
    while found:
        ready = [k for k in found.values() if k.parent_table is None or k.parent_table not in found]
        if not ready:  # a cycle cannot be described by Kinds; keep going rather than loop
            ready = list(found.values())
        for kind in ready:
            ordered.append(found.pop(kind.table))
    return ordered


def _stamps(conn, table: str, uid: str) -> dict:
    return {field: [changed_at, laptop, json.loads(seen)] for field, changed_at, laptop, seen in conn.execute(
        "SELECT field, changed_at, laptop, seen FROM field_stamp WHERE tbl=? AND uid=?", (table, uid))}


def custom_ref_out(conn, value: str) -> str:
    """"custom:<local id>" -> "custom:<row uid>" (other values as they are)."""
    if value.startswith(record_history.CUSTOM_REF):
        number = value.removeprefix(record_history.CUSTOM_REF)
        if number.isdigit():
            uid = record_history.uid_of(conn, "custom_row", int(number))
            if uid:
                return record_history.CUSTOM_REF + uid
    return value


def ref_out(conn, table: str, value: str) -> str:
    """A field naming another record by this laptop's id, as exchanged: that record's uid
    ('' when it names nothing, or a record that is gone)."""
    if not value.isdigit():
        return ""
    return record_history.uid_of(conn, table, int(value)) or ""


def collect(db: Database, case_id: int | None = None) -> dict:
    """The payload of an export of one case, or of everything when case_id is None."""
    with db.transaction() as conn:  # records written without the record layer get their uid now
        record_history.fill_missing_uids(conn)
    conn = db.conn
    records, answers, shas = [], [], []
    chosen: dict[str, dict[int, str]] = {}  # table -> the ids exported, with their uids
    for kind in exchange_kinds(db):
        columns = ["id", "uid", "position", *(kind.parent_column and [kind.parent_column] or [])]
        rows = conn.execute(f"SELECT {', '.join(columns)}, {kind.columns()} FROM {kind.table} "
                            "ORDER BY position, id").fetchall()
        mine = chosen.setdefault(kind.table, {})
        for row in rows:
            record_id, uid, position = row[:3]
            parent_id = row[3] if kind.parent_column else None
            values = row[4:] if kind.parent_column else row[3:]
            if kind.parent_table is None:
                if case_id is not None and record_id != case_id:
                    continue
                parent_uid = None
            else:
                if parent_id not in chosen.get(kind.parent_table, {}):
                    continue
                parent_uid = chosen[kind.parent_table][parent_id]
            mine[record_id] = uid
            fields = dict(zip(kind.stored_fields(), values))
            if "row_key" in fields:
                fields["row_key"] = custom_ref_out(conn, fields["row_key"])
            for name, table in kind.refs:  # another record's id here is its uid there
                fields[name] = ref_out(conn, table, fields[name])
            if kind.name == DOCUMENT:
                fields["attached_to"] = exchange_documents.attached_out(conn, custom_ref_out, fields["attached_to"])
                shas.append(fields["sha256"])
            records.append({"kind": kind.name, "uid": uid, "parent": parent_uid, "position": position,
                            "fields": fields, "stamps": _stamps(conn, kind.table, uid)})
    for opinion_id in sorted(chosen.get("opinion", ())):
        answers.extend(_answers_of(db, opinion_id))
    tables = {kind.table: kind.name for kind in exchange_kinds(db)}
    tombstones = [{"kind": tables[tbl], "uid": uid, "deleted_at": when, "laptop": laptop}
                  for tbl, uid, when, laptop in conn.execute(
                      "SELECT tbl, uid, deleted_at, laptop FROM tombstone ORDER BY deleted_at, uid")
                  if tbl in tables]
    return {"format": exchange_format.FORMAT, "version": exchange_format.VERSION,
            "exported_at": db.now_text(), "laptop": db.laptop, "scope": "all" if case_id is None else "case",
            "laptops": dict(conn.execute("SELECT id, name FROM laptop").fetchall()),
            "records": records, "answers": answers, "tombstones": tombstones,
            "contents": exchange_documents.contents_of(conn, shas)}


def documents_size(db: Database, case_id: int | None = None) -> tuple[int, int]:
    """(documents, bytes of their contents, each content once) an export of the case (or of
    everything) carries: what the export dialog tells the person before writing."""
    where, args = ("WHERE d.case_id=?", (case_id,)) if case_id is not None else ("", ())
    count = db.conn.execute(f"SELECT count(*) FROM document d {where}", args).fetchone()[0]
    size = db.conn.execute(
        f"SELECT COALESCE(SUM(size), 0) FROM document_content WHERE sha256 IN (SELECT d.sha256 FROM document d "
        f"{where})", args).fetchone()[0]
    return count, size


def write_export(db: Database, case_id: int | None, path: Path, passphrase: str | None, **kdf) -> None:
    """Collect and write an export file, documents' bytes read and written a frame at a time."""
    exchange_format.write_export(path, collect(db, case_id), passphrase,
                                 read_content=exchange_documents.reader(db.conn), **kdf)


def pack_export(db: Database, case_id: int | None, passphrase: str | None, **kdf) -> bytes:
    """The same file's bytes, in memory (tests and small exports)."""
    return exchange_format.pack(collect(db, case_id), passphrase, read_content=exchange_documents.reader(db.conn),
                                **kdf)


def local_parts(db: Database, opinion_id: int, row_key: str) -> dict:
    """One answer's parts as exchanged: text, choice, tags (a list), entries (a list of dicts)."""
    group = {"row_key": row_key}
    return _parts(db.load_records(ANSWER_KIND, opinion_id, group), db.load_records(ENTRY_KIND, opinion_id, group))


def _parts(stored: list[StoredAnswer], entries: list[StoredEntry]) -> dict:
    """The parts of one row's answer record (none when only entries are stored) and its entries."""
    answer = stored[0] if stored else StoredAnswer(0)
    return {"text": answer.text, "choice": answer.choice, "tags": json.loads(answer.tags),
            "entries": [json.loads(e.fields) for e in entries]}


def _answers_of(db: Database, opinion_id: int) -> list[dict]:
    answers: dict[str, list[StoredAnswer]] = {}
    entries: dict[str, list[StoredEntry]] = {}
    for a in db.load_records(ANSWER_KIND, opinion_id):  # each read once, grouped by row
        answers.setdefault(a.row_key, []).append(a)
    for e in db.load_records(ENTRY_KIND, opinion_id):  # in order within each row
        entries.setdefault(e.row_key, []).append(e)
    out = []
    for key in sorted(answers.keys() | entries.keys()):
        ref = record_history.answer_ref(db.conn, opinion_id, key)
        if ref is None:  # an answer left behind by a row that is gone
            continue
        out.append({"ref": ref, "parts": _parts(answers.get(key, []), entries.get(key, [])),
                    "stamps": _stamps(db.conn, record_history.ANSWER_TABLE, ref)})
    return out


# ---- checking a payload read from a file ------------------------------------------------------
def _bad(where: str) -> DamagedExportFile:
    return DamagedExportFile(say("This export file's contents are not as this app writes them ({where}), "
                                 "so it was not imported. Nothing was changed here. Please ask for the file "
                                 "again.", where=where))


def _text(value, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(where)
    return value


def _stamps_ok(stamps, where: str) -> None:
    if not isinstance(stamps, dict):
        raise _bad(where)
    for name, stamp in stamps.items():
        _text(name, where, 200)
        if not (isinstance(stamp, list) and len(stamp) == 3):
            raise _bad(where)
        _text(stamp[0], where, 40)
        _text(stamp[1], where, 64)
        if not isinstance(stamp[2], dict):
            raise _bad(where)
        for laptop, when in stamp[2].items():
            _text(laptop, where, 64)
            _text(when, where, 40)


def validate(payload: dict) -> dict:
    """The payload when its shape is exactly as `collect` writes it; else DamagedExportFile."""
    if not isinstance(payload.get("laptops"), dict) or not isinstance(payload.get("laptop"), str):
        raise _bad("laptops")
    for key, name in payload["laptops"].items():
        _text(key, "laptops", 64)
        _text(name, "laptops", 200)
    for name in ("records", "answers", "tombstones"):
        if not isinstance(payload.get(name), list):
            raise _bad(name)
    for rec in payload["records"]:
        if not isinstance(rec, dict) or not {"kind", "uid", "parent", "position", "fields", "stamps"} <= set(rec):
            raise _bad("records")
        _text(rec.get("kind"), "records", 100)
        _text(rec.get("uid"), "records", 64)
        if rec.get("parent") is not None:
            _text(rec["parent"], "records", 64)
        if type(rec.get("position")) is not int or not isinstance(rec.get("fields"), dict):
            raise _bad("records")
        for name, value in rec["fields"].items():
            _text(name, "records", 200)
            _text(value, "records")
        _stamps_ok(rec.get("stamps"), "records")
    for answer in payload["answers"]:
        if not isinstance(answer, dict) or not isinstance(answer.get("parts"), dict) or "stamps" not in answer:
            raise _bad("answers")
        ref = _text(answer.get("ref"), "answers", 400)
        if ref.count("|") != 1:
            raise _bad("answers")
        parts = answer["parts"]
        if set(parts) != set(PARTS):
            raise _bad("answers")
        _text(parts["text"], "answers")
        _text(parts["choice"], "answers", 1000)
        if not isinstance(parts["tags"], list) or not isinstance(parts["entries"], list):
            raise _bad("answers")
        for tag in parts["tags"]:
            _text(tag, "answers", 1000)
        for entry in parts["entries"]:
            if not isinstance(entry, dict):
                raise _bad("answers")
            for name, value in entry.items():
                _text(name, "answers", 200)
                _text(value, "answers")
        _stamps_ok(answer.get("stamps"), "answers")
    contents = payload.get("contents", [])
    if not isinstance(contents, list):
        raise _bad("documents")
    for content in contents:
        if not isinstance(content, dict) or type(content.get("size")) is not int:
            raise _bad("documents")
        _text(content.get("sha256"), "documents", 64)
    for tomb in payload["tombstones"]:
        if not isinstance(tomb, dict):
            raise _bad("deletions")
        for name, limit in (("kind", 100), ("uid", 64), ("deleted_at", 40), ("laptop", 64)):
            _text(tomb.get(name), "deletions", limit)
    return payload
