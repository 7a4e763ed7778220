"""Start-up of two (or more) source trees side by side: does a change make start-up faster?

`make bench` gives medians of 11 rounds, and on a shared 2-core machine one round's ratio can
stray by a tenth either way (its report gives the quartiles): a change of 15 ms is lost in that.
Here each round starts the bare window and then every tree once, on the same data, starting
with another tree each round, so drift in the machine's speed touches them alike; besides the
medians it gives each round's own difference from the first tree (median, quartiles, and how
many rounds were faster). Two runs of 21 rounds on the same pair of trees differed by up to
28 ms in their medians here, so read the per-round differences and repeat before believing a
change of 10–15 ms.

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
        for n, record in enumerate((False,) + (True,) * rounds):  # one unrecorded round fills the caches
            bare = launch(BARE, trees[0], Path(tmp) / "pyc-bare")
            # each round starts with another tree: a tree that always ran first (or last) could
            # be favoured by where it falls in the machine's rhythm, not by its code
            order = trees[n % len(trees):] + trees[:n % len(trees)]
            shown = {str(tree): launch(APP, tree, caches[tree], str(data)) for tree in order}
            if record:
                times["bare"].append(bare)
                for tree, seconds in shown.items():
                    times[tree].append(seconds)
    bare = statistics.median(times["bare"])
    print(f"{rounds} rounds, {'the realistic case' if realistic else '3 cases × 3 opinions'}")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"{name:40s} {median * 1000:7.1f} ms   {median / bare:.3f} × the bare window")
    first = str(trees[0])
    for tree in trees[1:]:  # the same round's difference, so drift in the machine's speed cancels
        diffs = [(b - a) * 1000 for a, b in zip(times[first], times[str(tree)])]
        low, middle, high = statistics.quantiles(diffs, n=4)
        print(f"{str(tree)} − {first}: median of each round's difference {middle:+.1f} ms "
              f"(quartiles {low:+.1f} … {high:+.1f}; {sum(d < 0 for d in diffs)} of {len(diffs)} rounds faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
