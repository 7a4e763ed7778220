"""The start-up check begun on a helper thread (app.store.early_check): its finding is used only
when it is the usual one and the files are still as it read them; everything else is checked
again the usual way."""
from __future__ import annotations

import os
import sqlite3

import pytest

from app.model.domain import Case
from app.store import data_check, early_check
from app.store.datadir import DB_NAME
from app.store.early_check import EarlyCheck
from app.store.storage import Database


@pytest.fixture
def sound(tmp_path):
    folder = tmp_path / "data"
    db = Database.open_folder(folder)
    db.insert_case(Case(0, "Mum"))
    db.close()
    return folder


def test_a_sound_folder_is_found_sound_and_opened_without_reading_it_again(sound, monkeypatch):
    check = EarlyCheck(sound)
    found = check.finding(sound)
    assert found is not None and found.kind == data_check.SOUND
    monkeypatch.setattr(data_check, "check_folder", lambda folder: pytest.fail("read again"))
    db = Database.open_folder(sound, checked=found)
    try:
        assert [c.title for c in db.list_cases()] == ["Mum"]
    finally:
        db.close()


def test_a_folder_without_data_yet_is_new(tmp_path):
    assert EarlyCheck(tmp_path / "none").finding(tmp_path / "none").kind == data_check.NEW


def test_a_change_after_the_check_means_checking_again(sound):
    check = EarlyCheck(sound)
    check._thread.join()
    conn = sqlite3.connect(sound / DB_NAME)  # another app of ours, still saving as it closed
    conn.execute("UPDATE case_file SET title = 'Dad'")
    conn.commit()
    conn.close()
    assert check.finding(sound) is None


def test_a_change_while_checking_means_the_finding_is_not_kept(sound, monkeypatch):
    """Another app touched the file while it was read, and its time looks as before when used:
    only the check's own second look, right after reading, can tell."""
    db_file, real = sound / DB_NAME, data_check.check_folder
    before = db_file.stat()

    def read_while_written(folder):
        found = real(folder)
        os.utime(db_file, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
        return found
    monkeypatch.setattr(data_check, "check_folder", read_while_written)
    check = EarlyCheck(sound)
    check._thread.join()
    os.utime(db_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert early_check.files_state(sound)[str(db_file)] == (before.st_size, before.st_mtime_ns)
    assert check.finding(sound) is None


def test_a_damaged_file_is_left_to_the_usual_check_which_says_so(sound):
    with open(sound / DB_NAME, "r+b") as f:
        f.write(b"not SQLite at all")
    assert EarlyCheck(sound).finding(sound) is None
    assert data_check.check_folder(sound).kind == data_check.DAMAGED


def test_another_folder_or_a_failed_check_gives_nothing(sound, tmp_path, monkeypatch):
    assert EarlyCheck(sound).finding(tmp_path / "elsewhere") is None

    def fails(folder):
        raise OSError("the disk went away")
    monkeypatch.setattr(data_check, "check_folder", fails)
    assert EarlyCheck(sound).finding(sound) is None


def test_a_folder_another_app_holds_is_left_alone(sound, monkeypatch):
    """Its lock file is there: another app of ours is using it (or one was stopped without
    closing); nothing is read before this app holds the folder itself."""
    from app.store.datadir import LOCK_NAME
    (sound / LOCK_NAME).write_text("4242\n")
    monkeypatch.setattr(data_check, "check_folder", lambda folder: pytest.fail("read before the lock"))
    check = EarlyCheck(sound)
    assert not check.begun and check.finding(sound) is None
