"""Run every benchmark, print one table, and write it to bench/results/latest.md.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench

No number here is asserted by the tests: timings belong in a report, not a pass/fail.
"""
from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench import frozen, grid, search, startup

RESULTS = Path(__file__).resolve().parent / "results" / "latest.md"
TIME_RATIO_TARGETS = (1.5, 2.0)        # issue 4, issue 2
MEMORY_HEADROOM_MIB = 40.0
EDIT_TARGET_MS = 5.0
SEARCH_TARGET_MS = 10.0
FRAME_MS = 1000 / 60
GRID24_TARGET_MS = 25.0
REAL_START_TARGET = 1.8
FROZEN_TARGET = 1.1
TEXT_ROWS = ("diagnosis", "stage", "plan", "rationale", "further_tests", "usual_advice", "trials",
             "start_by", "benefits_risks", "unclear", "my_notes")


def measure_editing(folder: Path, edits: int = 300) -> dict:
    """Median cost of one answer edit through Workspace.set, committed to SQLite, 12 opinions."""
    from app.model.domain import copy_opinion
    from app.store.storage import Database
    from app.workspace.core import Workspace
    from app.workspace.example_case import example_case

    case = example_case()
    filled = case.opinions
    case.opinions = []
    for n in range(12):
        op = copy_opinion(filled[n % 2])
        op.label = f"Opinion {n + 1}"
        case.opinions.append(op)
    db = Database.open_folder(folder)
    ws = Workspace(db)
    case_id = ws.insert_case(case, [])
    op_ids = [op.id for op in ws.case(case_id).opinions]
    times = []
    for n in range(edits):
        target = ("answer", case_id, op_ids[n % len(op_ids)], TEXT_ROWS[n % len(TEXT_ROWS)], "text")
        start = time.perf_counter()
        ws.set(target, f"Typed text, edit {n}")
        times.append(time.perf_counter() - start)
    db.close()
    reopened = Database.open_folder(folder)
    stored = reopened.load_case(case_id).opinion(target[2]).answer(target[3]).text
    reopened.close()
    if stored != f"Typed text, edit {edits - 1}":
        raise RuntimeError(f"the last edit was not stored: {stored!r}")
    ordered = sorted(times)
    return {"median_ms": statistics.median(times) * 1000, "p90_ms": ordered[int(0.9 * len(ordered))] * 1000,
            "max_ms": ordered[-1] * 1000, "edits": edits, "opinions": len(op_ids)}


