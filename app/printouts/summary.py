"""A one-page summary for a new doctor: who, what was found, what each doctor said so far, which
records were sent, and what the person still wants to ask.

Only what the person entered is shown (an empty field leaves out its line, never a blank or a
placeholder); every text is escaped. The HTML comes in parts, one per section, each section's
heading kept with its first lines (`page-break-inside: avoid` on a small block), so a long case
flows to a second page without a heading alone at the foot of a page. The page's own words, the
choices and the dates are in the person's language (app.model.words); what was typed is as typed.
"""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from app.model.appointments import Appointment, in_date_order
from app.model.domain import Case, Opinion
from app.model.questions import Question
from app.model.records_checklist import RECEIVED, SENT, ChecklistItem
from app.model.words import key_text, long_date, say

PLAN_LINES = 3  # the headline of each plan: its first lines
_GREY = "color:#555"


def _p(text: str) -> str:
    return escape(text.strip()).replace("\n", "<br>")


def _section(heading: str, body: str) -> str:
    # the heading and the section's start stay together (Qt keeps a table row on one page)
    return (f"<table width='100%' cellspacing='0' cellpadding='0' style='page-break-inside:avoid'>"
            f"<tr><td><h2 style='margin-top:8pt;margin-bottom:2pt'>{escape(heading)}</h2>{body}</td></tr></table>")


def _listed(heading: str, lines: list[str]) -> list[str]:
    """A heading kept with its first line, then one paragraph per line (free to flow on)."""
    para = "<p style='margin-top:1pt;margin-bottom:1pt'>{0}</p>"
    return [_section(heading, para.format(lines[0]))] + [para.format(line) for line in lines[1:]]


def headline_plan(op: Opinion, lines: int = PLAN_LINES) -> str:
    """The first lines of the plan as written (and the kinds of treatment when there is no text)."""
    answer = op.answer("plan")
    text = [line for line in answer.text.strip().splitlines() if line.strip()]
    if text:
        shown = text[:lines]
        return "\n".join(shown) + (" …" if len(text) > lines else "")
    return ", ".join(key_text(tag) for tag in answer.tags)


def _key_dates(case: Case, appointments: Iterable[Appointment]) -> list[str]:
    dates = []
    if case.diagnosed_on:
        dates.append(escape(say("Diagnosed on {date}", date=long_date(case.diagnosed_on))))
    if case.decide_by:
        dates.append(escape(say("Decision wanted by {date}", date=long_date(case.decide_by))))
    for appt in in_date_order(list(appointments)):
        if not appt.on_date:
            continue
        when = (say("{date} at {time}", date=long_date(appt.on_date), time=appt.at_time) if appt.at_time
                else long_date(appt.on_date))
        who = f" — {_p(appt.doctor)}" if appt.doctor.strip() else ""
        why = f" ({_p(appt.purpose)})" if appt.purpose.strip() else ""
        dates.append(escape(say("Appointment {when}", when=when)) + who + why)
    return dates


def _opinion(op: Opinion) -> str:
    who = op.doctor.strip() or key_text(op.label.strip()) or say("Opinion")
    details = [p.strip() for p in (key_text(op.label) if op.doctor.strip() else "", key_text(op.specialty),
                                   op.institution) if p.strip()]
    when = f", {escape(long_date(op.visit_date))}" if op.visit_date else ""
    head = f"<b>{_p(who)}</b>" + (f" ({_p(', '.join(details))})" if details else "") + when
    plan = headline_plan(op)
    # the app's words are said outside the f-strings, where pyside6-lupdate can read them
    plan_html = ("<br>" + _p(say("Plan: {plan}", plan=plan)) if plan
                 else f"<br><span style='{_GREY}'>" + escape(say("No plan written down")) + "</span>")
    return f"<p style='margin-top:2pt;margin-bottom:4pt'>{head}{plan_html}</p>"


def _record_line(item: ChecklistItem, item_words: dict[str, str], doctors: dict[str, str]) -> str:
    name = item.label.strip() or item_words.get(item.item, item.item)
    state = item.current_state
    parts = [say("sent {date}", date=long_date(item.sent_on)) if item.sent_on
             else (say("sent") if state == SENT else "")]
    if state == RECEIVED:
        parts.append(say("received {date}", date=long_date(item.received_on)) if item.received_on else say("received"))
    to = item.sent_to.strip() or doctors.get(item.opinion, "")
    if to:
        parts.append(say("to {whom}", whom=to))
    return f"{_p(name)}: {escape(', '.join(p for p in parts if p))}"


def summary_html_parts(case: Case, appointments: Iterable[Appointment] = (),
                       checklist: Iterable[ChecklistItem] = (), questions: Iterable[Question] = (),
                       item_words: dict[str, str] | None = None) -> list[str]:
    """The summary as HTML parts (heading, about, each opinion, records, questions, foot)."""
    title = case.title.strip() or say("Summary")
    parts = [f"<h1 style='margin-bottom:2pt'>{_p(title)}</h1>"
             f"<p style='{_GREY};margin-top:0'>"
             + escape(say("A summary for a new doctor, written by the person or their family.")) + "</p>"]
    about = []
    if case.person.strip():
        about.append("<b>" + escape(say("About:")) + "</b> " + _p(case.person))
    if case.diagnosis.strip():
        about.append("<b>" + escape(say("Diagnosis as first given:")) + "</b> " + _p(case.diagnosis))
    about += _key_dates(case, appointments)
    if about:
        parts.append(_section(say("The case"), "<p style='margin-top:2pt'>" + "<br>".join(about) + "</p>"))
    if case.opinions:
        ops = [_opinion(op) for op in case.opinions]
        parts.append(_section(say("Opinions so far"), ops[0]))
        parts += ops[1:]
    doctors = {str(op.id): (op.doctor.strip() or op.label) for op in case.opinions}
    sent = [item for item in checklist if item.current_state in (SENT, RECEIVED) or item.sent_on]
    if sent:
        parts += _listed(say("Records sent"), [_record_line(item, item_words or {}, doctors) for item in sent])
    open_questions = [q for q in questions if q.status == "to ask" and q.text.strip()]
    if open_questions:
        parts += _listed(say("Open questions"), [f"{n}. {_p(q.text)}" for n, q in enumerate(open_questions, 1)])
    parts.append(f"<p style='{_GREY}'>" + escape(say(
        "Made with Second Opinion Companion from what the person wrote down; "
        "please check the details with the records.")) + "</p>")
    return parts


def summary_html(case: Case, appointments=(), checklist=(), questions=(), item_words=None) -> str:
    """The same as one HTML page."""
    parts = summary_html_parts(case, appointments, checklist, questions, item_words)
    return f"<html><body style='font-size:11pt'>{''.join(parts)}</body></html>"
