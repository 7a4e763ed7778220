"""Marking rows like a person: keys, the right-click menu, the Row actions button; the summary
line and the filter follow; undo, redo and a restart keep what was marked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from app.store.kinds import MARK_KIND
from app.store.storage import Database
from app.ui.workspace import row_actions
from app.ui.workspace.comparison_model import HINTS_ROLE, MARK_ROLE
from tests.ui.flows import open_win

# a menu is a popup: the offscreen platform says it cannot raise it or grab the keyboard and
# mouse for it (it still shows it and hands it the keys and clicks)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
ALT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def stored_marks(data_dir, case_id):
    db = Database.open_folder(data_dir)
    try:
        return {m.row_key: m.mark for m in db.load_records(MARK_KIND, case_id)}
    finally:
        db.close()


def example(window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(0)
    return panel


def row_of(panel, key):
    return panel.model._row_keys.index(key)


def header(panel, key):
    return panel.model.headerData(row_of(panel, key), Qt.Orientation.Vertical)


def go_to(qtbot, panel, key, column=0):
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(row_of(panel, key), column))


def menu_shown(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def test_rows_are_marked_by_keys_and_undone(qtbot, window, data_dir):
    panel = example(window)
    case_id = panel.case_id
    assert header(panel, "stage") == "Stage or extent  ≠?"      # the app's hint, unmarked
    go_to(qtbot, panel, "stage")
    qtbot.keyClick(panel.grid, Qt.Key.Key_D, ALT_CTRL)
    assert header(panel, "stage") == "Stage or extent — ≠ Differ"
    assert stored_marks(data_dir, case_id) == {"stage": "differ"}
    go_to(qtbot, panel, "goal")
    qtbot.keyClick(panel.grid, Qt.Key.Key_A, ALT_CTRL)
    go_to(qtbot, panel, "plan")
    qtbot.keyClick(panel.grid, Qt.Key.Key_U, ALT_CTRL)
    go_to(qtbot, panel, "stage")
    qtbot.keyClick(panel.grid, Qt.Key.Key_N, ALT_CTRL)           # changed, not added
    assert stored_marks(data_dir, case_id) == {"stage": "not_discussed", "goal": "agree", "plan": "unclear"}
    assert panel.model.headerData(row_of(panel, "goal"), Qt.Orientation.Vertical, MARK_ROLE) == "agree"
    rows = panel.model.rowCount()
    assert panel.marks_summary.summary.text() == (
        f"Your marks: 1 unclear, 1 agree, 1 not discussed, {rows - 3} not yet marked. "
        f"The app sees differences in {rows - 1} rows.")

    qtbot.keyClick(panel.grid, Qt.Key.Key_C, ALT_CTRL)           # clear the mark on the current row
    assert "stage" not in stored_marks(data_dir, case_id) and header(panel, "stage") == "Stage or extent  ≠?"
    window.history.undo()
    assert header(panel, "stage") == "Stage or extent — — Not discussed"
    window.history.undo()
    assert stored_marks(data_dir, case_id)["stage"] == "differ"
    for _ in range(3):
        window.history.undo()
    assert stored_marks(data_dir, case_id) == {}
    assert panel.marks_summary.summary.text().startswith(f"Your marks: {rows} not yet marked.")
    window.history.redo()
    assert stored_marks(data_dir, case_id) == {"stage": "differ"}
    assert panel.marks_summary.summary.text().startswith(f"Your marks: 1 differ, {rows - 1} not yet marked.")


def test_the_right_click_menu_marks_the_row_under_the_pointer(qtbot, window, data_dir):
    panel = example(window)
    grid = panel.grid
    go_to(qtbot, panel, "diagnosis")
    target = grid.visualRect(panel.model.index(row_of(panel, "readings"), 1)).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, target)
    if not isinstance(QApplication.activePopupWidget(), QMenu):
        # the offscreen platform does not turn a right click into a context-menu event itself
        QApplication.sendEvent(grid.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, target, grid.viewport().mapToGlobal(target)))
    menu = menu_shown(qtbot)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Mark as &Agree", "Mark as &Differ", "Mark as &Unclear", "Mark as &Not discussed",
                     "&Clear mark", "As&k about this row", "&Plan a third opinion for this row",
                     "Open in the roomy &editor"]
    differ = next(a for a in menu.actions() if a.text() == "Mark as &Differ")
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     menu.actionGeometry(differ).center())
    qtbot.waitUntil(lambda: stored_marks(data_dir, panel.case_id) == {"readings": "differ"})
    assert grid.currentIndex().row() == row_of(panel, "readings")
    assert header(panel, "readings").endswith("— ≠ Differ")

    # on a row's name, by keyboard inside the menu (Alt letter)
    vh = grid.verticalHeader()
    at = QPoint(10, vh.sectionViewportPosition(row_of(panel, "goal")) + 5)
    QApplication.sendEvent(vh.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                            vh.viewport().mapToGlobal(at)))
    qtbot.keyClick(menu_shown(qtbot), Qt.Key.Key_A)
    qtbot.waitUntil(lambda: stored_marks(data_dir, panel.case_id).get("goal") == "agree")


def test_shift_f10_and_the_row_actions_button_open_the_same_menu(qtbot, window, data_dir):
    panel = example(window)
    go_to(qtbot, panel, "citations")
    qtbot.keyClick(panel.grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = menu_shown(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: stored_marks(data_dir, panel.case_id) == {"citations": "unclear"})

    button = next(b for b in panel.findChildren(QToolButton) if b.defaultAction() is panel.actions["row_actions"])
    assert button.isVisible() and button.accessibleName() == "Row actions"
    go_to(qtbot, panel, "trials")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = menu_shown(qtbot)
    assert next(a for a in menu.actions() if a.text() == "&Clear mark").isEnabled() is False
    qtbot.keyClick(menu, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: stored_marks(data_dir, panel.case_id).get("trials") == "differ")

    # "Open in the roomy editor" from the menu goes to that opinion and row
    go_to(qtbot, panel, "stage", column=1)
    qtbot.keyClick(panel.grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(menu_shown(qtbot), Qt.Key.Key_E)
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 1)
    assert panel.editor.opinion_id == panel.model.opinion_id(1)


def test_the_hint_says_what_differs_and_the_filter_follows_the_marks(qtbot, window, data_dir):
    panel = example(window)
    model, grid = panel.model, panel.grid
    plan = row_of(panel, "plan")
    hints = model.headerData(plan, Qt.Orientation.Vertical, HINTS_ROLE)
    assert hints == ["chemotherapy: included by Second opinion — Dr. Okafor, not by First opinion — Dr. Rivera"]
    assert hints[0] in model.headerData(plan, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    go_to(qtbot, panel, "plan")
    assert panel.marks_summary.row_hint.text() == f"In this row the app sees: {hints[0]}"
    go_to(qtbot, panel, "goal")                                    # both said "cure"
    assert panel.marks_summary.row_hint.text() == "" and model.headerData(
        row_of(panel, "goal"), Qt.Orientation.Vertical, HINTS_ROLE) == []

    combo = panel.marks_summary.filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)                        # "Rows I marked Differ or Unclear"
    assert combo.currentData() == row_actions.MARKED and panel.actions["only_differing"].isChecked()
    assert all(grid.isRowHidden(r) for r in range(model.rowCount()))
    go_to(qtbot, panel, "stage")
    qtbot.keyClick(grid, Qt.Key.Key_D, ALT_CTRL)
    assert not grid.isRowHidden(row_of(panel, "stage")) and grid.isRowHidden(row_of(panel, "goal"))
    qtbot.keyClick(grid, Qt.Key.Key_A, ALT_CTRL)                   # now agree: left out
    assert grid.isRowHidden(row_of(panel, "stage"))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)                        # "Rows where the app sees differences"
    assert not grid.isRowHidden(row_of(panel, "stage")) and grid.isRowHidden(row_of(panel, "goal"))
    panel.actions["only_differing"].trigger()                     # the old switch: off shows all
    assert combo.currentData() == row_actions.ALL
    assert not any(grid.isRowHidden(r) for r in range(model.rowCount()))


def test_marks_survive_a_restart(qtbot, data_dir):
    win, db = open_win(qtbot, data_dir)  # shown and active: shortcuts go to the active window
    panel = example(win)
    go_to(qtbot, panel, "stage")
    qtbot.keyClick(panel.grid, Qt.Key.Key_U, ALT_CTRL)
    assert stored_marks(data_dir, panel.case_id) == {"stage": "unclear"}
    win.close()
    db.close()
    win, db = open_win(qtbot, data_dir)  # the next start
    try:
        panel = win.workspace_panel
        assert header(panel, "stage") == "Stage or extent — ? Unclear"
        assert panel.marks_summary.summary.text().startswith("Your marks: 1 unclear,")
    finally:
        win.close()
        db.close()


def test_model_with_marks_passes_modeltester(qtmodeltester, qtbot, window):
    panel = example(window)
    go_to(qtbot, panel, "stage")
    qtbot.keyClick(panel.grid, Qt.Key.Key_D, ALT_CTRL)
    qtmodeltester.check(panel.model)
