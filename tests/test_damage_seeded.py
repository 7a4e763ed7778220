"""At least 100 seeded damages of a realistic data file: each detected, or harmless; none crashes.

The data file is tests/test_damaged_data.py's realistic one (four cases, 3-5 opinions each, a
long note over overflow pages, questions, marks, answers, a third-opinion plan) with rows added
to every table it leaves empty (appointments, checklist, worksheet: tests/data/make_fixtures.py's
rows), so every table and index has pages with data. A verified backup of it is made first
(app.store.backup), as the app would have one.

Damages (RNG seeded with SEED; the case's id names the damage and where):
- flips: four bytes XOR 0xFF at random offsets anywhere in the file, and in a random page of
  every table and index (and of the overflow pages);
- a zeroed page: the first, and a random one, of every table and index;
- truncation at random lengths;
- stray or missing companion files: a garbage -wal, -shm or -journal, an empty -journal, a -wal
  of another database, a -wal with committed changes but no -shm (harmless: SQLite replays it),
  a -shm that says changes are waiting but no -wal (the committed changes are lost: detected).

For each, in this process, the app's own Qt-free steps at start-up: `data_check.check_folder`.
When it says damaged (or empty/missing): `set_aside` keeps every file byte for byte (sha256
before and after), and `restore_to_file` of the newest good backup gives back exactly the
backed-up data. When it says sound: the app opens it (`Database.open_folder`) and every row of
every table reads back equal to what was written. Any exception is a failure naming the case.

Known limit, not tested here: SQLite keeps no checksum of a plain file's pages, so flipping a
single bit inside stored text that stays valid UTF-8 changes a letter without any sign (about
one single-bit flip in four here). With a passphrase set, SQLCipher's per-page HMAC detects it.
"""
from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import uuid
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from app.store import backup, backup_restore, data_check, keep_aside
from app.store.datadir import DB_NAME
from app.store.storage import Database
from tests.data import make_fixtures
from tests.test_damaged_data import PAGE, build_realistic, pages_of

SEED = 20261126
RANDOM_FLIPS = 30
TRUNCATIONS = 12
EXTRA_TABLES = ("appointment", "checklist_item", "decision", "decision_option", "decision_value",
                "sure_result")


def dump(conn: sqlite3.Connection) -> dict:
    """Every row of every table, as stored (text as bytes, so nothing is decoded away)."""
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        conn.text_factory = old


