"""Verified backups of the whole data, kept in the data folder, thinned by age (restoring one, and
converting them to a new passphrase: app.store.backup_restore).

A backup is made with SQLite's backup API (never a file copy of a live database) into a
temporary name, switched to a self-contained file (no -wal beside it), fsynced, then opened
again and checked: `PRAGMA integrity_check` must say ok and the schema version and the counts
of cases, opinions and questions are read from it. Only then is a small JSON sidecar (what the
backup holds, its size and sha256) written and fsynced, and both are renamed into place, the
sidecar first: a backup counts only when its sidecar is there and its size matches, so a crash
at any moment leaves at most a leftover that is never listed as good (and is removed later).

Thinning (`thin`) runs only after a new backup has verified, and never removes the newest
good backup. What is kept, by the backup's age on the clock given (`now`):
- the last 14 days: the newest backup of every day, and every backup made before a restore
  or an upgrade (so "undo a restore" stays possible);
- then for 8 weeks: the newest of every week;
- older: the newest of every month.

With a passphrase set (app.store.encryption), every function takes the data key: a backup is
written through SQLCipher with the same key as the data (the backup API copies encrypted pages
only between files of one key), and checked by opening it with that key. Whether a backup file
is encrypted is read from its first bytes, so a folder half-way through a conversion still lists
and restores every backup.

Messages here are plain sentences for the person.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from glob import escape as glob_escape
from pathlib import Path

from app.model.words import N_, long_date, os_reason, say
from app.store import migrations, sqlite_errors
from app.store.data_check import file_schema
from app.store.datadir import DB_NAME, DataFolderError, fsync_file, fsync_folder
from app.store.encryption import EncryptionError

FOLDER_NAME = "backups"
SUFFIX = ".sqlite3"
SIDECAR = ".json"
PARTIAL = ".partial"
DAILY_DAYS = 14
WEEKLY_WEEKS = 8
# why a backup was made (stable keys)
AUTOMATIC, BEFORE_RESTORE, BEFORE_UPGRADE = "automatic", "before-restore", "before-upgrade"
BEFORE_IMPORT = "before-import"  # File ▸ Import… (app.ui.data.exchange_dialogs)
PINNED = (BEFORE_RESTORE, BEFORE_UPGRADE, BEFORE_IMPORT)
COUNTED = (("cases", "case_file"), ("opinions", "opinion"), ("questions", "question"))
# how holds_text names each count, one and many, in the person's language (app.model.words)
COUNT_WORDS = {"cases": (N_("1 case"), N_("{n} cases")), "opinions": (N_("1 opinion"), N_("{n} opinions")),
               "questions": (N_("1 question"), N_("{n} questions"))}
_ONE_AT_A_TIME = threading.Lock()  # a backup in a helper thread and one before a restore never mix


class BackupError(DataFolderError):
    """A backup could not be made, read or restored; the message is worded for the person."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    cases: int
    opinions: int
    questions: int
    schema: int
    reason: str = AUTOMATIC
    fingerprint: str = ""  # the data's pages, so an unchanged start makes no new backup
    sha256: str = ""
    size: int = 0
    verified: bool = True

    @property
    def sidecar(self) -> Path:
        return self.path.with_suffix(SIDECAR)


def backup_folder(data_folder: Path) -> Path:
    return Path(data_folder) / FOLDER_NAME


def _private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def _digests(path: Path) -> tuple[str, str]:
    """(sha256 of the file, fingerprint of its pages without the header's change counters)."""
    data = path.read_bytes()
    pages = bytearray(data)
    pages[24:28] = bytes(4)  # file change counter
    pages[92:100] = bytes(8)  # version-valid-for and the SQLite version that wrote it
    return hashlib.sha256(data).hexdigest(), hashlib.sha256(pages).hexdigest()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {name: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] if table in have else 0
            for name, table in COUNTED}


def _open(path: Path, key: bytes | None, read_only: bool = True, **kwargs):
    """A connection to a backup (or its temporary file): through SQLCipher with the key when the
    file is encrypted (or, for a new file, when a key is given)."""
    from app.store import encryption  # small; sqlcipher3 itself is loaded only with a key
    path = Path(path)
    encrypted = key is not None and (not path.exists() or not encryption.is_plain_file(path))
    if read_only:
        where, kwargs = path.resolve().as_uri() + "?mode=ro", {**kwargs, "uri": True}
    else:
        where = str(path)
    if encrypted:
        assert key is not None
        return encryption.connect(where, key, **kwargs)
    if key is None and not encryption.is_plain_file(path):
        raise BackupError(say("The backup “{name}” is encrypted, and the app has no key for it now.", name=path.name))
    return sqlite3.connect(where, **kwargs)


