"""File ▸ Backups… (the list, and restoring one) and Help ▸ Where is my data?

A restore backs up what is here now first, then replaces the data in one step through
SQLite's backup API on the window's own connection, so the window never holds a closed or
stale connection. The workspace then forgets every loaded case and the window shows the
restored ones. Undo steps referred to the replaced data, so the undo history is cleared;
going back is a restore of the backup made just before (the confirmation says so).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.store import backup, backup_restore, migrations
from app.store.storage import Database
from app.ui import messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def now() -> datetime:
    """The clock (a seam for tests)."""
    return datetime.now()


def open_folder(path: Path) -> bool:
    """Show a folder in the file manager (a local file URL: no network). A seam for tests."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _plain_label(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def describe(info: backup.BackupInfo) -> str:
    text = f"{backup.when_text(info.when)} — {backup.holds_text(info)}"
    if info.reason == backup.BEFORE_RESTORE:
        text += _tr(" (made just before a restore)")
    elif info.reason == backup.BEFORE_IMPORT:
        text += _tr(" (made just before an import)")
    elif info.reason == backup.BEFORE_UPGRADE:
        text += _tr(" (made before this version updated the file)")
    return text


class BackupsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Backups"))
        self.folder = backup.backup_folder(window.history.workspace.db.path.parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(self.tr(
            "The app keeps backups of all your information by itself, on this computer. Choose one "
            "and press Restore to go back to it."), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.list, 1)
        self.empty = _plain_label(self.tr("There are no backups yet. The first one is made once "
                                          "there is something to keep."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda item: self.restore_selected())
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 20)
        self.refresh()

    def refresh(self) -> None:
        self.backups = backup.list_backups(self.folder)
        self.list.clear()
        for info in self.backups:
            self.list.addItem(QListWidgetItem(describe(info)))
        self.empty.setVisible(not self.backups)
        self.list.setCurrentRow(0 if self.backups else -1)
        self.restore_button.setEnabled(bool(self.backups))

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups) and restore_backup(self.window_, self.backups[row]):
            self.accept()


def restore_backup(window, info: backup.BackupInfo) -> bool:
    """Ask, back up what is here now, restore, and show the restored cases. True when done."""
    history = window.history
    db = history.workspace.db
    history.flush_requested.emit()
    if history.unsaved and not history.retry():
        messages.show_error(window, _tr("Not restored"), _tr(
            "Some of your latest changes are still waiting to be saved, so nothing was restored. "
            "Once they are saved, you can restore a backup."))
        return False
    here = backup.counts(db.conn)
    title = _tr("Restore a backup")
    text = _tr("Replace what is on this computer now ({here}) with the backup of {when} ({then})?\n\n"
               "What is here now is backed up first; that backup will be in the list of backups, so "
               "you can go back to it by restoring it. Undo cannot go back past a restore.").format(
        here=backup.holds_text(here), when=backup.when_text(info.when), then=backup.holds_text(info))
    if not messages.confirm(window, title, text, _tr("Replace with the backup")):
        return False
    try:
        before = backup.make_backup(db.conn, backup.backup_folder(db.path.parent), now(),
                                    backup.BEFORE_RESTORE, keep=(info.path,), key=db.key)
        backup_restore.restore(info, db.conn, db.key)
        if db.schema_version() < migrations.LATEST:  # an older backup: bring it up to date
            Database(db.path, checked=True, key=db.key).close()
    except backup.BackupError as exc:
        messages.show_error(window, _tr("Not restored"), str(exc))
        return False
    show_restored(window)
    window.statusBar().showMessage(_tr("Restored the backup of {when}. What was here before is in "
                                       "File ▸ Backups ({before}).").format(
        when=backup.when_text(info.when), before=backup.when_text(before.when)), 15000)
    return True


def show_restored(window) -> None:
    """The data file was replaced: forget what was loaded, clear the undo history (its steps
    refer to the replaced data), and show the restored cases (the same case when it is there)."""
    panel = window.workspace_panel
    shown = panel.case_id
    window.history.stack.clear()
    panel.show_case(None)
    window.history.workspace.forget_loaded()  # the case list reloads and shows the first case
    ids = [s.id for s in window.history.workspace.case_summaries()]
    if shown in ids:
        panel.show_case(shown)


class WhereIsMyData(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Where is my data?"))
        self.folder = window.history.workspace.db.path.parent
        backups = backup.list_backups(backup.backup_folder(self.folder))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(self.tr("Everything you type is kept in this folder on this "
                                              "computer, and nowhere else:"), self))
        self.path_label = _plain_label(str(self.folder), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.path_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.path_label)
        if backups:
            about = self.tr("It holds {count} backups; the newest is from {when} ({holds}).").format(
                count=len(backups), when=backup.when_text(backups[0].when), holds=backup.holds_text(backups[0]))
        else:
            about = self.tr("It holds no backups yet; the first one is made once there is something to keep.")
        self.backups_label = _plain_label(about, self)
        layout.addWidget(self.backups_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open the folder"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_it)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_it(self) -> None:
        if not open_folder(self.folder):
            messages.show_error(self, self.tr("The folder could not be opened"), self.tr(
                "No file manager opened the folder. You can copy its name above and open it yourself."))
