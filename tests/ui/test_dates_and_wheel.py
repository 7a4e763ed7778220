"""Typed dates, the calendar, the case form's Esc and the mouse wheel, driven as a person does."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.store.storage import Database
from app.ui.widgets.date_field import DateField
from app.ui.workspace.case_dialog import CaseDialog
from app.workspace.edits import set_value

# Popups (the calendar, a combo box's list) ask the window system to raise them and grab the
# keyboard; the offscreen test platform cannot, and says so. Harmless here.
popup_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                               "This plugin does not support grabbing")


@pytest.fixture(autouse=True)
def english_day_first():
    """Dates shown in English, all-number dates read day first (as in the UK), then put back."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def stored(data_dir):
    db = Database.open_folder(data_dir)
    try:
        return [db.load_case(summary.id) for summary in db.list_cases()]
    finally:
        db.close()


def use_case_form(monkeypatch, qtbot, drive):
    """Let `drive(dialog)` fill the real case form with real keys and clicks; the panel gets the
    form's values only if the form was accepted, exactly as from the real seam."""
    forms = []

    def fill(parent, case, heading):
        dialog = CaseDialog(case, parent, heading)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        forms.append(dialog)
        drive(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        return dialog.values() if accepted else None
    monkeypatch.setattr("app.ui.workspace.workspace_panel.edit_case_details", fill)
    return forms


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def field_of(dialog, name) -> DateField:
    return dialog.inputs[name]


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)


# ---- dates in the case form ----------------------------------------------------------------------
def test_typed_date_of_diagnosis_is_read_shown_long_and_stored(qtbot, window, data_dir, monkeypatch):
    seen = {}

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        date = field_of(dialog, "diagnosed_on")
        type_into(qtbot, date.edit, "12 March 2026")
        qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
        seen["focus after Tab"] = QApplication.focusWidget()
        seen["shown"] = date.edit.text()
        click_ok(qtbot, dialog)
    forms = use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    date = field_of(forms[0], "diagnosed_on")
    assert seen["focus after Tab"] is not date.edit and seen["focus after Tab"] is not None
    assert seen["shown"] == "12 March 2026"
    assert not date.problem_label.isVisible()
    [case] = stored(data_dir)
    assert (case.title, case.diagnosed_on) == ("Mum", "2026-03-12")


@pytest.mark.parametrize(("country", "iso"), [(QLocale.Country.UnitedKingdom, "2026-03-12"),
                                              (QLocale.Country.UnitedStates, "2026-12-03")])
def test_all_number_dates_follow_the_persons_locale(qtbot, window, data_dir, monkeypatch, country, iso):
    QLocale.setDefault(QLocale(QLocale.Language.English, country))

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Dad")
        date = field_of(dialog, "diagnosed_on")
        type_into(qtbot, date.edit, "12/03/2026")
        qtbot.keyClick(date.edit, Qt.Key.Key_Return)  # Enter reads the date and presses OK
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    [case] = stored(data_dir)
    assert case.diagnosed_on == iso


def test_an_impossible_date_gets_a_message_and_is_never_stored(qtbot, window, data_dir, monkeypatch):
    seen = {}

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        date = field_of(dialog, "diagnosed_on")
        type_into(qtbot, date.edit, "30 February 2026")
        qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
        seen["left the field"] = not date.edit.hasFocus()
        seen["text"] = date.edit.text()
        seen["message"] = date.problem_label.text() if date.problem_label.isVisible() else ""
        seen["described"] = date.edit.accessibleDescription()
        click_ok(qtbot, dialog)
        seen["still open"] = dialog.isVisible()
        seen["form says"] = dialog.problem.text()
        seen["value"] = date.value()
        dialog.reject = lambda: QDialog.reject(dialog)  # leave without the discard question
        dialog.reject()
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert seen["left the field"] and seen["text"] == "30 February 2026"  # kept as typed
    assert "only 28 days" in seen["message"] and "only 28 days" in seen["described"]
    assert seen["still open"] and "Date of diagnosis" in seen["form says"]
    assert seen["value"] == ""
    assert stored(data_dir) == []


def test_a_corrected_date_clears_the_message_and_is_stored(qtbot, window, data_dir, monkeypatch):
    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        date = field_of(dialog, "diagnosed_on")
        type_into(qtbot, date.edit, "31 April 2026")
        click_ok(qtbot, dialog)
        assert dialog.isVisible() and date.problem_label.isVisible()
        date.edit.selectAll()
        qtbot.keyClicks(date.edit, "30 April 2026")
        qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
        assert not date.problem_label.isVisible()
        click_ok(qtbot, dialog)
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert [c.diagnosed_on for c in stored(data_dir)] == ["2026-04-30"]


