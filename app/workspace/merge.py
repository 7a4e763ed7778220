"""Importing an export: what it will change (the plan), then all of it in one transaction.

Merging works as KeePassXC merges two databases:
- records are matched by their stable uid; one the file has and this laptop does not is added
  (under its parent, at the end), unless this laptop remembers deleting it: a deletion is never
  undone by a merge;
- a deletion the file remembers removes the record here too (with what belongs to it);
- each field (and each part of an answer) keeps the value that already includes the other's
  changes (its stamp's `seen` says which versions it includes, app.store.record_history); when
  both sides changed it since they parted, the newer edit is kept and the other is kept BESIDE it:
  in free text as a paragraph "— other version from <laptop> on <date>:", and always in the
  merge_conflict table; the preview shows both, row by row.

`preview` runs the very same code as `apply` and then rolls back, so what the person is shown is
exactly what applying does (only the bytes of new documents are not copied by a preview: they
were checked against their SHA-256 when the file was read). Importing the same file again
changes nothing: every version it holds is then already `seen`. A document's content, name and
type are its own: a merge adds or removes a document and renames it, never changes its bytes.
"""
from __future__ import annotations

import json
import sqlite3

from app.model.aspects import ASPECTS_BY_KEY, custom_key
from app.model.documents import DOCUMENT, size_text
from app.model.domain import ENTRY_TYPES, entry_fields
from app.model.records import record
from app.store import exchange_format, record_history
from app.store.kinds import Kind
from app.store.storage import Database
from app.workspace import exchange_documents
from app.workspace.exchange_bundle import exchange_kinds, local_parts, validate

ADD, CHANGE, BOTH_KEPT, REMOVE, STAYS_DELETED, SKIPPED = (
    "add", "change", "both-kept", "remove", "stays-deleted", "skipped")
CHANGING = (ADD, CHANGE, BOTH_KEPT, REMOVE)
# free text, where the other version can stand beside the kept one in the field itself
FREE_TEXT = {("case_file", f) for f in ("title", "person", "diagnosis", "notes")} | {
    ("opinion", "label"), ("opinion", "doctor"), ("opinion", "institution"), ("custom_row", "label"),
    ("question", "text"), (record_history.ANSWER_TABLE, "text")}


@record(frozen=True)
class Difference:
    """One line of the preview. `what`: the record in words (kind, then its first words);
    `field`: the field or answer part changed ('' for a whole record); `old`/`new`: the value here
    before and after; `other`: the version kept beside (BOTH_KEPT) or the reason (SKIPPED)."""
    action: str
    kind: str
    what: str
    field: str = ""
    old: str = ""
    new: str = ""
    other: str = ""


class _Preview(Exception):
    pass


def preview(db: Database, payload: dict) -> list[Difference]:
    """What `apply` would do, without changing anything."""
    validate(payload)
    found: list[Difference] = []
    try:
        with db.transaction() as conn:
            _merge(db, conn, payload, found, dry=True)
            raise _Preview
    except _Preview:
        pass
    return found


def apply(db: Database, payload: dict) -> list[Difference]:
    """Merge the payload into the data, all or nothing; returns what was done."""
    validate(payload)
    found: list[Difference] = []
    with db.transaction() as conn:
        _merge(db, conn, payload, found)
    return found


def changes(found: list[Difference]) -> list[Difference]:
    return [d for d in found if d.action in CHANGING]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _what(kind: Kind, fields: dict) -> str:
    first = next((v for v in fields.values() if isinstance(v, str) and v.strip()), "")
    return f"{kind.name}: {_short(first)}" if first else kind.name


