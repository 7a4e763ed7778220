"""Below the question list: whom the current question is for, and each doctor's answer next
to the others'.

A tick per doctor of the case says whom to ask; each doctor asked has a column with "Asked"
and room for the answer, however long (nothing is cut). An answer from a doctor whose opinion
was removed stays, in a column under that doctor's name marked as removed. Typing is saved
as everywhere else (TextBinding); every change is one undo step of the app's history.

The columns are rebuilt only when who is asked changes (or the question, or the opinions);
an answer or tick changing refreshes the fields in place, so a field being typed in stays.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.asking import ASKED, QUESTION_ANSWER, answers_side_by_side
from app.model.events import OPINION, QUESTION, CasesChanged, Updated
from app.ui import messages
from app.ui.history import EditHistory
from app.ui.widgets.labels import plain_label
from app.ui.widgets.text_editing import TextBinding
from app.workspace.answering import address, set_asked


class AnswersView(QWidget):
    def __init__(self, history: EditHistory, signals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self.question_id: int | None = None
        self.bindings: list[TextBinding] = []
        self.address_boxes: dict[int, QCheckBox] = {}
        self.asked_boxes: dict[str, QCheckBox] = {}     # by answer record id (as text)
        self.answer_boxes: dict[str, QPlainTextEdit] = {}

        self.heading = plain_label(self.tr("Choose a question above to see whom it is for and "
                                           "what each doctor answered."), self)
        self.heading.setObjectName("answers_heading")
        self.whom = QHBoxLayout()
        self.columns = QHBoxLayout()
        holder = QWidget(self)
        holder.setLayout(self.columns)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.whom)
        layout.addWidget(self.scroll, 1)
        # room for a tick and a few lines of answer, whatever the text size
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        signals.changed.connect(self._on_changed)

    # ---- showing -------------------------------------------------------------------------------
    def show_question(self, case_id: int | None, question_id: int | None) -> None:
        if (case_id, question_id) != (self.case_id, self.question_id):
            self.case_id, self.question_id = case_id, question_id
            self._rebuild()

    def _clear(self) -> None:
        for binding in self.bindings:
            binding.flush()
            binding.detach()
        self.bindings.clear()
        for layout in (self.whom, self.columns):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.address_boxes.clear()
        self.asked_boxes.clear()
        self.answer_boxes.clear()

    def _rebuild(self) -> None:
        self._clear()
        if self.case_id is None or self.question_id is None:
            self.heading.setText(self.tr("Choose a question above to see whom it is for and what "
                                         "each doctor answered."))
            return
        case = self.ws.case(self.case_id)
        records = self.ws.records(QUESTION_ANSWER, self.case_id)
        shown = answers_side_by_side(case, records, self.question_id)
        asked_of = {int(d.answer.opinion_id) for d in shown if not d.removed}
        if case.opinions:
            self.heading.setText(self.tr("Whom to ask (tick each doctor), then note each answer:"))
        else:
            self.heading.setText(self.tr("Add an opinion to say which doctor to ask."))
        for op in case.opinions:
            box = QCheckBox(self.tr("Ask {doctor}").format(doctor=op.heading()), self)
            box.setObjectName(f"address_{op.id}")
            box.setChecked(op.id in asked_of)
            box.clicked.connect(lambda on, op_id=op.id: self._address(op_id, on))
            self.whom.addWidget(box)
            self.address_boxes[op.id] = box
        self.whom.addStretch(1)
        for doctor in shown:
            self.columns.addWidget(self._column(doctor))
        if not shown:
            self.columns.addWidget(plain_label(self.tr("No doctor is ticked for this question yet."), self))
        self.columns.addStretch(0)
        for layout in (self.whom, self.columns):  # shown at once, not after the next event pass
            for i in range(layout.count()):
                if layout.itemAt(i).widget() is not None:
                    layout.itemAt(i).widget().show()

    def _column(self, doctor) -> QGroupBox:
        rec = doctor.answer
        title = (self.tr("{doctor} (opinion removed)").format(doctor=doctor.name) if doctor.removed
                 else doctor.name)
        group = QGroupBox(title, self)
        group.setMinimumWidth(group.fontMetrics().averageCharWidth() * 28)
        layout = QVBoxLayout(group)
        asked = QCheckBox(self.tr("Asked"), group)
        asked.setObjectName(f"asked_{rec.opinion_id}")
        asked.setAccessibleName(self.tr("Asked {doctor}").format(doctor=doctor.name))
        asked.setChecked(rec.asked == ASKED)
        asked.clicked.connect(lambda on, rid=rec.id: self._set_asked(rid, on))
        layout.addWidget(asked)
        label = QLabel(self.tr("Their answer:"), group)
        answer = QPlainTextEdit(group)
        answer.setObjectName(f"answer_{rec.opinion_id}")
        answer.setAccessibleName(self.tr("Answer from {doctor}").format(doctor=doctor.name))
        answer.setTabChangesFocus(True)
        label.setBuddy(answer)
        layout.addWidget(label)
        layout.addWidget(answer, 1)
        case_id, rid = self.case_id, rec.id
        binding = TextBinding(answer, self.history, lambda: (QUESTION_ANSWER, case_id, rid, "answer"),
                              self.tr("Answer from {doctor}").format(doctor=doctor.name))
        binding.refresh()
        self.bindings.append(binding)
        self.asked_boxes[str(rec.id)] = asked
        self.answer_boxes[rec.opinion_id] = answer
        return group

    # ---- doing ---------------------------------------------------------------------------------
    def _address(self, opinion_id: int, on: bool) -> None:
        if self.case_id is None or self.question_id is None:
            return
        from app.model.asking import answer_for
        found = answer_for(self.ws.records(QUESTION_ANSWER, self.case_id), self.question_id, opinion_id)
        if (not on and found is not None and found.answer.strip() and not messages.confirm(
                self, self.tr("Stop asking this doctor"),
                self.tr("{doctor}'s answer to this question will be taken off with them. You can bring "
                        "it back with Edit ▸ Undo.").format(doctor=found.doctor), self.tr("Take off"))):
            self.address_boxes[opinion_id].setChecked(True)
            return
        edit = address(self.ws, self.case_id, self.question_id, opinion_id, on)
        if edit is None or not self.history.apply(edit):
            self._rebuild()

    def _set_asked(self, record_id: int, on: bool) -> None:
        _, rec = self.ws.find_record(QUESTION_ANSWER, self.case_id, record_id)
        edit = set_asked(self.ws, self.case_id, rec, on)
        if edit is not None and not self.history.apply(edit):
            self._refresh_fields()

    # ---- following changes ---------------------------------------------------------------------
    def _refresh_fields(self) -> None:
        for binding in self.bindings:
            binding.refresh()
        for rid, box in self.asked_boxes.items():
            try:
                box.setChecked(self.ws.find_record(QUESTION_ANSWER, self.case_id, int(rid))[1].asked == ASKED)
            except KeyError:
                pass

    def _on_changed(self, event) -> None:
        if self.case_id is None or self.question_id is None:
            return
        if isinstance(event, CasesChanged):
            if event.case_id in (None, self.case_id):
                if self.case_id not in [s.id for s in self.ws.case_summaries()]:
                    self.case_id = self.question_id = None
                self._rebuild()
            return
        if event.case_id != self.case_id:
            return
        if event.kind == QUESTION_ANSWER:
            self._refresh_fields() if isinstance(event, Updated) else self._rebuild()
        elif event.kind == OPINION:
            self._rebuild()
        elif event.kind == QUESTION and not isinstance(event, Updated):
            if all(q.id != self.question_id for q in self.ws.questions(self.case_id)):
                self.question_id = None
            self._rebuild()