@popup_on_offscreen
def test_the_calendar_opens_at_today_and_a_picked_day_is_stored(qtbot, window, data_dir, monkeypatch):
    seen = {}

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        date = field_of(dialog, "diagnosed_on")
        qtbot.mouseClick(date.calendar_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: date.popup is not None and date.popup.isVisible())
        seen["opened at"] = date.calendar.selectedDate()
        seen["page"] = (date.calendar.yearShown(), date.calendar.monthShown())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # take the day it opened at
        seen["closed"] = not date.popup.isVisible()
        seen["shown"] = date.edit.text()
        click_ok(qtbot, dialog)
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    today = QDate.currentDate()
    assert seen["opened at"] == today and seen["page"] == (today.year(), today.month())
    assert seen["closed"]
    assert seen["shown"] == QLocale().toString(today, "d MMMM yyyy")
    assert [c.diagnosed_on for c in stored(data_dir)] == [today.toString("yyyy-MM-dd")]


@popup_on_offscreen
def test_the_calendar_opens_at_the_date_in_the_field(qtbot):
    field = DateField("Decide by")
    qtbot.addWidget(field)
    field.show()
    field.set_value("2026-12-24")
    field.open_calendar()
    assert field.calendar.selectedDate() == QDate(2026, 12, 24)
    field.popup.hide()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "3 March 2027")
    field.open_calendar()  # what is typed, even before Tab, is where the calendar opens
    assert field.calendar.selectedDate() == QDate(2027, 3, 3)
    field.popup.hide()


def test_a_date_can_be_left_not_set(qtbot):
    field = DateField("Date of diagnosis")
    qtbot.addWidget(field)
    field.show()
    field.set_value("2026-03-12")
    with qtbot.waitSignal(field.date_committed) as blocker:
        qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [""] and field.value() == "" and field.edit.text() == ""
    assert field.edit.placeholderText().startswith("Not set")
    assert field.edit.accessibleName() == "Date of diagnosis"


def test_an_unusual_decide_by_date_is_questioned(qtbot, window, data_dir, monkeypatch):
    asked, answers = [], [False, True]

    def answer(parent, question):
        asked.append(question)
        return answers.pop(0)
    monkeypatch.setattr("app.ui.workspace.case_dialog.confirm_unusual_date", answer)

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        date = field_of(dialog, "decide_by")
        type_into(qtbot, date.edit, "1 January 2020")
        click_ok(qtbot, dialog)
        assert dialog.isVisible() and date.edit.hasFocus()  # "no, let me change it"
        assert date.edit.text() == "1 January 2020"
        click_ok(qtbot, dialog)  # "yes, keep it"
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert len(asked) == 2 and "Did you mean" in asked[0] and "1 January 2020" in asked[0]
    assert [c.decide_by for c in stored(data_dir)] == ["2020-01-01"]
    assert "passed" in window.workspace_panel.countdown.text()


def test_a_decide_by_date_years_away_is_questioned_and_the_countdown_stays_sane(qtbot, window, data_dir,
                                                                                 monkeypatch):
    asked = []
    monkeypatch.setattr("app.ui.workspace.case_dialog.confirm_unusual_date", lambda p, q: asked.append(q) or True)

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        type_into(qtbot, field_of(dialog, "decide_by").edit, "2100-12-31")
        click_ok(qtbot, dialog)
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert asked and "more than two years" in asked[0]
    assert [c.decide_by for c in stored(data_dir)] == ["2100-12-31"]
    text = window.workspace_panel.countdown.text()
    assert "days left" not in text and "check" in text


def test_a_near_decide_by_date_is_not_questioned(qtbot, window, data_dir, monkeypatch):
    monkeypatch.setattr("app.ui.workspace.case_dialog.confirm_unusual_date", lambda p, q: pytest.fail(q))
    soon = QDate.currentDate().addDays(20)

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        type_into(qtbot, field_of(dialog, "decide_by").edit, soon.toString("yyyy-MM-dd"))
        click_ok(qtbot, dialog)
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert [c.decide_by for c in stored(data_dir)] == [soon.toString("yyyy-MM-dd")]
    assert "20 days left" in window.workspace_panel.countdown.text()


