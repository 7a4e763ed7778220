"""The bytes of attached documents, kept inside the data file (migration `documents`).

Why in the database and not as files beside it: SQLite's backup API then carries them into
every backup, the passphrase lock (SQLCipher) encrypts them with everything else, and a copy
is in or out in one transaction — a disk that fills half-way leaves nothing half-stored. The
limit of 200 MB per file keeps this sensible (SQLite handles data files of many GB).

Each content is kept once, by its SHA-256, in chunks of CHUNK bytes, so it is written and read
a piece at a time without holding a 200 MB value in memory. A content no document names any
more is kept until the next start (an undone removal brings the document back with its bytes)
and then removed (`remove_unused`; secure_delete zeroes it in the file).

`store_file` runs in a helper thread on a connection of its own (`open_writer`): sqlite3 and
hashlib release Python's lock while they work, so the window stays responsive.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

CHUNK = 1024 * 1024

Progress = Callable[[int], bool]  # told the bytes done so far; returns False to stop


class ContentChanged(Exception):
    """The file changed (or grew past its size) while it was being copied."""


class Stopped(Exception):
    """The person cancelled the copy; nothing was stored."""


def hash_file(path: Path | str, progress: Progress | None = None) -> tuple[str, int]:
    """(SHA-256 hex, size) of a file, read a chunk at a time."""
    import hashlib  # here, not at start-up: it loads OpenSSL
    digest, done = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None and not progress(done):
                raise Stopped()
    return digest.hexdigest(), done


def has_content(conn, sha256: str) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM document_content WHERE sha256=?)",
                        (sha256,)).fetchone()[0] == 1


def open_writer(db_path: Path, key: bytes | None):
    """A connection of its own for the helper thread (the window's connection stays the window's).
    It waits up to a minute for a write the window is making, rather than failing."""
    if key is not None:
        from app.store import encryption
        conn = encryption.connect(db_path, key, isolation_level=None, check_same_thread=False, timeout=60)
    else:
        conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=60)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def store_file(conn, path: Path | str, sha256: str, size: int, progress: Progress | None = None) -> bool:
    """Copy a file's bytes in, in ONE transaction: all of it, or nothing (a full disk, a
    cancel, a file that changed since it was hashed all roll back). True when copied, False when
    that content was already kept."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if has_content(conn, sha256):
            conn.execute("ROLLBACK")
            return False
        conn.execute("INSERT INTO document_content (sha256, size) VALUES (?, ?)", (sha256, size))
        import hashlib
        digest, done, seq = hashlib.sha256(), 0, 0
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                done += len(chunk)
                if done > size:
                    raise ContentChanged()
                conn.execute("INSERT INTO document_chunk (sha256, seq, data) VALUES (?, ?, ?)",
                             (sha256, seq, chunk))
                seq += 1
                if progress is not None and not progress(done):
                    raise Stopped()
        if done != size or digest.hexdigest() != sha256:
            raise ContentChanged()
        conn.execute("COMMIT")
        return True
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite may have rolled back by itself (a full disk)
        raise


def chunks(conn, sha256: str):
    """The content's bytes, a chunk at a time, in order."""
    last = conn.execute("SELECT COALESCE(MAX(seq), -1) FROM document_chunk WHERE sha256=?",
                        (sha256,)).fetchone()[0]
    for seq in range(last + 1):
        row = conn.execute("SELECT data FROM document_chunk WHERE sha256=? AND seq=?", (sha256, seq)).fetchone()
        if row is None:
            raise LookupError(sha256)
        yield bytes(row[0])


def read_content(conn, sha256: str) -> bytes:
    """All the bytes (for an image to show; a PDF is written out with `write_copy`)."""
    if not has_content(conn, sha256):
        raise LookupError(sha256)
    return b"".join(chunks(conn, sha256))


def write_copy(conn, sha256: str, dest: Path) -> Path:
    """Write the content to a new private file (0600), checking its hash on the way."""
    if not has_content(conn, sha256):
        raise LookupError(sha256)
    import hashlib
    digest = hashlib.sha256()
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with open(fd, "wb") as f:
        for chunk in chunks(conn, sha256):
            digest.update(chunk)
            f.write(chunk)
    if digest.hexdigest() != sha256:
        Path(dest).unlink(missing_ok=True)
        raise ContentChanged()
    return Path(dest)


def remove_unused(conn) -> int:
    """Remove the contents no document names (at start, when no undo can bring one back).
    Returns how many were removed. Nothing is written when there is nothing to remove."""
    unused = "FROM document_content WHERE sha256 NOT IN (SELECT sha256 FROM document)"
    if not conn.execute(f"SELECT EXISTS (SELECT 1 {unused})").fetchone()[0]:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        count = conn.execute(f"DELETE {unused}").rowcount
        conn.execute("COMMIT")
        return count
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
