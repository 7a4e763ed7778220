"""The repeated parts of the worksheet: one card per option, one line per thing that matters.

Every option card is built by the same code, so each shows the same fields in the same order
with the same look (IPDAS: no option favoured by layout or colour); only its number and the
person's own words differ. Fields save themselves through TextBinding (undoable, nothing cut).

Signals of OptionCard: remove_asked(int), merge_asked(int) with the option's id.
Signal of ValueRow: remove_asked(int) with the value's id.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.worksheet import IMPORTANCE, OPTION, VALUE
from app.ui.history import EditHistory
from app.ui.widgets.labels import plain_label
from app.ui.widgets.text_editing import TextBinding
from app.workspace.edits import set_value

LONG_TEXT = 2**31 - 1  # QLineEdit cuts at 32,767 characters by default, without a word
OPTION_FIELDS = (("involves", QT_TRANSLATE_NOOP("", "What it involves")),
                 ("benefits", QT_TRANSLATE_NOOP("", "Benefits — what could be good about it, in my words")),
                 ("risks", QT_TRANSLATE_NOOP("", "Risks and downsides — what could be hard about it, in my words")))
IMPORTANCE_WORDS = {"": QT_TRANSLATE_NOOP("", "How much? (not said)"),
                    "not": QT_TRANSLATE_NOOP("", "Not important"),
                    "a_little": QT_TRANSLATE_NOOP("", "A little important"),
                    "quite": QT_TRANSLATE_NOOP("", "Quite important"),
                    "very": QT_TRANSLATE_NOOP("", "Very important")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def line_edit(parent, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(LONG_TEXT)
    edit.setAccessibleName(name)
    return edit


def text_box(parent, name: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab moves on, as in every form; the text keeps no tabs
    box.setAccessibleName(name)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class OptionCard(QFrame):
    remove_asked = Signal(int)
    merge_asked = Signal(int)

    def __init__(self, history: EditHistory, case_id: int, option_id: int, parent=None):
        super().__init__(parent)
        self.option_id = option_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"option_{option_id}")
        layout = QVBoxLayout(self)
        self.heading = plain_label("", self, bold=True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # roomy at any text size
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {"title": line_edit(self, _tr("Option name"))}
        for name, label in OPTION_FIELDS:
            self.fields[name] = text_box(self, _tr(label))
        self.bindings = []
        for name, widget in self.fields.items():
            widget.setObjectName(f"option_{name}")
            label = _tr("Name of this option") if name == "title" else _tr(dict(OPTION_FIELDS)[name])
            form.addRow(label, widget)
            self.bindings.append(TextBinding(widget, history, lambda n=name: (OPTION, case_id, option_id, n),
                                             label))
        self.source = plain_label("", self)
        form.addRow(_tr("Suggested by"), self.source)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        merge = QPushButton(_tr("Merge with another option…"), self)
        merge.setObjectName("option_merge")
        merge.clicked.connect(lambda: self.merge_asked.emit(self.option_id))
        remove = QPushButton(_tr("Remove this option…"), self)
        remove.setObjectName("option_remove")
        remove.clicked.connect(lambda: self.remove_asked.emit(self.option_id))
        buttons.addWidget(merge)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.buttons = {"merge": merge, "remove": remove}
        self.refresh()

    def set_number(self, number: int) -> None:
        self.heading.setText(_tr("Option {n}").format(n=number))
        for name, widget in self.fields.items():
            label = _tr("Name of this option") if name == "title" else _tr(dict(OPTION_FIELDS)[name])
            widget.setAccessibleName(_tr("Option {n}: {what}").format(n=number, what=label))
        for button in self.buttons.values():
            which = _tr("option {n}").format(n=number)
            button.setAccessibleName(f"{button.text().rstrip('…')} ({which})")

    def refresh(self) -> None:
        for binding in self.bindings:
            binding.refresh()
        source = self.bindings[0].history.shown(self.bindings[0].target()[:3] + ("source",))
        self.source.setText(source or _tr("Added by me"))

    def flush(self) -> None:
        for binding in self.bindings:
            binding.flush()

    def detach(self) -> None:
        for binding in self.bindings:
            binding.detach()


class ValueRow(QWidget):
    remove_asked = Signal(int)

    def __init__(self, history: EditHistory, case_id: int, value_id: int, parent=None):
        super().__init__(parent)
        self.history = history
        self.value_id = value_id
        self.target = (VALUE, case_id, value_id, "importance")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = line_edit(self, _tr("What matters to me"))
        self.text.setObjectName("value_text")
        self.text.setPlaceholderText(_tr("For example: staying independent, working, time with family"))
        self.binding = TextBinding(self.text, history, lambda: (VALUE, case_id, value_id, "text"),
                                   _tr("What matters to me"))
        self.importance = QComboBox(self)
        self.importance.setObjectName("value_importance")
        self.importance.setAccessibleName(_tr("How much it matters"))
        for key in ("", *IMPORTANCE):
            self.importance.addItem(_tr(IMPORTANCE_WORDS[key]), key)
        self.importance.activated.connect(self._chosen)
        remove = QPushButton(_tr("Remove"), self)
        remove.setObjectName("value_remove")
        remove.setAccessibleName(_tr("Remove this line of what matters"))
        remove.clicked.connect(lambda: self.remove_asked.emit(self.value_id))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.importance)
        layout.addWidget(remove)
        self.refresh()

    def _chosen(self, index: int) -> None:
        key = self.importance.itemData(index)
        ws = self.history.workspace
        if ws.get(self.target) != key:
            self.history.apply(set_value(ws, self.target, key, _tr("Set how much it matters")))

    def refresh(self) -> None:
        self.binding.refresh()
        found = self.importance.findData(self.history.shown(self.target))
        self.importance.setCurrentIndex(max(found, 0))

    def flush(self) -> None:
        self.binding.flush()

    def detach(self) -> None:
        self.binding.detach()
