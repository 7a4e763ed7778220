"""Dates as the person sees them, and the decide-by countdown."""
from __future__ import annotations

from datetime import date


def parse_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def long_date(iso: str) -> str:
    d = parse_iso(iso)
    return f"{d.day} {d:%B %Y}" if d else iso


def countdown(decide_by: str, today: date | None = None) -> str:
    """A calm sentence about the decide-by date, or '' when none is set."""
    d = parse_iso(decide_by)
    if d is None:
        return ""
    days = (d - (today or date.today())).days
    when = long_date(decide_by)
    if days > 1:
        return f"Decide by {when} — {days} days left"
    if days == 1:
        return f"Decide by {when} — 1 day left"
    if days == 0:
        return f"Decide by {when} — that is today"
    return f"The decide-by date ({when}) has passed — talk with your doctor about a new date"
