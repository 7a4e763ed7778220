"""One app per data folder, with real app processes (app/ui/single_instance.py).

A later start on a folder in use must bring the running window forward and exit 0 with
no window of its own; a lock left by a killed app (kill -9) is taken over by the next
start; another data folder runs side by side; a hung app gets a kind message and nothing
changes. The later start exits 0 only when the running app has answered that it brought
its window forward, so its exit code is what proves the request arrived.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.ui import messages, single_instance

ROOT = Path(__file__).resolve().parents[1]
WAIT_S = 60  # bound on every wait for a child; generous, for a loaded 2-core machine

pytestmark = pytest.mark.skipif(os.name != "posix", reason="finds the local socket as a file (Unix)")


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch):
    """A private runtime folder for the local sockets (as /run/user/<uid> is on Linux), so that
    those left by killed apps go with it; short, as a socket path must be."""
    with tempfile.TemporaryDirectory(prefix="soc-run-") as runtime:
        monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)  # the children inherit it (_env)
        yield Path(runtime)


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _start(folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder)], cwd=ROOT,
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _start_again(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder)], cwd=ROOT,
                          env=_env(), capture_output=True, text=True, timeout=WAIT_S)


def _socket_path(folder: Path) -> Path:
    return Path(single_instance.server_name(folder))


def _lock_pid(folder: Path) -> int | None:
    try:
        return int((folder / single_instance.LOCK_NAME).read_text().split("\n")[0])
    except (OSError, ValueError):
        return None


def _wait_until_listening(folder: Path, proc: subprocess.Popen) -> None:
    """Until `proc` holds the folder's lock and listens for later starts (bounded)."""
    deadline = time.monotonic() + WAIT_S
    while not (_lock_pid(folder) == proc.pid and _socket_path(folder).exists()):
        if proc.poll() is not None:
            raise AssertionError(f"the app ended early ({proc.returncode}): {proc.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError("the app never started listening")
        time.sleep(0.05)


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=WAIT_S)
        proc.stderr.close()


def test_a_second_start_hands_over_and_a_killed_apps_lock_is_taken_over(tmp_path):
    folder, other = tmp_path / "family", tmp_path / "other"
    procs: list[subprocess.Popen] = []
    try:
        first = _start(folder)
        procs.append(first)
        _wait_until_listening(folder, first)

        a_day_ago = time.time() - 86400  # an app left open for a day still holds its folder
        os.utime(folder / single_instance.LOCK_NAME, (a_day_ago, a_day_ago))
        again = _start_again(folder)
        assert again.returncode == 0, again.stderr  # 0 only once the first app said it was brought forward
        assert first.poll() is None  # still running, and still the one holding the folder
        assert _lock_pid(folder) == first.pid

        first.send_signal(signal.SIGKILL)
        first.wait(timeout=WAIT_S)
        assert _lock_pid(folder) == first.pid  # the killed app's lock is left behind

        third = _start(folder)
        procs.append(third)
        _wait_until_listening(folder, third)  # took the stale lock over: it names the new app now
        again = _start_again(folder)
        assert again.returncode == 0, again.stderr

        beside = _start(other)  # another data folder runs side by side
        procs.append(beside)
        _wait_until_listening(other, beside)
        assert _socket_path(other) != _socket_path(folder)
        assert _start_again(other).returncode == 0
        assert third.poll() is None and beside.poll() is None
        assert _lock_pid(folder) == third.pid and _lock_pid(other) == beside.pid
    finally:
        _stop(procs)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking order
def test_the_running_window_comes_forward_from_minimised(qtbot, window, data_dir):
    held = single_instance.claim(data_dir)
    assert held is not None
    try:
        assert held.answer_later_starts(window)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        later = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)], cwd=ROOT,
                                 env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            qtbot.waitUntil(lambda: later.poll() is not None, timeout=WAIT_S * 1000)  # this loop answers it
            assert later.returncode == 0, later.stderr.read()
        finally:
            if later.poll() is None:
                later.kill()
            later.wait(timeout=WAIT_S)
            later.stderr.close()
        assert not window.isMinimized() and window.isVisible()
        qtbot.waitUntil(window.isActiveWindow)
    finally:
        held.release()


