"""Files written where the person chose: whole or not at all, and no half-written copy left
behind by a crash (app.store.whole_files). A real crash in the middle of an export, and the next
start of the real app: tests/test_crash_mid_export.py."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.store import whole_files
from app.store.whole_files import LEDGER, partial_path, sweep, write_whole

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_is_written_whole_and_nothing_stays_listed(tmp_path):
    data, out = tmp_path / "data", tmp_path / "stick" / "export.socase"
    data.mkdir()
    out.parent.mkdir()
    seen = []

    def write(f):
        seen.append(json.loads((data / LEDGER).read_text()))  # listed while it is being written
        f.write(b"all of it")
    write_whole(out, write, data)
    assert out.read_bytes() == b"all of it"
    assert seen == [[str(partial_path(out))]]
    assert not partial_path(out).exists() and not (data / LEDGER).exists()
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_leaves_neither_the_partial_nor_its_entry(tmp_path):
    data, out = tmp_path / "data", tmp_path / "export.socase"
    data.mkdir()
    out.write_bytes(b"the earlier export")

    def fail(f):
        f.write(b"half")
        raise OSError(28, "No space left on device")
    with pytest.raises(OSError):
        write_whole(out, fail, data)
    assert out.read_bytes() == b"the earlier export"  # the old file stays as it was
    assert not partial_path(out).exists() and not (data / LEDGER).exists()


def test_the_sweep_removes_what_was_listed_and_keeps_entries_for_a_drive_not_plugged_in(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    left = tmp_path / "export.socase.partial"
    left.write_bytes(b"half an export")
    gone = tmp_path / "already-gone.ics.partial"
    unplugged = tmp_path / "usb-stick-not-here" / "export.socase.partial"
    other = tmp_path / "someone-elses.partial"  # not listed: never touched
    other.write_bytes(b"not ours")
    (data / LEDGER).write_text(json.dumps([str(left), str(gone), str(unplugged), "/etc/passwd"]))
    assert sweep(data) == [left]
    assert not left.exists() and other.exists()
    assert json.loads((data / LEDGER).read_text()) == [str(unplugged)]  # tried again next start
    unplugged.parent.mkdir()
    unplugged.write_bytes(b"half")
    assert sweep(data) == [unplugged] and not (data / LEDGER).exists()


@pytest.mark.parametrize("ledger", ["not json", "{\"a\": 1}", "[1, 2]"])
def test_an_unreadable_list_removes_nothing(tmp_path, ledger):
    (tmp_path / LEDGER).write_text(ledger)
    assert sweep(tmp_path) == []


def test_a_data_folder_that_cannot_be_written_does_not_stop_an_export(tmp_path):
    not_a_folder = tmp_path / "file-in-the-way"
    not_a_folder.write_text("")
    out = tmp_path / "export.socase"
    write_whole(out, lambda f: f.write(b"whole"), not_a_folder)
    assert out.read_bytes() == b"whole" and not partial_path(out).exists()


def test_the_module_lists_under_one_lock(tmp_path, monkeypatch):
    """The export's helper thread and the window may list files at once: each change of the
    list happens under the module's lock (read, change, write)."""
    calls = []

    class Spy:
        def __enter__(self):
            calls.append("in")

        def __exit__(self, *exc):
            calls.append("out")
    monkeypatch.setattr(whole_files, "_lock", Spy())
    write_whole(tmp_path / "a.ics", lambda f: f.write(b"x"), tmp_path)
    assert calls == ["in", "out", "in", "out"]
