"""The real app begins checking its data folder while its window's code loads (app.store.early_check),
and reads it again when the files changed in between. Started as a person starts it (main.main)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.domain import Case
from app.store.storage import Database

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sqlite3, sys
import main
from app.store import data_check
from app.store.datadir import DB_NAME
checks = []
real_check = data_check.check_folder
def counted(folder):
    checks.append(str(folder))
    return real_check(folder)
data_check.check_folder = counted
seen = {}
begin = main.begin_data_check
def begin_then_hook(data_dir):
    early = begin(data_dir)
    if sys.argv[2] == "changed":  # another app of ours still saving as it closed
        early._thread.join()
        conn = sqlite3.connect(data_dir / DB_NAME)
        conn.execute("UPDATE case_file SET title = 'Dad'")
        conn.commit()
        conn.close()
    from app.ui import application
    def report(app, window):
        from PySide6.QtCore import QTimer
        def check():
            while not (window.windowHandle() and window.windowHandle().isExposed()):
                app.processEvents()
            panel = window.workspace_panel
            seen["title"] = panel.ws.case(panel.case_id).title
            QTimer.singleShot(0, app.quit)
        QTimer.singleShot(0, check)
    application._quit_once_exposed = report
    return early
main.begin_data_check = begin_then_hook
code = main.main(["--data-dir", sys.argv[1], "--quit-when-shown"])
print(json.dumps(seen | {"code": code, "checks": len(checks)}))
'''


def start(folder: Path, how: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), how], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_folder_is_read_once_at_start_and_again_when_it_changed_meanwhile(tmp_path):
    db = Database.open_folder(tmp_path)
    db.insert_case(Case(0, "Mum"))
    db.close()
    assert start(tmp_path, "as it is") == {"title": "Mum", "code": 0, "checks": 1}
    assert start(tmp_path, "changed") == {"title": "Dad", "code": 0, "checks": 2}


def test_the_usual_folder_worked_out_without_qt_is_where_qt_keeps_the_data(monkeypatch, tmp_path):
    import main
    from app.store.datadir import APP_DIR_NAME
    from app.ui.data_folder import standard_data_dir
    if not sys.platform.startswith("linux"):
        assert main.usual_data_folder() is None  # elsewhere Qt is asked (it loads QtCore)
        pytest.skip("worked out without Qt only on Linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert main.usual_data_folder() == standard_data_dir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert main.usual_data_folder() == standard_data_dir() == tmp_path / "xdg" / APP_DIR_NAME
    monkeypatch.setenv("XDG_DATA_HOME", "not/absolute")  # ignored by Qt, and so here
    assert main.usual_data_folder() == standard_data_dir()


def test_without_a_home_folder_qt_is_asked(monkeypatch):
    import main
    if not sys.platform.startswith("linux"):
        pytest.skip("worked out without Qt only on Linux")

    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert main.usual_data_folder() is None
