"""Appointments and the records checklist through the real window, by keyboard: what is shown
and what is stored (read back from a fresh connection), across a restart and undo."""
from __future__ import annotations

from datetime import datetime

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model.appointments import APPOINTMENT
from app.model.records_checklist import CHECKLIST_ITEM, DEFAULT_ITEMS
from app.store.kinds import LIST_KINDS
from app.store.storage import Database
from app.ui import messages
from app.ui.workspace.workspace_panel import APPOINTMENTS_TAB, RECORDS_TAB
from tests.conftest import type_text
from tests.ui.flows import add_opinion, new_case

NOW = datetime(2026, 3, 10, 9, 30)
CTRL = Qt.KeyboardModifier.ControlModifier


def stored(data_dir, kind, case_id):
    db = Database.open_folder(data_dir)
    try:
        return db.load_records(LIST_KINDS[kind], case_id)
    finally:
        db.close()


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    type_text(qtbot, widget, text)


def fill_appointment(qtbot, page, on, at, doctor, purpose):
    type_into(qtbot, page.date.edit, on)
    type_into(qtbot, page.time, at)
    type_into(qtbot, page.doctor, doctor)  # an editable combo box: its line edit gets the keys
    type_into(qtbot, page.texts["purpose"], purpose)
    qtbot.keyClick(page.texts["purpose"], Qt.Key.Key_Return)  # Enter saves


def shown_rows(page):
    return [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]


def open_appointments(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)  # View ▸ Appointments
    panel = window.workspace_panel
    assert panel.tabs.currentIndex() == APPOINTMENTS_TAB
    return panel.visit_page(APPOINTMENTS_TAB)


