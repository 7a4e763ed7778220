"""Plain-Python objects for a case and its opinions.

These are what storage loads and saves and what the UI shows. Values are always
strings (dates as ISO 'YYYY-MM-DD' or ''), so no field is ever None and text the
person typed round-trips exactly.
"""
from __future__ import annotations

from app.model.aspects import ASPECTS, CITATIONS, READINGS, custom_key
from app.model.records import Factory, fields, record, replace

CASE_FIELDS = ("title", "person", "diagnosis", "diagnosed_on", "decide_by", "notes")
OPINION_FIELDS = ("label", "doctor", "specialty", "institution", "visit_date", "delivery")
ANSWER_PARTS = ("text", "choice", "tags", "entries")


@record(frozen=True)
class TestReading:
    __test__ = False  # a test result entry, not a pytest test class

    test: str = ""
    date: str = ""
    reading: str = ""


@record(frozen=True)
class Citation:
    source: str = ""
    title: str = ""
    version: str = ""
    category: str = ""
    note: str = ""


ENTRY_TYPES = {READINGS: TestReading, CITATIONS: Citation}


def entry_fields(kind: str) -> tuple[str, ...]:
    return fields(ENTRY_TYPES[kind])


@record(frozen=True)
class Answer:
    """One opinion's answer on one aspect row; unused parts stay empty."""
    text: str = ""
    choice: str = ""
    tags: tuple[str, ...] = ()
    entries: tuple = ()

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.choice or self.tags or self.entries)


@record
class Opinion:
    id: int
    label: str = ""
    doctor: str = ""
    specialty: str = ""
    institution: str = ""
    visit_date: str = ""
    delivery: str = ""
    answers: dict[str, Answer] = Factory(dict)

    def answer(self, row_key: str) -> Answer:
        return self.answers.get(row_key, Answer())

    def heading(self) -> str:
        who = self.doctor.strip()
        return f"{self.label} — {who}" if who else (self.label or "Opinion")


@record
class CustomRow:
    id: int
    label: str

    @property
    def key(self) -> str:
        return custom_key(self.id)


@record
class Case:
    id: int
    title: str = ""
    person: str = ""
    diagnosis: str = ""
    diagnosed_on: str = ""
    decide_by: str = ""
    notes: str = ""
    opinions: list[Opinion] = Factory(list)
    custom_rows: list[CustomRow] = Factory(list)

    def opinion(self, opinion_id: int) -> Opinion:
        for op in self.opinions:
            if op.id == opinion_id:
                return op
        raise KeyError(opinion_id)

    def opinion_index(self, opinion_id: int) -> int:
        return [op.id for op in self.opinions].index(opinion_id)

    def row_keys(self) -> list[str]:
        return [a.key for a in ASPECTS] + [r.key for r in self.custom_rows]

    def custom_row(self, row_id: int) -> CustomRow:
        for row in self.custom_rows:
            if row.id == row_id:
                return row
        raise KeyError(row_id)


@record(frozen=True)
class CaseSummary:
    id: int
    title: str
    person: str = ""


def copy_opinion(op: Opinion) -> Opinion:
    return replace(op, answers=dict(op.answers))
