"""Storage round trips, migrations and the privacy of the data folder (no Qt)."""
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.model.aspects import ASPECTS, CITATIONS, READINGS
from app.model.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading
from app.model.questions import Question
from app.store import data_check, keep_aside, migrations
from app.store.datadir import DB_NAME, DataFolderError
from app.store.storage import DamagedDataFile, Database, DataReadError, NewerDataFile
from app.workspace.example_case import example_case


@pytest.fixture
def db(tmp_path):
    database = Database.open_folder(tmp_path / "data")
    yield database
    database.close()


def test_migrates_an_empty_file_to_the_latest_schema(tmp_path):
    db = Database.open_folder(tmp_path)
    assert db.schema_version() == migrations.LATEST
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"case_file", "opinion", "answer", "list_entry", "custom_row", "question"} <= tables
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()


def test_migrates_a_version_1_file_and_keeps_its_data(tmp_path):
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    migrations.STEPS[0](conn)
    conn.execute("INSERT INTO case_file (title) VALUES ('Old case')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    db = Database(path)
    assert db.schema_version() == migrations.LATEST
    assert [c.title for c in db.list_cases()] == ["Old case"]
    db.close()


def test_round_trip_of_every_aspect_and_list_entry(db):
    case = example_case()
    case.custom_rows = [CustomRow(0, "Fertility preservation")]
    case_id = db.insert_case(case)
    loaded = db.load_case(case_id)
    assert loaded.title == case.title and loaded.decide_by == case.decide_by != ""
    assert len(loaded.opinions) == 2
    for original, back in zip(case.opinions, loaded.opinions):
        assert back.doctor == original.doctor and back.delivery == original.delivery
        for aspect in ASPECTS:
            assert back.answer(aspect.key) == original.answer(aspect.key), aspect.key
    assert loaded.opinions[0].answer(READINGS).entries[0] == TestReading(
        "Biopsy pathology", "2026-10-02", "Invasive ductal carcinoma, ER+ PR+ HER2-")
    assert loaded.opinions[1].answer(CITATIONS).entries[0].category == "1"
    assert [r.label for r in loaded.custom_rows] == ["Fertility preservation"]


def test_every_part_of_an_answer_can_be_written_and_read(db):
    case_id = db.insert_case(Case(0, "C"))
    op_id = db.insert_opinion(case_id, Opinion(0, "First opinion"), 0)
    db.set_answer(op_id, "plan", "text", "Surgery then radiation")
    db.set_answer(op_id, "plan", "tags", ("surgery", "radiation"))
    db.set_answer(op_id, "goal", "choice", "cure")
    entries = (Citation("NCCN Guidelines", "Breast", "v.4.2026", "2A", "page 12"),
               Citation("other", "Hospital protocol", "", "", ""))
    db.set_answer(op_id, CITATIONS, "entries", entries)
    op = db.load_case(case_id).opinions[0]
    assert op.answer("plan") == Answer(text="Surgery then radiation", tags=("surgery", "radiation"))
    assert op.answer("goal").choice == "cure"
    assert op.answer(CITATIONS).entries == entries
    db.set_answer(op_id, CITATIONS, "entries", entries[1:])
    assert db.load_case(case_id).opinions[0].answer(CITATIONS).entries == entries[1:]


@pytest.mark.parametrize("text", ["é ü 中文 🙂 עברית", "<b>Smith</b><img src='x'>", "x" * 100_000,
                                  "", "line one\nline two\n"])
def test_any_text_round_trips_exactly(db, text):
    case_id = db.insert_case(Case(0, text))
    op_id = db.insert_opinion(case_id, Opinion(0, "First opinion", doctor=text), 0)
    db.set_answer(op_id, "diagnosis", "text", text)
    loaded = db.load_case(case_id)
    assert loaded.title == text
    assert loaded.opinions[0].doctor == text
    assert loaded.opinions[0].answer("diagnosis").text == text


def test_deleting_a_case_removes_all_its_rows(db):
    case_id = db.insert_case(example_case())
    db.insert_question(case_id, Question(0, "Why?"), 0)
    db.delete_case(case_id)
    for table in ("opinion", "answer", "list_entry", "question"):
        assert db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_opinion_order_is_kept(db):
    case_id = db.insert_case(Case(0, "C"))
    a = db.insert_opinion(case_id, Opinion(0, "A"), 0)
    b = db.insert_opinion(case_id, Opinion(0, "B"), 1)
    c = db.insert_opinion(case_id, Opinion(0, "C"), 1)
    assert [o.label for o in db.load_case(case_id).opinions] == ["A", "C", "B"]
    db.set_opinion_order(case_id, [b, a, c])
    assert [o.label for o in db.load_case(case_id).opinions] == ["B", "A", "C"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_and_files_are_private(tmp_path):
    folder = tmp_path / "private"
    db = Database.open_folder(folder)
    db.insert_case(Case(0, "x"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in os.listdir(folder):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    db.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_gives_a_clear_message(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DataFolderError, match="cannot be saved"):
        Database.open_folder(locked / "data")


def test_a_folder_path_that_is_a_file_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DataFolderError, match="cannot be saved.*a file, not a folder"):
        Database.open_folder(blocker)


def test_damaged_file_gives_a_clear_message_and_is_not_touched(tmp_path):
    path = tmp_path / DB_NAME
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(DamagedDataFile, match="is damaged") as raised:
        Database(path)
    assert raised.value.finding.kind == data_check.DAMAGED and "backup" not in str(raised.value)
    assert path.read_bytes() == garbage
    assert os.listdir(tmp_path) == [DB_NAME]


@pytest.mark.parametrize("journal", ["DELETE", "WAL"])
def test_file_from_a_newer_version_is_refused_untouched(tmp_path, journal):
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version=999")
    conn.close()
    before = (path.read_bytes(), path.stat().st_mtime_ns, os.listdir(tmp_path))
    with pytest.raises(NewerDataFile, match="newer version.*has not been changed") as raised:
        Database.open_folder(tmp_path)
    assert "backup" not in str(raised.value)
    with pytest.raises(NewerDataFile):
        Database(path)
    # not one byte, not its time, and no -wal or -shm created beside it (the WAL switch used to)
    assert (path.read_bytes(), path.stat().st_mtime_ns, os.listdir(tmp_path)) == before


def test_a_zero_byte_file_is_told_apart_from_a_new_install(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"")
    with pytest.raises(DamagedDataFile, match="is empty") as raised:
        Database.open_folder(tmp_path)
    assert raised.value.finding.kind == data_check.EMPTY
    assert (tmp_path / DB_NAME).stat().st_size == 0


def test_a_missing_file_where_data_was_is_told_but_a_new_folder_is_a_new_install(tmp_path):
    used = tmp_path / "used"
    used.mkdir()
    (used / "ui-state.ini").write_text("[view]\nzoom=100\n")
    with pytest.raises(DamagedDataFile, match="was not found") as raised:
        Database.open_folder(used)
    assert raised.value.finding.kind == data_check.MISSING
    assert sorted(os.listdir(used)) == ["ui-state.ini"]
    fresh = Database.open_folder(tmp_path / "new")
    assert fresh.list_cases() == []
    fresh.close()


def test_set_aside_moves_every_file_untouched_and_says_where(tmp_path):
    db = Database.open_folder(tmp_path)
    db.insert_case(example_case())
    names = sorted(os.listdir(tmp_path))  # the database, -wal and -shm while open
    digests = {n: keep_aside.file_digest(tmp_path / n) for n in names}
    finding = data_check.Finding(data_check.DAMAGED, tmp_path, "x", data_check.data_files(tmp_path))
    aside = keep_aside.set_aside(finding)
    db.close()
    assert aside.parent == tmp_path and aside.name.startswith("damaged-")
    assert {n: keep_aside.file_digest(aside / n) for n in os.listdir(aside)} == digests
    assert not (tmp_path / DB_NAME).exists()


def test_damage_met_when_a_case_is_read_is_one_clear_error_and_stops_writing(tmp_path):
    db = Database.open_folder(tmp_path)
    first = db.insert_case(Case(0, "First"))
    later = db.insert_case(Case(0, "Later"))
    op_id = db.insert_opinion(later, Opinion(0, "First opinion"), 0)
    db.set_answer(op_id, "my_notes", "text", "long " * 5000)  # on overflow pages of its own
    db.close()
    conn = sqlite3.connect(tmp_path.joinpath(DB_NAME).as_uri() + "?immutable=1", uri=True)
    overflow = conn.execute("SELECT pageno FROM dbstat WHERE pagetype='overflow'").fetchone()[0]
    conn.close()
    db = Database.open_folder(tmp_path)
    assert db.load_case(first).title == "First"
    with open(tmp_path / DB_NAME, "r+b") as f:  # damaged while open
        f.seek((overflow - 1) * 4096)
        f.write(bytes(4096))
    with pytest.raises(DataReadError, match="damaged"):
        db.load_case(later)
    assert db.damaged
    with pytest.raises(sqlite3.OperationalError) as refused:
        db.set_case_field(first, "title", "changed")
    assert refused.value.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY
    # a refused write makes the next one start on a fresh connection (a read-only folder may be
    # writable again by then): that one must refuse too, never write into the damaged file
    kept = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(sqlite3.OperationalError) as again:
        db.set_case_field(first, "title", "changed")
    assert again.value.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY
    assert (tmp_path / DB_NAME).read_bytes() == kept
    db.close()


def test_text_that_is_not_utf8_is_damage_not_a_crash(tmp_path):
    db = Database.open_folder(tmp_path)
    case_id = db.insert_case(Case(0, "Title"))
    db.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE case_file SET notes = CAST(X'66FF6F' AS TEXT)")  # bytes no text can have
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDataFile, match="not readable"):  # found by the check at start
        Database.open_folder(tmp_path)
    db = Database(tmp_path / DB_NAME, checked=True)  # and by the read itself
    with pytest.raises(DataReadError):
        db.load_case(case_id)
    db.close()


def _bytes_of(folder):
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def test_deleted_and_overwritten_text_is_erased_from_the_file(tmp_path):
    db = Database.open_folder(tmp_path)
    assert db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    gone_case = "Zebrafish-diagnosis-7731"
    overwritten = "Quokka-remark-4410"
    case_id = db.insert_case(Case(0, "Kept", notes=gone_case))
    other = db.insert_case(Case(0, "Other"))
    op_id = db.insert_opinion(other, Opinion(0, "First opinion"), 0)
    db.set_answer(op_id, "my_notes", "text", overwritten)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert gone_case.encode() in _bytes_of(tmp_path)  # the search below can find it
    db.delete_case(case_id)
    db.set_answer(op_id, "my_notes", "text", "something else entirely")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for word in (gone_case, overwritten):
        assert word.encode() not in _bytes_of(tmp_path), word  # database file and WAL
    db.close()
    for word in (gone_case, overwritten):
        assert word.encode() not in _bytes_of(tmp_path), word


def test_without_secure_delete_the_same_search_finds_deleted_text(tmp_path):
    """The test above can fail: with secure_delete off, deleted text stays in the file."""
    path = tmp_path / "plain.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA secure_delete=OFF")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('Zebrafish-diagnosis-7731'), ('kept')")
    conn.execute("DELETE FROM t WHERE x LIKE 'Zebra%'")
    conn.close()
    assert b"Zebrafish-diagnosis-7731" in path.read_bytes()


def test_an_existing_folder_keeps_its_permissions_but_our_files_are_private(tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir()
    os.chmod(folder, 0o755)
    db = Database.open_folder(folder)
    db.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600


@pytest.mark.skipif(not os.path.isdir("/proc/1"), reason="needs Linux /proc")
def test_a_folder_that_cannot_be_created_gives_a_clear_message():
    # /proc refuses new folders even to root, so this runs in CI too
    with pytest.raises(DataFolderError, match="cannot be saved.*Nothing has been changed"):
        Database.open_folder(Path("/proc/1/second-opinion-data"))


def test_the_example_case_fills_every_aspect_for_both_doctors():
    from app.model.aspects import ASPECTS
    for op in example_case().opinions:
        assert all(not op.answer(a.key).is_empty() for a in ASPECTS), op.label


def test_the_data_check_reads_columns_named_like_sql_words_and_blob_columns(tmp_path, monkeypatch):
    """A later kind may call a field "values" or "when", or keep bytes (a document) in a BLOB:
    the read-only start-up check must read them, not call sound data damaged."""
    from app.store.storage import Database

    def later_step(conn):
        migrations.run_sql(conn, """CREATE TABLE later (id INTEGER PRIMARY KEY, "values" TEXT NOT NULL DEFAULT '',
                                    "when" TEXT NOT NULL DEFAULT '', content BLOB)""")
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, later_step))
    monkeypatch.setattr(migrations, "LATEST", len(migrations.STEPS))
    folder = tmp_path / "data"
    Database.open_folder(folder).close()
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute("""INSERT INTO later ("values", "when", content) VALUES ('a, b', 'Tuesday', ?)""",
                 (bytes(range(256)),))
    conn.commit()
    conn.close()
    assert data_check.check_folder(folder).kind == data_check.SOUND

    conn = sqlite3.connect(folder / DB_NAME)  # bytes where text belongs are still told
    conn.execute("""UPDATE later SET "when" = x'00ff'""")
    conn.commit()
    conn.close()
    assert data_check.check_folder(folder).kind == data_check.DAMAGED


