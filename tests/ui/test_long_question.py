"""A question longer than QLineEdit's default limit (32,767 characters) is kept whole."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.store.storage import Database

# numbered words, so a cut anywhere shows: "00000 00001 00002 …", 40,000 characters in all
LONG = "".join(f"{i:05d} " for i in range(7000))[:40_000]


def stored_questions(data_dir, case_id) -> list[str]:
    db = Database.open_folder(data_dir)
    try:
        return [q.text for q in db.list_questions(case_id)]
    finally:
        db.close()


def test_a_40000_character_question_is_stored_whole_and_stays_whole_when_edited(qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(2)
    entry = panel.questions.entry
    entry.setFocus()
    qtbot.keyClicks(entry, "Q: ")
    QApplication.clipboard().setText(LONG)  # pasted from a long e-mail, say
    qtbot.keyClick(entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(entry, "?")
    assert entry.text() == f"Q: {LONG}?"
    qtbot.keyClick(entry, Qt.Key.Key_Return)

    whole = f"Q: {LONG.strip()}?"  # the list keeps a question without surrounding spaces
    model = panel.question_model
    row = model.rowCount() - 1
    assert model.index(row).data() == whole
    assert stored_questions(data_dir, panel.case_id)[-1] == whole

    # editing it in the list (F2, End, type, Enter) keeps every character too
    view = panel.questions.view
    view.setFocus()
    view.setCurrentIndex(model.index(row))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == whole
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " Ok")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row).data() != whole)  # the view commits once back in the loop
    assert model.index(row).data() == whole + " Ok"
    assert stored_questions(data_dir, panel.case_id)[-1] == whole + " Ok"
