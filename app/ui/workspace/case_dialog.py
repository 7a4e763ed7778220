"""The case details form: title, whose case, diagnosis as first given, dates, notes.

Nothing typed here is lost or silently changed: dates are read as typed (a date that cannot
be is refused with a message, never corrected), an unusual decide-by date is questioned,
one-line fields keep text of any length, and Esc or Cancel asks before throwing changes away.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.model.domain import CASE_FIELDS, Case
from app.ui import messages
from app.ui.core_strings import decide_by_question
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import plain_label

LONG_TEXT = 1_000_000  # QLineEdit cuts at 32,767 characters by default, without a word
LABELS = {"title": QT_TRANSLATE_NOOP("", "Name of this case"),
          "person": QT_TRANSLATE_NOOP("", "Whose case (optional)"),
          "diagnosis": QT_TRANSLATE_NOOP("", "The diagnosis as first given"),
          "diagnosed_on": QT_TRANSLATE_NOOP("", "Date of diagnosis"),
          "decide_by": QT_TRANSLATE_NOOP("", "Decide by (how long it is safe to wait)"),
          "notes": QT_TRANSLATE_NOOP("", "Notes")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_discard(parent: QWidget) -> bool:
    """Seam: True when the person chooses to throw away what they changed in the form."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Discard your changes?"),
                      _tr("You changed this form. Close it and discard what you typed, "
                          "or keep editing?"), QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    discard = box.addButton(_tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def confirm_unusual_date(parent: QWidget, question: str) -> bool:
    """Seam: True when the person keeps a decide-by date that looked unusual."""
    return messages.confirm(parent, _tr("Check the decide-by date"), question, _tr("Keep this date"))


class CaseDialog(QDialog):
    def __init__(self, case: Case, parent=None, heading: str = ""):
        super().__init__(parent)
        self.setWindowTitle(heading or _tr("Case details"))
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for name in CASE_FIELDS:
            if name in ("diagnosed_on", "decide_by"):
                widget = DateField(_tr(LABELS[name]), self)
                widget.set_value(getattr(case, name))
            elif name == "notes":
                widget = QPlainTextEdit(getattr(case, name), self)
                widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
            else:
                widget = QLineEdit(self)
                widget.setMaxLength(LONG_TEXT)
                widget.setText(getattr(case, name))
            widget.setAccessibleName(_tr(LABELS[name]))
            widget.setObjectName(f"case_{name}")
            self.inputs[name] = widget
            form.addRow(plain_label(_tr(LABELS[name]), self), widget)
        self.problem = plain_label("", self)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)
        self._initial = self.values()
        self.resize(560, 420)

    def date_fields(self) -> dict[str, DateField]:
        return {n: w for n, w in self.inputs.items() if isinstance(w, DateField)}

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, DateField):
                out[name] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def changed(self) -> bool:
        """True when something differs from what the form opened with, typed dates included."""
        typed = any(w.is_edited() for w in self.date_fields().values())
        return typed or self.values() != self._initial

    def accept(self):
        for name, field in self.date_fields().items():
            if not field.commit():
                self.problem.setText(_tr("Please check “%1”: %2")
                                     .replace("%1", _tr(LABELS[name])).replace("%2", field.problem()))
                field.setFocus()
                return
        values = self.values()
        if not values["title"].strip():
            self.problem.setText(_tr("Please give this case a name, for example “Mum — breast cancer”."))
            self.inputs["title"].setFocus()
            return
        question = decide_by_question(values["decide_by"])
        if question and values["decide_by"] != self._initial["decide_by"] \
                and not confirm_unusual_date(self, question):
            self.inputs["decide_by"].setFocus()
            return
        super().accept()

    def reject(self):
        if self.changed() and not ask_discard(self):
            return  # keep editing: every value stays as typed
        super().reject()
