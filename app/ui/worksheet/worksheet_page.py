"""The "Decide" tab: the case's decision worksheet (app.model.worksheet), in one scrolling page.

From the top: what the worksheet is for (it helps to think and to talk with the doctors; it does
not decide), the decision being made, the options (equal cards), what matters most, which way the
person leans today, and the SURE check with its history. Every change is one undoable step, saved
at once; the page follows the Workspace's change events card by card, never rebuilding a card the
person is typing in.

Signal: go_to(str) asks the workspace to show a place outside the page ("grid", "questions",
"decide_by"); "values" is inside the page and handled here.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.events import CasesChanged, Inserted, Moved, Removed
from app.model.worksheet import DECISION, NOT_SURE, OPTION, SURE_RESULT, VALUE, lean_key
from app.ui import messages
from app.ui.history import EditHistory
from app.ui.signals import WorkspaceSignals
from app.ui.widgets.labels import plain_label
from app.ui.widgets.text_editing import TextBinding
from app.ui.worksheet.sure_check import SureCheck
from app.ui.worksheet.worksheet_cards import OptionCard, ValueRow, line_edit
from app.workspace import worksheet as edits

ABOUT = QT_TRANSLATE_NOOP("", "This worksheet is here to help you think the choice through and talk it over with your "
         "doctors and the people close to you. It does not make the decision for you, and it does not "
         "favour any option: each one gets the same questions, in the same order.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def pick_option(parent, title: str, label: str, items: list[str]) -> int | None:
    """Seam: let the person pick one of the items; its index, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(text) if ok and text in items else None


class DecisionBinding(TextBinding):
    """The decision line: the case's decision record is made by the first words typed."""

    def __init__(self, widget, history, page):
        super().__init__(widget, history, page.decision_target, _tr("The decision I am making"))
        self.page = page

    def flush(self) -> None:
        if self.target() is None and self.page.case_id is not None and self.widget.text():
            self.timer.stop()
            edit = edits.set_decision(self.history.workspace, self.page.case_id, "statement",
                                      self.widget.text(), _tr("Typing in “The decision I am making”"))
            if edit is not None:
                self.history.apply(edit)
            self.history.set_pending(self, False)
            return
        super().flush()


