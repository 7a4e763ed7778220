"""The passphrase lock, driven like a person with real keys: set a passphrase in the real window,
start again (a new Database and window) behind the unlock prompt, a wrong then the right
passphrase, View ▸ Lock now (nothing of the case left in any widget, the connection closed),
and the idle lock on an injected wall clock.

Sizes: one example case (2 opinions) whose title, a question and an answer hold a marker. KDF
iterations are lowered to the minimum the key file accepts so each unlock takes milliseconds.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from app.model.questions import Question
from app.store import backup, encryption
from app.store.storage import Database
from app.ui.application import make_application, open_window
from app.ui.data import lock, passphrase_dialogs
from app.workspace.example_case import example_case
from tests.conftest import type_text
from tests.ui.test_workspace_flows import grid_edit

MARKER = "Kestrel-9031-private"
PASS = "blue kettle morning"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(encryption, "ITERATIONS", encryption.MIN_ITERATIONS)
    monkeypatch.setattr(lock, "DELAYS_MS", (50, 100, 200))


@pytest.fixture(autouse=True)
def no_error_boxes(monkeypatch):
    def fail(parent, title, text, *rest):
        raise AssertionError(f"{title}: {text}")
    monkeypatch.setattr("app.ui.messages.show_error", fail)


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    db = Database.open_folder(folder)
    case = example_case()
    case.title = f"Mum {MARKER}"
    case_id = db.insert_case(case, None, [Question(0, f"Ask about {MARKER}")])
    db.set_answer(db.load_case(case_id).opinions[0].id, "diagnosis", "text", f"Said {MARKER}")
    db.close()
    return folder


def widget_texts() -> list[str]:
    """Every text any live widget holds: labels, fields, combo items, table cells, documents."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLabel | QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root = QModelIndex()
            try:
                columns = m.columnCount(root)
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            texts += [str(m.index(r, c).data() or "") for r in range(m.rowCount(root)) for c in range(columns)]
        texts.append(w.windowTitle())
    return texts


def shows_marker() -> bool:
    return any(MARKER in t for t in widget_texts())


def typed_passphrase_dialog(qtbot, first: str, second: str):
    """A seam for ask_new_passphrase that types into the real dialog and presses its button."""
    def ask(parent, first_time):
        dialog = passphrase_dialogs.PassphraseDialog(parent, "t", passphrase_dialogs.HONEST if first_time else "")
        qtbot.keyClicks(dialog.first, first)
        qtbot.keyClicks(dialog.second, second)
        dialog.check()
        return dialog.first.text() if dialog.result() == dialog.DialogCode.Accepted else None
    return ask


def start_session(qtbot, folder, clock=None):
    make_application([])
    session = lock.Session(folder, lambda key: open_window(folder, key=key), clock=clock)
    return session


def open_plain(qtbot, folder, clock=None):
    session = start_session(qtbot, folder, clock)
    window, db = open_window(folder)
    window.show()
    qtbot.waitExposed(window)
    session.adopt(window, db)
    return session


def close_session(session):
    if session.window is not None:
        session.window.close()
        session.window.deleteLater()
    session.finish()
    if session.prompt is not None:
        session.prompt.close()


def unlock_with(qtbot, session, text: str) -> None:
    panel = session.prompt.panel
    qtbot.waitUntil(panel.field.isEnabled)
    qtbot.keyClicks(panel.field, text)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)


def test_set_passphrase_then_start_again_behind_the_prompt(qtbot, folder, monkeypatch):
    session = open_plain(qtbot, folder)
    window = session.window
    assert window.lock_actions["set_passphrase"].isEnabled()
    assert not window.lock_actions["lock_now"].isEnabled()
    # a mismatch is refused by the dialog; then typed twice the same
    mismatch = typed_passphrase_dialog(qtbot, PASS, PASS + "x")
    assert mismatch(window, True) is None
    monkeypatch.setattr(passphrase_dialogs, "ask_new_passphrase", typed_passphrase_dialog(qtbot, PASS, PASS))
    shown = []
    monkeypatch.setattr(passphrase_dialogs, "show_recovery_key", lambda parent, key: shown.append(key))
    window.lock_actions["set_passphrase"].trigger()
    assert len(shown) == 1
    assert encryption.state(folder) == encryption.ENCRYPTED
    assert window.lock_actions["lock_now"].isEnabled() and not window.lock_actions["set_passphrase"].isEnabled()
    assert MARKER in window.workspace_panel.case_picker.currentText()  # the window carried on
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    grid_edit(qtbot, window, 1, 0, "Typed after the passphrase")  # and it keeps saving, encrypted
    close_session(session)
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(list(backup.backup_folder(folder).glob("*.sqlite3"))) >= 1
    assert not [p.name for p in files if MARKER.encode() in p.read_bytes()]

    # a new start: only the prompt, nothing of the case, until the right passphrase
    session = start_session(qtbot, folder)
    prompt = session.show_prompt()
    qtbot.waitExposed(prompt)
    assert session.window is None and not shows_marker()
    unlock_with(qtbot, session, "blue kettle evening")
    assert "does not open" in prompt.panel.message.text()
    assert not prompt.panel.field.isEnabled()  # a short pause after a wrong passphrase
    assert session.window is None and not shows_marker()
    unlock_with(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.window is not None)
    assert MARKER in session.window.workspace_panel.case_picker.currentText()
    fresh = Database.open_folder(folder, key=encryption.unlock(folder, shown[0]))  # the recovery key
    try:
        texts = [a.text for a in fresh.load_case(fresh.list_cases()[0].id).opinions[0].answers.values()]
        assert "Typed after the passphrase" in texts
    finally:
        fresh.close()
    close_session(session)