def test_appointments_by_keyboard_in_date_order_in_the_header_after_a_restart_and_undone(
        qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    panel.now = lambda: NOW
    case_id = new_case(window, monkeypatch, "Mum")
    okafor = add_opinion(qtbot, window, "Dr Okafor")
    errors, asked = [], []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append(title))
    page = open_appointments(qtbot, window)

    fill_appointment(qtbot, page, "12 April 2026", "2:30 pm", "Dr Ng", "Surgery talk, part 2")
    fill_appointment(qtbot, page, "20 March 2026", "9", "dr oka", "Biopsy results")  # completed to the opinion
    assert errors == []
    assert shown_rows(page) == ["20 March 2026, 09:00", "12 April 2026, 14:30"]
    assert panel.next_visit.text() == "Next appointment: 20 March 2026 at 09:00 — Dr Okafor (Biopsy results)"
    assert panel.next_visit.isVisible()
    saved = {a.purpose: a for a in stored(data_dir, APPOINTMENT, case_id)}
    assert saved["Biopsy results"].opinion == str(okafor) and saved["Biopsy results"].at_time == "09:00"
    assert saved["Surgery talk, part 2"].opinion == "" and saved["Surgery talk, part 2"].doctor == "Dr Ng"
    assert saved["Biopsy results"].calendar_uid != saved["Surgery talk, part 2"].calendar_uid

    # no date: told, nothing stored; a past time: asked, kept only when it is a past visit
    type_into(qtbot, page.time, "10:00")
    qtbot.keyClick(page.time, Qt.Key.Key_Return)
    assert errors == ["This appointment needs a date"]
    monkeypatch.setattr(messages, "confirm", lambda parent, title, *a: asked.append(title) or False)
    type_into(qtbot, page.date.edit, "1 March 2026")
    qtbot.keyClick(page.time, Qt.Key.Key_Return)
    assert asked == ["This time has already passed"]
    assert len(stored(data_dir, APPOINTMENT, case_id)) == 2
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    qtbot.keyClick(page.time, Qt.Key.Key_Return)
    assert shown_rows(page)[0] == "1 March 2026, 10:00 (past)"
    assert page.list.topLevelItem(0).foreground(0).color() != page.list.topLevelItem(1).foreground(0).color()
    assert len(stored(data_dir, APPOINTMENT, case_id)) == 3
    assert "20 March 2026" in panel.next_visit.text()  # a past visit is never "next"

    # undo (Ctrl+Z) takes the last one back, on screen and on disk
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert shown_rows(page) == ["20 March 2026, 09:00", "12 April 2026, 14:30"]
    assert len(stored(data_dir, APPOINTMENT, case_id)) == 2

    # a fresh window on the same data folder shows them again, and the header too
    window.close()
    from app.ui.application import open_window
    again, db = open_window(data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    try:
        again.workspace_panel.now = lambda: NOW
        again.workspace_panel.show_case(None)
        again.workspace_panel.show_case(case_id)
        assert "20 March 2026 at 09:00" in again.workspace_panel.next_visit.text()
        page2 = open_appointments(qtbot, again)
        assert shown_rows(page2) == ["20 March 2026, 09:00", "12 April 2026, 14:30"]
        # removing one is undoable too
        page2.list.setFocus()
        page2.list.setCurrentItem(page2.list.topLevelItem(0))
        qtbot.keyClick(page2.remove_button, Qt.Key.Key_Space)
        assert shown_rows(page2) == ["12 April 2026, 14:30"]
        assert "12 April 2026" in again.workspace_panel.next_visit.text()
        again.history.undo()
        assert shown_rows(page2) == ["20 March 2026, 09:00", "12 April 2026, 14:30"]
        assert len(stored(data_dir, APPOINTMENT, case_id)) == 2
    finally:
        again.close()
        db.close()


def test_export_one_and_all_through_the_save_seam_and_parse_them(qtbot, window, data_dir, monkeypatch, tmp_path):
    window.workspace_panel.now = lambda: NOW
    new_case(window, monkeypatch, "Dad")
    page = open_appointments(qtbot, window)
    fill_appointment(qtbot, page, "12 April 2026", "14:30", "Dr Zoë Ng", "Scan; bring CD, notes")
    fill_appointment(qtbot, page, "2026-04-20", "08:00", "Dr Okafor", "Plan")
    suggested, infos = [], []
    target = tmp_path / "out" / "mine"
    target.parent.mkdir()
    monkeypatch.setattr("app.ui.visits.appointments_page.choose_ics_path",
                        lambda parent, name: suggested.append(name) or str(target))
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: infos.append(text))
    qtbot.keyClick(page.export_all, Qt.Key.Key_Space)
    data = (tmp_path / "out" / "mine.ics").read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Scan; bring CD, notes — Dr Zoë Ng",
                                                               "Plan — Dr Okafor"]
    assert suggested == ["appointments.ics"] and infos and b"\r\n" in data

    page.list.setCurrentItem(page.list.topLevelItem(1))
    qtbot.keyClick(page.export_one, Qt.Key.Key_Space)
    one = icalendar.Calendar.from_ical((tmp_path / "out" / "mine.ics").read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART") for e in one] == [datetime(2026, 4, 20, 8, 0)]
    assert suggested[-1] == "appointment-2026-04-20.ics"
    assert not list((tmp_path / "out").glob("*.part"))


def test_a_checklist_item_requested_31_days_ago_is_flagged_and_received_clears_it(
        qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    panel.now = lambda: NOW
    case_id = new_case(window, monkeypatch, "Mum")
    add_opinion(qtbot, window, "Dr Okafor")
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)  # View ▸ Records checklist
    assert panel.tabs.currentIndex() == RECORDS_TAB
    page = panel.visit_page(RECORDS_TAB)
    assert page.list.topLevelItemCount() == len(DEFAULT_ITEMS)
    assert stored(data_dir, CHECKLIST_ITEM, case_id) == []  # looking stores nothing

    page.list.setFocus()
    page.list.setCurrentItem(page.list.topLevelItem(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Down)  # glass slides / tissue blocks
    assert page.list.currentItem().text(0) == "Glass slides / tissue blocks"
    page.state.setFocus()
    qtbot.keyClick(page.state, Qt.Key.Key_Down)  # To request -> Requested
    assert page.list.currentItem().text(1) == "Requested"
    [item] = stored(data_dir, CHECKLIST_ITEM, case_id)
    assert (item.item, item.state, item.requested_on) == ("slides_blocks", "requested", "2026-03-10")
    assert not page.flag.isVisible()

    # the request was really made 31 days ago (7 February): typed into its date field
    field = page.dates["requested_on"].edit
    field.setFocus()
    field.selectAll()
    type_into(qtbot, field, "7 February 2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    [item] = stored(data_dir, CHECKLIST_ITEM, case_id)
    assert item.requested_on == "2026-02-07"
    assert page.list.currentItem().text(4) == "Over 30 days"
    assert page.flag.isVisible() and page.flag.text().startswith("US law")
    assert "31 days" in page.flag.text()
    type_into(qtbot, page.sent_to, "Records office, St Mary's")
    qtbot.keyClick(page.sent_to, Qt.Key.Key_Tab)

    panel.now = lambda: datetime(2026, 3, 9, 12, 0)  # day 30: still in time
    page.refresh()
    assert page.list.currentItem().text(4) == "" and not page.flag.isVisible()
    panel.now = lambda: NOW

    page.state.setFocus()
    qtbot.keyClick(page.state, Qt.Key.Key_Down)
    qtbot.keyClick(page.state, Qt.Key.Key_Down)  # Sent, then Received
    assert page.list.currentItem().text(1) == "Received" and not page.flag.isVisible()
    [item] = stored(data_dir, CHECKLIST_ITEM, case_id)
    assert (item.state, item.received_on, item.sent_to) == ("received", "2026-03-10", "Records office, St Mary's")

    # undo goes back step by step; undoing the first change removes the stored item again
    for _ in range(5):
        window.history.undo()
    assert stored(data_dir, CHECKLIST_ITEM, case_id) == []
    assert page.list.topLevelItem(1).text(1) == "To request" and page.list.topLevelItemCount() == len(DEFAULT_ITEMS)


def test_the_guide_links_to_the_records_checklist(qtbot, window, monkeypatch):
    new_case(window, monkeypatch, "Mum")
    window.guide_view.show_topic("process")
    assert "Open my records checklist" in window.guide_view.reader.toPlainText()
    window.run_guide_action("records-checklist")
    assert window.workspace_panel.tabs.currentIndex() == RECORDS_TAB


def test_changing_an_appointment_is_one_undoable_step_and_a_past_visit_is_not_asked_again(
        qtbot, window, data_dir, monkeypatch):
    window.workspace_panel.now = lambda: NOW
    case_id = new_case(window, monkeypatch, "Mum")
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, *a: asked.append(title) or True)
    page = open_appointments(qtbot, window)
    fill_appointment(qtbot, page, "2 March 2026", "11:00", "Dr Ng", "First visit")
    assert asked == ["This time has already passed"]
    page.list.setFocus()
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.texts["purpose"].text() == "First visit" and page.save_button.text() == "Save change&s"
    page.texts["purpose"].selectAll()
    type_into(qtbot, page.texts["purpose"], "First visit: biopsy")
    type_into(qtbot, page.texts["bring"], "Slides")
    qtbot.keyClick(page.texts["bring"], Qt.Key.Key_Return)
    assert asked == ["This time has already passed"]  # the same past time: not asked again
    [appt] = stored(data_dir, APPOINTMENT, case_id)
    assert (appt.purpose, appt.bring) == ("First visit: biopsy", "Slides")
    assert page.list.topLevelItem(0).text(2) == "First visit: biopsy"
    window.history.undo()  # both fields in one step
    [appt] = stored(data_dir, APPOINTMENT, case_id)
    assert (appt.purpose, appt.bring) == ("First visit", "")
    assert page.list.topLevelItem(0).text(2) == "First visit"
    assert page.texts["purpose"].text() == "First visit" and page.texts["bring"].text() == ""


def test_an_item_of_my_own_is_added_changed_removed_and_brought_back(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    panel.now = lambda: NOW
    case_id = new_case(window, monkeypatch, "Mum")
    first = add_opinion(qtbot, window, "Dr Okafor")
    second = add_opinion(qtbot, window, "Dr Ng")
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)
    page = panel.visit_page(RECORDS_TAB)
    page.show_opinion(second)
    monkeypatch.setattr("app.ui.visits.checklist_page.ask_item_name", lambda parent: "  Dental letter <b>x</b> ")
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert page.list.topLevelItemCount() == len(DEFAULT_ITEMS) + 1
    assert page.list.currentItem().text(0) == "Dental letter <b>x</b>"
    [own] = stored(data_dir, CHECKLIST_ITEM, case_id)
    assert (own.opinion, own.item, own.label) == (str(second), "", "Dental letter <b>x</b>")
    page.show_opinion(first)  # another doctor's checklist does not show it
    assert page.list.topLevelItemCount() == len(DEFAULT_ITEMS)
    page.show_opinion(second)
    page.list.setCurrentItem(page.list.topLevelItem(len(DEFAULT_ITEMS)))
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    qtbot.keyClick(page.remove_button, Qt.Key.Key_Space)
    assert stored(data_dir, CHECKLIST_ITEM, case_id) == []
    assert page.list.topLevelItemCount() == len(DEFAULT_ITEMS)
    window.history.undo()
    assert [r.label for r in stored(data_dir, CHECKLIST_ITEM, case_id)] == ["Dental letter <b>x</b>"]
    assert page.list.topLevelItemCount() == len(DEFAULT_ITEMS) + 1
