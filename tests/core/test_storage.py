"""Storage round trips, migrations and the privacy of the data folder (no Qt)."""
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app import migrations
from app.aspects import ASPECTS, CITATIONS, READINGS
from app.datadir import DB_NAME, DataFolderError
from app.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading
from app.example_case import example_case
from app.questions import Question
from app.storage import Database, DataFileError


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
    conn.executescript(migrations.STEPS[0])
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
    with pytest.raises(DataFileError, match="could not be opened"):
        Database(path)
    assert path.read_bytes() == garbage


def test_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    with pytest.raises(DataFileError, match="newer version"):
        Database(path)


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
    from app.aspects import ASPECTS
    for op in example_case().opinions:
        assert all(not op.answer(a.key).is_empty() for a in ASPECTS), op.label
