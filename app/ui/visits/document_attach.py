"""Copying one file into the data, off the window's thread, with progress the person can cancel.

The file is checked first (type, size, readable: app.model.documents.check_file), before a byte is
copied. A helper thread then hashes it (the same content already attached is found before
copying) and copies it in one transaction on a connection of its own (app.store.documents);
sqlite3 and hashlib release Python's lock while they work, so the window keeps painting. A timer on
the window's thread reads the progress and, at the end, tells `finished` what happened.

Signals: finished(object) — an AttachResult.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.model import documents as dm
from app.model.records import record
from app.store import documents as store
from app.store import sqlite_errors

POLL_MS = 40
STORED, DUPLICATE, FAILED, CANCELLED = "stored", "duplicate", "failed", "cancelled"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


@record
class AttachResult:
    outcome: str
    path: Path
    sha256: str = ""
    size: int = 0
    message: str = ""
    duplicate: object = None


def problem_message(problem: str, path: Path, size: int) -> str:
    name = path.name
    if problem == dm.TOO_BIG:
        return _tr("“{0}” is {1}, larger than the 200 MB a document may be, so it was not added. Nothing was "
                   "copied. You could ask for a smaller copy, or keep it beside the app.").format(
                       name, dm.size_text(size))
    if problem == dm.UNSUPPORTED:
        return _tr("“{0}” is not a kind of file the app can keep. It keeps PDF files, photos (PNG or JPEG) "
                   "and text files. Nothing was copied.").format(name)
    if problem == dm.EMPTY:
        return _tr("“{0}” is empty, so there is nothing to keep. Nothing was copied.").format(name)
    return _tr("“{0}” could not be read. It may have been moved, or this user account may not be allowed to "
               "open it. Nothing was copied; please check the file and try again.").format(name)


class AttachJob(QObject):
    finished = Signal(object)

    def __init__(self, parent: QWidget, db, path: Path, known: dict[str, object]):
        """`known`: the case's documents by content hash (a duplicate is told, not copied)."""
        super().__init__(parent)
        self.parent_widget, self.path, self.known = parent, Path(path), known
        self.db_path, self.key = db.path, db.key
        self.total, self.done = 1, 0
        self.cancel = False
        self.result: AttachResult | None = None
        self.progress: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        problem, size = dm.check_file(self.path)
        if problem:
            self._finish(AttachResult(FAILED, self.path, size=size, message=problem_message(problem, self.path, size)))
            return
        self.total = max(1, 2 * size)  # read once to hash, once to copy
        self.progress = QProgressDialog(_tr("Adding “{0}”…").format(self.path.name), _tr("Cancel"), 0, 1000,
                                        self.parent_widget)
        self.progress.setWindowTitle(_tr("Adding a document"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancelled)
        self.thread = threading.Thread(target=self._run, args=(size,), name="attach-document", daemon=True)
        self.thread.start()
        self.timer.start()

    def _cancelled(self) -> None:
        self.cancel = True

    def _tick(self, done: int) -> bool:  # in the helper thread
        self.done = done
        return not self.cancel

    def _run(self, size: int) -> None:  # in the helper thread: no Qt here
        path = self.path
        try:
            sha, hashed = store.hash_file(path, lambda done: self._tick(done))
            if sha in self.known:
                self.result = AttachResult(DUPLICATE, path, sha, hashed, duplicate=self.known[sha])
                return
            conn = store.open_writer(self.db_path, self.key)
            try:
                store.store_file(conn, path, sha, hashed, lambda done: self._tick(hashed + done))
            finally:
                conn.close()
            self.result = AttachResult(STORED, path, sha, hashed)
        except store.Stopped:
            self.result = AttachResult(CANCELLED, path)
        except store.ContentChanged:
            self.result = AttachResult(FAILED, path, message=_tr(
                "“{0}” changed while it was being copied, so it was not added. Nothing was kept; please "
                "try again once it is finished.").format(path.name))
        except OSError:
            self.result = AttachResult(FAILED, path, message=problem_message(dm.UNREADABLE, path, 0))
        except Exception as exc:  # noqa: BLE001 — any database error is told, none half-stored
            reason = sqlite_errors.reason(sqlite_errors.cause(exc))
            text = _tr("“{0}” could not be added because {1}. Nothing of it was kept, and your other "
                       "information is unchanged. You can add it again once that is put right.").format(
                path.name, reason or _tr("of a fault in this app, not anything you did"))
            self.result = AttachResult(FAILED, path, message=text)

    def _poll(self) -> None:
        if self.progress is not None:
            self.progress.setValue(min(999, int(1000 * self.done / self.total)))
        if self.thread is not None and not self.thread.is_alive():
            self.timer.stop()
            self.thread.join()
            self._finish(self.result or AttachResult(FAILED, self.path, message=problem_message("", self.path, 0)))

    def _finish(self, result: AttachResult) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.result = result
        self.finished.emit(result)

    def wait(self, timeout: float | None = None) -> None:
        """For the window closing meanwhile: let the copy end (it rolls back when cancelled)."""
        self.cancel = True
        if self.thread is not None:
            self.thread.join(timeout)
