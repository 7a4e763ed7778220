"""Undo and redo for every edit, through one QUndoStack wrapping the core's plain edits; and
what happens to typing that could not be saved.

An edit is applied first, outside the stack, so a failed save pushes nothing; only then is
it pushed as "already done". Consecutive edits of the same field merge while the person
keeps typing; a burst that ends where it started (typed, then Esc) leaves no step behind.

When a value change fails for a reason outside the app (disk full, folder read-only, file
busy) the typed value is not thrown away: it is kept in `unsaved`, shown instead of the
stored value (`shown`), retried by itself every few seconds, and saved, in order, once the
cause is gone. Other failures (the record was deleted, a fault in the app) are told and the
change is dropped, since trying again cannot help.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.domain import Answer
from app.model.records import replace
from app.workspace.core import SaveError, Workspace
from app.workspace.edits import Edit, Macro, SetValue

MERGE_WINDOW_S = 3.0
RETRY_MS = 3000
UNDO_LIMIT = 500  # steps kept; older ones fall off so memory stays flat over a long session
_MERGE_ID = 1

SAVED, SAVING, UNSAVED, FAILED = "saved", "saving", "unsaved", "failed"


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
        if self.edit.old == self.edit.new:  # typed and taken back (Esc): nothing to undo
            self.setObsolete(True)
        return True


class EditHistory(QObject):
    """Signals: save_failed(str) with a message for the person, once per failure (once per
    outage while typing is kept for a retry); kept(target) when a value is kept for a retry
    (views show it in place of the stored one); saved() after each write; state_changed(str)
    SAVED, SAVING (typing waits for its short pause), UNSAVED (kept, waiting for a retry) or
    FAILED (the last change could not be saved and was dropped; until the next save);
    case_touched(int) before an undo or redo changes a case; flush_requested() asks editors
    with typing still pending to hand it over now; typing() when a field has new text."""
    save_failed = Signal(str)
    kept = Signal(object)
    saved = Signal()
    state_changed = Signal(str)
    case_touched = Signal(int)
    flush_requested = Signal()
    typing = Signal()

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self.unsaved: dict[tuple, SetValue] = {}
        self._pending: set[int] = set()
        self._outage_told = False
        self._last_failed = False  # the last change could not be saved and was dropped (told)
        self._state = SAVED
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self.retry)

    # ---- applying --------------------------------------------------------------------------
    def apply(self, edit: Edit) -> bool:
        """Apply and record one edit. False when it was not saved (the person has been told;
        a value change kept for a retry is shown as typed meanwhile)."""
        if self.unsaved and not self.retry():
            if self._keep(edit):  # saved later, after the ones waiting before it
                return False
            self.save_failed.emit(self.tr("That change cannot be made while earlier changes are still "
                                          "waiting to be saved. Please try again once they are saved."))
            return False
        try:
            edit.redo(self.workspace)
        except SaveError as exc:
            self._failed(edit, exc)
            return False
        self._push(edit)
        return True

    def _push(self, edit: Edit) -> None:
        self._last_failed = False
        self.stack.push(_EditCommand(self, edit))
        self.saved.emit()
        self._update_state()

    def _failed(self, edit: Edit, exc: SaveError) -> None:
        kept = exc.environment and self._keep(edit)
        if not kept:
            self._last_failed = True
            self.save_failed.emit(str(exc))
        elif not self._outage_told:
            self._outage_told = True
            self.save_failed.emit(self.tr("{0} What you typed stays on screen, and the app will save it "
                                          "by itself as soon as it can.").format(exc))
        self._update_state()

    def _keep(self, edit: Edit) -> bool:
        """Keep a value change for a retry (a burst on one field keeps its first old value)."""
        parts = edit.edits if isinstance(edit, Macro) else [edit]
        if not parts or not all(isinstance(e, SetValue) for e in parts):
            return False
        for e in parts:
            earlier = self.unsaved.pop(e.target, None)
            self.unsaved[e.target] = replace(e, old=earlier.old if earlier else e.old, mergeable=False)
            self.kept.emit(e.target)
        self._retry.start()
        self._update_state()
        return True

    def retry(self) -> bool:
        """Try to save what is waiting, oldest first; True when nothing is left waiting."""
        while self.unsaved:
            target, edit = next(iter(self.unsaved.items()))
            try:
                edit.redo(self.workspace)
            except SaveError as exc:
                if exc.environment:
                    return False
                del self.unsaved[target]  # it can never be saved (deleted meanwhile, a fault)
                self.save_failed.emit(str(exc))
                continue
            del self.unsaved[target]
            self.stack.push(_EditCommand(self, edit))
        self._retry.stop()
        if self._outage_told:
            self._outage_told = False
            self.saved.emit()
        self._update_state()
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
        if self._blocked_by_unsaved():
            return
        self.stack.undo()

    def redo(self) -> None:
        self.flush_requested.emit()
        if self._blocked_by_unsaved():
            return
        self.stack.redo()

    def _blocked_by_unsaved(self) -> bool:
        if self.unsaved and not self.retry():
            self.save_failed.emit(self.tr("Undo and redo wait until your latest changes are saved, so that "
                                          "nothing you typed is lost. The app keeps trying to save them."))
            return True
        return False

    # ---- what to show ----------------------------------------------------------------------
    def shown(self, target: tuple):
        """The value to show for a target: what is waiting to be saved, else what is stored."""
        waiting = self.unsaved.get(target)
        return waiting.new if waiting is not None else self.workspace.get(target)

    def shown_answer(self, case_id: int, opinion_id: int, row_key: str) -> Answer:
        answer = self.workspace.case(case_id).opinion(opinion_id).answer(row_key)
        if self.unsaved:
            for part in ("text", "choice", "tags", "entries"):
                waiting = self.unsaved.get(("answer", case_id, opinion_id, row_key, part))
                if waiting is not None:
                    answer = replace(answer, **{part: waiting.new})
        return answer

    def is_unsaved(self, target: tuple) -> bool:
        return target in self.unsaved

    # ---- the Saved / Saving… / Not saved state -------------------------------------------
    def set_pending(self, source: object, pending: bool) -> None:
        """A field tells whether it holds typing not yet handed over (waiting for its pause)."""
        if pending:
            self._pending.add(id(source))
            self.typing.emit()
        else:
            self._pending.discard(id(source))
        self._update_state()

    @property
    def state(self) -> str:
        return self._state

    def _update_state(self) -> None:
        state = (UNSAVED if self.unsaved else SAVING if self._pending
                 else FAILED if self._last_failed else SAVED)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
