"""The real app in its own process, driven step by step, for tests/test_disk_full_real.py.

Starts the real window offscreen on DATA_DIR the way the app does (claims the folder, opens
the data, shows the window), then reads one JSON command per line on stdin and answers each
with one JSON line on stdout saying what the window shows and the save state. Between two
commands the parent can fill or free the disk, or change the folder's permissions; the event
loop runs only inside a command, so the app's own retry timer fires while a `wait` command
spins it, never behind the parent's back.

Commands: {"do": "case"} a case with one opinion (the doctor's name typed);
{"do": "paste", "text": …} the text typed into the first cell of the grid as a person does
(F2, Ctrl+A, a few keys, Ctrl+V of the rest, Tab away); {"do": "wait", "for": "saved",
"seconds": S} lets the app run until nothing waits to be saved (or S seconds);
{"do": "status"}; {"do": "quit"} closes the window like a person and exits.
A start the app refuses (the folder cannot be used) answers {"refused": message} and exits.
Messages to the person are recorded through app.ui.messages (the seams), not shown.
Usage: python -m tests.disk_full_driver DATA_DIR
"""
from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

DOCTOR = "Dr. Rivera"
TYPED_FIRST = "Typed: "  # real key presses before the paste


def main(data_dir: Path) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    from app.store.datadir import DataFolderError
    from app.ui import messages, single_instance
    from app.ui.application import make_application, open_window

    told: list[dict] = []
    messages.show_error = lambda parent, title, text: told.append({"title": title, "text": text})
    messages.show_info = lambda parent, title, text: told.append({"title": title, "text": text})
    asked: list[str] = []
    messages.confirm = lambda parent, title, text, yes: asked.append(text) or False

    os.umask(0o077)  # as app.ui.application.run
    app = make_application([])
    try:
        held = single_instance.claim(data_dir)
        if held is None:
            answer({"error": "the folder is held by another app"})
            return 2
        window, db = open_window(data_dir, ask=False)
    except DataFolderError as exc:  # the app tells this and does not start (application.run)
        answer({"refused": str(exc)})
        return 2
    window.show()
    QTest.qWaitForWindowExposed(window)
    held.answer_later_starts(window)
    panel = window.workspace_panel
    history = window.history

    def status(**extra) -> dict:
        shown = {}
        if panel.case_id is not None and panel.model.columnCount():
            index = panel.model.index(0, 0)
            shown = {"cell": index.data(Qt.ItemDataRole.EditRole),
                     "cell_tooltip": index.data(Qt.ItemDataRole.ToolTipRole) or "",
                     "editor": panel.editor.findChild(QPlainTextEdit, "aspect_diagnosis").toPlainText()}
        return {"label": window.save_label.text(), "unsaved": len(history.unsaved), "state": history.state,
                "told": told, "asked": asked, "case_id": panel.case_id,
                "opinion_id": panel.editor.opinion_id, **shown, **extra}

    def new_case() -> dict:
        values = {"title": "Mum", "person": "", "diagnosis": "", "diagnosed_on": "", "decide_by": "", "notes": ""}
        import app.ui.workspace.workspace_panel as workspace_panel  # the case form is a dialog behind this seam
        workspace_panel.edit_case_details = lambda *a: dict(values)
        panel.actions["new_case"].trigger()
        panel.actions["add_opinion"].trigger()
        doctor = panel.editor.findChild(QLineEdit, "opinion_doctor")
        doctor.setFocus()
        QTest.keyClicks(doctor, DOCTOR)
        history.flush_requested.emit()
        return status()

    def paste(text: str) -> dict:
        grid = panel.grid
        panel.show_tab(0)
        grid.setFocus()
        grid.setCurrentIndex(panel.model.index(0, 0))
        QTest.keyClick(grid, Qt.Key.Key_F2)
        cell = QApplication.focusWidget()
        if not isinstance(cell, QPlainTextEdit):
            return status(error=f"no cell editor opened ({type(cell).__name__})")
        QTest.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        typed = text[:len(TYPED_FIRST)] if text.startswith(TYPED_FIRST) else ""
        QTest.keyClicks(cell, typed)
        QApplication.clipboard().setText(text[len(typed):])
        QTest.keyClick(cell, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(cell, Qt.Key.Key_Tab)
        app.processEvents()
        return status(cell_editor_open=grid.state() == grid.State.EditingState)

    def wait(seconds: float) -> dict:
        deadline = time.monotonic() + seconds
        while (history.unsaved or window.save_label.text() != "Saved") and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        return status()

    answer(status(ready=True, pid=os.getpid()))
    for line in sys.stdin:
        command = json.loads(line)
        do = command["do"]
        try:
            if do == "case":
                answer(new_case())
            elif do == "paste":
                answer(paste(command["text"]))
            elif do == "wait":
                answer(wait(float(command["seconds"])))
            elif do == "status":
                app.processEvents()
                answer(status())
            elif do == "quit":
                window.close()
                closed = not window.isVisible()
                if closed:
                    QCoreApplication.processEvents()
                    db.close()
                    held.release()
                answer(status(closed=closed))
                return 0 if closed else 1
            else:
                answer({"error": f"unknown command {do!r}"})
        except Exception:  # told to the parent, which fails the test with it
            answer({"error": traceback.format_exc()})
    return 1


def answer(report: dict) -> None:
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
