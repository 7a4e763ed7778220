"""Appointments, the records checklist and the .ics file, with an injected clock."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from app.model import appointments as ap
from app.model import records_checklist as rc
from app.model.appointments import Appointment
from app.model.domain import Case
from app.model.records_checklist import ChecklistItem
from app.printouts import ics
from app.store.kinds import LIST_KINDS
from app.store.storage import Database
from app.workspace.core import Workspace
from app.workspace.edits import CasePresence, RecordPresence

NOW = datetime(2026, 3, 10, 9, 30)


def appt(i, on, at, **kw):
    return Appointment(i, on, at, calendar_uid=f"u{i}@test", **kw)


# ---- appointments -------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), [
    ("14:30", "14:30"), ("9", "09:00"), ("2:30 pm", "14:30"), ("12 am", "00:00"), ("12pm", "12:00"),
    ("9.15", "09:15"), ("14h05", "14:05"), ("24:00", None), ("13 pm", None), ("9:60", None),
    ("soon", None), ("", None)])
def test_typed_times(typed, stored):
    assert ap.parse_time(typed) == stored


def test_next_appointment_skips_past_ones_and_keeps_the_added_order_on_ties():
    past = appt(1, "2026-03-09", "10:00")
    later = appt(2, "2026-04-01", "08:00")
    tie_a = appt(3, "2026-03-12", "11:00")
    tie_b = appt(4, "2026-03-12", "11:00")
    undated = appt(5, "", "")
    appts = [later, past, undated, tie_a, tie_b]
    assert ap.next_appointment(appts, NOW) == tie_a
    assert ap.next_appointment([later, tie_b, tie_a], NOW) == tie_b  # ties: first added first
    assert ap.in_date_order(appts) == [past, tie_a, tie_b, later, undated]
    assert ap.is_past(past, NOW) and not ap.is_past(later, NOW) and not ap.is_past(undated, NOW)


def test_next_appointment_at_this_very_minute_and_none_left():
    now_one = appt(1, "2026-03-10", "09:30")
    assert ap.next_appointment([now_one], NOW) == now_one
    assert ap.next_appointment([now_one], NOW + timedelta(minutes=1)) is None
    assert ap.next_appointment([], NOW) is None


def test_problems_with_a_new_appointment():
    assert ap.problem("", "10:00", NOW) == ap.NO_DATE
    assert ap.problem("12 March", "10:00", NOW) == ap.NO_DATE
    assert ap.problem("2026-03-12", "", NOW) == ap.NO_TIME
    assert ap.problem("2026-03-12", "later", NOW) == ap.BAD_TIME
    assert ap.problem("2026-03-10", "09:29", NOW) == ap.PAST
    assert ap.problem("2026-03-10", "09:30", NOW) == ""


# ---- the records checklist ------------------------------------------------------------------------
def test_usual_items_are_shown_unstored_and_a_stored_one_takes_their_place():
    stored = ChecklistItem(7, "3", "images", state=rc.REQUESTED, requested_on="2026-03-01")
    own = ChecklistItem(8, "3", "", "Dental check letter")
    other = ChecklistItem(9, "4", "images")
    items = rc.items_for([own, stored, other], 3)
    assert [i.item for i in items[:len(rc.DEFAULT_ITEMS)]] == list(rc.DEFAULT_ITEMS)
    assert items[rc.DEFAULT_ITEMS.index("images")] == stored
    assert items[-1] == own and len(items) == len(rc.DEFAULT_ITEMS) + 1
    assert sum(not i.stored for i in items) == len(rc.DEFAULT_ITEMS) - 1


@pytest.mark.parametrize(("days", "flagged"), [(0, False), (30, False), (31, True), (90, True)])
def test_the_30_day_flag(days, flagged):
    today = date(2026, 5, 1)
    item = ChecklistItem(1, "1", "pathology_report", state=rc.REQUESTED,
                         requested_on=(today - timedelta(days=days)).isoformat())
    assert rc.overdue(item, today) is flagged
    assert rc.days_waiting(item, today) == days


def test_received_or_not_needed_clears_the_flag_and_no_date_means_no_flag():
    today = date(2026, 5, 1)
    item = ChecklistItem(1, "1", "pathology_report", state=rc.REQUESTED, requested_on="2026-01-01")
    assert rc.overdue(item, today)
    for state in (rc.RECEIVED, rc.NOT_NEEDED, rc.TO_REQUEST):
        assert not rc.overdue(ChecklistItem(1, "1", "x", state=state, requested_on="2026-01-01"), today)
    assert rc.overdue(ChecklistItem(1, "1", "x", state=rc.SENT, requested_on="2026-01-01"), today)
    assert not rc.overdue(ChecklistItem(1, "1", "x", state=rc.REQUESTED, requested_on=""), today)


def test_a_new_state_fills_its_date_with_today_only_when_empty():
    today = date(2026, 5, 1)
    item = ChecklistItem(0, "1", "images")
    assert rc.changes_for_state(item, rc.REQUESTED, today) == {"state": "requested", "requested_on": "2026-05-01"}
    dated = ChecklistItem(0, "1", "images", received_on="2026-04-02")
    assert rc.changes_for_state(dated, rc.RECEIVED, today) == {"state": "received"}
    assert rc.changes_for_state(item, rc.NOT_NEEDED, today) == {"state": "not_needed"}
    with pytest.raises(ValueError):
        rc.changes_for_state(item, "lost", today)


def test_both_kinds_store_restore_and_undo_through_the_record_layer(tmp_path):
    db = Database.open_folder(tmp_path)
    ws = Workspace(db)
    add_case = CasePresence(adds=True, case=Case(0, "Mum"))
    add_case.redo(ws)
    case_id = add_case.case.id
    edit = RecordPresence(adds=True, kind=ap.APPOINTMENT, case_id=case_id,
                          rec=appt(0, "2026-03-12", "10:00", doctor="Dr Ng, Ward 4; \"B\""), index=0)
    edit.redo(ws)
    item = RecordPresence(adds=True, kind=rc.CHECKLIST_ITEM, case_id=case_id,
                          rec=ChecklistItem(0, "1", "images", state=rc.SENT, sent_to="Dr Ng"), index=0)
    item.redo(ws)
    add_case.undo(ws)  # deleting the case and undoing brings both back
    add_case.redo(ws)
    db.close()
    fresh = Database.open_folder(tmp_path)
    try:
        assert fresh.load_records(LIST_KINDS[ap.APPOINTMENT], case_id) == [edit.rec]
        assert edit.rec.doctor == 'Dr Ng, Ward 4; "B"' and edit.rec.calendar_uid == "u0@test"
        assert fresh.load_records(LIST_KINDS[rc.CHECKLIST_ITEM], case_id)[0].sent_to == "Dr Ng"
    finally:
        fresh.close()


# ---- the .ics file -----------------------------------------------------------------------------------
STAMP = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def test_the_calendar_file_parses_back_and_follows_rfc_5545():
    nasty = appt(1, "2026-03-12", "14:30", doctor="Dr. Müller, Zoë", purpose="Review; biopsy, slides\nand scans \\ all",
                 place="https://video.example/room?a=1;b=2, Floor 3", bring="Slides (12 × glass), CD, Ödeme notes " * 4)
    plain = appt(2, "2026-04-01", "08:05", purpose="Scan")
    data = ics.calendar_bytes([nasty, plain], STAMP)

    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something long really was folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a character
    assert b"Review\\; biopsy\\, slides\\nand scans \\\\ all" in data.replace(b"\r\n ", b"")

    cal = icalendar.Calendar.from_ical(data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"] == ics.PRODID
    events = cal.walk("VEVENT")
    assert len(events) == 2
    assert len({str(e["UID"]) for e in events}) == 2
    first = events[0]
    assert str(first["SUMMARY"]) == "Review; biopsy, slides\nand scans \\ all — Dr. Müller, Zoë"
    assert str(first["LOCATION"]) == nasty.place
    assert first.decoded("DTSTART") == datetime(2026, 3, 12, 14, 30)  # floating: no zone
    assert first.decoded("DTSTART").tzinfo is None
    assert first.decoded("DTSTAMP") == STAMP
    assert nasty.bring.strip() in str(first["DESCRIPTION"])
    assert events[1].decoded("DTSTART") == datetime(2026, 4, 1, 8, 5)


def test_folding_counts_octets_not_characters():
    line = "SUMMARY:" + "é" * 100
    folded = ics.fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded)
    assert b"".join(p[1:] if i else p for i, p in enumerate(folded)).decode() == line


def test_an_appointment_without_a_date_cannot_be_exported_and_now_must_have_a_zone():
    with pytest.raises(ValueError):
        ics.calendar_text([appt(1, "", "10:00")], STAMP)
    with pytest.raises(ValueError):
        ics.calendar_text([appt(1, "2026-03-12", "10:00")], datetime(2026, 3, 10))
