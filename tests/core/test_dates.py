"""Typed dates are read as a person writes them, and never silently corrected."""
from __future__ import annotations

from datetime import date

import pytest

from app.model.dates import check_decide_by, countdown, is_iso_date, long_date, parse_typed

GERMAN = [["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
          ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]]
FRENCH = [["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"]]


@pytest.mark.parametrize(("text", "order", "iso"), [
    ("12 March 2026", "DMY", "2026-03-12"),
    ("12 March 2026", "MDY", "2026-03-12"),  # words are never ambiguous
    ("March 12, 2026", "DMY", "2026-03-12"),
    ("march 12 2026", "DMY", "2026-03-12"),
    ("12 MARCH 2026", "DMY", "2026-03-12"),
    ("12 mArCh 2026", "DMY", "2026-03-12"),
    ("  12   March\t2026  ", "DMY", "2026-03-12"),
    ("12th of March 2026", "DMY", "2026-03-12"),
    ("March 1st, 2026", "DMY", "2026-03-01"),
    ("12 Mar 2026", "DMY", "2026-03-12"),
    ("12 Mar. 2026", "DMY", "2026-03-12"),
    ("Sept 3 2026", "DMY", "2026-09-03"),
    ("3 Sep 2026", "DMY", "2026-09-03"),
    ("12/03/2026", "DMY", "2026-03-12"),
    ("12/03/2026", "MDY", "2026-12-03"),
    ("12.3.2026", "DMY", "2026-03-12"),
    ("12-03-2026", "DMY", "2026-03-12"),
    ("3/12/2026", "MDY", "2026-03-12"),
    ("2026-03-12", "DMY", "2026-03-12"),
    ("2026-03-12", "MDY", "2026-03-12"),  # a year written first is always year-month-day
    ("2026/3/12", "MDY", "2026-03-12"),
    ("2026-3-1", "YMD", "2026-03-01"),
    ("29 February 2024", "DMY", "2024-02-29"),  # a leap year
    ("29/02/2000", "DMY", "2000-02-29"),  # divisible by 400: a leap year
    ("31 December 2100", "DMY", "2100-12-31"),
    ("1 January 1900", "DMY", "1900-01-01"),
    ("30 April 2026", "DMY", "2026-04-30"),
    ("31 January 2026", "DMY", "2026-01-31"),
    ("", "DMY", ""),
    ("   ", "DMY", ""),
])
def test_dates_written_as_people_write_them(text, order, iso):
    parsed = parse_typed(text, order)
    assert parsed.problem == ""
    assert parsed.iso == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("12 März 2026", "2026-03-12"),
    ("12. märz 2026", "2026-03-12"),
    ("1 Okt. 2026", "2026-10-01"),
    ("3 Dezember 2026", "2026-12-03"),
])
def test_month_names_in_the_persons_language(text, iso):
    assert parse_typed(text, "DMY", GERMAN).iso == iso
    assert not parse_typed(text, "DMY").ok  # without the person's month names it is not guessed


def test_french_month_names_and_accents():
    assert parse_typed("3 février 2026", "DMY", FRENCH).iso == "2026-02-03"
    assert parse_typed("14 août 2026", "DMY", FRENCH).iso == "2026-08-14"
    assert parse_typed("2 mars 2026", "DMY", FRENCH).iso == "2026-03-02"
    assert not parse_typed("2 mars 2026", "DMY").ok  # without the French names it is not guessed


@pytest.mark.parametrize(("text", "words"), [
    ("30 February 2026", "only 28 days"),
    ("29 February 2026", "only 28 days"),  # not a leap year
    ("29/02/1900", "only 28 days"),  # divisible by 100, not by 400: not a leap year
    ("31 April 2026", "only 30 days"),
    ("31/06/2026", "only 30 days"),
    ("32 January 2026", "only 31 days"),
    ("0 March 2026", "no day 0"),
    ("13/13/2026", "no month 13"),
    ("12/00/2026", "no month 0"),
    ("9999-12-31", "year 9999"),
    ("1 January 1850", "year 1850"),
    ("1 January 2101", "year 2101"),
    ("12/03/26", "year in full"),
    ("12 March 26", "year in full"),
    ("12 March", "add the year"),
    ("March 2026", "add the day"),
    ("12 Marhc 2026", "Marhc"),
    ("Thursday", "Thursday"),
    ("12 3 2026", "could not be read"),
    ("12 March 2026 March", "two months"),
    ("1 2 March 2026", "more numbers"),
    ("ju 12 2026", "“ju”"),
])
def test_impossible_or_unclear_dates_get_a_message_never_a_correction(text, words):
    parsed = parse_typed(text, "DMY")
    assert parsed.iso == ""
    assert not parsed.ok
    assert words in parsed.problem


def test_a_two_digit_year_is_not_guessed_but_the_full_date_is_suggested():
    parsed = parse_typed("12/3/26", "DMY")
    assert parsed.iso == "" and "12 March 2026" in parsed.problem
    assert "Did you mean" not in parse_typed("31/2/26", "DMY").problem


def test_numbers_follow_the_locale_order_and_do_not_swap_silently():
    assert parse_typed("03/25/2026", "MDY").iso == "2026-03-25"
    day_first = parse_typed("03/25/2026", "DMY")  # there is no month 25: asked, not swapped
    assert day_first.iso == "" and "month 25" in day_first.problem
    assert parse_typed("12/03/2026", "YMD").iso == ""


def test_an_unknown_order_is_a_programming_error():
    with pytest.raises(ValueError):
        parse_typed("12/03/2026", "XYZ")


def test_iso_dates_and_long_form():
    assert is_iso_date("2026-03-12")
    assert not is_iso_date("2026-3-12")
    assert not is_iso_date("9999-12-31")
    assert not is_iso_date("early March")
    assert not is_iso_date("")
    assert long_date("2026-03-12") == "12 March 2026"
    assert long_date("2024-02-29") == "29 February 2024"
    assert long_date("early March") == "early March"


TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(("iso", "expected"), [
    ("2026-11-28", "Decide by 28 November 2026 — 2 days left"),
    ("2026-11-27", "Decide by 27 November 2026 — 1 day left"),
    ("2026-11-26", "Decide by 26 November 2026 — that is today"),
    ("2026-11-25", "The decide-by date (25 November 2026) has passed — talk with your doctor about a new date"),
    ("2027-01-15", "Decide by 15 January 2027 — 50 days left"),
    ("", ""),
    ("not a date", ""),
])
def test_countdown_reads_naturally(iso, expected):
    assert countdown(iso, TODAY) == expected


def test_countdown_never_shows_absurd_numbers():
    for iso in ("9999-12-31", "2100-01-01", "2030-01-01"):
        text = countdown(iso, TODAY)
        assert "days left" not in text and "please check" in text
    assert "days left" in countdown("2028-11-01", TODAY)  # under two years: still counted


def test_unusual_decide_by_dates_are_questioned():
    assert "already passed" in check_decide_by("2026-11-25", TODAY)
    assert "Did you mean" in check_decide_by("2026-01-01", TODAY)
    assert "more than two years" in check_decide_by("2029-01-01", TODAY)
    assert check_decide_by("2026-11-26", TODAY) == ""
    assert check_decide_by("2027-06-01", TODAY) == ""
    assert check_decide_by("", TODAY) == ""
