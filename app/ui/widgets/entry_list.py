"""Editing a list aspect (test readings, cited guidelines) for one opinion.

Every change replaces the opinion's whole list through one undoable edit, so adding,
changing and removing an entry all undo the same way and are saved at once.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.model.aspects import CITATIONS, GUIDELINE_SOURCES, NCCN_CATEGORIES
from app.model.domain import ENTRY_TYPES, entry_fields
from app.model.events import ENTRY, OPINION, Inserted, Removed, Updated, list_changes
from app.model.records import replace
from app.ui.core_strings import core_text
from app.ui.history import EditHistory
from app.ui.signals import WorkspaceSignals
from app.ui.widgets.table_keys import FormTabbingTable
from app.ui.widgets.text_editing import route_undo_to_app
from app.workspace.edits import set_value

HEADERS = {"test": QT_TRANSLATE_NOOP("", "Test"),
           "date": QT_TRANSLATE_NOOP("", "Date"),
           "reading": QT_TRANSLATE_NOOP("", "What this doctor says it shows"),
           "source": QT_TRANSLATE_NOOP("", "Source"),
           "title": QT_TRANSLATE_NOOP("", "Title"),
           "version": QT_TRANSLATE_NOOP("", "Version or year"),
           "category": QT_TRANSLATE_NOOP("", "NCCN category"),
           "note": QT_TRANSLATE_NOOP("", "Address or note")}
FIXED_CHOICES = {"source": GUIDELINE_SOURCES, "category": NCCN_CATEGORIES}


class EntryListModel(QAbstractTableModel):
    def __init__(self, history: EditHistory, signals: WorkspaceSignals, kind: str, parent=None):
        super().__init__(parent)
        self.history = history
        self.kind = kind
        self.fields = entry_fields(kind)
        self.case_id: int | None = None
        self.opinion_id: int | None = None
        self._entries: list = []  # what the view was last told about; follows the change events
        signals.changed.connect(self._on_changed)
        history.kept.connect(lambda target: target == self.target() and self._sync())

    def set_opinion(self, case_id: int | None, opinion_id: int | None) -> None:
        self.beginResetModel()
        self.case_id, self.opinion_id = case_id, opinion_id
        self._entries = list(self.entries())
        self.endResetModel()

    def target(self) -> tuple | None:
        if self.opinion_id is None:
            return None
        return ("answer", self.case_id, self.opinion_id, self.kind, "entries")

    def entries(self) -> tuple:
        """The entries to show: stored, or waiting to be saved (a full disk)."""
        target = self.target()
        return () if target is None else tuple(self.history.shown(target))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.fields)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return getattr(self._entries[index.row()], self.fields[index.column()])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.fields):
            return QCoreApplication.translate("", HEADERS[self.fields[section]])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        entries = list(self.entries())
        name = self.fields[index.column()]
        if getattr(entries[index.row()], name) == value:
            return True
        entries[index.row()] = replace(entries[index.row()], **{name: value})
        return self._apply(tuple(entries), self.tr("Edit “{0}”").format(QCoreApplication.translate("", HEADERS[name])))

    def add_entry(self) -> bool:
        return self._apply(self.entries() + (ENTRY_TYPES[self.kind](),), self.tr("Add entry"))

    def remove_entry(self, row: int) -> bool:
        entries = list(self.entries())
        if not 0 <= row < len(entries):
            return False
        del entries[row]
        return self._apply(tuple(entries), self.tr("Remove entry"))

    def _apply(self, entries: tuple, text: str) -> bool:
        ws = self.history.workspace
        return self.history.apply(set_value(ws, self.target(), entries, text))

    def _on_changed(self, event):
        if event.kind == OPINION and isinstance(event, Removed) and event.id == self.opinion_id:
            self.set_opinion(None, None)
        elif event.kind == ENTRY and event.parent == (self.opinion_id, self.kind) and event.case_id == self.case_id:
            self._sync()

    def _sync(self) -> None:
        """Bring our copy to what is to be shown, one inserted, removed or changed entry at a
        time between the begin/end calls: an editor open on another entry stays open (a
        reset would close it and lose what is being typed)."""
        for change in list_changes(self.case_id, None, tuple(self._entries), self.entries()):
            row = change.index if not isinstance(change, Updated) else change.id
            if isinstance(change, Updated):
                self._entries[row] = self.entries()[row]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))
            elif isinstance(change, Inserted):
                self.beginInsertRows(QModelIndex(), row, row)
                self._entries.insert(row, self.entries()[row])
                self.endInsertRows()
            elif isinstance(change, Removed):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()


class _EntryDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        name = index.model().fields[index.column()]
        if name in FIXED_CHOICES:
            combo = QComboBox(parent)
            for choice in FIXED_CHOICES[name]:
                combo.addItem(core_text(choice) if choice else self.tr("(none stated)"), choice)
            return combo
        editor = super().createEditor(parent, option, index)
        route_undo_to_app(editor)
        return editor

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class EntryTable(FormTabbingTable):
    """A table of entries: Tab walks the fields of one entry, as in a form (app.ui.widgets.table_keys)."""


class EntryListEditor(QWidget):
    def __init__(self, model: EntryListModel, add_label: str, parent=None):
        super().__init__(parent)
        self.model = model
        self.table = EntryTable(self)
        self.table.setModel(model)
        self.table.setItemDelegate(_EntryDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(add_label.replace("Add ", "List of "))
        self.add_button = QPushButton(add_label, self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        if model.kind == CITATIONS:
            self.table.setMinimumWidth(500)

    def _add(self):
        if self.model.add_entry():
            index = self.model.index(self.model.rowCount() - 1, 0)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _remove(self):
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_entry(index.row())
