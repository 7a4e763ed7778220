"""An attached document travels to another laptop, driven like a person: attached in the
Documents tab, File ▸ Export… (the dialog says what the documents add), File ▸ Import… in a second
window on another data folder (the preview lists the document with its size), then listed in that
window's Documents tab and opened. Checked on screen and in a fresh connection to each folder.

Sizes: one case, one 176 KB PDF; one protected file (the app's own scrypt settings, two unlocks).
"""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model.documents import DOCUMENT
from app.model.domain import Case
from app.store import exchange_format
from app.store.kinds import LIST_KINDS
from app.store.storage import Database
from tests.conftest import type_text
from tests.ui.test_documents_flow import PDF, open_documents, rows, temp_root  # noqa: F401 (a fixture)
from tests.ui.test_exchange_flow import (  # noqa: F401 (fixtures)
    SECRET,
    apps,
    gone,
    import_by_keyboard,
    menu_item,
    no_error_boxes,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


def stored_documents(folder) -> list[tuple[str, str, bytes]]:
    db = Database.open_folder(folder)
    try:
        from app.store import documents as store
        return [(doc.name, doc.sha256, store.read_content(db.conn, doc.sha256))
                for summary in db.list_cases() for doc in db.load_records(LIST_KINDS[DOCUMENT], summary.id)]
    finally:
        db.close()


def test_a_document_attached_here_is_listed_and_opens_on_the_other_laptop(
        qtbot, apps, tmp_path, temp_root, monkeypatch):  # noqa: F811
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    db = Database.open_folder(anna)
    db.insert_case(Case(0, "Mum"), None)
    db.close()
    win = apps(anna)
    qtbot.waitUntil(win.isActiveWindow)
    page = open_documents(qtbot, win)
    report = tmp_path / "Pathology report.pdf"
    report.write_bytes(PDF)
    monkeypatch.setattr("app.ui.visits.documents_page.choose_files", lambda parent: [str(report)])
    qtbot.mouseClick(page.buttons["attach"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1)

    # File ▸ Export…: the dialog says what the documents add, then writes them along
    target = tmp_path / "Documents" / "for-ben.socase"
    target.parent.mkdir()
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_save_path", lambda parent, suggested: target)
    monkeypatch.setattr("app.ui.messages.show_info", lambda parent, title, text: None)
    dialog = menu_item(qtbot, win, Qt.Key.Key_X)
    note = dialog.findChild(type(dialog.note), "documents_size")
    assert note.isVisible() and note.text() == "The export includes 1 attached document, 176 KB."
    assert "stay on this computer" not in " ".join(w.text() for w in dialog.findChildren(type(dialog.note)))
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    type_text(qtbot, dialog.passphrase, SECRET)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.again, SECRET)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(dialog))
    data = target.read_bytes()
    assert exchange_format.is_protected(data) and b"a report a report" not in data
    assert len(data) > len(PDF)

    # File ▸ Import… on Ben's laptop: the preview names the document and its size
    win2 = apps(ben)
    dialog = import_by_keyboard(qtbot, win2, monkeypatch, target)
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    type_text(qtbot, dialog.passphrase, SECRET)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.list.isVisible() and dialog.apply_button.hasFocus())  # the helper is done
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert lines == ["Add case: Mum", "Add document: Pathology report.pdf (176 KB)"]
    assert stored_documents(ben) == []  # not yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(dialog))
    [(name, sha, content)] = stored_documents(ben)
    assert name == "Pathology report.pdf" and content == PDF and sha == hashlib.sha256(PDF).hexdigest()

    # listed in Ben's Documents tab, and it opens (a private copy handed to the system's viewer)
    win2.activateWindow()
    qtbot.waitUntil(win2.isActiveWindow)
    page2 = open_documents(qtbot, win2)
    qtbot.waitUntil(lambda: page2.list.topLevelItemCount() == 1)
    assert [r[0] for r in rows(page2)] == ["Pathology report.pdf"] and rows(page2)[0][3] == "176 KB"
    opened = []
    monkeypatch.setattr("app.ui.visits.document_viewer.open_with_system", lambda url: opened.append(url) or True)
    page2.list.setFocus()
    page2.list.setCurrentItem(page2.list.topLevelItem(0))
    qtbot.mouseClick(page2.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1)
    with open(opened[0].toLocalFile(), "rb") as f:
        assert f.read() == PDF
