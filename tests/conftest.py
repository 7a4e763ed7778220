"""Shared fixtures: every test runs offscreen against its own temporary data folder."""
from __future__ import annotations

import os

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
