"""Export and import run on a helper thread: the window keeps processing events meanwhile, Cancel
stops them before anything is written, and what they do is stored. Driven by keyboard through the
File menu; no timing is asserted: a step of the helper is held at a gate until the test opens it.

Sizes: the example case and one more; plain files (no scrypt) except the one protected export.
"""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.store import backup, exchange_format
from app.workspace import merge
from app.workspace.exchange_bundle import collect
from tests.conftest import type_text
from tests.ui.test_exchange_flow import (  # noqa: F401 (fixtures)
    SECRET,
    apps,
    gone,
    laptop_with_cases,
    menu_item,
    no_error_boxes,
    stored,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


class Gate:
    """Holds a helper-thread step until `open()`; `entered` is set when the helper reaches it."""

    def __init__(self, monkeypatch, owner, name: str):
        self.entered, self.opened = threading.Event(), threading.Event()
        real = getattr(owner, name)

        def held(*args, **kwargs):
            self.entered.set()
            self.opened.wait(30)
            return real(*args, **kwargs)
        monkeypatch.setattr(owner, name, held)

    def open(self) -> None:
        self.opened.set()


class Ticks:
    """A timer on the window's thread: it only counts while the event loop runs."""

    def __init__(self):
        self.count = 0
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def settled(dialog) -> bool:
    """The helper is done and the dialog has the keyboard back (that comes a moment later)."""
    return dialog.job is None and dialog.isActiveWindow() and QApplication.focusWidget() is not None


def progress_of(dialog) -> QProgressDialog:
    return dialog.job.progress


def start_export(qtbot, win, monkeypatch, target, passphrase=None):
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_save_path", lambda parent, suggested: target)
    told = []
    monkeypatch.setattr("app.ui.messages.show_info", lambda parent, title, text: told.append(text))
    dialog = menu_item(qtbot, win, Qt.Key.Key_X)
    qtbot.waitUntil(dialog.passphrase.hasFocus)
    if passphrase is None:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.warning.isVisible)
    else:
        type_text(qtbot, dialog.passphrase, passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.again, passphrase)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    return dialog, told


def test_export_runs_on_a_helper_while_the_window_keeps_ticking(qtbot, apps, tmp_path, monkeypatch):  # noqa: F811
    anna = tmp_path / "anna"
    laptop_with_cases(anna)
    win = apps(anna)
    gate = Gate(monkeypatch, exchange_format, "_json_bytes")
    target = tmp_path / "out.socase"
    dialog, told = start_export(qtbot, win, monkeypatch, target, passphrase=SECRET)
    qtbot.waitUntil(gate.entered.is_set)
    assert dialog.job.running
    ticks = Ticks()
    qtbot.waitUntil(lambda: ticks.count >= 5)  # the event loop runs while the helper is busy…
    assert dialog.job.running and not target.exists()  # …and the helper is still at its step
    qtbot.waitUntil(lambda: progress_of(dialog).isVisible())  # after a moment, the progress shows
    gate.open()
    qtbot.waitUntil(lambda: gone(dialog))
    ticks.timer.stop()
    assert str(target) in told[0]
    payload = exchange_format.unpack(target.read_bytes(), SECRET)
    titles = [r["fields"]["title"] for r in payload["records"] if r["kind"] == "case"]
    assert titles == [win.history.workspace.case(win.workspace_panel.case_id).title]


def test_cancelling_an_export_leaves_no_file(qtbot, apps, tmp_path, monkeypatch):  # noqa: F811
    anna = tmp_path / "anna"
    laptop_with_cases(anna)
    before = stored(anna)
    win = apps(anna)
    gate = Gate(monkeypatch, exchange_format, "_json_bytes")
    target = tmp_path / "out.socase"
    dialog, told = start_export(qtbot, win, monkeypatch, target)
    qtbot.waitUntil(gate.entered.is_set)
    progress = progress_of(dialog)
    qtbot.waitUntil(lambda: progress.isVisible() and progress.isActiveWindow())
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Esc cancels, like the Cancel button
    gate.open()
    qtbot.waitUntil(lambda: settled(dialog))
    assert "no file was written" in dialog.problem.text() and dialog.problem.isVisible()
    assert dialog.isVisible() and told == []  # back in the dialog, to try again or close
    assert list(tmp_path.glob("out.socase*")) == []  # neither the file nor a .partial
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(dialog))
    assert stored(anna) == before


