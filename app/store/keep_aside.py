"""Keep a damaged data file aside, untouched: its files are MOVED (renamed, never copied or
rewritten) into a new `damaged-YYYYmmdd-HHMMSS` folder inside the data folder, each hashed before
and after, so the person is told it was kept "exactly as it was" only when that was verified
(why a move: app.store.data_check's docstring).
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from app.model.words import os_reason, say
from app.store.data_check import DataFileError, Finding
from app.store.datadir import DataFolderError


def file_digest(path: Path) -> str:
    """A hash of a file, or of a folder's whole tree (names and contents)."""
    import hashlib  # only when files are set aside: it loads OpenSSL, which costs start-up time
    h = hashlib.sha256()
    if path.is_dir() and not path.is_symlink():
        for sub in sorted(path.rglob("*")):
            h.update(str(sub.relative_to(path)).encode("utf-8", "surrogateescape"))
            if sub.is_file():
                h.update(file_digest(sub).encode())
        return "dir:" + h.hexdigest()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def aside_folder_name(now: datetime | None = None) -> str:
    return "damaged-" + (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def planned_aside(folder: Path) -> Path:
    """Where set_aside will put the files (a name that does not exist yet)."""
    base = Path(folder) / aside_folder_name()
    target, n = base, 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    return target


def set_aside(finding: Finding, target: Path | None = None) -> Path:
    """Move the data's files, untouched, into a new folder inside the data folder; return it.

    Raises DataFolderError (nothing changed) when the folder cannot be made or a file cannot
    be moved, and DataFileError when a moved file is not byte-for-byte what it was."""
    target = target or planned_aside(finding.folder)
    files = [p for p in finding.files if os.path.lexists(p)]
    before = {p.name: file_digest(p) for p in files if not p.is_symlink()}
    moved: list[tuple[Path, Path]] = []
    try:
        target.mkdir(mode=0o700)
        for p in files:
            os.rename(p, target / p.name)
            moved.append((p, target / p.name))
    except OSError as exc:
        for src, dst in reversed(moved):  # put back what was moved: nothing changed
            try:
                os.rename(dst, src)
            except OSError:
                pass
        try:
            target.rmdir()
        except OSError:
            pass
        raise DataFolderError(say(
            "The damaged file could not be moved aside into “{target}” ({detail}). "
            "Nothing has been changed. Please check that the folder can be written to, or start "
            "the app with another data folder (--data-dir).", target=target, detail=os_reason(exc))) from exc
    after = {name: file_digest(target / name) for name in before}
    if after != before:
        raise DataFileError(say("The damaged file was moved to “{target}”, but it now reads differently "
                                "from before. Please leave that folder as it is.", target=target))
    return target
