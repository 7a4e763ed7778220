"""The first screen does not set up PySide classes it has no use for.

PySide builds each Qt class, with all of its Python enums, the first time Python touches it, and
Python 3.11 builds enums slowly. Two habits cost start-up time without anyone noticing:
  - a changeEvent (or event, or eventFilter) override: the first event handed to it arrives as a
    plain QEvent, and finding its Python class sets up every QEvent subclass of QtGui and QtWidgets
    (drag and drop, tablet, touch, the graphics scene's events…);
  - asking the style anything (QStyle: nine enums, ~500 members);
  - importing with a module a class only needed later (each class with its enums: ~0.5–3 ms);
  - a Python override that Qt hands a model it made itself (a view's built-in empty model): finding
    that model's Python class sets up every QAbstractItemModel subclass (QFileSystemModel, the
    proxy models…), ~3 ms.
Palettes reach widgets through app.ui.appearance.follow_palette, text sizes through apply_zoom.
This starts the real app in its own process, as a person would, and looks at what PySide set up
by the time the window was painted.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sys
import main
from app.ui import application

def report(app, window):
    from PySide6.QtCore import QTimer
    def check():
        while not (window.windowHandle() and window.windowHandle().isExposed()):
            app.processEvents()
        app.processEvents()
        import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
        made = sorted(name for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets) for name in vars(module))
        print(json.dumps({"made": made, "opinions": window.workspace_panel.model.columnCount()}))
        QTimer.singleShot(0, app.quit)
    QTimer.singleShot(0, check)

application._quit_once_exposed = report
sys.exit(main.main(["--data-dir", sys.argv[1], "--quit-when-shown"]))
'''

# set up only when an event reaches a generic-event override (never by the first screen itself)
ONLY_FOR_GENERIC_EVENTS = {"QDragEnterEvent", "QDropEvent", "QTabletEvent", "QTouchEvent",
                           "QGraphicsSceneEvent", "QGraphicsSceneMouseEvent", "QNativeGestureEvent",
                           "QWhatsThisClickedEvent", "QToolBarChangeEvent", "QIconDragEvent"}


def test_the_first_screen_sets_up_neither_the_style_nor_every_event_class(tmp_path):
    from app.store.storage import Database
    from app.workspace.example_case import example_case
    db = Database.open_folder(tmp_path)
    db.insert_case(example_case())
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    made = set(seen["made"])
    assert seen["opinions"] == len(example_case().opinions)  # the case really was on screen
    assert {"QMainWindow", "QTableView", "QTextBrowser", "QComboBox"} <= made  # and this sees what was made
    assert "QStyle" not in made and "QCommonStyle" not in made
    assert not made & ONLY_FOR_GENERIC_EVENTS, sorted(made & ONLY_FOR_GENERIC_EVENTS)
    assert not made & {"QFileSystemModel", "QStandardItemModel"}, "every model class was set up"
    # needed only later: answering a second start (app.ui.single_instance), a translated interface
    assert not made & {"QCryptographicHash", "QLibraryInfo"}, sorted(made & {"QCryptographicHash", "QLibraryInfo"})
