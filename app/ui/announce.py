"""Telling a screen reader about a status change that has no focus of its own.

One small function, so what the app announces can be observed by tests (`heard`) and kept
under control: polite for "Saved" and "Added to My questions", assertive only for errors such
as a failed save. Nothing private is announced unprompted: callers pass status words, never
what the person typed (except when the person asks, e.g. "read this row").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

heard: list[tuple[str, bool]] = []  # (message, assertive), newest last; tests read it
_KEEP = 50


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # loaded on first use
    heard.append((message, assertive))
    del heard[:-_KEEP]
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
