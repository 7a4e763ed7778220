"""Start-up: the QApplication, the data folder, the window; and the offscreen smoke test."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.guide.content import Guide
from app.resources import RESOURCES
from app.store import data_check, sqlite_errors
from app.store.data_check import DamagedDataFile
from app.store.datadir import DB_NAME, DataFolderError
from app.store.early_check import EarlyCheck
from app.store.storage import Database
from app.ui import appearance, language, messages, single_instance
from app.ui.data.damaged_start import StartDeclined, start_without
from app.ui.data_folder import standard_data_dir
from app.ui.main_window import MainWindow
from app.ui.ui_state import UiState
from app.workspace.core import Workspace

READABLE_POINT_SIZE = 12.0


def paint_without_helper_threads() -> None:
    """Let Qt paint in this thread only.

    Qt's raster painter hands any fill taller than ~100 pixel rows that is not one plain
    colour (the Fusion style's scroll bars, buttons and tabs are gradients) to a pool of
    helper threads and waits for them. For widgets this small the hand-over costs far more
    than it saves: on a 2-core laptop one Fusion scroll bar took 1.9 ms to paint with the
    pool and 0.08 ms without, and the whole window 8.6 ms against 1.7 ms (first paint at
    start-up: 20 → 15 ms; again for issue 10, 41 alternating runs on a loaded 2-core machine:
    whole window 9.4 ms median without the pool, 17.3 ms with it). The app draws no large
    images, so it never needs the pool.
    Set before the first paint; a value already in the environment wins.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def make_application(argv: list[str]) -> QApplication:
    paint_without_helper_threads()
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Second Opinion Companion")
    app.setOrganizationName("SecondOpinionCompanion")
    app.setDesktopFileName("second-opinion-companion")
    icons = RESOURCES / "icons"
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(icons / f"second-opinion-companion-{size}.png"))
    app.setWindowIcon(icon)
    # the readable base size, kept on the application: the View menu's text size scales every
    # window from it (dialogs and message boxes too), and a new window starts from it again
    base = app.property("base_point_size")
    if base is None:
        base = max(app.font().pointSizeF(), READABLE_POINT_SIZE)
        app.setProperty("base_point_size", base)
    font = app.font()
    if font.pointSizeF() != base:
        font.setPointSizeF(base)
        app.setFont(font)
    return app


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def open_window(data_dir: Path, ask: bool = True, key: bytes | None = None,
                early: EarlyCheck | None = None, state: UiState | None = None) -> tuple[MainWindow, Database]:
    """Open the data and build the window; raises DataFolderError with a message to show.

    A damaged, empty or missing data file is explained and the person chooses (ask=True,
    app.ui.data.damaged_start): start with an empty workspace (the old files moved aside,
    untouched) or quit (nothing changed, StartDeclined). With ask=False (the smoke test) it is
    raised as it is.
    `key`: the data key of an encrypted folder (app.ui.data.lock asks for the passphrase first).
    `early`: the start-up check begun before the window's code was loaded (app.store.early_check).
    `state`: the folder's UI state when use_remembered_choices has been called already."""
    if state is None:
        state = use_remembered_choices(data_dir)
    if key is None:
        _backup_before_upgrade(Path(data_dir).expanduser())
    try:
        checked = early.finding(data_dir) if early is not None and key is None else None
        db = Database.open_folder(data_dir, key=key, checked=checked)
    except DamagedDataFile as exc:
        if not ask:
            raise
        db = start_without(exc.finding)
    _tidy_documents(db)
    base = QApplication.instance().property("base_point_size") or QApplication.font().pointSizeF()
    window = MainWindow(Workspace(db), Guide(), state, float(base))
    return window, db


def use_remembered_choices(data_dir: Path) -> UiState:
    """The person's language and appearance, from the folder's UI state, before any words are
    made or anything is shown: what the start-up check finds and the dialog that tells it, the
    unlock prompt, and the window (painted once, in the remembered appearance)."""
    state = UiState(data_dir)
    language.install(QApplication.instance(), state.text(language.STATE_KEY, language.SYSTEM))
    appearance.install(QApplication.instance(), state.text(appearance.STATE_KEY, appearance.SYSTEM))
    return state


def _backup_before_upgrade(folder: Path) -> None:
    """An older data file is backed up as it was before this version updates it (only then:
    reading the file's header costs nothing at a usual start)."""
    from datetime import datetime

    from app.store import migrations
    if not 0 < data_check.file_schema(folder / DB_NAME) < migrations.LATEST:
        return  # the usual start: nothing to update, and the backup module is not even loaded
    from app.store import backup
    if data_check.check_folder(folder).kind != data_check.SOUND:
        return  # a damaged file is told by Database.open_folder
    try:
        backup.backup_before_upgrade(folder, datetime.now())
    except backup.BackupError as exc:
        messages.show_error(None, _tr("No backup before the update"), str(exc))


