"""The slow parts of File ▸ Export… and File ▸ Import…, on a helper thread, with a progress dialog.

Export (gather the records, scrypt, compress, encrypt, write), reading an import (scrypt,
decrypt, unpack, the preview) and applying it (the backup first, then the merge in one
transaction) each take from a few tenths of a second to a few seconds with 20 full cases. They
run here on a helper thread, so the window keeps painting and its timers keep ticking.

Why a connection of the helper's own (`helper_database`), not "the window's thread reads and the
helper only works on bytes": gathering a big export (0.3 s) and the preview (0.3–0.6 s, a merge
rolled back) are database work, and they are the larger part; SQLite connections belong to one
thread at a time, and the window's own one keeps saving edits. The helper's connection is a
second Database on the same file, with the window's clock and key; WAL lets the window read
meanwhile, and the import's one transaction commits there (the window reloads what it shows after).

The helper runs plain Python and no Qt; a timer on the window's thread reads its progress and,
at the end, emits `finished`. Cancel is honoured only at the steps where nothing was written
yet (`Progress.step` raises Cancelled there); once writing starts the button goes away.

Signals: ExchangeJob.finished(object) — a JobResult.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.model.records import record
from app.model.words import os_reason
from app.store import backup, exchange_format
from app.store.datadir import DataFolderError
from app.store.storage import Database, RecordGone
from app.workspace import exchange_documents, merge
from app.workspace.core import save_error
from app.workspace.exchange_bundle import collect

POLL_MS = 30
SHOW_AFTER_MS = 300  # quick jobs (a small case, a plain file) finish without a flash of a dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class Cancelled(Exception):
    """The person pressed Cancel before anything was written."""


@record
class JobResult:
    value: object = None
    error: BaseException | None = None
    cancelled: bool = False


class Progress:
    """What the helper thread tells the window: the step it is at (shown as words chosen on the
    window's thread), and whether Cancel may still stop it. No Qt here."""

    def __init__(self, steps: int):
        self.steps = steps
        self.done = 0
        self.label = ""
        self.cancel_requested = False
        self.cancellable = True

    def check(self) -> None:
        """Raises Cancelled when the person asked to stop (and still may)."""
        if self.cancel_requested and self.cancellable:
            raise Cancelled

    def step(self, label: str) -> None:
        """Start the next step, unless the person asked to stop."""
        self.check()
        self.label = label
        self.done += 1

    def writing(self, label: str) -> None:
        """The last moment to stop: from here on the step runs to its end."""
        self.step(label)
        self.cancellable = False


def helper_database(db: Database) -> Database:
    """A connection of the helper thread's own to the window's data (same file, key and clock)."""
    helper = Database(db.path, checked=True, key=db.key)
    helper.clock = db.clock
    return helper


def with_helper_database(db: Database, work: Callable[[Database, Progress], object]):
    """`work` run with a helper connection that is closed after, whatever happens."""
    def run(progress: Progress):
        helper = helper_database(db)
        try:
            return work(helper, progress)
        finally:
            helper.close()
    return run


class ExchangeJob(QObject):
    """Run `work(progress)` on a helper thread; a progress dialog over `parent` after a moment."""
    finished = Signal(object)

    def __init__(self, parent: QWidget, title: str, labels: dict[str, str], steps: int,
                 work: Callable[[Progress], object]):
        """`labels`: the words for each step's label key (translated here, on the window's thread)."""
        super().__init__(parent)
        self.parent_widget, self.work, self.labels = parent, work, labels
        self.progress_state = Progress(steps)
        self.result: JobResult | None = None
        self.progress = QProgressDialog(labels.get("", ""), _tr("Cancel"), 0, steps, parent)
        self.progress.setObjectName("exchange_progress")
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.thread: threading.Thread | None = None
        self._shown_label = None
        self._cancel_hidden = False

    def start(self) -> None:
        self.progress.setValue(0)  # starts its "show after a moment" clock
        self.thread = threading.Thread(target=self._run, name="exchange", daemon=True)
        self.thread.start()
        self.timer.start()

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def request_cancel(self) -> None:
        self._cancel()

    def _cancel(self) -> None:
        if self.progress_state.cancellable:
            self.progress_state.cancel_requested = True
            self.progress.setLabelText(_tr("Stopping…"))

    def _run(self) -> None:  # in the helper thread: no Qt here
        try:
            self.result = JobResult(value=self.work(self.progress_state))
        except Cancelled:
            self.result = JobResult(cancelled=True)
        except Exception as exc:  # noqa: BLE001 — told to the person on the window's thread
            self.result = JobResult(error=exc)

    def _poll(self) -> None:
        state = self.progress_state
        if state.label != self._shown_label and not state.cancel_requested:
            self._shown_label = state.label
            self.progress.setLabelText(self.labels.get(state.label, ""))
        if not state.cancellable and not self._cancel_hidden:
            self._cancel_hidden = True
            self.progress.setCancelButton(None)  # writing has begun: it runs to its end
        self.progress.setValue(min(state.done, state.steps - 1))  # full only when really done
        if self.thread is not None and not self.thread.is_alive():
            self.timer.stop()
            self.thread.join()
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            if self.parent_widget.isVisible():
                self.parent_widget.activateWindow()  # the keyboard back where the person was
            self.finished.emit(self.result or JobResult(error=RuntimeError("the helper stopped early")))

    def wait(self, timeout: float | None = None) -> None:
        """For the window closing meanwhile: ask to stop, and let the helper end."""
        self.progress_state.cancel_requested = True
        if self.thread is not None:
            self.thread.join(timeout)


def stopped_instead(job: ExchangeJob | None) -> bool:
    """For a dialog's Esc while its job runs (before the progress shows): ask the job to stop
    (when it still may) and keep the dialog, which then says what happened. True when a job runs."""
    if job is None:
        return False
    job.request_cancel()
    return True


# ---- the work itself (helper thread) -------------------------------------------------------------
def export_work(db: Database, case_id: int | None, passphrase: str | None, path: Path):
    """Gather, pack (scrypt, compress, encrypt) and write the export, attached documents' bytes a
    frame at a time; no file when cancelled or failed (Cancel stops it until the first byte)."""
    def work(helper: Database, progress: Progress) -> Path:
        progress.step("gather")
        payload = collect(helper, case_id)
        progress.step("protect" if passphrase is not None else "pack")
        exchange_format.write_export(path, payload, passphrase, read_content=exchange_documents.reader(helper.conn),
                                     ready=lambda: progress.writing("write"), data_folder=helper.path.parent)
        return path
    return with_helper_database(db, work)


def read_work(db: Database, data: Path | bytes, passphrase: str | None):
    """Open the file (scrypt, decrypt, unpack) and work out the preview: (payload, differences).
    Nothing is written (the preview's merge is rolled back), so Cancel stops it at any step."""
    def work(helper: Database, progress: Progress):
        progress.step("unlock" if passphrase is not None else "read")
        payload = exchange_format.unpack(data, passphrase)
        progress.step("preview")
        found = merge.preview(helper, payload)
        progress.check()  # a preview nobody waits for any more is not shown
        return payload, found
    return with_helper_database(db, work)


def apply_work(db: Database, payload: dict, when: datetime):
    """Back everything up (verified), then merge in one transaction: (backup made, what was done)."""
    def work(helper: Database, progress: Progress):
        progress.writing("backup")
        made = backup.make_backup(helper.conn, backup.backup_folder(helper.path.parent), when,
                                  backup.BEFORE_IMPORT, key=helper.key)
        progress.step("apply")
        return made, merge.apply(helper, payload)
    return with_helper_database(db, work)


# ---- the jobs, with their words (window's thread) ----------------------------------------------
def export_job(parent: QWidget, db: Database, case_id: int | None, passphrase: str | None,
               path: Path) -> ExchangeJob:
    return ExchangeJob(parent, _tr("Exporting"), {
        "": _tr("Starting…"),
        "gather": _tr("Gathering what goes into the file…"),
        "protect": _tr("Protecting the file with the passphrase…"),
        "pack": _tr("Packing the file…"),
        "write": _tr("Writing the file…")}, 4, export_work(db, case_id, passphrase, path))


def read_job(parent: QWidget, db: Database, data: Path | bytes, passphrase: str | None) -> ExchangeJob:
    return ExchangeJob(parent, _tr("Opening the file"), {
        "": _tr("Starting…"),
        "unlock": _tr("Unlocking the file with the passphrase…"),
        "read": _tr("Reading the file…"),
        "preview": _tr("Working out what importing would change…")}, 3, read_work(db, data, passphrase))


def apply_job(parent: QWidget, db: Database, payload: dict, when: datetime) -> ExchangeJob:
    return ExchangeJob(parent, _tr("Importing"), {
        "": _tr("Starting…"),
        "backup": _tr("Backing up everything first…"),
        "apply": _tr("Importing…")}, 2, apply_work(db, payload, when))


def _unexpected(exc: BaseException) -> str:
    if isinstance(exc, DataFolderError):  # the data could not be opened a second time
        return str(exc)
    return _tr("Something went wrong in this app ({reason}); it is not anything you did.").format(
        reason=type(exc).__name__)


def export_problem(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return _tr("The file could not be written ({reason}). Your information itself is unchanged. Please "
                   "choose another folder, or free some space.").format(reason=os_reason(exc))
    return _unexpected(exc) + " " + _tr("No file was written, and your information itself is unchanged.")


def read_problem(exc: BaseException) -> str:
    if isinstance(exc, exchange_format.ExchangeFileError):
        return str(exc)
    return _unexpected(exc) + " " + _tr("Nothing was changed here.")


def apply_problem(exc: BaseException) -> str:
    if isinstance(exc, backup.BackupError):
        return str(exc) + " " + _tr("Nothing was imported, because the app imports only after a backup.")
    if isinstance(exc, exchange_format.ExchangeFileError):
        return str(exc)
    if isinstance(exc, sqlite3.Error | RecordGone):  # disk full, read-only…: the transaction rolled back
        return str(save_error(exc)) + " " + _tr("Nothing from the file was imported.")
    return _unexpected(exc) + " " + _tr("Nothing from the file was imported.")


# ---- the smoke test (and so the frozen bundle) ----------------------------------------------------
def _wait_for(job: ExchangeJob) -> JobResult:
    from PySide6.QtCore import QEventLoop
    loop, out = QEventLoop(), {}
    job.finished.connect(lambda result: (out.setdefault("result", result), loop.quit()))
    job.start()
    loop.exec()
    return out["result"]


def smoke_check() -> bool:
    """A backup, an export and an import of a small case, plain and with a passphrase, through the
    helper thread: run by --smoke-test, so `make package-test` proves `cryptography` and the
    exchange code are in the bundle and work there."""
    import shutil
    import tempfile

    from app.workspace.example_case import example_case
    root = Path(tempfile.mkdtemp(prefix="soc-smoke-exchange-"))
    parent = QWidget()  # never shown: the jobs are quick, their progress never appears
    anna = ben = None
    try:
        anna = Database.open_folder(root / "anna")
        title = anna.load_case(anna.insert_case(example_case())).title
        made = backup.make_backup(anna.conn, backup.backup_folder(root / "anna"), datetime.now(), key=anna.key)
        ok = made is not None and backup.verify(made, anna.key)["cases"] == 1
        ben = Database.open_folder(root / "ben")
        for passphrase in (None, "smoke test passphrase"):
            path = root / "case.socase"
            exported = _wait_for(export_job(parent, anna, None, passphrase, path))
            data = path.read_bytes()
            ok = ok and exported.error is None and exchange_format.is_protected(data) == (passphrase is not None)
            read = _wait_for(read_job(parent, ben, data, passphrase))
            if read.error is not None or read.value is None:
                return False
            payload, found = read.value
            applied = _wait_for(apply_job(parent, ben, payload, datetime.now()))
            ok = ok and applied.error is None and [c.title for c in ben.list_cases()] == [title]
            ok = ok and (bool(merge.changes(found)) == (passphrase is None))  # the second time: already here
            path.unlink()
        return ok
    finally:
        for db in (anna, ben):
            if db is not None:
                db.close()
        parent.deleteLater()
        shutil.rmtree(root, ignore_errors=True)