def _fill_every_table(folder: Path) -> None:
    rows = make_fixtures.rows_at(make_fixtures.migrations.LATEST)
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for table in EXTRA_TABLES:
            last = conn.execute(f'PRAGMA table_info("{table}")').fetchall()[-1][1]
            for case_id in range(1, 5):  # the four cases
                for row in rows[table]:
                    # each record's stable uid is its own (the fixture's rows are copied four times)
                    values = (row[0] + 100 * case_id, case_id, *row[2:-1],
                              str(uuid.uuid4()) if last == "uid" else row[-1])
                    conn.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})", values)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("realistic")
    build_realistic(folder)
    _fill_every_table(folder)
    for suffix in ("-wal", "-shm"):
        Path(str(folder / DB_NAME) + suffix).unlink(missing_ok=True)
    db = Database.open_folder(folder)
    try:
        expected = dump(db.conn)
        good = backup.make_backup(db.conn, backup.backup_folder(folder), datetime(2026, 11, 20, 9, 30))
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(folder / DB_NAME) + suffix).unlink(missing_ok=True)
    # changes committed into a -wal and not yet copied into the file (as after a crash)
    pending = tmp_path_factory.mktemp("pending")
    shutil.copyfile(folder / DB_NAME, pending / DB_NAME)
    conn = sqlite3.connect(pending / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE case_file SET title = title || ' (changed)'")
    conn.execute("UPDATE appointment SET purpose = 'moved'")
    pending_files = {s: Path(str(pending / DB_NAME) + s).read_bytes() for s in ("", "-wal", "-shm")}
    pending_expected = dump(conn)
    conn.close()
    other = tmp_path_factory.mktemp("other")
    conn = sqlite3.connect(other / "x.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 900,)] * 30)
    foreign_wal = Path(str(other / "x.sqlite3") + "-wal").read_bytes()
    conn.close()
    data = (folder / DB_NAME).read_bytes()
    assert len(data) % PAGE == 0
    return {"folder": folder, "db": data, "pages": pages_of(folder / DB_NAME), "expected": expected,
            "good": good, "pending": pending_files, "pending_expected": pending_expected,
            "foreign_wal": foreign_wal}


# ---- the damages: (id, make(data files dict) -> files dict, expected data when harmless) ------
def _flip(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    for i in range(offset, min(offset + 4, len(out))):
        out[i] ^= 0xFF
    return bytes(out)


def _zero(data: bytes, page: int) -> bytes:
    out = bytearray(data)
    out[(page - 1) * PAGE:page * PAGE] = bytes(PAGE)
    return bytes(out)


def damages(pages: dict[str, list[int]], size: int) -> list[tuple[str, object]]:
    """(id, damage) where damage(files, realistic) returns the files to write: {suffix: bytes}."""
    rng = random.Random(SEED)
    out = []
    for _ in range(RANDOM_FLIPS):
        offset = rng.randrange(size)
        out.append((f"flip-at-{offset}", lambda r, o=offset: {"": _flip(r["db"], o)}))
    for name, numbers in sorted(pages.items()):
        page = rng.choice(numbers)
        offset = (page - 1) * PAGE + rng.randrange(PAGE)
        out.append((f"flip-{name}-page-{page}-at-{offset}", lambda r, o=offset: {"": _flip(r["db"], o)}))
        out.append((f"zero-first-page-of-{name}", lambda r, p=numbers[0]: {"": _zero(r["db"], p)}))
        if len(numbers) > 1:
            page = rng.choice(numbers[1:])
            out.append((f"zero-page-{page}-of-{name}", lambda r, p=page: {"": _zero(r["db"], p)}))
    for _ in range(TRUNCATIONS):
        length = rng.randrange(1, size)
        out.append((f"truncated-to-{length}", lambda r, n=length: {"": r["db"][:n]}))
    garbage = rng.randbytes(6000)
    out += [
        ("stray-wal-of-garbage", lambda r: {"": r["db"], "-wal": garbage}),
        ("stray-shm-of-garbage", lambda r: {"": r["db"], "-shm": garbage[:32768]}),
        ("stray-wal-and-shm-of-garbage", lambda r: {"": r["db"], "-wal": garbage, "-shm": garbage[:32768]}),
        ("stray-journal-of-garbage", lambda r: {"": r["db"], "-journal": garbage}),
        ("stray-empty-journal", lambda r: {"": r["db"], "-journal": b""}),
        ("stray-wal-of-another-database", lambda r: {"": r["db"], "-wal": r["foreign_wal"]}),
        ("wal-with-committed-changes", lambda r: dict(r["pending"])),
        ("wal-with-committed-changes-and-no-shm", lambda r: {"": r["pending"][""], "-wal": r["pending"]["-wal"]}),
        ("missing-wal-with-committed-changes", lambda r: {"": r["pending"][""], "-shm": r["pending"]["-shm"]}),
        ("zero-bytes", lambda r: {"": b""}),
    ]
    return out


def _pages_for_ids() -> tuple[dict, int]:
    """The page map is needed to name the cases at collection time: build the file once here."""
    import tempfile
    with tempfile.TemporaryDirectory(prefix="soc-damage-") as tmp:
        folder = Path(tmp)
        build_realistic(folder)
        _fill_every_table(folder)
        return pages_of(folder / DB_NAME), (folder / DB_NAME).stat().st_size


PAGES, SIZE = _pages_for_ids()
DAMAGES = damages(PAGES, SIZE)
HARMLESS_WITH_PENDING = ("wal-with-committed-changes", "wal-with-committed-changes-and-no-shm")
OUTCOMES: Counter = Counter()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_are_at_least_100_seeded_damages_touching_every_table():
    assert len(DAMAGES) >= 100, len(DAMAGES)
    assert len({name for name, _ in DAMAGES}) == len(DAMAGES)
    for table in PAGES:
        assert any(name == f"zero-first-page-of-{table}" for name, _ in DAMAGES)
        assert any(name.startswith(f"flip-{table}-page-") for name, _ in DAMAGES)
    for table in EXTRA_TABLES:  # every table holds rows, so its pages are worth damaging
        assert table in PAGES


@pytest.mark.parametrize("name", [name for name, _ in DAMAGES])
def test_seeded_damage_is_detected_or_harmless(realistic, tmp_path, name):
    make = dict(DAMAGES)[name]
    folder = tmp_path / "data"
    shutil.copytree(realistic["folder"] / backup.FOLDER_NAME, folder / backup.FOLDER_NAME)
    for suffix, content in make(realistic).items():
        Path(str(folder / DB_NAME) + suffix).write_bytes(content)
    before = {p.name: _digest(p) for p in folder.iterdir() if p.is_file()}

    finding = data_check.check_folder(folder)  # must not raise: that would crash the start-up
    OUTCOMES[finding.kind] += 1
    if finding.kind == data_check.SOUND:
        expected = realistic["pending_expected" if name in HARMLESS_WITH_PENDING else "expected"]
        db = Database.open_folder(folder)
        try:
            assert dump(db.conn) == expected, f"{name}: called sound, but the data reads back different"
            problems = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
        finally:
            db.close()
        if problems != ["ok"]:
            # Known gap: the start-up check runs quick_check (~2 ms on 1.3 MB), which does not
            # compare indexes with their tables (integrity_check, ~20 ms, does). Only an index
            # may be wrong here; every row still reads back equal (asserted above).
            assert all(" index " in p for p in problems), problems
            OUTCOMES["index-only-damage-missed-at-start"] += 1
        return
    assert finding.kind in (data_check.DAMAGED, data_check.EMPTY), (name, finding.kind)
    assert name not in HARMLESS_WITH_PENDING, f"{name}: sound data called {finding.kind}"
    aside = keep_aside.set_aside(finding)
    kept = {p.name: _digest(p) for p in aside.iterdir()}
    assert kept == {n: d for n, d in before.items() if n.startswith(DB_NAME)}, "not kept as it was"
    assert not any(Path(str(folder / DB_NAME) + s).exists() for s in ("", "-wal", "-shm"))

    newest = backup.list_backups(backup.backup_folder(folder))[0]
    assert newest.when == realistic["good"].when
    backup_restore.restore_to_file(newest, folder)
    assert data_check.check_folder(folder).kind == data_check.SOUND
    db = Database.open_folder(folder)
    try:
        assert db.integrity() == "ok"
        assert dump(db.conn) == realistic["expected"], f"{name}: the restored data differs from the backup"
    finally:
        db.close()


def test_zz_the_damages_were_mostly_detected_not_mostly_missed():
    """A report of the outcomes (run after the cases above, in file order) and a sanity floor:
    damage that reaches data must mostly be found, or the check is not looking."""
    if sum(OUTCOMES.values()) < len(DAMAGES):
        pytest.skip("the damage cases did not all run in this session")
    print(f"\n{len(DAMAGES)} seeded damages: {dict(OUTCOMES)}")
    assert OUTCOMES[data_check.DAMAGED] + OUTCOMES[data_check.EMPTY] >= 60, OUTCOMES
