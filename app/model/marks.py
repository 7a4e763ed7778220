"""The person's own mark on each row of the comparison: do the doctors agree there?

A mark is the person's judgement, kept apart from the app's hint (app.model.comparison
`differences`): the hint says where entries are not the same, the person says what that
means. Marks are stored by stable key; the words shown for them live in app/ui.
"""
from __future__ import annotations

from app.model.records import record

MARK = "mark"  # the record kind's name (app.store.kinds), used by events and edits
AGREE, DIFFER, UNCLEAR, NOT_DISCUSSED = "agree", "differ", "unclear", "not_discussed"
MARKS = (AGREE, DIFFER, UNCLEAR, NOT_DISCUSSED)
UNMARKED = "unmarked"  # a count's name, never stored


@record(frozen=True)
class Mark:
    id: int
    row_key: str = ""
    mark: str = ""


def mark_of(marks: list[Mark], row_key: str) -> str:
    """The row's mark key, or "" when the person has not marked it."""
    for m in marks:
        if m.row_key == row_key:
            return m.mark
    return ""


def find_mark(marks: list[Mark], row_key: str) -> tuple[int, Mark] | None:
    for i, m in enumerate(marks):
        if m.row_key == row_key:
            return i, m
    return None


def mark_counts(marks: list[Mark], row_keys: list[str]) -> dict[str, int]:
    """How many of these rows carry each mark, and how many are not marked yet. A stored
    mark whose row is no longer there is not counted; an unknown key counts as unmarked."""
    counts = dict.fromkeys((*MARKS, UNMARKED), 0)
    by_row = {m.row_key: m.mark for m in marks}
    for key in row_keys:
        mark = by_row.get(key, "")
        counts[mark if mark in MARKS else UNMARKED] += 1
    return counts
