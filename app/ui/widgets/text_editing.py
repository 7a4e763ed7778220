"""Small pieces shared by every place a person types.

- `route_undo_to_app` makes Ctrl+Z / Ctrl+Shift+Z in a text field reach the app's one
  undo history instead of the field's private one, so undo means the same everywhere.
- `TextBinding` ties a line or text field to one stored value: typing is saved after a
  short pause (or when the field loses focus), and outside changes (undo, the grid)
  flow back into the field without moving the cursor.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.ui.history import EditHistory
from app.workspace.edits import set_value

SAVE_PAUSE_MS = 300
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_REDO = ("Ctrl+Shift+Z", "Ctrl+Y")


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo plus both common spellings, so either habit works everywhere."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    for extra in _EXTRA_REDO:
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


class _UndoRouter(QObject):
    def eventFilter(self, obj, event):
        if event.type() == event.Type.ShortcutOverride and (
                any(event.matches(k) for k in _UNDO_KEYS)
                or event.keyCombination().toCombined() in _extra_redo_codes()):
            event.ignore()
            return True
        return False


_router: _UndoRouter | None = None


def _extra_redo_codes() -> set[int]:
    return {QKeySequence(k)[0].toCombined() for k in _EXTRA_REDO}


def route_undo_to_app(widget) -> None:
    global _router
    if _router is None:
        _router = _UndoRouter()
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
    widget.installEventFilter(_router)


class TextBinding(QObject):
    def __init__(self, widget: QLineEdit | QPlainTextEdit, history: EditHistory,
                 target: Callable[[], tuple | None], label: str):
        super().__init__(widget)
        self.widget = widget
        self.history = history
        self.target = target
        self.label = label
        self.timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        route_undo_to_app(widget)
        widget.textChanged.connect(self._typed)
        widget.installEventFilter(self)
        history.flush_requested.connect(self.flush)

    def _text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def _typed(self, *_):
        self.timer.start()
        self.history.set_pending(self, True)

    def eventFilter(self, obj, event):
        if event.type() == event.Type.FocusOut:
            self.flush()
        return False

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def discard(self) -> None:
        self.timer.stop()
        self.history.set_pending(self, False)

    def detach(self) -> None:
        """Stop following the history: the field is going away."""
        self.discard()
        self.history.flush_requested.disconnect(self.flush)

    def flush(self) -> None:
        self.timer.stop()
        target = self.target()
        if target is not None:
            text = self._text()
            try:
                shown = self.history.shown(target)
            except KeyError:  # the opinion or row was removed meanwhile
                shown = text
            if shown != text:
                # when this fails, what was typed stays in the field: a full disk is kept and
                # retried by the history, anything else has been told to the person
                self.history.apply(set_value(self.history.workspace, target, text,
                                             QCoreApplication.translate("", "Typing in “{0}”").format(self.label),
                                             mergeable=True))
        self.history.set_pending(self, False)

    def refresh(self) -> None:
        """Show the stored value (or the one waiting to be saved), unless the person is
        mid-typing here."""
        if self.pending:
            return
        target = self.target()
        value = "" if target is None else self.history.shown(target)
        if value == self._text():
            return
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, QPlainTextEdit):
            pos = w.textCursor().position()
            w.setPlainText(value)
            cursor = w.textCursor()
            cursor.setPosition(min(pos, len(value)))
            w.setTextCursor(cursor)
        else:
            pos = w.cursorPosition()
            w.setText(value)
            w.setCursorPosition(min(pos, len(value)))
        w.blockSignals(False)
