"""Issue 11: at 200 % text on a 1366 × 768 laptop the comparison stays usable — the guide folds
away by itself, the controls above the grid scroll in their own area, at least one whole row of
the example case is on screen, no label or button is cut, and every workspace tab is on screen
(never behind the tab bar's scroll arrows), also in Spanish and in the window's first-start place."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton

from app.ui.ui_state import UiState


def at_200_percent(qtbot, window):
    window.resize(1366, 740)  # a 1366 × 768 screen less the title bar
    window.apply_zoom(200)
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    qtbot.waitUntil(lambda: not window.guide_view.isVisible())  # folded by itself
    qtbot.waitUntil(lambda: not panel.grid.fitting_pending())
    QApplication.processEvents()
    return panel


def cut_texts(window) -> list[str]:
    """Visible one-line labels and buttons whose text is wider than the room they have."""
    cut = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        text = widget.text().replace("&", "")
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        room = widget.contentsRect().width() if isinstance(widget, QLabel) else widget.width()
        if needed > room:
            cut.append(f"{type(widget).__name__} {text!r}: {needed} > {room}")
    return cut


def test_at_200_percent_a_whole_row_is_on_screen_and_nothing_is_cut(qtbot, window):
    panel = at_200_percent(qtbot, window)
    grid = panel.grid
    # every widget follows, also after the focus ring's style sheet polished them at 100 %
    assert panel.font().pointSizeF() == grid.font().pointSizeF() == window.base_point_size * 2
    assert grid.horizontalHeader().font().pointSizeF() == grid.font().pointSizeF()  # headings grow too
    visible = grid.viewport().height()
    whole = [row for row in range(grid.model().rowCount())
             if not grid.isRowHidden(row) and 0 <= grid.rowViewportPosition(row)
             and grid.rowViewportPosition(row) + grid.rowHeight(row) <= visible]
    assert whole, (visible, [grid.rowHeight(r) for r in range(3)])
    assert cut_texts(window) == []
    assert window.frameGeometry().height() <= 768 and window.minimumSizeHint().height() <= 740


def test_the_folded_guide_comes_back_with_f9_and_stays(qtbot, window, data_dir):
    at_200_percent(qtbot, window)
    assert "F9" in window.statusBar().currentMessage()
    assert UiState(data_dir).number("view/guide_shown", 1) == 1  # folding by itself is not the person's choice
    QTest.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.guide_view.isVisible())
    window.resize(1360, 740)  # a resize at the same text size does not fold it again
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.guide_view.isVisible()
    window.apply_zoom(175)  # another text size: the app may make room again
    qtbot.waitUntil(lambda: not window.guide_view.isVisible())


def test_controls_above_the_grid_scroll_into_view_with_tab(qtbot, window):
    panel = at_200_percent(qtbot, window)
    controls = panel.tabs.widget(0).controls
    assert controls.verticalScrollBar().maximum() > 0  # they do not all fit at 200 %
    button = next(b for b in controls.widget().findChildren(QAbstractButton)
                  if b.defaultAction() is panel.actions["remove_row"])
    button.setFocus(Qt.FocusReason.TabFocusReason)
    controls.ensureWidgetVisible(button)
    QApplication.processEvents()
    top_left = button.mapTo(controls.viewport(), button.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + button.height() <= controls.viewport().height()


# ---- every workspace tab on screen, and a whole row, on a 1366 × 768 laptop ------------------------
LAPTOP = QRect(0, 0, 1366, 768)


def open_on_laptop(qtbot, data_dir, monkeypatch, zoom: int, choice: str, first_start: bool):
    """The app as a person starts it on a 1366 × 768 screen, at a text size and language chosen
    before (View ▸ Text size, View ▸ Language): on first start it places its window itself;
    otherwise the window is the screen's size less the title bar, as the tests above use."""
    from app.store.storage import Database
    from app.ui import language, window_geometry
    from app.ui.application import make_application, open_window
    monkeypatch.setattr(window_geometry, "available_area", lambda window: QRect(LAPTOP))
    make_application([])
    Database.open_folder(data_dir).close()
    state = UiState(data_dir)
    state.set_number("view/zoom", zoom)
    state.set_text(language.STATE_KEY, choice)
    state.sync()
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    if not first_start:
        win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    panel = win.workspace_panel
    panel.actions["example_case"].trigger()
    qtbot.waitUntil(lambda: panel.tabs.isVisible())
    qtbot.waitUntil(lambda: not panel.grid.fitting_pending())
    QApplication.processEvents()
    return win, db


