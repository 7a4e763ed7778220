"""Undoable edits for the decision worksheet (app.model.worksheet).

Everything the person changes on the worksheet is one step on the undo list: the decision line
and the lean (the case's one decision record is added on the first change), an option or a value
added, changed or removed, two options merged into one, the options filled in from the doctors'
plans, a SURE check taken.
"""
from __future__ import annotations

from datetime import date

from app.model.words import say
from app.model.worksheet import (
    DECISION,
    OPTION,
    SURE_RESULT,
    VALUE,
    Decision,
    Option,
    Value,
    lean_key,
    merged,
    missing_plan_options,
    take_sure,
)
from app.workspace.core import Workspace
from app.workspace.edits import Edit, Macro, RecordPresence, set_value
from app.workspace.marking import AllOrNothing


def decision_of(ws: Workspace, case_id: int) -> Decision | None:
    records = ws.records(DECISION, case_id)
    return records[0] if records else None


def set_decision(ws: Workspace, case_id: int, name: str, value: str, text: str,
                 mergeable: bool = False) -> Edit | None:
    """Set the decision line or the lean; the case's decision record is made on the first change.
    None when nothing changes."""
    current = decision_of(ws, case_id)
    if current is None:
        if not value:
            return None
        edit = RecordPresence(adds=True, kind=DECISION, case_id=case_id,
                              rec=Decision(0, **{name: value}), index=0)
        edit.text = text
        return edit
    if getattr(current, name) == value:
        return None
    return set_value(ws, (DECISION, case_id, current.id, name), value, text, mergeable)


def add(ws: Workspace, kind: str, case_id: int, rec, text: str) -> RecordPresence:
    edit = RecordPresence(adds=True, kind=kind, case_id=case_id, rec=rec, index=len(ws.records(kind, case_id)))
    edit.text = text
    return edit


def remove(ws: Workspace, kind: str, case_id: int, record_id: int, text: str) -> RecordPresence:
    index, rec = ws.find_record(kind, case_id, record_id)
    edit = RecordPresence(adds=False, kind=kind, case_id=case_id, rec=rec, index=index)
    edit.text = text
    return edit


def add_option(ws: Workspace, case_id: int, title: str = "") -> RecordPresence:
    return add(ws, OPTION, case_id, Option(0, title), say("Add option"))


def add_value(ws: Workspace, case_id: int, text: str = "") -> RecordPresence:
    return add(ws, VALUE, case_id, Value(0, text), say("Add what matters"))


def fill_from_plans(ws: Workspace, case_id: int) -> Macro | None:
    """Add, as one step, an option for each distinct plan not on the worksheet yet."""
    options = list(ws.records(OPTION, case_id))
    new = missing_plan_options(ws.case(case_id), options)
    if not new:
        return None
    start = len(options)
    return AllOrNothing([RecordPresence(adds=True, kind=OPTION, case_id=case_id, rec=o, index=start + i)
                  for i, o in enumerate(new)], say("Fill in options from the plans"))


def merge_options(ws: Workspace, case_id: int, keep_id: int, other_id: int) -> Macro:
    """Make two options one: `keep` gets both texts of every field, `other` goes, and a lean
    towards `other` moves to `keep`. One undo step brings both back as they were."""
    if keep_id == other_id:
        raise ValueError("an option cannot be merged with itself")
    _, keep = ws.find_record(OPTION, case_id, keep_id)
    _, other = ws.find_record(OPTION, case_id, other_id)
    both = merged(keep, other)
    edits: list[Edit] = [set_value(ws, (OPTION, case_id, keep_id, name), getattr(both, name))
                         for name in ("title", "involves", "benefits", "risks", "source")
                         if getattr(both, name) != getattr(keep, name)]
    decision = decision_of(ws, case_id)
    if decision is not None and decision.lean == lean_key(other_id):
        edits.append(set_value(ws, (DECISION, case_id, decision.id, "lean"), lean_key(keep_id)))
    edits.append(remove(ws, OPTION, case_id, other_id, say("Merge options")))
    return AllOrNothing(edits, say("Merge options"))


def take_sure_check(ws: Workspace, case_id: int, answers: dict[str, str], today: date) -> RecordPresence:
    """A dated SURE result, added first in the list (newest first)."""
    edit = RecordPresence(adds=True, kind=SURE_RESULT, case_id=case_id, rec=take_sure(answers, today), index=0)
    edit.text = say("Take the SURE check")
    return edit
