"""How an asked question looks, wherever it is listed: the word "Asked" before it, a tick
icon, a background of its own and words for a screen reader, so it is clearly different
from one still to ask, and not by a small tick alone.

The background is mixed from the current palette (its base and highlight), so it reads in
light, dark and high-contrast themes; it is worked out on each paint, so a theme change
shows at once.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

TINT = 0.22  # how much of the highlight colour goes into an asked question's background


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def asked_brush(palette: QPalette | None = None) -> QBrush:
    palette = palette or QGuiApplication.palette()
    base, mark = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    mixed = QColor.fromRgbF(*(b + (m - b) * TINT for b, m in zip(
        (base.redF(), base.greenF(), base.blueF()), (mark.redF(), mark.greenF(), mark.blueF()), strict=True)))
    return QBrush(mixed)


def asked_label(text: str, asked: bool) -> str:
    return _tr("Asked: {text}").format(text=text) if asked else text


def asked_data(text: str, asked: bool, role):
    """A list item's data for these roles (None for the others)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return asked_label(text, asked)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return asked_label(text, True) if asked else _tr("To ask: {text}").format(text=text)
    if role == Qt.ItemDataRole.ToolTipRole:
        return _tr("Asked") if asked else _tr("To ask — tick it when you have asked")
    if not asked:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return asked_brush()
    if role == Qt.ItemDataRole.FontRole:
        font = QFont(QGuiApplication.font())
        font.setItalic(True)
        return font
    if role == Qt.ItemDataRole.DecorationRole:
        from PySide6.QtWidgets import QApplication, QStyle
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    return None