def hidden_tabs(tabs) -> list[str]:
    """Workspace tabs whose text is not wholly on screen: outside the bar, cut, elided, or
    behind the bar's scroll arrows."""
    bar = tabs.tabBar()
    problems = [f"scroll arrow {b.accessibleName()!r}" for b in bar.findChildren(QToolButton) if b.isVisible()]
    if not tabs.rect().contains(bar.geometry()):
        problems.append(f"bar {bar.geometry()} outside {tabs.rect()}")
    for index in range(bar.count()):
        text, rect = bar.tabText(index), bar.tabRect(index)
        if not bar.rect().contains(rect) or bar.fontMetrics().horizontalAdvance(text) > rect.width():
            problems.append(f"{text!r} {rect} in {bar.rect()}")
        if "…" in text:
            problems.append(f"{text!r} elided")
    return problems


def whole_rows(grid) -> list[int]:
    visible = grid.viewport().height()
    return [row for row in range(grid.model().rowCount())
            if not grid.isRowHidden(row) and 0 <= grid.rowViewportPosition(row)
            and grid.rowViewportPosition(row) + grid.rowHeight(row) <= visible]


@pytest.mark.parametrize("first_start", [False, True], ids=["screen-sized", "first-start"])
@pytest.mark.parametrize("choice", ["en", "es"])
@pytest.mark.parametrize("zoom", [100, 150, 200])
def test_every_tab_and_a_whole_row_are_on_a_laptop_screen(qtbot, data_dir, monkeypatch, zoom, choice, first_start):
    from app.ui import language
    win, db = open_on_laptop(qtbot, data_dir, monkeypatch, zoom, choice, first_start)
    try:
        if first_start:  # the whole free screen, as a maximised window (not 1280 × 729 as before)
            assert win.frameGeometry().width() >= LAPTOP.width() - 8, win.frameGeometry()
            assert LAPTOP.contains(win.frameGeometry()), win.frameGeometry()
        panel = win.workspace_panel
        tabs = panel.tabs
        assert hidden_tabs(tabs) == []
        bar = tabs.tabBar()
        for index in range(tabs.count()):  # a short name still says the full one, aloud and on hover
            full = bar.accessibleTabName(index)
            assert full and bar.tabToolTip(index) in ("", full)
            assert bar.tabToolTip(index) == full or bar.tabText(index) == full
        if choice == "es":
            assert bar.accessibleTabName(5) == "Citas" and bar.tabText(0) in ("Lado a lado", "Comparar")
        assert whole_rows(panel.grid), (panel.grid.viewport().height(), panel.grid.rowHeight(0))
    finally:
        win.close()
        db.close()
        language.install(QApplication.instance(), language.ENGLISH)


def test_full_tab_names_come_back_when_there_is_room(qtbot, window):
    panel = at_200_percent(qtbot, window)
    bar = panel.tabs.tabBar()
    assert bar.tabText(5) == "Visits" and bar.tabToolTip(5) == "Appointments"  # short at 200 %
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # View ▸ Actual size
    qtbot.waitUntil(lambda: bar.tabText(5) == "Appointments")
    assert [bar.tabText(i) for i in range(bar.count())] == [bar.accessibleTabName(i) for i in range(bar.count())]
    assert bar.tabToolTip(5) == "" and hidden_tabs(panel.tabs) == []
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # tabs still step by key
    assert panel.tabs.currentIndex() == 1


def test_the_guide_folds_when_even_the_short_tab_names_do_not_fit(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    qtbot.waitUntil(lambda: panel.tabs.isVisible())
    window.resize(1050, 740)
    window.splitter.setSizes([410, 640])  # room to compare in (70 characters), not for the tabs' row
    assert window.guide_view.isVisible()
    window.resize(1049, 740)  # the room check runs after a resize (or a change of text size)
    qtbot.waitUntil(lambda: not window.guide_view.isVisible())  # folded by itself
    assert "F9" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: hidden_tabs(panel.tabs) == [])
    QTest.keyClick(window, Qt.Key.Key_F9)  # the person wants the guide anyway: then scroll arrows
    qtbot.waitUntil(lambda: window.guide_view.isVisible())
    window.splitter.setSizes([600, 449])
    qtbot.waitUntil(lambda: panel.tabs.tabBar().usesScrollButtons())
    assert window.width() == 1049  # the tabs never force the window wider (off the screen)
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # every tab still reached
    assert panel.tabs.currentIndex() == 7


