"""File ▸ Export… and File ▸ Import…, driven like a person: menus and fields by keyboard, checked on
screen and in a fresh connection to each data folder. Two laptops are two data folders.

Sizes: the example case (2 opinions, a question) and one more case; files use the app's own
scrypt settings (about half a second to unlock here), four unlocks in all.
"""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.model.questions import Question
from app.store import backup, exchange_format
from app.store.storage import Database
from app.workspace.example_case import example_case
from tests.conftest import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")
SECRET = "Blue heron 1947"


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):
    def fail(parent, title, text):
        raise AssertionError(f"{title}: {text}")
    monkeypatch.setattr("app.ui.messages.show_error", fail)


@pytest.fixture
def apps(qtbot):
    from app.ui.application import make_application, open_window
    make_application([])
    opened = []

    def open_app(folder):
        win, db = open_window(folder)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        opened.append((win, db))
        return win
    yield open_app
    for win, db in opened:
        win.close()
        db.close()


def menu_item(qtbot, win, item_key):
    """File menu by Alt+F, then the item's letter; the dialog it opens."""
    win.dialog = None
    win.activateWindow()  # the laptop in front (the other window may have been)
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)
    qtbot.waitUntil(lambda: isinstance(getattr(win, "dialog", None), QDialog) and win.dialog.isVisible())
    qtbot.waitUntil(win.dialog.isActiveWindow)
    return win.dialog


def gone(dialog) -> bool:
    """Closed (the dialogs delete themselves on close, sometimes before the next look)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def stored(folder) -> dict:
    db = Database.open_folder(folder)
    try:
        out = {}
        for summary in db.list_cases():
            case = db.load_case(summary.id)
            out[case.title] = (case.notes, [(op.label, op.doctor, op.answer("plan").text) for op in case.opinions],
                               [q.text for q in db.list_questions(summary.id)])
        return out
    finally:
        db.close()


def shown_titles(win) -> list[str]:
    picker = win.workspace_panel.case_picker
    return [picker.itemText(i) for i in range(picker.count())]


def laptop_with_cases(folder):
    db = Database.open_folder(folder)
    db.insert_case(example_case(), None, [Question(0, "Can we wait for the genomic test?")])
    db.insert_case(example_case().__class__(0, "Dad — other case"), None)
    db.close()


def export_by_keyboard(qtbot, win, monkeypatch, target, passphrase=None, plain=False):
    asked, told = [], []
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_save_path",
                        lambda parent, suggested: asked.append(suggested) or target)
    monkeypatch.setattr("app.ui.messages.show_info", lambda parent, title, text: told.append(text))
    dialog = menu_item(qtbot, win, Qt.Key.Key_X)
    assert dialog.this_case.isChecked()  # the case on screen, by default
    assert not dialog.warning.isVisible()
    qtbot.waitUntil(dialog.passphrase.hasFocus)  # ready to type it
    if plain:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.warning.isVisible)
        assert "not protected" in dialog.warning.text() and "can read every word" in dialog.warning.text()
        assert not dialog.passphrase.isEnabled()
    else:
        type_text(qtbot, dialog.passphrase, passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.again, passphrase)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(dialog))
    return asked, told


def import_by_keyboard(qtbot, win, monkeypatch, source):
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_open_path", lambda parent, folder: source)
    return menu_item(qtbot, win, Qt.Key.Key_I)


def test_export_a_case_with_a_passphrase_and_import_it_on_another_laptop(qtbot, apps, tmp_path, monkeypatch):
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    laptop_with_cases(anna)
    win = apps(anna)
    win.workspace_panel.show_case(next(s.id for s in win.history.workspace.case_summaries()
                                       if s.title.startswith("Example")))
    target = tmp_path / "Documents" / "for-ben.socase"
    target.parent.mkdir()
    asked, told = export_by_keyboard(qtbot, win, monkeypatch, target, passphrase=SECRET)
    assert asked[0].suffix == ".socase" and anna not in asked[0].parents  # never the data folder
    assert "Sam" not in asked[0].name  # no patient text in the suggested name (Qt remembers it)
    data = target.read_bytes()
    assert exchange_format.is_protected(data) and b"Rivera" not in data
    assert str(target) in told[0] and "Import" in told[0]

    win2 = apps(ben)
    assert shown_titles(win2) == []
    dialog = import_by_keyboard(qtbot, win2, monkeypatch, target)
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    assert not dialog.apply_button.isEnabled()
    type_text(qtbot, dialog.passphrase, "blue heron 1947")  # wrong: capitals count
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open" in dialog.problem.text())
    assert dialog.isVisible() and not dialog.list.isVisible() and stored(ben) == {}
    dialog.passphrase.selectAll()
    type_text(qtbot, dialog.passphrase, SECRET)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.list.isVisible() and dialog.apply_button.hasFocus())  # the helper is done
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows[0] == "Add case: Example — Sam, breast cancer"
    assert "Add opinion: First opinion" in rows and "Add question: Can we wait for the genomic test?" in rows
    assert not any("Dad" in r for r in rows)
    assert "add 1 × case" in dialog.summary.text()
    assert dialog.apply_button.hasFocus() or dialog.apply_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter applies
    qtbot.waitUntil(lambda: gone(dialog))

    assert shown_titles(win2) == ["Example — Sam, breast cancer"]
    assert stored(ben) == {k: v for k, v in stored(anna).items() if k.startswith("Example")}
    kept = backup.list_backups(backup.backup_folder(ben))
    assert [b.reason for b in kept] == [backup.BEFORE_IMPORT]


def test_a_plain_export_warns_and_a_changed_field_is_previewed_then_merged(qtbot, apps, tmp_path, monkeypatch):
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    laptop_with_cases(anna)
    win = apps(anna)
    first = tmp_path / "first.socase"
    export_by_keyboard(qtbot, win, monkeypatch, first, plain=True)
    assert not exchange_format.is_protected(first.read_bytes())

    win2 = apps(ben)
    dialog = import_by_keyboard(qtbot, win2, monkeypatch, first)
    qtbot.waitUntil(lambda: dialog.list.isVisible() and dialog.apply_button.hasFocus())  # no passphrase needed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Alt+A applies
    qtbot.waitUntil(lambda: gone(dialog))
    assert len(shown_titles(win2)) == 1

    # Anna changes the notes; Ben imports her new file and sees exactly that change first
    ws = win.history.workspace
    case_id = win.workspace_panel.case_id
    ws.set(("case", case_id, "notes"), "Surgeon called: surgery on 3 Dec")
    second = tmp_path / "second.socase"
    export_by_keyboard(qtbot, win, monkeypatch, second, plain=True)
    dialog = import_by_keyboard(qtbot, win2, monkeypatch, second)
    qtbot.waitUntil(lambda: dialog.list.isVisible() and dialog.apply_button.hasFocus())
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows == ["Change case: Example — Sam, breast cancer — notes: “This is a made-up example to show how "
                    "the app works. You can delete it.” becomes “Surgeon called: surgery on 3 Dec”"]
    assert stored(ben)["Example — Sam, breast cancer"][0].startswith("This is a made-up")  # not yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: gone(dialog))
    assert stored(ben)["Example — Sam, breast cancer"][0] == "Surgeon called: surgery on 3 Dec"
    assert win2.history.workspace.case(win2.workspace_panel.case_id).notes == "Surgeon called: surgery on 3 Dec"

    # the same file again: nothing to apply
    dialog = import_by_keyboard(qtbot, win2, monkeypatch, second)
    qtbot.waitUntil(lambda: "already here" in dialog.summary.text() and dialog.isActiveWindow())
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(dialog))
