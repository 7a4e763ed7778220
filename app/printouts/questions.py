"""Printable pages as HTML built from the person's own text (always escaped)."""
from __future__ import annotations

from html import escape

from app.model.dates import long_date
from app.model.domain import Case
from app.model.questions import Question


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def questions_html(case: Case, questions: list[Question]) -> str:
    title = f"Questions to ask — {case.title}" if case.title else "Questions to ask"
    rows = "".join(
        f"<li style='margin-bottom:10pt'>{'☑' if q.status == 'asked' else '☐'} {_p(q.text)}"
        "<br><span style='color:#555'>Answer: ____________________________________________</span></li>"
        for q in questions)
    decide = f"<p>Decide by: {escape(long_date(case.decide_by))}</p>" if case.decide_by else ""
    body = f"<ol>{rows}</ol>" if questions else "<p>No questions yet.</p>"
    return (f"<html><body style='font-size:13pt'><h1>{escape(title)}</h1>{decide}{body}"
            "<p style='color:#555'>Made with Second Opinion Companion. Bring this page to your visit.</p>"
            "</body></html>")
