"""File ▸ Export… and File ▸ Import…: carry a case (or everything) to another laptop and back.

Export: choose the case or everything, a passphrase typed twice (or, on purpose, a plain file
with a clear warning), then where to save it; the save dialog starts in Documents, never in the
data folder, and suggests a name with no patient text in it (Qt remembers the folders it saw).
Import: choose the file; then the dialog (app.ui.data.import_dialog) asks for the passphrase of a
protected file and lists, row by row, what will be added, changed, kept side by side or removed.
Apply backs up everything first, then merges in one transaction (app.workspace.merge), or changes
nothing.

The dialogs are non-blocking (open()), kept in `window.dialog`, so tests drive them with keys.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app.model.documents import size_text
from app.model.words import os_reason
from app.store import exchange_format
from app.ui import messages
from app.ui.data import exchange_worker
from app.ui.data.exchange_worker import JobResult
from app.ui.widgets.labels import plain_label
from app.workspace.exchange_bundle import documents_size

SUFFIX = ".socase"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent, suggested: Path) -> Path | None:
    """Seam: where to write the export (None when cancelled)."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export to a file"), str(suggested),
                                          _tr("Second Opinion Companion exports (*.socase)"))
    return Path(name) if name else None


def ask_open_path(parent, folder: Path) -> Path | None:
    """Seam: which export file to import (None when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Import a file"), str(folder),
                                          _tr("Second Opinion Companion exports (*.socase);;All files (*)"))
    return Path(name) if name else None


def saved_first(window, what: str) -> bool:
    history = window.history
    history.flush_requested.emit()
    if history.unsaved and not history.retry():
        messages.show_error(window, _tr("Not {what}").format(what=what), _tr(
            "Some of your latest changes are still waiting to be saved, so nothing was done. Once they "
            "are saved, please try again."))
        return False
    return True


# ---- export ------------------------------------------------------------------------------------
class ExportDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_, self.job = window, None
        self.setWindowTitle(self.tr("Export"))
        ws = window.history.workspace
        self.case_id = window.workspace_panel.case_id
        count = len(ws.case_summaries())
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Write one file to take to another laptop, where File ▸ "
                                             "Import… brings it in (and merges it with what is there)."), self))
        self.this_case = QRadioButton(self.tr("This &case: {title}").format(
            title=ws.case(self.case_id).title if self.case_id is not None else ""), self)
        self.everything = QRadioButton(self.tr("&Everything on this computer ({count} cases)").format(count=count),
                                       self)
        self.this_case.setEnabled(self.case_id is not None)
        (self.this_case if self.case_id is not None else self.everything).setChecked(True)
        scope = QButtonGroup(self)
        for button in (self.this_case, self.everything):
            scope.addButton(button)
            layout.addWidget(button)
        self.protect = QRadioButton(self.tr("&Protect it with a passphrase (recommended)"), self)
        self.plain = QRadioButton(self.tr("P&lain, not protected"), self)
        self.protect.setChecked(True)
        protection = QButtonGroup(self)
        for button in (self.protect, self.plain):
            protection.addButton(button)
            layout.addWidget(button)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(plain_label(self.tr("Pa&ssphrase:"), self), self.passphrase)
        form.addRow(plain_label(self.tr("Type it a&gain:"), self), self.again)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        layout.addLayout(form)
        self.note = plain_label(self.tr(
            "Nobody can open the file without this passphrase — not the app's makers, not anyone. Give it "
            "to the other person by telling them, not in the same message as the file."), self)
        self.warning = plain_label(self.tr(
            "Warning: a plain file is not protected. Anyone who gets it — from an e-mail, a USB stick or a "
            "shared folder — can read every word in it. Choose this only if you carry the file across "
            "yourself and delete it afterwards."), self)
        self.warning.setObjectName("plain_warning")
        self.problem = plain_label("", self)
        self.problem.setObjectName("problem")
        self.documents = plain_label("", self)  # what the attached documents add (documents_size)
        self.documents.setObjectName("documents_size")
        for label in (self.documents, self.note, self.warning, self.problem):
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.plain.toggled.connect(self._show_protection)
        self.everything.toggled.connect(self._show_documents)
        self._show_documents()
        self._show_protection()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()  # ready to type the passphrase, the one thing that must be typed

    def reject(self) -> None:
        if not exchange_worker.stopped_instead(self.job):
            super().reject()

    def _show_protection(self, *_) -> None:
        plain = self.plain.isChecked()
        self.warning.setVisible(plain)
        self.note.setVisible(not plain)
        for field in (self.passphrase, self.again):
            field.setEnabled(not plain)
        self.problem.setText("")
        self.problem.setVisible(False)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # the warning is longer

    def _show_documents(self, *_) -> None:
        count, size = documents_size(self.window_.history.workspace.db,
                                     self.case_id if self.this_case.isChecked() else None)
        text = (self.tr("The export includes 1 attached document, {size}.") if count == 1 else
                self.tr("The export includes {count} attached documents, {size} in all."))
        self.documents.setText(text.format(count=count, size=size_text(size)) if count else "")
        self.documents.setVisible(count > 0)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def export(self) -> None:
        passphrase = None
        if self.protect.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase:
                self._problem(self.tr("Please type a passphrase, or choose a plain file."))
                self.passphrase.setFocus()
                return
            if self.again.text() != passphrase:
                self._problem(self.tr("The two passphrases are not the same. Please type them again."))
                self.again.clear()
                self.again.setFocus()
                return
        if not saved_first(self.window_, _tr("exported")):
            return
        name = f"second-opinion-export-{datetime.now().date().isoformat()}{SUFFIX}"
        path = ask_save_path(self, documents_folder() / name)
        if path is None:
            return
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        db = self.window_.history.workspace.db
        case_id = self.case_id if self.this_case.isChecked() else None
        self.export_button.setEnabled(False)
        self.job = exchange_worker.export_job(self, db, case_id, passphrase, path)
        self.job.finished.connect(lambda result: self._exported(result, path, passphrase))
        self.job.start()

    def _exported(self, result: JobResult, path: Path, passphrase: str | None) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        if result.cancelled:
            self._problem(self.tr("Export stopped: no file was written."))
            return
        if result.error is not None:
            messages.show_error(self, self.tr("Not exported"), exchange_worker.export_problem(result.error))
            return
        self.accept()
        text = self.tr("Saved to “{path}”.").format(path=path)
        if passphrase is not None:
            text += " " + self.tr("On the other laptop, choose File ▸ Import… and type the passphrase.")
        self.window_.statusBar().showMessage(text, 15000)
        messages.show_info(self.window_, self.tr("Exported"), text)


def start_export(window) -> None:
    window.dialog = ExportDialog(window)
    window.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialog.open()


def start_import(window) -> None:
    path = ask_open_path(window, documents_folder())
    if path is None:
        return
    try:
        if path.stat().st_size > exchange_format.MAX_FILE_BYTES:
            raise exchange_format.TooDemanding("This file is larger than any export this app makes, so it was "
                                               "not opened. Nothing was changed here.")
        data = path  # read a piece at a time (attached documents can make it large)
        protected = exchange_format.is_protected(data)
    except OSError as exc:
        messages.show_error(window, _tr("Not imported"), _tr(
            "The file could not be read ({reason}). Nothing was changed here.").format(reason=os_reason(exc)))
        return
    except exchange_format.ExchangeFileError as exc:
        messages.show_error(window, _tr("Not imported"), str(exc))
        return
    from app.ui.data.import_dialog import ImportDialog  # its module imports this one
    window.dialog = ImportDialog(window, path, data, protected)
    window.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialog.open()
