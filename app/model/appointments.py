"""Appointments for a case: when, with whom, where, what for, what to bring.

Stored as text like every record kind: `on_date` is an ISO date, `at_time` a 24-hour 'HH:MM' time, both
in the person's own local wall-clock time (the clinic's time, as written on the letter). The
clock is always passed in (`now`), so "past" and "next" are testable and never read the system
clock here. `opinion` is the id of the case's opinion this visit belongs to (as text), or ''
when the person typed a doctor who has no opinion yet (`doctor` holds the name either way).
`calendar_uid` (the .ics UID) is made once when the appointment is created, so a calendar that imports the same
appointment twice updates it instead of showing it twice (RFC 5545 UID).
"""
from __future__ import annotations

import re
from datetime import date, datetime, time

from app.model.dates import is_iso_date, long_date
from app.model.records import record

APPOINTMENT = "appointment"  # the record kind's name (app.store.kinds), used by events and edits

NO_DATE, BAD_TIME, NO_TIME, PAST = "no_date", "bad_time", "no_time", "past"

_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)


@record(frozen=True)
class Appointment:
    id: int
    on_date: str = ""   # 'YYYY-MM-DD'
    at_time: str = ""   # 'HH:MM', 24-hour
    opinion: str = ""   # the opinion's id as text, or ''
    doctor: str = ""
    place: str = ""     # an address or a video link, kept as text and never opened by itself
    purpose: str = ""
    bring: str = ""
    calendar_uid: str = ""  # the .ics UID: made once, so a calendar updates its copy on a new import


def parse_time(text: str) -> str | None:
    """'14:30', '2:30 pm', '9', '9.15', '14h30' -> 'HH:MM'; None when it is not a time of day."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def starts(appt: Appointment) -> datetime | None:
    """When it starts (naive local time), or None when the date or time is not readable."""
    if not is_iso_date(appt.on_date) or parse_time(appt.at_time) != appt.at_time:
        return None
    return datetime.combine(date.fromisoformat(appt.on_date), time.fromisoformat(appt.at_time))


def problem(on: str, at: str, now: datetime) -> str:
    """Why these cannot be saved as they are: NO_DATE, NO_TIME, BAD_TIME, PAST (allowed only
    once the person says they are recording a visit that already happened), or ''."""
    if not is_iso_date(on):
        return NO_DATE
    if not at.strip():
        return NO_TIME
    clock = parse_time(at)
    if clock is None:
        return BAD_TIME
    when = datetime.combine(date.fromisoformat(on), time.fromisoformat(clock))
    return PAST if when < now else ""


def is_past(appt: Appointment, now: datetime) -> bool:
    when = starts(appt)
    return when is not None and when < now


def in_date_order(appts: list[Appointment]) -> list[Appointment]:
    """Earliest first; ties keep the order they were added in; unreadable ones last."""
    far = datetime.max
    return sorted(appts, key=lambda a: starts(a) or far)  # sorted() is stable


def next_appointment(appts: list[Appointment], now: datetime) -> Appointment | None:
    """The first appointment that has not started yet (at `now` exactly counts as next)."""
    for appt in in_date_order(appts):
        when = starts(appt)
        if when is not None and when >= now:
            return appt
    return None


def next_visit_text(appts: list[Appointment], now: datetime) -> str:
    """The workspace header's line about the next appointment, or '' when none is ahead."""
    nxt = next_appointment(appts, now)
    if nxt is None:
        return ""
    who = f" — {nxt.doctor}" if nxt.doctor.strip() else ""
    what = f" ({nxt.purpose})" if nxt.purpose.strip() else ""
    return f"Next appointment: {long_date(nxt.on_date)} at {nxt.at_time}{who}{what}"
