"""Attached documents: a 50 MB PDF attached through the real Documents page, and 200 MB of them.

    cd <repo> && QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.documents

1. Attaching a 50 MB PDF exactly as a drop does (app.ui.visits.documents_page → app.ui.visits.document_attach): wall
   time from the drop to the document listed, and the longest gap between ticks of a 10 ms timer
   meanwhile (the longest stall of the event loop). Medians of `repeats` runs, each in a fresh folder.
2. 200 MB of documents (four 50 MB PDFs of different content): the data folder's size (the
   database with its -wal, without backups), and the time to make and verify one backup
   (app.store.backup.make_backup, which checks the copy before keeping it).
Not a test: numbers belong in a report.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

MB = 1024 * 1024


def _pdf(path: Path, size: int, seed: int) -> Path:
    block = os.urandom(MB - 64) if seed < 0 else (bytes([seed % 251]) * 64 + os.urandom(MB - 128))
    with open(path, "wb") as f:
        f.write(b"%PDF-1.7\n")
        while f.tell() < size - MB:
            f.write(block)
        f.write(b"\n%%EOF\n".rjust(size - f.tell(), b" "))
    return path


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def attach_once(folder: Path, source: Path) -> tuple[float, float]:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication

    from app.model.domain import Case
    from app.ui.application import open_window
    from app.ui.workspace.workspace_panel import DOCUMENTS_TAB

    window, db = open_window(folder / "data")
    window.workspace_panel.ws.insert_case(Case(0, "Bench"), [])
    window.workspace_panel.show_case(db.list_cases()[0].id)
    window.show()
    page = window.workspace_panel.visit_page(DOCUMENTS_TAB)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    timer.start(10)
    start = time.perf_counter()
    ticks.append(start)
    page.list.dropEvent(drop)
    while page.list.topLevelItemCount() == 0:
        QApplication.processEvents()
        time.sleep(0.001)
    end = time.perf_counter()
    ticks.append(end)
    timer.stop()
    window.close()
    db.close()
    return end - start, max(b - a for a, b in zip(ticks, ticks[1:]))


def main(repeats: int = 3) -> None:
    from app.ui.application import make_application
    make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = _pdf(root / "report-50MB.pdf", 50 * MB, -1)
        runs = []
        for n in range(repeats):
            (root / f"run{n}").mkdir()
            runs.append(attach_once(root / f"run{n}", source))
        print("| measure | value |")
        print("|---|---:|")
        print(f"| attach a 50 MB PDF, median time (s) | {statistics.median(r[0] for r in runs):.2f} |")
        print(f"| attach a 50 MB PDF, median longest event-loop stall (ms) | "
              f"{statistics.median(r[1] for r in runs) * 1000:.0f} |", flush=True)

        from datetime import datetime

        from app.model.documents import Document
        from app.model.domain import Case
        from app.store import backup
        from app.store import documents as store
        from app.store.kinds import DOCUMENT_KIND
        from app.store.storage import Database
        db = Database.open_folder(root / "big")
        case_id = db.insert_case(Case(0, "Bench"))
        for n in range(4):
            path = _pdf(root / f"doc{n}.pdf", 50 * MB, n)
            sha, size = store.hash_file(path)
            conn = store.open_writer(db.path, None)
            store.store_file(conn, path, sha, size)
            conn.close()
            db.insert_record(DOCUMENT_KIND, case_id, Document(0, path.name, "2026-03-10T09:30", str(size), sha, "pdf"))
            path.unlink()
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"| data folder with 200 MB of documents (MB) | {_folder_size(root / 'big') / MB:.1f} |")
        start = time.perf_counter()
        info = backup.make_backup(db.conn, backup.backup_folder(root / "big"), datetime.now())
        took = time.perf_counter() - start
        print(f"| make and verify a backup of it (s) | {took:.2f} |")
        print(f"| that backup's size (MB) | {info.path.stat().st_size / MB:.1f} |")
        start = time.perf_counter()
        db.close()
        Database.open_folder(root / "big").close()
        print(f"| open that data folder again (checks included) (s) | {time.perf_counter() - start:.2f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
