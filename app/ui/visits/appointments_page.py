"""The "Appointments" page of a case: a form to add or change one, the list in date order, and
export to the person's own calendar (.ics).

Past appointments stay in the list, greyed and marked "(past)", never deleted. A time that has
already passed is accepted only when the person says they are writing down a visit that already
happened (asked once, when it is saved); an appointment without a date or with an unreadable
time is not saved, and the person is told what to type. Every add, change and removal is one
undoable step. The place (an address or a video link) is plain text: never made clickable here.

The clock is the `clock` callable given by the workspace (tests give a fixed one).
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
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

from app.model import appointments as ap
from app.model.appointments import APPOINTMENT, Appointment
from app.model.events import OPINION, CasesChanged, Updated
from app.model.words import os_reason
from app.store import whole_files
from app.ui import messages
from app.ui.appearance import follow_palette
from app.ui.core_strings import long_date
from app.ui.history import EditHistory
from app.ui.widgets.date_field import DateField
from app.ui.widgets.labels import plain_label
from app.workspace.edits import Macro, RecordPresence, set_value

FORM_FIELDS = ("on_date", "at_time", "opinion", "doctor", "place", "purpose", "bring")


def choose_ics_path(parent, suggested: str) -> str | None:
    """Seam: ask where to save the calendar file, starting in Documents; None when cancelled."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("", "Save for your calendar"),
                                          str(Path(folder) / suggested),
                                          QCoreApplication.translate("", "Calendar files (*.ics)"))
    return path or None


