"""Issue "Saved means saved": what a person types is stored exactly, in the field it was typed
in, with the keys a spreadsheet user presses; a full disk keeps it on screen and saves it later."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.ui import messages
from tests.conftest import type_text
from tests.ui.test_workspace_flows import add_opinion, grid_edit, new_case, stored_case


def QWidget_type():
    from app.ui.widgets.entry_list import EntryListEditor
    return EntryListEditor


def focused_line_edit() -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    return editor


def test_tab_through_a_test_reading_stores_each_field_where_it_was_typed(qtbot, window, data_dir, monkeypatch):
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    editor_widget = window.workspace_panel.editor.sections["readings"].findChild(QWidget_type())
    table = editor_widget.table
    for test, date, reading in (("Biopsy pathology", "2026-03-02", "Grade 2, ER positive"),
                                ("MRI", "2026-03-09", "Two lesions, 1.2 cm and 0.8 cm")):
        qtbot.mouseClick(editor_widget.add_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, focused_line_edit(), test)
        qtbot.keyClick(focused_line_edit(), Qt.Key.Key_Tab)
        type_text(qtbot, focused_line_edit(), date)
        qtbot.keyClick(focused_line_edit(), Qt.Key.Key_Tab)
        type_text(qtbot, focused_line_edit(), reading)
        qtbot.keyClick(focused_line_edit(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # Qt commits on its next pass
    entries = stored_case(data_dir, case_id).opinion(op).answer("readings").entries
    assert [(e.test, e.date, e.reading) for e in entries] == [
        ("Biopsy pathology", "2026-03-02", "Grade 2, ER positive"),
        ("MRI", "2026-03-09", "Two lesions, 1.2 cm and 0.8 cm")]
    model = table.model()
    assert [model.index(1, c).data() for c in range(3)] == ["MRI", "2026-03-09", "Two lesions, 1.2 cm and 0.8 cm"]
    # Tab from the last field of the last entry leaves the table; it never wraps round to
    # the first entry with its text selected to be typed over
    table.setCurrentIndex(model.index(1, 2))
    table.edit(model.index(1, 2))
    qtbot.keyClick(focused_line_edit(), Qt.Key.Key_End)
    type_text(qtbot, focused_line_edit(), " (report)")
    qtbot.keyClick(focused_line_edit(), Qt.Key.Key_Tab)
    assert table.state() != table.State.EditingState
    assert QApplication.focusWidget() is editor_widget.add_button   # the next control after the table
    entries = stored_case(data_dir, case_id).opinion(op).answer("readings").entries
    assert entries[0].test == "Biopsy pathology"
    assert entries[1].reading == "Two lesions, 1.2 cm and 0.8 cm (report)"


def test_an_open_entry_editor_survives_a_change_to_another_entry(qtbot, window, data_dir, monkeypatch):
    """No model reset while the person types: a change elsewhere in the list keeps the editor."""
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    model = window.workspace_panel.editor.citations_model
    table = window.workspace_panel.editor.sections["citations"].findChild(QWidget_type()).table
    model.add_entry()
    model.add_entry()
    table.setCurrentIndex(model.index(1, 1))
    table.edit(model.index(1, 1))
    type_text(qtbot, focused_line_edit(), "Prostate Cancer")
    model.setData(model.index(0, 2), "2026.1")     # another entry changes (e.g. an undo)
    model.add_entry()                               # and one is added
    editor = focused_line_edit()
    assert editor.text() == "Prostate Cancer" and table.state() == table.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    entries = stored_case(data_dir, case_id).opinion(op).answer("citations").entries
    assert [(e.title, e.version) for e in entries] == [("", "2026.1"), ("Prostate Cancer", ""), ("", "")]


def test_escape_in_a_grid_cell_cancels_the_edit_even_after_a_pause_saved_part_of_it(
        qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    grid_edit(qtbot, window, 1, 0, "Stage IIA")
    steps = window.history.stack.count()
    grid = panel.grid
    grid.setCurrentIndex(panel.model.index(1, 0))
    grid.edit(panel.model.index(1, 0))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    type_text(qtbot, editor, " or IIB")
    assert window.save_label.text() == "Saving…"   # never "Saved" while a cell holds typing
    qtbot.waitUntil(lambda: stored_case(data_dir, case_id).opinion(op).answer("stage").text == "Stage IIA or IIB")
    type_text(qtbot, editor, "?")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert panel.model.index(1, 0).data() == "Stage IIA"
    assert stored_case(data_dir, case_id).opinion(op).answer("stage").text == "Stage IIA"
    assert window.history.stack.count() == steps     # nothing left to undo from the cancelled edit
    assert window.save_label.text() == "Saved"


def grid_paste(qtbot, window, row, column, text):
    """Paste into a grid cell as a person does: select the cell, start editing, Ctrl+A, Ctrl+V, Tab."""
    grid = window.workspace_panel.grid
    window.workspace_panel.show_tab(0)
    grid.setCurrentIndex(grid.model().index(row, column))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def full_disk(db, extra_pages=0):
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count={pages + extra_pages}")


def free_space(db):
    db.conn.execute("PRAGMA max_page_count=1073741823")


def test_a_full_disk_keeps_typing_on_screen_and_saves_it_when_space_returns(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    db = panel.history.workspace.db
    full_disk(db)
    big = "Adenocarcinoma, Gleason 4+3. " * 300    # needs new pages: the disk is full
    # the grid: the text stays in the cell after Tab
    grid_paste(qtbot, window, 0, 0, big)
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.EditRole) == big
    assert "Not saved yet" in panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert len(shown) == 1 and "the disk is full" in shown[0] and "stays on screen" in shown[0]
    assert window.save_label.text().startswith("Not saved yet")
    # the roomy editor: typing there stays as typed, and no second message per keystroke
    panel.show_tab(1)
    notes = panel.editor.findChild(QPlainTextEdit, "aspect_my_notes")
    notes.setFocus()
    type_text(qtbot, notes, "Ask about side effects ")
    QApplication.clipboard().setText("Ask about side effects " * 39)
    qtbot.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    window.history.flush_requested.emit()
    assert notes.toPlainText() == "Ask about side effects " * 40
    assert panel.editor.findChild(QPlainTextEdit, "aspect_diagnosis").toPlainText() == big
    assert len(shown) == 1
    assert stored_case(data_dir, case_id).opinion(op).answer("diagnosis").text == ""
    # the case form: values typed while the disk is full are kept too
    monkeypatch.setattr("app.ui.workspace.workspace_panel.edit_case_details",
                        lambda parent, case, heading: {"notes": "Mum prefers mornings " * 100})
    panel.edit_case()
    # space returns: the app saves everything by itself, in order, without being asked
    free_space(db)
    qtbot.waitUntil(lambda: not window.history.unsaved, timeout=8000)
    stored = stored_case(data_dir, case_id)
    assert stored.opinion(op).answer("diagnosis").text == big
    assert stored.opinion(op).answer("my_notes").text == "Ask about side effects " * 40
    assert stored.notes == "Mum prefers mornings " * 100
    assert window.save_label.text() == "Saved" and len(shown) == 1
    # and each is an ordinary undoable step
    window.history.undo()
    assert stored_case(data_dir, case_id).notes == ""


def test_closing_while_changes_wait_to_be_saved_asks_first(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    monkeypatch.setattr(messages, "show_error", lambda *a: None)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes: asked.append(text) or False)
    db = panel.history.workspace.db
    full_disk(db)
    grid_paste(qtbot, window, 0, 0, "x" * 40_000)
    window.close()
    assert asked and "lost" in asked[0] and window.isVisible()
    free_space(db)
    window.close()
    assert not window.isVisible()
    assert stored_case(data_dir, case_id).opinion(op).answer("diagnosis").text == "x" * 40_000


@pytest.mark.parametrize("step", ["undo", "structural"])
def test_while_changes_wait_nothing_overtakes_them(qtbot, window, data_dir, monkeypatch, step):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    add_opinion(qtbot, window, "Dr. A")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    db = panel.history.workspace.db
    full_disk(db)
    grid_paste(qtbot, window, 0, 0, "y" * 40_000)
    before = window.history.stack.count()
    if step == "undo":
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert "Undo and redo wait" in shown[-1]
    else:
        panel.actions["add_opinion"].trigger()
        assert "waiting to be saved" in shown[-1]
    assert window.history.stack.count() == before
    assert len(stored_case(data_dir, case_id).opinions) == 1
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "y" * 40_000
    free_space(db)
    assert window.history.retry()
    assert stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text == "y" * 40_000
