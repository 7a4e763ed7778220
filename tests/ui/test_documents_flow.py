"""Attached documents through the real window: the file dialog and a real drop, listed, renamed,
removed and brought back by undo, after a restart; pictures viewed inside the app; a PDF opened from
a private copy that is gone once the window closes, and after a kill -9 at the next start."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from app.model.documents import DOCUMENT
from app.store import documents as store
from app.store.kinds import LIST_KINDS
from app.store.storage import Database
from app.ui.visits import document_viewer
from app.ui.workspace.workspace_panel import DOCUMENTS_TAB
from tests.ui.flows import add_opinion, new_case

CTRL = Qt.KeyboardModifier.ControlModifier
PDF = b"%PDF-1.4\n" + b"a report " * 20000 + b"\n%%EOF\n"


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """The temporary folder the app uses, here a fresh one we can search."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    monkeypatch.setattr(document_viewer, "_copies", None)
    return root


def stored(data_dir, case_id):
    db = Database.open_folder(data_dir)
    try:
        return db.load_records(LIST_KINDS[DOCUMENT], case_id), db.conn.execute(
            "SELECT sha256 FROM document_content").fetchall()
    finally:
        db.close()


def open_documents(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_8, CTRL)  # View ▸ Documents
    panel = window.workspace_panel
    assert panel.tabs.currentIndex() == DOCUMENTS_TAB
    return panel.visit_page(DOCUMENTS_TAB)


def rows(page):
    return [[page.list.topLevelItem(i).text(c) for c in range(4)] for i in range(page.list.topLevelItemCount())]


