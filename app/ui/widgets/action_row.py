"""A row of buttons for actions that wraps onto more lines when space runs out.

A QToolBar folds what does not fit into an unnamed "»" menu, which hides actions from people
who use large text or a narrow window, and from screen readers. Here every action stays a
visible, focusable, named button; the row grows taller instead.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right, starting a new line when the next one does not fit
    (after Qt's own Flow Layout example)."""

    def __init__(self, parent=None, spacing: int = 4):
        super().__init__(parent)
        self._items = []
        # height for a width, until the layout is invalidated (an item added, shown, hidden or
        # resized, a new font): Qt asks again and again for the same width while the window is
        # laid out (about 100 times at start-up for the three rows of the first screen)
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self):
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self):
        """All on one line: what a row beside other widgets asks for when there is room."""
        shown = [item.sizeHint() for item in self._items
                 if item.widget() is None or not item.widget().isHidden()]
        margins = self.contentsMargins()
        width = sum(hint.width() for hint in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((hint.height() for hint in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self):
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class ActionRow(QWidget):
    """Buttons for QActions (text, tooltip, enabled and checked state follow the action)."""

    def __init__(self, actions: list[QAction], name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = FlowLayout(self)
        self.buttons: dict[QAction, QToolButton] = {}
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, as buttons are
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            layout.addWidget(button)
            self.buttons[action] = button
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._flow = layout

    def resizeEvent(self, event):
        """Claim the height the wrapped lines need at this width (not every parent layout asks
        for height-for-width, and a cut-off line would hide an action)."""
        super().resizeEvent(event)
        needed = self._flow.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class ControlsAbove(QScrollArea):
    """The controls above a list or grid (buttons, a hint, a summary), given at most a share of
    the page's height; with large text on a small screen they scroll within it rather than push
    the grid below the screen or overlap it. Tab scrolls the focused control into view
    (QScrollArea does that for the focus chain). At ordinary sizes nothing scrolls and it looks
    like the plain column it holds."""

    # a page that holds fewer lines of text than this (large text on a small screen) is "tight"
    TIGHT_LINES = 20

    def __init__(self, widgets: list[QWidget], share: float, parent=None, tight_share: float | None = None):
        super().__init__(parent)
        self.share = share
        self.tight_share = share if tight_share is None else tight_share
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus, not the area
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def needed_height(self) -> int:
        inner = self.widget()
        # not self.viewport(): the first C++-made plain QWidget handed to Python makes PySide set up
        # every QtWidgets class to find its type (65 ms at start-up, measured)
        width = self.maximumViewportSize().width() - (self.verticalScrollBar().sizeHint().width()
                                                      if self.verticalScrollBar().isVisible() else 0)
        layout = inner.layout()
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return inner.sizeHint().height()

    def sizeHint(self):
        hint = super().sizeHint()
        return QSize(hint.width(), min(self.needed_height(), self.maximumHeight()))

    def minimumSizeHint(self):
        return QSize(super().minimumSizeHint().width(), min(self.needed_height(), self.fontMetrics().lineSpacing() * 3))

    def fit_to(self, page_height: int) -> None:
        """Called when the page changes size: the controls get at most `share` of it, or
        `tight_share` when the page holds few lines of text."""
        line = self.fontMetrics().lineSpacing()
        share = self.share if page_height >= line * self.TIGHT_LINES else self.tight_share
        limit = max(line * 3, int(page_height * share))
        if limit != self.maximumHeight():
            self.setMaximumHeight(limit)
        self.updateGeometry()
