"""A table header that measures each heading once, not again at every resize.

QHeaderView keeps its size hint only until any section is resized, and then measures every
heading again (for each: ~5 calls into the model and the style's measure of the text). The
grid resizes each row and column while it fits them, so at start-up a realistic case of 12
opinions measured its 30 headings 5–6 times over (~140 measures), and every edit that
changed a row's height measured all its row headings again. Here each heading is measured
once and kept until its text could have changed: the model says so (headerDataChanged), its
shape changes (reset, rows or columns inserted, removed or moved), the header's font changes
(View ▸ Text size), a style is set on it, or the app applies a palette and its style sheet
(app.ui.appearance). Not seen: a style set on the whole application from outside Python (the
app never does; a platform switching widget styles while the app runs would leave the headings
measured in the old style's margins until the next of the changes above).
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHeaderView

from app.ui.appearance import follow_palette


class MeasuredHeader(QHeaderView):
    def __init__(self, orientation, parent=None):
        super().__init__(orientation, parent)
        # as QTableView sets up its own headers
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._sizes: dict[int, QSize] = {}
        self._font = None  # the font the kept sizes were measured in
        self._model = None
        follow_palette(self.forget)  # the style sheet is applied again with each palette

    def setStyle(self, style) -> None:
        self._sizes.clear()
        super().setStyle(style)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        font = self.font()
        if font != self._font:
            self._sizes.clear()
            self._font = font
        size = self._sizes.get(logical)
        if size is None:
            size = self._sizes[logical] = super().sectionSizeFromContents(logical)
        return size

    def forget(self, *_) -> None:
        """Measure every heading again when next asked."""
        self._sizes.clear()

    def _headings_changed(self, orientation, first: int, last: int) -> None:
        if orientation == self.orientation():
            for logical in range(first, last + 1):
                self._sizes.pop(logical, None)

    @staticmethod
    def _signals(model):
        """Changes of the model's shape, in either direction: a row's heading can depend on the
        columns too (the grid's "≠?" hint compares the opinions)."""
        return (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                model.columnsInserted, model.columnsRemoved, model.columnsMoved)

    def watch(self, model) -> None:
        """Follow `model`'s changes: called by the view with its new model before QTableView.setModel
        passes it on to the headers (so each change reaches this header before QHeaderView's own
        slots, and Qt never measures again with a size kept from before the change). Not an
        override of setModel: PySide would then hand Python the view's built-in empty model, and
        finding its Python class sets up every QAbstractItemModel subclass (~3 ms at start)."""
        if model is self._model:
            return
        if self._model is not None:
            for signal in self._signals(self._model):
                signal.disconnect(self.forget)
            self._model.headerDataChanged.disconnect(self._headings_changed)
        self._sizes.clear()
        self._model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.forget)
            model.headerDataChanged.connect(self._headings_changed)
