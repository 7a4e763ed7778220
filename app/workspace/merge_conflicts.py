"""The fields a merge kept side by side, for the person to look at and settle.

When both laptops changed a field since they parted, a merge keeps the newer edit and stores the
other beside it, in the table merge_conflict (app.workspace.merge). Here they are listed in the
person's words ("Dr Ruiz — Goal of treatment", "Question: …"), and settled either way:
- `use_other` is an undoable edit through the workspace: the field takes the other version,
  and the entry leaves the list; undoing it brings both the field and the entry back;
- `keep_as_is` removes the entry (the field stays as the merge left it).
A settled entry is gone from the table, so it stays gone after a restart. Entries whose record
is gone here (deleted since) are not listed.
"""
from __future__ import annotations

import json

from app.model.aspects import ASPECTS_BY_KEY, custom_key
from app.model.domain import ENTRY_TYPES
from app.model.records import record
from app.store import record_history
from app.store.kinds import LIST_KINDS
from app.workspace.core import Workspace
from app.workspace.edits import Edit

COLUMNS = "id, tbl, uid, field, kept, other, other_laptop, other_changed_at, merged_at"
FIELD_WORDS = {"title": "Title", "person": "Whose case", "diagnosis": "Diagnosis as first given",
               "diagnosed_on": "Date of diagnosis", "decide_by": "Decide by", "notes": "Notes",
               "label": "Name", "doctor": "Doctor", "specialty": "Specialty", "institution": "Institution",
               "visit_date": "Date of visit", "delivery": "How it was given", "text": "Text",
               "choice": "Choice", "tags": "Kinds of treatment", "entries": "List", "status": "Status"}


@record(frozen=True)
class KeptBeside:
    """One field kept side by side. `where`: the record and field in words; `target`: the
    workspace target of the field; `kept`/`other`: the two versions as text; `other_value`:
    the other version as the workspace stores it; `row`: the stored entry, as it was."""
    id: int
    case_id: int
    case_title: str
    where: str
    target: tuple
    kept: str
    other: str
    other_value: object
    other_from: str
    other_on: str
    row: tuple


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _field(name: str) -> str:
    return FIELD_WORDS.get(name, name.replace("_", " ").capitalize())


def _local(conn, table: str, uid: str):
    row = conn.execute(f'SELECT id FROM "{table}" WHERE uid=?', (uid,)).fetchone()
    return row[0] if row else None


def _opinion_words(ws: Workspace, case_id: int, op_id: int) -> str:
    op = ws.case(case_id).opinion(op_id)
    return op.doctor.strip() or op.label.strip() or "An opinion"


def _place(ws: Workspace, table: str, uid: str, field: str):
    """(case id, target, words) of a stored entry, or None when its record is not here."""
    conn = ws.db.conn
    if table == record_history.ANSWER_TABLE:
        op_uid, row = uid.split("|")
        op_id = _local(conn, "opinion", op_uid)
        if op_id is None:
            return None
        if row.startswith(record_history.CUSTOM_REF):
            row_id = _local(conn, "custom_row", row.removeprefix(record_history.CUSTOM_REF))
            if row_id is None:
                return None
            row = custom_key(row_id)
        case_id = conn.execute("SELECT case_id FROM opinion WHERE id=?", (op_id,)).fetchone()[0]
        case = ws.case(case_id)
        if row not in case.row_keys():
            return None
        row_name = ASPECTS_BY_KEY[row].label if row in ASPECTS_BY_KEY else case.custom_row(
            int(row.removeprefix(record_history.CUSTOM_REF))).label
        return case_id, ("answer", case_id, op_id, row, field), f"{_opinion_words(ws, case_id, op_id)} — {row_name}"
    if table == "case_file":
        case_id = _local(conn, table, uid)
        return None if case_id is None else (case_id, ("case", case_id, field), f"The case — {_field(field)}")
    if table == "opinion":
        op_id = _local(conn, table, uid)
        if op_id is None:
            return None
        case_id = conn.execute("SELECT case_id FROM opinion WHERE id=?", (op_id,)).fetchone()[0]
        return case_id, ("opinion", case_id, op_id, field), f"{_opinion_words(ws, case_id, op_id)} — {_field(field)}"
    if table == "custom_row":
        row_id = _local(conn, table, uid)
        if row_id is None:
            return None
        case_id = conn.execute("SELECT case_id FROM custom_row WHERE id=?", (row_id,)).fetchone()[0]
        return case_id, ("row", case_id, row_id), f"Your own row — {ws.case(case_id).custom_row(row_id).label}"
    for name, kind in LIST_KINDS.items():
        if kind.table == table and kind.parent_column == "case_id":
            record_id = _local(conn, table, uid)
            if record_id is None:
                return None
            case_id = conn.execute(f'SELECT case_id FROM "{table}" WHERE id=?', (record_id,)).fetchone()[0]
            rec = ws.find_record(name, case_id, record_id)[1]
            first = next((v for v in kind.values(rec) if isinstance(v, str) and v.strip()), "")
            words = f"{name.replace('_', ' ').capitalize()}: {_short(first)}" if first else name.capitalize()
            if field != "text":
                words += f" — {_field(field)}"
            return case_id, (name, case_id, record_id, field), words
    return None


