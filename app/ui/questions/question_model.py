"""The person's question list for the current case, as a Qt model: ordered, editable, tick when asked.

Kept apart from the panel's widgets so the window can hold the list (questions can be
added from the guide) without building the panel until its tab is first opened.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.model.asking import find_duplicate
from app.model.events import QUESTION, Inserted, Moved, Removed, Updated
from app.model.questions import Question
from app.ui import messages
from app.ui.history import EditHistory
from app.ui.questions.asked_look import asked_data
from app.ui.signals import WorkspaceSignals
from app.workspace.answering import add_question, remove_question
from app.workspace.edits import Move, set_value


class QuestionListModel(QAbstractListModel):
    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self._rows: list[Question] = []  # what the view was last told about; follows the change events
        self.signals = signals
        signals.changed.connect(self._on_changed)

    def set_case(self, case_id: int | None) -> None:
        self.beginResetModel()
        self.case_id = case_id
        self._rows = list(self.questions())
        self.endResetModel()

    def questions(self) -> list[Question]:
        return [] if self.case_id is None else self.ws.questions(self.case_id)

    def question_at(self, row: int) -> Question | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        q = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return q.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if q.status == "asked" else Qt.CheckState.Unchecked
        return asked_data(q.text, q.status == "asked", role)

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
            name, new, text = "status", "asked" if checked else "to ask", self.tr("Tick question")
        elif role == Qt.ItemDataRole.EditRole and isinstance(value, str) and value.strip():
            name, new, text = "text", value, self.tr("Edit question")
        else:
            return False
        target = ("question", self.case_id, q.id, name)
        return self.ws.get(target) == new or self.history.apply(set_value(self.ws, target, new, text))

    def add(self, text: str, origin: str = "typed", opinion_ids: list[int] = ()) -> bool:
        """Add a question (for these opinions' doctors); one already in the list is not added
        again, and the person is told so."""
        if self.case_id is None or not text.strip():
            return False
        same = find_duplicate(self.questions(), text)
        if same is not None:
            parent = self.parent() if isinstance(self.parent(), QWidget) else None
            messages.show_info(parent, self.tr("Already in your questions"), self.tr(
                "This question is already in your list, so it was not added a second time:\n\n"
                "“{text}”\n\nYou can find it under My questions and add more to it there.").format(text=same.text))
            return False
        return self.history.apply(add_question(self.ws, self.case_id, text.strip(), origin, list(opinion_ids),
                                               self.tr("Add question")))

    def remove(self, row: int) -> bool:
        """Remove a question with every doctor's answer to it (undo brings all back)."""
        q = self._rows[row]
        return self.history.apply(remove_question(self.ws, self.case_id, q, row))

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
