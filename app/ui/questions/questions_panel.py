"""The self.tr("My questions") tab: the person's question list for the current case, ordered,
editable, ticked when asked, printable. Built when the tab is first opened."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.ui.questions.answers_view import AnswersView
from app.ui.questions.question_model import QuestionListModel
from app.ui.widgets.labels import plain_label
from app.ui.widgets.text_editing import route_undo_to_app

# As long as QLineEdit allows (its length is an int): no question a person types is ever cut.
QUESTION_MAX_LENGTH = 2**31 - 1


class WholeTextDelegate(QStyledItemDelegate):
    """Edits a question in the list with a line edit that holds all of it, however long."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(QUESTION_MAX_LENGTH)
        return editor


class QuestionsPanel(QWidget):
    def __init__(self, model: QuestionListModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Type a question to ask, then press Enter"))
        self.entry.setAccessibleName(self.tr("New question"))
        self.entry.setMaxLength(QUESTION_MAX_LENGTH)  # Qt's default of 32,767 cuts longer text silently
        route_undo_to_app(self.entry)
        self.entry.returnPressed.connect(self._add)
        add = QPushButton(self.tr("Add question"), self)
        add.clicked.connect(self._add)
        self.view = QListView(self)
        self.view.setModel(model)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(WholeTextDelegate(self.view))
        self.view.setAccessibleName(self.tr("My questions"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(add)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label, slot in (("up", self.tr("Move up"), lambda: self._move(-1)),
                                 ("down", self.tr("Move down"), lambda: self._move(1)),
                                 ("delete", self.tr("Delete"), self._delete),
                                 ("print", self.tr("Print…"), self._print),
                                 ("pdf", self.tr("Save as PDF…"), self._save_pdf)):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Questions for the next visit, most important first. "
                                     "Tick a question once you have asked it."), self))
        layout.addLayout(row)
        # below the list: whom the current question is for, and each doctor's answer side by side
        self.answers = AnswersView(model.history, model.signals, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.answers)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)  # the answers get the larger part: they can be long
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._show_answers)
        for sig in (model.modelReset, model.rowsRemoved, model.rowsMoved):
            sig.connect(self._show_answers)
        self._show_answers()

    def _show_answers(self, *_):
        question = self.model.question_at(self._current_row())
        self.answers.show_question(self.model.case_id, question.id if question else None)

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
        from app.printouts.questions import questions_html  # loaded when first printed
        doc.setHtml(questions_html(case, self.model.questions()))
        return doc

    def _print(self):
        from app.ui.paperwork import papers  # loaded on first use; the print service only inside print_document
        if self.model.case_id is not None:
            papers.print_questions_now(self, self.model.ws, self.model.case_id)

    def _save_pdf(self):
        from app.ui.paperwork import papers  # loaded on first use; writes with QPdfWriter, never the print service
        if self.model.case_id is not None:
            papers.save_questions_now(self, self.model.ws, self.model.case_id)

    def _delete(self):
        row = self._current_row()
        if row >= 0:
            self.model.remove(row)
