"""Privacy with a marker: a unique string typed everywhere a person can must appear nowhere
outside the data folder (and the PDF they chose to save there); with a passphrase set it appears
in no file of the data folder; deleted, it does not linger in the data file.

The window test runs in this process with HOME, the XDG config/cache/data/state folders and
TMPDIR (Python's and Qt's temporary folder) pointed into a private temporary home, then searches
every file there, as UTF-8 and UTF-16, and fails on any hit outside the data folder. Qt's own
settings (QtProject.conf), the app's ui-state.ini, recent-file lists and logs all live there.
"""
from __future__ import annotations

import sqlite3
import tempfile
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from app.store import backup, backup_restore, encryption
from app.store.datadir import DB_NAME
from app.store.storage import Database
from tests.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def hits(root: Path, marker: str, skip: tuple[Path, ...] = ()) -> list[str]:
    """Every file under root (not under skip) holding the marker as UTF-8 or UTF-16."""
    needles = (marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be"))
    found = []
    for path in sorted(root.rglob("*")):
        if any(path == s or s in path.parents for s in skip) or not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(str(path))
    return found


@pytest.fixture
def private_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    places = {"HOME": home, "XDG_CONFIG_HOME": home / ".config", "XDG_CACHE_HOME": home / ".cache",
              "XDG_DATA_HOME": home / ".local" / "share", "XDG_STATE_HOME": home / ".local" / "state",
              "TMPDIR": tmp_path / "tmp"}
    for name, place in places.items():
        place.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(place))
    monkeypatch.setattr(tempfile, "tempdir", str(places["TMPDIR"]))
    return places


# ---- helpers that act as a person does (as in tests/ui/test_visits_flows.py and friends) ----
def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    type_text(qtbot, widget, text)


