"""Fields a merge kept side by side: after an import the person is told how many and offered the
review; File ▸ Changes kept from a merge… lists them in words; "Use the other text" is stored
and undone like any edit; "Keep as is" settles one; the list's state survives a restart.
Driven by keyboard; checked on screen and in a fresh connection.

Sizes: the example case on two laptops (data folders), two fields changed on both; plain files.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store import exchange_format
from app.store.storage import Database
from app.workspace import merge
from app.workspace.core import Workspace
from app.workspace.example_case import example_case
from app.workspace.exchange_bundle import collect
from tests.core.test_exchange_merge import Clock
from tests.ui.test_exchange_flow import apps, gone, menu_item, no_error_boxes  # noqa: F401 (fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")
TITLE = "Example — Sam, breast cancer"


def two_laptops_that_both_changed_the_notes(tmp_path):
    """Anna's folder, and Ben's export after both changed the notes and the decide-by date (Ben later)."""
    clock = Clock()
    anna = Database.open_folder(tmp_path / "anna")
    ben = Database.open_folder(tmp_path / "ben")
    for db, name in ((anna, "anna"), (ben, "ben")):
        db.clock = clock
        with db.transaction() as conn:
            conn.execute("UPDATE laptop SET name=? WHERE id=?", (name, db.laptop))
    case_id = anna.insert_case(example_case())
    merge.apply(ben, collect(anna, case_id))
    ben_case = ben.list_cases()[0].id
    a, b = Workspace(anna), Workspace(ben)
    a.set(("case", case_id, "notes"), "Anna: call the surgeon")
    b.set(("case", ben_case, "notes"), "Ben: the slides went on Monday")
    a.set(("case", case_id, "decide_by"), "2026-12-01")
    b.set(("case", ben_case, "decide_by"), "2026-12-15")
    source = tmp_path / "from-ben.socase"
    exchange_format.write_file(source, exchange_format.pack(collect(ben, ben_case), None))
    anna.close()
    ben.close()
    return tmp_path / "anna", source


def stored_case(folder):
    db = Database.open_folder(folder)
    try:
        case = db.load_case(db.list_cases()[0].id)
        left = db.conn.execute("SELECT field FROM merge_conflict ORDER BY field").fetchall()
        return case.notes, case.decide_by, [f for (f,) in left]
    finally:
        db.close()


def rows(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_fields_kept_side_by_side_are_offered_listed_used_undone_and_settled(qtbot, apps, tmp_path,  # noqa: F811
                                                                            monkeypatch):
    anna, source = two_laptops_that_both_changed_the_notes(tmp_path)
    win = apps(anna)
    offered = []
    monkeypatch.setattr("app.ui.messages.confirm",
                        lambda parent, title, text, yes: offered.append(text) or True)
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_open_path", lambda parent, folder: source)
    dialog = menu_item(qtbot, win, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: dialog.list.isVisible() and dialog.apply_button.hasFocus())
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: gone(dialog) and win.dialog is not dialog and win.dialog is not None)
    assert offered and offered[0].startswith("2 fields were changed on both laptops")

    review = win.dialog
    qtbot.waitUntil(lambda: review.isVisible() and review.list.hasFocus())
    assert rows(review) == [f"{TITLE}: The case — Decide by", f"{TITLE}: The case — Notes"]  # in form order
    assert review.kept.toPlainText() == "2026-12-15" and review.other.toPlainText() == "2026-12-01"
    qtbot.keyClick(review.list, Qt.Key.Key_Down)
    merged_notes = win.history.workspace.case(win.workspace_panel.case_id).notes
    assert merged_notes.startswith("Ben: the slides went on Monday\n\n— other version from anna")
    assert review.kept.toPlainText() == "Ben: the slides went on Monday"
    assert review.other.toPlainText() == "Anna: call the surgeon"
    assert review.other_from.text() == "From anna, on 2026-11-01" and review.other_label.text() == "The &other:"
    assert review.list.accessibleName() and review.other.accessibleName()

    qtbot.keyClick(review.list, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Use the other text
    qtbot.waitUntil(lambda: rows(review) == [f"{TITLE}: The case — Decide by"])
    assert win.history.workspace.case(win.workspace_panel.case_id).notes == "Anna: call the surgeon"
    assert stored_case(anna) == ("Anna: call the surgeon", "2026-12-15", ["decide_by"])
    assert review.other.toPlainText() == "2026-12-01"  # the next one is shown

    qtbot.keyClick(review.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(review))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    qtbot.waitUntil(lambda: win.history.workspace.case(win.workspace_panel.case_id).notes == merged_notes)
    assert stored_case(anna) == (merged_notes, "2026-12-15", ["decide_by", "notes"])

    review = menu_item(qtbot, win, Qt.Key.Key_K)  # File ▸ Changes kept from a merge…
    assert rows(review) == [f"{TITLE}: The case — Decide by", f"{TITLE}: The case — Notes"]
    qtbot.keyClick(review.list, Qt.Key.Key_Home)
    qtbot.keyClick(review.list, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Keep as is
    qtbot.waitUntil(lambda: rows(review) == [f"{TITLE}: The case — Notes"])
    assert stored_case(anna) == (merged_notes, "2026-12-15", ["notes"])  # the date stays the newer
    qtbot.keyClick(review.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(review))

    # a restart: the settled one stays gone, the other is still there to settle
    win.close()
    win = apps(anna)
    review = menu_item(qtbot, win, Qt.Key.Key_K)
    assert rows(review) == [f"{TITLE}: The case — Notes"]
    qtbot.keyClick(review.list, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rows(review) == [])
    assert "Nothing to review" in review.about.text() and not review.use_button.isEnabled()
    assert QApplication.focusWidget() is not None
