"""The person's question list for a case: what to ask at the next visit."""
from __future__ import annotations

from app.model.records import record

QUESTION_FIELDS = ("text", "origin", "status")
STATUSES = ("to ask", "asked")


@record(frozen=True)
class Question:
    id: int
    text: str = ""
    origin: str = ""      # e.g. "guide:timing", "typed"
    status: str = "to ask"
