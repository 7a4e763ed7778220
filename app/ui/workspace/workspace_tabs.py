"""The workspace's tabs, every one of them on screen at any text size.

A plain QTabWidget hides the tabs that do not fit behind two scroll arrows: at 200 % text on a
1366 × 768 laptop three of the eight workspace tabs were out of sight (issue 11). Here each tab
has its full name and a short one ("Appointments" / "Visits"); when the full names do not all fit
across the workspace, every tab shows its short name, with the full name as its tooltip and as
the name a screen reader says (a desktop app with more sections than room does the same: shorter
labels, not hidden ones). The main window folds the guide away when even the short names do not
fit beside it (MainWindow.make_room), so on a 1366 × 768 laptop every tab is on screen at every
text size. Only in a window made narrower than the short names (or with the guide brought back
beside them) does the bar fall back to its scroll arrows rather than force the window wider than
the screen; Ctrl+PgDown and the View menu still reach every tab then.

It stays a real QTabWidget and QTabBar: Ctrl+Tab, the arrow keys, the View menu's Ctrl+1…8 and
the screen reader's "tab 3 of 8" work as before.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


class FittingTabBar(QTabBar):
    """A tab bar that shows full or short names, whichever all fit (scroll arrows only as a last resort)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setExpanding(False)
        self._names: list[tuple[str, str]] = []  # (full, short) per tab, in order
        self.short = False  # whether the short names are shown

    def set_names(self, index: int, full: str, short: str) -> None:
        while len(self._names) <= index:
            self._names.append(("", ""))
        self._names[index] = (full, short)
        self.setAccessibleTabName(index, full)  # the full name, whichever is shown
        self._show_names()

    def full_name(self, index: int) -> str:
        return self._names[index][0] if index < len(self._names) else self.tabText(index)

    def width_needed(self, short: bool) -> int:
        """The bar's width with every tab's full (or short) name: each tab's size as the style
        makes it, with the width of the name it would show instead of the one it shows."""
        metrics = self.fontMetrics()
        total = 0
        for index in range(self.count()):
            full, brief = self._names[index] if index < len(self._names) else (self.tabText(index),) * 2
            total += (self.tabSizeHint(index).width() - metrics.horizontalAdvance(self.tabText(index))
                      + metrics.horizontalAdvance(brief if short else full))
        return total

    def fit(self, room: int) -> None:
        """Show the full names when they all fit in `room` pixels, else the short ones; the
        scroll arrows only when even those do not fit."""
        short = self.width_needed(False) > room
        if short != self.short:
            self.short = short
            self._show_names()
        arrows = short and self.width_needed(True) > room
        if arrows != self.usesScrollButtons():
            self.setUsesScrollButtons(arrows)

    def _show_names(self) -> None:
        for index, (full, brief) in enumerate(self._names[:self.count()]):
            shown = brief if self.short else full
            if self.tabText(index) != shown:
                self.setTabText(index, shown)
            self.setTabToolTip(index, full if shown != full else "")

    def minimumSizeHint(self) -> QSize:
        """As little as with scroll arrows (the widest tab): without them a QTabBar asks for all
        its tabs' width, and beside the guide at 200 % that made the window wider than the screen."""
        widest = max((self.tabSizeHint(i).width() for i in range(self.count())), default=0)
        return QSize(widest, super().minimumSizeHint().height())


class WorkspaceTabs(QTabWidget):
    """The workspace's QTabWidget with a FittingTabBar (see the module's docstring)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = FittingTabBar(self)
        self.setTabBar(self.bar)

    def add_page(self, page: QWidget, full: str, short: str) -> int:
        """Add a tab with its full name and the short name shown when space runs out."""
        index = self.addTab(page, full)
        self.bar.set_names(index, full, short)
        self.fit_names()
        return index

    def full_name(self, index: int) -> str:
        return self.bar.full_name(index)

    def all_fit(self, room: int | None = None) -> bool:
        """Whether every tab fits, with its short name at least, in `room` (this width by default)."""
        return self.bar.width_needed(True) <= (self.contentsRect().width() if room is None else room)

    def fit_names(self) -> None:
        """Called on every resize, and by the main window when the text size changes (rather than
        on each FontChange in a changeEvent override: see app.ui.appearance.follow_palette)."""
        # the tab bar may be as wide as the tab widget (no corner widgets here)
        self.bar.fit(self.contentsRect().width())

    def resizeEvent(self, event) -> None:
        self.fit_names()  # before the tab bar is placed, so it is placed once with the right names
        super().resizeEvent(event)
