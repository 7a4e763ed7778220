"""A third-opinion plan like a person makes one: mark a row Differ, "Plan a third opinion" from
the row's menu, read the suggested kinds of specialist, note whom, when and what to send;
undo and a restart keep it. And a specialty typed in the roomy editor that is not in the list."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.store.kinds import THIRD_OPINION_KIND
from app.store.storage import Database
from tests.conftest import type_text
from tests.ui.flows import open_win

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
ALT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def stored_plans(data_dir, case_id):
    db = Database.open_folder(data_dir)
    try:
        return db.load_records(THIRD_OPINION_KIND, case_id)
    finally:
        db.close()


def test_plan_a_third_opinion_for_a_differing_row(qtbot, data_dir):
    win, db = open_win(qtbot, data_dir)
    panel = win.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(0)
    case_id = panel.case_id
    grid = panel.grid
    grid.setFocus()
    grid.setCurrentIndex(panel.model.index(panel.model._row_keys.index("diagnosis"), 0))
    qtbot.keyClick(grid, Qt.Key.Key_D, ALT_CTRL)                              # mark Differ
    at = grid.visualRect(grid.currentIndex()).center()
    QApplication.sendEvent(grid.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                              grid.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_P)            # "Plan a third opinion…"
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 3)
    page = panel.third_opinion
    box = page.groups["diagnosis"]
    words = " ".join(w.text() for w in box.findChildren(QWidget) if hasattr(w, "text") and callable(w.text))
    assert "A pathologist:" in words and "same slides or tissue" in words and "A radiologist:" in words
    assert "Dr. Rivera" not in words and "Dr. Okafor" not in words          # never names a doctor
    [plan] = stored_plans(data_dir, case_id)
    assert (plan.row_key, plan.specialist) == ("diagnosis", "pathologist")

    whom = page.fields[("diagnosis", "whom")]
    qtbot.waitUntil(lambda: whom.hasFocus())
    type_text(qtbot, whom, "The pathology department at the university hospital — ask Dr. Okafor's office")
    qtbot.keyClick(whom, Qt.Key.Key_Tab)
    when = page.fields[("diagnosis", "by_when")]
    qtbot.waitUntil(lambda: when.hasFocus())
    qtbot.keyClicks(when, "Before 12 December")
    send = page.fields[("diagnosis", "send")]
    send.setFocus()
    qtbot.keyClicks(send, "The biopsy slides and the pathology report")
    kind = page.fields[("diagnosis", "specialist")]
    kind.setFocus()                                                         # moving on saves the text
    qtbot.keyClick(kind, Qt.Key.Key_Down)                                   # the next kind in the list
    qtbot.keyClick(kind, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored_plans(data_dir, case_id)[0].send == "The biopsy slides and the pathology report")
    [plan] = stored_plans(data_dir, case_id)
    assert plan.whom == "The pathology department at the university hospital — ask Dr. Okafor's office"
    assert plan.by_when == "Before 12 December" and plan.specialist == "radiologist"

    win.history.undo()                                                      # the kind chosen
    assert stored_plans(data_dir, case_id)[0].specialist == "pathologist"
    assert kind.currentData() == "pathologist"
    win.close()
    db.close()

    win, db = open_win(qtbot, data_dir)
    try:
        panel = win.workspace_panel
        panel.show_tab(3)
        page = panel.third_opinion
        qtbot.waitUntil(lambda: ("diagnosis", "whom") in page.fields)
        assert page.fields[("diagnosis", "by_when")].text() == "Before 12 December"
        assert page.fields[("diagnosis", "send")].toPlainText() == "The biopsy slides and the pathology report"
        assert set(page.groups) == {"diagnosis"}
    finally:
        win.close()
        db.close()


def test_a_specialty_not_in_the_list_can_be_typed(qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(1)
    editor = panel.editor
    combo = editor.findChild(QWidget, "opinion_specialty")
    assert combo.findText("urologist") > 0 and combo.findText("gynecologic oncologist") > 0
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "interventional radiologist")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    op_id = editor.opinion_id
    db = Database.open_folder(data_dir)
    try:
        assert db.load_case(panel.case_id).opinion(op_id).specialty == "interventional radiologist"
    finally:
        db.close()
    window.history.undo()
    assert combo.currentText() == "surgeon / surgical oncologist"
    window.history.redo()
    assert combo.currentText() == "interventional radiologist"


def test_the_new_panes_name_every_control_for_a_screen_reader(qtbot, window):
    from tests.ui.test_screen_reader import unnamed
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    first = panel.ws.case(panel.case_id).opinions[0].id
    panel.show_tab(0)
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(panel.model._row_keys.index("stage"), 0))
    qtbot.keyClick(panel.grid, Qt.Key.Key_D, ALT_CTRL)
    panel.actions["plan_row"].trigger()
    page = panel.third_opinion
    qtbot.waitUntil(lambda: ("stage", "whom") in page.fields and page.fields[("stage", "whom")].isVisible())
    assert unnamed(page) == []
    panel.show_tab(2)
    panel.question_model.add("Why?", opinion_ids=[first])
    panel.questions.view.setCurrentIndex(panel.question_model.index(0))
    answers = panel.questions.answers
    qtbot.waitUntil(lambda: str(first) in answers.answer_boxes and answers.answer_boxes[str(first)].isVisible())
    assert unnamed(answers) == []
