"""The decision worksheet like a person: filled in by keyboard from the decision line to the SURE
check, a "no" that flags and links to where help is, undo, a restart that shows it all, merging,
and a worksheet with 50 options and a 50 KB text."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from app.model.worksheet import DECISION, OPTION, SURE_KEYS, SURE_RESULT, VALUE, Option, lean_key, sure_score
from app.store.kinds import LIST_KINDS
from app.store.storage import Database
from app.ui import messages
from app.ui.worksheet import worksheet_page as page_module
from app.ui.workspace.workspace_panel import DECIDE_TAB
from app.workspace.worksheet import add
from tests.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(data_dir, kind, case_id):
    db = Database.open_folder(data_dir)
    try:
        return db.load_records(LIST_KINDS[kind], case_id)
    finally:
        db.close()


def open_worksheet(qtbot, win):
    panel = win.workspace_panel
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # shortcuts go to the active window
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key.Key_5, CTRL)                 # View ▸ Decide (my worksheet)
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == DECIDE_TAB)
    return panel, panel.worksheet


def press(qtbot, widget, key=Qt.Key.Key_Space):
    widget.setFocus()
    qtbot.keyClick(widget, key)


def tab_on(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_the_worksheet_is_filled_in_by_keyboard_flags_a_no_links_to_help_undoes_and_survives_a_restart(
        qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    panel, sheet = open_worksheet(qtbot, window)
    assert "does not make the decision" in sheet.widget().findChildren(type(sheet.no_options))[0].text()
    assert sheet.no_options.isVisible()

    # the decision, in the person's words
    sheet.statement.setFocus()
    type_text(qtbot, sheet.statement, "Which treatment for Sam — surgery first or chemo first?")
    tab_on(qtbot)
    qtbot.waitUntil(lambda: [d.statement for d in stored(data_dir, DECISION, case_id)]
                    == ["Which treatment for Sam — surgery first or chemo first?"])

    # the options from the two doctors' plans, each with the same fields in the same order
    press(qtbot, sheet.fill)
    assert [c.fields["title"].text() for c in sheet.cards] == [
        "Surgery + radiation + hormone therapy", "Surgery + radiation + chemotherapy + hormone therapy"]
    assert [list(c.fields) for c in sheet.cards] == [["title", "involves", "benefits", "risks"]] * 2
    assert [c.source.text() for c in sheet.cards] == ["First opinion — Dr. Rivera", "Second opinion — Dr. Okafor"]
    assert not sheet.no_options.isVisible()
    first = sheet.cards[0]
    assert QApplication.focusWidget() is first.fields["benefits"]     # straight on to the person's words
    qtbot.keyClicks(first.fields["benefits"], "Over sooner")
    assert tab_on(qtbot) is first.fields["risks"]                   # Tab leaves a text box, it types no tab
    qtbot.keyClicks(first.fields["risks"], "Arm swelling")
    tab_on(qtbot)
    qtbot.waitUntil(lambda: [(o.benefits, o.risks) for o in stored(data_dir, OPTION, case_id)][0]
                    == ("Over sooner", "Arm swelling"))

    # what matters most, with how much
    press(qtbot, sheet.add_value)
    row = sheet.values[0]
    assert QApplication.focusWidget() is row.text
    qtbot.keyClicks(row.text, "Being at my daughter's wedding in May")
    assert tab_on(qtbot) is row.importance
    for _ in range(4):
        qtbot.keyClick(row.importance, Qt.Key.Key_Down)              # not said → … → Very important
    qtbot.waitUntil(lambda: [(v.text, v.importance) for v in stored(data_dir, VALUE, case_id)]
                    == [("Being at my daughter's wedding in May", "very")])
    assert row.importance.currentText() == "Very important"

    # which way I lean today
    press(qtbot, sheet.lean, Qt.Key.Key_Down)
    assert sheet.lean.currentText() == "Option 1: Surgery + radiation + hormone therapy"
    options = stored(data_dir, OPTION, case_id)
    assert stored(data_dir, DECISION, case_id)[0].lean == lean_key(options[0].id)

    # the SURE check, with one "no"
    sure = sheet.sure
    assert not sure.save.isEnabled()
    for key in SURE_KEYS:
        press(qtbot, sure.buttons[(key, "no" if key == "understand" else "yes")])
    assert sure.save.isEnabled()
    press(qtbot, sure.save)
    [result] = stored(data_dir, SURE_RESULT, case_id)
    assert result.taken_on == date.today().isoformat() and sure_score(result.answers()) == 3
    assert result.understand == "no"
    assert "yes to 3 of 4" in sure.result.text() and "may not feel ready" in sure.result.text()
    assert list(sure.help_links) == ["grid"]                         # the one "no", and where help is
    assert sure.history.count() == 1 and "3 of 4 yes" in sure.history.item(0).text()
    link = sure.help_links["grid"]
    assert QApplication.focusWidget() is link
    qtbot.keyClick(link, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 0)
    assert QApplication.focusWidget() is panel.grid

    # undo takes back the last steps, one at a time: the check, then the lean
    window.history.undo()
    assert stored(data_dir, SURE_RESULT, case_id) == [] and sure.history.count() == 0
    window.history.undo()
    assert stored(data_dir, DECISION, case_id)[0].lean == "" and sheet.lean.currentText() == "Not sure yet"
    window.history.redo()
    window.history.redo()
    assert len(stored(data_dir, SURE_RESULT, case_id)) == 1


def test_after_a_restart_the_worksheet_shows_all_of_it(qtbot, data_dir):
    from app.ui.application import make_application, open_window
    make_application([])
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    panel = win.workspace_panel
    panel.actions["example_case"].trigger()
    panel, sheet = open_worksheet(qtbot, win)
    sheet.statement.setFocus()
    qtbot.keyClicks(sheet.statement, "Which treatment?")
    press(qtbot, sheet.fill)
    qtbot.keyClicks(QApplication.focusWidget(), "Done in six weeks")
    press(qtbot, sheet.add_value)
    qtbot.keyClicks(sheet.values[0].text, "Keep working")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(sheet.values[0].importance, Qt.Key.Key_Down)
    press(qtbot, sheet.lean, Qt.Key.Key_Down)
    press(qtbot, sheet.lean, Qt.Key.Key_Down)
    for key in SURE_KEYS:
        press(qtbot, sheet.sure.buttons[(key, "no" if key == "encouragement" else "yes")])
    press(qtbot, sheet.sure.save)
    win.close()
    db.close()

    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        panel, sheet = open_worksheet(qtbot, win)
        assert sheet.statement.text() == "Which treatment?"
        assert [c.fields["benefits"].toPlainText() for c in sheet.cards] == ["Done in six weeks", ""]
        assert sheet.cards[1].fields["involves"].toPlainText().startswith("Genomic test on the biopsy first")
        assert (sheet.values[0].text.text(), sheet.values[0].importance.currentText()) == (
            "Keep working", "Not important")
        assert sheet.lean.currentText().startswith("Option 2: ")
        assert list(sheet.sure.help_links) == ["questions"] and "3 of 4 yes" in sheet.sure.history.item(0).text()
        press(qtbot, sheet.sure.help_links["questions"])
        qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 2)
        assert QApplication.focusWidget() is panel.questions.entry
    finally:
        win.close()
        db.close()


def test_two_options_merge_into_one_keeping_both_texts_and_undo_splits_them(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel, sheet = open_worksheet(qtbot, window)
    press(qtbot, sheet.fill)
    for card, text in zip(sheet.cards, ("Scar", "Hair loss")):
        card.fields["risks"].setFocus()
        qtbot.keyClicks(card.fields["risks"], text)
    asked = []
    monkeypatch.setattr(page_module, "pick_option", lambda parent, title, label, items: asked.append(items) or 0)
    press(qtbot, sheet.cards[0].buttons["merge"])
    assert asked == [["Option 2: Surgery + radiation + chemotherapy + hormone therapy"]]
    [only] = stored(data_dir, OPTION, panel.case_id)
    assert only.risks == "Scar\n\nHair loss" and "Dr. Rivera; Second opinion — Dr. Okafor" in only.source
    assert len(sheet.cards) == 1 and sheet.cards[0].fields["risks"].toPlainText() == "Scar\n\nHair loss"
    window.history.undo()
    assert [o.risks for o in stored(data_dir, OPTION, panel.case_id)] == ["Scar", "Hair loss"]
    assert [c.fields["risks"].toPlainText() for c in sheet.cards] == ["Scar", "Hair loss"]

    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    press(qtbot, sheet.cards[1].buttons["remove"])
    assert len(sheet.cards) == 1 and len(stored(data_dir, OPTION, panel.case_id)) == 1


def test_fifty_options_and_a_50_kb_text_are_shown_whole_and_stay_usable(qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    long_text = ("A long benefit line. " * 2500)[:50_000]
    ws = window.history.workspace
    for i in range(50):
        window.history.apply(add(ws, OPTION, case_id, Option(0, f"Option title {i}",
                                                             benefits=long_text if i == 0 else ""), "Add"))
    panel, sheet = open_worksheet(qtbot, window)
    assert len(sheet.cards) == 50 and sheet.lean.count() == 51
    box = sheet.cards[0].fields["benefits"]
    assert box.toPlainText() == long_text                           # nothing cut
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(box, " More.")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(data_dir, OPTION, case_id)[0].benefits == long_text + " More.")
    last = sheet.cards[49].fields["title"]
    sheet.ensureWidgetVisible(last)
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_End)
    qtbot.keyClicks(last, "!")
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(data_dir, OPTION, case_id)[49].title == "Option title 49!")
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)


def test_an_empty_worksheet_says_so_and_every_control_is_named(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel, sheet = open_worksheet(qtbot, window)
    assert sheet.no_options.isVisible() and sheet.lean.currentText() == "Not sure yet"
    assert sheet.sure.result.text() == "You have not taken the check yet."
    for kind in (QLineEdit, QPushButton, QRadioButton):
        for widget in sheet.findChildren(kind):
            assert widget.accessibleName() or widget.text(), widget.objectName()


def test_every_no_links_to_its_own_place(qtbot, window, monkeypatch):
    from app.ui.workspace import workspace_panel as panel_module
    from app.workspace.worksheet import take_sure_check
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel, sheet = open_worksheet(qtbot, window)
    window.history.apply(take_sure_check(window.history.workspace, panel.case_id,
                                         dict.fromkeys(SURE_KEYS, "no"), date(2026, 11, 2)))
    assert list(sheet.sure.help_links) == ["decide_by", "grid", "values", "questions"]
    assert "yes to 0 of 4" in sheet.sure.result.text() and "2 November 2026" in sheet.sure.result.text()

    press(qtbot, sheet.sure.help_links["values"])                    # on this page: what matters most
    assert QApplication.focusWidget() is sheet.add_value and panel.tabs.currentIndex() == DECIDE_TAB
    press(qtbot, sheet.add_value)
    press(qtbot, sheet.sure.help_links["values"])
    assert QApplication.focusWidget() is sheet.values[0].text

    forms = []
    monkeypatch.setattr(panel_module, "edit_case_details", lambda parent, case, heading: forms.append(
        (heading, case.decide_by)))
    press(qtbot, sheet.sure.help_links["decide_by"])                 # the case form, with its decide-by date
    assert forms == [("Case details", window.history.workspace.case(panel.case_id).decide_by)]