def _content_fingerprint(conn) -> str:
    """An encrypted file's bytes differ on every write (fresh IVs): fingerprint what it holds."""
    digest = hashlib.sha256()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        digest.update(name.encode())
        for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
            digest.update(repr(row).encode())
    digest.update(str(conn.execute("PRAGMA user_version").fetchone()[0]).encode())
    return digest.hexdigest()


def check_copy(path: Path, key: bytes | None = None) -> dict:
    """Open a backup file read-only and check it: integrity ok, a schema this app knows.
    Returns what it holds; raises BackupError when it is not sound."""
    try:
        conn = _open(path, key)
    except sqlite_errors.ERRORS as exc:
        raise BackupError(say("The backup “{name}” cannot be opened.", name=path.name)) from exc
    except EncryptionError as exc:
        raise BackupError(say("The backup “{name}” does not open with the key of your information.",
                              name=path.name)) from exc
    try:
        if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            raise BackupError(say("The backup “{name}” is damaged.", name=path.name))
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 0 < schema <= migrations.LATEST:
            raise BackupError(say("The backup “{name}” is not one this version of the app can read.", name=path.name))
        held = {"schema": schema, **counts(conn)}
        if key is not None:
            held["fingerprint"] = _content_fingerprint(conn)
        return held
    except sqlite_errors.ERRORS as exc:
        raise BackupError(say("The backup “{name}” is damaged.", name=path.name)) from exc
    finally:
        conn.close()


def make_backup(source: sqlite3.Connection, folder: Path, now: datetime,
                reason: str = AUTOMATIC, skip_unchanged: bool = False,
                keep: tuple[Path, ...] = (), key: bytes | None = None) -> BackupInfo | None:
    """Back up the data open on `source` into `folder`, verified, then thin the older ones.

    With skip_unchanged, nothing is kept (None) when the data is exactly that of the newest
    backup, or when there is no data at all and no backup yet. Raises BackupError (nothing
    older is removed then) when the new backup cannot be made or does not verify. `keep`:
    backups the thinning must leave this time (the one about to be restored). `key`: the data
    key when the data is encrypted; the backup gets the same."""
    with _ONE_AT_A_TIME:
        return _make_backup(source, Path(folder), now, reason, skip_unchanged, keep, key)


def _make_backup(source, folder: Path, now: datetime, reason: str, skip_unchanged: bool, keep, key):
    folder = _private_folder(folder)
    stem = f"companion-{now.strftime('%Y%m%d-%H%M%S-%f')}"
    taken = 0
    while any(folder.glob(glob_escape(stem) + ".*")):  # never over an existing backup (a clock set back)
        taken += 1
        stem = f"companion-{now.strftime('%Y%m%d-%H%M%S-%f')}-{taken}"
    final = folder / (stem + SUFFIX)
    temp = folder / (stem + SUFFIX + PARTIAL)
    try:
        target = _open(temp, key, read_only=False)
        try:
            target.execute("PRAGMA synchronous=OFF")  # one fsync of the finished file below
            source.backup(target)
            # a self-contained file: no -wal or -shm beside it, and nothing else to copy
            target.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            target.close()
        if os.name == "posix":
            os.chmod(temp, 0o600)
        fsync_file(temp)
        held = check_copy(temp, key)
        sha, fingerprint = _digests(temp)
        fingerprint = held.pop("fingerprint", fingerprint)
    except sqlite_errors.ERRORS + (OSError, BackupError, EncryptionError) as exc:
        _remove(temp)
        reason_text = os_reason(exc, otherwise=say("it did not read back correctly"))
        raise BackupError(say("A backup of your information could not be made ({reason}). "
                              "Your information itself is unchanged, and older backups are kept.",
                              reason=reason_text)) from exc
    newest = next(iter(list_backups(folder)), None)
    if skip_unchanged and (
            (newest is not None and newest.fingerprint == fingerprint)
            or (newest is None and not any(held[name] for name, _ in COUNTED))):
        _remove(temp)
        return None
    info = BackupInfo(final, now, held["cases"], held["opinions"], held["questions"], held["schema"],
                      reason, fingerprint, sha, temp.stat().st_size)
    sidecar_temp = folder / (stem + SIDECAR + PARTIAL)
    try:
        sidecar_temp.write_text(json.dumps(_to_json(info), indent=1), encoding="utf-8")
        if os.name == "posix":
            os.chmod(sidecar_temp, 0o600)
        fsync_file(sidecar_temp)
        os.replace(sidecar_temp, info.sidecar)  # the sidecar first: without its file it is never listed
        os.replace(temp, final)
        fsync_folder(folder)
    except OSError as exc:
        for p in (sidecar_temp, temp, info.sidecar, final):
            _remove(p)
        raise BackupError(say("A backup of your information could not be saved ({reason}). "
                              "Your information itself is unchanged, and older backups are kept.",
                              reason=os_reason(exc))) from exc
    thin(folder, now, keep)
    return info


