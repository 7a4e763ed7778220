"""The "Records" page: for each opinion, which records were asked for, sent and received.

The usual items are listed for every opinion without being stored; the first change to one
stores it (app.model.records_checklist). Each change is one undoable step. An item requested
more than 30 days ago and not received is marked in the list and, when picked, explains the US
right of access in plain words, labelled as US law.

The clock is the `clock` callable given by the workspace (tests give a fixed one).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import records_checklist as rc
from app.model.events import OPINION, CasesChanged
from app.model.records import replace
from app.model.records_checklist import CHECKLIST_ITEM, ChecklistItem
from app.ui import messages
from app.ui.core_strings import long_date
from app.ui.history import EditHistory
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import plain_label
from app.workspace.edits import Macro, RecordPresence, set_value

DATE_FIELDS = ("requested_on", "sent_on", "received_on")


def ask_item_name(parent) -> str | None:
    """Seam: ask for the name of an item of the person's own; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog
    value, ok = QInputDialog.getText(parent, QCoreApplication.translate("", "Add an item of my own"),
                                     QCoreApplication.translate("", "What is it? (for example “Dental check letter”)"))
    return value if ok else None


class ChecklistPage(QWidget):
    def __init__(self, history: EditHistory, signals, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.clock = clock
        self.case_id: int | None = None
        self.items: list[ChecklistItem] = []
        self.item_words = {
            "pathology_report": self.tr("Pathology report"),
            "slides_blocks": self.tr("Glass slides / tissue blocks"),
            "imaging_reports": self.tr("Imaging reports"),
            "images": self.tr("Images (disc or electronic transfer)"),
            "operative_report": self.tr("Operative report"),
            "lab_molecular": self.tr("Lab and molecular / genomic reports"),
            "discharge_summaries": self.tr("Discharge summaries"),
            "treatment_plan": self.tr("The proposed treatment plan"),
            "medicines_list": self.tr("Medicines list")}
        self.state_words = {rc.TO_REQUEST: self.tr("To request"), rc.REQUESTED: self.tr("Requested"),
                            rc.SENT: self.tr("Sent"), rc.RECEIVED: self.tr("Received"),
                            rc.NOT_NEEDED: self.tr("Not needed")}

        self.opinion = QComboBox(self)
        self.opinion.setObjectName("checklist_opinion")
        self.opinion.setAccessibleName(self.tr("Records for which doctor"))
        self.opinion.activated.connect(lambda *_: self.refresh())
        self.list = QTreeWidget(self)
        self.list.setObjectName("checklist_list")
        self.list.setAccessibleName(self.tr("Records checklist"))
        self.list.setRootIsDecorated(False)
        self.list.header().setAccessibleName(self.tr("Columns of the list"))
        self.list.setHeaderLabels([self.tr("Item"), self.tr("State"), self.tr("Dates"),
                                   self.tr("Went to"), self.tr("Note")])
        self.list.currentItemChanged.connect(lambda *_: self._show_item())

        self.state = QComboBox(self)
        self.state.setObjectName("checklist_state")
        self.state.setAccessibleName(self.tr("State"))
        for key in rc.STATES:
            self.state.addItem(self.state_words[key], key)
        self.state.activated.connect(self._state_chosen)
        self.dates: dict[str, DateField] = {}
        for key, label in (("requested_on", self.tr("Requested on")), ("sent_on", self.tr("Sent on")),
                           ("received_on", self.tr("Received on"))):
            field = DateField(label, self)
            field.setObjectName(f"checklist_{key}")
            field.date_committed.connect(lambda iso, k=key: self.change({k: iso}))
            self.dates[key] = field
        self.sent_to = QLineEdit(self)
        self.sent_to.setObjectName("checklist_sent_to")
        self.sent_to.setAccessibleName(self.tr("Went to"))
        self.sent_to.setPlaceholderText(self.tr("whom it went to, for example “Dr Ng's office”"))
        self.sent_to.editingFinished.connect(lambda: self.change({"sent_to": self.sent_to.text().strip()}))
        self.flag = plain_label("", self)
        self.flag.setObjectName("checklist_flag")
        self.flag.hide()

        form = QFormLayout()
        form.addRow(self.tr("&State:"), self.state)
        form.addRow(self.tr("Re&quested on:"), self.dates["requested_on"])
        form.addRow(self.tr("Se&nt on:"), self.dates["sent_on"])
        form.addRow(self.tr("Rece&ived on:"), self.dates["received_on"])
        form.addRow(self.tr("&Went to:"), self.sent_to)
        self.add_button = QPushButton(self.tr("Add an item of m&y own…"), self)
        self.add_button.clicked.connect(self.add_own)
        self.remove_button = QPushButton(self.tr("Re&move my own item"), self)
        self.remove_button.clicked.connect(self.remove_own)
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Records for:"), self))
        top.addWidget(self.opinion, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "What each doctor needs to see, and where it is. Pick an item, then set what has happened."),
            self))
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.flag)
        layout.addLayout(buttons)
        signals.changed.connect(self._on_changed)

    # ---- showing -------------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.opinion.setCurrentIndex(-1)
        self.refresh()

    def opinion_id(self) -> int | None:
        data = self.opinion.currentData()
        return int(data) if data is not None else None

    def show_opinion(self, opinion_id: int) -> None:
        self.opinion.setCurrentIndex(self.opinion.findData(opinion_id))
        self.refresh()

    def item_name(self, item: ChecklistItem) -> str:
        return self.item_words.get(item.item, item.label)

    def refresh(self) -> None:
        """Rebuild the opinion choices and the list (a dozen rows, no editors inside)."""
        chosen = self.opinion_id()
        self.opinion.blockSignals(True)
        self.opinion.clear()
        opinions = self.ws.case(self.case_id).opinions if self.case_id is not None else []
        for op in opinions:
            self.opinion.addItem(op.heading(), op.id)
        index = self.opinion.findData(chosen) if chosen is not None else -1
        self.opinion.setCurrentIndex(index if index >= 0 else (0 if opinions else -1))
        self.opinion.blockSignals(False)
        row = max(self.list.currentIndex().row(), 0)
        op_id = self.opinion_id()
        records = self.ws.records(CHECKLIST_ITEM, self.case_id) if self.case_id is not None else []
        self.items = rc.items_for(records, op_id) if op_id is not None else []
        today = self.clock().date()
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            dates = "; ".join(f"{label} {long_date(getattr(item, key))}" for key, label in (
                ("requested_on", self.tr("requested")), ("sent_on", self.tr("sent")),
                ("received_on", self.tr("received"))) if getattr(item, key))
            note = self.tr("Over 30 days") if rc.overdue(item, today) else ""
            self.list.addTopLevelItem(QTreeWidgetItem(
                [self.item_name(item), self.state_words[item.current_state], dates, item.sent_to, note]))
        if self.items:
            self.list.setCurrentItem(self.list.topLevelItem(min(row, len(self.items) - 1)))
        self.list.blockSignals(False)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        self._show_item()
        self.setEnabled(self.case_id is not None)
        self.list.setEnabled(op_id is not None)

    def current(self) -> ChecklistItem | None:
        row = self.list.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_item(self) -> None:
        item = self.current()
        for w in (self.state, self.sent_to, *self.dates.values()):
            w.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and item.item not in rc.DEFAULT_ITEMS)
        self.add_button.setEnabled(self.opinion_id() is not None)
        if item is None:
            self.flag.hide()
            return
        self.state.setCurrentIndex(self.state.findData(item.current_state))
        for key, field in self.dates.items():
            field.set_value(getattr(item, key), force=True)
        self.sent_to.setText(item.sent_to)
        days = rc.days_waiting(item, self.clock().date())
        if rc.overdue(item, self.clock().date()):
            self.flag.setText(self.tr(
                "US law — right of access: it is {0} days since this was requested. In the United "
                "States, a doctor's office or hospital must give you copies of your records, or send "
                "them to another doctor you name, within 30 days of your request. They may take up to "
                "30 more days only once, and only if they tell you in writing why and by when. You "
                "could call their records office and ask when it will be sent. (Other countries have "
                "their own rules.)").format(days))
            self.flag.show()
        else:
            self.flag.hide()

    def _on_changed(self, event) -> None:
        if isinstance(event, CasesChanged) or getattr(event, "case_id", None) != self.case_id:
            return
        if event.kind in (CHECKLIST_ITEM, OPINION):
            self.refresh()

    # ---- changing ------------------------------------------------------------------------------
    def _state_chosen(self, index: int) -> None:
        item = self.current()
        if item is not None:
            self.change(rc.changes_for_state(item, self.state.itemData(index), self.clock().date()))

    def change(self, changes: dict[str, str]) -> None:
        """Apply field changes to the current item as one undoable step; an untouched usual item
        is stored now, with the changes in it."""
        item = self.current()
        if item is None or self.case_id is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(item, k) != v}
        if not changes:
            return
        if not item.stored:
            edit = RecordPresence(adds=True, kind=CHECKLIST_ITEM, case_id=self.case_id,
                                  rec=replace(item, **changes),
                                  index=len(self.ws.records(CHECKLIST_ITEM, self.case_id)))
            edit.text = self.tr("Change records checklist")
            self.history.apply(edit)
            return
        self.history.apply(Macro([set_value(self.ws, (CHECKLIST_ITEM, self.case_id, item.id, k), v)
                                  for k, v in changes.items()], self.tr("Change records checklist")))

    def add_own(self) -> None:
        op_id = self.opinion_id()
        if self.case_id is None or op_id is None:
            return
        name = ask_item_name(self)
        if not name or not name.strip():
            return
        records = self.ws.records(CHECKLIST_ITEM, self.case_id)
        edit = RecordPresence(adds=True, kind=CHECKLIST_ITEM, case_id=self.case_id, index=len(records),
                              rec=ChecklistItem(0, str(op_id), "", name.strip(), rc.TO_REQUEST))
        edit.text = self.tr("Add checklist item")
        if self.history.apply(edit):
            self.list.setCurrentItem(self.list.topLevelItem(len(self.items) - 1))

    def remove_own(self) -> None:
        item = self.current()
        if item is None or not item.stored or item.item in rc.DEFAULT_ITEMS:
            return
        if messages.confirm(self, self.tr("Remove item"), self.tr(
                "Remove “{0}” from this checklist? You can undo this.").format(item.label), self.tr("Remove")):
            index, rec = self.ws.find_record(CHECKLIST_ITEM, self.case_id, item.id)
            edit = RecordPresence(adds=False, kind=CHECKLIST_ITEM, case_id=self.case_id, rec=rec, index=index)
            edit.text = self.tr("Remove checklist item")
            self.history.apply(edit)