def is_locked_folder(folder: Path) -> bool:
    """An encrypted data folder (app.store.encryption.state), told without loading that module
    for a plain one: its key file is there and the data file does not begin as plain SQLite."""
    folder = Path(folder).expanduser()
    if not (folder / "companion.keys.json").exists():
        return False
    from app.store import encryption
    return encryption.state(folder) == encryption.ENCRYPTED


def _tidy_documents(db: Database) -> None:
    """At start, when no undo can bring them back: the private copies a crashed run left in the
    temporary folder, half-written exports and calendar files a crash left where the person chose
    (app.store.whole_files), and document contents no document names any more (app.store.documents)."""
    from app.store import documents, private_copies, whole_files
    private_copies.remove_stale()
    whole_files.sweep(db.path.parent)
    try:
        documents.remove_unused(db.conn)
    except sqlite_errors.ERRORS:
        pass  # a read-only or damaged file: kept as it is (it is told elsewhere)


def run(data_dir: Path | None, quit_when_shown: bool = False, on_shown=None, early: EarlyCheck | None = None) -> int:
    """The app's life: returns the exit code. on_shown() is called once the window is shown
    (or the start-up error has been told, or the unlock prompt is shown). `early`: the check
    of the data folder main() began (app.store.early_check)."""
    os.umask(0o077)
    from app import process_hygiene
    app = make_application(sys.argv)
    folder = data_dir or standard_data_dir()
    state = use_remembered_choices(folder)  # before any words: a refusal to start is told in them too
    locked = is_locked_folder(folder)
    # no core dumps of what was typed, nor of the data key; for a plain folder (no key to keep)
    # the prctl part waits until the window is painted (below)
    process_hygiene.harden(dumpable_too=locked)
    held = _hold_data_folder(folder, on_shown)  # before the window: one app per data folder
    if not isinstance(held, single_instance.FolderClaim):
        return held
    from app.ui.data.lock import Session
    session = Session(folder, lambda key: open_window(folder, key=key),
                      lambda window: _window_opened(window, session))
    # a later start brings forward what is on screen: the unlock prompt or the window
    session.front_changed.connect(lambda front: setattr(held, "_window", front))
    if locked:  # the passphrase first, before anything of the data is shown (app.ui.data.lock)
        shown = session.show_prompt()
    else:
        try:
            window, db = open_window(folder, early=early, state=state)
        except StartDeclined:  # the person chose to quit; they have been told everything already
            if on_shown is not None:
                on_shown()
            held.release()
            return 2
        except DataFolderError as exc:
            if on_shown is not None:
                on_shown()
            messages.show_error(None, _tr("Second Opinion Companion cannot start"), str(exc))
            held.release()
            return 2
        window.show()
        shown = window
        # counted from here, not from the start: opening a big case on a slow laptop took over
        # GUARD_DELAY_MS, and then this (loading ctypes, ~5 ms) ran before the first paint
        QTimer.singleShot(GUARD_DELAY_MS, process_hygiene.not_dumpable)
    held.answer_later_starts_when_shown(shown)
    if not locked:
        session.adopt(window, db)
    if on_shown is not None:
        on_shown()
    if quit_when_shown:
        _quit_once_exposed(app, shown)
    code = app.exec()
    problem = session.finish()
    if problem:
        print(problem, file=sys.stderr)
    held.release()
    return code


def _window_opened(window: MainWindow, session) -> None:
    """Each window the session opens (at start, and after every unlock): the wheel guard once,
    and automatic backups."""
    if not getattr(_window_opened, "guarded", False):
        _window_opened.guarded = True  # type: ignore[attr-defined]
        guard_wheel_once_shown(window)

    def start_backups():
        if session.window is window and session.db is not None:
            session.autos = start_automatic_backups(window, session.db)
    QTimer.singleShot(GUARD_DELAY_MS, start_backups)


def start_automatic_backups(window: MainWindow, db: Database):
    """Backups at start-up and after changes (app.ui.data.auto_backup); a failure is shown in the
    status bar, since the person's own information is unchanged."""
    from app.ui.data.auto_backup import AutoBackup
    auto = AutoBackup(db, window)
    auto.failed.connect(lambda message: window.statusBar().showMessage(message, 20000))
    auto.start()
    return auto


