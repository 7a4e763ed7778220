"""The start-up check of the data folder, begun on a helper thread before the window's code loads.

`data_check.check_folder` reads the whole data file (SQLite's integrity check, then every stored
value), and SQLite lets go of Python's lock while it reads. Meanwhile the main thread spends most
of start-up loading Qt and the app's modules, in Python. Begun first on a helper thread, the
check is done, or nearly, by the time the data is opened: ~10 ms of a usual start, and most of a
big file's check (200 MB of attached documents: ~85 ms at every start, more from a cold disk).

It is not begun when the folder's lock file is there: another app of ours is using the folder
(this start will only bring that one's window forward), or one was stopped without closing
(its left-overs are for the usual check, after this app holds the folder).

Nothing changes in what is checked or told. Its finding is used only when it is the usual one
(a sound file, or no data yet) and the files it read are still exactly as they were then (size
and modification time of the data file, its -wal and its -shm): another app of ours that was
still closing, say, would have changed them. Anything else, a damaged file included, is left to
the usual check on the main thread, which then also words what it finds in the language the
person chose (not installed yet while this runs).
"""
from __future__ import annotations

import threading
from pathlib import Path

from app.store import data_check
from app.store.datadir import LOCK_NAME

USED_KINDS = (data_check.SOUND, data_check.NEW)


def files_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of the data file, its -wal and its -shm (those there)."""
    return data_check.snapshot(data_check.data_files(Path(folder)))


class EarlyCheck:
    """check_folder(folder) on a helper thread, started at once."""

    def __init__(self, folder: Path):
        self.folder = Path(folder).expanduser()
        self._finding: data_check.Finding | None = None
        self._state: dict | None = None
        self._thread = threading.Thread(target=self._run, name="start-up data check", daemon=True)
        self.begun = not (self.folder / LOCK_NAME).exists()
        if self.begun:
            self._thread.start()

    def _run(self) -> None:
        try:
            before = files_state(self.folder)
            finding = data_check.check_folder(self.folder)
            if finding.kind in USED_KINDS and files_state(self.folder) == before:
                self._state, self._finding = before, finding
        except Exception:  # noqa: BLE001 -- the usual check meets it again on the main thread and says so
            pass

    def finding(self, folder: Path) -> data_check.Finding | None:
        """The early finding for `folder` if it still holds now (waiting for the check to end);
        None: check the folder the usual way."""
        if Path(folder).expanduser() != self.folder or not self.begun:
            return None
        self._thread.join()
        if self._finding is None or files_state(self.folder) != self._state:
            return None
        return self._finding
