"""The data file and the record layer: open it safely, write in transactions, and load, insert,
update, remove and reorder any kind of record from its description (app.store.kinds).

Every public write runs in its own explicit BEGIN IMMEDIATE transaction and is on disk (WAL,
synchronous=FULL) when the method returns, which is what lets the UI say "Saved" honestly; a failed
write leaves the connection usable. A read that meets damage stops all writing (the file is never
written again). app.store.storage builds the case files' own API (cases, opinions, answers, own rows,
questions) on top of this.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from app.model.words import say
from app.store import data_check, migrations, record_history, sqlite_errors
from app.store.data_check import DamagedDataFile, DataFileError, DataReadError, NewerDataFile
from app.store.datadir import DB_NAME, make_private, prepare_private_dir
from app.store.kinds import Kind, quoted


class RecordGone(LookupError):
    """A write matched nothing: what it belongs to is no longer stored (deleted meanwhile)."""


def _changed_one(cursor: sqlite3.Cursor, what: str) -> None:
    """An UPDATE or DELETE that matched no row is not a success."""
    if cursor.rowcount != 1:
        raise RecordGone(what)


class RecordStore:
    def __init__(self, path: Path, checked: bool = False, key: bytes | None = None):
        """Open the data file; raises DataFileError (or a subclass) with a message for the person.

        The file is first checked read-only (app.store.data_check): a newer, damaged or empty file is
        refused before anything writes to it (switching to WAL alone rewrites the header).
        `checked=True` skips that when the caller has just checked it. With `key` (the data key of
        an encrypted folder, app.store.encryption) the file is opened through SQLCipher; the plain
        header check cannot read it, so SQLCipher's own page checks (HMAC) stand in for it."""
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self.damaged = False
        self.key = key
        self.clock = record_history.utc_now  # when fields change and records go (a seam for tests)
        self.laptop = ""  # this data file's stable laptop id (record_history)
        self._uid_tables: set[str] = set()
        if not checked and key is None:
            finding = data_check.check_file(self.path)
            if finding.kind == data_check.NEWER:
                raise NewerDataFile(finding.message)
            if finding.kind not in (data_check.NEW, data_check.SOUND):
                raise DamagedDataFile(finding)
        self._reconnect_needed = False
        try:
            # our files are private before SQLite opens them: a file left read-only is opened
            # read-only by SQLite without a word, and every later save would fail
            for suffix in ("", "-wal", "-shm"):
                make_private(Path(str(self.path) + suffix))
        except PermissionError as exc:
            raise DataFileError(say(
                "Your saved information in “{path}” belongs to another user account on this "
                "computer, so this app cannot save into it. Nothing has been changed. Please start the "
                "app from the account it belongs to, or with another data folder (--data-dir).",
                path=self.path)) from exc
        try:
            self._connect()  # installs the history triggers for the tables as they are
            if self._migrate():
                self._install_history()  # again, for the tables as the migrations left them
            self._prove_writable()
        except sqlite_errors.DATABASE_ERRORS as exc:
            self.close()
            if data_check.damage_code(exc):
                reason = say("it could not be read")
            elif sqlite_errors.primary_code(exc) == sqlite_errors.SQLITE_READONLY:
                reason = say("it cannot be written to by this user account")
            else:
                reason = getattr(exc, "sqlite_errorname", None) or say("an unexpected problem")
            raise DataFileError(say(
                "The saved information in “{path}” could not be opened ({reason}). "
                "Please check that the folder can be written to and the disk is not full, or start "
                "the app with another data folder (--data-dir).", path=self.path, reason=reason)
            ) from exc
        except DataFileError:
            self.close()
            raise
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(str(self.path) + suffix))

    def _connect(self) -> None:
        if self.key is not None:
            from app.store import encryption  # sqlcipher3 only for an encrypted folder
            self._conn = encryption.connect(self.path, self.key, isolation_level=None, check_same_thread=False)
        else:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.text_factory = data_check.strict_text  # bytes that are not UTF-8 are damage
        # deleted or overwritten text is zeroed in the file, whatever SQLite's build default
        self.conn.execute("PRAGMA secure_delete=ON")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=FULL")
        mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise DataFileError(say(
                "The saved information in “{path}” could not be opened (SQLite would not "
                "use its safe way of saving, only “{mode}”). Please start the app with another "
                "data folder.", path=self.path, mode=mode))
        if self.damaged:
            self.conn.execute("PRAGMA query_only=ON")
        self._install_history()

    def _install_history(self) -> None:
        """Stable ids, field stamps and remembered deletions (app.store.record_history)."""
        if self.damaged or not record_history.has_history(self.conn):
            return  # a damaged file is never written to: no triggers needed (nor allowed)
        self.laptop = record_history.laptop_id(self.conn)
        tables = record_history.uid_tables(self.conn)
        self._uid_tables = set(tables)
        record_history.install_triggers(self.conn, self.now_text, self.laptop, tables)

    def now_text(self) -> str:
        return record_history.stamp_text(self.clock())

    def _prove_writable(self) -> None:
        """A write transaction that changes nothing: a file SQLite could only open read-only is
        found now, at start, not when the person's first typing cannot be saved."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("ROLLBACK")

    def _reconnect(self) -> None:
        """After a read-only error the connection may stay read-only even once the folder or
        file is writable again; a fresh one lets the next retry succeed."""
        self._reconnect_needed = False
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._connect()

    @classmethod
    def open_folder(cls, folder: Path, key: bytes | None = None, checked: data_check.Finding | None = None) -> Self:
        """Open (or start) the data in a folder; a missing file where data was before is refused.
        An encrypted folder needs its data key (app.store.encryption.unlock). `checked`: what
        data_check.check_folder found in this folder just now (app.store.early_check), so it is
        not read again."""
        folder = Path(folder).expanduser()
        if key is not None:
            return cls(prepare_private_dir(folder) / DB_NAME, key=key)
        if folder.is_dir():
            finding = checked or data_check.check_folder(folder)
            if finding.kind == data_check.NEWER:
                raise NewerDataFile(finding.message)
            if finding.kind not in (data_check.NEW, data_check.SOUND):
                raise DamagedDataFile(finding)
            return cls(prepare_private_dir(folder) / DB_NAME, checked=True)
        return cls(prepare_private_dir(folder) / DB_NAME)

    def reopen(self, key: bytes | None) -> None:
        """Connect again with this key (None: plain): after an unlock, or after the file was
        encrypted or decrypted (app.store.encryption) while the app was open."""
        self.close()
        self.key = key
        self._connect()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection. Once closed, using it raises what a closed sqlite3 connection raises."""
        if self._conn is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return self._conn

    def close(self) -> None:
        """Close the connection and drop the key: a locked app holds neither."""
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
            self._conn = None
        self.key = None

    @contextmanager
    def transaction(self):
        """One explicit write transaction. Whatever fails inside it, or in its COMMIT (a full
        disk is often only found then), is rolled back and raised, and the connection is left
        outside any transaction, so the next write starts cleanly."""
        if self._reconnect_needed:
            self._reconnect()
        try:
            self.conn.execute("BEGIN IMMEDIATE")  # inside: a read-only or busy file fails here
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if sqlite_errors.cause(exc) == sqlite_errors.READ_ONLY:
                self._reconnect_needed = True
            raise

    def _rollback(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite_errors.ERRORS:
                # SQLite may already have rolled back by itself (a full disk, an I/O error);
                # the original error is the one worth raising
                pass

    def _migrate(self) -> bool:
        """Bring the file to the latest schema; True when a step ran."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.LATEST:  # the read-only check refuses this first; kept as a guard
            raise NewerDataFile(say(
                "Your saved information in “{path}” was saved by a newer version of Second "
                "Opinion Companion, and this version cannot read it. Please use the newer version.",
                path=self.path))
        for number in range(version, migrations.LATEST):
            with self.transaction() as conn:  # one step, and its version, all or nothing
                migrations.STEPS[number](conn)
                conn.execute(f"PRAGMA user_version={number + 1}")
        return version < migrations.LATEST

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def integrity(self) -> str:
        with self._reading():
            return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    # ---- reading, and what a read that meets damage does ------------------------------
    @contextmanager
    def _reading(self):
        """Turn damage met while reading into one DataReadError, and stop all writing.

        SQLite errors are sorted by their code (CORRUPT, NOTADB, IOERR families); text that is
        not UTF-8, a list that is not valid JSON or a value of the wrong kind is damage too.
        Once damage is seen the connection is made query-only, so nothing is written into the
        damaged file again (a later save fails and is reported by the write path)."""
        try:
            yield
        except sqlite_errors.DATABASE_ERRORS as exc:
            if not data_check.damage_code(exc):
                raise
            self._refuse_writes()
            raise DataReadError(self._damage_message()) from exc
        except (ValueError, TypeError) as exc:
            self._refuse_writes()
            raise DataReadError(self._damage_message()) from exc

    def _refuse_writes(self) -> None:
        self.damaged = True
        try:
            self.conn.execute("PRAGMA query_only=ON")
        except sqlite_errors.ERRORS:
            pass  # a connection too broken for this cannot write either

    def _damage_message(self) -> str:
        return say("Part of your saved information in “{path}” is damaged and could not be read. "
                   "To keep the rest as it is, the app will not save anything into this file from now "
                   "on. Please quit the app; when you start it again it will check the file and offer to "
                   "keep the damaged file aside and start with an empty workspace.", path=self.path)

    @staticmethod
    def _texts(values) -> tuple:
        if not all(isinstance(v, str) for v in values):
            raise TypeError("a stored text is not text")
        return tuple(values)

    # ---- any kind of record (app.store.kinds) -----------------------------------------------
    @staticmethod
    def _siblings(kind: Kind, parent_id: int | None, group: dict[str, str] | None = None) -> tuple[str, list]:
        """The WHERE clause (and its values) of one parent's records, narrowed to one group of a
        kind with `group_fields` when `group` gives their values (all of them, or none)."""
        if group and set(group) != set(kind.group_fields):
            raise ValueError(sorted(group))
        terms, args = ([f"{kind.parent_column}=?"], [parent_id]) if kind.parent_column else ([], [])
        for name in kind.group_fields if group else ():
            terms.append(f"{quoted(name)}=?")
            args.append(group[name])  # type: ignore[index, arg-type]
        return "WHERE " + (" AND ".join(terms) or "1"), args

    def load_records(self, kind: Kind, parent_id: int | None = None, group: dict[str, str] | None = None) -> list:
        """A kind's records under one parent (or all, for a top-level kind), in their order; for a
        kind with `group_fields`, in order within each group (or only the one `group` names)."""
        where, args = self._siblings(kind, parent_id, group)
        with self._reading():
            rows = self.conn.execute(
                f"SELECT id, {kind.columns()} FROM {kind.table} {where} "
                "ORDER BY position, id", args).fetchall()
            return [kind.make((row[0], *self._texts(row[1:]))) for row in rows]

    def insert_record(self, kind: Kind, parent_id: int | None, rec, index: int | None = None) -> int:
        """Insert one record at a place among its siblings (the end when index is None); a
        record from an undo snapshot keeps its id. Returns the id."""
        with self.transaction() as conn:
            return self._insert_record(conn, kind, parent_id, rec, index)

    @staticmethod
    def _require(conn, table: str, row_id: int) -> None:
        """Writing under a parent that is gone would fail on its foreign key, which reads
        like a bug; say what really happened."""
        if conn.execute(f"SELECT 1 FROM {table} WHERE id=?", (row_id,)).fetchone() is None:
            raise RecordGone(table)

    def _require_parent(self, conn, kind: Kind, parent_id: int | None) -> None:
        if kind.parent_column:
            if kind.parent_table is None or parent_id is None:
                raise ValueError(f"a {kind.name} needs its parent")
            self._require(conn, kind.parent_table, parent_id)

    def _insert_record(self, conn, kind: Kind, parent_id: int | None, rec, index: int | None,
                       uid: str | None = None) -> int:
        self._require_parent(conn, kind, parent_id)
        siblings, args = self._siblings(kind, parent_id, {name: getattr(rec, name) for name in kind.group_fields})
        if index is None:
            index = conn.execute(f"SELECT COALESCE(MAX(position)+1, 0) FROM {kind.table} {siblings}",
                                 args).fetchone()[0]
        else:
            conn.execute(f"UPDATE {kind.table} SET position=position+1 {siblings} AND position>=?",
                         [*args, index])
        return self._insert_at(conn, kind, parent_id, rec, index, uid)

    def _insert_at(self, conn, kind: Kind, parent_id: int | None, rec, index: int, uid: str | None = None) -> int:
        names = ["id", *([kind.parent_column] if kind.parent_column else []), "position"]
        values = [rec.id or None, *([parent_id] if kind.parent_column else []), index, *kind.values(rec)]
        if kind.table in self._uid_tables:  # a stable id: given by an import, or new (an undo too)
            names.append("uid")
            values.insert(len(names) - 1, uid or record_history.new_uid())
        return conn.execute(f"INSERT INTO {kind.table} ({', '.join(names)}, {kind.columns()}) "
                            f"VALUES ({', '.join('?' * len(values))})", values).lastrowid

    def _replace_records(self, conn, kind: Kind, parent_id: int | None, group: dict[str, str], recs) -> None:
        """Make one group's stored records these, in this order (an opinion's readings, written
        whole): the group's records are deleted, then these inserted at places 0, 1, … (a parent
        that is gone is refused by its foreign key, as one write of a whole restore)"""
        if set(group) != set(kind.group_fields) or any(getattr(r, n) != v for r in recs for n, v in group.items()):
            raise ValueError(f"not one group of {kind.name}: {group}")
        self._delete_records(conn, kind, parent_id, group)
        for position, rec in enumerate(recs):
            self._insert_at(conn, kind, parent_id, rec, position)

    def _find_record_id(self, conn, kind: Kind, parent_id: int | None, group: dict[str, str]) -> int | None:
        """The first record of one group (the answer of one opinion on one row), or None."""
        where, args = self._siblings(kind, parent_id, group)
        row = conn.execute(f"SELECT id FROM {kind.table} {where} ORDER BY position, id LIMIT 1", args).fetchone()
        return None if row is None else row[0]

    def _record_ids(self, conn, kind: Kind, parent_id: int | None) -> list[int]:
        where, args = self._siblings(kind, parent_id)
        return [i for (i,) in conn.execute(f"SELECT id FROM {kind.table} {where} ORDER BY position, id", args)]

    def update_record(self, kind: Kind, record_id: int, changes: dict[str, str]) -> None:
        unknown = set(changes) - set(kind.stored_fields())
        if unknown or not changes:
            raise ValueError(sorted(unknown))
        with self.transaction() as conn:
            self._update_record(conn, kind, record_id, changes)

    def _update_record(self, conn, kind: Kind, record_id: int, changes: dict[str, str]) -> None:
        _changed_one(conn.execute(
            f"UPDATE {kind.table} SET {', '.join(f'{quoted(name)}=?' for name in changes)} WHERE id=?",
            [*changes.values(), record_id]), kind.name)
        self._stamp(conn, kind.table, record_id, changes)

    def _stamp(self, conn, table: str, record_id: int, names) -> None:
        if table in self._uid_tables:
            uid, now = record_history.uid_of(conn, table, record_id), self.now_text()
            for name in names:
                record_history.stamp_edit(conn, table, uid, name, now, self.laptop)

    def delete_record(self, kind: Kind, record_id: int) -> None:
        with self.transaction() as conn:
            self._delete_record(conn, kind, record_id)

    @staticmethod
    def _delete_record(conn, kind: Kind, record_id: int) -> None:
        _changed_one(conn.execute(f"DELETE FROM {kind.table} WHERE id=?", (record_id,)), kind.name)

    def _delete_records(self, conn, kind: Kind, parent_id: int | None, group: dict[str, str]) -> int:
        """Delete one group's records (every opinion's answer on a row that goes); how many went."""
        if not group:
            raise ValueError("a group to delete")
        where, args = self._siblings(kind, parent_id, group)
        return conn.execute(f"DELETE FROM {kind.table} {where}", args).rowcount

    def set_record_order(self, kind: Kind, parent_id: int | None, ids: list[int],
                         group: dict[str, str] | None = None) -> None:
        """Give the records these places; each must belong to that parent (and group)."""
        where, args = self._siblings(kind, parent_id, group)
        with self.transaction() as conn:
            for position, record_id in enumerate(ids):
                _changed_one(conn.execute(f"UPDATE {kind.table} SET position=? {where} AND id=?",
                                          [position, *args, record_id]), kind.name)
