"""A person's whole session, run as its own process so tests/test_no_network.py can trace it.

Starts the app offscreen, creates the example case, types into the grid and the roomy
editor, adds a question, reads every guide topic, saves the guide topic and the question
list as PDFs, and quits. Prints one JSON line with what it did and what was stored.
Usage: python -m tests.no_network_flow DATA_DIR OUT_DIR
"""
from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

GRID_TEXT = "Typed in the grid with no network"
NOTES_TEXT = " Typed in the editor with no network"
QUESTION = "Is there time to get a second opinion before surgery?"


def main(data_dir: Path, out_dir: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from app.store.storage import Database
    from app.ui import messages
    from app.ui.application import make_application, open_window
    from app.ui.paperwork import printing

    problems: list[str] = []
    messages.show_error = lambda parent, title, text: problems.append(f"{title}: {text}")
    pdfs = {"topic": out_dir / "topic.pdf", "questions": out_dir / "questions.pdf"}
    asked = iter([pdfs["topic"], pdfs["questions"]])
    printing.ask_pdf_path = lambda parent, suggested: str(next(asked))

    app = make_application([])
    window, db = open_window(data_dir)
    window.show()
    QTest.qWaitForWindowExposed(window)
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id

    # the grid: select a cell, start editing, type, Tab away
    panel.show_tab(0)
    index = panel.model.index(0, 0)
    panel.grid.setCurrentIndex(index)
    panel.grid.edit(index)
    cell = QApplication.focusWidget()
    cell.selectAll()
    QTest.keyClicks(cell, GRID_TEXT)
    QTest.keyClick(cell, Qt.Key.Key_Tab)

    # the roomy editor
    panel.show_tab(1)
    notes = panel.editor.findChild(QPlainTextEdit, "aspect_my_notes")
    notes.setFocus()
    QTest.keyClicks(notes, NOTES_TEXT)
    window.history.flush_requested.emit()

    # a question, typed and entered
    panel.show_tab(2)
    QTest.keyClicks(panel.questions.entry, QUESTION)
    QTest.keyClick(panel.questions.entry, Qt.Key.Key_Return)

    # every guide topic, a search, then the topic saved as PDF from the File menu
    view = window.guide_view
    for topic_id in view.guide.topic_ids():
        view.show_topic(topic_id)
    QTest.keyClicks(view.search_box, "second opinion")
    view.show_topic("timing")
    menu_pdf = next(a for a in window.findChildren(QAction)
                    if a.text().replace("&", "").startswith("Save guide topic as PDF"))
    menu_pdf.trigger()
    panel.questions.buttons["pdf"].click()

    app.processEvents()
    window.close()
    db.close()

    # a Unix socket made on purpose: the trace must show it, proving this process was traced
    socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).close()

    stored = Database.open_folder(data_dir)
    try:
        opinion = stored.load_case(case_id).opinions[0]
        grid_key = panel.model._row_keys[0]
        maps = Path("/proc/self/maps").read_text() if Path("/proc/self/maps").exists() else ""
        report = {
            "problems": problems,
            "pdfs": {name: str(path) for name, path in pdfs.items()},
            "topic_title": view.guide.title("timing"),
            "stored_grid_text": opinion.answer(grid_key).text,
            "stored_notes": opinion.answer("my_notes").text,
            "stored_questions": [q.text for q in stored.list_questions(case_id)],
            "print_support_module_loaded": "PySide6.QtPrintSupport" in sys.modules,
            "print_support_library_loaded": "libQt6PrintSupport" in maps,
        }
    finally:
        stored.close()
    print(json.dumps(report))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
