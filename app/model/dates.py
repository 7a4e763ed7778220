"""Dates as the person sees them and types them, and the decide-by countdown.

Stored dates are ISO 'YYYY-MM-DD' (or '' for not set). `parse_typed` reads a date the way a
person writes it and never guesses silently: a date that cannot exist, a two-digit year or a
year far outside a lifetime gets a plain-words problem instead of a "corrected" date. The Qt
shell passes in what only it knows: the locale's day/month order and its month names.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal

from app.model.records import record

MIN_YEAR = 1900
MAX_YEAR = 2100
FAR_AHEAD_DAYS = 2 * 365 + 1  # a decide-by date further away than about two years is questioned
ORDERS = ("DMY", "MDY", "YMD")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_EXTRA_ENGLISH = {"sept": 9}
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
_NUMERIC = re.compile(r"^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$")
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?|[^\W\d_]+\.?", re.IGNORECASE)
_IGNORED_WORDS = {"of", "the"}


def _days_in(year: int, month: int) -> int:
    """Days in a month (calendar.monthrange without loading calendar and locale at start-up)."""
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - date(year, month, 1)).days


@record(frozen=True)
class ParsedDate:
    """What a typed date means: `iso` ('' when empty or unreadable) or a plain-words `problem`."""

    iso: str = ""
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def parse_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def is_iso_date(text: str) -> bool:
    """True for a stored date in the form the app writes ('YYYY-MM-DD') within the sane years."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and parse_iso(text) is not None \
        and MIN_YEAR <= int(text[:4]) <= MAX_YEAR


