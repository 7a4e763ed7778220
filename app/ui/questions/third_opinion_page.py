"""The "Third opinion" tab: for each row the person marked Differ, the kinds of specialist who
could settle it (each with one sentence of why), and the person's plan: which kind of
specialist, whom they will ask, when, and what to send.

The app suggests kinds of specialist only: it never names or ranks a doctor and never
recommends a treatment. A plan is a record per row (app.model.asking.ThirdOpinionPlan),
started with a button (one undo step); its fields save as the person types, like every field.
Rows with a plan stay listed after their Differ mark is taken off, so no plan is hidden.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.asking import SPECIALISTS, THIRD_OPINION_PLAN, Suggestion, plan_for, suggest_specialists
from app.model.comparison import row_aspect
from app.model.events import ROW, CasesChanged, Updated
from app.model.marks import DIFFER, MARK
from app.ui.core_strings import core_text
from app.ui.history import EditHistory
from app.ui.widgets.labels import plain_label
from app.ui.widgets.text_editing import TextBinding
from app.workspace.answering import start_plan
from app.workspace.edits import set_value


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ThirdOpinionPage(QWidget):
    def __init__(self, history: EditHistory, signals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self.bindings: list[TextBinding] = []
        self.groups: dict[str, QGroupBox] = {}      # by row key
        self.fields: dict[tuple[str, str], QWidget] = {}  # (row key, field) -> its widget
        self.start_buttons: dict[str, QPushButton] = {}
        intro = plain_label(self.tr(
            "When the doctors see a row differently, a doctor of another kind can often settle it. "
            "For each row you marked Differ, here is which kind of specialist could help, and why. "
            "This app never names or ranks doctors and never recommends a treatment: whom to ask "
            "is your choice, with your doctors."), self)
        self.body = QWidget(self)
        self.rows = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        signals.changed.connect(self._on_changed)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._rebuild()

    def row_keys(self) -> list[str]:
        """The rows shown: marked Differ, or with a plan, in the grid's order."""
        if self.case_id is None:
            return []
        differ = {m.row_key for m in self.ws.records(MARK, self.case_id) if m.mark == DIFFER}
        planned = {p.row_key for p in self.ws.records(THIRD_OPINION_PLAN, self.case_id)}
        return [k for k in self.ws.case(self.case_id).row_keys() if k in differ | planned]

    # ---- building --------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for binding in self.bindings:
            binding.flush()
            binding.detach()
        self.bindings.clear()
        self.groups.clear()
        self.fields.clear()
        self.start_buttons.clear()
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        keys = self.row_keys()
        if self.case_id is not None and not keys:
            self.rows.addWidget(plain_label(self.tr(
                "No row is marked Differ yet. In the side-by-side view, right-click a row where the "
                "doctors disagree and choose “Mark as Differ”; it will then be listed here."), self.body))
        for key in keys:
            self.rows.addWidget(self._row_box(key))
        self.rows.addStretch(1)
        for i in range(self.rows.count()):
            if self.rows.itemAt(i).widget() is not None:
                self.rows.itemAt(i).widget().show()

    def _row_box(self, key: str) -> QGroupBox:
        case = self.ws.case(self.case_id)
        label = core_text(row_aspect(case, key).label)
        box = QGroupBox(label, self.body)
        layout = QVBoxLayout(box)
        suggestions = suggest_specialists(case, key)
        layout.addWidget(plain_label(self.tr("Who could help settle it:"), box, bold=True))
        for s in suggestions:
            layout.addWidget(plain_label(f"• {_tr(s.who)}: {_tr(s.why)}", box))
        plan = plan_for(self.ws.records(THIRD_OPINION_PLAN, self.case_id), key)
        if plan is None:
            start = QPushButton(self.tr("Plan a third opinion for “{row}”").format(row=label), box)
            start.clicked.connect(lambda _=False, k=key: self.start(k))
            layout.addWidget(start)
            self.start_buttons[key] = start
        else:
            layout.addLayout(self._plan_form(box, key, plan, suggestions))
        self.groups[key] = box
        return box

    def _plan_form(self, box, key, plan, suggestions) -> QFormLayout:
        form = QFormLayout()
        kind = QComboBox(box)
        kind.setEditable(True)  # a kind not in the list can be typed
        kind.lineEdit().setMaxLength(10_000)
        for s in suggestions + [x for x in self._all_suggestions() if x.key not in {s.key for s in suggestions}]:
            kind.addItem(_tr(s.who), s.key)
        index = kind.findData(plan.specialist)
        kind.setCurrentIndex(index) if index >= 0 else kind.setEditText(plan.specialist)
        kind.setAccessibleName(self.tr("Which kind of specialist"))
        kind.lineEdit().setAccessibleName(self.tr("Which kind of specialist"))
        kind.lineEdit().editingFinished.connect(lambda k=key, c=kind: self._kind_chosen(k, c))
        kind.activated.connect(lambda _i, k=key, c=kind: self._kind_chosen(k, c))
        form.addRow(plain_label(self.tr("Which kind of specialist"), box), kind)
        self.fields[(key, "specialist")] = kind
        for name, text, multi in (("whom", self.tr("Whom I will ask"), False),
                                  ("by_when", self.tr("When"), False),
                                  ("send", self.tr("What to send them"), True)):
            widget = QPlainTextEdit(box) if multi else QLineEdit(box)
            if multi:
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 4)
            else:
                widget.setMaxLength(1_000_000)  # the default, 32,767, cuts longer text silently
            widget.setAccessibleName(text)
            widget.setObjectName(f"plan_{name}")
            rid, case_id = plan.id, self.case_id
            binding = TextBinding(widget, self.history,
                                  lambda n=name, r=rid, c=case_id: (THIRD_OPINION_PLAN, c, r, n), text)
            binding.refresh()
            self.bindings.append(binding)
            form.addRow(plain_label(text, box), widget)
            self.fields[(key, name)] = widget
        return form

    @staticmethod
    def _all_suggestions():
        return [Suggestion(k, who, why) for k, (who, why) in SPECIALISTS.items()]

    # ---- doing -----------------------------------------------------------------------------------
    def start(self, row_key: str) -> None:
        """Start the row's plan with the first suggested kind of specialist."""
        if self.case_id is None:
            return
        first = suggest_specialists(self.ws.case(self.case_id), row_key)
        edit = start_plan(self.ws, self.case_id, row_key, first[0].key if first else "")
        if edit is not None:
            self.history.apply(edit)
        widget = self.fields.get((row_key, "whom"))
        if widget is not None:
            widget.setFocus()

    def _kind_chosen(self, key: str, combo: QComboBox) -> None:
        plan = plan_for(self.ws.records(THIRD_OPINION_PLAN, self.case_id), key) if self.case_id else None
        if plan is None:
            return
        text = combo.currentText()
        index = combo.findText(text)
        value = combo.itemData(index) if index >= 0 else text.strip()
        target = (THIRD_OPINION_PLAN, self.case_id, plan.id, "specialist")
        if self.history.shown(target) != value:
            self.history.apply(set_value(self.ws, target, value, self.tr("Choose a kind of specialist")))

    # ---- following changes -----------------------------------------------------------------------
    def _on_changed(self, event) -> None:
        if self.case_id is None:
            return
        if isinstance(event, CasesChanged):
            if self.case_id not in [s.id for s in self.ws.case_summaries()]:
                self.case_id = None
            self._rebuild()
            return
        if event.case_id != self.case_id:
            return
        if event.kind == THIRD_OPINION_PLAN and isinstance(event, Updated):
            for binding in self.bindings:
                binding.refresh()
            if "specialist" in event.fields:
                self._refresh_kinds()
        elif event.kind in (MARK, THIRD_OPINION_PLAN, ROW):
            self._rebuild()

    def showEvent(self, event):
        """Suggestions follow the entries (a plan's kinds of treatment): worked out afresh each
        time the tab is opened, not on every keystroke in the grid."""
        super().showEvent(event)
        self._rebuild()

    def _refresh_kinds(self) -> None:
        for plan in self.ws.records(THIRD_OPINION_PLAN, self.case_id):
            combo = self.fields.get((plan.row_key, "specialist"))
            if combo is not None and combo.itemData(combo.currentIndex()) != plan.specialist:
                index = combo.findData(plan.specialist)
                combo.setCurrentIndex(index) if index >= 0 else combo.setEditText(plan.specialist)