class AppointmentsPage(QWidget):
    def __init__(self, history: EditHistory, signals, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.clock = clock
        self.case_id: int | None = None
        self.editing: int | None = None  # the id of the appointment in the form, None for a new one

        self.date = DateField(self.tr("Date"), self)
        self.date.setObjectName("appointment_date")
        self.time = QLineEdit(self)
        self.time.setObjectName("appointment_time")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setPlaceholderText(self.tr("like 14:30 or 2:30 pm"))
        self.doctor = QComboBox(self)
        self.doctor.setObjectName("appointment_doctor")
        self.doctor.setEditable(True)
        self.doctor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.doctor.setAccessibleName(self.tr("Doctor"))
        self.doctor.lineEdit().setAccessibleName(self.tr("Doctor"))
        self.doctor.lineEdit().setPlaceholderText(self.tr("pick one of your opinions, or type a name"))
        self.texts: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Time:"), self.time)
        form.addRow(self.tr("Do&ctor:"), self.doctor)
        for key, label, hint in (
                ("place", self.tr("&Place or video link:"),
                 self.tr("an address, a room, or a link (never opened by the app)")),
                ("purpose", self.tr("P&urpose:"), self.tr("for example “Biopsy results”")),
                ("bring", self.tr("What to &bring:"), self.tr("for example “Scans on disc, medicines list”"))):
            edit = QLineEdit(self)
            edit.setObjectName(f"appointment_{key}")
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.setPlaceholderText(hint)
            edit.returnPressed.connect(self.save)
            self.texts[key] = edit
            form.addRow(label, edit)
        self.time.returnPressed.connect(self.save)
        self.doctor.lineEdit().returnPressed.connect(self.save)

        self.save_button = QPushButton(self.tr("&Add appointment"), self)
        self.save_button.setObjectName("appointment_save")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        self.export_one = QPushButton(self.tr("E&xport this one…"), self)
        self.export_one.clicked.connect(lambda: self.export(only_selected=True))
        self.export_all = QPushButton(self.tr("Export a&ll…"), self)
        self.export_all.clicked.connect(lambda: self.export(only_selected=False))
        buttons = QHBoxLayout()
        for b in (self.save_button, self.new_button, self.remove_button, self.export_one, self.export_all):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.list = QTreeWidget(self)
        self.list.setObjectName("appointment_list")
        self.list.setAccessibleName(self.tr("Appointments, in date order"))
        self.list.setRootIsDecorated(False)
        self.list.header().setAccessibleName(self.tr("Columns of the list"))
        self.list.setHeaderLabels([self.tr("When"), self.tr("Doctor"), self.tr("Purpose"), self.tr("Place")])
        self.list.currentItemChanged.connect(self._picked)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Write down each visit. The next one is shown at the top of the workspace. Past visits "
            "stay here, in grey. “Export” makes a file your own calendar can open."), self))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        signals.changed.connect(self._on_changed)
        follow_palette(self._palette_changed)
        self._update_buttons()

    # ---- showing -------------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.start_new()
        self.refresh()

    def appointments(self) -> list[Appointment]:
        return list(self.ws.records(APPOINTMENT, self.case_id)) if self.case_id is not None else []

    def refresh(self) -> None:
        """Rebuild the list (a handful of rows, no editors inside) and the doctor choices."""
        keep = self.editing
        now = self.clock()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        self.list.blockSignals(True)
        self.list.clear()
        for appt in ap.in_date_order(self.appointments()):
            past = ap.is_past(appt, now)
            when = f"{long_date(appt.on_date)}, {appt.at_time}" + (self.tr(" (past)") if past else "")
            item = QTreeWidgetItem([when, appt.doctor, appt.purpose, appt.place])
            item.setData(0, Qt.ItemDataRole.UserRole, appt.id)
            if past:
                for column in range(4):
                    item.setForeground(column, grey)
            self.list.addTopLevelItem(item)
            if appt.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        typed = self.doctor.currentText()
        self.doctor.blockSignals(True)
        self.doctor.clear()
        if self.case_id is not None:
            for op in self.ws.case(self.case_id).opinions:
                self.doctor.addItem(op.doctor.strip() or op.label, op.id)
        self.doctor.setCurrentIndex(-1)
        self.doctor.setEditText(typed)
        self.doctor.blockSignals(False)
        self._update_buttons()

    def shown_ids(self) -> list[int]:
        return [self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.list.topLevelItemCount())]

    def _picked(self, item, _previous=None) -> None:
        if item is None:
            return
        _, appt = self.ws.find_record(APPOINTMENT, self.case_id, item.data(0, Qt.ItemDataRole.UserRole))
        self.editing = appt.id
        self.date.set_value(appt.on_date, force=True)
        self.time.setText(appt.at_time)
        self.doctor.setEditText(appt.doctor)
        for key, edit in self.texts.items():
            edit.setText(getattr(appt, key))
        self._update_buttons()

    def start_new(self) -> None:
        self.editing = None
        self.list.setCurrentItem(None)
        self.date.set_value("", force=True)
        self.time.clear()
        self.doctor.setEditText("")
        for edit in self.texts.values():
            edit.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setText(self.tr("Save change&s") if self.editing else self.tr("&Add appointment"))
        self.remove_button.setEnabled(self.editing is not None)
        self.export_one.setEnabled(self.editing is not None)
        self.export_all.setEnabled(bool(self.appointments()))
        self.setEnabled(self.case_id is not None)

    def _palette_changed(self, *_) -> None:
        if hasattr(self, "list"):
            self.refresh()  # the grey of past visits follows dark and high-contrast themes

    def _on_changed(self, event) -> None:
        if isinstance(event, CasesChanged) or getattr(event, "case_id", None) != self.case_id:
            return
        if event.kind in (APPOINTMENT, OPINION):
            if event.kind == APPOINTMENT and self.editing is not None and not any(
                    a.id == self.editing for a in self.appointments()):
                self.start_new()  # the one in the form was removed (or its adding undone)
            self.refresh()
            if isinstance(event, Updated) and event.kind == APPOINTMENT and event.id == self.editing:
                self._picked(self.list.currentItem())  # an undo or redo shows in the form too

    # ---- saving --------------------------------------------------------------------------------
    def _form_values(self) -> dict[str, str] | None:
        """What the form holds, checked; None (the person told why) when it cannot be saved."""
        if not self.date.commit():
            messages.show_error(self, self.tr("Date not understood"), self.tr(
                "The date could not be read: {0} Nothing has been saved yet.").format(self.date.problem()))
            self.date.setFocus()
            return None
        on, at = self.date.value(), self.time.text()
        problem = ap.problem(on, at, self.clock())
        if problem in (ap.NO_DATE, ap.NO_TIME, ap.BAD_TIME):
            title, text, field = {
                ap.NO_DATE: (self.tr("This appointment needs a date"), self.tr(
                    "Please type the day of the visit, like 12 March 2026."), self.date),
                ap.NO_TIME: (self.tr("This appointment needs a time"), self.tr(
                    "Please type the time of the visit, like 14:30 or 2:30 pm."), self.time),
                ap.BAD_TIME: (self.tr("Time not understood"), self.tr(
                    "“{0}” could not be read as a time of day. Please type it like 14:30 or 2:30 pm.")
                    .format(at), self.time)}[problem]
            messages.show_error(self, title, text + " " + self.tr("Nothing has been saved yet."))
            field.setFocus()
            return None
        if problem == ap.PAST and self.editing is not None:
            _, old = self.ws.find_record(APPOINTMENT, self.case_id, self.editing)
            if (old.on_date, old.at_time) == (on, ap.parse_time(at)):
                problem = ""  # a past visit whose notes change: asked when it was written down
        if problem == ap.PAST and not messages.confirm(self, self.tr("This time has already passed"), self.tr(
                "{0} at {1} is in the past. Are you writing down a visit that already happened? It will "
                "be kept in the list, in grey. If not, choose Cancel and correct the date or time.")
                .format(long_date(on), ap.parse_time(at)), self.tr("Keep as a past visit")):
            return None
        doctor = self.doctor.currentText().strip()
        match = self.doctor.findText(doctor, Qt.MatchFlag.MatchFixedString) if doctor else -1
        return {"on_date": on, "at_time": ap.parse_time(at), "doctor": doctor,
                "opinion": str(self.doctor.itemData(match)) if match >= 0 else "",
                **{key: edit.text().strip() for key, edit in self.texts.items()}}

    def save(self) -> None:
        if self.case_id is None:
            return
        values = self._form_values()
        if values is None:
            return
        if self.editing is None:
            rec = Appointment(0, calendar_uid=f"{uuid.uuid4()}@second-opinion-companion", **values)
            edit = RecordPresence(adds=True, kind=APPOINTMENT, case_id=self.case_id, rec=rec,
                                  index=len(self.appointments()))
            edit.text = self.tr("Add appointment")
            if self.history.apply(edit):
                self.start_new()
                self.date.setFocus()
            return
        _, old = self.ws.find_record(APPOINTMENT, self.case_id, self.editing)
        changes = [set_value(self.ws, (APPOINTMENT, self.case_id, old.id, k), v, self.tr("Edit appointment"))
                   for k, v in values.items() if getattr(old, k) != v]
        if changes:
            self.history.apply(Macro(changes, self.tr("Edit appointment")))

    def remove(self) -> None:
        if self.editing is None:
            return
        index, appt = self.ws.find_record(APPOINTMENT, self.case_id, self.editing)
        if messages.confirm(self, self.tr("Remove appointment"), self.tr(
                "Remove the appointment on {0}? You can undo this with Edit ▸ Undo.")
                .format(long_date(appt.on_date)), self.tr("Remove")):
            edit = RecordPresence(adds=False, kind=APPOINTMENT, case_id=self.case_id, rec=appt, index=index)
            edit.text = self.tr("Remove appointment")
            self.history.apply(edit)

    # ---- the calendar file -----------------------------------------------------------------------
    def export(self, only_selected: bool) -> None:
        from app.printouts.ics import calendar_bytes
        appts = ap.in_date_order(self.appointments())
        if only_selected:
            appts = [a for a in appts if a.id == self.editing]
        appts = [a for a in appts if ap.starts(a) is not None]
        if not appts:
            messages.show_error(self, self.tr("Nothing to export"), self.tr(
                "There is no appointment with a date and time to put in a calendar file yet."))
            return
        name = f"appointment-{appts[0].on_date}.ics" if only_selected else "appointments.ics"
        path = choose_ics_path(self, name)
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        data = calendar_bytes(appts, datetime.now(UTC))
        try:  # written whole, then put in place: never a half-written calendar file
            whole_files.write_whole(Path(path), lambda out: out.write(data), self.ws.db.path.parent)
        except OSError as exc:
            messages.show_error(self, self.tr("The calendar file was not saved"), self.tr(
                "It could not be written to “{0}” ({1}). Your appointments in the app are unchanged; "
                "you can try another folder.").format(path, os_reason(exc)))
            return
        messages.show_info(self, self.tr("Saved for your calendar"), self.tr(
            "Saved “{0}”. Open it with your calendar program to add {1} appointment(s). Times are "
            "the local times you typed.").format(path, len(appts)))
