"""Shared fixtures: every test runs offscreen against its own temporary data folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.umask(0o077)

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def window(qtbot, data_dir):
    """The real main window on a fresh data folder, shown."""
    from PySide6.QtWidgets import QApplication

    from app.ui.application import make_application, open_window
    make_application([])
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.resize(1280, 800)  # as on a laptop (the offscreen screen is only 800 × 800)
    win.show()
    qtbot.waitExposed(win)
    # a dialog a test before closed can stay the offscreen platform's active window, and then the
    # window's keyboard shortcuts would not fire: the new window is the active one, as on a desktop
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    from app.ui.application import show_focus_ring
    from app.ui.widgets.wheel_guard import install_wheel_guard
    install_wheel_guard(QApplication.instance())  # as run() does a moment after showing the window
    show_focus_ring()
    yield win
    win.close()
    db.close()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person; non-ASCII characters go one by one (keyClicks aborts on them)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def nobody():
    """(a folder of nobody's own, run(code, *args) as nobody). Root ignores file modes, so what
    an ordinary account meets is only seen as one: nobody, through setpriv (CI runs as root)."""
    import pwd
    setpriv = shutil.which("setpriv")
    if os.name != "posix" or os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run as the nobody account (CI runs as root)")
    account = pwd.getpwnam("nobody")
    prefix = (setpriv, f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--init-groups")
    base = Path(tempfile.mkdtemp(prefix="soc-open-"))
    base.chmod(0o755)
    folder = base / "data"
    folder.mkdir(mode=0o700)
    os.chown(folder, account.pw_uid, account.pw_gid)
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def run(code: str, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    probe = run("import app.store.storage")
    if probe.returncode != 0:
        shutil.rmtree(base)
        pytest.skip(f"nobody cannot run this Python from here: {probe.stderr[-300:]}")
    yield folder, run
    shutil.rmtree(base)
