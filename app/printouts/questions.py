"""Printable pages as HTML built from the person's own text (always escaped); the page's own
words in the person's language (app.model.words)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from app.model.domain import Case
from app.model.questions import Question
from app.model.words import long_date, say

_LINE = "_" * 60  # a line to write on: underscores survive any printer and any PDF reader
CHUNK = 200  # questions per part, so a long list can be laid out a part at a time


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _item(number: int, q: Question, answer_lines: int, answer_word: str) -> str:
    # numbered paragraphs, not <ol>: Qt's HTML import of a 10,000-item list takes seconds
    lines = "".join(f"<br><span style='color:#555'>{_LINE}</span>" for _ in range(answer_lines - 1))
    return (f"<p style='margin-bottom:10pt'>{number}. {'☑' if q.status == 'asked' else '☐'} {_p(q.text)}"
            f"<br><span style='color:#555'>{answer_word} {_LINE[len(answer_word) + 1:]}</span>{lines}</p>")


def questions_html_parts(case: Case, questions: Iterable[Question],
                         include: Callable[[Question], bool] | None = None,
                         for_whom: str = "", answer_lines: int = 2) -> list[str]:
    """The question list to take to a visit, with room to write each answer, as HTML parts
    that can be added to a document one after another (heading, groups of questions, end).

    `include` picks the questions for this page (for one doctor's visit: a filter on whom
    each question is addressed to); `for_whom` names that doctor in the heading;
    `answer_lines` is how many lines are left to write each answer on."""
    chosen = [q for q in questions if include is None or include(q)]
    title = say("Questions to ask — {title}", title=case.title) if case.title else say("Questions to ask")
    # the app's words are said outside the f-strings, where pyside6-lupdate can read them
    whom = "<p><b>" + _p(say("For: {whom}", whom=for_whom)) + "</b></p>" if for_whom.strip() else ""
    decide = ("<p>" + escape(say("Decide by: {date}", date=long_date(case.decide_by))) + "</p>"
              if case.decide_by else "")
    answer_word = escape(say("Answer:"))
    parts = [f"<h1>{escape(title)}</h1>{whom}{decide}"]
    lines = max(1, answer_lines)
    for start in range(0, len(chosen), CHUNK):
        parts.append("".join(_item(start + n, q, lines, answer_word)
                             for n, q in enumerate(chosen[start:start + CHUNK], 1)))
    if not chosen:
        parts.append("<p>" + escape(say("No questions yet.")) + "</p>")
    foot = say("Made with Second Opinion Companion. Bring this page to your visit.")
    parts.append(f"<p style='color:#555'>{escape(foot)}</p>")
    return parts


def questions_html(case: Case, questions: Iterable[Question],
                   include: Callable[[Question], bool] | None = None,
                   for_whom: str = "", answer_lines: int = 2) -> str:
    """The same as one HTML page."""
    parts = questions_html_parts(case, questions, include, for_whom, answer_lines)
    return f"<html><body style='font-size:13pt'>{''.join(parts)}</body></html>"