def _met(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def table(up: dict, edit: dict, found: dict, drawn: dict, freeze: dict | None) -> str:
    bare, app, nopyc, real = up["bare"], up["app"], up["app_no_pyc"], up["app_real"]
    real_ratio = real["launch_s"] / bare["launch_s"]
    time_ratio = app["wall_s"] / bare["wall_s"]
    launch_ratio = app["launch_s"] / bare["launch_s"]
    shown_ratio = app["shown_s"] / bare["shown_s"]
    mem_ratio = app["peak_mib"] / bare["peak_mib"]
    extra_mib = app["peak_mib"] - bare["peak_mib"]
    strict, loose = TIME_RATIO_TARGETS
    lines = [
        f"# Benchmarks — {datetime.now().isoformat(timespec='seconds')}",
        "",
        f"Python {platform.python_version()}, PySide6 {_pyside_version()}, {platform.platform()}, "
        f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}. "
        f"Start-up: medians of {up['repeats']} alternating runs (bare, app, …) after a warm-up pair; "
        "the app opens 3 cases × 3 filled opinions in a 1280 × 800 window on a 1920 × 1080 offscreen screen "
        "(bench/laptop-screen.json); the realistic row opens one case of 12 opinions with ~2 KB per aspect, "
        "10 readings and 10 guidelines each, 3 own rows and 300 questions (bench/realistic_case.py). "
        "Bytecode cached as for an installed app.",
        "",
        "## Start-up against a bare PySide6 window",
        "",
        "| Measure | Bare PySide6 | App | App / bare | Target | Met |",
        "|---|---:|---:|---:|---|---|",
        f"| Launch → window shown and painted (s): process start to first paint, on the parent's clock "
        f"| {bare['launch_s']:.3f} | {app['launch_s']:.3f} | {launch_ratio:.2f} "
        f"| ≤ {strict} (issue 4) / ≤ {loose} (issue 2) "
        f"| {_met(launch_ratio <= strict)} / {_met(launch_ratio <= loose)} |",
        f"| Launch → shown, realistic case (12 opinions × ~2 KB per aspect) "
        f"| {bare['launch_s']:.3f} | {real['launch_s']:.3f} | {real_ratio:.2f} | ≤ {REAL_START_TARGET} (issue 10) "
        f"| {_met(real_ratio <= REAL_START_TARGET)} |",
        f"| Whole process, wall time (s): the same plus closing down "
        f"| {bare['wall_s']:.3f} | {app['wall_s']:.3f} | {time_ratio:.2f} "
        f"| ≤ {strict} (issue 4) / ≤ {loose} (issue 2) "
        f"| {_met(time_ratio <= strict)} / {_met(time_ratio <= loose)} |",
        f"| Same, app compiled from source at each start (PYTHONDONTWRITEBYTECODE=1), wall (s) "
        f"| | {nopyc['wall_s']:.3f} | {nopyc['wall_s'] / bare['wall_s']:.2f} | (for comparison) | |",
        f"| Each round's own ratio, quartiles (app start ÷ the bare start just before it): the noise "
        f"| | | {up['spread']['app'][0]:.2f} – {up['spread']['app'][2]:.2f}; realistic "
        f"{up['spread']['app_real'][0]:.2f} – {up['spread']['app_real'][2]:.2f} | (how far a round strays) | |",
        f"| In-process, script start → window shown (s) | {bare['shown_s']:.3f} | {app['shown_s']:.3f} "
        f"| {shown_ratio:.2f} | (secondary) | |",
        f"| Peak memory, RSS (MiB) | {bare['peak_mib']:.1f} | {app['peak_mib']:.1f} | {mem_ratio:.2f} "
        f"| ≤ bare + {MEMORY_HEADROOM_MIB:.0f} = {bare['peak_mib'] + MEMORY_HEADROOM_MIB:.1f} "
        f"| {_met(extra_mib <= MEMORY_HEADROOM_MIB)} |",
        f"| App peak − bare peak (MiB) | | {extra_mib:.1f} | | ≤ {MEMORY_HEADROOM_MIB:.0f} "
        f"| {_met(extra_mib <= MEMORY_HEADROOM_MIB)} |",
        "",
        "## Per-action costs (absolute: they are paid per edit or per keystroke, not once)",
        "",
        "| Measure | Median (ms) | Max (ms) | Target | Met |",
        "|---|---:|---:|---|---|",
        f"| Workspace.set, one answer edit committed to SQLite ({edit['opinions']} opinions, "
        f"{edit['edits']} edits; p90 {edit['p90_ms']:.2f} ms) | {edit['median_ms']:.2f} | {edit['max_ms']:.2f} "
        f"| median < {EDIT_TARGET_MS:.0f} | {_met(edit['median_ms'] < EDIT_TARGET_MS)} |",
        f"| Guide search per keystroke ({found['queries']} prefixes × {found['searches'] // found['queries']} "
        f"rounds, guide + glossary) | {found['keystroke_median_ms']:.3f} | {found['keystroke_max_ms']:.3f} "
        f"| < {SEARCH_TARGET_MS:.0f} | {_met(found['keystroke_max_ms'] < SEARCH_TARGET_MS)} |",
        f"| First search, including building the index | {found['first_ms']:.2f} | | < {SEARCH_TARGET_MS:.0f} "
        f"| {_met(found['first_ms'] < SEARCH_TARGET_MS)} |",
        f"| Guide at start-up: import + Guide() + first topic to Markdown (fresh process) "
        f"| {found['guide_cold_ms']:.2f} | | (part of start-up) | |",
        f"| Guide() + first topic to Markdown (modules already loaded) | {found['guide_warm_ms']:.2f} | | | |",
        *_grid_lines(drawn),
        "",
        *_frozen_lines(freeze),
        "One-letter queries (\"s\") return at once by design: search starts at two letters.",
        "",
    ]
    return "\n".join(lines)


