"""Editing in the grid with 12 filled opinions: from setData to the grid repainted.

Runs in a child process (its own QApplication, offscreen) and reports medians in ms.
Target: within one frame (16.7 ms at 60 Hz).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import json, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from app.domain import copy_opinion
from app.example_case import example_case
from app.storage import Database
from app.ui import application

app = application.make_application(sys.argv)
folder = Path(sys.argv[1])
case = example_case()
case.opinions = [copy_opinion(case.opinions[n % 2]) for n in range(12)]
db = Database.open_folder(folder)
db.insert_case(case)
db.close()
window, db = application.open_window(folder)
window.resize(1280, 800)
window.show()
app.processEvents()
grid, model = window.workspace_panel.grid, window.workspace_panel.model
assert model.columnCount() == 12
times = []
for n in range(120):
    index = model.index(n % 11 if n % 11 != 3 else 0, n % 12)  # text rows; row 3 is a choice row
    start = time.perf_counter()
    model.setData(index, f"Edited in the grid, round {n}", Qt.ItemDataRole.EditRole)
    app.processEvents()          # dataChanged handled, row fitting (coalesced) done
    grid.viewport().repaint()    # the frame the person sees
    times.append(time.perf_counter() - start)
stored = db.load_case(window.workspace_panel.case_id).opinions[119 % 12].answer(model.row_key(119 % 11)).text
assert stored == "Edited in the grid, round 119", stored
window.close()
db.close()
print(json.dumps({"median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000,
                  "edits": len(times)}))
'''


def measure(folder: Path, env: dict) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"grid benchmark failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])
