"""File ▸ Backups… and Help ▸ Where is my data?, driven like a person (menus by keyboard,
buttons by mouse), checked on screen and in a fresh connection to the data folder.

Sizes: two or three cases (the example case, 2 opinions each) and a handful of backups.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.model.questions import Question
from app.store import backup
from app.store.storage import Database
from app.workspace.example_case import example_case

T1 = datetime(2026, 11, 24, 14, 2)
# a menu is a popup: it asks the window system to raise it and grab the keyboard, which the
# offscreen test platform cannot do, and says so. Harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


def add_case(db: Database, title: str) -> None:
    case = example_case()
    case.title = title
    db.insert_case(case, None, [Question(0, f"A question about {title}")])


@pytest.fixture
def two_cases(tmp_path):
    folder = tmp_path / "data"
    db = Database.open_folder(folder)
    add_case(db, "Mum")
    add_case(db, "Dad")
    info = backup.make_backup(db.conn, backup.backup_folder(folder), T1)
    db.close()
    return folder, info


@pytest.fixture
def open_app(qtbot, two_cases):
    from app.ui.application import make_application, open_window
    folder, _ = two_cases
    make_application([])
    win, db = open_window(folder)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    db.close()


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):
    def fail(parent, title, text):
        raise AssertionError(f"{title}: {text}")
    monkeypatch.setattr("app.ui.messages.show_error", fail)


def menu_item(qtbot, win, menu_key, item_key):
    """Open a menu with Alt+letter and choose an item by its letter, as a person would."""
    qtbot.keyClick(win, menu_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)
    qtbot.waitUntil(lambda: isinstance(getattr(win, "dialog", None), QDialog) and win.dialog.isVisible())
    return win.dialog


def titles_shown(win) -> list[str]:
    picker = win.workspace_panel.case_picker
    return [picker.itemText(i) for i in range(picker.count())]


def stored_titles(folder) -> list[str]:
    db = Database.open_folder(folder)
    try:
        return [c.title for c in db.list_cases()]
    finally:
        db.close()


def test_restore_from_the_backups_list_and_go_back_by_restoring_the_one_made_before(
        qtbot, open_app, two_cases, monkeypatch):
    folder, first = two_cases
    win = open_app
    panel = win.workspace_panel
    # a third case, typed after the backup was made, and an edit that can be undone
    panel.history.workspace.insert_case(example_case(), [])
    assert len(titles_shown(win)) == 3
    asked = []

    def confirm(parent, title, text, yes_label):
        asked.append(text)
        return True
    monkeypatch.setattr("app.ui.messages.confirm", confirm)
    clock = iter([T1 + timedelta(hours=1), T1 + timedelta(hours=2)])
    monkeypatch.setattr("app.ui.data.backups_dialog.now", lambda: next(clock))

    dialog = menu_item(qtbot, win, Qt.Key.Key_F, Qt.Key.Key_B)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows == ["24 November 2026, 14:02 — 2 cases, 4 opinions, 2 questions"]
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert "(3 cases, 6 opinions, 2 questions)" in asked[0]
    assert "the backup of 24 November 2026, 14:02 (2 cases, 4 opinions, 2 questions)" in asked[0]
    assert "backed up first" in asked[0]
    assert sorted(titles_shown(win)) == ["Dad", "Mum"]
    assert win.workspace_panel.case_id is not None
    assert win.history.stack.count() == 0 and not win.undo_action.isEnabled()
    assert sorted(stored_titles(folder)) == ["Dad", "Mum"]  # a fresh connection reads the restored data

    # undo of a restore is a restore of the backup made just before it
    dialog = menu_item(qtbot, win, Qt.Key.Key_F, Qt.Key.Key_B)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows[0] == "24 November 2026, 15:02 — 3 cases, 6 opinions, 2 questions (made just before a restore)"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on a row restores it too
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(titles_shown(win)) == 3 and len(stored_titles(folder)) == 3
    assert "(2 cases, 4 opinions, 2 questions)" in asked[1]  # what was here before this restore


def test_saying_no_to_the_restore_changes_nothing(qtbot, open_app, two_cases, monkeypatch):
    folder, _ = two_cases
    win = open_app
    win.workspace_panel.history.workspace.insert_case(example_case(), [])
    monkeypatch.setattr("app.ui.messages.confirm", lambda *a: False)
    dialog = menu_item(qtbot, win, Qt.Key.Key_F, Qt.Key.Key_B)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert len(stored_titles(folder)) == 3 and len(titles_shown(win)) == 3
    assert len(backup.list_backups(backup.backup_folder(folder))) == 1  # no backup made either
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_where_is_my_data_shows_the_folder_and_opens_it(qtbot, open_app, two_cases, monkeypatch):
    folder, _ = two_cases
    win = open_app
    opened = []
    monkeypatch.setattr("app.ui.data.backups_dialog.open_folder", lambda path: opened.append(path) or True)
    dialog = menu_item(qtbot, win, Qt.Key.Key_H, Qt.Key.Key_W)
    assert dialog.path_label.text() == str(folder)
    assert dialog.path_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.path_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.backups_label.text() == ("It holds 1 backups; the newest is from 24 November 2026, 14:02 "
                                           "(2 cases, 4 opinions, 2 questions).")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [folder]


def test_automatic_backups_at_start_and_after_changes(qtbot, open_app, two_cases):
    from app.ui.data.auto_backup import AutoBackup
    folder, first = two_cases
    win = open_app
    db = win.history.workspace.db
    where = backup.backup_folder(folder)
    auto = AutoBackup(db, win)
    with qtbot.waitSignal(auto.made, timeout=10000) as made:
        auto.start()
    assert made.args == [None]  # nothing changed since the backup before: none kept
    win.history.workspace.insert_case(example_case(), [])
    with qtbot.waitSignal(auto.made, timeout=10000) as made:
        auto.backup_if_changed()
    assert made.args[0].cases == 3 and backup.list_backups(where)[0] == made.args[0]
    win.history.workspace.set(("case", win.workspace_panel.case_id, "title"), "Renamed")
    assert auto.finish() is None  # on close: what changed since is backed up, in this thread
    newest = backup.list_backups(where)[0]
    conn = __import__("sqlite3").connect(newest.path)
    assert "Renamed" in [t for (t,) in conn.execute("SELECT title FROM case_file")]
    conn.close()
