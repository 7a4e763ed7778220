"""A really full disk and a really read-only data folder, with the real app in its own
process (tests/disk_full_driver.py).

The in-process tests (tests/ui/test_saved_means_saved.py) stand in for a full disk with
`PRAGMA max_page_count`. Here the disk is real: a small tmpfs is mounted (as root, which CI
is), the app writes its data there, the disk is filled up to the last byte by another file
while the app runs, and a long text is pasted into a grid cell. The text must stay on screen,
marked "Not saved yet", with one message naming the full disk; once the filler file is
deleted the app must save it by itself, exactly, into a sound data file.

Read-only needs an ordinary account, since root ignores permissions: the app runs as
`nobody` (setpriv). What was seen with real processes: SQLite checks permissions only when
it opens a file, so a folder and files made read-only while the app runs do not stop it
saving through the files it holds open; the read-only outage a person really meets is a data
file found read-only when the app starts (restored from a copy, or left by another account).
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.store.storage import Database

ROOT = Path(__file__).resolve().parents[1]
TMPFS_SIZE = "1m"  # room for the app's files with a little to spare; fill_up takes the rest
WAIT_S = 30  # bound on every answer from the app (a start on a loaded 2-core machine)
SAVE_WAIT_S = 12  # the app retries every 3 s (app.ui.history.RETRY_MS)
LONG_TEXT = "Typed: " + "Adenocarcinoma, Gleason 4+3, cribriform pattern; ask about PSMA PET. " * 300  # ~21 KB

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="mounts a tmpfs (Linux)")


class Driver:
    """The app in a child process; one JSON command in, one JSON report out."""

    def __init__(self, data_dir: Path, env: dict, prefix: tuple = ()):
        self.proc = subprocess.Popen([*prefix, sys.executable, "-m", "tests.disk_full_driver", str(data_dir)],
                                     cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        try:
            self.ready = self._read()
        except BaseException:
            self.stop()
            raise

    def _read(self) -> dict:
        import selectors
        with selectors.DefaultSelector() as selector:
            selector.register(self.proc.stdout, selectors.EVENT_READ)
            if not selector.select(WAIT_S):
                raise AssertionError(f"the app gave no answer within {WAIT_S} s")
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=WAIT_S)
            raise AssertionError(f"the app ended ({self.proc.returncode}): {self.proc.stderr.read()}")
        report = json.loads(line)
        assert "error" not in report, report["error"]
        return report

    def send(self, do: str, **args) -> dict:
        self.proc.stdin.write(json.dumps({"do": do, **args}) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def stop(self) -> str:
        """Ends the child whatever state it is in; returns what it wrote on stderr."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=WAIT_S)
        if self.proc.stderr.closed:
            return ""
        for stream in (self.proc.stdin, self.proc.stdout):
            stream.close()
        errors = self.proc.stderr.read()
        self.proc.stderr.close()
        return errors


def assert_nothing_went_wrong(stderr: str) -> None:
    """No traceback, no warning: only the offscreen platform's note that it has no window manager."""
    odd = [line for line in stderr.splitlines() if line and not line.startswith("This plugin does not support")]
    assert not odd, stderr


def child_env(**extra) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **extra)
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def stored_text(data_dir: Path, case_id: int, opinion_id: int) -> tuple[str, str]:
    db = Database.open_folder(data_dir)
    try:
        return db.load_case(case_id).opinion(opinion_id).answer("diagnosis").text, db.integrity()
    finally:
        db.close()


