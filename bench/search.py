"""Guide search per keystroke, and what the guide costs at start-up.

Search runs on every keystroke, so each prefix of a few realistic queries is timed
against the whole guide and glossary. The first search also builds the index and is
reported on its own. The start-up cost (import, Guide(), rendering the first topic to
Markdown) is measured in fresh processes so imports and file reads are included.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("second", "biopsy", "insurance", "nccn category", "records")

GUIDE_STARTUP = r'''
import time
T0 = time.perf_counter()
from app.guide.content import Guide
from app.guide.render import topic_markdown
guide = Guide()
markdown = topic_markdown(guide, guide.topic_ids()[0])
elapsed = time.perf_counter() - T0
assert markdown.strip()
print(elapsed)
'''


def keystroke_queries() -> list[str]:
    """Every prefix of every word, as typed: "s", "se", "sec", …, "nccn c", …"""
    return [word[:n] for word in WORDS for n in range(1, len(word) + 1)]


def measure(env: dict, rounds: int = 20, fresh: int = 5) -> dict:
    from app.guide.content import Guide
    from app.guide.render import topic_markdown
    from app.guide.search import GuideSearch

    first = []
    for _ in range(fresh):
        search = GuideSearch(Guide())
        start = time.perf_counter()
        search.search("se")  # the first query of two letters builds the index
        first.append(time.perf_counter() - start)

    search = GuideSearch(Guide())
    search.search("warm up")
    times, hits = [], {}
    for _ in range(rounds):
        for query in keystroke_queries():
            start = time.perf_counter()
            found = search.search(query)
            times.append(time.perf_counter() - start)
            hits[query] = len(found)
    if not hits["second"] or not hits["biopsy"]:
        raise RuntimeError(f"guide search finds nothing: {hits}")

    cold = []
    for _ in range(fresh):
        done = subprocess.run([sys.executable, "-c", GUIDE_STARTUP], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60, check=True)
        cold.append(float(done.stdout.strip()))
    guide = Guide()
    start = time.perf_counter()
    topic_markdown(Guide(), guide.topic_ids()[0])
    warm = time.perf_counter() - start

    return {
        "first_ms": statistics.median(first) * 1000,
        "keystroke_median_ms": statistics.median(times) * 1000,
        "keystroke_max_ms": max(times) * 1000,
        "queries": len(keystroke_queries()),
        "searches": len(times),
        "guide_cold_ms": statistics.median(cold) * 1000,
        "guide_warm_ms": warm * 1000,
        "hits": hits,
    }
