"""The exact words a person reads about a typed date, and the edges where the answer changes.

tests/core/test_dates.py says *which* dates are read and which get a message; this file pins the
whole message (a person reads all of it) and every boundary (first and last kept year, the two-year
decide-by horizon, the day a countdown changes wording), so a change to any of them is seen.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.model.dates import (
    FAR_AHEAD_DAYS,
    MAX_YEAR,
    MIN_YEAR,
    ParsedDate,
    check_decide_by,
    countdown,
    is_iso_date,
    long_date,
    parse_iso,
    parse_typed,
)

FRENCH = [["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"]]
FORMS = "Write it like 12 March 2026 or 2026-03-12."


@pytest.mark.parametrize(("text", "order", "problem"), [
    ("12/3/26", "DMY", "Please write the year in full, with four digits, so it cannot be misread. "
                       "Did you mean 12 March 2026?"),
    ("3/12/26", "MDY", "Please write the year in full, with four digits, so it cannot be misread. "
                       "Did you mean 12 March 2026?"),
    ("12 Jun 26", "DMY", "Please write the year in full, with four digits, so it cannot be misread. "
                         "Did you mean 12 June 2026?"),
    ("31/12/99", "DMY", "Please write the year in full, with four digits, so it cannot be misread. "
                        "Did you mean 31 December 2099?"),
    ("31/2/26", "DMY", "Please write the year in full, with four digits, so it cannot be misread."),
    ("1/13/26", "DMY", "Please write the year in full, with four digits, so it cannot be misread."),
    ("0/3/26", "DMY", "Please write the year in full, with four digits, so it cannot be misread."),
    ("1 January 1899", "DMY", "The year 1899 looks mistyped. Please check it (years from 1900 to 2100 can be kept)."),
    ("1 January 2101", "DMY", "The year 2101 looks mistyped. Please check it (years from 1900 to 2100 can be kept)."),
    ("13/13/2026", "DMY", "There is no month 13: months go from 1 to 12. Please check the date."),
    ("1/0/2026", "DMY", "There is no month 0: months go from 1 to 12. Please check the date."),
    ("0 March 2026", "DMY", "There is no day 0 in a month. Please check the day."),
    ("30 February 2026", "DMY", "February 2026 has only 28 days, so 30 February 2026 cannot be right. "
                                "Please check the day."),
    ("2/30/2028", "MDY", "February 2028 has only 29 days, so 30 February 2028 cannot be right. "
                         "Please check the day."),
    ("32 December 2026", "DMY", "December 2026 has only 31 days, so 32 December 2026 cannot be right. "
                                "Please check the day."),
    ("2026-12-2026", "DMY", "This date seems to have two years in it. Please check it."),
    ("12/03/2026", "YMD", "Please write the year first, like 2026-03-12, or the month in words, "
                          "like 12 March 2026."),
    ("12 & March 2026", "DMY", f"This could not be read as a date because of “&”. {FORMS}"),
    ("12 Marhc 2026", "DMY", "“Marhc” is not a month name this app knows. Write the date like "
                             "12 March 2026 or 2026-03-12."),
    ("12 Ma 2026", "DMY", "“Ma” is not a month name this app knows. Write the date like "
                          "12 March 2026 or 2026-03-12."),
    ("12 March 2026 April", "DMY", "This date names two months. Please check it."),
    ("March", "DMY", "Please add the day, for example 12 March."),
    ("March 2026", "DMY", "Please add the day, for example 12 March."),
    ("November 2026", "DMY", "Please add the day, for example 12 November."),
    ("1 2 March 2026", "DMY", "This date has more numbers than a day and a year. Please check it."),
    ("12 2026 2027 March", "DMY", "This date has more numbers than a day and a year. Please check it."),
    ("12 26 March", "DMY", "Please write the date like 12 March 2026."),
    ("12 3 2026", "DMY", f"This could not be read as a date. {FORMS}"),
    ("12 - 3", "DMY", f"This could not be read as a date. {FORMS}"),
    ("of the", "DMY", f"This could not be read as a date. {FORMS}"),
])
def test_the_whole_message_a_person_reads(text, order, problem):
    assert parse_typed(text, order) == ParsedDate(iso="", problem=problem)


def test_a_day_without_a_year_suggests_this_year():
    year = date.today().year
    assert parse_typed("12 March", "DMY").problem == (
        f"Please add the year, with four digits, for example 12 March {year}.")
    assert parse_typed("5th of July", "DMY").problem == (
        f"Please add the year, with four digits, for example 5 July {year}.")


def test_a_word_that_could_be_several_months_is_asked_about():
    assert parse_typed("3 jui 2026", "DMY", FRENCH) == ParsedDate(
        problem="“jui” could be more than one month. Please write the month in full.")
    # three letters that start exactly one month are enough; two are never a month
    assert parse_typed("3 juil 2026", "DMY", FRENCH).iso == "2026-07-03"
    assert parse_typed("3 sep 2026", "DMY").iso == "2026-09-03"
    assert parse_typed("3 Septem 2026", "DMY").iso == "2026-09-03"
    assert parse_typed("3 de 2026", "DMY").problem.startswith("“de” is not a month name")


def test_month_names_ignore_case_and_a_trailing_full_stop():
    names = [["Jan.", "Feb.", "MÄRZ", " Apr ", "", "", "", "", "", "", "", ""]]
    assert parse_typed("1 märz 2026", "DMY", names).iso == "2026-03-01"
    assert parse_typed("1 apr. 2026", "DMY", names).iso == "2026-04-01"
    assert parse_typed("1 sept. 2026", "DMY", names).iso == "2026-09-01"
    assert parse_typed("1 SEPT 2026", "DMY").iso == "2026-09-01"


def test_the_english_names_win_over_a_persons_list_that_reuses_them():
    # a list naming "March" as its fifth month cannot move March
    assert parse_typed("1 March 2026", "DMY", [["a", "b", "c", "d", "March"]]).iso == "2026-03-01"


@pytest.mark.parametrize(("text", "iso"), [
    (f"1 January {MIN_YEAR}", f"{MIN_YEAR}-01-01"),
    (f"31 December {MAX_YEAR}", f"{MAX_YEAR}-12-31"),
    ("29/02/2028", "2028-02-29"),
    ("1/1/2026", "2026-01-01"),
    ("31/12/2026", "2026-12-31"),
    ("2026 - 03 - 12", "2026-03-12"),
    ("12 . 3 . 2026", "2026-03-12"),
    ("0012-03-12", ""),  # a year written first but out of range
])
def test_the_edges_of_what_is_kept(text, iso):
    parsed = parse_typed(text, "DMY")
    assert parsed.iso == iso
    assert parsed.ok is (iso != "")


def test_mixed_separators_are_not_a_numeric_date():
    assert parse_typed("12/03-2026", "DMY").iso == ""
    assert parse_typed("12/03-2026", "DMY").problem == f"This could not be read as a date. {FORMS}"


def test_month_day_order_swaps_day_and_month():
    assert parse_typed("1/2/2026", "MDY").iso == "2026-01-02"
    assert parse_typed("1/2/2026", "DMY").iso == "2026-02-01"
    assert parse_typed("2026/1/2", "DMY").iso == "2026-01-02"


def test_parse_iso_and_is_iso_date_edges():
    assert parse_iso(" 2026-03-12 ") == date(2026, 3, 12)
    assert parse_iso("2026-02-30") is None
    assert parse_iso("") is None
    assert is_iso_date(f"{MIN_YEAR}-01-01") and is_iso_date(f"{MAX_YEAR}-12-31")
    assert not is_iso_date(f"{MIN_YEAR - 1}-12-31")
    assert not is_iso_date(f"{MAX_YEAR + 1}-01-01")
    assert not is_iso_date("2026-02-30")
    assert not is_iso_date("2026-03-12 ")
    assert long_date("2026-01-01") == "1 January 2026"
    assert long_date("2026-12-31") == "31 December 2026"
    assert long_date("") == ""


TODAY = date(2026, 11, 26)


def iso_in(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def test_decide_by_horizon_is_exactly_two_years_and_a_day():
    assert check_decide_by(iso_in(FAR_AHEAD_DAYS), TODAY) == ""
    assert check_decide_by(iso_in(FAR_AHEAD_DAYS + 1), TODAY) == (
        f"The decide-by date {long_date(iso_in(FAR_AHEAD_DAYS + 1))} is more than two years away. "
        "Did you mean a nearer date?")
    assert check_decide_by(iso_in(-1), TODAY) == (
        "The decide-by date 25 November 2026 has already passed. Did you mean a date that is still ahead?")
    assert check_decide_by(iso_in(0), TODAY) == ""
    assert check_decide_by("not a date", TODAY) == ""


def test_countdown_wording_at_each_edge():
    assert countdown(iso_in(FAR_AHEAD_DAYS), TODAY) == (
        f"Decide by {long_date(iso_in(FAR_AHEAD_DAYS))} — {FAR_AHEAD_DAYS} days left")
    assert countdown(iso_in(FAR_AHEAD_DAYS + 1), TODAY) == (
        f"Decide by {long_date(iso_in(FAR_AHEAD_DAYS + 1))} — more than two years from now; please check this date")
    assert countdown(iso_in(2), TODAY) == "Decide by 28 November 2026 — 2 days left"
    assert countdown(iso_in(-400), TODAY) == (
        "The decide-by date (22 October 2025) has passed — talk with your doctor about a new date")


def test_without_a_given_day_today_is_used():
    today = date.today()
    assert countdown(today.isoformat()).endswith("— that is today")
    assert check_decide_by((today - timedelta(days=1)).isoformat()).endswith("still ahead?")
    assert check_decide_by(today.isoformat()) == ""


@pytest.mark.parametrize(("text", "problem"), [
    ("12/1/26", "Please write the year in full, with four digits, so it cannot be misread. "
                "Did you mean 12 January 2026?"),
    ("12/3/026", "The year 26 looks mistyped. Please check it (years from 1900 to 2100 can be kept)."),
    ("026/3/12", "The year 26 looks mistyped. Please check it (years from 1900 to 2100 can be kept)."),
])
def test_january_and_three_digit_years(text, problem):
    assert parse_typed(text, "DMY").problem == problem


def test_a_month_word_may_end_in_a_full_stop_only():
    assert parse_typed("1 Mar. 2026", "DMY").iso == "2026-03-01"
    assert parse_typed("1 Sept. 2026", "DMY").iso == "2026-09-01"
    assert parse_typed("1 MarX 2026", "DMY").problem.startswith("“MarX” is not a month name")