def test_lock_now_closes_the_data_and_unlock_brings_it_back(qtbot, folder, monkeypatch):
    key, _ = encryption.set_passphrase(folder, PASS)
    session = start_session(qtbot, folder)
    window, db = open_window(folder, key=key)
    window.show()
    qtbot.waitExposed(window)
    session.adopt(window, db)
    panel = window.workspace_panel
    panel.show_tab(2)  # My questions
    case_id = panel.case_id
    qtbot.waitUntil(shows_marker)
    panel.show_tab(0)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    grid = panel.grid
    grid.setCurrentIndex(grid.model().index(1, 1))
    grid.edit(grid.model().index(1, 1))
    type_text(qtbot, QApplication.focusWidget(), " Typed just before the lock")  # still in the editor
    window.lock_actions["lock_now"].trigger()
    assert session.is_locked and not db.is_open and db.key is None
    qtbot.waitUntil(lambda: not shows_marker())
    unlock_with(qtbot, session, PASS)
    qtbot.waitUntil(lambda: session.window is not None)
    panel = session.window.workspace_panel
    assert (panel.case_id, panel.tabs.currentIndex()) == (case_id, 0)  # where it was
    assert shows_marker()
    close_session(session)
    fresh = Database.open_folder(folder, key=key)
    try:
        texts = [a.text for a in fresh.load_case(case_id).opinions[1].answers.values()]
        assert any(t.endswith(" Typed just before the lock") for t in texts)  # saved by the lock
    finally:
        fresh.close()


def test_the_idle_lock_counts_wall_clock_time(qtbot, folder, monkeypatch):
    key, _ = encryption.set_passphrase(folder, PASS)
    now = [1_000_000.0]
    monkeypatch.setattr(lock, "CHECK_MS", 20)
    session = start_session(qtbot, folder, clock=lambda: now[0])
    window, db = open_window(folder, key=key)
    window.state.set_number(lock.IDLE_KEY, 5)
    window.show()
    qtbot.waitExposed(window)
    session.adopt(window, db)
    now[0] += 4 * 60  # four minutes: not yet
    qtbot.wait(60)  # several checks run (the timer's interval is 20 ms)
    assert not session.is_locked
    qtbot.keyClick(window.workspace_panel.case_picker, Qt.Key.Key_Shift)  # a key press is activity
    now[0] += 4 * 60
    qtbot.wait(60)
    assert not session.is_locked
    now[0] += 61  # five minutes after the last key press, as after a sleep of the laptop
    qtbot.waitUntil(lambda: session.is_locked)
    assert not db.is_open
    close_session(session)


def test_the_platform_saying_suspended_locks(qtbot, folder):
    key, _ = encryption.set_passphrase(folder, PASS)
    session = start_session(qtbot, folder)
    window, db = open_window(folder, key=key)
    window.show()
    session.adopt(window, db)
    session.watcher._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert session.is_locked and not db.is_open
    close_session(session)


RUN_LOCKED = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.ui import application
seen = []

def on_shown():
    widgets = [w for w in QApplication.allWidgets()]
    seen.append(sorted({type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()}))
    seen.append(any(sys.argv[2] in (getattr(w, "text", lambda: "")() or "") for w in widgets
                    if callable(getattr(w, "text", None))))
    seen.append("sqlcipher3" in sys.modules)
code = application.run(Path(sys.argv[1]), quit_when_shown=True, on_shown=on_shown)
print(json.dumps([code, *seen]))
"""


def test_the_app_started_on_a_locked_folder_shows_only_the_prompt(folder):
    """application.run, as main() calls it (in a child process: its event loop ends with quit):
    the prompt is on screen, no window of the data, and sqlcipher3 is not even loaded yet."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path
    encryption.set_passphrase(folder, PASS)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", RUN_LOCKED, str(folder), MARKER], cwd=root,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root)),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    code, visible, marker_shown, sqlcipher_loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0
    assert "UnlockWindow" in visible and "MainWindow" not in visible
    assert not marker_shown and not sqlcipher_loaded


RUN_LOCKED_WORDS = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QPushButton
from app.ui import application
seen = []

def on_shown():
    seen.append(sorted(b.text() for b in QApplication.allWidgets() if isinstance(b, QPushButton) and b.isVisible()))
code = application.run(Path(sys.argv[1]), quit_when_shown=True, on_shown=on_shown)
print(json.dumps([code, *seen]))
"""


def test_the_unlock_prompt_speaks_the_language_the_person_chose(folder):
    """The prompt comes before the data is opened: the person's language (kept in the folder's
    UI state, which is never encrypted) is installed first (it used to come with the data)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from app.ui import language
    from app.ui.ui_state import UiState
    state = UiState(folder)
    state.set_text(language.STATE_KEY, language.SPANISH)
    state.sync()
    encryption.set_passphrase(folder, PASS)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", RUN_LOCKED_WORDS, str(folder)], cwd=root,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root)),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    code, buttons = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0 and "&Desbloquear" in buttons, buttons
