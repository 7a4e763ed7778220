"""Undo and redo for every edit, through one QUndoStack wrapping the core's plain edits.

An edit is applied first, outside the stack, so a failed save (full disk, folder gone)
shows a message and pushes nothing; only then is it pushed as "already done".
Consecutive edits of the same field merge while the person keeps typing.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.edits import Edit
from app.workspace import SaveError, Workspace

MERGE_WINDOW_S = 3.0
_MERGE_ID = 1


class _EditCommand(QUndoCommand):
    def __init__(self, history: EditHistory, edit: Edit):
        super().__init__(edit.text)
        self.history = history
        self.edit = edit
        self.skip_first_redo = True
        self.stamp = time.monotonic()

    def redo(self):
        if self.skip_first_redo:
            self.skip_first_redo = False
            return
        self.history.run(self.edit, self.edit.redo)

    def undo(self):
        self.history.run(self.edit, self.edit.undo)

    def id(self):
        return _MERGE_ID if getattr(self.edit, "mergeable", False) else -1

    def mergeWith(self, other):
        if other.stamp - self.stamp > MERGE_WINDOW_S or not self.edit.merge(other.edit):
            return False
        self.stamp = other.stamp
        return True


class EditHistory(QObject):
    """Signals: save_failed(str) with a message for the person; saved() after each write;
    typing() when a field has text waiting for its short pause before being saved;
    case_touched(int) before an undo or redo changes a case; flush_requested() asks
    editors with typing still pending to hand it over now."""
    save_failed = Signal(str)
    saved = Signal()
    case_touched = Signal(int)
    flush_requested = Signal()
    typing = Signal()

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.stack = QUndoStack(self)

    def apply(self, edit: Edit) -> bool:
        try:
            edit.redo(self.workspace)
        except SaveError as exc:
            self.save_failed.emit(str(exc))
            return False
        self.stack.push(_EditCommand(self, edit))
        self.saved.emit()
        return True

    def run(self, edit: Edit, step) -> None:
        case_id = getattr(edit, "case_id", None)
        if case_id is not None:
            self.case_touched.emit(case_id)
        try:
            step(self.workspace)
        except SaveError as exc:
            self.save_failed.emit(str(exc))
            return
        self.saved.emit()

    def undo(self) -> None:
        self.flush_requested.emit()
        self.stack.undo()

    def redo(self) -> None:
        self.flush_requested.emit()
        self.stack.redo()
