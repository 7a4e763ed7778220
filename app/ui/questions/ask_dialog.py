""""Ask about this row": a question already worded from the row, quoting what each doctor wrote
there, with a choice of ready wordings, editable, and a tick for each doctor to ask.

The dialog is window-modal but opened without blocking (`open`), and adds the question through
`add` (a callable: text, opinion ids -> bool). It closes only when the question was added, so
when the list already holds it the person is told (by `add`) and can change the wording.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.model.asking import WORDING_NAMES, default_wording, row_wording
from app.model.comparison import row_aspect
from app.model.domain import Case
from app.ui.core_strings import core_text
from app.ui.widgets.labels import plain_label


class AskDialog(QDialog):
    def __init__(self, case: Case, row_key: str, add: Callable[[str, list[int]], bool], parent=None):
        super().__init__(parent)
        self.case, self.row_key, self._add = case, row_key, add
        self.setWindowTitle(self.tr("Ask about this row"))
        label = core_text(row_aspect(case, row_key).label)
        intro = plain_label(self.tr("A question about “{row}”, with what each doctor wrote there. Choose "
                                    "a wording, change the words as you like, and tick whom to ask.")
                            .format(row=label), self)
        self.wording = QComboBox(self)
        self.wording.setObjectName("ask_wording")
        for key, name in WORDING_NAMES.items():
            self.wording.addItem(QCoreApplication.translate("asking", name), key)
        self.wording.setCurrentIndex(self.wording.findData(default_wording(row_key)))
        wording_label = QLabel(self.tr("&Wording:"), self)
        wording_label.setBuddy(self.wording)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("ask_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 6)
        text_label = QLabel(self.tr("&Question (you can change it):"), self)
        text_label.setBuddy(self.text)
        self.doctors: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(wording_label)
        layout.addWidget(self.wording)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        if case.opinions:
            layout.addWidget(plain_label(self.tr("Whom to ask:"), self))
        for op in case.opinions:
            box = QCheckBox(self.tr("Ask {doctor}").format(doctor=op.heading()), self)
            box.setObjectName(f"ask_{op.id}")
            box.setChecked(True)
            box.toggled.connect(self._doctors_changed)
            layout.addWidget(box)
            self.doctors[op.id] = box
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("&Add question"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(lambda: self.add_button.setEnabled(bool(self.question().strip())))
        self.wording.currentIndexChanged.connect(self._reword)
        self._worded = ""  # the text as last worded by the app (to know whether the person changed it)
        self._reword()
        self.text.setFocus()

    def question(self) -> str:
        return self.text.toPlainText()

    def opinion_ids(self) -> list[int]:
        return [op_id for op_id, box in self.doctors.items() if box.isChecked()]

    def _addressed(self):
        return [op for op in self.case.opinions if op.id in self.opinion_ids()]

    def _reword(self, *_):
        """Put the chosen wording in the box. Done as one edit of the box, so the person's own
        words can be brought back with Ctrl+Z there."""
        new = row_wording(self.case, self.row_key, self.wording.currentData(), self._addressed())
        cursor = self.text.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(new)
        self.text.setTextCursor(cursor)
        self._worded = new

    def _doctors_changed(self, *_):
        if self.question() == self._worded:  # not changed by the person: follow whom it is for
            self._reword()

    def accept(self):
        text = self.question().strip()
        if text and self._add(text, self.opinion_ids()):
            super().accept()


def open_ask_dialog(parent, case: Case, row_key: str, add: Callable[[str, list[int]], bool]) -> AskDialog:
    """Seam: show the dialog (without waiting) and return it."""
    dialog = AskDialog(case, row_key, add, parent)
    dialog.setWindowModality(dialog.windowModality().WindowModal)
    dialog.open()
    return dialog
