"""What changed, as small typed values the Workspace hands to its listeners.

Listeners (the Qt models, the editors) match on the class and the record kind, and get
exactly what they need to update the affected rows, columns or cells: a model never has
to reset itself while the person is typing into one of its editors. Kinds are stable
names, the same ones the storage uses:

- CASE: one case's own fields (id = case id); CasesChanged when the list of cases changes
- OPINION: a column (id = opinion id); ROW: one of the person's own rows (id = row key)
- ANSWER: one opinion's answer on one row (id = (opinion id, row key), fields = parts)
- ENTRY: one entry in a list answer (parent = (opinion id, row key), id = its index)
- QUESTION: one question in the case's list (id = question id)
"""
from __future__ import annotations

from app.model.records import record

CASE = "case"
OPINION = "opinion"
ROW = "row"
ANSWER = "answer"
ENTRY = "entry"
QUESTION = "question"
CASES = "cases"


@record(frozen=True)
class CasesChanged:
    """A case was added, removed or renamed: lists of cases need refreshing."""
    case_id: int | None = None
    kind = CASES  # not a field: every event has a kind, so listeners can match on it alone


@record(frozen=True)
class Updated:
    kind: str
    case_id: int
    id: object
    fields: tuple = ()
    parent: object = None


@record(frozen=True)
class Inserted:
    """`index` is the new item's place among its siblings (for ROW: among all the case's rows)."""
    kind: str
    case_id: int
    index: int
    id: object
    parent: object = None


@record(frozen=True)
class Removed:
    """`index` is where the item was, before it was removed."""
    kind: str
    case_id: int
    index: int
    id: object
    parent: object = None


@record(frozen=True)
class Moved:
    """One item moved from place `src` to place `dst` (both counted before the move)."""
    kind: str
    case_id: int
    src: int
    dst: int
    parent: object = None


Event = CasesChanged | Updated | Inserted | Removed | Moved


def list_changes(case_id: int, parent: object, old: tuple, new: tuple) -> list[Event]:
    """The entry events that turn list `old` into list `new`: the common start and end are left
    alone, the changed middle becomes updates, then inserts or removals at its end. One edit of
    a list (add, change or remove one entry, or an undo of it) gives exactly one event."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    events: list[Event] = []
    common = min(end_old, end_new)
    for i in range(start, common):
        changed = tuple(f for f in _field_names(old[i]) if getattr(old[i], f) != getattr(new[i], f))
        events.append(Updated(ENTRY, case_id, i, changed, parent))
    for i in range(common, end_new):
        events.append(Inserted(ENTRY, case_id, i, i, parent))
    for i in range(end_old - 1, common - 1, -1):  # from the end, so each index is still valid
        events.append(Removed(ENTRY, case_id, i, i, parent))
    return events


def _field_names(entry) -> tuple[str, ...]:
    return tuple(getattr(type(entry), "__record_defaults__", {}))
