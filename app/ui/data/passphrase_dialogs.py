"""File ▸ Set passphrase…, Change passphrase…, Remove passphrase…, and View ▸ Lock after…

Setting a passphrase says plainly, before anything changes, that nobody can recover a forgotten
passphrase, then asks for it twice. What is pending is saved and a backup is made first; the
data is then encrypted (app.store.encryption: a new file, checked, swapped in), the backups are
encrypted too, and the window's own Database reconnects with the key, so the window, its cases
and its undo history stay as they were. The recovery key is shown once, to print or save.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.model.words import os_reason
from app.store import sqlite_errors
from app.ui import messages

MIN_LENGTH = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _plain(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


HONEST = QT_TRANSLATE_NOOP("", "With a passphrase, your information on this computer is encrypted: nobody can read it "
          "without the passphrase, not even by opening the files.\n\n"
          "If you forget the passphrase, nobody can get your information back — not the makers of "
          "this app, not a computer shop. The only other way in is the recovery key the app shows "
          "you next: print it or save it somewhere safe, away from this computer.")


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice (with the honest explanation when one is first set)."""

    def __init__(self, parent, title: str, explanation: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if explanation:
            layout.addWidget(_plain(explanation, self))
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field, name in ((self.first, self.tr("New passphrase")), (self.second, self.tr("The same again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            field.setMaxLength(1024)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("The &same again:"), self.second)
        layout.addLayout(form)
        self.problem = _plain("", self)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set the passphrase"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()

    def check(self) -> None:
        if len(self.first.text()) < MIN_LENGTH:
            self.problem.setText(self.tr("Please use at least {n} characters; a few words are easy to "
                                         "remember and hard to guess.").format(n=MIN_LENGTH))
        elif self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases are not the same. Please type them again."))
            self.second.clear()
        else:
            self.accept()


def ask_new_passphrase(parent, first_time: bool) -> str | None:
    """Seam: the new passphrase, typed twice, or None when cancelled."""
    dialog = PassphraseDialog(parent, _tr("Set a passphrase") if first_time else _tr("Change the passphrase"),
                              _tr(HONEST) if first_time else "")
    return dialog.first.text() if dialog.exec() else None


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, to print or save."""

    def __init__(self, parent, recovery: str):
        super().__init__(parent)
        self.recovery = recovery
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(self.tr(
            "This recovery key opens your information if the passphrase is forgotten. It is shown only "
            "now. Print it or save it somewhere safe, away from this computer, and keep it private."), self))
        self.key_field = QLineEdit(recovery, self)
        self.key_field.setReadOnly(True)
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        font = self.key_field.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_field.setFont(font)
        layout.addWidget(self.key_field)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save to a file…"), self)
        done = buttons.addButton(self.tr("I have kept it"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        done.clicked.connect(self.accept)
        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self.save_key)
        layout.addWidget(buttons)

    def text(self) -> str:
        return _tr("Second Opinion Companion — recovery key\n\n{key}\n\nThis key opens the information "
                   "kept by the app on your computer if the passphrase is forgotten. Keep it private."
                   ).format(key=self.recovery)

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument

        from app.ui.paperwork import printing
        printing.print_document(self, QTextDocument(self.text()))

    def save_key(self) -> None:
        path = ask_save_path(self)
        if not path:
            return
        try:
            Path(path).write_text(self.text() + "\n", encoding="utf-8")
        except OSError as exc:
            messages.show_error(self, self.tr("Not saved"), self.tr("The recovery key could not be saved there "
                                                                    "({reason}).").format(reason=os_reason(exc)))


def ask_save_path(parent) -> str:
    """Seam: where to save the recovery key (the person's choice: a USB stick, another disk)."""
    from PySide6.QtWidgets import QFileDialog
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save the recovery key"), "recovery-key.txt",
                                          _tr("Text files (*.txt)"))
    return path


def show_recovery_key(parent, recovery: str) -> None:
    """Seam: show the recovery key once."""
    RecoveryKeyDialog(parent, recovery).exec()


def _flush_and_back_up(window, key: bytes | None) -> bool:
    """Save what is pending and make a backup first; False (told) when that is not possible."""
    from app.store import backup
    history, db = window.history, window.history.workspace.db
    history.flush_requested.emit()
    if history.unsaved and not history.retry():
        messages.show_error(window, _tr("Nothing was changed"), _tr(
            "Some of your latest changes are still waiting to be saved, so nothing was changed. Once "
            "they are saved, you can try again."))
        return False
    try:
        backup.make_backup(db.conn, backup.backup_folder(db.path.parent), datetime.now(), key=key)
    except backup.BackupError as exc:
        messages.show_error(window, _tr("Nothing was changed"), str(exc))
        return False
    return True


def _convert(window, old_key: bytes | None, change) -> bytes | None | bool:
    """Close the window's connection, run `change` (returns the new key), convert the backups and
    reconnect. Returns the new key, or False when it failed (the data is then reopened as it was)."""
    from app.store import backup, backup_restore, encryption
    db = window.history.workspace.db
    folder = db.path.parent
    db.close()
    try:
        new_key = change(folder)
    except (encryption.EncryptionError, OSError, *sqlite_errors.ERRORS) as exc:
        db.reopen(old_key)
        messages.show_error(window, _tr("Nothing was changed"), _tr(
            "Your information could not be converted ({reason}). It is unchanged.").format(reason=exc))
        return False
    db.reopen(new_key)
    try:
        backup_restore.convert_all(backup.backup_folder(folder), old_key, new_key)
    except (encryption.EncryptionError, OSError, *sqlite_errors.ERRORS):
        window.statusBar().showMessage(_tr("Some backups could not be converted; they are kept as they were."),
                                       20000)
    return new_key


def set_passphrase(window) -> bool:
    from app.store import encryption
    db = window.history.workspace.db
    if db.key is not None:
        return False
    passphrase = ask_new_passphrase(window, first_time=True)
    if passphrase is None or not _flush_and_back_up(window, None):
        return False
    recovery: list[str] = []

    def change(folder):
        key, rec = encryption.set_passphrase(folder, passphrase)
        recovery.append(rec)
        return key

    if _convert(window, None, change) is False:
        return False
    show_recovery_key(window, recovery[0])
    window.passphrase_changed()
    return True


def change_passphrase(window) -> bool:
    from app.store import encryption
    db = window.history.workspace.db
    if db.key is None:
        return False
    passphrase = ask_new_passphrase(window, first_time=False)
    if passphrase is None:
        return False
    try:
        encryption.change_passphrase(db.path.parent, db.key, passphrase)
    except (encryption.EncryptionError, OSError) as exc:
        messages.show_error(window, _tr("Not changed"), _tr("The passphrase could not be changed ({reason}). "
                                                            "The old one still opens your information.").format(
            reason=exc))
        return False
    messages.show_info(window, _tr("Passphrase changed"), _tr(
        "From now on, the new passphrase opens your information. Your recovery key still works."))
    return True


def remove_passphrase(window) -> bool:
    from app.store import encryption
    db = window.history.workspace.db
    if db.key is None or not messages.confirm(window, _tr("Remove the passphrase"), _tr(
            "Your information will no longer be encrypted: anyone who uses this computer account, or "
            "opens its files, could read it. Your backups are decrypted too."), _tr("Remove the passphrase")):
        return False
    old_key = db.key
    if not _flush_and_back_up(window, old_key):
        return False
    if _convert(window, old_key, lambda folder: encryption.remove_passphrase(folder, old_key)) is False:
        return False
    window.passphrase_changed()
    return True


def ask_idle_minutes(parent, current: int) -> int | None:
    """Seam: minutes without use before the app locks (0: never), or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog
    value, ok = QInputDialog.getInt(parent, _tr("Lock after"), _tr(
        "Lock the app after this many minutes without use (0: only when you lock it):"), current, 0, 600)
    return value if ok else None
