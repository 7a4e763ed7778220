"""File ▸ Import…'s dialog (started by app.ui.data.exchange_dialogs.start_import): if the file is
protected, the passphrase is asked in the same dialog (a wrong one gets a kind message and another
try); then it lists, row by row, what will be added, changed, kept side by side or removed. Apply
backs up everything first, then merges in one transaction (app.workspace.merge), or changes nothing.

Moved out of exchange_dialogs to keep each module readable.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QPushButton, QVBoxLayout

from app.store import backup, exchange_format
from app.ui import messages
from app.ui.data import exchange_worker
from app.ui.data.exchange_dialogs import saved_first
from app.ui.data.exchange_worker import JobResult
from app.ui.widgets.labels import plain_label
from app.workspace import merge


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def now() -> datetime:
    """The clock for the backup made before an import (a seam for tests)."""
    return datetime.now()


VERBS = {  # looked up when shown, so the person's language is used (and lupdate sees each text)
    merge.ADD: lambda: _tr("Add {what}"),
    merge.CHANGE: lambda: _tr("Change {what} — {field}: “{old}” becomes “{new}”"),
    merge.BOTH_KEPT: lambda: _tr("Both laptops changed {what} — {field}: the newer is kept, the other beside it: "
                                 "“{new}”"),
    merge.REMOVE: lambda: _tr("Remove {what} ({other})"),
    merge.STAYS_DELETED: lambda: _tr("Not brought back: {what} (it was deleted on this computer)"),
    merge.SKIPPED: lambda: _tr("Left out: {what} ({other})"),
}


def describe(d: merge.Difference) -> str:
    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= 80 else text[:79] + "…"
    return VERBS[d.action]().format(what=d.what, field=d.field, old=short(d.old), new=short(d.new),
                                       other=d.other)


def summary(found: list[merge.Difference]) -> str:
    counts = Counter(d.action for d in found)
    kinds = Counter(d.kind for d in found if d.action == merge.ADD)
    parts = []
    if kinds:
        parts.append(_tr("add {list}").format(list=", ".join(f"{n} × {k}" for k, n in sorted(kinds.items()))))
    if counts[merge.CHANGE]:
        parts.append(_tr("change {n} values").format(n=counts[merge.CHANGE]))
    if counts[merge.BOTH_KEPT]:
        parts.append(_tr("keep both versions of {n} values").format(n=counts[merge.BOTH_KEPT]))
    if counts[merge.REMOVE]:
        parts.append(_tr("remove {n} deleted on the other laptop").format(n=counts[merge.REMOVE]))
    if not parts:
        return _tr("Everything in this file is already here. Nothing will change.")
    return _tr("Importing will {parts}. Everything here is backed up first.").format(parts="; ".join(parts))


class ImportDialog(QDialog):
    def __init__(self, window, path: Path, data: Path | bytes, protected: bool):
        super().__init__(window)
        self.window_, self.data, self.payload, self.job = window, data, None, None
        self.found: list[merge.Difference] = []
        self.setWindowTitle(self.tr("Import"))
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("File: {name}").format(name=path.name), self))
        self.ask = plain_label(self.tr("This file is protected. Type the passphrase chosen when it was "
                                       "exported, then press Enter."), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Open the file"), self)
        self.problem = plain_label("", self)
        self.problem.setObjectName("problem")
        self.summary = plain_label("", self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("What the import will do"))
        for widget in (self.ask, self.passphrase, self.unlock_button, self.problem, self.summary, self.list):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(buttons)
        self.apply_button.setEnabled(False)
        for widget in (self.ask, self.passphrase, self.unlock_button):
            widget.setVisible(protected)
        self.list.setVisible(False)
        if protected:
            self.unlock_button.setDefault(True)
        else:
            self.read(None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.passphrase.isVisibleTo(self):
            self.passphrase.setFocus()
        elif self.apply_button.isEnabled():
            self.apply_button.setFocus()

    def reject(self) -> None:
        if not exchange_worker.stopped_instead(self.job):
            super().reject()

    def unlock(self) -> None:
        self.read(self.passphrase.text())

    def read(self, passphrase: str | None) -> None:
        self.unlock_button.setEnabled(False)
        self.job = exchange_worker.read_job(self, self.window_.history.workspace.db, self.data, passphrase)
        self.job.finished.connect(self._read)
        self.job.start()

    def _read(self, result: JobResult) -> None:
        self.job = None
        self.unlock_button.setEnabled(True)
        if result.cancelled:
            self.problem.setText(self.tr("Stopped. Nothing was changed here."))
            return
        exc = result.error
        if isinstance(exc, exchange_format.WrongPassphrase):
            self.problem.setText(str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if exc is not None:
            self.problem.setText(exchange_worker.read_problem(exc))
            return
        self.payload, self.found = result.value
        for widget in (self.ask, self.passphrase, self.unlock_button):
            widget.setVisible(False)
        self.problem.setText("")
        self.list.clear()
        self.list.addItems([describe(d) for d in self.found])
        self.list.setVisible(bool(self.found))
        self.summary.setText(summary(self.found))
        has_changes = bool(merge.changes(self.found))
        self.apply_button.setEnabled(has_changes)
        self.unlock_button.setDefault(False)
        self.apply_button.setDefault(has_changes)
        (self.apply_button if has_changes else self.list).setFocus()

    def apply(self) -> None:
        if self.payload is None or not merge.changes(self.found) or self.job is not None:
            return
        window = self.window_
        if not saved_first(window, _tr("imported")):
            return
        self.apply_button.setEnabled(False)
        self.job = exchange_worker.apply_job(self, window.history.workspace.db, self.payload, now())
        self.job.finished.connect(self._applied)
        self.job.start()

    def _applied(self, result: JobResult) -> None:
        self.job = None
        exc = result.error
        if exc is not None:
            self.apply_button.setEnabled(True)
            messages.show_error(self, self.tr("Not imported"), exchange_worker.apply_problem(exc))
            return
        made, done = result.value
        window = self.window_
        self.accept()
        from app.ui.data.backups_dialog import show_restored
        show_restored(window)
        window.statusBar().showMessage(self.tr(
            "Imported: {summary} What was here before is in File ▸ Backups ({when}).").format(
            summary=summary(done).removeprefix("Importing will ").split(". ")[0] + ".",
            when=backup.when_text(made.when)), 15000)
        both = sum(1 for d in done if d.action == merge.BOTH_KEPT)
        if both:
            from app.ui.data import merge_conflicts
            merge_conflicts.offer_review(window, both)
