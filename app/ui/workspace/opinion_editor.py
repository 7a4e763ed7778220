"""The roomy editor: one opinion at a time, every aspect with room to write.

It edits the same stored values as the grid, through the same undo history, and
refreshes from the Workspace's change events, so both always show the same thing.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model.aspects import ASPECTS, CHOICE, CITATIONS, DELIVERY, PLAN, READINGS, SPECIALTIES, TREATMENT_KINDS
from app.model.domain import OPINION_FIELDS
from app.model.events import ANSWER, ENTRY, OPINION, QUESTION, ROW, CasesChanged, Removed, Updated
from app.ui.core_strings import core_text
from app.ui.history import EditHistory
from app.ui.signals import WorkspaceSignals
from app.ui.widgets.date_field import DateBinding, DateField
from app.ui.widgets.entry_list import EntryListEditor, EntryListModel
from app.ui.widgets.labels import plain_label
from app.ui.widgets.text_editing import TextBinding
from app.workspace.edits import set_value

FIELD_LABELS = {"label": QT_TRANSLATE_NOOP("", "Label"),
                "doctor": QT_TRANSLATE_NOOP("", "Doctor's name"),
                "specialty": QT_TRANSLATE_NOOP("", "Specialty"),
                "institution": QT_TRANSLATE_NOOP("", "Hospital or clinic"),
                "visit_date": QT_TRANSLATE_NOOP("", "Date of visit"),
                "delivery": QT_TRANSLATE_NOOP("", "How it was given")}
FIELD_CHOICES = {"specialty": SPECIALTIES, "delivery": DELIVERY}


def text_box(parent=None, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class OpinionEditor(QWidget):
    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self._signals = signals
        self.case_id: int | None = None
        self.opinion_id: int | None = None
        self.bindings: list[TextBinding] = []
        self.combos: dict[tuple, QComboBox] = {}
        self.kind_boxes: dict[str, QCheckBox] = {}
        self.sections: dict[str, QWidget] = {}

        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Opinion to edit"))
        self.picker.activated.connect(lambda i: self.show_opinion(self.picker.itemData(i)))
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Opinion:"), self))
        top.addWidget(self.picker, 1)

        body = QWidget(self)
        self.form = QVBoxLayout(body)
        self.form.addWidget(self._header_box(body))
        for aspect in ASPECTS:
            self.form.addWidget(self._aspect_box(aspect, body))
        self.custom_area = QVBoxLayout()
        self.form.addLayout(self.custom_area)
        self.form.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.empty_note = plain_label(self.tr("Add an opinion to start recording what a doctor said."), self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.scroll, 1)
        signals.changed.connect(self._on_changed)
        # a value kept for a retry (full disk) is shown here too, wherever it was typed
        history.kept.connect(lambda target: target[2:3] == (self.opinion_id,) and self._refresh_fields())
        self._refresh_all()

    # ---- building ----------------------------------------------------------------------------
    def _target(self, *rest):
        return lambda: None if self.opinion_id is None else (rest[0], self.case_id, self.opinion_id, *rest[1:])

    def _header_box(self, parent) -> QGroupBox:
        box = QGroupBox(self.tr("About this opinion"), parent)
        form = QFormLayout(box)
        for name in OPINION_FIELDS:
            if name in FIELD_CHOICES:
                widget = self._combo(box, FIELD_CHOICES[name], ("opinion", name),
                                     QCoreApplication.translate("", FIELD_LABELS[name]),
                                     editable=name == "specialty")
            elif name == "visit_date":  # a real date, typed as a person writes it or picked
                widget = DateField(QCoreApplication.translate("", FIELD_LABELS[name]), box)
                self.bindings.append(DateBinding(widget, self.history, self._target("opinion", name),
                                                 QCoreApplication.translate("", FIELD_LABELS[name])))
            else:
                widget = QLineEdit(box)
                widget.setMaxLength(1_000_000)  # the default, 32,767, cuts longer text silently
                self.bindings.append(TextBinding(widget, self.history, self._target("opinion", name),
                                                 QCoreApplication.translate("", FIELD_LABELS[name])))
            widget.setObjectName(f"opinion_{name}")
            widget.setAccessibleName(QCoreApplication.translate("", FIELD_LABELS[name]))
            form.addRow(plain_label(QCoreApplication.translate("", FIELD_LABELS[name]), box), widget)
        return box

    def _combo(self, parent, choices, target_rest, label, editable=False) -> QComboBox:
        """A choice from a list; `editable`: or any words typed (a specialty not in the list)."""
        combo = QComboBox(parent)
        combo.addItem(self.tr("(not recorded)"), "")
        for choice in choices:
            combo.addItem(core_text(choice), choice)
        target = self._target(*target_rest)

        def store(value):
            t = target()
            if t is not None and self.history.shown(t) != value:
                self.history.apply(set_value(self.ws, t, value, self.tr("Set “{0}”").format(label)))
        combo.activated.connect(lambda i: store(combo.itemData(i)))
        if editable:
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.lineEdit().setMaxLength(1_000_000)  # the default, 32,767, cuts longer text silently
            combo.lineEdit().setAccessibleName(label)

            def typed():
                index = combo.findText(combo.currentText())
                store(combo.itemData(index) if index >= 0 else combo.currentText().strip())
            combo.lineEdit().editingFinished.connect(typed)
        self.combos[target_rest] = combo
        return combo

    def _aspect_box(self, aspect, parent) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(plain_label(core_text(aspect.label), box, bold=True))
        if aspect.hint:
            layout.addWidget(plain_label(core_text(aspect.hint), box))
        if aspect.kind == CHOICE:
            widget = self._combo(box, aspect.choices, ("answer", aspect.key, "choice"),
                                 core_text(aspect.label))
        elif aspect.kind in (READINGS, CITATIONS):
            model = EntryListModel(self.history, self._signals, aspect.kind, box)
            setattr(self, f"{aspect.kind}_model", model)
            widget = EntryListEditor(model, self.tr("Add a test reading") if aspect.kind == READINGS
                                     else self.tr("Add a guideline or study"), box)
        else:
            widget = text_box(box)
            self.bindings.append(TextBinding(widget, self.history,
                                             self._target("answer", aspect.key, "text"),
                                             core_text(aspect.label)))
        widget.setObjectName(f"aspect_{aspect.key}")
        widget.setAccessibleName(core_text(aspect.label))
        layout.addWidget(widget)
        if aspect.kind == PLAN:
            layout.addWidget(plain_label(self.tr("Kinds of treatment involved:"), box))
            grid = QGridLayout()
            for i, kind in enumerate(TREATMENT_KINDS):
                check = QCheckBox(core_text(kind), box)
                check.toggled.connect(lambda on, k=kind: self._toggle_kind(k, on))
                self.kind_boxes[kind] = check
                grid.addWidget(check, i // 2, i % 2)
            layout.addLayout(grid)
        self.sections[aspect.key] = box
        return box

    def _toggle_kind(self, kind: str, on: bool) -> None:
        if self.opinion_id is None:
            return
        target = ("answer", self.case_id, self.opinion_id, "plan", "tags")
        tags = self.history.shown(target)
        new = tuple(k for k in TREATMENT_KINDS if (k in tags or k == kind) and not (k == kind and not on))
        if new != tags:
            words = self.tr("Tick “{0}”") if on else self.tr("Untick “{0}”")
            self.history.apply(set_value(self.ws, target, new, words.format(core_text(kind))))

    def _rebuild_custom_rows(self) -> None:
        while self.custom_area.count():
            item = self.custom_area.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for b in self.bindings:
            if getattr(b, "custom", False):
                b.flush()
                b.detach()
        self.bindings = [b for b in self.bindings if not getattr(b, "custom", False)]
        if self.case_id is None:
            return
        for row in self.ws.case(self.case_id).custom_rows:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 6, 0, 6)
            layout.addWidget(plain_label(row.label or self.tr("(my own row)"), box, bold=True))
            editor = text_box(box)
            editor.setAccessibleName(row.label)
            binding = TextBinding(editor, self.history, self._target("answer", row.key, "text"), row.label)
            binding.custom = True
            self.bindings.append(binding)
            layout.addWidget(editor)
            self.sections[row.key] = box
            self.custom_area.addWidget(box)
            binding.refresh()

    # ---- showing -------------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        for b in self.bindings:
            b.flush()
        self.case_id = case_id
        ops = self.ws.case(case_id).opinions if case_id is not None else []
        self.opinion_id = None
        self._rebuild_custom_rows()
        self.show_opinion(ops[0].id if ops else None)

    def show_opinion(self, opinion_id: int | None, focus_key: str | None = None) -> None:
        for b in self.bindings:
            b.flush()
        self.opinion_id = opinion_id
        for kind in (READINGS, CITATIONS):
            getattr(self, f"{kind}_model").set_opinion(self.case_id, opinion_id)
        self._refresh_all()
        if focus_key and focus_key in self.sections:
            section = self.sections[focus_key]
            self.scroll.ensureWidgetVisible(section, 0, 0)
            section.setFocus()
            # findChildren takes one type at a time in PySide6 6.11 (a tuple raises TypeError)
            for kind in (QPlainTextEdit, QComboBox, QTableView):
                focusable = section.findChildren(kind)
                if focusable:
                    focusable[0].setFocus()
                    break

    def _refresh_all(self) -> None:
        self._refresh_picker()
        self._refresh_fields()

    def _refresh_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        ops = self.ws.case(self.case_id).opinions if self.case_id is not None else []
        for op in ops:
            self.picker.addItem(op.heading(), op.id)
        self.picker.setCurrentIndex(max(0, self.picker.findData(self.opinion_id)))
        self.picker.blockSignals(False)

    def _refresh_fields(self) -> None:
        has = self.opinion_id is not None
        self.scroll.setVisible(has)
        self.empty_note.setVisible(not has)
        for b in self.bindings:
            b.refresh()
        for (kind, *rest), combo in self.combos.items():
            value = self.history.shown((kind, self.case_id, self.opinion_id, *rest)) if has else ""
            index = combo.findData(value)
            if index < 0 and combo.isEditable():  # typed words, not one of the list's
                combo.setEditText(value)
            else:
                combo.setCurrentIndex(max(0, index))
        tags = self.history.shown(("answer", self.case_id, self.opinion_id, "plan", "tags")) if has else ()
        for kind, check in self.kind_boxes.items():
            check.blockSignals(True)
            check.setChecked(kind in tags)
            check.blockSignals(False)

    def _on_changed(self, event) -> None:
        if isinstance(event, CasesChanged) or self.case_id is None or event.case_id != self.case_id:
            return
        if event.kind in (ENTRY, QUESTION):  # the list models follow these themselves
            return
        if event.kind == ROW:
            self._rebuild_custom_rows()
        ops = self.ws.case(self.case_id).opinions
        if event.kind == OPINION and isinstance(event, Removed) and event.id == self.opinion_id:
            for b in self.bindings:
                b.discard()  # its opinion is gone; typing there cannot be kept
            self.show_opinion(ops[min(event.index, len(ops) - 1)].id if ops else None)
            return
        if event.kind == ANSWER and isinstance(event, Updated):  # while typing: this opinion's fields only
            if event.id[0] == self.opinion_id:
                self._refresh_fields()
            return
        self._refresh_all()
