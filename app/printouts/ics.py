"""Appointments as an iCalendar file (RFC 5545) the person can open in their own calendar.

- Lines end in CRLF and are folded so that no line is longer than 75 octets of UTF-8 (RFC 5545
  3.1), never inside a character; text values escape backslash, ';', ',' and newlines (3.3.11).
- DTSTART is a floating local time (3.3.5, form #1): the appointment is at the wall-clock time
  written on the clinic's letter, wherever the laptop is. A TZID would have to name a VTIMEZONE
  component carried in the same file (3.2.19), which the app cannot write correctly offline
  without the time-zone rules; a wrong zone would move the visit by hours, floating time never does.
- DTSTAMP (when the file was made) is UTC, as the RFC requires; the clock is passed in.
- UID is the appointment's own, made once when it was created: importing the file again updates
  the calendar's copy instead of adding a second one.
- The file's own words (an appointment with only a doctor's name, the description's "With:",
  "Purpose:", "Bring:") are in the person's language (app.model.words); what they typed is as typed.
Nothing here uses the network; the file is plain text.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from app.model.appointments import Appointment, starts
from app.model.words import say

PRODID = "-//Second Opinion Companion//Appointments//EN"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """A TEXT value as RFC 5545 3.3.11 writes it."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded to at most 75 octets per physical line, split only between
    characters; continuation lines start with one space (which counts in the 75)."""
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, MAX_OCTETS
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def summary_of(appt: Appointment) -> str:
    """The calendar's title line: what it is for and with whom, in the person's own words."""
    purpose, doctor = appt.purpose.strip(), appt.doctor.strip()
    if purpose:
        return f"{purpose} — {doctor}" if doctor else purpose
    return say("Appointment with {doctor}", doctor=doctor) if doctor else say("Appointment")


def event_lines(appt: Appointment, now: datetime) -> list[str]:
    when = starts(appt)
    if when is None:
        raise ValueError("an appointment without a readable date and time cannot be exported")
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(appt.calendar_uid)}", f"DTSTAMP:{_stamp(now)}",
             f"DTSTART:{when.strftime('%Y%m%dT%H%M%S')}", f"SUMMARY:{escape_text(summary_of(appt))}"]
    if appt.place.strip():
        lines.append(f"LOCATION:{escape_text(appt.place.strip())}")
    details = [say("With: {doctor}", doctor=appt.doctor.strip()) if appt.doctor.strip() else "",
               say("Purpose: {purpose}", purpose=appt.purpose.strip()) if appt.purpose.strip() else "",
               say("Bring: {things}", things=appt.bring.strip()) if appt.bring.strip() else ""]
    description = "\n".join(d for d in details if d)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(appts: Iterable[Appointment], now: datetime) -> str:
    """The whole file as text (write it as UTF-8 bytes; newline translation must be off)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime (DTSTAMP is UTC)")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    for appt in appts:
        lines += event_lines(appt, now)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_bytes(appts: Iterable[Appointment], now: datetime) -> bytes:
    return calendar_text(appts, now).encode("utf-8")
