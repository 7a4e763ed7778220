"""Guard against the PySide6 build that corrupts None's reference count (ENGINEERING.md, Known traps).

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns
nothing, and the interpreter aborts ("Fatal Python error: none_dealloc") after a few
thousand calls. On Python 3.12+ None is immortal and its count never moves, so the
drift check passes trivially there; the version check still catches the bad pin.
"""
from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

CALLS = 5000


def test_the_known_bad_pyside6_is_not_installed():
    assert PySide6.__version__ != "6.12.0", "pin PySide6-Essentials==6.11.3 (see ENGINEERING.md)"


def test_none_refcount_does_not_drift_across_calls_that_return_nothing(qapp):
    widget, label, obj = QWidget(), QLabel(), QObject()
    for _ in range(10):  # warm up any caches and lazily created wrappers first
        widget.setWindowTitle("warm-up")
        label.setText("warm-up")
        obj.setObjectName("warm-up")
    gc.collect()
    before = sys.getrefcount(None)
    for n in range(CALLS):
        widget.setWindowTitle(f"Title {n % 7}")
        label.setText(f"Text {n % 5}")
        obj.setObjectName(f"name{n % 3}")
    gc.collect()
    after = sys.getrefcount(None)
    # A broken build loses one reference per call (3 * CALLS here); a sound one stays put.
    assert abs(after - before) < 100, f"None refcount moved by {after - before} over {3 * CALLS} calls"
    widget.deleteLater()
    label.deleteLater()
