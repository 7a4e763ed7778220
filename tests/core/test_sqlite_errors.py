"""app.store.sqlite_errors on its own: the words for each cause (and none for an unknown one),
and another SQLite module's errors counted as SQLite's (sqlcipher3 for an encrypted folder)."""
from __future__ import annotations

import sqlite3
import types

import pytest

from app.store import sqlite_errors as se


@pytest.mark.parametrize("cause", [None, "", "bug", "FULL"])
def test_an_unknown_cause_has_no_reason_and_no_advice(cause):
    assert se.reason(cause) == ""
    assert se.advice(cause) == ""


def test_every_known_cause_has_its_own_reason_and_advice():
    causes = [se.FULL, se.READ_ONLY, se.DISK_ERROR, se.BUSY, se.DAMAGED]
    reasons = [se.reason(c) for c in causes]
    advice = [se.advice(c) for c in causes]
    assert reasons == ["the disk is full", "the data folder cannot be written to",
                       "the disk reported an error while writing", "another program is using the data file",
                       "the data file is damaged"]
    assert len(set(advice)) == len(causes) and all(a.endswith(".") for a in advice)


def fake_dbapi2():
    """A DB-API module with its own error classes, as sqlcipher3.dbapi2 has."""
    class Error(Exception):
        sqlite_errorcode = se.SQLITE_FULL

    class DatabaseError(Error):
        pass
    return types.SimpleNamespace(Error=Error, DatabaseError=DatabaseError)


def test_another_modules_errors_are_sorted_once_registered(monkeypatch):
    monkeypatch.setattr(se, "ERRORS", se.ERRORS)  # put back after the test
    monkeypatch.setattr(se, "DATABASE_ERRORS", se.DATABASE_ERRORS)
    other = fake_dbapi2()
    full = other.DatabaseError("database or disk is full")
    assert se.cause(full) is None  # not yet known: a bug, as any foreign exception
    se.register(other)
    assert se.cause(full) == se.FULL and se.is_environment(full)
    assert isinstance(full, se.DATABASE_ERRORS) and isinstance(full, se.ERRORS)
    assert isinstance(sqlite3.OperationalError("x"), se.DATABASE_ERRORS)  # SQLite's own still are
    before = (se.ERRORS, se.DATABASE_ERRORS)
    se.register(other)  # twice: listed once
    assert (se.ERRORS, se.DATABASE_ERRORS) == before
    assert se.ERRORS.count(other.Error) == 1 and se.DATABASE_ERRORS.count(other.DatabaseError) == 1


def test_an_error_without_a_code_is_a_bug():
    assert se.cause(sqlite3.OperationalError("no code")) is None
    assert se.primary_code(sqlite3.OperationalError("no code")) is None
