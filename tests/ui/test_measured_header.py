"""The grid's headings are measured once and again only when they change (app.ui.widgets.measured_header):
what a heading's size is kept as always equals a fresh measure of what it says now."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from tests.ui.flows import add_opinion, new_case
from tests.ui.test_row_marks import ALT_CTRL, example, go_to, row_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def kept_equals_fresh(header: QHeaderView) -> bool:
    """Every section's size as the header answers it (kept) against QHeaderView's own measure now."""
    return all(header.sectionSizeFromContents(s) == QHeaderView.sectionSizeFromContents(header, s)
               for s in range(header.count()))


def settle(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.grid.fitting_pending())
    QApplication.processEvents()


def count_measures(monkeypatch) -> list[int]:
    """Each time a heading is measured by Qt's own measure (QHeaderView.sectionSizeFromContents)."""
    measured: list[int] = []
    real = QHeaderView.sectionSizeFromContents
    monkeypatch.setattr(QHeaderView, "sectionSizeFromContents",
                        lambda header, section: measured.append(section) or real(header, section))
    return measured


def test_resizing_the_window_measures_no_heading_again(qtbot, window, monkeypatch):
    panel = example(window)
    settle(qtbot, panel)
    grid = panel.grid
    measured = count_measures(monkeypatch)
    widths = [grid.columnWidth(c) for c in range(panel.model.columnCount())]
    window.resize(1100, 760)  # the columns share the width: every one of them is resized
    settle(qtbot, panel)
    assert [grid.columnWidth(c) for c in range(panel.model.columnCount())] != widths
    # QHeaderView alone measures every heading again after any section is resized
    assert measured == []
    monkeypatch.undo()
    assert kept_equals_fresh(grid.horizontalHeader()) and kept_equals_fresh(grid.verticalHeader())


def test_a_marked_row_heading_is_measured_again(qtbot, window):
    panel = example(window)
    settle(qtbot, panel)
    vh, row = panel.grid.verticalHeader(), row_of(panel, "stage")
    before = vh.sectionSizeFromContents(row)
    go_to(qtbot, panel, "stage")
    qtbot.keyClick(panel.grid, Qt.Key.Key_N, ALT_CTRL)  # "Stage or extent — — Not discussed"
    settle(qtbot, panel)
    assert vh.sectionSizeFromContents(row).width() > before.width()
    assert kept_equals_fresh(vh)
    window.history.undo()
    settle(qtbot, panel)
    assert vh.sectionSizeFromContents(row) == before and kept_equals_fresh(vh)


def test_a_larger_text_size_measures_every_heading_again(qtbot, window):
    panel = example(window)
    settle(qtbot, panel)
    hh, vh = panel.grid.horizontalHeader(), panel.grid.verticalHeader()
    before = [hh.sectionSizeFromContents(c) for c in range(hh.count())]
    window.apply_zoom(200)
    settle(qtbot, panel)
    after = [hh.sectionSizeFromContents(c) for c in range(hh.count())]
    assert all(a.height() > b.height() for a, b in zip(after, before))
    assert kept_equals_fresh(hh) and kept_equals_fresh(vh)


def test_opinions_added_and_moved_have_their_own_headings_measured(qtbot, window, monkeypatch):
    panel = window.workspace_panel
    new_case(window, monkeypatch, "Headings")
    add_opinion(qtbot, window, "Dr. A")
    panel.show_tab(0)
    settle(qtbot, panel)
    hh = panel.grid.horizontalHeader()
    add_opinion(qtbot, window, "Dr. Bartholomew-Featherstonehaugh of the Regional Cancer Centre")
    panel.show_tab(0)
    settle(qtbot, panel)
    assert hh.count() == 2 and kept_equals_fresh(hh)
    wide = hh.sectionSizeFromContents(1)
    assert wide.width() > hh.sectionSizeFromContents(0).width()
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(0, 1))
    qtbot.keyClick(panel.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.model.headerData(0, Qt.Orientation.Horizontal).count("Bartholomew") == 1
    settle(qtbot, panel)
    assert hh.sectionSizeFromContents(0) == wide and kept_equals_fresh(hh)


def test_a_style_set_on_the_header_measures_every_heading_again(qtbot, window):
    from PySide6.QtWidgets import QStyleFactory
    panel = example(window)
    settle(qtbot, panel)
    hh = panel.grid.horizontalHeader()
    hh.sectionSizeFromContents(0)
    style = QStyleFactory.create("windows")  # its heading margin is 4 pixels, Fusion's 2
    hh.setStyle(style)
    assert kept_equals_fresh(hh)


def test_removing_an_opinion_takes_the_hint_off_its_rows_and_their_headings_are_measured_again(
        qtbot, window, monkeypatch):
    from app.ui import messages
    panel = example(window)
    settle(qtbot, panel)
    vh, row = panel.grid.verticalHeader(), row_of(panel, "stage")
    assert panel.model.headerData(row, Qt.Orientation.Vertical) == "Stage or extent  ≠?"
    with_hint = vh.sectionSizeFromContents(row)
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    told: list[tuple] = []
    panel.model.headerDataChanged.connect(lambda *a: told.append(a))
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(row, 1))
    panel.actions["remove_opinion"].trigger()  # one opinion left: nothing to differ from
    settle(qtbot, panel)
    assert panel.model.columnCount() == 1
    assert panel.model.headerData(row, Qt.Orientation.Vertical) == "Stage or extent"
    # the row headings are told changed (so they are painted again), not only the columns
    assert any(o == Qt.Orientation.Vertical and first <= row <= last for o, first, last in told)
    assert vh.sectionSizeFromContents(row).width() < with_hint.width()
    assert kept_equals_fresh(vh)
