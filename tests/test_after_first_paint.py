"""Work that waits until the window is painted waits for the painting, however long opening took.

The prctl that closes the process's memory to other processes of the same user (app.process_hygiene)
loads ctypes (~5 ms), so for a plain data folder it runs a moment after the window is shown. That
moment was once counted from the start of the process: on a slow laptop opening a big case took
longer, and the work landed before the first paint. This starts the real app in its own process
with opening made slow, and looks at what had happened by the first paint, and a little later.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.ui.application import GUARD_DELAY_MS

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, sys, time
import main
from app.ui import application

real_open = application.open_window
def slow_open(*args, **kwargs):  # a slow laptop opening a big case
    time.sleep(2 * application.GUARD_DELAY_MS / 1000)
    return real_open(*args, **kwargs)
application.open_window = slow_open
seen = {}

def report(app, window):
    from PySide6.QtCore import QTimer
    def painted():
        while not (window.windowHandle() and window.windowHandle().isExposed()):
            app.processEvents()
        app.processEvents()
        seen["ctypes loaded at the first paint"] = "ctypes" in sys.modules
        QTimer.singleShot(3 * application.GUARD_DELAY_MS, later)
    def later():
        from app import process_hygiene
        seen["dumpable later"] = process_hygiene.is_dumpable()
        print(json.dumps(seen))
        app.quit()
    QTimer.singleShot(0, painted)

application._quit_once_exposed = report
sys.exit(main.main(["--data-dir", sys.argv[1], "--quit-when-shown"]))
'''


def test_the_memory_is_closed_after_the_first_paint_even_when_opening_is_slow(tmp_path):
    assert GUARD_DELAY_MS > 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ctypes loaded at the first paint"] is False
    if sys.platform.startswith("linux"):
        assert seen["dumpable later"] == 0  # closed, a moment after the paint