def drop(page, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = page.list.viewport()
    where = QPointF(target.rect().center())
    for kind in (QDropEvent.Type.DragEnter, QDropEvent.Type.Drop):
        if kind == QDropEvent.Type.DragEnter:
            from PySide6.QtGui import QDragEnterEvent
            event = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        else:
            event = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
        assert event.isAccepted()


def png(path, colour="teal", size=(40, 30)):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def test_attach_by_dialog_and_drop_rename_remove_undo_and_restart(qtbot, window, data_dir, tmp_path, monkeypatch):
    panel = window.workspace_panel
    case_id = new_case(window, monkeypatch)
    add_opinion(qtbot, window, "Dr Okafor")
    page = open_documents(qtbot, window)
    report = tmp_path / "Pathology report.pdf"
    report.write_bytes(PDF)
    monkeypatch.setattr("app.ui.visits.documents_page.choose_files", lambda parent: [str(report)])
    told = []
    monkeypatch.setattr("app.ui.messages.show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr("app.ui.messages.show_error", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(page.buttons["attach"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1)
    name, attached, added, size = rows(page)[0]
    assert (name, attached, size) == ("Pathology report.pdf", "The whole case", "176 KB")
    assert added  # today's date, in words

    # a real drop, attached to the opinion chosen by keyboard in "Attach to"
    page.target.setFocus()
    qtbot.keyClick(page.target, Qt.Key.Key_Down)
    assert page.target.currentText() == "First opinion — Dr Okafor"
    letter = png(tmp_path / "letter.png")
    drop(page, [letter])
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2)
    assert rows(page)[1][:2] == ["letter.png", "First opinion — Dr Okafor"]

    # the same file again, under another name: told, kept once
    again = tmp_path / "copy of report.pdf"
    again.write_bytes(PDF)
    drop(page, [again])
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "already attached as “Pathology report.pdf”" in told[0]
    assert page.list.topLevelItemCount() == 2

    # an unsupported file is told before anything is copied
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    drop(page, [tmp_path / "notes.docx"])
    qtbot.waitUntil(lambda: len(told) == 2)
    assert "not a kind of file the app can keep" in told[1]

    # rename by the seam, remove the first, undo brings it back
    page.list.setFocus()
    page.list.setCurrentItem(page.list.topLevelItem(0))
    monkeypatch.setattr("app.ui.visits.documents_page.ask_name", lambda parent, name: "Biopsy report.pdf")
    qtbot.mouseClick(page.buttons["rename"], Qt.MouseButton.LeftButton)
    assert rows(page)[0][0] == "Biopsy report.pdf"
    qtbot.mouseClick(page.buttons["remove"], Qt.MouseButton.LeftButton)
    assert [r[0] for r in rows(page)] == ["letter.png"]
    assert [d.name for d in stored(data_dir, case_id)[0]] == ["letter.png"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [r[0] for r in rows(page)] == ["Biopsy report.pdf", "letter.png"]
    docs, contents = stored(data_dir, case_id)
    assert [d.name for d in docs] == ["Biopsy report.pdf", "letter.png"]
    assert sorted(c[0] for c in contents) == sorted(
        hashlib.sha256(b).hexdigest() for b in (PDF, letter.read_bytes()))

    # a restart: the same list, the same bytes
    window.close()
    window.workspace_panel.ws.db.close()
    from app.ui.application import open_window
    win2, db2 = open_window(data_dir)
    qtbot.addWidget(win2)
    try:
        win2.resize(1280, 800)
        win2.show()
        qtbot.waitExposed(win2)
        win2.activateWindow()
        qtbot.waitUntil(win2.isActiveWindow)
        assert win2.workspace_panel.case_id == case_id
        page2 = open_documents(qtbot, win2)
        assert [r[:2] for r in rows(page2)] == [["Biopsy report.pdf", "The whole case"],
                                                ["letter.png", "First opinion — Dr Okafor"]]
        assert store.read_content(db2.conn, page2.documents[0].sha256) == PDF
        assert panel is not win2.workspace_panel
    finally:
        win2.close()
        db2.close()


def test_view_a_picture_a_text_and_a_damaged_picture_inside_the_app(qtbot, window, tmp_path, monkeypatch):
    new_case(window, monkeypatch)
    page = open_documents(qtbot, window)
    errors = []
    monkeypatch.setattr("app.ui.messages.show_error", lambda parent, title, text: errors.append(text))
    picture = png(tmp_path / "scan.png", size=(2400, 1800))
    note = tmp_path / "note.txt"
    note.write_text("Ask about the <b>scan</b> 🙂", encoding="utf-8")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50)
    drop(page, [picture, note, broken])
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 3)

    page.list.setFocus()
    page.list.setCurrentItem(page.list.topLevelItem(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # Enter opens it
    view = page.viewer
    qtbot.waitExposed(view)
    shown = view.label.pixmap()
    assert not shown.isNull() and shown.width() <= view.scroll.viewport().width() < 2400  # scaled to fit
    assert view.windowTitle() == "scan.png"
    view.close()

    page.list.setCurrentItem(page.list.topLevelItem(1))
    qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    assert page.viewer.text.toPlainText() == "Ask about the <b>scan</b> 🙂"  # plain text, as written
    page.viewer.close()

    page.list.setCurrentItem(page.list.topLevelItem(2))
    qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    assert page.viewer is None and "damaged picture" in errors[0]


def test_a_pdf_opens_from_a_private_copy_that_is_gone_after_the_window_closes(
        qtbot, window, tmp_path, temp_root, monkeypatch):
    new_case(window, monkeypatch)
    page = open_documents(qtbot, window)
    report = tmp_path / "Scan results.pdf"
    report.write_bytes(PDF)
    drop(page, [report])
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1)
    opened = []
    monkeypatch.setattr("app.ui.visits.document_viewer.open_with_system", lambda url: opened.append(url) or True)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    copy = opened[0].toLocalFile()
    assert copy.startswith(str(temp_root)) and copy.endswith("Scan results.pdf")
    with open(copy, "rb") as f:
        assert f.read() == PDF
    assert os.stat(copy).st_mode & 0o777 == 0o600
    window.close()
    assert not os.path.exists(copy) and list(temp_root.iterdir()) == []


CHILD = """
import sys
from pathlib import Path
from app.ui.application import make_application, open_window
from app.ui.visits import document_viewer
from app.ui.workspace.workspace_panel import DOCUMENTS_TAB
from app.model.domain import Case
make_application([])
window, db = open_window(Path(sys.argv[1]))
ws = window.workspace_panel.ws
case_id = window.workspace_panel.case_id
page = window.workspace_panel.visit_page(DOCUMENTS_TAB)
document_viewer.open_with_system = lambda url: print(url.toLocalFile(), flush=True) or True
page.list.setCurrentItem(page.list.topLevelItem(0))
page.open_current()
sys.stdin.readline()  # killed here
"""


def test_a_killed_app_leaves_a_copy_that_the_next_start_removes(qtbot, window, data_dir, tmp_path,
                                                                temp_root, monkeypatch):
    new_case(window, monkeypatch)
    page = open_documents(qtbot, window)
    report = tmp_path / "report.pdf"
    report.write_bytes(PDF)
    drop(page, [report])
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1)
    window.close()
    window.workspace_panel.ws.db.close()
    env = {**os.environ, "TMPDIR": str(temp_root), "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        copy = child.stdout.readline().strip()
        assert copy.startswith(str(temp_root)) and os.path.exists(copy)
        child.kill()  # SIGKILL: nothing of the app's own clean-up runs
        child.wait()
    finally:
        child.stdin.close()
        child.stdout.close()
    assert os.path.exists(copy)
    from app.ui.application import open_window
    win2, db2 = open_window(data_dir)  # the next start
    qtbot.addWidget(win2)
    try:
        assert not os.path.exists(copy) and list(temp_root.iterdir()) == []
    finally:
        win2.close()
        db2.close()