def _value(target: tuple, text: str):
    """The other version as the workspace stores it (lists travel as JSON text)."""
    if target[0] == "answer" and target[-1] == "tags":
        return tuple(json.loads(text))
    if target[0] == "answer" and target[-1] == "entries":
        make = ENTRY_TYPES[target[3]]
        return tuple(make(**e) for e in json.loads(text))
    return text


def kept_beside(ws: Workspace) -> list[KeptBeside]:
    """Every field a merge kept side by side whose record is still here, newest merge first."""
    found = []
    names = dict(ws.db.conn.execute("SELECT id, name FROM laptop").fetchall())
    for row in ws.db.conn.execute(f"SELECT {COLUMNS} FROM merge_conflict ORDER BY merged_at DESC, id").fetchall():
        entry_id, table, uid, field, kept, other, laptop, changed_at, _ = row
        try:
            place = _place(ws, table, uid, field)
            value = _value(place[1], other) if place else None
        except (KeyError, ValueError, TypeError):  # a row or list shape this version does not know
            place = None
        if place is None:
            continue
        case_id, target, where = place
        found.append(KeptBeside(entry_id, case_id, ws.case(case_id).title, where, target, kept, other, value,
                                names.get(laptop) or "another laptop", changed_at[:10], tuple(row)))
    return found


def count(ws: Workspace) -> int:
    return len(kept_beside(ws))


def _forget(ws: Workspace, entry_id: int) -> None:
    def write():
        with ws.db.transaction() as conn:
            conn.execute("DELETE FROM merge_conflict WHERE id=?", (entry_id,))
    ws._write(write)


def _remember(ws: Workspace, row: tuple) -> None:
    def write():
        with ws.db.transaction() as conn:
            conn.execute(f"INSERT OR IGNORE INTO merge_conflict ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", row)
    ws._write(write)


def keep_as_is(ws: Workspace, entry: KeptBeside) -> None:
    """The person keeps the field as it is: the entry leaves the list for good."""
    _forget(ws, entry.id)


@record
class UseOther(Edit):
    """The field takes the other version, and the entry leaves the list (undo: both come back)."""
    entry: KeptBeside
    old: object
    text: str = "Use the other version"

    @property
    def case_id(self):
        return self.entry.case_id

    def redo(self, ws):
        ws.set(self.entry.target, self.entry.other_value)
        _forget(ws, self.entry.id)

    def undo(self, ws):
        ws.set(self.entry.target, self.old)
        _remember(ws, self.entry.row)


def use_other(ws: Workspace, entry: KeptBeside) -> UseOther:
    return UseOther(entry, ws.get(entry.target))