def test_answers_and_list_entries_are_records_one_answer_per_row_and_entries_in_order(tmp_path):
    """Parts written one by one make one answer record; a list written whole is stored exactly as
    given (longer, shorter, reordered), read back through the record layer from a fresh connection."""
    from app.store.kinds import ANSWER_KIND, ENTRY_KIND
    db = Database.open_folder(tmp_path)
    case_id = db.insert_case(Case(0, "C", opinions=[Opinion(0, "A"), Opinion(0, "B")]))
    op, other = (o.id for o in db.load_case(case_id).opinions)
    db.set_answer(op, "plan", "text", "Surgery")
    db.set_answer(op, "plan", "choice", "yes")
    db.set_answer(op, "plan", "tags", ["surgery", "radiation"])
    db.set_answer(other, "plan", "text", "Chemotherapy")
    readings = [TestReading(f"T{n}", "", str(n)) for n in range(4)]
    for value in (readings[:3], readings[::-1], readings[1:2]):
        db.set_answer(op, READINGS, "entries", tuple(value))
        fresh = Database.open_folder(tmp_path)
        try:
            stored = fresh.load_records(ENTRY_KIND, op, {"row_key": READINGS})
            assert [e.fields for e in stored] == [
                f'{{"test": "{r.test}", "date": "", "reading": "{r.reading}"}}' for r in value]
            assert fresh.load_case(case_id).opinion(op).answer(READINGS).entries == tuple(value)
        finally:
            fresh.close()
    db.close()
    fresh = Database.open_folder(tmp_path)
    try:
        assert [(a.row_key, a.text, a.choice, a.tags) for a in fresh.load_records(ANSWER_KIND, op)] == [
            ("plan", "Surgery", "yes", '["surgery", "radiation"]')]
        assert [a.text for a in fresh.load_records(ANSWER_KIND, other, {"row_key": "plan"})] == ["Chemotherapy"]
        assert fresh.load_records(ENTRY_KIND, other) == []
    finally:
        fresh.close()