# ---- Esc, Tab and long text in the case form -------------------------------------------------------
def test_esc_in_a_changed_new_case_form_asks_and_keeps_what_was_typed(qtbot, window, data_dir, monkeypatch):
    answers, seen = [False, True], {}
    monkeypatch.setattr("app.ui.workspace.case_dialog.ask_discard", lambda parent: answers.pop(0))

    def drive(dialog):
        qtbot.keyClicks(dialog.inputs["title"], "Mum")
        type_into(qtbot, dialog.inputs["diagnosis"], "Ductal carcinoma")
        type_into(qtbot, field_of(dialog, "decide_by").edit, "12 March")  # typed, not yet a date
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["open after keep editing"] = dialog.isVisible()
        seen["kept"] = (dialog.inputs["title"].text(), dialog.inputs["diagnosis"].text(),
                        field_of(dialog, "decide_by").edit.text())
        if dialog.isVisible():
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["open after discard"] = dialog.isVisible()
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert seen["open after keep editing"] is True
    assert seen["kept"] == ("Mum", "Ductal carcinoma", "12 March")
    assert seen["open after discard"] is False and answers == []
    assert stored(data_dir) == []


def test_esc_with_nothing_changed_just_closes(qtbot, window, data_dir, monkeypatch):
    monkeypatch.setattr("app.ui.workspace.case_dialog.ask_discard", lambda parent: pytest.fail("asked for nothing"))
    closed = []

    def drive(dialog):
        qtbot.keyClick(dialog.inputs["title"], Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    assert closed == [True] and stored(data_dir) == []


def test_tab_leaves_the_notes_and_every_date_field(qtbot):
    from app.model.domain import Case
    dialog = CaseDialog(Case(0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = dialog.inputs["notes"]
    type_into(qtbot, notes, "First visit went well")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert not notes.hasFocus() and notes.toPlainText() == "First visit went well"
    for name in ("diagnosed_on", "decide_by"):
        date = field_of(dialog, name)
        type_into(qtbot, date.edit, "not a date at all")
        qtbot.keyClick(date.edit, Qt.Key.Key_Tab)
        assert not date.edit.hasFocus() and date.edit.text() == "not a date at all"
        assert date.problem_label.isVisible()


def test_40000_characters_in_the_case_form_are_stored_whole(qtbot, window, data_dir, monkeypatch):
    long_text = ("Mum's case, as the oncologist described it. " * 1000)[:40_000]

    def drive(dialog):
        title = dialog.inputs["title"]
        title.setFocus()
        QApplication.clipboard().setText(long_text)
        qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(title, "!")
        click_ok(qtbot, dialog)
    use_case_form(monkeypatch, qtbot, drive)
    window.workspace_panel.actions["new_case"].trigger()
    [case] = stored(data_dir)
    assert len(case.title) == 40_001 and case.title == long_text + "!"


# ---- the opinion editor's header -----------------------------------------------------------------
def open_editor_with_opinion(qtbot, window, monkeypatch):
    values = {"title": "Mum", "person": "", "diagnosis": "", "diagnosed_on": "", "decide_by": "", "notes": ""}
    monkeypatch.setattr("app.ui.workspace.workspace_panel.edit_case_details", lambda *a: dict(values))
    panel = window.workspace_panel
    panel.actions["new_case"].trigger()
    panel.actions["add_opinion"].trigger()
    panel.show_tab(1)
    editor = panel.editor
    return panel.case_id, editor.opinion_id, editor


def test_date_of_visit_is_a_real_date(qtbot, window, data_dir, monkeypatch):
    case_id, op, editor = open_editor_with_opinion(qtbot, window, monkeypatch)
    visit = editor.findChild(DateField, "opinion_visit_date")
    type_into(qtbot, visit.edit, "March 12, 2026")
    qtbot.keyClick(visit.edit, Qt.Key.Key_Tab)
    assert visit.edit.text() == "12 March 2026" and not visit.edit.hasFocus()
    assert stored(data_dir)[0].opinion(op).visit_date == "2026-03-12"
    # an impossible date is not stored, and stays on screen as typed with a message
    visit.edit.selectAll()
    type_into(qtbot, visit.edit, "31 April 2026")
    qtbot.keyClick(visit.edit, Qt.Key.Key_Tab)
    window.history.flush_requested.emit()
    assert visit.edit.text() == "31 April 2026" and "only 30 days" in visit.problem()
    assert stored(data_dir)[0].opinion(op).visit_date == "2026-03-12"
    # typing elsewhere refreshes the editor; what was typed in the date stays
    doctor = editor.findChild(QLineEdit, "opinion_doctor")
    type_into(qtbot, doctor, "Dr. Rivera")
    window.history.flush_requested.emit()
    assert visit.edit.text() == "31 April 2026" and visit.problem_label.isVisible()
    # undo puts the stored date back in the field
    window.history.stack.undo()
    window.history.stack.undo()
    assert visit.edit.text() == "" and stored(data_dir)[0].opinion(op).visit_date == ""


def test_old_free_text_in_date_of_visit_is_shown_flagged_and_never_erased(qtbot, window, data_dir, monkeypatch):
    case_id, op, editor = open_editor_with_opinion(qtbot, window, monkeypatch)
    target = ("opinion", case_id, op, "visit_date")
    window.history.apply(set_value(window.history.workspace, target, "early March, at the clinic"))
    visit = editor.findChild(DateField, "opinion_visit_date")
    assert visit.edit.text() == "early March, at the clinic"
    assert visit.problem_label.isVisible() and "not read as a date" in visit.problem()
    visit.edit.setFocus()
    qtbot.waitUntil(visit.edit.hasFocus)
    qtbot.keyClick(visit.edit, Qt.Key.Key_Tab)
    window.history.flush_requested.emit()
    editor.show_opinion(op)
    assert visit.edit.text() == "early March, at the clinic"
    assert stored(data_dir)[0].opinion(op).visit_date == "early March, at the clinic"


def test_40000_characters_in_the_opinion_header_are_stored_whole(qtbot, window, data_dir, monkeypatch):
    case_id, op, editor = open_editor_with_opinion(qtbot, window, monkeypatch)
    long_text = ("Dr. Amara Okafor-Rivera, consultant medical oncologist. " * 800)[:40_000]
    for name in ("label", "doctor", "institution"):
        field = editor.findChild(QLineEdit, f"opinion_{name}")
        field.setFocus()
        QApplication.clipboard().setText(long_text)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert field.text() == long_text
    window.history.flush_requested.emit()
    opinion = stored(data_dir)[0].opinion(op)
    assert (opinion.label, opinion.doctor, opinion.institution) == (long_text,) * 3


# ---- the wheel -------------------------------------------------------------------------------------
def tab_into(qtbot, widget) -> None:
    """Reach `widget` from the field before it with the Tab key."""
    before = widget.previousInFocusChain()
    while not (before.isVisible() and before.isEnabled() and before.focusPolicy() & Qt.FocusPolicy.TabFocus):
        before = before.previousInFocusChain()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert widget.hasFocus()


def wheel_over(widget, notches: int) -> None:
    """A real wheel turn through the window system, with the pointer over `widget`."""
    top = widget.window()
    pos = widget.mapTo(top, widget.rect().center())
    QTest.wheelEvent(top.windowHandle(), QPointF(pos), QPoint(0, 120 * notches))


def scroll_so_visible_with_room(scroll: QScrollArea, widget) -> int:
    """Scroll so the widget is in view and the page can still move up; the wheel turn to use."""
    scroll.ensureWidgetVisible(widget, 0, 0)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    return 1 if bar.value() > 0 else -1


def test_the_wheel_scrolls_past_the_goal_of_treatment_instead_of_changing_it(qtbot, window, data_dir,
                                                                            monkeypatch):
    window.resize(1000, 650)
    case_id, op, editor = open_editor_with_opinion(qtbot, window, monkeypatch)
    window.history.apply(set_value(window.history.workspace, ("answer", case_id, op, "goal", "choice"), "cure"))
    goal = editor.findChild(QComboBox, "aspect_goal")
    assert goal.currentData() == "cure"
    assert goal.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone cannot focus it
    notch = scroll_so_visible_with_room(editor.scroll, goal)
    editor.picker.setFocus()
    qtbot.waitUntil(editor.picker.hasFocus)
    bar = editor.scroll.verticalScrollBar()
    before = bar.value()
    wheel_over(goal, notch)
    qtbot.waitUntil(lambda: bar.value() != before)
    assert goal.currentData() == "cure" and goal.currentText() == "cure"
    assert not goal.hasFocus()
    assert stored(data_dir)[0].opinion(op).answer("goal").choice == "cure"

    # tabbed into, it is the person's choice: the wheel works on it as usual
    scroll_so_visible_with_room(editor.scroll, goal)
    tab_into(qtbot, goal)
    still = bar.value()
    wheel_over(goal, -1)
    qtbot.waitUntil(lambda: goal.currentData() != "cure")
    assert bar.value() == still
    assert stored(data_dir)[0].opinion(op).answer("goal").choice == goal.currentData() == "long-term control"


def test_the_wheel_passes_over_the_date_of_visit(qtbot, window, data_dir, monkeypatch):
    window.resize(1000, 650)
    case_id, op, editor = open_editor_with_opinion(qtbot, window, monkeypatch)
    window.history.apply(set_value(window.history.workspace, ("opinion", case_id, op, "visit_date"),
                                   "2026-03-12"))
    visit = editor.findChild(DateField, "opinion_visit_date")
    notch = scroll_so_visible_with_room(editor.scroll, visit)
    if notch > 0:  # the header is at the top: scroll down over it instead
        notch = -1
    bar = editor.scroll.verticalScrollBar()
    before = bar.value()
    wheel_over(visit.edit, notch)
    qtbot.waitUntil(lambda: bar.value() != before)
    assert visit.edit.text() == "12 March 2026"
    assert stored(data_dir)[0].opinion(op).visit_date == "2026-03-12"


@pytest.mark.parametrize("kind", [QSpinBox, QDateEdit])
def test_spin_boxes_and_date_edits_ignore_the_wheel_until_focused(qtbot, kind):
    from app.ui.application import make_application
    from app.ui.widgets.wheel_guard import install_wheel_guard
    install_wheel_guard(make_application([]))  # as run() does once the window is shown
    page = QWidget()
    column = QVBoxLayout(page)
    for _ in range(10):
        column.addWidget(QLineEdit(page))
    control = kind(page)
    if kind is QSpinBox:
        control.setRange(0, 100)
        control.setValue(50)
    else:
        control.setDate(QDate(2026, 3, 12))
    column.addWidget(control)
    for _ in range(10):
        column.addWidget(QLineEdit(page))
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.resize(300, 250)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus
    scroll.ensureWidgetVisible(control, 0, 0)
    bar = scroll.verticalScrollBar()
    before = bar.value()
    assert before > 0
    value = control.value() if kind is QSpinBox else control.date()
    wheel_over(control, 1)
    qtbot.waitUntil(lambda: bar.value() != before)
    assert (control.value() if kind is QSpinBox else control.date()) == value
    scroll.ensureWidgetVisible(control, 0, 0)
    qtbot.mouseClick(control.findChild(QLineEdit), Qt.MouseButton.LeftButton)  # its text part
    assert control.hasFocus()
    still = bar.value()
    wheel_over(control, 1)
    qtbot.waitUntil(lambda: (control.value() if kind is QSpinBox else control.date()) != value)
    assert bar.value() == still


def test_the_guard_is_installed_once_the_window_is_shown(qtbot, data_dir):
    """run() installs it a moment after showing the window (not before: it would slow the
    first paint); the same function is used here on a fresh window."""
    from PySide6.QtWidgets import QApplication

    from app.ui.application import guard_wheel_once_shown, make_application, open_window
    from app.ui.widgets.wheel_guard import WheelGuard
    app = make_application([])
    for old in app.findChildren(WheelGuard):  # start from an application without the guard
        app.removeEventFilter(old)
        old.setParent(None)
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    guard_wheel_once_shown(win)
    assert QApplication.instance().findChild(WheelGuard, "wheel_guard") is None
    qtbot.waitUntil(lambda: QApplication.instance().findChild(WheelGuard, "wheel_guard") is not None)
    win.close()
    db.close()


def test_the_wheel_over_the_case_chooser_does_not_switch_cases(qtbot, window, monkeypatch):
    # the chooser is an ElidingComboBox: the wheel guard must hold for it as for any choice box
    from tests.ui.flows import new_case
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    first = panel.case_id
    second = new_case(window, monkeypatch, title="Mum")
    panel.grid.setFocus()
    qtbot.waitUntil(panel.grid.hasFocus)
    QApplication.processEvents()
    for notches in (1, -1, -1):
        wheel_over(panel.case_picker, notches)
        QApplication.processEvents()
    assert panel.case_id == second != first
    assert panel.case_picker.currentText() == "Mum" and not panel.case_picker.hasFocus()
