"""Restoring a backup (over the open data, or as the data file of a folder that has none) and
converting every backup when the passphrase is set, changed or removed: the backups of
app.store.backup put to use.

Moved out of app.store.backup to keep each module readable.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from app.model.words import os_reason, say
from app.store import sqlite_errors
from app.store.backup import (
    _ONE_AT_A_TIME,
    PARTIAL,
    BackupError,
    BackupInfo,
    _digests,
    _open,
    _remove,
    _to_json,
    list_backups,
    verify,
    when_text,
)
from app.store.datadir import DB_NAME, fsync_file, fsync_folder


def restore(info: BackupInfo, target: sqlite3.Connection, key: bytes | None = None) -> None:
    """Replace the data open on `target` with the backup's, in one step (SQLite's backup API
    writes every page in one transaction: all of it or nothing). The caller backs up the
    current data first and brings the schema up to date afterwards (opening a Database does)."""
    verify(info, key)
    source = _open(info.path, key)
    try:
        source.backup(target)
    except sqlite_errors.ERRORS as exc:
        raise BackupError(say("The backup of {when} could not be put back ({reason}). "
                              "What was there before is unchanged.", when=when_text(info.when),
                              reason=getattr(exc, 'sqlite_errorname', None) or exc)) from exc
    finally:
        source.close()


def restore_to_file(info: BackupInfo, data_folder: Path) -> Path:
    """Put a backup in place as the data file of a folder that has none (after a damaged one
    was set aside): written under a temporary name, fsynced, then renamed into place."""
    verify(info)
    final = Path(data_folder) / DB_NAME
    if os.path.lexists(final):
        raise BackupError(say("There is already a data file in “{folder}”; it was not replaced.",
                              folder=data_folder))
    temp = Path(data_folder) / (DB_NAME + PARTIAL)
    _remove(temp)
    try:
        target = sqlite3.connect(temp)
        try:
            restore(info, target)
            target.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            target.close()
        if os.name == "posix":
            os.chmod(temp, 0o600)
        fsync_file(temp)
        os.replace(temp, final)
        fsync_folder(Path(data_folder))
    except (sqlite3.Error, OSError) as exc:
        _remove(temp)
        raise BackupError(say("The backup could not be put in place ({reason}).",
                              reason=os_reason(exc))) from exc
    return final


def convert_all(folder: Path, old_key: bytes | None, new_key: bytes | None) -> int:
    """Encrypt (or decrypt) every good backup in a folder to match the data, each through a
    checked new file, and record its new size and sha256. Idempotent: a backup already as wanted
    is left alone. Returns how many were converted."""
    from app.store import encryption
    converted = 0
    with _ONE_AT_A_TIME:
        for info in list_backups(Path(folder)):
            if not encryption.convert_file(info.path, old_key, new_key):
                continue
            sha, _ = _digests(info.path)
            updated = BackupInfo(info.path, info.when, info.cases, info.opinions, info.questions,
                                 info.schema, info.reason, info.fingerprint, sha, info.path.stat().st_size)
            temp = Path(folder) / (info.sidecar.name + PARTIAL)
            temp.write_text(json.dumps(_to_json(updated), indent=1), encoding="utf-8")
            if os.name == "posix":
                os.chmod(temp, 0o600)
            fsync_file(temp)
            os.replace(temp, info.sidecar)
            converted += 1
        fsync_folder(Path(folder))
    return converted
