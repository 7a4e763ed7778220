"""A checkpoint stopped part-way (a crash, `kill -9` or power lost while SQLite copies the latest
changes from the -wal into the data file) is not damage.

The checkpoint writes the first page, which records the file's new size, before the pages after
it; stopped in between, the file is shorter than its first page says, but every page it lacks is
still in the -wal and SQLite reads it from there. The start-up check used to call that file "cut
short" and set it aside (seen once in the crash-backup harness, lane 0 cycle 6). These tests make
that state on disk with real files and start the real app on it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.store import data_check
from app.store.datadir import DB_NAME
from app.store.storage import Database
from app.workspace.example_case import example_case

ROOT = Path(__file__).resolve().parents[1]
PAGE = 4096


def interrupted_checkpoint(tmp_path: Path) -> tuple[Path, list[str]]:
    """A data folder as a checkpoint stopped half-way leaves it, and the case titles it holds."""
    live = tmp_path / "live"
    db = Database.open_folder(live)
    db.insert_case(example_case())  # what was checkpointed long ago
    db.close()
    db = Database.open_folder(live)
    db.conn.execute("PRAGMA wal_autocheckpoint=0")  # the new cases wait in the -wal
    titles = []
    for n in range(12):
        case = example_case()
        case.title = f"Case {n}: " + "the doctor's long explanation. " * 40
        for op in case.opinions:
            op.answers["plan"] = type(op.answer("plan"))(text="A plan in many words. " * 200)
        db.insert_case(case)
        titles.append(case.title)
    wal, shm = live / (DB_NAME + "-wal"), live / (DB_NAME + "-shm")
    crashed = tmp_path / "crashed"
    crashed.mkdir(mode=0o700)
    shutil.copyfile(wal, crashed / wal.name)  # as the crash leaves them: every frame, and
    shutil.copyfile(shm, crashed / shm.name)  # the index saying none is copied back yet
    before = (live / DB_NAME).stat().st_size
    db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    full = (live / DB_NAME).read_bytes()
    db.close()
    assert len(full) > before + 8 * PAGE  # the checkpoint made the file grow by many pages
    cut = (before + (len(full) - before) // 2) // PAGE * PAGE  # stopped half-way through the new pages
    (crashed / DB_NAME).write_bytes(full[:cut])
    for p in crashed.iterdir():
        os.chmod(p, 0o600)
    return crashed, titles


def test_a_checkpoint_stopped_half_way_is_sound_and_every_case_is_there(tmp_path):
    folder, titles = interrupted_checkpoint(tmp_path)
    pages_said = int.from_bytes((folder / DB_NAME).read_bytes()[28:32], "big")
    assert pages_said * PAGE > (folder / DB_NAME).stat().st_size  # shorter than its first page says
    finding = data_check.check_folder(folder)
    assert finding.kind == data_check.SOUND, finding.message
    db = Database.open_folder(folder)
    try:
        stored = [c.title for c in db.list_cases()]
        assert stored[1:] == titles
        last = db.load_case(db.list_cases()[-1].id)
        assert last.opinions[0].answer("plan").text == "A plan in many words. " * 200
        assert db.integrity() == "ok"
    finally:
        db.close()


def test_the_same_short_file_without_its_wal_is_still_told_as_cut_short(tmp_path):
    folder, _titles = interrupted_checkpoint(tmp_path)
    (folder / (DB_NAME + "-wal")).unlink()
    (folder / (DB_NAME + "-shm")).unlink()
    finding = data_check.check_folder(folder)
    assert finding.kind == data_check.DAMAGED and "cut short" in finding.message


def test_the_app_starts_on_it_as_usual(tmp_path):
    folder, titles = interrupted_checkpoint(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "--smoke-test"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not [p for p in folder.iterdir() if "damaged" in p.name or "aside" in p.name]
    db = Database.open_folder(folder)
    try:
        assert [c.title for c in db.list_cases()][1:] == titles
    finally:
        db.close()