HUNG_APP = r'''
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtNetwork import QLocalServer
from app.ui.single_instance import LOCK_NAME, server_name
folder = Path(sys.argv[1])
app = QCoreApplication([])
lock = QLockFile(str(folder / LOCK_NAME))
assert lock.tryLock(0)
server = QLocalServer()
QLocalServer.removeServer(server_name(folder))
assert server.listen(server_name(folder))
time.sleep(120)  # never returns to the event loop: connections are accepted by the system, never answered
'''


def test_a_hung_app_on_the_folder_gets_a_kind_message_and_nothing_changes(qtbot, data_dir, monkeypatch):
    from app.store.storage import Database
    from app.ui import application
    Database.open_folder(data_dir).close()
    hung = subprocess.Popen([sys.executable, "-c", HUNG_APP, str(data_dir)], cwd=ROOT, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_listening(data_dir, hung)
        before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
        monkeypatch.setattr(single_instance, "CONNECT_WAIT_S", 0.5)
        monkeypatch.setattr(single_instance, "ANSWER_WAIT_MS", 300)
        shown = []
        monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append((title, text)))
        assert application.run(data_dir) == 3
        assert len(shown) == 1 and "open already" in shown[0][0]
        assert "not answering" in shown[0][1] and "changed nothing" in shown[0][1]
        assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
        assert hung.poll() is None
    finally:
        _stop([hung])


def test_a_folder_that_cannot_be_written_gets_the_data_folder_message(qtbot, tmp_path, monkeypatch):
    from app.ui import application
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    assert application.run(blocker / "data") == 2  # no folder, so no lock file, can be made there
    assert len(shown) == 1 and "cannot be saved" in shown[0] and "Nothing has been changed" in shown[0]
    assert blocker.read_text() == "not a folder" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_an_empty_lock_left_by_a_power_cut_is_taken_over(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    lock = folder / single_instance.LOCK_NAME
    lock.write_bytes(b"")  # made, but its contents never reached the disk
    an_hour_ago = time.time() - 3600
    os.utime(lock, (an_hour_ago, an_hour_ago))
    app = _start(folder)
    try:
        _wait_until_listening(folder, app)
        assert _start_again(folder).returncode == 0
    finally:
        _stop([app])


def test_the_socket_name_follows_the_folder_and_fits_a_unix_socket_path(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    deep = tmp_path.joinpath(*["a-long-folder-name-for-the-family-laptop"] * 8)
    deep.mkdir(parents=True)
    (tmp_path / "link").symlink_to(deep)
    assert single_instance.server_name(tmp_path / "link") == single_instance.server_name(deep)
    assert single_instance.server_name(deep) != single_instance.server_name(tmp_path)
    assert len(str(Path(tempfile.gettempdir()) / single_instance.server_name(deep)).encode()) < 100
    with tempfile.TemporaryDirectory(prefix="run-") as runtime:  # a short path, like /run/user/1000
        monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)  # the user's private folder, where there is one
        assert Path(single_instance.server_name(deep)).parent == Path(runtime)


FIRST_PAINT = r'''
import sys
from pathlib import Path
from app.ui import application, single_instance
app = application.make_application([])
folder = Path(sys.argv[1])
held = single_instance.claim(folder)
window, db = application.open_window(folder)
window.show()
held.answer_later_starts_when_shown(window)
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()  # the first paint
print("network loaded before the first paint:", "PySide6.QtNetwork" in sys.modules)
import time
deadline = time.monotonic() + 30
while held.server is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print("listening after it:", held.server is not None and held.server.isListening())
window.close()
db.close()
held.release()
'''


def test_the_local_server_waits_until_the_window_is_painted(tmp_path):
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(tmp_path / "data")], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=WAIT_S)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["network loaded before the first paint: False", "listening after it: True"]


def test_without_qtnetwork_the_lock_still_holds_and_a_later_start_is_told(qtbot, window, data_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtNetwork", None)  # as if its libraries were missing
    held = single_instance.claim(data_dir)
    try:
        assert not held.answer_later_starts(window)
        assert single_instance.claim(data_dir) is None  # the folder is still this app's
        monkeypatch.setattr(single_instance, "CONNECT_WAIT_S", 0.1)
        assert not single_instance.bring_forward_running_app(data_dir)
    finally:
        held.release()
    again = single_instance.claim(data_dir)  # and let go of at the end
    assert again is not None
    again.release()
