"""The side-by-side grid: readable multi-line cells, one column per opinion.

Text rows edit in place with a multi-line editor: what is typed is saved after a short
pause even while the cell is still open (Tab or clicking away finishes); choice rows
offer their fixed list; list rows (test readings, cited guidelines) open the roomy
editor on double-click.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem

from app.ui.appearance import follow_palette
from app.ui.widgets.measured_header import MeasuredHeader
from app.ui.widgets.table_keys import FormTabbingTable
from app.ui.workspace.cell_delegate import CellDelegate
from app.ui.workspace.comparison_model import INLINE_KINDS, KIND_ROLE

COLUMN_WIDTH = 280
MAX_ROW_HEIGHT = 320
REST_PAUSE_MS = 16


class ComparisonView(FormTabbingTable):
    """Signal: list_row_opened(column, row_key) when a list row is double-clicked or activated."""
    list_row_opened = Signal(int, str)

    def __init__(self, parent=None):
        super().__init__(parent, columns_name=self.tr("Opinions, one column per doctor"),
                         rows_name=self.tr("What is compared"),
                         headers=(MeasuredHeader(Qt.Orientation.Horizontal), MeasuredHeader(Qt.Orientation.Vertical)))
        self.setItemDelegate(CellDelegate(self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Opinions side by side"))
        # the vertical scroll bar is always there, so the columns keep their width when rows grow
        # past the bottom: otherwise its arrival narrows every column, rewraps every cell and
        # refits every row (at start-up the first frame showed cut-off cells for that reason)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        hh = self.horizontalHeader()
        hh.setDefaultSectionSize(COLUMN_WIDTH)
        hh.setMinimumSectionSize(160)
        # a heading (the opinion, the doctor, specialty and place) wraps within its column rather
        # than being cut at its edge; the header grows to the tallest one (_fit_headings)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                               | Qt.TextFlag.TextWordWrap)
        vh = self.verticalHeader()
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                               | Qt.TextFlag.TextWordWrap)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # sizeHintForRow measures the columns on screen only (the others are measured when they
        # scroll into view: _scrolled_sideways). Qt's default precision, 1000, goes on measuring
        # every off-screen column too: at start a realistic case of 12 opinions measured all 24
        # long cells of its first two rows, 4 of them visible (~0.5 ms each)
        vh.setResizeContentsPrecision(0)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._shown_before = False
        self._fit_timer.timeout.connect(lambda: self.fit_rows(first_screen_only=True))
        # after a fit of the rows on screen, the others are fitted a screenful at a time while the
        # app is idle (a 12-opinion case of long answers spent ~40 ms of its start measuring rows
        # nobody could see yet); scrolling before they are all done fits the rest at once
        self._unfitted: list[int] = []
        # a frame apart, so the window paints (and takes keys) between one screenful and the next
        self._rest_timer = QTimer(self, singleShot=True, interval=REST_PAUSE_MS)
        self._rest_timer.timeout.connect(self._fit_more)
        self.verticalScrollBar().valueChanged.connect(self._fit_unfitted_now)
        # wrapped text needs refitting when the columns get wider or narrower (the window was
        # resized, or a column dragged); signals rather than resizeEvent, which would call into
        # Python for every resize of the view
        hh.sectionResized.connect(self._column_resized)
        self.horizontalScrollBar().rangeChanged.connect(self.schedule_fit)
        # a fit of every row measures only the columns on screen (as sizeHintForRow does); the
        # others are measured when scrolled into view, so no cell there is cut off
        self._fitted_columns: set[int] = set()
        self.horizontalScrollBar().valueChanged.connect(self._scrolled_sideways)
        self.doubleClicked.connect(self._open_list_row)
        self.activated.connect(self._open_list_row)
        # the stripes (AlternateBase) and the ≠ tint come from the palette: app/ui/appearance.py
        follow_palette(self._palette_changed)

    def _palette_changed(self, *_) -> None:
        """A new palette (dark, light, high contrast, or the system's changed): retint the ≠ rows."""
        if hasattr(self.model(), "retint"):
            self.model().retint(self.palette())

    def setModel(self, model):
        self.horizontalHeader().watch(model)
        self.verticalHeader().watch(model)
        super().setModel(model)
        self._sized: set[int] = set()
        self._all_dirty = True             # every row needs fitting (and the columns their widths)
        self._dirty: dict[int, set[int]] = {}  # only these rows need fitting: row -> changed columns
        self._heights: dict[int, list[int]] = {}  # row -> each cell's height, as last measured
        model.modelReset.connect(self._sized.clear)
        model.columnsInserted.connect(lambda *a: self._sized.clear())
        # what changes the shape (or every row) refits every row; a changed cell or row heading
        # refits only its own rows: measuring a row of 12 long cells costs milliseconds
        for sig in (model.modelReset, model.layoutChanged, model.columnsInserted, model.columnsRemoved,
                    model.columnsMoved, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            sig.connect(self.schedule_fit)
        model.dataChanged.connect(self._cells_changed)
        model.headerDataChanged.connect(self._headings_changed)
        self.schedule_fit()

    def schedule_fit(self, *_):
        """Fit every row once the current burst of changes is over (it measures every cell)."""
        self._all_dirty = True
        self._dirty.clear()
        self._unfitted.clear()
        self._fit_later()

    def schedule_rows(self, first: int, last: int, columns: range = range(0)) -> None:
        """Fit rows first..last once the current burst of changes is over; `columns` are the
        cells in them whose content changed (the others keep their measured heights)."""
        if not self._all_dirty:
            for row in range(first, last + 1):
                self._dirty.setdefault(row, set()).update(columns)
        self._fit_later()

    def _cells_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()):
        if top_left.isValid() and bottom_right.isValid():
            self.schedule_rows(top_left.row(), bottom_right.row(),
                               range(top_left.column(), bottom_right.column() + 1))
        else:
            self.schedule_fit()

    def _headings_changed(self, orientation, first: int, last: int):
        if orientation == Qt.Orientation.Vertical:  # a row's heading wraps, and sets its height too
            self.schedule_rows(first, last)
        elif self.isVisible():
            self._fit_headings()

    def _fit_headings(self) -> None:
        """The header as tall as the tallest column heading wrapped to its column's width (Qt
        measures a heading on one line per explicit line break, so a wrapped one would be cut)."""
        model, hh = self.model(), self.horizontalHeader()
        if model is None:
            return
        metrics = hh.fontMetrics()
        texts = [model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
                 for column in range(model.columnCount())]
        margin = self.header_margin(texts)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        tallest = 0
        for column, text in enumerate(texts):
            width = max(hh.sectionSize(column) - 2 * margin, 1)
            tallest = max(tallest, metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height())
        height = tallest + 2 * margin + 2
        if hh.minimumHeight() != height:
            hh.setMinimumHeight(height)

    def header_margin(self, texts: list[str]) -> int:
        """The style's margin above and below a column heading (Fusion 2, Windows 4), read off the
        header's own measure of its headings as given (`texts`, one line per line break).
        Asking the style for PM_HeaderMargin would set up PySide's QStyle class and its enums
        at start (~13 ms)."""
        hh = self.horizontalHeader()
        given = max((hh.fontMetrics().size(0, text).height() for text in texts), default=0)
        return max(hh.sizeHint().height() - given, 0) // 2

    def fitting_pending(self) -> bool:
        """Rows still to be fitted: soon (the current burst of changes), or later, while idle."""
        return self._fit_timer.isActive() or bool(self._unfitted)

    def _fit_later(self) -> None:
        # while the grid is hidden (another tab is open) nothing is measured: what is due is
        # remembered and done when it is shown again (showEvent)
        if self.isVisible():
            self._fit_timer.start()

    def showEvent(self, event):
        if self._unfitted:
            self._rest_timer.start()
        if self._all_dirty or self._dirty:
            if self._shown_before:  # back to the grid's tab: fitted before its first paint
                self.fit_rows()
            else:  # the window opening: its layout still settles, so fit once that is done
                self._fit_timer.start()
        self._shown_before = True
        super().showEvent(event)

    def fit_rows(self, *_, first_screen_only: bool = False):
        """Fit what is due: every row after a change of shape, else only the changed rows.
        first_screen_only: of every row, only those on screen now; the rest while idle."""
        self._fit_timer.stop()
        model = self.model()
        if model is None or not self.isVisible():
            return
        if self._all_dirty:
            self._fit_all(model, first_screen_only)
            self._fit_headings()  # the columns' widths may have changed too
        else:
            line = self.fontMetrics().lineSpacing()
            count = model.rowCount()
            for row, columns in sorted(self._dirty.items()):
                if row < count:
                    self._fit_changed_cells(row, columns, line)
        if not first_screen_only:  # asked for every row now (the grid's tab is being shown)
            self._fit_unfitted_now()
        self._all_dirty = False
        self._dirty.clear()
        self._fit_timer.stop()  # what our own changes above scheduled is done already
        self._scrolled_sideways()  # columns the new widths brought on screen after measuring

    def _fit_all(self, model, first_screen_only: bool = False) -> None:
        hh = self.horizontalHeader()
        chars = self.fontMetrics().averageCharWidth()
        readable = max(COLUMN_WIDTH, chars * 30)
        heading = min(max(180, chars * 26), max(120, int(self.width() * 0.35)))
        # a few opinions share the width, as long as each column keeps about 22 characters (large
        # text on a small screen: readable widths and a horizontal scroll bar, not cut words)
        few = model.columnCount() <= 3 and \
            (self.width() - heading) >= model.columnCount() * max(hh.minimumSectionSize(), chars * 22)
        if few:
            hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:  # many opinions: readable fixed-width columns and a horizontal scroll bar
            if hh.sectionResizeMode(0) != QHeaderView.ResizeMode.Interactive:
                hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column in range(model.columnCount()):
                if hh.sectionSize(column) < readable and column not in self._sized:
                    hh.resizeSection(column, readable)
                self._sized.add(column)
        line = self.fontMetrics().lineSpacing()
        self.verticalHeader().setFixedWidth(heading)
        self.updateGeometries()  # give the columns their new widths now, so rows are fitted once
        self._heights.clear()  # widths or contents changed everywhere: measured again when needed
        self._fitted_columns = set(self._columns_on_screen())
        vh = self.verticalHeader()
        rows = model.rowCount()
        first = max(self.rowAt(0), 0) if first_screen_only else 0
        room = vh.height() if first_screen_only else -1  # the header is as tall as the viewport
        covered = 0
        self._unfitted = []
        for row in range(first, rows):
            if 0 <= room <= covered:
                self._unfitted.append(row)
                continue
            # as resizeRowToContents, but the row's height is set once (not to its full height
            # first and then cut to the maximum, which repaints everything below it twice)
            self._set_row_height(row, max(self.sizeHintForRow(row), vh.sectionSizeHint(row)), line)
            covered += self.rowHeight(row)
        self._unfitted += range(first)
        if self._unfitted:
            self._rest_timer.start()

    def _fit_unfitted_row(self, row: int, line: int) -> None:
        """A row the last fit of every row left for later, measured in the columns that fit
        measured (so the result is the same whichever columns are on screen now)."""
        grid_line = 1 if self.showGrid() else 0
        cells = max((self._cell_height(row, column) for column in self._fitted_columns), default=0)
        self._set_row_height(row, max(cells + grid_line, self.verticalHeader().sectionSizeHint(row)), line)

    def _fit_more(self) -> None:
        """Fit the next screenful of the rows left for later (then let the app breathe)."""
        if not self._unfitted or not self.isVisible() or self.model() is None:
            return  # shown again later: showEvent carries on
        self._fit_unfitted(room=self.verticalHeader().height())
        if self._unfitted:
            self._rest_timer.start()

    def _fit_unfitted_now(self, _value=None) -> None:
        """Scrolled (or moved to a row) before every row was fitted: fit the rest at once, so
        what scrolls into view is whole and the place scrolled to is where it stays."""
        self._fit_unfitted()

    def _fit_unfitted(self, room: int | None = None) -> None:
        """Fit the rows left for later, in order: all of them, or about `room` pixels of them."""
        line, covered = self.fontMetrics().lineSpacing(), 0
        count = self.model().rowCount() if self.model() is not None else 0
        while self._unfitted and (room is None or covered < max(room, 1)):
            row = self._unfitted.pop(0)
            if row < count:
                self._fit_unfitted_row(row, line)
                covered += self.rowHeight(row)

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible):
        if getattr(self, "_unfitted", None) and self.isVisible():  # (also called while being built)
            self._fit_unfitted_now()
            self.updateGeometries()  # the scroll bar's new range, before scrolling within it
        super().scrollTo(index, hint)

    def _columns_on_screen(self) -> list[int]:
        """The columns sizeHintForRow looks at: those at least partly in the viewport."""
        hh, count = self.horizontalHeader(), self.model().columnCount()
        # the header is as wide as the viewport (self.viewport() would make PySide set up every
        # QtWidgets class on first use: app.ui.widgets.action_row.ControlsAbove.needed_height)
        first, last = hh.visualIndexAt(0), hh.visualIndexAt(hh.width())
        if first < 0:
            return []
        return [hh.logicalIndex(v) for v in range(first, (count - 1 if last < 0 else last) + 1)]

    def _scrolled_sideways(self, _value=None) -> None:
        """Columns scrolled into view for the first time since the last fit of every row: rows
        grow where one of their cells needs more height (never shrink: the rest still fits)."""
        model = self.model()
        if model is None or not self.isVisible():
            return
        new = [c for c in self._columns_on_screen() if c not in self._fitted_columns]
        if not new:
            return
        self._fitted_columns.update(new)
        line, grid_line = self.fontMetrics().lineSpacing(), 1 if self.showGrid() else 0
        for row in sorted(set(range(model.rowCount())) - set(self._unfitted)):  # those: all columns, later
            needed = max(self._cell_height(row, column) for column in new) + grid_line
            if needed > self.rowHeight(row):
                self._set_row_height(row, needed, line)

    def _fit_changed_cells(self, row: int, columns: set[int], line: int) -> None:
        """Fit one row after some of its cells (or its heading) changed: only those cells are
        measured again when the others' heights are known from an earlier fit of this row."""
        count = self.model().columnCount()
        if row in self._unfitted:  # measured whole now
            self._unfitted.remove(row)
        heights = self._heights.get(row)
        if heights is None or len(heights) != count:
            heights = self._heights[row] = [self._cell_height(row, column) for column in range(count)]
        else:
            for column in columns:
                if column < count:
                    heights[column] = self._cell_height(row, column)
        grid_line = 1 if self.showGrid() else 0  # as sizeHintForRow, which _fit_all uses, counts it
        cells = max(heights, default=0) + grid_line
        self._set_row_height(row, max(self.verticalHeader().sectionSizeHint(row), cells), line)

    def _cell_height(self, row: int, column: int) -> int:
        """The height one cell's text needs at its column's width (as QTableView measures it)."""
        if self.isColumnHidden(column):
            return 0
        index = self.model().index(row, column)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(self.columnViewportPosition(column), self.rowViewportPosition(row),
                            self.columnWidth(column) - (1 if self.showGrid() else 0),
                            max(1, self.rowHeight(row)))
        return self.itemDelegateForIndex(index).sizeHint(option, index).height()

    def _set_row_height(self, row: int, hint: int, line: int) -> None:
        height = min(max(hint, line * 2 + 8), MAX_ROW_HEIGHT)
        if self.rowHeight(row) != height:
            self.setRowHeight(row, height)

    def _column_resized(self, _column, old, new):
        if old != new:
            self.schedule_fit()

    def _open_list_row(self, index: QModelIndex):
        if index.isValid() and index.data(KIND_ROLE) not in INLINE_KINDS:
            self.list_row_opened.emit(index.column(), self.model().row_key(index.row()))
