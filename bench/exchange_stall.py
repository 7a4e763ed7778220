"""The longest stall of the window's event loop during File ▸ Export… and File ▸ Import… of
20 cases × 12 full opinions (protected files), with the work on the helper thread.

    cd <repo> && QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.exchange_stall

A 1 ms timer on the window's thread records the gaps between its ticks while each job runs; the
longest gap is how long the window could not paint or answer a key. Printed, never asserted.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.realistic_case import store

CASES, OPINIONS, PASSPHRASE = 20, 12, "a passphrase"


def _run(app, job) -> tuple[float, float, object]:
    """(seconds, longest gap in ms, the job's result)."""
    from PySide6.QtCore import QEventLoop, QTimer
    gaps, last, out = [0.0], [time.perf_counter()], {}
    timer = QTimer(interval=1)

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
    timer.timeout.connect(tick)
    loop = QEventLoop()
    job.finished.connect(lambda result: (out.setdefault("result", result), loop.quit()))
    start = time.perf_counter()
    last[0] = start
    timer.start()
    job.start()
    loop.exec()
    timer.stop()
    result = out["result"]
    if result.error is not None:
        raise result.error
    return time.perf_counter() - start, max(gaps) * 1000, result.value


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.store.storage import Database
    from app.ui.data import exchange_worker
    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.show()
    with tempfile.TemporaryDirectory() as tmp:
        source = Database.open_folder(Path(tmp) / "anna")
        for seed in range(CASES):
            store(source, opinions=OPINIONS, seed=seed + 1)
        target_file = Path(tmp) / "all.socase"
        rows = [("export (gather, scrypt, compress, encrypt, write)",
                 _run(app, exchange_worker.export_job(window, source, None, PASSPHRASE, target_file)))]
        source.close()
        ben = Database.open_folder(Path(tmp) / "ben")
        data = target_file.read_bytes()
        seconds, gap, (payload, found) = _run(app, exchange_worker.read_job(window, ben, data, PASSPHRASE))
        rows.append(("import: open (scrypt, decrypt, unpack) and preview", (seconds, gap, None)))
        from datetime import datetime
        rows.append(("import: backup, then the merge in one transaction",
                     _run(app, exchange_worker.apply_job(window, ben, payload, datetime.now()))))
        ben.close()
    print(f"Event-loop stalls, {CASES} cases × {OPINIONS} full opinions, protected file "
          f"(load {os.getloadavg()[0]:.1f})")
    for name, (seconds, gap, _) in rows:
        print(f"  {name:<55} {seconds:5.2f} s, longest stall {gap:4.0f} ms")
    window.close()


if __name__ == "__main__":
    main()
