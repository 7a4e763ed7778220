"""Asking the doctors like a person: ask about a row from its right-click menu, change the
wording, add it; note two doctors' answers and tick them asked; a duplicate is refused with a
message; undo; a restart keeps it all; a removed opinion's answer stays under its name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from app.model.asking import QUESTION_ANSWER
from app.store.kinds import QUESTION_ANSWER_KIND
from app.store.storage import Database
from app.ui import messages
from tests.conftest import type_text
from tests.ui.flows import open_win

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def stored(data_dir, case_id):
    db = Database.open_folder(data_dir)
    try:
        return db.list_questions(case_id), db.load_records(QUESTION_ANSWER_KIND, case_id)
    finally:
        db.close()


def tick(qtbot, box):
    """Click a check box on its box, where a person clicks (its middle may be past its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def click_question(qtbot, panel, row):
    view = panel.questions.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(
        panel.question_model.index(row)).center())
    assert view.currentIndex().row() == row


def test_ask_about_a_row_answer_per_doctor_refuse_a_duplicate_undo_and_restart(qtbot, data_dir, monkeypatch):
    win, db = open_win(qtbot, data_dir)
    panel = win.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(0)
    case_id = panel.case_id
    first, second = (op.id for op in panel.ws.case(case_id).opinions)

    # right-click the "Stage or extent" row, then K (the menu's "Ask about this row")
    grid = panel.grid
    grid.setFocus()
    at = grid.visualRect(panel.model.index(panel.model._row_keys.index("stage"), 1)).center()
    QApplication.sendEvent(grid.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                              grid.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_K)
    qtbot.waitUntil(lambda: getattr(panel, "ask_dialog", None) is not None and panel.ask_dialog.isVisible())
    dialog = panel.ask_dialog
    text = dialog.text.toPlainText()
    assert "Dr. Rivera wrote “Stage IIA: tumor about 2.5 cm" in text
    assert "Dr. Okafor wrote “Probably stage IIA; wants the pathology slides re-read first.”" in text
    assert dialog.doctors[first].isChecked() and dialog.doctors[second].isChecked()

    # another ready wording, by keyboard, then the person's own words at the end
    dialog.wording.setFocus()
    qtbot.keyClick(dialog.wording, Qt.Key.Key_Down)
    assert dialog.wording.currentData() == "read_test"
    assert "how you read this result" in dialog.text.toPlainText()
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, dialog.text, " Which slides — all of them?")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    win.activateWindow()  # offscreen, the closed dialog stays the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert panel.tabs.currentIndex() == 2
    questions, answers = stored(data_dir, case_id)
    assert questions[0].text.endswith("how you read this result, and what in it matters most to you? "
                                      "Which slides — all of them?")
    assert questions[0].origin == "row:stage"
    assert [(a.opinion_id, a.asked, a.answer) for a in answers] == [(str(first), "", ""), (str(second), "", "")]

    # each doctor's answer, side by side, typed like a person
    click_question(qtbot, panel, 0)
    view = panel.questions.answers
    box_a, box_b = view.answer_boxes[str(first)], view.answer_boxes[str(second)]
    qtbot.waitUntil(lambda: box_a.isVisible() and box_b.isVisible())   # shown beside each other
    assert box_a.mapTo(win, box_a.rect().topLeft()).x() < box_b.mapTo(win, box_b.rect().topLeft()).x()
    qtbot.mouseClick(box_a.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box_a, "All of them; the core biopsy decides.")
    qtbot.mouseClick(box_b.viewport(), Qt.MouseButton.LeftButton)   # moving on saves the first
    type_text(qtbot, box_b, "Only the two with cancer — ask the lab for recuts.")
    asked_a = view.asked_boxes[str(answers[0].id)]
    tick(qtbot, asked_a)
    qtbot.waitUntil(lambda: [(a.asked, a.answer) for a in stored(data_dir, case_id)[1]] == [
        ("asked", "All of them; the core biopsy decides."),
        ("", "Only the two with cancer — ask the lab for recuts.")])
    assert stored(data_dir, case_id)[0][0].status == "to ask"       # one doctor of two asked

    model = panel.question_model
    assert not model.index(0).data().startswith("Asked")
    tick(qtbot, view.asked_boxes[str(answers[1].id)])
    assert stored(data_dir, case_id)[0][0].status == "asked"        # both asked: so is the question
    assert model.index(0).data().startswith("Asked: About “Stage or extent”")
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Asked: ")
    base = panel.questions.view.palette().color(panel.questions.view.palette().ColorRole.Base)
    assert QColor(model.index(0).data(Qt.ItemDataRole.BackgroundRole).color()) != base

    # a duplicate (another case, spacing and punctuation) is refused, with a message
    told = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: told.append(text))
    entry = panel.questions.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "Is there time to wait?")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClicks(entry, "is there   TIME to wait")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert len(told) == 1 and "already in your list" in told[0] and "“Is there time to wait?”" in told[0]
    assert [q.text for q in stored(data_dir, case_id)[0]][1:] == ["Is there time to wait?"]
    assert entry.text() == "is there   TIME to wait"                   # kept, so it can be changed

    # undo: the typed question goes, then the last tick (with the question's own)
    win.history.undo()                                                  # the question typed (added once)
    win.history.undo()                                                  # the second tick
    questions, answers = stored(data_dir, case_id)
    assert [q.text for q in questions][1:] == [] and questions[0].status == "to ask" and answers[1].asked == ""
    assert not model.index(0).data().startswith("Asked")
    assert not view.asked_boxes[str(answers[1].id)].isChecked()
    win.history.redo()
    assert stored(data_dir, case_id)[0][0].status == "asked"
    win.close()
    db.close()

    # a fresh window on the same folder shows it all; a removed opinion's answer stays under its name
    win, db = open_win(qtbot, data_dir)
    try:
        panel = win.workspace_panel
        panel.show_tab(2)
        click_question(qtbot, panel, 0)
        view = panel.questions.answers
        assert view.answer_boxes[str(second)].toPlainText() == "Only the two with cancer — ask the lab for recuts."
        assert view.asked_boxes[str(answers[0].id)].isChecked()
        monkeypatch.setattr(messages, "confirm", lambda *a: True)
        panel.show_tab(0)
        panel.grid.setCurrentIndex(panel.model.index(0, 1))
        panel.actions["remove_opinion"].trigger()
        panel.show_tab(2)
        click_question(qtbot, panel, 0)
        view = panel.questions.answers
        removed = view.answer_boxes[str(second)]
        assert removed.toPlainText() == "Only the two with cancer — ask the lab for recuts."
        assert removed.parentWidget().title() == "Second opinion — Dr. Okafor (opinion removed)"
        assert second not in view.address_boxes                         # cannot be asked any more
        assert len(stored(data_dir, case_id)[1]) == 2                   # nothing lost
        win.history.undo()
        qtbot.waitUntil(lambda: panel.questions.answers.answer_boxes.get(str(second)) is not None
                        and panel.questions.answers.answer_boxes[str(second)].parentWidget().title()
                        == "Second opinion — Dr. Okafor")
    finally:
        win.close()
        db.close()


