"""Screen readers: every control a person can reach has a name that says what it is for; cells
say which aspect and whose opinion; status changes are announced, politely unless an error."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from app.ui import announce as announcing

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
               QAbstractSpinBox)


def unnamed(root) -> list[str]:
    found = []
    for kind in INTERACTIVE:  # findChildren takes one type at a time in PySide6 6.11
        for widget in root.findChildren(kind):
            if not widget.isVisibleTo(root):
                continue
            name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()
            if not name:
                found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return found


def test_every_visible_control_in_every_tab_has_a_name(qtbot, window):
    panel = window.workspace_panel
    assert unnamed(window) == []  # the welcome page
    panel.actions["example_case"].trigger()
    for tab in range(panel.tabs.count()):
        panel.show_tab(tab)
        qtbot.waitUntil(lambda t=tab: panel.tabs.currentIndex() == t)
        assert unnamed(window) == [], panel.tabs.tabText(tab)
    headers = [h.accessibleName() for h in panel.grid.findChildren(QHeaderView)]
    assert "Opinions, one column per doctor" in headers and "What is compared" in headers


def test_the_case_form_names_every_field(qtbot):
    from app.model.domain import Case
    from app.ui.workspace.case_dialog import CaseDialog
    dialog = CaseDialog(Case(0, "C"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


def test_a_grid_cell_editor_says_the_aspect_and_the_doctor(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.grid.setCurrentIndex(panel.model.index(1, 1))
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.accessibleName().startswith("Stage or extent, Second opinion")
    assert "Dr. Okafor" in editor.accessibleName()


def test_read_this_row_says_every_doctors_entry_when_asked(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.grid.setCurrentIndex(panel.model.index(1, 0))
    panel.grid.setFocus()
    qtbot.keyClick(panel.grid, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    message, assertive = announcing.heard[-1]
    assert message.startswith("Stage or extent.") and not assertive
    assert "Dr. Rivera: Stage IIA" in message and "Dr. Okafor: Probably stage IIA" in message


def test_adding_a_guide_question_is_announced_politely_without_its_text(qtbot, window):
    window.workspace_panel.actions["example_case"].trigger()
    window.add_guide_question("timing", "Is there a medical reason I should not wait a few weeks?")
    assert announcing.heard[-1] == ("Added to My questions.", False)
