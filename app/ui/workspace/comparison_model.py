"""The side-by-side grid's model: one column per opinion, one row per aspect.

An adapter only: it reads the current case from the Workspace and turns the
Workspace's change events into dataChanged / column and row inserts. Edits go
through EditHistory, so they can be undone and are saved at once.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from app.model.aspects import CHOICE, CITATIONS, PLAN, READINGS, TEXT
from app.model.comparison import differences, entries_differ, row_aspect
from app.model.events import ANSWER, OPINION, ROW, CasesChanged, Inserted, Moved, Removed, Updated
from app.model.marks import MARK, mark_of
from app.ui.appearance import differs_tint
from app.ui.core_strings import core_text, shown_cell_text
from app.ui.history import EditHistory
from app.ui.signals import WorkspaceSignals
from app.ui.workspace.mark_words import mark_text
from app.workspace.edits import set_value

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 3
MARK_ROLE = Qt.ItemDataRole.UserRole + 4     # row header: the person's mark key, "" for none
HINTS_ROLE = Qt.ItemDataRole.UserRole + 5    # row header: what the app sees differ, in words
INLINE_KINDS = (TEXT, PLAN, CHOICE)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
                    KIND_ROLE, CHOICES_ROLE, DIFFERS_ROLE))
# the header is asked for every role at each layout and paint: only these have answers
_HEADER_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, MARK_ROLE, HINTS_ROLE))


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text; escaping makes typed text like <b>Smith</b> show literally."""
    import html  # loaded when the first tooltip is shown, not at start-up
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class ComparisonModel(QAbstractTableModel):
    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self._opinion_ids: list[int] = []
        self._row_keys: list[str] = []
        self._differs: dict[str, bool] = {}
        # a QColor is painted as a brush; QBrush itself would cost start-up time (PySide6
        # builds its class, with QGradient's, on first use)
        self._tint = differs_tint(QGuiApplication.palette())
        signals.changed.connect(self._on_changed)
        history.kept.connect(self._kept)

    # ---- which case ----------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.beginResetModel()
        self.case_id = case_id
        self._sync_ids()
        self.endResetModel()

    def _sync_ids(self) -> None:
        self._differs.clear()
        if self.case_id is None:
            self._opinion_ids, self._row_keys = [], []
        else:
            case = self.ws.case(self.case_id)
            self._opinion_ids = [op.id for op in case.opinions]
            self._row_keys = case.row_keys()

    def opinion_id(self, column: int) -> int:
        return self._opinion_ids[column]

    def row_key(self, row: int) -> str:
        return self._row_keys[row]

    def row_label(self, row: int) -> str:
        """The aspect's own words, without marks or hints (for screen readers and printing)."""
        return core_text(self._aspect(row).label)

    # ---- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._row_keys)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._opinion_ids)

    def _aspect(self, row: int):
        return row_aspect(self.ws.case(self.case_id), self._row_keys[row])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # the view asks for many roles per cell on every paint: answer the unused ones at once
        if role not in _ROLES or not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TOP_LEFT
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint if self.row_differs(index.row()) else None
        if role == DIFFERS_ROLE:
            return self.row_differs(index.row())
        aspect = self._aspect(index.row())
        if role == KIND_ROLE:
            return aspect.kind
        if role == CHOICES_ROLE:
            return list(aspect.choices)
        op_id = self._opinion_ids[index.column()]
        answer = self.history.shown_answer(self.case_id, op_id, aspect.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.history.unsaved and any(self.history.is_unsaved(("answer", self.case_id, op_id, aspect.key, p))
                                            for p in ("text", "choice", "tags", "entries")):
                return self.tr("Not saved yet: the app keeps trying to save this.")
            return (self.tr("Double-click to edit this list in the opinion editor")
                    if aspect.kind in (READINGS, CITATIONS) else None)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_cell_text(aspect.kind, answer)
        return answer.choice if aspect.kind == CHOICE else answer.text  # EditRole

    def row_differs(self, row: int) -> bool:
        key = self._row_keys[row]
        if key not in self._differs:  # asked for every cell when painting: work it out once per change
            aspect = self._aspect(row)
            case = self.ws.case(self.case_id)
            self._differs[key] = entries_differ(aspect.kind, [op.answer(aspect.key) for op in case.opinions])
        return self._differs[key]

    def retint(self, palette: QPalette) -> None:
        """The palette changed (dark, light, high contrast): the ≠ rows get a tint worked out from
        the new one, told to the view as changed data, never a reset (an open editor stays)."""
        tint = differs_tint(palette)
        if tint == self._tint:
            return
        self._tint = tint
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.case_id is None or role not in _HEADER_ROLES:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._opinion_ids):
                return None
            op = self.ws.case(self.case_id).opinion(self._opinion_ids[section])
            if role == Qt.ItemDataRole.DisplayRole:
                # one short line each, so the doctor's name shows even in a narrow column
                # (what does not fit is cut at the column's edge; the tooltip has it all)
                details = ", ".join(p for p in (core_text(op.specialty), op.institution) if p)
                return "\n".join(p for p in (op.label or self.tr("Opinion"), op.doctor.strip(), details) if p)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip("\n".join(p for p in (op.heading(), op.specialty, op.institution,
                                                           op.visit_date, op.delivery) if p))
            return None
        if not 0 <= section < len(self._row_keys):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label, mark = core_text(self._aspect(section).label), self.row_mark(section)
            if mark:  # the person's judgement; the hint stays in the tooltip and the tint
                return f"{label} — {mark_text(mark)}"
            return f"{label}  ≠?" if self.row_differs(section) else label
        if role == MARK_ROLE:
            return self.row_mark(section)
        if role == HINTS_ROLE:
            return self.row_differences(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._row_tooltip(section))
        return None


    def row_mark(self, row: int) -> str:
        """The person's mark on a row ("" when not marked)."""
        return mark_of(self.ws.records(MARK, self.case_id), self._row_keys[row])

    def row_differences(self, row: int) -> list[str]:
        """What the app sees differ in a row, in plain words (asked only for tooltips and the
        current row, so not cached)."""
        if not self.row_differs(row):
            return []
        return differences(self.ws.case(self.case_id), self._row_keys[row])

    def _row_tooltip(self, row: int) -> str:
        lines = [core_text(self._aspect(row).label)]
        mark = self.row_mark(row)
        if mark:
            lines.append(self.tr("Your mark: {mark}").format(mark=mark_text(mark)))
        hints = self.row_differences(row)
        if hints:
            lines.append(self.tr("The app sees differences here (a hint — you decide):"))
            lines += [f"• {h}" for h in hints]
        lines.append(self.tr("Right-click, or press Shift+F10, to mark this row."))
        return "\n".join(lines)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._aspect(index.row()).kind in INLINE_KINDS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        aspect = self._aspect(index.row())
        if aspect.kind not in INLINE_KINDS:
            return False
        part = "choice" if aspect.kind == CHOICE else "text"
        if aspect.kind == CHOICE and value and value not in aspect.choices:
            return False
        target = ("answer", self.case_id, self._opinion_ids[index.column()], aspect.key, part)
        if self.history.shown(target) == value:
            return True
        return self.history.apply(set_value(self.ws, target, value,
                                            self.tr("Typing in “{0}”").format(core_text(aspect.label)),
                                            mergeable=aspect.kind != CHOICE))

    def _kept(self, target: tuple) -> None:
        """A value waits to be saved: show it (data() reads it) instead of the stored one."""
        if target[0] == "answer" and target[1] == self.case_id and target[2] in self._opinion_ids \
                and target[3] in self._row_keys:
            index = self.index(self._row_keys.index(target[3]), self._opinion_ids.index(target[2]))
            self.dataChanged.emit(index, index)

    # ---- keeping in step with the Workspace -------------------------------------------------
    def _on_changed(self, event) -> None:
        """Exactly the cells, headers, columns or rows that changed; never a reset (a reset
        would close a cell editor the person is typing into)."""
        if isinstance(event, CasesChanged):
            if self.case_id is not None and self.case_id not in [c.id for c in self.ws.case_summaries()]:
                self.set_case(None)
            return
        if self.case_id is None or event.case_id != self.case_id:
            return
        if event.kind == MARK:  # a mark came, went or changed: only the row headers show it
            if self._row_keys:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._row_keys) - 1)
            return
        if isinstance(event, Updated):
            if event.kind == ANSWER:
                op_id, key = event.id
                self._differs.pop(key, None)
                col, row = self._opinion_ids.index(op_id), self._row_keys.index(key)
                self.dataChanged.emit(self.index(row, col), self.index(row, col))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
            elif event.kind == OPINION:
                col = self._opinion_ids.index(event.id)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, col, col)
            elif event.kind == ROW:
                row = self._row_keys.index(event.id)
                self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        elif event.kind == OPINION:
            if isinstance(event, Inserted):
                self.beginInsertColumns(QModelIndex(), event.index, event.index)
                self._sync_ids()
                self.endInsertColumns()
            elif isinstance(event, Removed):
                self.beginRemoveColumns(QModelIndex(), event.index, event.index)
                self._sync_ids()
                self.endRemoveColumns()
            elif isinstance(event, Moved):
                src, dst = event.src, event.dst
                self.beginMoveColumns(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst)
                self._sync_ids()
                self.endMoveColumns()
            if self._row_keys:  # an opinion more or less: a row's "≠?" hint may come or go
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._row_keys) - 1)
        elif event.kind == ROW:
            if isinstance(event, Inserted):
                self.beginInsertRows(QModelIndex(), event.index, event.index)
                self._sync_ids()
                self.endInsertRows()
            elif isinstance(event, Removed):
                self.beginRemoveRows(QModelIndex(), event.index, event.index)
                self._sync_ids()
                self.endRemoveRows()