def _grid_lines(drawn: dict) -> list[str]:
    rows = []
    for key, label, target in (
            ("edit12", "Grid edit, realistic case, 12 opinions: setData → saved → repainted", FRAME_MS),
            ("edit24", "Grid edit, realistic case, 24 opinions: setData → saved → repainted", GRID24_TARGET_MS),
            ("example12", "Grid edit, example case copied to 12 opinions", FRAME_MS),
            ("hidden12", "A save in the One opinion editor, grid hidden (realistic, 12 opinions)", FRAME_MS),
            ("mark12", "Marking a row (Agree / Differ / …), stored and repainted (realistic, 12 opinions)", FRAME_MS),
            ("switch", "Case switch, shown and painted (realistic cases of 12 opinions)", None)):
        d = drawn[key]
        note = f" ({d['edits']} runs)"
        if key == "switch":
            note = (f" ({d['edits']} switches among {d['cases']} cases; RSS {d['rss_first_round_mib']:.1f} MiB "
                    f"after the first round, {d['rss_100_mib']:.1f} after 100, {d['rss_end_mib']:.1f} at the end; "
                    f"{d['cached']} cases left in memory)")
        goal = "" if target is None else f"median < {target:.1f}"
        met = "" if target is None else _met(d["median_ms"] < target)
        rows.append(f"| {label}{note} | {d['median_ms']:.2f} | {d['max_ms']:.2f} | {goal} | {met} |")
    return rows


def _frozen_lines(freeze: dict | None) -> list[str]:
    if freeze is None:
        return ["Frozen app: not measured (no dist/ build; run `make package` first).", ""]
    ratio = freeze["frozen"] / freeze["unfrozen"]
    return [
        "## Frozen app against the unfrozen app (`main.py --quit-when-shown`, same data)",
        "",
        "| Measure | Unfrozen | Frozen | Frozen / unfrozen | Target | Met |",
        "|---|---:|---:|---:|---|---|",
        f"| Whole process, wall time (s), median of {freeze['repeats']} | {freeze['unfrozen']:.3f} "
        f"| {freeze['frozen']:.3f} | {ratio:.2f} | ≤ {FROZEN_TARGET} | {_met(ratio <= FROZEN_TARGET)} |",
        "",
    ]


def _pyside_version() -> str:
    try:
        from importlib.metadata import version
        return version("PySide6-Essentials")
    except Exception:  # noqa: BLE001 - only a label in the report
        return "?"


def main() -> int:
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="soc-bench-") as tmp:
        print("start-up (7 alternating runs of each)…", file=sys.stderr)
        pycache = Path(tmp) / "pycache"
        up = startup.measure(Path(tmp) / "startup-data", pycache)
        print("editing…", file=sys.stderr)
        edit = measure_editing(Path(tmp) / "editing-data")
        print("guide search…", file=sys.stderr)
        found = search.measure(startup.child_env(pycache))
        print("grid editing and case switches (realistic cases)…", file=sys.stderr)
        drawn = grid.measure(Path(tmp) / "grid-data", startup.child_env(pycache))
        print("frozen app…", file=sys.stderr)
        freeze = frozen.measure(Path(tmp) / "startup-data", startup.child_env(pycache))
    elapsed = time.perf_counter() - started
    report = table(up, edit, found, drawn, freeze) + f"\n_Whole benchmark run: {elapsed:.1f} s._\n"
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(f"written to {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
