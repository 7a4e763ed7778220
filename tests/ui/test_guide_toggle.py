"""View ▸ Show the guide (F9): hides and shows the guide, gives the workspace the room, is remembered."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def press_f9(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F9)


def workspace_has_whole_width(window) -> bool:
    return window.workspace_panel.width() == window.splitter.contentsRect().width()


def test_f9_hides_and_shows_the_guide_and_the_menu_follows(qtbot, window):
    guide, action = window.guide_view, window.show_guide_action
    assert guide.isVisible() and action.isChecked()
    shared = window.workspace_panel.width()
    assert not workspace_has_whole_width(window)

    press_f9(qtbot, window)
    assert not guide.isVisible() and not action.isChecked()
    qtbot.waitUntil(lambda: workspace_has_whole_width(window))
    assert window.workspace_panel.width() > shared

    press_f9(qtbot, window)
    assert guide.isVisible() and action.isChecked()
    qtbot.waitUntil(lambda: window.workspace_panel.width() == shared)  # the guide gets its room back
    assert guide.width() > 100


def test_the_menu_item_does_the_same_as_f9(qtbot, window):
    window.show_guide_action.trigger()
    assert not window.guide_view.isVisible() and not window.show_guide_action.isChecked()
    window.show_guide_action.trigger()
    assert window.guide_view.isVisible() and window.show_guide_action.isChecked()


def test_searching_the_guide_shows_it_again(qtbot, window):
    press_f9(qtbot, window)
    assert not window.guide_view.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.guide_view.isVisible() and window.show_guide_action.isChecked()
    assert window.guide_view.search_box.hasFocus()


def test_a_hidden_guide_stays_hidden_after_a_restart(qtbot, window, data_dir):
    from app.ui.application import open_window
    press_f9(qtbot, window)
    assert not window.guide_view.isVisible()
    window.close()
    window.workspace_panel.history.workspace.db.close()

    again, db = open_window(data_dir)
    qtbot.addWidget(again)
    try:
        again.show()
        qtbot.waitExposed(again)
        assert not again.guide_view.isVisible() and not again.show_guide_action.isChecked()
        qtbot.waitUntil(lambda: workspace_has_whole_width(again))
        again.activateWindow()  # as a click on it would: F9 is a shortcut of the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
        press_f9(qtbot, again)  # and it comes back with room to read
        assert again.guide_view.isVisible() and again.show_guide_action.isChecked()
        qtbot.waitUntil(lambda: again.guide_view.width() > 100)
        assert not workspace_has_whole_width(again)
    finally:
        again.close()
        db.close()


def test_a_shown_guide_stays_shown_after_a_restart(qtbot, window, data_dir):
    from app.ui.application import open_window
    press_f9(qtbot, window)
    press_f9(qtbot, window)
    window.close()
    window.workspace_panel.history.workspace.db.close()
    again, db = open_window(data_dir)
    qtbot.addWidget(again)
    try:
        again.resize(1280, 800)  # as the fixture's window (the offscreen screen would narrow it and
        again.show()             # the guide would fold away by itself: make_room)
        qtbot.waitExposed(again)
        assert again.guide_view.isVisible() and again.show_guide_action.isChecked()
    finally:
        again.close()
        db.close()