class WorksheetPage(QScrollArea):
    go_to = Signal(str)

    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self.today = date.today  # a seam: the date a SURE check is saved with
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(plain_label(_tr(ABOUT), body))

        layout.addWidget(plain_label(_tr("The decision I am making"), body, bold=True))
        self.statement = line_edit(body, _tr("The decision I am making"))
        self.statement.setObjectName("decision_statement")
        self.statement.setPlaceholderText(_tr("For example: Which treatment for my prostate cancer, and when?"))
        self.statement_binding = DecisionBinding(self.statement, history, self)
        layout.addWidget(self.statement)

        layout.addWidget(plain_label(_tr("The options on the table"), body, bold=True))
        layout.addWidget(plain_label(_tr(
            "Each option has the same questions. Write the benefits and the risks in your own words; "
            "if two options are really the same, merge them (both texts are kept)."), body))
        self.no_options = plain_label(_tr("No options written down yet. Fill them in from what the doctors "
                                          "proposed, or add your own."), body)
        layout.addWidget(self.no_options)
        self.option_box = QVBoxLayout()
        layout.addLayout(self.option_box)
        row = QHBoxLayout()
        self.fill = QPushButton(_tr("Fill in from the doctors' plans"), body)
        self.fill.setObjectName("options_fill")
        self.fill.clicked.connect(self.fill_from_plans)
        self.add_option = QPushButton(_tr("Add an option"), body)
        self.add_option.setObjectName("options_add")
        self.add_option.clicked.connect(self._add_option)
        row.addWidget(self.fill)
        row.addWidget(self.add_option)
        row.addStretch(1)
        layout.addLayout(row)

        self.values_heading = plain_label(_tr("What matters most to me"), body, bold=True)
        layout.addWidget(self.values_heading)
        layout.addWidget(plain_label(_tr("A few things that matter to you in this choice, and how much."), body))
        self.value_box = QVBoxLayout()
        layout.addLayout(self.value_box)
        self.add_value = QPushButton(_tr("Add something that matters to me"), body)
        self.add_value.setObjectName("values_add")
        self.add_value.clicked.connect(self._add_value)
        layout.addWidget(self.add_value)

        layout.addWidget(plain_label(_tr("Which way I lean today"), body, bold=True))
        self.lean = QComboBox(body)
        self.lean.setObjectName("decision_lean")
        self.lean.setAccessibleName(_tr("Which way I lean today"))
        self.lean.activated.connect(self._lean_chosen)
        layout.addWidget(self.lean)

        self.sure = SureCheck(body)
        self.sure.taken.connect(self._take_sure)
        self.sure.go_to.connect(self.follow)
        layout.addWidget(self.sure)
        layout.addStretch(1)

        self.cards: list[OptionCard] = []
        self.values: list[ValueRow] = []
        signals.changed.connect(self._on_changed)

    # ---- what is shown -----------------------------------------------------------------------
    def decision_target(self) -> tuple | None:
        decision = edits.decision_of(self.ws, self.case_id) if self.case_id is not None else None
        return None if decision is None else (DECISION, self.case_id, decision.id, "statement")

    def set_case(self, case_id: int | None) -> None:
        self.history.flush_requested.emit()  # typing still waiting for its pause is saved first
        self.case_id = case_id
        for holder in (self.cards, self.values):
            while holder:
                self._drop(holder, 0)
        if case_id is not None:
            for i, option in enumerate(self.ws.records(OPTION, case_id)):
                self._insert_card(i, option.id)
            for i, value in enumerate(self.ws.records(VALUE, case_id)):
                self._insert_value(i, value.id)
        self.statement.setEnabled(case_id is not None)
        self.statement_binding.refresh()
        self._refresh_options()
        self._refresh_lean()
        self.sure.show_results(self.ws.records(SURE_RESULT, case_id) if case_id is not None else [])

    def focus_target(self) -> QWidget:
        return self.statement

    def _insert_card(self, index: int, option_id: int) -> OptionCard:
        card = OptionCard(self.history, self.case_id, option_id, self.widget())
        card.remove_asked.connect(self.remove_option)
        card.merge_asked.connect(self.merge_option)
        self.cards.insert(index, card)
        self.option_box.insertWidget(index, card)
        card.show()  # at once, not after the next event pass: it may get focus now
        return card

    def _insert_value(self, index: int, value_id: int) -> ValueRow:
        row = ValueRow(self.history, self.case_id, value_id, self.widget())
        row.remove_asked.connect(self.remove_value)
        self.values.insert(index, row)
        self.value_box.insertWidget(index, row)
        row.show()
        return row

    def _drop(self, holder: list, index: int) -> None:
        widget = holder.pop(index)
        widget.detach()
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()

    def _refresh_options(self) -> None:
        for number, card in enumerate(self.cards, 1):
            card.set_number(number)
        self.no_options.setVisible(not self.cards)
        self.fill.setEnabled(self.case_id is not None)
        for button in (self.add_option, self.add_value):
            button.setEnabled(self.case_id is not None)

    def _refresh_lean(self) -> None:
        options = self.ws.records(OPTION, self.case_id) if self.case_id is not None else []
        decision = edits.decision_of(self.ws, self.case_id) if self.case_id is not None else None
        self.lean.blockSignals(True)
        self.lean.clear()
        self.lean.addItem(_tr("Not sure yet"), NOT_SURE)
        for number, option in enumerate(options, 1):
            title = " ".join(option.title.split())
            self.lean.addItem(_tr("Option {n}: {title}").format(n=number, title=title[:120]), lean_key(option.id))
        found = self.lean.findData(decision.lean) if decision is not None else 0
        self.lean.setCurrentIndex(max(found, 0))
        self.lean.setEnabled(self.case_id is not None)
        self.lean.blockSignals(False)

    def _on_changed(self, event) -> None:
        if isinstance(event, CasesChanged):
            return
        if self.case_id is None or event.case_id != self.case_id or event.kind not in (
                DECISION, OPTION, VALUE, SURE_RESULT):
            return
        if event.kind == DECISION:
            self.statement_binding.refresh()
        elif event.kind == SURE_RESULT:
            self.sure.show_results(self.ws.records(SURE_RESULT, self.case_id))
        else:
            holder = self.cards if event.kind == OPTION else self.values
            if isinstance(event, Inserted):
                (self._insert_card if event.kind == OPTION else self._insert_value)(event.index, event.id)
            elif isinstance(event, Removed):
                self._drop(holder, event.index)
            elif isinstance(event, Moved):
                self.set_case(self.case_id)
            else:
                next(w for w in holder if getattr(w, "option_id", getattr(w, "value_id", None)) == event.id).refresh()
            self._refresh_options()
        self._refresh_lean()

    # ---- what the person does ------------------------------------------------------------------
    def fill_from_plans(self) -> None:
        if self.case_id is None:
            return
        edit = edits.fill_from_plans(self.ws, self.case_id)
        if edit is None:
            messages.show_info(self, _tr("Fill in from the doctors' plans"), _tr(
                "Every plan the doctors proposed is already an option here (or no plan is written down "
                "yet in the comparison). Nothing was changed."))
            return
        if self.history.apply(edit) and self.cards:
            self.cards[-len(edit.edits)].fields["benefits"].setFocus()

    def _add_option(self) -> None:
        if self.case_id is not None and self.history.apply(edits.add_option(self.ws, self.case_id)):
            self.cards[-1].fields["title"].setFocus()

    def _add_value(self) -> None:
        if self.case_id is not None and self.history.apply(edits.add_value(self.ws, self.case_id)):
            self.values[-1].text.setFocus()

    def remove_option(self, option_id: int) -> None:
        self.history.flush_requested.emit()  # what was just typed goes with it, and comes back on undo
        _, option = self.ws.find_record(OPTION, self.case_id, option_id)
        name = option.title.strip() or _tr("this option")
        if messages.confirm(self, _tr("Remove option"), _tr(
                "Remove “{name}” and what you wrote about it? You can undo this with Edit ▸ Undo.").format(
                name=name[:200]), _tr("Remove option")):
            self.history.apply(edits.remove(self.ws, OPTION, self.case_id, option_id, _tr("Remove option")))

    def merge_option(self, option_id: int) -> None:
        self.history.flush_requested.emit()  # both texts as typed so far
        options = self.ws.records(OPTION, self.case_id)
        others = [(n, o) for n, o in enumerate(options, 1) if o.id != option_id]
        if not others:
            messages.show_info(self, _tr("Merge options"), _tr("There is no other option to merge with."))
            return
        keep_number = next(n for n, o in enumerate(options, 1) if o.id == option_id)
        items = [_tr("Option {n}: {title}").format(n=n, title=" ".join(o.title.split())[:120]) for n, o in others]
        chosen = pick_option(self, _tr("Merge options"), _tr(
            "Which option is really the same as option {n}? They become one, and every text of both is "
            "kept.").format(n=keep_number), items)
        if chosen is not None:
            self.history.apply(edits.merge_options(self.ws, self.case_id, option_id, others[chosen][1].id))

    def remove_value(self, value_id: int) -> None:
        self.history.apply(edits.remove(self.ws, VALUE, self.case_id, value_id, _tr("Remove what matters")))

    def _lean_chosen(self, index: int) -> None:
        if self.case_id is None:
            return
        edit = edits.set_decision(self.ws, self.case_id, "lean", self.lean.itemData(index),
                                  _tr("Choose which way I lean"))
        if edit is not None:
            self.history.apply(edit)

    def _take_sure(self, answers: dict) -> None:
        if self.case_id is not None and self.history.apply(
                edits.take_sure_check(self.ws, self.case_id, answers, self.today())):
            self.sure.clear_answers()
            links = list(self.sure.help_links.values())
            (links[0] if links else self.sure.history).setFocus()

    def follow(self, place: str) -> None:
        """A link from the SURE check: "values" is on this page; the others are the workspace's."""
        if place != "values":
            self.go_to.emit(place)
            return
        self.ensureWidgetVisible(self.add_value)
        (self.values[0].text if self.values else self.add_value).setFocus()
        self.ensureWidgetVisible(self.values_heading)