def when_text(when: datetime) -> str:
    """'24 November 2026, 14:02', the date in the person's language (app.model.words)."""
    return f"{long_date(when.date().isoformat())}, {when:%H:%M}"


def holds_text(held) -> str:
    """'3 cases, 36 opinions, 15 questions' for a BackupInfo or a counts() dict."""
    get = held.get if isinstance(held, dict) else lambda name: getattr(held, name)
    return ", ".join(say(COUNT_WORDS[name][0]) if get(name) == 1 else say(COUNT_WORDS[name][1], n=get(name))
                     for name, _ in COUNTED)


def _to_json(info: BackupInfo) -> dict:
    return {"format": 1, "when": info.when.isoformat(), "cases": info.cases, "opinions": info.opinions,
            "questions": info.questions, "schema": info.schema, "reason": info.reason,
            "fingerprint": info.fingerprint, "sha256": info.sha256, "size": info.size}


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def list_backups(folder: Path) -> list[BackupInfo]:
    """The good backups in a folder, newest first: each with its sidecar, of the recorded size."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for sidecar in folder.glob("companion-*" + SIDECAR):
        path = sidecar.with_suffix(SUFFIX)
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            info = BackupInfo(path, datetime.fromisoformat(meta["when"]), int(meta["cases"]),
                              int(meta["opinions"]), int(meta["questions"]), int(meta["schema"]),
                              str(meta["reason"]), str(meta["fingerprint"]), str(meta["sha256"]),
                              int(meta["size"]))
            if path.stat().st_size != info.size:
                continue
        except (OSError, ValueError, KeyError, TypeError):
            continue
        found.append(info)
    return sorted(found, key=lambda b: b.when, reverse=True)


def kept(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups the policy keeps (see the module's docstring)."""
    keep: set[Path] = set()
    seen: set[tuple] = set()
    for b in sorted(backups, key=lambda b: b.when, reverse=True):
        age = now - b.when
        if age < timedelta(days=DAILY_DAYS):
            bucket: tuple = ("day", b.when.date())
            if b.reason in PINNED:
                keep.add(b.path)
        elif age < timedelta(days=DAILY_DAYS, weeks=WEEKLY_WEEKS):
            bucket = ("week", *b.when.isocalendar()[:2])
        else:
            bucket = ("month", b.when.year, b.when.month)
        if bucket not in seen:
            seen.add(bucket)
            keep.add(b.path)
    if backups:
        keep.add(max(backups, key=lambda b: b.when).path)  # never the newest good one
    return keep


def thin(folder: Path, now: datetime, keep_also: tuple[Path, ...] = ()) -> list[Path]:
    """Remove the backups the policy does not keep (nor `keep_also`), and leftovers of
    unfinished ones. Returns what was removed."""
    folder = Path(folder)
    backups = list_backups(folder)
    keep = kept(backups, now) | set(keep_also)
    good = {b.path for b in backups}
    removed = []
    for b in backups:
        if b.path not in keep:
            for p in (b.path, b.sidecar):
                _remove(p)
            removed.append(b.path)
    for p in folder.glob("companion-*"):
        unfinished = p.name.endswith(PARTIAL)
        orphan = p.suffix == SUFFIX and p not in good
        lone_sidecar = p.suffix == SIDECAR and p.with_suffix(SUFFIX) not in good
        if unfinished or orphan or lone_sidecar:
            _remove(p)
            removed.append(p)
    return removed


def verify(info: BackupInfo, key: bytes | None = None) -> dict:
    """Check a listed backup before it is used: the same bytes as made, and sound."""
    try:
        sha, _ = _digests(info.path)
    except OSError as exc:
        raise BackupError(say("The backup of {when} cannot be read ({reason}).",
                              when=when_text(info.when), reason=os_reason(exc))) from exc
    if sha != info.sha256:
        raise BackupError(say("The backup of {when} has changed since it was made, so it is not used.",
                              when=when_text(info.when)))
    return check_copy(info.path, key)


def backup_before_upgrade(data_folder: Path, now: datetime) -> BackupInfo | None:
    """Before the app brings an older data file up to date, keep a backup of it as it was.
    Called only on a file the start-up check found sound; does nothing when no upgrade waits."""
    db_file = Path(data_folder) / DB_NAME
    if not 0 < file_schema(db_file) < migrations.LATEST:
        return None
    conn = sqlite3.connect(db_file)
    try:
        return make_backup(conn, backup_folder(data_folder), now, BEFORE_UPGRADE)
    finally:
        conn.close()