def long_date(iso: str) -> str:
    """'2026-03-12' → '12 March 2026' (English; the shell shows it in the person's language)."""
    d = parse_iso(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if d else iso


def _month_table(month_names: Iterable[Sequence[str]] | None) -> dict[str, int]:
    table: dict[str, int] = {}
    lists: list[Sequence[str]] = [MONTHS, [m[:3] for m in MONTHS]]
    lists += list(month_names or ())
    for names in lists:
        for number, name in enumerate(names, start=1):
            key = name.casefold().rstrip(".").strip()
            if key:
                table.setdefault(key, number)
    for key, number in _EXTRA_ENGLISH.items():
        table.setdefault(key, number)
    return table


def _month_from_word(word: str, table: dict[str, int]) -> int | None | Literal["ambiguous"]:
    """The month a word names; None when it names none; 'ambiguous' when it could be several."""
    key = word.casefold().rstrip(".")
    if key in table:
        return table[key]
    if len(key) >= 3:
        found = {n for name, n in table.items() if name.startswith(key)}
        if len(found) == 1:
            return found.pop()
        if found:
            return "ambiguous"
    return None


def _build(day: int, month: int, year: int, year_text: str) -> ParsedDate:
    if len(year_text) <= 2:
        full = 2000 + year
        hint = ""
        if 1 <= month <= 12 and 1 <= day <= _days_in(full, month):
            hint = f" Did you mean {day} {MONTHS[month - 1]} {full}?"
        return ParsedDate(problem="Please write the year in full, with four digits, so it cannot be "
                                  f"misread.{hint}")
    if not MIN_YEAR <= year <= MAX_YEAR:
        return ParsedDate(problem=f"The year {year} looks mistyped. Please check it "
                                  f"(years from {MIN_YEAR} to {MAX_YEAR} can be kept).")
    if not 1 <= month <= 12:
        return ParsedDate(problem=f"There is no month {month}: months go from 1 to 12. Please check the date.")
    last = _days_in(year, month)
    if not 1 <= day <= last:
        if day == 0:
            return ParsedDate(problem="There is no day 0 in a month. Please check the day.")
        return ParsedDate(problem=f"{MONTHS[month - 1]} {year} has only {last} days, so "
                                  f"{day} {MONTHS[month - 1]} {year} cannot be right. Please check the day.")
    return ParsedDate(iso=date(year, month, day).isoformat())


def _parse_numeric(match: re.Match, order: str) -> ParsedDate:
    first, _separator, second, third = match.groups()
    if len(first) >= 3:  # a year written first is always year-month-day
        if len(third) > 2:
            return ParsedDate(problem="This date seems to have two years in it. Please check it.")
        return _build(int(third), int(second), int(first), first)
    if order == "YMD":  # the person's locale writes the year first; day and month are unclear here
        return ParsedDate(problem="Please write the year first, like 2026-03-12, or the month in words, "
                                  "like 12 March 2026.")
    if order == "MDY":
        return _build(int(second), int(first), int(third), third)
    return _build(int(first), int(second), int(third), third)


def _parse_words(text: str, table: dict[str, int]) -> ParsedDate:
    tokens = _TOKEN.findall(text)
    leftover = re.sub(r"[\s,.]", "", _TOKEN.sub("", text))  # "March 12, 2026", "12. März 2026"
    if leftover:
        return ParsedDate(problem=f"This could not be read as a date because of “{leftover}”. "
                                  "Write it like 12 March 2026 or 2026-03-12.")
    month_at = None
    month = None
    numbers: list[tuple[int, str]] = []  # (position, digits)
    for position, token in enumerate(tokens):
        ordinal = _ORDINAL.match(token.casefold())
        if token.isdigit() or ordinal:
            numbers.append((position, ordinal.group(1) if ordinal else token))
            continue
        if token.casefold() in _IGNORED_WORDS:
            continue
        found = _month_from_word(token, table)
        if found is None:
            return ParsedDate(problem=f"“{token}” is not a month name this app knows. "
                                      "Write the date like 12 March 2026 or 2026-03-12.")
        if found == "ambiguous":
            return ParsedDate(problem=f"“{token}” could be more than one month. Please write the month in full.")
        if month is not None:
            return ParsedDate(problem="This date names two months. Please check it.")
        month, month_at = found, position
    if month is None:
        return ParsedDate(problem="This could not be read as a date. Write it like 12 March 2026 or 2026-03-12.")
    long_numbers = [n for n in numbers if len(n[1]) > 2]
    short_numbers = [n for n in numbers if len(n[1]) <= 2]
    if len(numbers) < 2:
        if not short_numbers:
            return ParsedDate(problem=f"Please add the day, for example 12 {MONTHS[month - 1]}.")
        return ParsedDate(problem="Please add the year, with four digits, for example "
                                  f"{int(short_numbers[0][1])} {MONTHS[month - 1]} {date.today().year}.")
    if len(numbers) > 2 or len(long_numbers) > 1:
        return ParsedDate(problem="This date has more numbers than a day and a year. Please check it.")
    if long_numbers:
        day_text, year_text = short_numbers[0][1], long_numbers[0][1]
    else:  # two short numbers: the day sits next to the month, the year comes last
        (p1, a), (p2, b) = numbers
        day_text, year_text = (a, b) if p1 < p2 else (b, a)
        if month_at is not None and month_at > max(p1, p2):  # "12 26 March": unclear
            return ParsedDate(problem="Please write the date like 12 March 2026.")
    return _build(int(day_text), month, int(year_text), year_text)


def parse_typed(text: str, order: str = "DMY",
                month_names: Iterable[Sequence[str]] | None = None) -> ParsedDate:
    """Read a date as a person writes it.

    `order` is the locale's order for all-number dates ("DMY" or "MDY"; a four-digit year
    written first is always year-month-day). `month_names` are extra lists of twelve month
    names (January first) in the person's language, long and short forms. Empty text means
    "not set" and is fine.
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}")
    clean = " ".join(text.split())
    if not clean:
        return ParsedDate()
    numeric = _NUMERIC.match(clean)
    if numeric:
        return _parse_numeric(numeric, order)
    if re.fullmatch(r"[\d\s./-]+", clean):
        return ParsedDate(problem="This could not be read as a date. Write it like 12 March 2026 or 2026-03-12.")
    return _parse_words(clean, _month_table(month_names))


def check_decide_by(iso: str, today: date | None = None) -> str:
    """A question to ask before keeping an unusual decide-by date, or '' when it looks right."""
    d = parse_iso(iso)
    if d is None:
        return ""
    today = today or date.today()
    days = (d - today).days
    if days < 0:
        return (f"The decide-by date {long_date(iso)} has already passed. "
                "Did you mean a date that is still ahead?")
    if days > FAR_AHEAD_DAYS:
        return (f"The decide-by date {long_date(iso)} is more than two years away. "
                "Did you mean a nearer date?")
    return ""


def countdown(decide_by: str, today: date | None = None) -> str:
    """A calm sentence about the decide-by date, or '' when none is set."""
    d = parse_iso(decide_by)
    if d is None:
        return ""
    days = (d - (today or date.today())).days
    when = long_date(decide_by)
    if days > FAR_AHEAD_DAYS:
        return f"Decide by {when} — more than two years from now; please check this date"
    if days > 1:
        return f"Decide by {when} — {days} days left"
    if days == 1:
        return f"Decide by {when} — 1 day left"
    if days == 0:
        return f"Decide by {when} — that is today"
    return f"The decide-by date ({when}) has passed — talk with your doctor about a new date"
