"""Tab in tables works as in a form: it never traps the keyboard.

Without an open editor, Tab and Shift+Tab leave the table (the arrow keys move inside it).
While typing in a cell, Tab finishes the cell and moves to the next one in the same row; from
the last cell of the row (or Shift+Tab from the first) it finishes and leaves the table,
instead of wrapping round to another row with its text selected to be typed over.
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemDelegate, QTableView

_Hint = QAbstractItemDelegate.EndEditHint


class FormTabbingTable(QTableView):
    def __init__(self, parent=None, columns_name: str = "", rows_name: str = "", headers=None):
        """headers: (horizontal, vertical) to use instead of QTableView's own."""
        super().__init__(parent)
        if headers is not None:
            self.setHorizontalHeader(headers[0])
            self.setVerticalHeader(headers[1])
        self.setTabKeyNavigation(False)
        # a screen reader names the parts of the table, not just "header"
        self.horizontalHeader().setAccessibleName(columns_name or self.tr("Column headings"))
        self.verticalHeader().setAccessibleName(rows_name or self.tr("Row headings"))
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select the whole table"))

    def closeEditor(self, editor, hint):
        column = self.currentIndex().column()
        last = self.model().columnCount() - 1 if self.model() is not None else 0
        leaving = ((hint == _Hint.EditNextItem and column == last)
                   or (hint == _Hint.EditPreviousItem and column == 0))
        if leaving:
            super().closeEditor(editor, _Hint.NoHint)
            self.focusNextPrevChild(hint == _Hint.EditNextItem)
        else:
            super().closeEditor(editor, hint)
