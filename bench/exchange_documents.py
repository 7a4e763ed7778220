"""Export and import of a case with 50 MB of attached documents: time and peak memory.

    cd <repo> && .venv/bin/python -m bench.exchange_documents

Protected and plain, each step runs in a process of its own, so its peak resident size (ru_maxrss) is its own;
tracemalloc's peak counts what Python itself allocated during the step (the bytes held at once).
The file is protected with the app's own scrypt settings (about half a second of it is scrypt).
Documents: five PDFs of 10 MB of random bytes (random: nothing compresses, the worst case).
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from app.store.datadir import DB_NAME

DOCS, DOC_BYTES = 5, 10 * 1024 * 1024
PASSPHRASE = "bench passphrase"


def _step(kind: str, folder: Path, file: Path, passphrase: str | None) -> None:
    from app.model.documents import Document
    from app.model.domain import Case
    from app.store import documents as store
    from app.store import exchange_format as fmt
    from app.store.kinds import DOCUMENT_KIND
    from app.store.storage import Database
    from app.workspace import merge
    from app.workspace.exchange_bundle import write_export
    if kind == "make":
        db = Database.open_folder(folder)
        case_id = db.insert_case(Case(0, "Bench case"))
        for i in range(DOCS):
            path = folder.parent / f"doc{i}.pdf"
            path.write_bytes(b"%PDF-1.4\n" + os.urandom(DOC_BYTES - 9))
            sha, size = store.hash_file(path)
            writer = store.open_writer(db.path, None)
            store.store_file(writer, path, sha, size)
            writer.close()
            db.insert_record(DOCUMENT_KIND, case_id, Document(0, path.name, "2026-11-26T10:00", str(size), sha,
                                                              "pdf", "case"))
            path.unlink()
        db.close()
        return
    db = Database.open_folder(folder)
    tracemalloc.start()
    start = time.perf_counter()
    if kind == "export":
        write_export(db, db.list_cases()[0].id, file, passphrase)
    else:
        payload = fmt.unpack(file, passphrase)
        merge.preview(db, payload)
        merge.apply(db, payload)
    took = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    db.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{kind:7} {'protected' if passphrase else 'plain':9} {took:6.2f} s   "
          f"tracemalloc peak {peak / 2 ** 20:6.1f} MiB   process peak RSS {rss:6.1f} MiB")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        file = tmp_path / "bench.socase"
        for kind, folder, secret in (("make", "a", ""), ("export", "a", PASSPHRASE), ("import", "b", PASSPHRASE),
                                     ("export", "a", ""), ("import", "c", "")):
            subprocess.run([sys.executable, "-m", "bench.exchange_documents", kind, str(tmp_path / folder),
                            str(file), secret], check=True)
        print(f"documents: {DOCS} × {DOC_BYTES / 2 ** 20:.0f} MiB; file {file.stat().st_size / 2 ** 20:.1f} MiB; "
              f"imported data file {(tmp_path / 'c' / DB_NAME).stat().st_size / 2 ** 20:.1f} MiB")


if __name__ == "__main__":
    if len(sys.argv) == 5:
        _step(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4] or None)
    else:
        main()
