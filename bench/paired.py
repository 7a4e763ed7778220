"""Start-up of two (or more) source trees side by side: does a change make start-up faster?

`make bench` gives medians of 11 rounds, and on a shared 2-core machine one round's ratio can
stray by a tenth either way (its report gives the quartiles): a change of 15 ms is lost in that.
Here each round starts the bare window and then every tree once, in turn, on the same data, so
drift in the machine's speed touches them alike; 21 rounds showed a 15 ms change here that
single bench runs could not.

    git worktree add --detach /tmp/before <commit>
    python -m bench.paired 21 /tmp/before .            # 3 cases × 3 opinions
    python -m bench.paired 21 /tmp/before . --realistic  # the realistic case of 12 opinions

Each tree runs with its own bytecode cache, as an installed app would; the data is made once
by this tree's bench.startup, and the same folder is opened by every tree.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.startup import APP, BARE, child_env, prepare_data, prepare_realistic_data


def launch(script: str, cwd: Path, pycache: Path, *args: str) -> float:
    """Seconds from starting the child to its window shown and painted (the parent's clock)."""
    launched = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, env=child_env(pycache),
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"start-up child failed in {cwd}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])["shown_at"] - launched


def main(argv: list[str]) -> int:
    realistic = "--realistic" in argv
    args = [a for a in argv if a != "--realistic"]
    if len(args) < 2 or not args[0].isdigit():
        print(__doc__)
        return 2
    rounds, trees = int(args[0]), [Path(t).resolve() for t in args[1:]]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        (prepare_realistic_data if realistic else prepare_data)(data)
        caches = {tree: Path(tmp) / f"pyc-{n}" for n, tree in enumerate(trees)}
        times: dict[str, list[float]] = {"bare": []} | {str(tree): [] for tree in trees}
        for record in (False,) + (True,) * rounds:  # one unrecorded round fills the caches
            bare = launch(BARE, trees[0], Path(tmp) / "pyc-bare")
            shown = {str(tree): launch(APP, tree, caches[tree], str(data)) for tree in trees}
            if record:
                times["bare"].append(bare)
                for tree, seconds in shown.items():
                    times[tree].append(seconds)
    bare = statistics.median(times["bare"])
    print(f"{rounds} rounds, {'the realistic case' if realistic else '3 cases × 3 opinions'}")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"{name:40s} {median * 1000:7.1f} ms   {median / bare:.3f} × the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
