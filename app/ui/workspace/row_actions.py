"""What a person can do with one row of the side-by-side grid, where the row is.

Mark the row (Agree, Differ, Unclear, Not discussed, or clear the mark), ask about it, or
open it in the roomy editor: by shortcut on the current row (Ctrl+Alt+A/D/U/N/C), from a
menu opened by right-clicking a cell or a row's name, by the Menu key or Shift+F10, or by the
visible "Row actions…" button above the grid. Above the grid, a line sums up the person's
marks and the app's hints, says what the app sees differ in the current row, and offers
which rows to show.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from app.model.marks import AGREE, DIFFER, MARK, MARKS, NOT_DISCUSSED, UNCLEAR, UNMARKED, mark_counts
from app.ui import messages
from app.ui.workspace.mark_words import mark_action_text, mark_text
from app.workspace.marking import mark_row

ALL, MARKED, HINTED = "all", "marked", "hinted"   # which rows the grid shows
SHORTCUTS = {AGREE: "Ctrl+Alt+A", DIFFER: "Ctrl+Alt+D", UNCLEAR: "Ctrl+Alt+U", NOT_DISCUSSED: "Ctrl+Alt+N"}
CLEAR_SHORTCUT = "Ctrl+Alt+C"


def show_menu(menu: QMenu, pos: QPoint) -> None:
    """Seam: show the row menu at a screen position (without waiting for a choice)."""
    menu.popup(pos)


class RowActions(QObject):
    """The row actions of a WorkspacePanel (`actions`, keyed like the panel's) and their menu."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.grid = panel.grid
        self._menu_row: int | None = None  # the row a right-click on a row's name chose
        self.actions: dict[str, QAction] = {}
        for mark in MARKS:
            self._add(f"mark_{mark}", mark_action_text(mark), [SHORTCUTS[mark]],
                      lambda _=False, m=mark: self.mark_current(m)).setCheckable(True)
        self._add("clear_mark", self.tr("&Clear mark"), [CLEAR_SHORTCUT], lambda: self.mark_current(None))
        self._add("open_row", self.tr("Open in the roomy &editor"), [], self.open_in_editor)
        self._add("row_actions", self.tr("Ro&w actions…"), ["Shift+F10", QKeySequence(Qt.Key.Key_Menu)],
                  self.open_menu)
        self.actions["row_actions"].setToolTip(self.tr("Mark the current row, ask about it, or open "
                                                       "it in the roomy editor (Shift+F10)"))
        self.menu = QMenu(panel)
        self.menu.setAccessibleName(self.tr("Row actions"))
        for mark in MARKS:
            self.menu.addAction(self.actions[f"mark_{mark}"])
        self.menu.addAction(self.actions["clear_mark"])
        self.menu.addSeparator()
        self.menu.addAction(panel.actions["ask_row"])
        self.menu.addAction(panel.actions["plan_row"])
        self.menu.addAction(self.actions["open_row"])

        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._menu_from_cell)
        header = self.grid.verticalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_from_row_name)
        self.grid.selectionModel().currentChanged.connect(self._forget_menu_row)

    def _add(self, key, text, keys, slot) -> QAction:
        action = QAction(text, self.panel)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            # only while the grid (or a cell being edited) has the focus: elsewhere these keys
            # belong to the field the person is in
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.grid.addAction(action)
        action.triggered.connect(slot)
        self.actions[key] = action
        return action

    # ---- which row ---------------------------------------------------------------------------
    def current_row(self) -> int:
        if self._menu_row is not None:
            return self._menu_row
        index = self.grid.currentIndex()
        return index.row() if index.isValid() else -1

    def _forget_menu_row(self, *_):
        self._menu_row = None

    # ---- doing ---------------------------------------------------------------------------------
    def mark_current(self, mark: str | None) -> None:
        panel, row = self.panel, self.current_row()
        if panel.case_id is None or row < 0:
            messages.show_error(panel, self.tr("Mark a row"), self.tr("First click on the row you want to mark."))
            return
        model = panel.model
        label = model.row_label(row)
        text = (self.tr("Mark “{row}” as {mark}").format(row=label, mark=mark_text(mark)) if mark
                else self.tr("Clear the mark on “{row}”").format(row=label))
        edit = mark_row(panel.ws, panel.case_id, model.row_key(row), mark, text)
        if edit is not None:
            panel.history.apply(edit)
        self._sync_checks()

    def open_in_editor(self) -> None:
        panel, row = self.panel, self.current_row()
        column = self.grid.currentIndex().column() if self.grid.currentIndex().isValid() else 0
        if panel.case_id is None or row < 0 or panel.model.columnCount() == 0:
            messages.show_error(panel, self.tr("Open in the roomy editor"),
                                self.tr("First add an opinion, then click on the row you want to open."))
            return
        panel._open_in_editor(column, panel.model.row_key(row))

    # ---- the menu ------------------------------------------------------------------------------
    def _sync_checks(self) -> None:
        row = self.current_row()
        mark = self.panel.model.row_mark(row) if self.panel.case_id is not None and row >= 0 else ""
        for m in MARKS:
            self.actions[f"mark_{m}"].setChecked(m == mark)
        self.actions["clear_mark"].setEnabled(bool(mark))

    def _popup(self, pos: QPoint) -> None:
        self._sync_checks()
        show_menu(self.menu, pos)

    def open_menu(self) -> None:
        """From the keyboard or the button: at the current cell (or the grid's corner)."""
        if self.panel.case_id is None:
            return
        self.panel.show_tab(0)
        index = self.grid.currentIndex()
        if not index.isValid() and self.panel.model.rowCount() and self.panel.model.columnCount():
            self.grid.setCurrentIndex(self.panel.model.index(0, 0))
            index = self.grid.currentIndex()
        rect = self.grid.visualRect(index)
        if index.isValid() and self.grid.viewport().rect().intersects(rect):
            pos = self.grid.viewport().mapToGlobal(rect.topLeft() + QPoint(8, min(rect.height(), 24)))
        else:
            pos = self.grid.mapToGlobal(QPoint(8, 8))
        self._popup(pos)

    def _menu_from_cell(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self._popup(self.grid.viewport().mapToGlobal(pos))

    def _menu_from_row_name(self, pos: QPoint) -> None:
        header = self.grid.verticalHeader()
        row = header.logicalIndexAt(pos)
        if row < 0:
            return
        current = self.grid.currentIndex()
        if self.panel.model.columnCount():
            self.grid.setCurrentIndex(self.panel.model.index(row, max(current.column(), 0)))
        else:
            self._menu_row = row  # no cells to make current: remember which row was chosen
        self._popup(header.mapToGlobal(pos))


class MarksSummary(QWidget):
    """The line above the grid: the person's marks summed up, the app's hint counted, what
    differs in the current row, and which rows to show (`choice_changed` is the combo's
    currentIndexChanged)."""

    def __init__(self, model, grid, parent=None):
        super().__init__(parent)
        self.model, self.grid = model, grid
        self.summary = QLabel(self)
        self.summary.setObjectName("marks_summary")
        self.row_hint = QLabel(self)
        self.row_hint.setObjectName("row_hint")
        for label in (self.summary, self.row_hint):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Which rows to show"))
        for text, key in ((self.tr("All rows"), ALL),
                          (self.tr("Rows I marked Differ or Unclear"), MARKED),
                          (self.tr("Rows where the app sees differences"), HINTED)):
            self.filter.addItem(text, key)
        self.choice_changed = self.filter.currentIndexChanged
        # the choice is as wide as its words, and the sentence beside it gets the rest: at large
        # text sizes the sentence was squeezed into a narrow column of one word per line
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.filter)
        line = QHBoxLayout()  # the choice on a line of its own, the sentences get the full width
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(show)
        line.addWidget(self.filter)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(line)
        layout.addWidget(self.row_hint)
        for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.columnsInserted,
                    model.columnsRemoved, model.dataChanged, model.headerDataChanged):
            sig.connect(self.refresh)
        grid.selectionModel().currentChanged.connect(self.refresh)
        self.refresh()

    def choice(self) -> str:
        return self.filter.currentData()

    def set_choice(self, key: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(key))

    def shows(self, row: int) -> bool:
        """Whether the grid shows this row under the current choice."""
        choice = self.choice()
        if choice == MARKED:
            return self.model.row_mark(row) in (DIFFER, UNCLEAR)
        if choice == HINTED:
            return self.model.row_differs(row)
        return True

    def refresh(self, *_):
        model = self.model
        if model.case_id is None:
            self.summary.setText("")
            self.row_hint.setText("")
            return
        self.summary.setText(self.summary_text())
        index = self.grid.currentIndex()
        hints = model.row_differences(index.row()) if index.isValid() else []
        self.row_hint.setText(self.tr("In this row the app sees: {hints}").format(hints="; ".join(hints))
                              if hints else "")
        self.row_hint.setVisible(bool(hints))

    def summary_text(self) -> str:
        model = self.model
        keys = [model.row_key(r) for r in range(model.rowCount())]
        counts = mark_counts(model.ws.records(MARK, model.case_id), keys)
        words = ((DIFFER, self.tr("{n} differ")), (UNCLEAR, self.tr("{n} unclear")),
                 (AGREE, self.tr("{n} agree")), (NOT_DISCUSSED, self.tr("{n} not discussed")),
                 (UNMARKED, self.tr("{n} not yet marked")))
        parts = [text.format(n=counts[key]) for key, text in words if counts[key]]
        hinted = sum(model.row_differs(r) for r in range(model.rowCount()))
        if hinted == 0:
            hint = self.tr("The app sees no differences between the entries.")
        elif hinted == 1:
            hint = self.tr("The app sees differences in 1 row.")
        else:
            hint = self.tr("The app sees differences in {n} rows.").format(n=hinted)
        return self.tr("Your marks: {parts}. {hint}").format(parts=", ".join(parts), hint=hint) \
            if parts else hint
