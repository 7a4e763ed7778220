"""Verified backups: made with SQLite's backup API, checked before older ones are thinned,
never a half-made one taken for good, restored equal.

Sizes: the realistic folder holds 20 cases × 12 full opinions (every aspect answered, with
readings and citations) and 5 questions per case, built once per module (~1.4 MB). The
thinning policy runs on 400 days of backups, four a day, with an injected clock.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.model.aspects import ASPECTS, CITATIONS, READINGS
from app.model.domain import Answer, Citation, TestReading
from app.model.questions import Question
from app.store import backup, backup_restore
from app.store.datadir import DB_NAME
from app.store.storage import Database
from app.workspace.example_case import example_case

CASES, OPINIONS, QUESTIONS = 20, 12, 5
T0 = datetime(2026, 11, 24, 14, 2, 0)


def full_case(n: int):
    case = example_case()
    case.title = f"Case {n}: Dad — bowel cancer"
    template = case.opinions[0]
    case.opinions = []
    for k in range(OPINIONS):
        op = type(template)(0, f"Opinion {k}", f"Dr. Name{n}-{k}", "oncologist", "Hospital", "2026-02-01",
                            "in person")
        for aspect in ASPECTS:
            op.answers[aspect.key] = Answer(text=f"{aspect.key} for case {n}, opinion {k}. " * 4)
        op.answers[READINGS] = Answer(entries=(TestReading("CT scan", "2026-01-05", f"reading {n}{k}"),))
        op.answers[CITATIONS] = Answer(entries=(Citation("NCCN Guidelines", "Colon", "2026", "2A", "n"),))
        case.opinions.append(op)
    return case


def build_realistic(folder: Path) -> None:
    db = Database.open_folder(folder)
    try:
        for n in range(CASES):
            db.insert_case(full_case(n), None, [Question(0, f"Question {i} of case {n}") for i in range(QUESTIONS)])
    finally:
        db.close()


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("realistic")
    build_realistic(folder)
    return folder


def dump(db: Database) -> list:
    return [(db.load_case(s.id), db.list_questions(s.id)) for s in db.list_cases()]


def test_a_realistic_backup_verifies_lists_its_counts_and_restores_equal(realistic, tmp_path):
    db = Database.open_folder(realistic)
    try:
        info = backup.make_backup(db.conn, tmp_path / "backups", T0)
        before = dump(db)
    finally:
        db.close()
    assert (info.cases, info.opinions, info.questions) == (CASES, CASES * OPINIONS, CASES * QUESTIONS)
    assert backup.list_backups(tmp_path / "backups") == [info]
    assert backup.verify(info)["cases"] == CASES
    assert stat.S_IMODE(os.stat(tmp_path / "backups").st_mode) == 0o700
    for p in (tmp_path / "backups").iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert not list((tmp_path / "backups").glob("*-wal"))  # self-contained

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    backup_restore.restore_to_file(info, fresh)
    db = Database.open_folder(fresh)
    try:
        assert dump(db) == before and db.integrity() == "ok"
    finally:
        db.close()


def test_restore_into_an_open_database_replaces_everything_in_one_step(realistic, tmp_path):
    folder = tmp_path / "data"
    db = Database.open_folder(folder)
    try:
        db.insert_case(full_case(99), None, [])
        small = dump(db)
        info = backup.make_backup(db.conn, backup.backup_folder(folder), T0)
        db.insert_case(full_case(100), None, [])
        backup_restore.restore(info, db.conn)
        assert dump(db) == small
    finally:
        db.close()
    db = Database.open_folder(folder)  # a fresh connection reads the restored data
    try:
        assert dump(db) == small
    finally:
        db.close()


def test_unchanged_data_makes_no_second_backup_and_empty_data_none_at_all(tmp_path):
    folder = tmp_path / "data"
    db = Database.open_folder(folder)
    try:
        where = backup.backup_folder(folder)
        assert backup.make_backup(db.conn, where, T0, skip_unchanged=True) is None  # nothing to keep yet
        db.insert_case(full_case(1), None, [])
        first = backup.make_backup(db.conn, where, T0, skip_unchanged=True)
        assert first is not None
        assert backup.make_backup(db.conn, where, T0 + timedelta(hours=1), skip_unchanged=True) is None
        db.set_case_field(db.list_cases()[0].id, "title", "Renamed")
        assert backup.make_backup(db.conn, where, T0 + timedelta(days=2), skip_unchanged=True) is not None
    finally:
        db.close()
    assert [b.when for b in backup.list_backups(where)] == [T0 + timedelta(days=2), T0]


def measured(realistic, tmp_path):
    import time
    db = Database.open_folder(realistic)
    try:
        start = time.perf_counter()
        info = backup.make_backup(db.conn, tmp_path / "m", T0)
        return time.perf_counter() - start, info.size
    finally:
        db.close()


# ---- never a half-made backup taken for a good one ------------------------------------------
def test_a_crash_between_writing_and_renaming_leaves_nothing_listed(realistic, tmp_path, monkeypatch):
    where = tmp_path / "backups"
    db = Database.open_folder(realistic)
    try:
        good = backup.make_backup(db.conn, where, T0)
        calls = []

        def crash(src, dst):  # the process dies at the rename of the backup file itself
            calls.append(dst)
            if str(dst).endswith(backup.SUFFIX):
                raise KeyboardInterrupt("crash")
            os.rename(src, dst)
        monkeypatch.setattr(backup.os, "replace", crash)
        with pytest.raises(KeyboardInterrupt):
            backup.make_backup(db.conn, where, T0 + timedelta(days=1))
    finally:
        db.close()
    monkeypatch.undo()
    assert any(str(c).endswith(backup.SIDECAR) for c in calls)  # the sidecar was in place already
    assert backup.list_backups(where) == [good]
    leftovers = backup.thin(where, T0 + timedelta(days=1))
    assert leftovers and all(p.exists() is False for p in leftovers)
    assert sorted(p.name for p in where.iterdir()) == sorted([good.path.name, good.sidecar.name])


def test_a_corrupted_temporary_backup_fails_and_removes_nothing_older(realistic, tmp_path, monkeypatch):
    where = tmp_path / "backups"
    db = Database.open_folder(realistic)
    try:
        old = [backup.make_backup(db.conn, where, T0 - timedelta(days=d)) for d in (300, 40, 1)]
        real_fsync = backup.fsync_file

        def corrupt_then_fsync(path):  # damage lands on the temporary file before it is checked
            if str(path).endswith(backup.SUFFIX + backup.PARTIAL):
                with open(path, "r+b") as f:
                    f.seek(4096 * 3)
                    f.write(b"\xff" * 4096 * 20)
            real_fsync(path)
        monkeypatch.setattr(backup, "fsync_file", corrupt_then_fsync)
        with pytest.raises(backup.BackupError, match="could not be made"):
            backup.make_backup(db.conn, where, T0 + timedelta(days=400))
    finally:
        db.close()
    assert {b.path for b in backup.list_backups(where)} == {b.path for b in old}
    assert not list(where.glob("*" + backup.PARTIAL))


def test_a_backup_whose_file_was_changed_or_cut_is_not_used(realistic, tmp_path):
    where = tmp_path / "backups"
    db = Database.open_folder(realistic)
    try:
        info = backup.make_backup(db.conn, where, T0)
    finally:
        db.close()
    with open(info.path, "r+b") as f:
        f.seek(5000)
        f.write(b"x")
    with pytest.raises(backup.BackupError, match="changed since"):
        backup.verify(info)
    with open(info.path, "r+b") as f:
        f.truncate(8192)
    assert backup.list_backups(where) == []


# ---- thinning, with an injected clock -------------------------------------------------------
def fake(folder: Path, when: datetime, reason=backup.AUTOMATIC) -> backup.BackupInfo:
    """A listed backup without a database in it (the policy reads only the sidecars)."""
    stem = f"companion-{when.strftime('%Y%m%d-%H%M%S-%f')}"
    path = folder / (stem + backup.SUFFIX)
    path.write_bytes(b"x")
    info = backup.BackupInfo(path, when, 1, 1, 1, 1, reason, "f", "s", 1)
    info.sidecar.write_text(__import__("json").dumps(backup._to_json(info)))
    return info


def test_texts_say_when_and_what_a_backup_holds():
    assert backup.when_text(T0) == "24 November 2026, 14:02"
    assert backup.holds_text({"cases": 1, "opinions": 12, "questions": 0}) == "1 case, 12 opinions, 0 questions"


def test_thinning_keeps_days_then_weeks_then_months_and_always_the_newest(tmp_path):
    now = T0
    made = [fake(tmp_path, now - timedelta(days=d, hours=h)) for d in range(400) for h in (1, 5, 9, 13)]
    backup.thin(tmp_path, now)
    left = backup.list_backups(tmp_path)
    assert left[0].when == max(b.when for b in made)  # the newest stays
    recent = [b for b in left if now - b.when < timedelta(days=14)]
    assert len({b.when.date() for b in recent}) == len(recent)  # one per day …
    assert len(recent) in (14, 15)  # … for every one of the last 14 days
    weekly = [b for b in left if timedelta(days=14) <= now - b.when < timedelta(days=70)]
    assert len({tuple(b.when.isocalendar()[:2]) for b in weekly}) == len(weekly)
    assert 8 <= len(weekly) <= 9
    monthly = [b for b in left if now - b.when >= timedelta(days=70)]
    assert len({(b.when.year, b.when.month) for b in monthly}) == len(monthly)
    assert 10 <= len(monthly) <= 12
    # the kept one of each day is that day's newest
    for b in recent:
        assert b.when == max(m.when for m in made if m.when.date() == b.when.date())
    # thinning again with the same clock removes nothing more
    assert backup.thin(tmp_path, now) == []


def test_a_backup_made_before_a_restore_is_kept_beside_later_ones_that_day(tmp_path):
    pre = fake(tmp_path, T0 - timedelta(hours=2), backup.BEFORE_RESTORE)
    fake(tmp_path, T0 - timedelta(hours=3))
    later = fake(tmp_path, T0 - timedelta(hours=1))
    backup.thin(tmp_path, T0)
    assert [b.path for b in backup.list_backups(tmp_path)] == [later.path, pre.path]
    backup.thin(tmp_path, T0 + timedelta(days=20))  # after two weeks it is one of that week's
    assert [b.path for b in backup.list_backups(tmp_path)] == [later.path]


def test_the_backup_about_to_be_restored_is_not_thinned_by_the_backup_made_before(realistic, tmp_path):
    db = Database.open_folder(realistic)
    try:
        chosen = backup.make_backup(db.conn, tmp_path, T0)
        backup.make_backup(db.conn, tmp_path, T0 + timedelta(hours=1), backup.BEFORE_RESTORE, keep=(chosen.path,))
    finally:
        db.close()
    assert chosen in backup.list_backups(tmp_path)


def test_a_clock_set_back_never_overwrites_a_backup(realistic, tmp_path):
    db = Database.open_folder(realistic)
    try:
        a = backup.make_backup(db.conn, tmp_path, T0)
        b = backup.make_backup(db.conn, tmp_path, T0, backup.BEFORE_RESTORE)
    finally:
        db.close()
    assert a.path != b.path and {a, b} == set(backup.list_backups(tmp_path))
    backup.verify(a)


def test_the_newest_backup_is_kept_however_old_it_is(tmp_path):
    only = fake(tmp_path, T0 - timedelta(days=900))
    older = fake(tmp_path, T0 - timedelta(days=901))
    backup.thin(tmp_path, T0)
    assert [b.path for b in backup.list_backups(tmp_path)] == [only.path]
    assert not older.path.exists()


def test_an_upgrade_is_preceded_by_a_backup_of_the_file_as_it_was(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    build_one = Database.open_folder(folder)
    build_one.insert_case(full_case(1), None, [])
    build_one.close()
    assert backup.backup_before_upgrade(folder, T0) is None  # nothing to upgrade
    monkeypatch.setattr(backup.migrations, "LATEST", backup.migrations.LATEST + 1)
    info = backup.backup_before_upgrade(folder, T0)
    assert info.reason == backup.BEFORE_UPGRADE and info.cases == 1
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT count(*) FROM opinion").fetchone()[0] == OPINIONS
    conn.close()
    assert (folder / DB_NAME).exists()


def test_backup_and_verify_time_and_size_for_20_cases_of_12_opinions(realistic, tmp_path, capsys):
    """Not a timed assert: the numbers are printed for the report (pytest -s)."""
    times = []
    for i in range(5):
        seconds, size = measured(realistic, tmp_path / str(i))
        times.append(seconds)
    times.sort()
    with capsys.disabled():
        print(f"\nbackup+verify of {CASES} cases × {OPINIONS} opinions: median {times[2] * 1000:.1f} ms, "
              f"{size / 1024:.0f} KiB")
    assert size > 100_000