def test_import_reads_and_applies_on_a_helper_and_cancel_changes_nothing(qtbot, apps, tmp_path, monkeypatch):  # noqa: F811
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    laptop_with_cases(anna)
    from app.store.storage import Database
    db = Database.open_folder(anna)
    source = tmp_path / "all.socase"
    exchange_format.write_file(source, exchange_format.pack(collect(db, None), None))
    db.close()
    win = apps(ben)
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_open_path", lambda parent, folder: source)

    # first: held in the preview, then cancelled; nothing changes, no backup is made
    gate = Gate(monkeypatch, merge, "preview")
    dialog = menu_item(qtbot, win, Qt.Key.Key_I)
    qtbot.waitUntil(gate.entered.is_set)
    progress = progress_of(dialog)
    qtbot.waitUntil(lambda: progress.isVisible() and progress.isActiveWindow())
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    gate.open()
    qtbot.waitUntil(lambda: settled(dialog))
    assert "Nothing was changed" in dialog.problem.text() and not dialog.apply_button.isEnabled()
    assert stored(ben) == {} and backup.list_backups(backup.backup_folder(ben)) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(dialog))
    monkeypatch.undo()
    monkeypatch.setattr("app.ui.data.exchange_dialogs.ask_open_path", lambda parent, folder: source)
    monkeypatch.setattr("app.ui.messages.show_error", _fail)

    # then: read, and the apply held at its merge while the window keeps ticking
    gate = Gate(monkeypatch, merge, "apply")
    dialog = menu_item(qtbot, win, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: dialog.list.isVisible() and dialog.apply_button.hasFocus())
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(gate.entered.is_set)  # Alt+A clicks a moment later, as Qt animates it
    assert dialog.job.running
    ticks = Ticks()
    qtbot.waitUntil(lambda: ticks.count >= 5)
    assert dialog.job.running and stored(ben) == {}  # not yet: the merge is one transaction
    progress = progress_of(dialog)
    qtbot.waitUntil(progress.isVisible)
    assert progress.findChild(type(dialog.apply_button)) is None  # no Cancel once writing began
    gate.open()
    qtbot.waitUntil(lambda: gone(dialog))
    ticks.timer.stop()
    assert stored(ben) == stored(anna)
    assert sorted(s.title for s in win.history.workspace.case_summaries()) == sorted(stored(anna))
    assert [b.reason for b in backup.list_backups(backup.backup_folder(ben))] == [backup.BEFORE_IMPORT]


def _fail(parent, title, text):
    raise AssertionError(f"{title}: {text}")


def test_esc_on_the_export_dialog_while_the_helper_works_stops_it_and_keeps_the_dialog(qtbot, apps, tmp_path,  # noqa: F811
                                                                                      monkeypatch):
    anna = tmp_path / "anna"
    laptop_with_cases(anna)
    win = apps(anna)
    gate = Gate(monkeypatch, exchange_format, "_json_bytes")
    target = tmp_path / "out.socase"
    dialog, told = start_export(qtbot, win, monkeypatch, target)
    qtbot.waitUntil(gate.entered.is_set)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # before the progress shows: Esc reaches the dialog
    assert dialog.isVisible()
    gate.open()
    qtbot.waitUntil(lambda: settled(dialog))
    assert "no file was written" in dialog.problem.text()
    assert list(tmp_path.glob("out.socase*")) == [] and told == []
