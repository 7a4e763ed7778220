"""What start-up leaves for later must still be there, and right, when the person gets to it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

ROOT = Path(__file__).resolve().parents[2]


def test_tabs_not_on_screen_are_built_when_first_opened(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    assert panel._editor is None and panel._questions is None  # nothing built that is not on screen

    # a question added from the guide before the tab was ever opened is in the list when it opens
    topic = window.guide_view.guide.topic("timing")
    window.add_guide_question("timing", topic.questions[0])
    assert panel.tabs.currentIndex() == 2
    assert panel._questions is not None and panel.questions.isVisible()
    assert panel.questions.view.model().index(0, 0).data() == topic.questions[0]

    panel.actions["one_opinion"].trigger()
    assert panel._editor is not None and panel.editor.isVisible()
    doctor = panel.editor.findChild(QLineEdit, "opinion_doctor")
    assert doctor.text() == panel.ws.case(panel.case_id).opinions[0].doctor


def test_search_and_printouts_load_only_when_used(qtbot, window):
    # the start-up path leaves these out (they are imported on first use); check they do work then
    view = window.guide_view
    assert view._searcher is None
    qtbot.keyClicks(view.search_box, "tumor board")
    assert view._searcher is not None and view.tree.topLevelItemCount() > 0
    assert "app.guide.search" in sys.modules


def test_rows_are_refitted_when_the_columns_get_narrower(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    window.show_guide(False)  # the workspace has the whole width, whether or not it would fold
    window.resize(1200, 700)
    grid = panel.grid
    plan = panel.model._row_keys.index("plan")
    qtbot.waitUntil(lambda: not grid.fitting_pending())
    wide = grid.rowHeight(plan)
    window.resize(700, 700)  # narrower columns: the plan's text wraps onto more lines
    qtbot.waitUntil(lambda: grid.rowHeight(plan) > wide)


def test_the_first_window_fits_the_screen(qtbot, data_dir):
    from app.ui.application import make_application, open_window
    make_application([])
    win, db = open_window(data_dir)  # no saved layout yet: the default size
    qtbot.addWidget(win)
    try:
        free = win.screen().availableGeometry()  # 800 × 800 on the offscreen platform
        assert 0 < win.width() <= free.width() and 0 < win.height() <= free.height()
        assert win.width() <= 1280 and win.height() <= 800
    finally:
        win.close()
        db.close()


CHILD_PAINTS_THE_WINDOW = r'''
import os, sys
from pathlib import Path
from app.ui.application import make_application, open_window
app = make_application([])
window, db = open_window(Path(sys.argv[1]))
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
window.repaint()  # the scroll bars (Fusion paints them with gradients) again
print(",".join(open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")))
window.close()
db.close()
'''


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads the thread list from /proc")
def test_the_window_paints_without_helper_threads(tmp_path):
    # Qt would hand gradient fills to a thread pool, which costs more than it saves here (see
    # application.paint_without_helper_threads); the app must switch that off by itself.
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", CHILD_PAINTS_THE_WINDOW, str(tmp_path / "data")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    threads = done.stdout.strip().splitlines()[-1].split(",")
    assert threads and not any("pooled" in name for name in threads), threads


def test_the_first_frame_shows_the_rows_already_fitted(qtbot, data_dir):
    # rows taller than the view bring in the vertical scroll bar; that must not narrow the columns
    # after the rows were fitted (the first frame then showed cut-off cells, refitted a moment later)
    from app.store.storage import Database
    from app.ui.application import make_application, open_window
    from app.workspace.example_case import example_case
    db = Database.open_folder(data_dir)
    db.insert_case(example_case())
    db.close()
    make_application([])
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    try:
        win.resize(1000, 790)  # default-height rows fit in the view; fitted ones do not
        win.show()
        qtbot.waitExposed(win)
        QApplication.processEvents()  # the first paint
        grid = win.workspace_panel.grid
        # the rows the first frame shows (those below are fitted afterwards, while idle)
        on_screen = [row for row in range(grid.model().rowCount())
                     if grid.rowViewportPosition(row) < grid.viewport().height()]
        first = [grid.rowHeight(row) for row in on_screen]
        widths = [grid.columnWidth(column) for column in range(grid.model().columnCount())]
        qtbot.waitUntil(lambda: not grid.fitting_pending())  # whatever start-up left pending
        qtbot.wait(50)
        assert [grid.columnWidth(column) for column in range(grid.model().columnCount())] == widths
        assert [grid.rowHeight(row) for row in on_screen] == first  # what the first frame showed stands
        assert grid.verticalScrollBar().maximum() > 0  # the case is taller than the view
    finally:
        win.close()
        db.close()


def test_pyside_does_not_read_the_source_of_every_module_imported():
    import shibokensupport.feature as feature  # present once PySide6 is imported

    import app.ui
    assert feature._mod_uses_pyside is app.ui._uses_pyside
    assert app.ui.skip_feature_source_scan() is True


def test_ui_state_is_not_rewritten_when_nothing_changed(tmp_path):
    from app.ui.ui_state import UiState

    state = UiState(tmp_path)
    state.set_text("guide/topic", "intro")
    state.set_number("view/zoom", 150)
    state.sync()
    path = tmp_path / "ui-state.ini"
    first = path.stat()

    again = UiState(tmp_path)  # the next start sets the same values again
    again.set_text("guide/topic", "intro")
    again.set_number("view/zoom", 150)
    again.sync()
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    assert again.number("view/zoom") == 150 and again.text("guide/topic") == "intro"

    again.set_number("view/zoom", 175)  # a real change is written (QSettings replaces the file)
    again.sync()
    assert path.stat().st_ino != first.st_ino
    assert UiState(tmp_path).number("view/zoom") == 175
