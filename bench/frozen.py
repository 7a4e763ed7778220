"""The frozen (PyInstaller) app against the unfrozen one: whole-process start-up to shown.

Both run the real entry point with --quit-when-shown on the same prepared data, in
alternating runs; the frozen build must exist (make package) or this is skipped.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "second-opinion-companion" / "second-opinion-companion"


def _wall(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}):\n{done.stderr}")
    return wall


def measure(data_dir: Path, env: dict, repeats: int = 7) -> dict | None:
    if not FROZEN.exists():
        return None
    unfrozen = [sys.executable, "main.py", "--data-dir", str(data_dir), "--quit-when-shown"]
    frozen = [str(FROZEN), "--data-dir", str(data_dir), "--quit-when-shown"]
    _wall(unfrozen, env), _wall(frozen, env)  # warm-up pair (also fills the bytecode cache)
    runs: dict[str, list[float]] = {"unfrozen": [], "frozen": []}
    for _ in range(repeats):
        runs["unfrozen"].append(_wall(unfrozen, env))
        runs["frozen"].append(_wall(frozen, env))
    return {kind: statistics.median(times) for kind, times in runs.items()} | {"repeats": repeats}