def _hold_data_folder(folder: Path, on_shown) -> single_instance.FolderClaim | int:
    """This app's hold on the data folder, or the exit code when it must not open a window:
    0 when another app holds the folder and has brought its window forward, 3 when that app
    does not answer, 2 when the folder cannot be written (each told to the person)."""
    try:
        held = single_instance.claim(folder)
    except DataFolderError as exc:
        if on_shown is not None:
            on_shown()
        messages.show_error(None, _tr("Second Opinion Companion cannot start"), str(exc))
        return 2
    if held is not None:
        return held
    if single_instance.bring_forward_running_app(folder):
        return 0
    if on_shown is not None:
        on_shown()
    messages.show_error(None, *single_instance.seems_open_message())
    return 3


GUARD_DELAY_MS = 200


def guard_wheel_once_shown(window: MainWindow) -> None:
    """The wheel scrolls the page, never a choice it passes over (app.ui.widgets.wheel_guard).

    Installed a moment after the window is on screen: an application-wide Python event filter
    sees every event, and the first window's layout and painting are thousands of them (it cost
    about 80 ms of start-up installed before the first paint; measured with alternating starts).
    No page can be scrolled before it is shown."""
    QTimer.singleShot(GUARD_DELAY_MS, _install_wheel_guard)
    QTimer.singleShot(GUARD_DELAY_MS, show_focus_ring)


def _install_wheel_guard() -> None:
    from app.ui.widgets.wheel_guard import install_wheel_guard  # loaded when installed, after the first paint
    install_wheel_guard(QApplication.instance())


def show_focus_ring() -> None:
    """The visible focus ring (app.ui.appearance), likewise applied once the window is shown."""
    found = QApplication.instance().findChild(appearance.Appearance, "appearance")
    if found is not None:
        found.show_focus_ring()


def _quit_once_exposed(app: QApplication, window: MainWindow) -> None:
    def check():
        if window.windowHandle() is not None and window.windowHandle().isExposed():
            QTimer.singleShot(0, app.quit)  # let the first paint finish
        else:
            QTimer.singleShot(1, check)
    QTimer.singleShot(0, check)


def _support_precompiled() -> bool:
    import importlib.util
    support = sys.modules.get("shibokensupport")
    source = getattr(support, "__file__", None) or ""
    return "files.dir" in source and Path(importlib.util.cache_from_source(source)).exists()


def smoke_test(data_dir: Path | None, on_shown=None) -> int:
    """Start the real window offscreen, load the guide and a case, and quit. 0 means all well."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.umask(0o077)
    from app import process_hygiene
    process_hygiene.harden()
    app = make_application(sys.argv)
    from app.workspace.edits import CasePresence
    from app.workspace.example_case import example_case
    folder = data_dir or Path(tempfile.mkdtemp(prefix="soc-smoke-"))
    try:
        held = single_instance.claim(folder)
        if held is None:
            print(f"smoke test failed: the app is already open with the data in {folder}", file=sys.stderr)
            return 2
        window, db = open_window(folder, ask=False)  # nobody can answer a question here
        panel = window.workspace_panel
        if panel.case_id is None:
            panel.history.apply(CasePresence(
                adds=True, case=example_case()))
        window.show()
        answers_later_starts = held.answer_later_starts(window)
        if on_shown is not None:
            on_shown()
        QTimer.singleShot(0, app.quit)
        app.exec()
        case = panel.history.workspace.case(panel.case_id)
        checks = {
            "a case is shown": panel.model.columnCount() == len(case.opinions),
            "the grid has every row": panel.model.rowCount() == len(case.row_keys()),
            "the guide shows a topic": bool(window.guide_view.reader.toPlainText().strip()),
            "the database is sound": db.integrity() == "ok",
            "a later start on this folder would be answered (QtNetwork's local server)": answers_later_starts,
        }
        if on_shown is not None:  # main() pauses the collector while starting; it must be back
            import gc
            checks["Python's cycle collector runs again after start-up"] = gc.isenabled()
        from app.ui.data.lock import smoke_check
        checks["an encrypted data folder opens with its passphrase, and its backup is encrypted"] = smoke_check()
        from app.ui.data.exchange_worker import smoke_check as exchange_check
        checks["a backup, an export and an import, plain and with a passphrase, on the helper thread"] = \
            exchange_check()
        if getattr(sys, "frozen", False):
            checks["PySide's helpers load precompiled (packaging/shiboken_support.py)"] = _support_precompiled()
        window.close()
        db.close()
        held.release()
    except DataFolderError as exc:
        print(f"smoke test failed: {exc}", file=sys.stderr)
        return 2
    failed = [name for name, ok in checks.items() if not ok]
    if failed:
        print("smoke test failed: " + "; ".join(failed), file=sys.stderr)
        return 1
    print(f"smoke test passed: {len(case.opinions)} opinions, guide ok, data in {folder}")
    return 0
