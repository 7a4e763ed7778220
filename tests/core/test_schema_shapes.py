"""The written-down table shapes (app/store/schema_shapes.py) match what the migrations make."""
from __future__ import annotations

import sqlite3

import pytest

from app.store import data_check, migrations, shape_check
from app.store.schema_shapes import SHAPES


@pytest.mark.parametrize("version", range(1, migrations.LATEST + 1))
def test_each_version_is_written_down_as_the_migrations_make_it(version):
    # when this fails after adding a schema step: python scripts/schema_shapes.py
    assert SHAPES[version] == shape_check.shape_from_migrations(version)


def test_the_check_uses_the_written_shapes_and_works_out_an_unwritten_one(monkeypatch):
    shape_check.expected_columns.cache_clear()
    monkeypatch.setattr(shape_check, "shape_from_migrations", lambda v: {"worked": ["out"]})
    try:
        assert shape_check.expected_columns(migrations.LATEST) == SHAPES[migrations.LATEST]
        assert shape_check.expected_columns(migrations.LATEST + 1) == {"worked": ["out"]}
    finally:
        shape_check.expected_columns.cache_clear()


def test_a_file_missing_a_column_of_its_version_is_still_found(tmp_path):
    path = tmp_path / "data.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in migrations.STEPS:
        step(conn)
    conn.execute(f"PRAGMA user_version={migrations.LATEST}")
    assert "status" in SHAPES[migrations.LATEST]["question"]
    conn.execute("ALTER TABLE question DROP COLUMN status")
    conn.close()
    finding = data_check.check_file(path)
    assert finding.kind not in (data_check.SOUND, data_check.NEW)
    assert "question" in finding.message
