"""Safety net for what the comparison grid and the decide-by line say (no Qt, no storage)."""
from __future__ import annotations

from datetime import date

import pytest

from app.model.aspects import CHOICE, CITATIONS, PLAN, READINGS, TEXT
from app.model.comparison import DISPLAY_LIMIT, cell_text, entries_differ, row_aspect, row_question
from app.model.dates import countdown, long_date, parse_iso
from app.model.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading

# ---- cells ---------------------------------------------------------------------------


def test_each_kind_of_cell_reads_as_a_person_would_write_it():
    assert cell_text(CHOICE, Answer(choice="cure", text="ignored")) == "cure"
    assert cell_text(PLAN, Answer(text="Surgery first", tags=("surgery", "radiation"))) == (
        "Surgery first\nInvolves: surgery, radiation")
    assert cell_text(PLAN, Answer(text="Surgery first")) == "Surgery first"
    assert cell_text(PLAN, Answer(tags=("surgery",))) == "Involves: surgery"
    assert cell_text(TEXT, Answer(text="plain", choice="ignored")) == "plain"
    readings = (TestReading("CT", "2026-10-01", "2.5 cm"), TestReading("Biopsy", "", "IDC"))
    assert cell_text(READINGS, Answer(entries=readings)) == "• CT — 2026-10-01 — 2.5 cm\n• Biopsy — IDC"
    citations = (Citation("NCCN Guidelines", "Breast", "v.4.2026", "2A", "page 12"),
                 Citation("ESMO", "", "", "", ""), Citation("other", "Protocol", "", "1", ""))
    assert cell_text(CITATIONS, Answer(entries=citations)) == (
        "• NCCN Guidelines Breast v.4.2026 (category 2A) — page 12\n"
        "• ESMO\n"
        "• other Protocol (category 1)")
    assert cell_text(READINGS, Answer()) == "" == cell_text(CITATIONS, Answer())


def test_long_cells_are_cut_for_the_grid_but_not_for_the_editor():
    exact = "x" * DISPLAY_LIMIT
    assert cell_text(TEXT, Answer(text=exact)) == exact
    long = "word " * DISPLAY_LIMIT
    shown = cell_text(TEXT, Answer(text=long))
    assert shown == long[:DISPLAY_LIMIT].rstrip() + " …\n[Open this opinion to read all of it]"
    assert cell_text(TEXT, Answer(text=long), None) == long
    assert cell_text(TEXT, Answer(text=long), 10) == "word word …\n[Open this opinion to read all of it]"
    assert cell_text(TEXT, Answer(text="  " + "y" * 20), 10) == "  yyyyyyyy …\n[Open this opinion to read all of it]"


def test_a_custom_row_is_a_text_row_with_its_own_label():
    case = Case(1, custom_rows=[CustomRow(7, "Fertility"), CustomRow(8, "Cost")])
    aspect = row_aspect(case, "custom:8")
    assert (aspect.key, aspect.label, aspect.kind) == ("custom:8", "Cost", TEXT)
    assert row_aspect(case, "goal").kind == CHOICE


# ---- the "entries differ" hint -------------------------------------------------------

@pytest.mark.parametrize("kind,answers,differ", [
    (TEXT, [Answer(text="Stage IIA"), Answer(text="Stage IIB")], True),
    (TEXT, [Answer(text="Stage IIA"), Answer(text="  stage   iia ")], False),   # case and spaces ignored
    (TEXT, [Answer(text="Stage IIA"), Answer()], False),                        # only one filled in
    (TEXT, [Answer(text="Stage IIA")], False),
    (TEXT, [Answer(), Answer(text="  ")], False),                               # nothing filled in
    (TEXT, [Answer(text="A"), Answer(text="A"), Answer(text="B")], True),
    (TEXT, [Answer(text="A"), Answer(), Answer(text="B")], True),              # an empty one between
    (TEXT, [Answer(), Answer(text="A"), Answer(), Answer(text="a")], False),
    (CHOICE, [Answer(choice="cure"), Answer(choice="comfort")], True),
    (CHOICE, [Answer(choice="cure"), Answer(choice="cure")], False),
    (PLAN, [Answer(text="Surgery", tags=("surgery",)), Answer(text="Surgery")], True),
    (READINGS, [Answer(entries=(TestReading("CT", "", "2 cm"),)),
                Answer(entries=(TestReading("CT", "", "3 cm"),))], True),
    (READINGS, [Answer(entries=(TestReading("CT", "", "2 cm"),)),
                Answer(entries=(TestReading("ct", "", "2 CM"),))], False),
    (TEXT, [Answer(text="x" * DISPLAY_LIMIT + " then A"), Answer(text="x" * DISPLAY_LIMIT + " then B")], True),
])
def test_the_entries_differ_hint(kind, answers, differ):
    assert entries_differ(kind, answers) is differ


