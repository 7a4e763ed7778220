"""Files the app writes where the person chose (an export, a calendar file): whole or not at all,
and nothing half-written left behind by a crash.

`write_whole` writes a private `.partial` beside the chosen path, flushes it to the disk and
renames it into place, so a crash leaves the old file or none, never half of one; any error (a
Cancel included) removes the `.partial`. A crash itself (kill -9, a power cut) cannot remove it,
and it would stay there, a half-written copy of someone's medical information, perhaps on a USB
stick. So before the first byte the `.partial` is listed in the data folder (LEDGER), and struck
off once it is gone; the next start removes whatever a crash left listed (`sweep`).
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

LEDGER = "unfinished-files.json"
PARTIAL = ".partial"
_lock = threading.Lock()  # an export writes on a helper thread while the window may write too


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL)


def write_whole(path: Path, write: Callable[[BinaryIO], object], data_folder: Path | None = None) -> None:
    """`write(out)` fills a private temporary file beside `path`, which then takes its place.
    `data_folder`: where a crash's leftover is listed for the next start to remove (None: not listed)."""
    temp = partial_path(path)
    if data_folder is not None:
        _note(data_folder, temp, add=True)
    try:
        with open(temp, "wb") as out:
            if os.name == "posix":
                os.chmod(temp, 0o600)
            write(out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        if data_folder is not None:
            _note(data_folder, temp, add=False)
        raise
    os.replace(temp, path)
    if data_folder is not None:
        _note(data_folder, temp, add=False)


def sweep(data_folder: Path) -> list[Path]:
    """At start: remove the `.partial` files a crash left (those listed); returns them. An entry
    whose folder is not there now (a USB stick not plugged in) is kept for a later start."""
    with _lock:
        listed = _read(data_folder)
        if not listed:
            return []
        removed, kept = [], []
        for name in listed:
            temp = Path(name)
            if not temp.parent.is_dir():
                kept.append(name)
                continue
            try:
                temp.unlink()
                removed.append(temp)
            except FileNotFoundError:
                pass
            except OSError:
                kept.append(name)  # not removable now (a read-only stick): tried again next time
        _write(data_folder, kept)
        return removed


def _note(data_folder: Path, temp: Path, add: bool) -> None:
    """List (or strike off) one `.partial`. Best effort: a data folder that cannot be written to
    now does not stop an export; its `.partial` is then only removed by the usual way out."""
    with _lock:
        listed = [name for name in _read(data_folder) if name != str(temp)]
        try:
            _write(data_folder, listed + [str(temp)] if add else listed)
        except OSError:
            pass


def _read(data_folder: Path) -> list[str]:
    try:
        listed = json.loads((Path(data_folder) / LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # none (the usual case), or unreadable: nothing known to remove
    return [name for name in listed if isinstance(name, str) and name.endswith(PARTIAL)] \
        if isinstance(listed, list) else []


def _write(data_folder: Path, listed: list[str]) -> None:
    ledger = Path(data_folder) / LEDGER
    if not listed:
        ledger.unlink(missing_ok=True)
        return
    data = json.dumps(listed).encode("utf-8")
    write_whole(ledger, lambda out: out.write(data))  # the list itself is not listed
