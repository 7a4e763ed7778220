"""A choice box whose current text ends in "…" when it is wider than the box.

QComboBox cuts a long current text at its edge, mid-letter ("Ejemplo — Sam, cáncer de mam" at
200 % in Spanish), which reads as a different title. Here the text is elided instead, the
whole of it is the tooltip, and the open list and screen readers always have it all (they read
currentText(), not what is painted).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


class ElidingComboBox(QComboBox):
    def __init__(self, parent=None, minimum_characters: int = 12):
        super().__init__(parent)
        self.setMinimumContentsLength(minimum_characters)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self) -> str:
        """The current text as painted: whole when it fits, else cut with "…"."""
        from PySide6.QtWidgets import QStyleOptionComboBox
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option) -> str:
        from PySide6.QtWidgets import QStyle
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())

    def fits_surely(self) -> bool:
        """Whether the whole current text fits with room to spare: the box less twice its height,
        more than any style's arrow button and frame take. Then QComboBox paints it as it is,
        without this module asking the style where the text goes: that sets up PySide's QStyle
        class and its enums (~13 ms of a start-up, when the case chooser is first painted)."""
        return self.fontMetrics().horizontalAdvance(self.currentText()) <= self.width() - 2 * self.height()

    def paintEvent(self, event):
        if self.fits_surely():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
