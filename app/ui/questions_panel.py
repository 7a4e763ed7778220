"""The person's question list for the current case: ordered, editable, tick when asked."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.edits import Move, QuestionPresence, set_value
from app.printouts import questions_html
from app.questions import Question
from app.ui import messages
from app.ui.history import EditHistory
from app.ui.opinion_editor import plain_label
from app.ui.signals import WorkspaceSignals
from app.ui.text_editing import route_undo_to_app


class QuestionListModel(QAbstractListModel):
    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        signals.changed.connect(self._on_changed)

    def set_case(self, case_id: int | None) -> None:
        self.beginResetModel()
        self.case_id = case_id
        self.endResetModel()

    def questions(self) -> list[Question]:
        return [] if self.case_id is None else self.ws.questions(self.case_id)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.questions())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        q = self.questions()[index.row()]
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
        q = self.questions()[index.row()]
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
        q = self.questions()[row]
        return self.history.apply(QuestionPresence(adds=False, case_id=self.case_id, question=q, index=row))

    def move(self, row: int, step: int) -> bool:
        dst = row + step
        if not (0 <= row < self.rowCount() and 0 <= dst < self.rowCount()):
            return False
        return self.history.apply(Move("question", self.case_id, row, dst))

    def _on_changed(self, event, details):
        if details.get("case_id") != self.case_id:
            return
        if event == "question_changed":
            i = self.index(details["index"])
            self.dataChanged.emit(i, i)
        elif event in ("question_inserted", "question_removed", "question_moved"):
            self.beginResetModel()
            self.endResetModel()


class QuestionsPanel(QWidget):
    def __init__(self, model: QuestionListModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText("Type a question to ask, then press Enter")
        self.entry.setAccessibleName("New question")
        route_undo_to_app(self.entry)
        self.entry.returnPressed.connect(self._add)
        add = QPushButton("Add question", self)
        add.clicked.connect(self._add)
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName("My questions")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label, slot in (("up", "Move up", lambda: self._move(-1)),
                                 ("down", "Move down", lambda: self._move(1)),
                                 ("delete", "Delete", self._delete),
                                 ("print", "Print…", self._print),
                                 ("pdf", "Save as PDF…", self._save_pdf)):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Questions for the next visit, most important first. "
                                     "Tick a question once you have asked it.", self))
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _add(self):
        if self.model.add(self.entry.text()):
            self.entry.clear()

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _move(self, step):
        row = self._current_row()
        if row >= 0 and self.model.move(row, step):
            self.view.setCurrentIndex(self.model.index(row + step))

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        case = self.model.ws.case(self.model.case_id)
        doc.setHtml(questions_html(case, self.model.questions()))
        return doc

    def _print(self):
        from app.ui import printing  # QtPrintSupport loads only when printing
        if self.model.case_id is not None:
            printing.print_document(self, self.document())

    def _save_pdf(self):
        from app.ui import printing  # QtPrintSupport loads only when printing
        if self.model.case_id is None:
            return
        path = printing.ask_pdf_path(self, "My questions.pdf")
        if not path:
            return
        try:
            printing.save_pdf(self.document(), path)
        except OSError as exc:
            messages.show_error(self, "Could not save the PDF", f"The PDF was not saved: {exc}. Try another folder.")

    def _delete(self):
        row = self._current_row()
        if row >= 0:
            self.model.remove(row)