def _as_text(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class _Merger:
    def __init__(self, db: Database, conn: sqlite3.Connection, payload: dict, found: list[Difference],
                 dry: bool = False):
        self.db, self.conn, self.found, self.payload, self.dry = db, conn, found, payload, dry
        self.now = db.now_text()
        self.me = db.laptop
        self.names = dict(conn.execute("SELECT id, name FROM laptop").fetchall())
        for key, name in payload["laptops"].items():
            self.names.setdefault(key, name)
        self.kinds = {k.name: k for k in exchange_kinds(db)}
        self.added: set[str] = set()
        # every stamp, read once (a merge of 20 full cases decides ~20,000 values)
        self.stamps = {(t, u, f): (at, by, json.loads(seen)) for t, u, f, at, by, seen in conn.execute(
            "SELECT tbl, uid, field, changed_at, laptop, seen FROM field_stamp")}

    def stamp(self, table: str, uid: str, name: str, changed_at: str, laptop: str, seen: dict) -> None:
        self.stamps[(table, uid, name)] = (changed_at, laptop, seen)
        record_history.write_stamp(self.conn, table, uid, name, changed_at, laptop, seen)

    def local(self, table: str, uid: str | None):
        if uid is None:
            return None
        row = self.conn.execute(f'SELECT id FROM "{table}" WHERE uid=?', (uid,)).fetchone()
        return row[0] if row else None

    def ref_in(self, table: str, uid: str) -> str:
        """A field naming another record by its uid, as this laptop's id ('' when that record is
        not here; also for files from before uids were carried, whose bare ids meant nothing here)."""
        found = self.local(table, uid) if uid else None
        return str(found) if found is not None else ""

    def deleted_here(self, table: str, uid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM tombstone WHERE tbl=? AND uid=?", (table, uid)).fetchone() \
            is not None

    # ---- one field ----------------------------------------------------------------------
    def field(self, table: str, uid: str, name: str, here, there, stamp, what: str, kind: str, write,
              quiet: bool = False) -> None:
        """Merge one value; `write(value)` stores a new one. Values compare as exchanged. `quiet`:
        an answer of an opinion this merge adds (its addition is the line the preview shows)."""
        l_at, l_by, l_seen = self.stamps.get((table, uid, name), ("", "", {}))
        i_at, i_by, i_seen = (stamp[0], stamp[1], dict(stamp[2])) if stamp else ("", "", {})
        seen = dict(l_seen)
        for laptop, when in i_seen.items():
            seen[laptop] = max(when, seen.get(laptop, ""))
        if here == there:
            if seen != l_seen:  # the same value by two ways: remember both histories
                self.stamp(table, uid, name, max(l_at, i_at), l_by if l_at >= i_at else i_by, seen)
            return
        if (i_at or l_at) and (not i_at or l_seen.get(i_by, "") >= i_at):
            return  # this laptop's value already includes the file's (neither stamped: only a new record)
        if not l_at or i_seen.get(l_by, "") >= l_at:  # the file's value includes this laptop's
            write(there)
            self.stamp(table, uid, name, i_at, i_by, seen)
            if not quiet:
                self.found.append(Difference(CHANGE, kind, what, name, _as_text(here), _as_text(there)))
            return
        # both changed it since they parted: keep the newer, and the other beside it
        newer_there = (i_at, i_by) > (l_at, l_by)
        kept, other = (there, here) if newer_there else (here, there)
        other_at, other_by = (l_at, l_by) if newer_there else (i_at, i_by)
        value = self.beside(table, name, kept, other, other_at, other_by)
        if value != here:
            write(value)
        seen[self.me] = max(self.now, seen.get(self.me, ""))
        self.stamp(table, uid, name, self.now, self.me, seen)
        self.conn.execute(
            "INSERT INTO merge_conflict (tbl, uid, field, kept, other, other_laptop, other_changed_at, "
            "merged_at) VALUES (?,?,?,?,?,?,?,?)",
            (table, uid, name, _as_text(kept), _as_text(other), other_by, other_at, self.now))
        self.found.append(Difference(BOTH_KEPT, kind, what, name, _as_text(here), _as_text(value),
                                     _as_text(other)))

    def beside(self, table: str, name: str, kept, other, other_at: str, other_by: str):
        if isinstance(kept, list):  # tags, entries: the kept ones, then the other's not among them
            return kept + [v for v in other if v not in kept]
        if (table, name) in FREE_TEXT and other.strip():
            who = self.names.get(other_by) or "another laptop"
            return f"{kept}\n\n— other version from {who} on {other_at[:10]}:\n{other}"
        return kept

    # ---- records --------------------------------------------------------------------------
    def tombstones(self, payload: dict) -> None:
        for tomb in payload["tombstones"]:
            kind = self.kinds.get(tomb["kind"])
            if kind is None:
                continue
            self.conn.execute("INSERT OR IGNORE INTO tombstone (tbl, uid, deleted_at, laptop) VALUES (?,?,?,?)",
                              (kind.table, tomb["uid"], tomb["deleted_at"], tomb["laptop"]))
            local_id = self.local(kind.table, tomb["uid"])
            if local_id is not None:
                values = self.conn.execute(f"SELECT {kind.columns()} FROM {kind.table} WHERE id=?",
                                           (local_id,)).fetchone()
                who = self.names.get(tomb["laptop"]) or "another laptop"
                self.found.append(Difference(REMOVE, kind.name, _what(kind, dict(zip(kind.stored_fields(), values))),
                                             other=f"deleted on {who} on {tomb['deleted_at'][:10]}"))
                self.conn.execute(f"DELETE FROM {kind.table} WHERE id=?", (local_id,))

    def records(self, payload: dict) -> None:
        for rec in payload["records"]:
            kind = self.kinds.get(rec["kind"])
            if kind is None:
                self.found.append(Difference(SKIPPED, rec["kind"], rec["kind"],
                                             other="a kind of record this version of the app does not know"))
                continue
            fields = {name: rec["fields"].get(name, "") for name in kind.stored_fields()}
            if "row_key" in fields:
                fields["row_key"] = self.custom_ref_in(fields["row_key"])
            for name, table in kind.refs:  # the uid of a record there is this laptop's id here
                fields[name] = self.ref_in(table, fields[name])
            what = _what(kind, fields)
            fixed: tuple[str, ...] = ()
            if kind.name == DOCUMENT:
                fields["attached_to"] = exchange_documents.attached_in(self.local, self.custom_ref_in,
                                                                       fields["attached_to"])
                size = exchange_documents.real_size(self.conn, self.payload, fields["sha256"])
                if size is not None:  # the bytes' own size, not what the record says
                    fields["size"] = str(size)
                what = f"{kind.name}: {_short(fields['name'])} ({size_text(size) if size is not None else '?'})"
                fixed = ("sha256", "size", "media")  # the content is the document's own
            if self.deleted_here(kind.table, rec["uid"]):
                self.found.append(Difference(STAYS_DELETED, kind.name, what))
                continue
            parent_id = self.local(kind.parent_table, rec["parent"]) if kind.parent_table else None
            if kind.parent_table and parent_id is None:
                continue  # what it belonged to is gone here (its removal is listed already)
            local_id = self.local(kind.table, rec["uid"])
            if local_id is None:
                if kind.name == DOCUMENT and not self.content(fields["sha256"]):
                    self.found.append(Difference(SKIPPED, kind.name, what,
                                                 other="its bytes are not in this file"))
                    continue
                self.add(kind, parent_id, rec, fields, what)
                continue
            here = self.conn.execute(f"SELECT {kind.columns()} FROM {kind.table} WHERE id=?", (local_id,)).fetchone()
            for name, value in zip(kind.stored_fields(), here):
                if name in fixed:
                    continue
                def write(new, name=name, local_id=local_id, kind=kind):
                    self.conn.execute(f'UPDATE {kind.table} SET "{name}"=? WHERE id=?', (new, local_id))
                self.field(kind.table, rec["uid"], name, value, fields[name], rec["stamps"].get(name), what,
                           kind.name, write)

    def add(self, kind: Kind, parent_id, rec: dict, fields: dict, what: str) -> None:
        self.conn.execute("SAVEPOINT merge_add")
        try:
            made = kind.make((0, *fields.values()))
            self.db._insert_record(self.conn, kind, parent_id, made, None, uid=rec["uid"])
        except sqlite3.IntegrityError:  # e.g. a mark for a row that has its own mark here
            self.conn.execute("ROLLBACK TO merge_add")
            self.conn.execute("RELEASE merge_add")
            self.found.append(Difference(SKIPPED, kind.name, what, other="this place already holds one here"))
            return
        self.conn.execute("RELEASE merge_add")
        for name, stamp in rec["stamps"].items():
            if name in fields:
                self.stamp(kind.table, rec["uid"], name, stamp[0], stamp[1], dict(stamp[2]))
        self.added.add(rec["uid"])
        self.found.append(Difference(ADD, kind.name, what))

    def content(self, sha256: str) -> bool:
        """A new document's bytes: kept here already, or stored now from the file (checked
        against their hash; a preview only checks that the file has them)."""
        if not exchange_documents.can_store(self.conn, self.payload, sha256):
            return False
        if not self.dry and isinstance(self.payload, exchange_format.Payload):  # can_store said it has them
            exchange_documents.store(self.conn, self.payload, sha256)
        return True

    def custom_ref_in(self, value: str) -> str:
        """"custom:<row uid>" -> "custom:<local id>" (other values as they are)."""
        if value.startswith(record_history.CUSTOM_REF):
            row_id = self.local("custom_row", value.removeprefix(record_history.CUSTOM_REF))
            if row_id is not None:
                return custom_key(row_id)
        return value

    # ---- answers --------------------------------------------------------------------------
    def answers(self, payload: dict) -> None:
        for answer in payload["answers"]:
            op_uid, row = answer["ref"].split("|")
            op_id = self.local("opinion", op_uid)
            row_key = self.custom_ref_in(row)
            if op_id is None or row_key.startswith(record_history.CUSTOM_REF) and row_key == row:
                continue  # its opinion or row is not here (deleted, or not in this file)
            if not row_key.startswith(record_history.CUSTOM_REF) and row_key not in ASPECTS_BY_KEY:
                continue
            label = self.conn.execute("SELECT label FROM opinion WHERE id=?", (op_id,)).fetchone()[0]
            row_name = ASPECTS_BY_KEY[row_key].label if row_key in ASPECTS_BY_KEY else self.conn.execute(
                "SELECT label FROM custom_row WHERE id=?", (int(row_key.split(":")[1]),)).fetchone()[0]
            what = f"answer: {_short(label, 30)} — {_short(row_name, 40)}"
            here = local_parts(self.db, op_id, row_key)
            there = dict(answer["parts"])
            if row_key in ENTRY_TYPES:
                names = entry_fields(row_key)
                there["entries"] = [{n: e.get(n, "") for n in names} for e in there["entries"]]
            else:
                there["entries"] = here["entries"]  # only the list rows hold entries
            for part in ("text", "choice", "tags", "entries"):
                def write(new, part=part, op_id=op_id, row_key=row_key):
                    value = tuple(ENTRY_TYPES[row_key](**e) for e in new) if part == "entries" else new
                    self.db._write_answer(self.conn, op_id, row_key, part, value)
                self.field(record_history.ANSWER_TABLE, answer["ref"], part, here[part], there[part],
                           answer["stamps"].get(part), what, "answer", write, quiet=op_uid in self.added)


def _merge(db: Database, conn: sqlite3.Connection, payload: dict, found: list[Difference],
           dry: bool = False) -> None:
    record_history.fill_missing_uids(conn)
    merger = _Merger(db, conn, payload, found, dry)
    merger.tombstones(payload)
    merger.records(payload)
    merger.answers(payload)
    for key, name in payload["laptops"].items():
        conn.execute("INSERT OR IGNORE INTO laptop (id, name) VALUES (?, ?)", (key, name))
