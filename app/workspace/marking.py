"""Undoable edits for the person's marks (app.model.marks), and keeping marks with their rows.

Setting a mark inserts the row's mark record when there is none and changes its field
otherwise; clearing removes it. A mark is stored by row key, which the database cannot tie
to the person's own row or to the case by itself being restored, so removing a row or a
case takes its marks along in the same undo step and puts them back on undo (a case's do so as
part of its own snapshot, like every list kind).
"""
from __future__ import annotations

from app.model.marks import MARK, MARKS, Mark, find_mark
from app.model.records import record
from app.model.words import say
from app.workspace.core import Workspace
from app.workspace.edits import Edit, Macro, RecordPresence, delete_case, remove_custom_row, set_value


def mark_row(ws: Workspace, case_id: int, row_key: str, mark: str | None,
             text: str = "") -> Edit | None:
    """The edit that gives a row this mark (None or "" clears it); None when nothing changes."""
    text = text or say("Mark row")
    if mark and mark not in MARKS:
        raise ValueError(mark)
    records = ws.records(MARK, case_id)
    found = find_mark(records, row_key)
    if not mark:
        if found is None:
            return None
        edit = RecordPresence(adds=False, kind=MARK, case_id=case_id, rec=found[1], index=found[0])
    elif found is None:
        edit = RecordPresence(adds=True, kind=MARK, case_id=case_id, rec=Mark(0, row_key, mark),
                              index=len(records))
    elif found[1].mark == mark:
        return None
    else:
        return set_value(ws, (MARK, case_id, found[1].id, "mark"), mark, text)
    edit.text = text
    return edit


@record
class AllOrNothing(Macro):
    """A Macro that, when one of its steps cannot be saved, takes back the steps already
    done (as far as it can) before reporting the failure: no half-done removal is left
    behind with nothing on the undo list to bring it back."""

    def redo(self, ws):
        self._run(ws, self.edits, "redo", "undo")

    def undo(self, ws):
        self._run(ws, list(reversed(self.edits)), "undo", "redo")

    @staticmethod
    def _run(ws, edits, forward, back):
        done = []
        try:
            for e in edits:
                getattr(e, forward)(ws)
                done.append(e)
        except Exception:
            for e in reversed(done):
                try:
                    getattr(e, back)(ws)
                except Exception:  # noqa: S112 (the first failure is the one to report)
                    continue
            raise


def remove_row_with_marks(ws: Workspace, case_id: int, row_id: int) -> Edit:
    """Remove one of the person's own rows together with its mark, in one undo step."""
    row_edit = remove_custom_row(ws, case_id, row_id)
    mark = mark_row(ws, case_id, row_edit.row.key, None)
    return AllOrNothing([mark, row_edit], row_edit.text) if mark else row_edit


def delete_case_with_marks(ws: Workspace, case_id: int) -> Edit:
    """Deleting a case: its marks go with it and come back on undo, as every list kind does
    (CasePresence snapshots them all)."""
    return delete_case(ws, case_id)
