"""Start-up: time to the window shown, and peak memory, the real app against a bare PySide6 window.

Each measurement runs in its own process, which reports its own peak RSS
(RUSAGE_SELF; RUSAGE_CHILDREN in the parent would be a running maximum over all
children), its in-process time from the top of its script to the window being
exposed and painted, and the system's monotonic clock at that moment. The parent
reads the same clock just before starting the child, so launch → shown covers the
interpreter's own start-up too but not the process closing down; it also times the
whole process around subprocess.run. Runs alternate
bare, app, bare, app… so drift in the machine's load affects both alike. Bytecode is
cached (in a temporary prefix) as it is for an installed app; one extra series shows the
app compiling itself from source at every start, as it does under
PYTHONDONTWRITEBYTECODE=1.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = Path(__file__).resolve().parent / "laptop-screen.json"  # offscreen's own is 800 × 800

# Both children end the same way: wait (bounded) for the window to be exposed, report, quit.
_REPORT = r'''
deadline = time.perf_counter() + 10
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
    if time.perf_counter() > deadline:
        raise SystemExit("the window was never exposed")
app.processEvents()
shown = time.perf_counter() - T0
shown_at = time.clock_gettime(time.CLOCK_MONOTONIC)  # the parent's clock too: launch → shown
'''

BARE = r'''
import time
T0 = time.perf_counter()
import json, resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
''' + _REPORT + r'''
window.close()
app.quit()
print(json.dumps({"shown_s": shown, "shown_at": shown_at,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
'''

APP = r'''
import time
T0 = time.perf_counter()
import json, resource, sys
import main  # the real entry point, start to finish: main.main() and application.run()
seen = {}

def report_when_shown(app, window):  # instead of run()'s --quit-when-shown hook
    from PySide6.QtCore import QTimer
    def check():  # as the bare window's script: wait (bounded) for the window to be exposed
        deadline = time.perf_counter() + 10
        while not (window.windowHandle() and window.windowHandle().isExposed()):
            app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("the window was never exposed")
        app.processEvents()
        seen["shown_s"] = time.perf_counter() - T0
        seen["shown_at"] = time.clock_gettime(time.CLOCK_MONOTONIC)
        panel = window.workspace_panel
        seen.update(cases=len(panel.ws.case_summaries()), opinions_shown=panel.model.columnCount(),
                    size=[window.width(), window.height()])
        QTimer.singleShot(0, app.quit)
    QTimer.singleShot(0, check)

# the hook goes in where main() loads the window's code, after it has begun the data check
# (app.store.early_check): imported before main() runs, the window's code would load before
# the check began, which is not how the app starts
begin_data_check = getattr(main, "begin_data_check", None)
def begin_then_hook(data_dir):
    early = begin_data_check(data_dir)
    from app.ui import application
    application._quit_once_exposed = report_when_shown
    return early
if begin_data_check is not None:
    main.begin_data_check = begin_then_hook
else:  # a tree from before the early check (bench.paired compares trees)
    from app.ui import application
    application._quit_once_exposed = report_when_shown
code = main.main(["--data-dir", sys.argv[1], "--quit-when-shown"])
if code != 0 or "shown_s" not in seen:
    raise SystemExit(f"the app did not start: {code}")
print(json.dumps(seen | {"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
'''


def prepare_data(folder: Path) -> Path:
    """A realistic data set, made with the core API: 3 cases, each with 3 filled opinions."""
    from app.model.domain import Answer, copy_opinion
    from app.model.records import replace
    from app.store.storage import Database
    from app.workspace.example_case import example_case

    db = Database.open_folder(folder)
    try:
        for n in range(3):
            case = example_case()
            case.title = f"Example {n + 1} — benchmark case"
            third = copy_opinion(case.opinions[0])
            third.label, third.doctor, third.institution = "Third opinion", "Dr. Lindqvist", "Regional Clinic"
            third.answers = {key: replace(a, text=f"Third doctor's view: {a.text}") if a.text else a
                             for key, a in third.answers.items()}
            third.answers["unclear"] = Answer(text="Whether radiation can be shortened.")
            case.opinions.append(third)
            db.insert_case(case)
    finally:
        db.close()
    return folder


def prepare_realistic_data(folder: Path) -> Path:
    """One case as full as real ones get (bench/realistic_case.py: 12 opinions, ~2 KB per aspect,
    10 readings and 10 guidelines each, own rows, 300 questions), shown at start."""
    from app.store.storage import Database
    from bench import realistic_case

    db = Database.open_folder(folder)
    try:
        realistic_case.store(db, 12)
    finally:
        db.close()
    return folder


def child_env(pycache: Path | None) -> dict:
    """The children's environment: offscreen, and bytecode cached in `pycache` as an installed
    app would have it (a prefix, so nothing is written into the source tree). With None,
    every app module is compiled from source at each start (PYTHONDONTWRITEBYTECODE=1)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform == "offscreen":  # a laptop-sized screen, so the app opens at its usual 1280 × 800
        platform = f"offscreen:configfile={SCREEN}"
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _run(script: str, *args: str, env: dict) -> dict:
    launched_at = time.clock_gettime(time.CLOCK_MONOTONIC)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"start-up child failed ({done.returncode}):\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    result["launch_s"] = result.pop("shown_at") - launched_at
    return result


def measure(data_dir: Path, pycache: Path, repeats: int = 11) -> dict:
    """Medians over `repeats` alternating runs (after one unrecorded warm-up pair, which also
    fills the bytecode cache); then the app once more per run without a bytecode cache."""
    prepare_data(data_dir)
    real_dir = prepare_realistic_data(data_dir.with_name(data_dir.name + "-realistic"))
    cached, uncached = child_env(pycache), child_env(None)
    _run(BARE, env=cached)
    _run(APP, str(data_dir), env=cached)
    _run(APP, str(real_dir), env=cached)
    runs: dict[str, list[dict]] = {"bare": [], "app": [], "app_real": [], "app_no_pyc": []}
    for _ in range(repeats):
        runs["bare"].append(_run(BARE, env=cached))
        runs["app"].append(_run(APP, str(data_dir), env=cached))
        runs["app_real"].append(_run(APP, str(real_dir), env=cached))
        runs["app_no_pyc"].append(_run(APP, str(data_dir), env=uncached))
    app_last = runs["app"][-1]
    if app_last["cases"] != 3 or app_last["opinions_shown"] != 3:
        raise RuntimeError(f"the app did not show the prepared data: {app_last}")
    if runs["app_real"][-1]["opinions_shown"] != 12:
        raise RuntimeError(f"the app did not show the realistic case: {runs['app_real'][-1]}")
    for kind in ("app", "app_real"):
        if runs[kind][-1]["size"] != [1280, 800]:
            raise RuntimeError(f"the {kind} window was not shown at 1280 × 800: {runs[kind][-1]['size']}")

    def median(kind, key):
        return statistics.median(r[key] for r in runs[kind])

    def spread(kind):
        """Quartiles of each round's own ratio (this app start over the bare start just before
        it): how far one round's ratio strays on this machine, so how small a change the medians
        can tell apart from noise."""
        ratios = [a["launch_s"] / b["launch_s"] for a, b in zip(runs[kind], runs["bare"])]
        return statistics.quantiles(ratios, n=4)

    return {
        kind: {"wall_s": median(kind, "wall_s"), "shown_s": median(kind, "shown_s"),
               "launch_s": median(kind, "launch_s"),
               "peak_mib": median(kind, "maxrss_kib") / 1024}
        for kind in runs
    } | {"repeats": repeats, "spread": {kind: spread(kind) for kind in ("app", "app_real")}}
