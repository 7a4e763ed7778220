"""How one cell of the side-by-side grid is edited: a multi-line editor for text rows (saved
after a short pause even while open; Esc puts back what the cell had), the fixed list for
choice rows, and what a screen reader hears for the cell."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QPlainTextEdit, QStyledItemDelegate

from app.model.aspects import CHOICE
from app.ui.core_strings import core_text
from app.ui.widgets.text_editing import SAVE_PAUSE_MS, route_undo_to_app
from app.ui.workspace.comparison_model import CHOICES_ROLE, KIND_ROLE


def cell_name(index) -> str:
    """What a screen reader says for a cell: the aspect and whose opinion it is."""
    model = index.model()
    row = model.row_label(index.row())
    column = " ".join(str(model.headerData(index.column(), Qt.Orientation.Horizontal) or "").split("\n")[:2])
    return f"{row}, {column}"


class CellDelegate(QStyledItemDelegate):
    """Signal: pending_changed(editor, bool) when an open cell starts or stops holding typing
    that has not been handed over yet (so the window never says "Saved" too early).

    Esc cancels the edit in progress: the cell gets back the text it had when it was opened,
    also when a pause already saved part of the typing (that step then leaves the undo list)."""
    pending_changed = Signal(object, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._open: dict[QPlainTextEdit, str] = {}  # open text editors -> text before editing

    def createEditor(self, parent, option, index):
        if index.data(KIND_ROLE) == CHOICE:
            editor = QComboBox(parent)
            editor.addItem(self.tr("(not recorded)"), "")
            for choice in index.data(CHOICES_ROLE):
                editor.addItem(core_text(choice), choice)
            editor.setAccessibleName(cell_name(index))
        else:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(cell_name(index))
            pause = QTimer(editor, singleShot=True, interval=SAVE_PAUSE_MS)
            pause.timeout.connect(lambda: self._hand_over(editor))
            editor.textChanged.connect(pause.start)
            editor.textChanged.connect(lambda: self.pending_changed.emit(editor, True))
            self._open[editor] = index.data(Qt.ItemDataRole.EditRole) or ""
        route_undo_to_app(editor)
        return editor

    def _hand_over(self, editor) -> None:
        self.commitData.emit(editor)
        self.pending_changed.emit(editor, False)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif editor.toPlainText() != value:  # unchanged after our own save: keep the cursor where it is
            editor.blockSignals(True)  # showing the stored text is not typing
            editor.setPlainText(value)
            editor.blockSignals(False)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def eventFilter(self, editor, event):
        if (event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and editor in self._open):
            self._cancel(editor)
            return True
        return super().eventFilter(editor, event)

    def _cancel(self, editor) -> None:
        for pause in editor.findChildren(QTimer):
            pause.stop()
        editor.blockSignals(True)
        editor.setPlainText(self._open[editor])
        editor.blockSignals(False)
        self.commitData.emit(editor)  # puts back what a pause may already have saved
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setModelData(self, editor, model, index):
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.toPlainText()
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def destroyEditor(self, editor, index):
        if self._open.pop(editor, None) is not None:  # closed: the view has taken its text already
            self.pending_changed.emit(editor, False)
        for pause in editor.findChildren(QTimer):
            pause.stop()
        super().destroyEditor(editor, index)

    def commit_open_editors(self) -> None:
        """Hand over text still waiting for its pause (before an undo, or when closing)."""
        for editor in list(self._open):
            self.commitData.emit(editor)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 6))
        editor.setGeometry(rect)
