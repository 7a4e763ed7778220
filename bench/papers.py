"""Papers to take along: how long a PDF takes and how long the window is held still meanwhile.

    cd /work/wt-papers && QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.papers

For the realistic case (12 opinions, bench/realistic_case.py) the comparison sheet and the
300-question list, and a 10,000-question list: wall time from the start of the job to the
PDF written (layout + drawing, through app.ui.paperwork.pdf_job.run_job exactly as the app runs it),
and the longest gap between ticks of a 10 ms timer during the job (the longest stall of the
event loop). Medians of `repeats` runs. Not a test: numbers belong in a report.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path


def _one(paper, folder: Path) -> tuple[float, float, int]:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPdfWriter

    from app.ui.paperwork import pdf_job
    from app.ui.paperwork.print_preview import lay_out

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    start = time.perf_counter()
    ticks.append(start)
    doc = lay_out(None, paper)
    writer = QPdfWriter(str(folder / "bench.pdf"))
    writer.setPageLayout(paper.layout())
    pdf_job.run_job(None, "Writing", pdf_job.draw_pages(doc, writer))
    del writer
    end = time.perf_counter()
    ticks.append(end)
    timer.stop()
    stall = max(b - a for a, b in zip(ticks, ticks[1:]))
    return end - start, stall, doc.pageCount()


def main(repeats: int = 3) -> None:
    from app.model.questions import Question
    from app.store.storage import Database
    from app.ui.application import make_application
    from app.ui.paperwork.papers import comparison_paper, questions_paper
    from app.workspace.core import Workspace
    from bench.realistic_case import store

    make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open_folder(folder / "data")
        ws = Workspace(db)
        case_id = store(db, opinions=12)
        long_id = ws.insert_case(ws.case(case_id).__class__(0, "Long list"),
                                 [Question(0, f"Question number {n}: is there time to wait two weeks?")
                                  for n in range(10_000)])
        cases = (("Comparison sheet, 12 opinions (realistic case)", comparison_paper(ws, case_id)),
                 ("Questions, 300 (realistic case)", questions_paper(ws, case_id)),
                 ("Questions, 10,000", questions_paper(ws, long_id)))
        print("| PDF | pages | median time (s) | median longest stall (ms) |")
        print("|---|---:|---:|---:|")
        for name, paper in cases:
            runs = [_one(paper, folder) for _ in range(repeats)]
            print(f"| {name} | {runs[0][2]} | {statistics.median(r[0] for r in runs):.2f} "
                  f"| {statistics.median(r[1] for r in runs) * 1000:.0f} |", flush=True)
        db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
