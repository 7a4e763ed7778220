"""Attached documents in an export: what they are attached to, and their bytes.

A document's `attached_to` names local ids ("opinion:12", "reading:12:readings:0",
"checklist_item:12:#40"), which differ between laptops; in an export they name uids instead
(the same on every laptop), and on import they are turned back into this laptop's ids. When what
a document was attached to is not there (deleted, or not in this export), it is attached to the
whole case: the document is kept and still listed, never dropped.

The bytes travel once per content (SHA-256), in the export's contents part
(app.store.exchange_format); here they are listed for an export and stored on import, in the
import's own transaction, a frame at a time (a content already kept here is not stored again).
"""
from __future__ import annotations

from collections.abc import Callable

from app.model.documents import CASE_TARGET
from app.store import documents, exchange_format, record_history

OPINION, READING, CHECKLIST = "opinion", "reading", "checklist_item"

Local = Callable[[str, str], "int | None"]  # (table, uid) -> this laptop's id


def _split(value: str) -> tuple[str, str, str] | None:
    """(what, opinion part, the rest) of a target, or None for the case (or one not understood)."""
    what, _, rest = value.partition(":")
    if what == OPINION and rest:
        return what, rest, ""
    if what in (READING, CHECKLIST):
        opinion, sep, tail = rest.partition(":")
        if opinion and sep and tail:
            return what, opinion, tail
    return None


def attached_out(conn, custom_ref_out: Callable[[object, str], str], value: str) -> str:
    """A local target as exchanged (ids -> uids); the case when what it names is not found."""
    parts = _split(value)
    if parts is None or not parts[1].isdigit():
        return CASE_TARGET
    what, opinion, tail = parts
    op_uid = record_history.uid_of(conn, "opinion", int(opinion))
    if op_uid is None:
        return CASE_TARGET
    if what == OPINION:
        return f"{OPINION}:{op_uid}"
    if what == READING:
        row_key, sep, position = tail.rpartition(":")
        if not sep or not position.isdigit():
            return CASE_TARGET
        return f"{READING}:{op_uid}:{custom_ref_out(conn, row_key)}:{position}"
    if tail.startswith("#"):  # an item of the person's own: by its uid
        item_uid = record_history.uid_of(conn, "checklist_item", int(tail[1:])) if tail[1:].isdigit() else None
        if item_uid is None:
            return f"{OPINION}:{op_uid}"
        tail = "#" + item_uid
    return f"{CHECKLIST}:{op_uid}:{tail}"


def attached_in(local: Local, custom_ref_in: Callable[[str], str], value: str) -> str:
    """An exchanged target as a local one (uids -> ids); the case when what it names is not here."""
    parts = _split(value)
    if parts is None:
        return CASE_TARGET
    what, op_uid, tail = parts
    op_id = local("opinion", op_uid)
    if op_id is None:
        return CASE_TARGET
    if what == OPINION:
        return f"{OPINION}:{op_id}"
    if what == READING:
        row_key, sep, position = tail.rpartition(":")
        row_key = custom_ref_in(row_key)
        if not sep or not position.isdigit() or row_key.startswith(record_history.CUSTOM_REF) and not \
                row_key.removeprefix(record_history.CUSTOM_REF).isdigit():
            return f"{OPINION}:{op_id}"
        return f"{READING}:{op_id}:{row_key}:{position}"
    if tail.startswith("#"):
        item_id = local("checklist_item", tail[1:])
        if item_id is None:
            return f"{OPINION}:{op_id}"
        tail = f"#{item_id}"
    return f"{CHECKLIST}:{op_id}:{tail}"


def contents_of(conn, shas: list[str]) -> list[dict]:
    """The export's contents list: each content once, in the order first named, with its size
    (a document whose bytes are not kept here is listed without them; the importer says so)."""
    out, seen = [], set()
    for sha in shas:
        if sha in seen:
            continue
        seen.add(sha)
        row = conn.execute("SELECT size FROM document_content WHERE sha256=?", (sha,)).fetchone()
        if row is not None and row[0] > 0:
            out.append({"sha256": sha, "size": int(row[0])})
    return out


def reader(conn) -> exchange_format.ReadContent:
    return lambda sha: documents.chunks(conn, sha)


def can_store(conn, payload: dict, sha256: str) -> bool:
    """Are the bytes here already, or in the file?"""
    if documents.has_content(conn, sha256):
        return True
    return isinstance(payload, exchange_format.Payload) and payload.has_content(sha256)


def real_size(conn, payload: dict, sha256: str) -> int | None:
    """The size of a content kept here or carried by the file (None when neither has it)."""
    row = conn.execute("SELECT size FROM document_content WHERE sha256=?", (sha256,)).fetchone()
    if row is not None:
        return int(row[0])
    if isinstance(payload, exchange_format.Payload) and payload.has_content(sha256):
        return payload.content_size(sha256)
    return None


def store(conn, payload: exchange_format.Payload, sha256: str) -> bool:
    """Store a content from the file inside the caller's transaction (True), unless it is kept
    here already (False). Bytes that do not match their hash raise DamagedExportFile, and the
    caller's transaction is rolled back: nothing half-stored."""
    if documents.has_content(conn, sha256):
        return False
    conn.execute("INSERT INTO document_content (sha256, size) VALUES (?, ?)",
                 (sha256, payload.content_size(sha256)))
    for seq, chunk in enumerate(payload.content(sha256)):
        conn.execute("INSERT INTO document_chunk (sha256, seq, data) VALUES (?, ?, ?)", (sha256, seq, chunk))
    return True
