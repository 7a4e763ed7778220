"""The case details form: title, whose case, diagnosis as first given, dates, notes."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain import CASE_FIELDS, Case
from app.ui.labels import plain_label

NOT_SET = QDate(1900, 1, 1)
LABELS = {"title": "Name of this case", "person": "Whose case (optional)",
          "diagnosis": "The diagnosis as first given", "diagnosed_on": "Date of diagnosis",
          "decide_by": "Decide by (how long it is safe to wait)", "notes": "Notes"}


class OptionalDate(QWidget):
    """A date picker that can also be 'Not set', with a button to clear it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setMinimumDate(NOT_SET)
        self.edit.setSpecialValueText("Not set")
        clear = QPushButton("Clear", self)
        clear.clicked.connect(lambda: self.set_iso(""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(clear)
        self.setFocusProxy(self.edit)

    def set_iso(self, iso: str) -> None:
        d = QDate.fromString(iso, "yyyy-MM-dd")
        self.edit.setDate(d if d.isValid() else NOT_SET)

    def iso(self) -> str:
        d = self.edit.date()
        return "" if d == NOT_SET else d.toString("yyyy-MM-dd")


class CaseDialog(QDialog):
    def __init__(self, case: Case, parent=None, heading: str = "Case details"):
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for name in CASE_FIELDS:
            if name in ("diagnosed_on", "decide_by"):
                widget = OptionalDate(self)
                widget.set_iso(getattr(case, name))
            elif name == "notes":
                widget = QPlainTextEdit(getattr(case, name), self)
            else:
                widget = QLineEdit(getattr(case, name), self)
            widget.setAccessibleName(LABELS[name])
            widget.setObjectName(f"case_{name}")
            self.inputs[name] = widget
            form.addRow(plain_label(LABELS[name], self), widget)
        self.problem = plain_label("", self)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 420)

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, OptionalDate):
                out[name] = widget.iso()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def accept(self):
        if not self.values()["title"].strip():
            self.problem.setText("Please give this case a name, for example “Mum — breast cancer”.")
            self.inputs["title"].setFocus()
            return
        super().accept()