def fill_up(folder: Path) -> Path:
    """Write a file until the disk has no byte left; returns it."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        for chunk in (64 * 1024, 4096, 512, 1):
            try:
                while True:
                    out.write(b"\0" * chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    return filler


@pytest.fixture
def small_disk():
    """A 1 MiB tmpfs, mounted for this test only (root only: CI runs as root)."""
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this system")
    mount_point = Path(tempfile.mkdtemp(prefix="soc-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        mount_point.rmdir()
        pytest.skip("cannot mount a tmpfs here (mount, and unshare -m, need root; CI runs as root): "
                    f"{done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "--lazy", str(mount_point)], check=True, capture_output=True)
        mount_point.rmdir()


def test_a_really_full_disk_keeps_the_text_on_screen_and_saves_it_when_space_returns(small_disk, tmp_path):
    data_dir = small_disk / "data"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    app = Driver(data_dir, child_env(XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path)))
    try:
        made = app.send("case")
        case_id, opinion_id = made["case_id"], made["opinion_id"]
        assert made["label"] == "Saved" and made["cell"] == "" and not made["told"]

        filler = fill_up(small_disk)
        typed = app.send("paste", text=LONG_TEXT)
        assert typed["cell"] == LONG_TEXT and typed["editor"] == LONG_TEXT  # still shown, exactly
        assert not typed["cell_editor_open"]  # Tab left the cell
        assert typed["label"].startswith("Not saved yet") and typed["unsaved"] == 1
        assert "Not saved yet" in typed["cell_tooltip"]
        assert len(typed["told"]) == 1, typed["told"]
        assert "the disk is full" in typed["told"][0]["text"] and "stays on screen" in typed["told"][0]["text"]

        still = app.send("wait", seconds=4)  # at least one retry on the still-full disk
        assert still["label"].startswith("Not saved yet") and still["cell"] == LONG_TEXT
        assert len(still["told"]) == 1  # one message per outage, not one per retry

        filler.unlink()
        saved = app.send("wait", seconds=SAVE_WAIT_S)  # nothing asked: the app's own retry saves it
        assert saved["label"] == "Saved" and saved["unsaved"] == 0, saved["label"]
        assert saved["cell"] == LONG_TEXT and len(saved["told"]) == 1

        closed = app.send("quit")
        assert closed["closed"] and not closed["asked"]
        app.proc.wait(timeout=WAIT_S)
        assert app.proc.returncode == 0
    finally:
        errors = app.stop()
    assert_nothing_went_wrong(errors)
    assert stored_text(data_dir, case_id, opinion_id) == (LONG_TEXT, "ok")


# ---- read-only, as an ordinary account ------------------------------------------------------
@pytest.fixture
def as_nobody():
    """(data folder owned by nobody, environment, command prefix) to run the app as `nobody`,
    in a folder of its own that nobody can reach (pytest's temporary folders are root's, 0700)."""
    import pwd
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to the nobody account (CI runs as root)")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("no setpriv here (util-linux)")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no nobody account here")
    prefix = (setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--init-groups")
    base = Path(tempfile.mkdtemp(prefix="soc-ro-"))
    try:
        base.chmod(0o755)
        folders = {}
        for name in ("home", "run", "data"):
            folders[name] = base / name
            folders[name].mkdir(mode=0o700)
            os.chown(folders[name], nobody.pw_uid, nobody.pw_gid)
        env = child_env(HOME=str(folders["home"]), XDG_RUNTIME_DIR=str(folders["run"]))
        probe = subprocess.run([*prefix, sys.executable, "-c", "import PySide6.QtCore, app.store.storage"],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=WAIT_S)
        if probe.returncode != 0:
            pytest.skip(f"nobody cannot run this Python and the app's code from {sys.executable} and {ROOT} "
                        f"(every folder on the way must be readable by others): {probe.stderr.strip()[-300:]}")
        yield folders["data"], env, prefix
    finally:
        shutil.rmtree(base)


def nobody_can_write(prefix: tuple, folder: Path) -> bool:
    """Whether nobody can create a file in `folder` or append to its data file."""
    probe = (f"open({str(folder / 'probe')!r}, 'w').close(); "
             f"open({str(folder / 'companion.sqlite3')!r}, 'ab').close()")
    return subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True, timeout=WAIT_S).returncode == 0


def make_case(data_dir: Path, env: dict, prefix: tuple) -> tuple[int, int]:
    """A first session as nobody: a case with one opinion, then quit."""
    app = Driver(data_dir, env, prefix)
    try:
        made = app.send("case")
        assert app.send("quit")["closed"]
        app.proc.wait(timeout=WAIT_S)
    finally:
        assert_nothing_went_wrong(app.stop())
    return made["case_id"], made["opinion_id"]


def test_a_folder_made_read_only_while_the_app_runs_loses_nothing(as_nobody):
    """chmod while the app runs: the text stays on screen exactly and ends up stored exactly.
    (Today SQLite keeps writing through the files it opened, so this saves at once; should the
    app ever notice the change, it must keep the text and save it once the folder is writable.)"""
    data_dir, env, prefix = as_nobody
    app = Driver(data_dir, env, prefix)
    try:
        made = app.send("case")
        case_id, opinion_id = made["case_id"], made["opinion_id"]
        files = sorted(data_dir.iterdir())
        assert {f.name for f in files} >= {"companion.sqlite3", "companion.sqlite3-wal"}
        for path in files:
            path.chmod(0o400)
        data_dir.chmod(0o500)
        assert not nobody_can_write(prefix, data_dir)  # really read-only for the app's account

        typed = app.send("paste", text=LONG_TEXT)
        assert typed["cell"] == LONG_TEXT and typed["editor"] == LONG_TEXT
        assert all("cannot be written" in told["text"] for told in typed["told"]), typed["told"]
        assert len(typed["told"]) <= 1

        data_dir.chmod(0o700)
        for path in files:
            path.chmod(0o600)
        saved = app.send("wait", seconds=SAVE_WAIT_S)
        assert saved["label"] == "Saved" and saved["unsaved"] == 0 and saved["cell"] == LONG_TEXT
        assert app.send("quit")["closed"]
        app.proc.wait(timeout=WAIT_S)
        assert app.proc.returncode == 0
    finally:
        data_dir.chmod(0o700)
        errors = app.stop()
    assert_nothing_went_wrong(errors)
    assert stored_text(data_dir, case_id, opinion_id) == (LONG_TEXT, "ok")


def test_a_data_file_found_read_only_at_start_keeps_the_text_and_saves_it_once_writable(as_nobody):
    data_dir, env, prefix = as_nobody
    case_id, opinion_id = make_case(data_dir, env, prefix)
    (data_dir / "companion.sqlite3").chmod(0o444)  # as restored from a read-only copy
    app = Driver(data_dir, env, prefix)
    try:
        typed = app.send("paste", text=LONG_TEXT)
        assert typed["cell"] == LONG_TEXT and typed["editor"] == LONG_TEXT
        assert all("cannot be written" in told["text"] for told in typed["told"]), typed["told"]
        (data_dir / "companion.sqlite3").chmod(0o600)  # whatever the app did, it is writable now
        saved = app.send("wait", seconds=7)  # two retries (app.ui.history.RETRY_MS)
        assert saved["label"] == "Saved" and saved["unsaved"] == 0 and saved["cell"] == LONG_TEXT
        assert app.send("quit")["closed"]
    finally:
        errors = app.stop()
    assert_nothing_went_wrong(errors)
    assert stored_text(data_dir, case_id, opinion_id) == (LONG_TEXT, "ok")


def test_a_data_file_of_another_account_is_told_not_a_traceback(as_nobody):
    data_dir, env, prefix = as_nobody
    Database.open_folder(data_dir).close()  # made by root: left by the app run once with sudo, say
    (data_dir / "companion.sqlite3").chmod(0o644)
    app = None
    try:
        app = Driver(data_dir, env, prefix)
        if "refused" in app.ready:
            assert "cannot" in app.ready["refused"]
    finally:
        errors = app.stop() if app is not None else ""
    assert_nothing_went_wrong(errors)