def grid_edit(qtbot, panel, row, column, text):
    grid = panel.grid
    panel.show_tab(0)
    index = grid.model().index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_the_marker_typed_everywhere_stays_in_the_data_folder(qtbot, private_home, monkeypatch):
    from app.ui import messages
    from app.ui.application import make_application, open_window
    from app.ui.data.auto_backup import make_from_file
    from app.ui.workspace.workspace_panel import APPOINTMENTS_TAB, DECIDE_TAB, RECORDS_TAB

    mark = "Mk" + uuid.uuid4().hex  # ASCII, so keyClicks types it; unique to this run
    home = private_home["HOME"]
    data_dir = home / "Second Opinion data"
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append((title, text)))
    make_application([])
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    panel = win.workspace_panel
    try:
        # the case (its details dialog is a seam), then a doctor and a cell, typed
        values = {"title": f"{mark} case", "person": f"{mark} person", "diagnosis": "", "diagnosed_on": "",
                  "decide_by": "", "notes": f"{mark} notes"}
        monkeypatch.setattr("app.ui.workspace.workspace_panel.edit_case_details", lambda *a: dict(values))
        panel.actions["new_case"].trigger()
        case_id = panel.case_id
        panel.actions["add_opinion"].trigger()
        doctor = panel.editor.findChild(QLineEdit, "opinion_doctor")
        type_into(qtbot, doctor, f"Dr {mark}")
        win.history.flush_requested.emit()
        opinion_id = panel.editor.opinion_id
        grid_edit(qtbot, panel, 1, 0, f"{mark} cell")

        # a question, addressed to the doctor, and the doctor's answer
        panel.show_tab(2)
        entry = panel.questions.entry
        type_into(qtbot, entry, f"{mark} question?")
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        view = panel.questions.view
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(panel.question_model.index(0)).center())
        answers = panel.questions.answers
        box = answers.address_boxes[opinion_id]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        qtbot.waitUntil(lambda: str(opinion_id) in answers.answer_boxes)
        answer = answers.answer_boxes[str(opinion_id)]
        qtbot.mouseClick(answer.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(answer, f"{mark} answer")
        entry.setFocus()  # moving on saves it

        # a worksheet option
        panel.grid.setFocus()
        qtbot.keyClick(panel.grid, Qt.Key.Key_5, CTRL)
        qtbot.waitUntil(lambda: panel.tabs.currentIndex() == DECIDE_TAB)
        sheet = panel.worksheet
        sheet.add_option.setFocus()
        qtbot.keyClick(sheet.add_option, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: len(sheet.cards) == 1)
        type_into(qtbot, sheet.cards[0].fields["title"], f"{mark} option")
        qtbot.keyClick(sheet.cards[0].fields["title"], Qt.Key.Key_Tab)

        # an appointment
        qtbot.keyClick(win, Qt.Key.Key_6, CTRL)
        page = panel.visit_page(APPOINTMENTS_TAB)
        type_into(qtbot, page.date.edit, "12 April 2030")
        type_into(qtbot, page.time, "2:30 pm")
        type_into(qtbot, page.texts["purpose"], f"{mark} visit")
        qtbot.keyClick(page.texts["purpose"], Qt.Key.Key_Return)

        # a checklist item's "sent to"
        qtbot.keyClick(win, Qt.Key.Key_7, CTRL)
        records = panel.visit_page(RECORDS_TAB)
        records.list.setFocus()
        records.list.setCurrentItem(records.list.topLevelItem(1))
        records.state.setFocus()
        qtbot.keyClick(records.state, Qt.Key.Key_Down)  # Requested
        type_into(qtbot, records.sent_to, f"{mark} records office")
        qtbot.keyClick(records.sent_to, Qt.Key.Key_Tab)
        win.history.flush_requested.emit()
        assert errors == []

        # the comparison saved as PDF into the data folder, through the papers seam
        chosen = data_dir / "comparison.pdf"
        monkeypatch.setattr("app.ui.paperwork.printing.QFileDialog.getSaveFileName",
                            lambda parent, caption, start, filters: (str(chosen), filters))
        monkeypatch.setattr(messages, "confirm", lambda *a: False)
        monkeypatch.setattr("app.ui.paperwork.printing.open_folder", lambda folder: None)
        win.papers_dialog = None
        next(a for a in win.findChildren(QAction)
             if a.text().replace("&", "").startswith("Save comparison as PDF")).trigger()
        qtbot.waitUntil(lambda: win.papers_dialog is not None and win.papers_dialog.isVisible())
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win.papers_dialog)
        qtbot.keyClick(win.papers_dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(chosen.exists)
        win.papers_dialog.close()

        # and a backup, as the app makes them
        assert make_from_file(db.path, datetime.now()) is not None
    finally:
        win.close()
        db.close()
    assert errors == []

    stored = Database.open_folder(data_dir)  # the marker really is in the data, everywhere typed
    try:
        case = stored.load_case(case_id)
        assert case.title == f"{mark} case" and case.opinions[0].doctor == f"Dr {mark}"
        assert any(mark in a.text for a in case.opinions[0].answers.values())
        for table, column in (("question", "text"), ("question_answer", "answer"), ("decision_option", "title"),
                              ("appointment", "purpose"), ("checklist_item", "sent_to")):
            assert stored.conn.execute(f"SELECT count(*) FROM {table} WHERE instr({column}, ?)",
                                       (mark,)).fetchone()[0] == 1, table
    finally:
        stored.close()
    assert hits(data_dir, mark), "the search finds nothing even where the marker is: it is broken"
    assert (data_dir / "ui-state.ini").exists()  # the app's settings were written, and searched
    assert hits(home, mark, skip=(data_dir,)) == []
    assert hits(private_home["TMPDIR"], mark) == []


# ---- with a passphrase: nothing readable in the data folder ------------------------------------
def _marked_case(mark: str):
    from app.model.domain import Answer
    from app.workspace.example_case import example_case
    case = example_case()
    case.title, case.notes = f"{mark} title", f"{mark} notes " * 200  # over overflow pages too
    case.opinions[0].answers["my_notes"] = Answer(text=f"{mark} cell")
    return case


def test_with_a_passphrase_the_marker_is_in_no_file_of_the_data_folder(tmp_path):
    from app.model.questions import Question
    mark = "Mk" + uuid.uuid4().hex
    folder = tmp_path / "data"
    db = Database.open_folder(folder)  # written plain first, with a plain backup, as a person would have
    db.insert_case(_marked_case(mark), None, [Question(0, f"{mark} question")])
    backup.make_backup(db.conn, backup.backup_folder(folder), datetime(2026, 11, 1, 9, 0))
    db.close()
    assert hits(folder, mark)

    # setting the passphrase, as the window does it (passphrase_dialogs._convert)
    key, _recovery = encryption.set_passphrase(folder, "correct horse battery", iterations=1000)
    backup_restore.convert_all(backup.backup_folder(folder), None, key)
    db = Database.open_folder(folder, key=key)
    try:
        db.insert_case(_marked_case(mark + "later"), None, [Question(0, f"{mark} later question")])
        wal = Path(str(folder / DB_NAME) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the -wal was searched with data in it
        backup.make_backup(db.conn, backup.backup_folder(folder), datetime(2026, 11, 2, 9, 0), key=key)
        assert hits(folder, mark) == [], "readable while the app is open"
    finally:
        db.close()
    assert len(backup.list_backups(backup.backup_folder(folder))) == 2
    names = {p.name for p in folder.rglob("*") if p.is_file()}
    assert DB_NAME in names and encryption.KEY_FILE in names
    assert hits(folder, mark) == []
    again = Database.open_folder(folder, key=key)  # and it still reads back with the key
    try:
        assert sorted(s.title for s in again.list_cases()) == [f"{mark} title", f"{mark}later title"]
    finally:
        again.close()


# ---- deleted text does not linger ------------------------------------------------------------
def test_a_deleted_case_leaves_no_trace_of_its_text_in_the_data_file(tmp_path):
    from app.model.questions import Question
    from app.workspace.core import Workspace
    mark = "Mk" + uuid.uuid4().hex
    folder = tmp_path / "data"
    db = Database.open_folder(folder)
    try:
        assert db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        ws = Workspace(db)
        keep = ws.insert_case(_marked_case("kept"), [Question(0, "kept question")])
        gone = ws.insert_case(_marked_case(mark), [Question(0, f"{mark} question")])
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert mark.encode() in (folder / DB_NAME).read_bytes()
        ws.remove_case(gone)  # as File ▸ Delete case does
        assert [s.id for s in db.list_cases()] == [keep]
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    assert hits(folder, mark) == []
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        assert conn.execute("SELECT title FROM case_file").fetchall() == [("kept title",)]
    finally:
        conn.close()