# ---- a row becomes a question --------------------------------------------------------

def two_doctors(**answers) -> Case:
    case = Case(1, custom_rows=[CustomRow(5, "Fertility")])
    case.opinions = [Opinion(1, "First opinion", doctor="Dr. A"), Opinion(2, "Second opinion")]
    for op, answer in zip(case.opinions, answers.get("answers", ())):
        op.answers[answers["key"]] = answer
    return case


def test_a_row_question_quotes_each_doctor_for_custom_rows_and_choices():
    case = two_doctors(key="custom:5", answers=[Answer(text="Freeze eggs first"), Answer(text="No time")])
    assert row_question(case, "custom:5") == (
        "The doctors see “Fertility” differently (First opinion — Dr. A: “Freeze eggs first”; "
        "Second opinion: “No time”). Can you help me understand why?")
    case = two_doctors(key="goal", answers=[Answer(choice="cure"), Answer(choice="long-term control")])
    assert "(First opinion — Dr. A: “cure”; Second opinion: “long-term control”)" in row_question(case, "goal")


def test_a_row_question_asks_for_more_when_fewer_than_two_answered():
    case = two_doctors(key="custom:5", answers=[Answer(text="Freeze eggs first")])
    assert row_question(case, "custom:5") == "Can you tell me more about “Fertility”?"


def test_quotes_are_cut_at_ninety_characters_after_tidying_spaces():
    ninety = "a" * 90
    case = two_doctors(key="stage", answers=[Answer(text=ninety), Answer(text="b" * 91)])
    question = row_question(case, "stage")
    assert f"“{ninety}”" in question
    assert f"“{'b' * 90}…”" in question
    case = two_doctors(key="stage", answers=[Answer(text="\n" * 1300 + "Stage  IIA\n\n"),
                                             Answer(text="word " * 30)])
    question = row_question(case, "stage")
    assert "“Stage IIA”" in question, "the whole answer is quoted, not the grid's shortened cell"
    assert f"“{('word ' * 18).strip()}…”" in question


# ---- dates ---------------------------------------------------------------------------

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize("decide_by,expected", [
    ("2026-11-30", "Decide by 30 November 2026 — 10 days left"),
    ("2026-11-22", "Decide by 22 November 2026 — 2 days left"),
    ("2026-11-21", "Decide by 21 November 2026 — 1 day left"),
    ("2026-11-20", "Decide by 20 November 2026 — that is today"),
    ("2026-11-19", "The decide-by date (19 November 2026) has passed — talk with your doctor about a new date"),
    ("2025-01-01", "The decide-by date (1 January 2025) has passed — talk with your doctor about a new date"),
    ("", ""),
    ("soon", ""),
])
def test_the_countdown_says_how_many_days_are_left(decide_by, expected):
    assert countdown(decide_by, TODAY) == expected


def test_the_countdown_counts_from_today_when_no_day_is_given():
    today = date.today()
    assert countdown(today.isoformat()).endswith("— that is today")
    assert countdown(date.fromordinal(today.toordinal() + 1).isoformat()).endswith("— 1 day left")


def test_dates_read_as_a_person_writes_them():
    assert long_date("2026-03-05") == "5 March 2026"
    assert long_date(" 2026-12-31 ") == "31 December 2026"
    assert long_date("not a date") == "not a date"
    assert long_date("") == ""
    assert parse_iso("2026-02-30") is None
    assert parse_iso("2026-02-28") == date(2026, 2, 28)