def test_a_question_can_be_put_to_another_doctor_and_taken_off_again(qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    first, second = (op.id for op in panel.ws.case(case_id).opinions)
    panel.show_tab(2)
    entry = panel.questions.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "What would change your mind?")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    click_question(qtbot, panel, 0)
    view = panel.questions.answers
    assert not view.address_boxes[first].isChecked() and view.answer_boxes == {}
    tick(qtbot, view.address_boxes[second])
    qtbot.waitUntil(lambda: str(second) in view.answer_boxes)
    assert [a.opinion_id for a in stored(data_dir, case_id)[1]] == [str(second)]
    tick(qtbot, view.address_boxes[second])                        # no answer yet: taken off at once
    qtbot.waitUntil(lambda: view.answer_boxes == {})
    assert stored(data_dir, case_id)[1] == []
    window.history.undo()
    qtbot.waitUntil(lambda: str(second) in view.answer_boxes)
    assert panel.ws.records(QUESTION_ANSWER, case_id)[0].opinion_id == str(second)


@pytest.mark.parametrize("mode", ["light", "dark", "high-contrast"])
def test_an_asked_question_reads_clearly_in_every_appearance(qtbot, window, mode):
    from app.ui.appearance import contrast
    window.appearance_actions[mode].trigger()
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(2)
    entry = panel.questions.entry
    qtbot.keyClicks(entry, "Is there time to wait?")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    model = panel.question_model
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    palette = panel.questions.view.palette()
    background = model.index(0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert background != palette.color(palette.ColorRole.Base)               # it looks different
    assert contrast(palette.color(palette.ColorRole.Text), background) >= 4.5  # and still reads
