"""The grid with real amounts of text: editing (setData to repainted), saving while the grid
is hidden, and switching between cases (time and memory).

Each measurement runs in a child process (its own QApplication, offscreen) and reports medians
in ms. Cases: bench/realistic_case.py (12 or 24 opinions, ~2 KB per aspect, 10 readings and 10
guidelines each, own rows, 300 questions), or the example case copied to 12 opinions.
Target for an edit: within one frame (16.7 ms at 60 Hz).
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
from app.model.domain import copy_opinion
from app.workspace.edits import set_value
from app.workspace.example_case import example_case
from app.store.storage import Database
from app.ui import application
from app.ui.workspace.comparison_model import KIND_ROLE
from app.model.aspects import TEXT, PLAN
from bench import realistic_case

folder, kind, opinions, mode = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
cases = int(sys.argv[5]) if len(sys.argv) > 5 else 1


def rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


app = application.make_application(sys.argv[:1])
db = Database.open_folder(folder)
for n in range(cases):
    if kind == "realistic":
        realistic_case.store(db, opinions, seed=n + 1)
    else:
        case = example_case()
        case.opinions = [copy_opinion(case.opinions[n % 2]) for n in range(opinions)]
        db.insert_case(case)
db.close()
window, db = application.open_window(folder)
window.resize(1280, 800)
window.show()
app.processEvents()
panel = window.workspace_panel
grid, model = panel.grid, panel.model
assert model.columnCount() == opinions, model.columnCount()
text_rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(KIND_ROLE) in (TEXT, PLAN)]
times, out = [], {}
if mode == "edit":
    for n in range(120):
        row, col = text_rows[n % len(text_rows)], n % opinions
        start = time.perf_counter()
        model.setData(model.index(row, col), f"Edited in the grid, round {n}", Qt.ItemDataRole.EditRole)
        app.processEvents()          # dataChanged handled, row fitting (coalesced) done
        grid.viewport().repaint()    # the frame the person sees
        times.append(time.perf_counter() - start)
    stored = db.load_case(panel.case_id).opinions[col].answer(model.row_key(row)).text
    assert stored == "Edited in the grid, round 119", stored
elif mode == "mark":                 # marking a row (Row actions ▸ Differ…): stored, hinted, repainted
    from app.model.marks import MARKS
    from app.workspace.marking import mark_row
    for n in range(120):
        row, mark = n % model.rowCount(), MARKS[n % len(MARKS)]
        start = time.perf_counter()
        edit = mark_row(panel.ws, panel.case_id, model.row_key(row), mark, "Mark row")
        if edit is not None:
            panel.history.apply(edit)
        app.processEvents()
        grid.viewport().repaint()
        times.append(time.perf_counter() - start)
    from app.store.kinds import MARK_KIND
    assert model.row_mark(row) == mark, (model.row_mark(row), mark)  # what the grid shows
    stored = {m.row_key: m.mark for m in db.load_records(MARK_KIND, panel.case_id)}
    assert stored[model.row_key(row)] == mark, stored  # and what is stored
elif mode == "hidden":               # a save from the One opinion editor, the grid's tab hidden
    panel.show_tab(1)
    app.processEvents()
    assert not grid.isVisible()
    for n in range(120):
        row, col = text_rows[n % len(text_rows)], n % opinions
        target = ("answer", panel.case_id, model.opinion_id(col), model.row_key(row), "text")
        start = time.perf_counter()
        panel.history.apply(set_value(panel.ws, target, f"Typed in the editor, round {n}"))
        app.processEvents()
        times.append(time.perf_counter() - start)
elif mode == "switch":               # case switches: time each, and memory over all of them
    ids = [s.id for s in panel.ws.case_summaries()]
    rss = []
    for n in range(600):
        start = time.perf_counter()
        panel.show_case(ids[(n + 1) % len(ids)])
        app.processEvents()
        grid.viewport().repaint()
        times.append(time.perf_counter() - start)
        if n in (len(ids) - 1, 99, 599):
            rss.append(rss_mib())
    out = {"rss_first_round_mib": rss[0], "rss_100_mib": rss[1], "rss_end_mib": rss[2],
           "cases": len(ids), "cached": len(panel.ws._cases)}
window.close()
db.close()
print(json.dumps(out | {"median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000,
                        "edits": len(times)}))
'''


def run(folder: Path, env: dict, kind: str = "realistic", opinions: int = 12, mode: str = "edit",
        cases: int = 1, root: Path = ROOT) -> dict:
    """One child run in a fresh data folder `folder`; `root` is the source tree to run (the
    working tree, or an older copy to compare against)."""
    env = dict(env, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), kind, str(opinions), mode, str(cases)],
                          cwd=root, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"grid benchmark failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(folder: Path, env: dict) -> dict:
    """Every grid measurement the bench table shows, each in a fresh folder."""
    plans = {"edit12": ("realistic", 12, "edit", 1), "edit24": ("realistic", 24, "edit", 1),
             "example12": ("example", 12, "edit", 1), "hidden12": ("realistic", 12, "hidden", 1),
             "mark12": ("realistic", 12, "mark", 1), "switch": ("realistic", 12, "switch", 30)}
    return {name: run(folder / name, env, *plan) for name, plan in plans.items()}
