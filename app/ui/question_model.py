"""The person's question list for the current case, as a Qt model: ordered, editable, tick when asked.

Kept apart from the panel's widgets so the window can hold the list (questions can be
added from the guide) without building the panel until its tab is first opened.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.model.events import QUESTION, Inserted, Moved, Removed, Updated
from app.model.questions import Question
from app.ui.history import EditHistory
from app.ui.signals import WorkspaceSignals
from app.workspace.edits import Move, QuestionPresence, set_value


class QuestionListModel(QAbstractListModel):
    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self._rows: list[Question] = []  # what the view was last told about; follows the change events
        signals.changed.connect(self._on_changed)

    def set_case(self, case_id: int | None) -> None:
        self.beginResetModel()
        self.case_id = case_id
        self._rows = list(self.questions())
        self.endResetModel()

    def questions(self) -> list[Question]:
        return [] if self.case_id is None else self.ws.questions(self.case_id)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        q = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return q.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if q.status == "asked" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Asked" if q.status == "asked" else "To ask — tick it when you have asked"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        q = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            name, new, text = "status", "asked" if checked else "to ask", "Tick question"
        elif role == Qt.ItemDataRole.EditRole and isinstance(value, str) and value.strip():
            name, new, text = "text", value, "Edit question"
        else:
            return False
        target = ("question", self.case_id, q.id, name)
        return self.ws.get(target) == new or self.history.apply(set_value(self.ws, target, new, text))

    def add(self, text: str, origin: str = "typed") -> bool:
        if self.case_id is None or not text.strip():
            return False
        index = len(self.questions())
        return self.history.apply(QuestionPresence(
            adds=True, case_id=self.case_id, question=Question(0, text.strip(), origin), index=index))

    def remove(self, row: int) -> bool:
        q = self._rows[row]
        return self.history.apply(QuestionPresence(adds=False, case_id=self.case_id, question=q, index=row))

    def move(self, row: int, step: int) -> bool:
        dst = row + step
        if not (0 <= row < self.rowCount() and 0 <= dst < self.rowCount()):
            return False
        return self.history.apply(Move("question", self.case_id, row, dst))

    def _on_changed(self, event):
        """One question at a time, applied to our copy between the begin/end calls (no reset,
        so an open editor survives another question being added, ticked or moved)."""
        if event.kind != QUESTION or self.case_id is None or event.case_id != self.case_id:
            return
        current = self.questions()
        if isinstance(event, Updated):
            row = next(i for i, q in enumerate(self._rows) if q.id == event.id)
            self._rows[row] = next(q for q in current if q.id == event.id)
            self.dataChanged.emit(self.index(row), self.index(row))
        elif isinstance(event, Inserted):
            self.beginInsertRows(QModelIndex(), event.index, event.index)
            self._rows.insert(event.index, current[event.index])
            self.endInsertRows()
        elif isinstance(event, Removed):
            self.beginRemoveRows(QModelIndex(), event.index, event.index)
            del self._rows[event.index]
            self.endRemoveRows()
        elif isinstance(event, Moved):
            src, dst = event.src, event.dst
            self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst)
            self._rows.insert(dst, self._rows.pop(src))
            self.endMoveRows()
