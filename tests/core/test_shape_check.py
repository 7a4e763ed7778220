"""The start-up check reads every stored value (app.store.shape_check): each kind of problem it
looks for, in a real file, is found and told with the part of the file it is in, and a sound
file with a value of every kind passes."""
from __future__ import annotations

import sqlite3

import pytest

from app.model.domain import Answer, Case, Opinion
from app.model.questions import Question
from app.store import data_check
from app.store.datadir import DB_NAME
from app.store.storage import Database


@pytest.fixture
def folder(tmp_path):
    db = Database.open_folder(tmp_path)
    case = Case(0, "Mum's second opinion")
    case.opinions = [Opinion(0, "Opinion 1", answers={"diagnosis": Answer(text="ductal", tags=("a", "b"))})]
    db.insert_case(case, questions=[Question(0, "Is it needed?")])
    db.close()
    return tmp_path


def damage(folder, *statements):
    conn = sqlite3.connect(folder / DB_NAME)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def told(folder) -> tuple[str, str]:
    finding = data_check.check_file(folder / DB_NAME)
    return finding.kind, finding.message


def test_a_sound_file_passes(folder):
    assert told(folder)[0] == data_check.SOUND


@pytest.mark.parametrize("sql, table", [
    ("UPDATE case_file SET title = X'00'", "case_file"),          # bytes where text belongs
    ("UPDATE opinion SET position = 'first'", "opinion"),         # text where a number belongs
    ("UPDATE question SET text = 7.5", None),                     # TEXT affinity keeps it text: sound
])
def test_a_value_of_the_wrong_kind_is_told_with_its_table(folder, sql, table):
    damage(folder, sql)
    kind, message = told(folder)
    if table is None:
        assert kind == data_check.SOUND
        return
    assert kind == data_check.DAMAGED
    assert "not of the right kind" in message and f"“{table}”" in message


@pytest.mark.parametrize("table, column", [("case_file", "notes"), ("question", "text"), ("answer", "text")])
def test_text_that_is_not_utf8_is_told_with_its_table(folder, table, column):
    damage(folder, f"UPDATE {table} SET {column} = CAST(X'66FF6F' AS TEXT)")
    kind, message = told(folder)
    assert kind == data_check.DAMAGED
    assert "some stored text" in message and f"“{table}”" in message


@pytest.mark.parametrize("value", ["'[not json'", "'{}'", "'\"a\"'"])
def test_a_stored_list_that_is_not_a_list_is_told(folder, value):
    damage(folder, f"UPDATE answer SET tags = {value}")
    kind, message = told(folder)
    assert kind == data_check.DAMAGED
    assert "a stored list" in message and "“answer”" in message


def test_a_missing_table_is_named(folder):
    damage(folder, "DROP TABLE question_answer")
    kind, message = told(folder)
    assert kind == data_check.DAMAGED
    assert "is missing" in message and "“question_answer”" in message


def test_a_table_with_other_columns_is_named(folder):
    damage(folder, "ALTER TABLE custom_row ADD COLUMN extra TEXT")
    kind, message = told(folder)
    assert kind == data_check.DAMAGED
    assert "is not as it should be" in message and "“custom_row”" in message


def test_a_file_of_another_program_is_told_as_such(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    kind, message = told(tmp_path)
    assert kind == data_check.DAMAGED and "something other than this app's information" in message
