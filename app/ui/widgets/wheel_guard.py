"""The mouse wheel scrolls the page; it never changes a choice the pointer happens to pass over.

Scrolling the One opinion page with the pointer crossing "Goal of treatment" once changed a
doctor's "cure" into "long-term control" and saved it. One filter on the QApplication covers
every combo box, spin box and date edit, present and future: a wheel event over one that does
not have the keyboard focus is ignored, and QApplication::notify then hands the ignored event
on to the parents, so the scroll area around it scrolls. Once the person has clicked or tabbed
into the control, the wheel works on it as usual. The controls get Qt.StrongFocus so that
the wheel alone cannot give them the focus (Qt.WheelFocus would).

A Python event filter on the application sees every event (about 6 µs each here), so
make_application installs it from the first pass of the event loop: no wheel can arrive
before then, and the ~1,800 events of building and showing the window skip it (about 10 ms
of start-up). Controls made before that moment get their focus policy when it is installed.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded(obj) -> bool:
    return any(isinstance(obj, kind) for kind in GUARDED)


class WheelGuard(QObject):
    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Wheel and _guarded(obj) and not obj.hasFocus():
            event.ignore()  # notify() passes an ignored wheel event on to the parent: the page scrolls
            return True
        if kind == QEvent.Type.Polish and _guarded(obj) \
                and obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone must not focus it
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once per application (calling again returns the same guard)."""
    guard = app.findChild(WheelGuard, "wheel_guard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheel_guard")
        app.installEventFilter(guard)
        for widget in QApplication.allWidgets():  # widgets made before the guard was installed
            if _guarded(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return guard

