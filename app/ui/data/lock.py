"""The lock: the unlock prompt, the idle watcher, and the session that closes and reopens the data.

The lock is the key, not a screen over an open database. Locking saves what is pending, makes
a last backup, closes the window (every widget that held the person's text is deleted) and the
data connection, and drops the data key; only the unlock window is left. Unlocking derives the
key again from the passphrase, opens the data and builds a new window at the same case and tab.

Idle time is measured on the wall clock (`wall_clock`, time.time), not a monotonic timer alone,
so time the laptop spent asleep counts: the check that runs every CHECK_MS compares the clock
with the time of the last key press, click or wheel turn. The app also locks when Qt says it
was suspended or hidden (QGuiApplication.applicationStateChanged), and checks the clock at once
when it becomes active again.
"""
from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store.datadir import DataFolderError

CHECK_MS = 15_000  # how often the idle time is compared with the clock
DELAYS_MS = (500, 1000, 2000, 4000, 8000)  # after the 1st, 2nd, … wrong passphrase in a row
IDLE_KEY = "lock/idle_minutes"  # UI state: minutes without input before the app locks (0: never)
DEFAULT_IDLE_MINUTES = 10
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut}


def wall_clock() -> float:
    """Seconds on the wall clock (a seam for tests): sleep and suspend count."""
    return time.time()


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class UnlockPanel(QWidget):
    """The passphrase prompt. Signals: unlocked(bytes) with the data key."""
    unlocked = Signal(bytes)

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.failures = 0
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = _plain(self.tr("Your information is locked"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(_plain(self.tr("Type your passphrase to open it. If you have forgotten it, "
                                        "you can type your recovery key instead."), self))
        row = QHBoxLayout()
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setMaxLength(1024)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setDefault(True)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.message = _plain("", self)
        self.message.setObjectName("unlock_message")
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.field.returnPressed.connect(self.try_unlock)
        self.button.clicked.connect(self.try_unlock)
        self.setFocusProxy(self.field)

    def try_unlock(self) -> None:
        if not self.field.isEnabled():
            return
        text = self.field.text()
        self.field.clear()
        if not text:
            self.message.setText(self.tr("Please type your passphrase."))
            return
        self.message.setText(self.tr("Opening…"))
        self.message.repaint()
        from app.store import encryption  # loaded with the first unlock, not at start-up
        try:
            key = encryption.unlock(self.folder, text)
        except encryption.WrongPassphrase as exc:
            self.failures += 1
            delay = DELAYS_MS[min(self.failures, len(DELAYS_MS)) - 1]
            self.message.setText(str(exc) + " " + self.tr("You can try again in a moment."))
            self._wait(delay)
            return
        except encryption.EncryptionError as exc:
            self.message.setText(str(exc))
            return
        self.failures = 0
        self.message.setText("")
        self.unlocked.emit(key)

    def _wait(self, delay_ms: int) -> None:
        """A short, growing pause after a wrong passphrase (slows guessing at the keyboard)."""
        self.field.setEnabled(False)
        self.button.setEnabled(False)
        QTimer.singleShot(delay_ms, self._ready)

    def _ready(self) -> None:
        self.field.setEnabled(True)
        self.button.setEnabled(True)
        self.field.setFocus()


class UnlockWindow(QWidget):
    """The only window while the app is locked."""

    def __init__(self, folder: Path):
        super().__init__()
        self.setWindowTitle(self.tr("Second Opinion Companion — locked"))
        self.setObjectName("unlock_window")
        self.panel = UnlockPanel(folder, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.panel)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 18)


class IdleWatcher(QObject):
    """Signals: lock_due() when the person has been away for the chosen minutes (wall clock), or
    the platform said the app was suspended or hidden."""
    lock_due = Signal()

    def __init__(self, minutes, clock=None, parent=None):
        super().__init__(parent)
        self.minutes = minutes  # a callable: the setting may change while the app runs
        self.clock = clock or wall_clock
        self.last_input = self.clock()
        app = QApplication.instance()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        minutes = self.minutes()
        if minutes > 0 and self.clock() - self.last_input >= minutes * 60:
            self.lock_due.emit()

    def _state_changed(self, state) -> None:
        if state in (Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden):
            self.lock_due.emit()
        elif state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from sleep: the wall clock says how long it was

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.applicationStateChanged.disconnect(self._state_changed)


class Session(QObject):
    """The window with the open data or, while locked, only the unlock window.

    `build(key)` opens the data (None: plain) and returns (window, db); `on_window(window)` is told
    each new window (automatic backups, the single-instance answer). Signals: locked(), unlocked(),
    front_changed(QWidget): the window a later start should bring forward (the prompt or the window)."""
    locked = Signal()
    unlocked = Signal()
    front_changed = Signal(QWidget)

    def __init__(self, folder: Path, build, on_window=None, clock=None, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self._build = build
        self._on_window = on_window
        self.clock = clock
        self.window = None
        self.db = None
        self.prompt: UnlockWindow | None = None
        self.watcher: IdleWatcher | None = None
        self.autos = None
        self._where: tuple | None = None  # (case id, tab) at the lock

    # ---- open ------------------------------------------------------------------------------
    def adopt(self, window, db) -> None:
        """Take the window and data opened at start (plain, or just unlocked)."""
        self.window, self.db = window, db
        window.session = self
        self.front_changed.emit(window)
        if db.key is not None:
            self.watch()
        if self._on_window is not None:
            self._on_window(window)

    def watch(self) -> None:
        """Start the idle watcher (once a passphrase is set; a plain app never locks)."""
        if self.watcher is None:
            self.watcher = IdleWatcher(self.idle_minutes, self.clock, self)
            self.watcher.lock_due.connect(self.lock_now)

    def unwatch(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None

    def idle_minutes(self) -> int:
        window = self.window
        return window.state.number(IDLE_KEY, DEFAULT_IDLE_MINUTES) if window is not None else 0

    def show_prompt(self, geometry=None) -> UnlockWindow:
        self.prompt = UnlockWindow(self.folder)
        if geometry is not None:
            self.prompt.setGeometry(geometry)
        self.prompt.panel.unlocked.connect(self._unlock)
        self.prompt.show()
        self.front_changed.emit(self.prompt)
        self.prompt.panel.setFocus()
        return self.prompt

    def _unlock(self, key: bytes) -> None:
        from app.store.encryption import EncryptionError
        try:
            window, db = self._build(key)
        except (DataFolderError, EncryptionError) as exc:
            if self.prompt is not None:
                self.prompt.panel.message.setText(str(exc))
            return
        if self.prompt is not None:
            window.setGeometry(self.prompt.geometry())
        window.show()
        self.adopt(window, db)
        if self._where is not None:
            case_id, tab = self._where
            panel = window.workspace_panel
            if case_id in [s.id for s in window.history.workspace.case_summaries()]:
                panel.show_case(case_id)
            panel.show_tab(tab)
        if self.prompt is not None:
            self.prompt.close()
            self.prompt.deleteLater()
            self.prompt = None
        self.unlocked.emit()

    # ---- lock ------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.window is None

    def lock_now(self) -> bool:
        """Save what is pending, close the window and the data, drop the key. False (and the
        window says why) when pending edits cannot be saved: locking would lose them."""
        window, db = self.window, self.db
        if window is None or db is None or db.key is None:
            return False
        modal = QApplication.activeModalWidget()
        if modal is not None:  # a dialog's own event loop is running: end it, then lock
            modal.reject() if hasattr(modal, "reject") else modal.close()
            QTimer.singleShot(0, self.lock_now)
            return False
        window.history.flush_requested.emit()
        if window.history.unsaved and not window.history.retry():
            window.statusBar().showMessage(_tr("Not locked: some changes are not saved yet. The app "
                                               "locks once they are saved."), 15000)
            return False
        panel = window.workspace_panel
        self._where = (panel.case_id, panel.tabs.currentIndex())
        self.unwatch()
        if self.autos is not None:
            problem = self.autos.finish()  # a last backup of what changed, encrypted like the data
            if problem:
                print(problem, file=sys.stderr)
            self.autos = None
        self.show_prompt(window.geometry())  # first, so closing the window does not quit the app
        window.close()
        window.deleteLater()
        db.close()  # the connection is closed and the key dropped
        self.window = self.db = None
        gc.collect()
        self.locked.emit()
        return True

    def finish(self) -> str | None:
        """At quit: the last backup and closing the data."""
        problem = self.autos.finish() if self.autos is not None else None
        if self.db is not None:
            self.db.close()
        return problem


def smoke_check() -> bool:
    """The lock in the smoke test (and so in the frozen bundle, with sqlcipher3 inside it): a
    passphrase set, the folder seen as locked, a wrong passphrase refused, the right one opening
    the window's data, a backup made and verified with the key, no plain text in any file."""
    import shutil
    from datetime import datetime

    from app.store import backup, encryption
    from app.store.storage import Database
    from app.ui.application import is_locked_folder, open_window
    from app.workspace.example_case import example_case
    folder = Path(tempfile.mkdtemp(prefix="soc-smoke-locked-"))
    marker = "smoke-marker-31415"
    try:
        db = Database.open_folder(folder)
        case = example_case()
        case.title = marker
        db.insert_case(case)
        db.close()
        encryption.set_passphrase(folder, "smoke test passphrase")
        try:
            encryption.unlock(folder, "not the passphrase")
            return False
        except encryption.WrongPassphrase:
            pass
        window, db = open_window(folder, ask=False, key=encryption.unlock(folder, "smoke test passphrase"))
        try:
            ok = (is_locked_folder(folder) and [c.title for c in db.list_cases()] == [marker]
                  and str(db.conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1")
            info = backup.make_backup(db.conn, backup.backup_folder(folder), datetime.now(), key=db.key)
            ok = ok and info is not None and backup.verify(info, db.key)["cases"] == 1
        finally:
            window.close()
            window.deleteLater()
            db.close()
        return ok and not any(marker.encode() in p.read_bytes() for p in folder.rglob("*") if p.is_file())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
