"""Where the data lives, and keeping that folder private to this user account.

The folder is made 0700 and every file in it 0600, so another account on a shared
laptop cannot read what was typed. Failing to write it is reported as a
DataFolderError whose message is meant to be shown to the person as it is.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.model.words import os_reason, say

APP_DIR_NAME = "SecondOpinionCompanion"
DB_NAME = "companion.sqlite3"
LOCK_NAME = "companion.lock"  # held by the app using the folder (app.ui.single_instance)


class DataFolderError(Exception):
    """A data folder problem, worded for the person using the app."""


def prepare_private_dir(path: Path) -> Path:
    """Create the data folder private to this user (or use an existing one), and prove it is writable."""
    path = Path(path).expanduser()
    try:
        if not path.is_dir():
            path.mkdir(mode=0o700, parents=True)
            if os.name == "posix":
                os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
        # a folder the person chose that already exists keeps its own permissions;
        # our files in it are still made private (make_private)
        fd, probe = tempfile.mkstemp(dir=path, prefix=".write-test-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if path.exists() and not path.is_dir():
            reason = say("that is a file, not a folder")
        else:
            reason = os_reason(exc)
        raise DataFolderError(say(
            "Your information cannot be saved in the folder “{path}”: "
            "{reason}. Nothing has been changed. Please choose a folder you can "
            "write to (for example with --data-dir), or check that the disk is not full.",
            path=path, reason=reason)
        ) from exc
    return path


def make_private(file_path: Path) -> None:
    if os.name == "posix" and file_path.exists():
        os.chmod(file_path, 0o600)


def fsync_file(path: Path) -> None:
    """What was written to `path` is on the disk, not only in the system's cache."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """A file made, renamed or removed in `folder` stays so after a power cut (POSIX)."""
    if os.name == "posix":
        fsync_file(folder)
