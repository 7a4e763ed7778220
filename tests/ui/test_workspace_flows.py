"""A person's flows through the real window: what they see and what is stored."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.store.storage import Database
from app.ui import messages
from tests.conftest import type_text
from tests.ui.flows import add_opinion, new_case


def stored_case(data_dir, case_id):
    db = Database.open_folder(data_dir)
    try:
        return db.load_case(case_id)
    finally:
        db.close()


def grid_edit(qtbot, window, row, column, text):
    """Type into a grid cell as a person does: select it, start typing, Tab away."""
    grid = window.workspace_panel.grid
    window.workspace_panel.show_tab(0)
    index = grid.model().index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_first_start_shows_the_guide_and_a_welcome(window):
    assert window.guide_view.reader.toPlainText().startswith("How to use this guide")
    assert window.workspace_panel.pages.currentWidget() is window.workspace_panel.welcome
    assert window.save_label.text() == "Saved"


def test_create_case_add_opinions_type_in_grid_and_editor_undo_and_switch(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "Mum — breast cancer")
    assert panel.case_picker.currentText() == "Mum — breast cancer"
    first = add_opinion(qtbot, window, "Dr. Rivera")
    second = add_opinion(qtbot, window, "Dr. Okafor")
    assert panel.model.columnCount() == 2
    assert panel.model.headerData(1, Qt.Orientation.Horizontal).splitlines()[:2] == ["Second opinion", "Dr. Okafor"]

    grid_edit(qtbot, window, 0, 0, "Ductal carcinoma, grade 2")
    assert panel.model.index(0, 0).data() == "Ductal carcinoma, grade 2"
    assert stored_case(data_dir, case_id).opinion(first).answer("diagnosis").text == "Ductal carcinoma, grade 2"

    # the roomy editor shows the same value, and typing there reaches the grid
    panel.show_tab(1)
    panel.editor.show_opinion(second)
    stage = panel.editor.findChild(QPlainTextEdit, "aspect_stage")
    stage.setFocus()
    qtbot.keyClicks(stage, "Stage IIA")
    qtbot.waitUntil(lambda: stored_case(data_dir, case_id).opinion(second).answer("stage").text == "Stage IIA")
    assert panel.model.index(1, 1).data() == "Stage IIA"
    panel.editor.show_opinion(first)
    assert panel.editor.findChild(QPlainTextEdit, "aspect_diagnosis").toPlainText() == "Ductal carcinoma, grade 2"

    # one undo takes back the whole typing burst, in the grid and on disk
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.index(1, 1).data() == ""
    assert stored_case(data_dir, case_id).opinion(second).answer("stage").text == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_case(data_dir, case_id).opinion(second).answer("stage").text == "Stage IIA"

    # a second case, then back again
    other = new_case(window, monkeypatch, "Dad — prostate")
    assert panel.model.columnCount() == 0 and panel.case_id == other
    panel.case_picker.setCurrentIndex(panel.case_picker.findData(case_id))
    panel.case_picker.activated.emit(panel.case_picker.currentIndex())
    assert panel.case_id == case_id and panel.model.columnCount() == 2
    assert window.save_label.text() == "Saved"


def test_typing_in_the_editor_is_saved_within_half_a_second(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    notes = panel.editor.findChild(QPlainTextEdit, "aspect_my_notes")
    notes.setFocus()
    qtbot.keyClicks(notes, "kind")
    assert window.save_label.text() == "Saving…"
    qtbot.waitUntil(lambda: stored_case(data_dir, case_id).opinion(op).answer("my_notes").text == "kind",
                    timeout=500)
    assert window.save_label.text() == "Saved"


def test_closing_the_window_keeps_pending_typing(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    notes = panel.editor.findChild(QPlainTextEdit, "aspect_unclear")
    notes.setFocus()
    qtbot.keyClicks(notes, "side effects?")
    window.close()
    assert stored_case(data_dir, case_id).opinion(op).answer("unclear").text == "side effects?"


def test_every_aspect_and_list_can_be_recorded_in_the_editor(qtbot, window, data_dir, monkeypatch):
    from PySide6.QtWidgets import QCheckBox, QComboBox
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    editor = panel.editor
    goal = editor.findChild(QComboBox, "aspect_goal")
    goal.setCurrentIndex(goal.findData("long-term control"))
    goal.activated.emit(goal.currentIndex())
    next(c for c in editor.findChildren(QCheckBox) if c.text() == "immunotherapy").click()
    editor.citations_model.add_entry()
    editor.citations_model.setData(editor.citations_model.index(0, 1), "Breast Cancer")
    editor.citations_model.setData(editor.citations_model.index(0, 3), "2A")
    editor.readings_model.add_entry()
    editor.readings_model.setData(editor.readings_model.index(0, 0), "MRI")
    op_stored = stored_case(data_dir, case_id).opinion(op)
    assert op_stored.answer("goal").choice == "long-term control"
    assert op_stored.answer("plan").tags == ("immunotherapy",)
    assert op_stored.answer("citations").entries[0].title == "Breast Cancer"
    assert op_stored.answer("citations").entries[0].category == "2A"
    assert op_stored.answer("readings").entries[0].test == "MRI"
    grid_text = panel.model.index(panel.model._row_keys.index("citations"), 0).data()
    assert "Breast Cancer" in grid_text and "category 2A" in grid_text
    assert "immunotherapy" in panel.model.index(2, 0).data()


def test_opinions_reorder_and_remove_with_undo(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    for name in ("Dr. A", "Dr. B", "Dr. C"):
        add_opinion(qtbot, window, name)
    panel.show_tab(0)
    panel.grid.setCurrentIndex(panel.model.index(0, 0))
    panel.actions["move_right"].trigger()
    assert [o.doctor for o in stored_case(data_dir, case_id).opinions] == ["Dr. B", "Dr. A", "Dr. C"]
    panel.grid.setCurrentIndex(panel.model.index(0, 2))
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    panel.actions["remove_opinion"].trigger()
    assert [o.doctor for o in stored_case(data_dir, case_id).opinions] == ["Dr. B", "Dr. A"]
    assert panel.model.columnCount() == 2
    window.history.undo()
    window.history.undo()
    assert [o.doctor for o in stored_case(data_dir, case_id).opinions] == ["Dr. A", "Dr. B", "Dr. C"]
    assert panel.model.columnCount() == 3


def test_delete_case_asks_first_and_can_be_undone(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    panel.actions["delete_case"].trigger()
    assert panel.case_id == case_id
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    panel.actions["delete_case"].trigger()
    assert panel.case_id is None and panel.pages.currentWidget() is panel.welcome
    window.undo_action.trigger()
    assert panel.case_id == case_id
    assert len(stored_case(data_dir, case_id).opinions) == 2


def test_own_rows_can_be_added_filled_and_removed(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    add_opinion(qtbot, window, "Dr. A")
    monkeypatch.setattr("app.ui.workspace.row_commands.ask_text", lambda *a, **k: "Fertility preservation")
    panel.actions["add_row"].trigger()
    row = panel.model.rowCount() - 1
    assert panel.model.headerData(row, Qt.Orientation.Vertical) == "Fertility preservation"
    grid_edit(qtbot, window, row, 0, "Refer before chemo")
    key = panel.model.row_key(row)
    assert stored_case(data_dir, case_id).opinions[0].answer(key).text == "Refer before chemo"
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    panel.grid.setCurrentIndex(panel.model.index(row, 0))
    panel.actions["remove_row"].trigger()
    assert stored_case(data_dir, case_id).custom_rows == []
    window.history.undo()
    assert stored_case(data_dir, case_id).opinions[0].answer(key).text == "Refer before chemo"


def test_splitter_and_zoom_are_remembered(qtbot, data_dir):
    from app.ui.application import make_application, open_window
    make_application([])
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.resize(760, 560)  # inside the offscreen screen (800x600), so restoring is not clamped
    win.show_guide(True)  # the person keeps the guide beside the workspace, narrow as it is
    win.splitter.setSizes([250, 500])
    sizes = win.splitter.sizes()
    win.step_zoom(1)
    zoom = win.zoom_percent
    win.close()
    db.close()
    again, db2 = open_window(data_dir)
    qtbot.addWidget(again)
    again.show()
    if not again.guide_view.isVisible():  # folded by itself at this width and text size (make_room)
        again.show_guide(True)  # F9 gives back the remembered layout
    assert again.splitter.sizes() == sizes
    assert again.zoom_percent == zoom > 100
    again.close()
    db2.close()


def test_a_fault_in_the_app_is_told_as_a_fault_and_changes_nothing(qtbot, window, data_dir, monkeypatch):
    """An error that retrying cannot fix (here a constraint failure) is told plainly, not as a
    full disk, and nothing is stored; the connection stays usable."""
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    db = panel.history.workspace.db

    def broken(*args):
        with db.transaction() as conn:
            conn.execute("INSERT INTO opinion (case_id, position) VALUES (424242, 0)")
    monkeypatch.setattr(db, "set_answer", broken)
    grid_edit(qtbot, window, 1, 0, "Stage IV")
    assert len(shown) == 1 and "fault in this app" in shown[0] and "space" not in shown[0]
    assert window.save_label.text().startswith("Not saved")
    assert not panel.history.unsaved
    monkeypatch.undo()
    assert stored_case(data_dir, case_id).opinion(op).answer("stage").text == ""
    grid_edit(qtbot, window, 1, 0, "Stage II")
    assert stored_case(data_dir, case_id).opinion(op).answer("stage").text == "Stage II"
    assert window.save_label.text() == "Saved"


@pytest.mark.parametrize("text", ["é ü 中文 🙂", "x" * 100_000])
def test_unusual_text_is_kept(qtbot, window, data_dir, monkeypatch, text):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    notes = panel.editor.findChild(QPlainTextEdit, "aspect_my_notes")
    notes.setFocus()
    if len(text) < 100:
        type_text(qtbot, notes, text)
    else:
        notes.setPlainText(text)
    window.history.flush_requested.emit()
    assert stored_case(data_dir, case_id).opinion(op).answer("my_notes").text == text
    shown = panel.model.index(panel.model._row_keys.index("my_notes"), 0).data()
    assert shown.startswith(text[:50])
    assert len(shown) < 2000 or len(text) < 2000


def test_the_case_form_will_not_accept_an_empty_name(qtbot):
    from app.model.domain import Case
    from app.ui.application import make_application
    from app.ui.workspace.case_dialog import CaseDialog
    make_application([])
    dialog = CaseDialog(Case(0))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and "name" in dialog.problem.text()
    qtbot.keyClicks(dialog.inputs["title"], "Mum")
    dialog.inputs["decide_by"].set_iso("2026-12-24")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.values()["title"] == "Mum" and dialog.values()["decide_by"] == "2026-12-24"


def test_unwritable_data_folder_gives_a_message_and_exit_code(qtbot, tmp_path, monkeypatch):
    from app.ui import application
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    assert application.run(blocker) == 2
    assert "cannot be saved" in shown[0]
    assert blocker.read_text() == "not a folder"


def test_many_opinions_keep_readable_columns_and_scroll(qtbot, window, monkeypatch):
    panel = window.workspace_panel
    new_case(window, monkeypatch, "Many")
    window.resize(1000, 700)
    for n in range(7):
        add_opinion(qtbot, window, f"Dr. {n}")
    panel.show_tab(0)
    grid = panel.grid
    assert panel.model.columnCount() == 7
    qtbot.waitUntil(lambda: min(grid.columnWidth(c) for c in range(7)) >= 250)
    assert grid.horizontalScrollBar().maximum() > 0


def test_a_differing_row_becomes_a_question_and_rows_that_agree_can_be_hidden(qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    goal = panel.model._row_keys.index("goal")       # both doctors said "cure"
    stage = panel.model._row_keys.index("stage")     # they differ
    panel.show_tab(0)
    panel.grid.setCurrentIndex(panel.model.index(stage, 0))
    panel.actions["ask_row"].trigger()
    qtbot.mouseClick(panel.ask_dialog.add_button, Qt.MouseButton.LeftButton)   # the worded question, as it is
    assert panel.tabs.currentIndex() == 2
    db = Database.open_folder(data_dir)
    stored = db.list_questions(panel.case_id)
    db.close()
    assert "“Stage or extent”" in stored[0].text and stored[0].origin == "row:stage"
    panel.actions["only_differing"].trigger()
    assert panel.grid.isRowHidden(goal) and not panel.grid.isRowHidden(stage)
    panel.actions["only_differing"].trigger()
    assert not panel.grid.isRowHidden(goal)


def test_typing_in_an_open_grid_cell_is_saved_without_leaving_it(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch, "C")
    op = add_opinion(qtbot, window, "Dr. A")
    panel.show_tab(0)
    index = panel.model.index(panel.model._row_keys.index("trials"), 0)
    panel.grid.setCurrentIndex(index)
    panel.grid.edit(index)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "NCT0001 mentioned")
    qtbot.waitUntil(lambda: stored_case(data_dir, case_id).opinion(op).answer("trials").text
                    == "NCT0001 mentioned", timeout=500)
    assert editor.isVisible() and editor.toPlainText() == "NCT0001 mentioned"
    qtbot.keyClicks(editor, " twice")
    window.history.undo()  # hands over the pending text, then undoes the whole burst
    assert stored_case(data_dir, case_id).opinion(op).answer("trials").text == ""


def test_a_damaged_data_file_gives_a_kind_message_and_is_left_alone(qtbot, tmp_path, monkeypatch):
    from app.store.datadir import DB_NAME
    from app.ui import application
    folder = tmp_path / "data"
    folder.mkdir()
    damaged = folder / DB_NAME
    damaged.write_bytes(b"\x00\x01 not a database" * 64)
    before = damaged.read_bytes()
    asked = []
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, options, default: asked.append(text) or "quit")
    assert application.run(folder) == 2  # the person chose Quit
    assert "is damaged" in asked[0] and "Quit: nothing is changed" in asked[0] and "backup" not in asked[0]
    assert damaged.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [DB_NAME]


def test_the_whole_app_makes_no_network_connection(qtbot, data_dir, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the app tried to open a network connection")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from app.ui.application import make_application, open_window
    make_application([])
    win, db = open_window(data_dir)  # start-up, storage, guide, workspace: all with the network refused
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    panel = win.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(1)
    notes = panel.editor.findChild(QPlainTextEdit, "aspect_my_notes")
    qtbot.keyClicks(notes, " Typed offline")
    win.history.flush_requested.emit()
    assert "Typed offline" in panel.history.workspace.db.load_case(panel.case_id).opinions[0].answer("my_notes").text
    panel.show_tab(1)
    panel.show_tab(2)
    win.guide_view.show_topic("choosing")
    win.close()
    db.close()


def test_about_names_the_version_the_data_folder_its_format_and_the_licences(qtbot, window, data_dir, monkeypatch):
    from app import __version__
    from app.store import migrations
    shown = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append(text))
    window.about()
    text = shown[0]
    assert __version__ in text and str(data_dir) in text
    assert f"data format version {migrations.LATEST}" in text
    for part in ("LGPL-3.0", "PSF License", "SQLCipher", "Apache-2.0", "public domain"):
        assert part in text, part