def test_a_long_status_message_wraps_instead_of_being_cut(qtbot, window):
    from PySide6.QtWidgets import QLabel
    window.resize(1366, 740)
    window.apply_zoom(200, announce=False)
    qtbot.waitUntil(lambda: "F9" in window.statusBar().currentMessage())  # the guide folded away first
    line = window.statusBar().findChild(QLabel, "status_message")
    assert line.height() < line.fontMetrics().height() * 1.5  # that message on one line
    path = "/home/family/Documents/second opinion papers/comparison sheet for the visit on 12 March 2026.pdf"
    window.statusBar().showMessage(f"Saved the PDF as {path}", 15000)
    qtbot.waitUntil(lambda: line.isVisible() and line.height() > line.fontMetrics().height() * 1.5)
    assert window.statusBar().currentMessage().endswith(".pdf")
    # the whole message fits in its label (wrapped), beside the "Saved" label, not under it
    assert line.heightForWidth(line.width()) <= line.height()
    assert line.geometry().right() < window.save_label.geometry().left()
    window.statusBar().clearMessage()
    assert window.statusBar().currentMessage() == "" and line.text() == ""


def test_at_200_percent_column_headings_wrap_and_are_whole(qtbot, window):
    from PySide6.QtCore import QRect
    panel = at_200_percent(qtbot, window)
    grid, header = panel.grid, panel.grid.horizontalHeader()
    assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
    metrics, wrapped_taller = header.fontMetrics(), 0
    for column in range(grid.model().columnCount()):
        text = grid.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        lines_as_given = metrics.lineSpacing() * (text.count("\n") + 1)
        needed = metrics.boundingRect(QRect(0, 0, header.sectionSize(column) - 8, 10_000),
                                      int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text).height()
        wrapped_taller += needed > lines_as_given
        assert needed <= header.height(), (column, text, needed, header.height())  # no wrapped line cut off
    assert wrapped_taller  # at 200 % the example case's headings do need more lines than they give


@pytest.mark.parametrize("style_name", ["fusion", "windows"])
def test_the_heading_margin_is_the_styles_own_without_asking_the_style(qtbot, window, style_name):
    """_fit_headings reads the margin off the header's own measure (asking the style would set
    up PySide's QStyle class at start): it must be what the style itself says, in any style."""
    from PySide6.QtWidgets import QStyle, QStyleFactory
    panel = at_200_percent(qtbot, window)
    grid, header = panel.grid, panel.grid.horizontalHeader()
    style = QStyleFactory.create(style_name)
    header.setStyle(style)
    texts = [grid.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
             for c in range(grid.model().columnCount())]
    expected = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    assert grid.header_margin(texts) == expected
    grid._fit_headings()
    metrics, flags = header.fontMetrics(), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    tallest = max(metrics.boundingRect(QRect(0, 0, header.sectionSize(c) - 2 * expected, 1 << 20), flags,
                                       text).height() for c, text in enumerate(texts))
    assert header.minimumHeight() == tallest + 2 * expected + 2


def test_a_long_case_title_ends_in_an_ellipsis_and_is_whole_in_its_tooltip(qtbot, window, monkeypatch):
    from tests.ui.flows import new_case
    title = "Mum — second opinion about the lump in her left breast, autumn"
    panel = at_200_percent(qtbot, window)
    example_id = panel.case_id
    new_case(window, monkeypatch, title=title)
    picker = panel.case_picker
    QApplication.processEvents()
    assert picker.currentText() == title  # what a screen reader and the open list have
    shown = picker.shown_text()
    assert shown != title and shown.endswith("…") and title.startswith(shown[:-1])
    assert picker.toolTip() == title
    assert not picker.fits_surely()  # so it is painted by the eliding path, not QComboBox's own
    picker.grab()  # painted with the shortened text, without a warning
    # choose the example case with the keyboard: the short title fits and is shown whole
    picker.setFocus()
    QTest.keyClick(picker, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: panel.case_id == example_id)
    assert picker.shown_text() == picker.currentText() == picker.toolTip()
    assert picker.fits_surely()  # QComboBox paints it: the whole text, as shown_text() says
    for width in range(picker.minimumSizeHint().width(), picker.width() + 1, 7):  # never cut unsaid
        picker.resize(width, picker.height())
        assert not picker.fits_surely() or picker.shown_text() == picker.currentText(), width
