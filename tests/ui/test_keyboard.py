"""The whole app by keyboard: unique Alt letters, F6 between halves, tabs, Tab out of tables,
every shortcut listed, no action hidden behind a "»" button."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from app.ui import messages


def mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_every_menu_has_unique_alt_letters(window):
    bar = window.menuBar()
    tops = [mnemonic(a.text()) for a in bar.actions()]
    assert None not in tops and len(set(tops)) == len(tops), tops
    for top in bar.actions():
        items = [a for a in top.menu().actions() if not a.isSeparator()]
        letters = [mnemonic(a.text()) for a in items]
        assert None not in letters, [a.text() for a in items]
        assert len(set(letters)) == len(letters), (top.text(), [a.text() for a in items])


def test_no_action_hides_behind_a_toolbar_overflow(window):
    assert window.findChildren(QToolBar) == []


def test_f6_moves_between_the_guide_and_the_workspace(qtbot, window):
    window.workspace_panel.actions["example_case"].trigger()
    window.guide_view.reader.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.workspace_panel.grid
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.guide_view.reader


def test_ctrl_page_down_changes_the_workspace_tab_not_the_guide_topic(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    topic = window.guide_view.current
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 1 and window.guide_view.current == topic
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 0
    qtbot.keyClick(window.guide_view.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert window.guide_view.current != topic


def test_the_shortcut_list_names_every_key(window, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append(text))
    window.show_shortcuts()
    for name in ("F6", "F9", "Ctrl+Z", "Ctrl+PgDown", "Alt+Left", "Ctrl+Shift+Q"):
        assert name in shown[0], name
    assert "Move between guide and workspace" in shown[0]


def test_tab_leaves_the_comparison_grid(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    grid = panel.grid
    grid.setFocus()
    grid.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not grid
    # arrows still move inside it
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 1


def test_text_size_reaches_dialogs_menus_and_message_boxes(qtbot, window):
    from app.model.domain import Case
    from app.ui.messages import _box
    from app.ui.workspace.case_dialog import CaseDialog
    base = window.base_point_size
    for _ in range(2):  # 100 → 115 → 130
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_percent == 130
    dialog = CaseDialog(Case(0, "C"))
    qtbot.addWidget(dialog)
    box = _box(None, "Warning", "Title", "Text")
    qtbot.addWidget(box)
    menu = window.menuBar().actions()[0].menu()
    for widget in (dialog, box, menu, window.guide_view.reader.document()):
        font = widget.defaultFont() if hasattr(widget, "defaultFont") else widget.font()
        assert font.pointSizeF() == pytest.approx(base * 1.3), type(widget).__name__
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert CaseDialog(Case(0, "C")).font().pointSizeF() == base


def test_no_workspace_page_takes_an_alt_letter_of_the_menu_bar(window):
    from tests.ui.flows import page_letters_taken_by_the_menu_bar
    assert page_letters_taken_by_the_menu_bar(window) == {}
