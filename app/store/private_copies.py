"""Private copies of documents opened in the system's viewer, removed when the app closes.

A PDF is handed to the system's viewer as a file, so it is written to a folder of our own in
the temporary folder, readable only by this user (0700, files 0600). The folder's name carries
a marker and this process's id (`soc-open-<pid>-<random>`): the app removes its own folder when
it closes, and at start removes the folders of ours whose process is gone (after a `kill -9`
or a power cut). Nothing else in the temporary folder is touched.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MARKER = "soc-open-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    except OSError:
        return False
    return True


def _pid_of(folder: Path) -> int | None:
    rest = folder.name[len(MARKER):].split("-", 1)[0]
    return int(rest) if rest.isdigit() else None


def remove_stale(temp_root: Path | str | None = None) -> list[Path]:
    """Remove our folders whose process is no longer running; returns those removed."""
    root = Path(temp_root or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(root.iterdir())
    except OSError:
        return removed
    for folder in entries:
        pid = _pid_of(folder) if folder.name.startswith(MARKER) else None
        if pid is None or _alive(pid):
            continue
        try:
            if folder.is_symlink() or not folder.is_dir() or folder.stat().st_uid != os.getuid():
                continue
        except (OSError, AttributeError):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


class PrivateCopies:
    """This process's folder of opened copies: made on first use, removed by `clear`."""

    def __init__(self, temp_root: Path | str | None = None):
        self.temp_root = temp_root
        self.folder: Path | None = None

    def _ensure(self) -> Path:
        if self.folder is None or not self.folder.is_dir():
            self.folder = Path(tempfile.mkdtemp(prefix=f"{MARKER}{os.getpid()}-", dir=self.temp_root))
            os.chmod(self.folder, 0o700)
        return self.folder

    def path_for(self, name: str) -> Path:
        """A new file path in a sub-folder of its own, so the viewer shows the document's own name
        and two documents of the same name never meet."""
        sub = Path(tempfile.mkdtemp(dir=self._ensure()))
        safe = "".join(c if c.isalnum() or c in " ._-()" else "_" for c in name).strip() or "document"
        return sub / safe[:120]

    def clear(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
