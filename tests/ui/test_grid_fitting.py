"""Issue 10, "Speed with real cases": the grid measures only what changed, nothing while it is
hidden, and the app keeps only a few cases in memory without ever losing an undo or typing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.ui.workspace.comparison_view import MAX_ROW_HEIGHT
from tests.ui.test_saved_means_saved import free_space, full_disk, grid_paste
from tests.ui.test_workspace_flows import grid_edit, new_case, stored_case

LONG = "\n".join(f"Line {n} of what this doctor said about the stage." for n in range(7))


def example(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    qtbot.waitUntil(lambda: not panel.grid.fitting_pending())
    return panel


def spy_rows(monkeypatch, grid) -> list[int]:
    """The rows the grid sets a height for (each fitted row, once per fit)."""
    fitted: list[int] = []
    real = grid._set_row_height
    monkeypatch.setattr(grid, "_set_row_height", lambda row, *a: fitted.append(row) or real(row, *a))
    return fitted


def spy_cells(monkeypatch, grid) -> list[tuple[int, int]]:
    measured: list[tuple[int, int]] = []
    real = grid._cell_height
    monkeypatch.setattr(grid, "_cell_height", lambda r, c: measured.append((r, c)) or real(r, c))
    return measured


def fitted_height(grid, row: int) -> int:
    """What the row's height must be: its tallest cell or heading, at least 2 lines, at most the cap."""
    hint = max(grid.sizeHintForRow(row), grid.verticalHeader().sectionSizeHint(row))
    return min(max(hint, grid.fontMetrics().lineSpacing() * 2 + 8), MAX_ROW_HEIGHT)


def test_a_grid_edit_refits_only_its_own_row(qtbot, window, monkeypatch):
    panel = example(qtbot, window)
    grid, stage = panel.grid, panel.model._row_keys.index("stage")
    before = grid.rowHeight(stage)
    fitted, measured = spy_rows(monkeypatch, grid), spy_cells(monkeypatch, grid)
    grid_edit(qtbot, window, stage, 1, "Stage IIB on the second look. " * 12)
    qtbot.waitUntil(lambda: bool(fitted) and not grid.fitting_pending())
    assert set(fitted) == {stage}
    assert grid.rowHeight(stage) == fitted_height(grid, stage) > before
    assert panel.model.index(stage, 1).data() == "Stage IIB on the second look. " * 12
    # typing on in the same row: only the changed cell is measured again, not its neighbours
    fitted.clear()
    measured.clear()
    grid_edit(qtbot, window, stage, 0, "Short.")
    qtbot.waitUntil(lambda: bool(fitted) and not grid.fitting_pending())
    assert set(fitted) == {stage} and measured == [(stage, 0)]
    assert grid.rowHeight(stage) == fitted_height(grid, stage)


def test_nothing_is_fitted_while_the_grid_is_hidden_and_the_row_fits_when_shown(qtbot, window, monkeypatch):
    panel = example(qtbot, window)
    grid = panel.grid
    stage = panel.model._row_keys.index("stage")
    before = grid.rowHeight(stage)
    panel.show_tab(1)  # the roomy editor; the grid's tab is hidden
    assert not grid.isVisible()
    fitted = spy_rows(monkeypatch, grid)
    field = panel.editor.findChild(QPlainTextEdit, "aspect_stage")
    field.setFocus()
    field.selectAll()
    for n, line in enumerate(LONG.splitlines()):
        if n:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClicks(field, line)
    window.history.flush_requested.emit()
    QApplication.processEvents()
    case = panel.ws.case(panel.case_id)
    assert case.opinions[0].answer("stage").text == LONG  # saved, and the grid was told
    assert panel.model.index(stage, 0).data() == LONG
    assert fitted == [] and not grid.fitting_pending()
    panel.show_tab(0)
    assert fitted == [stage]  # fitted as it is shown, before it is painted
    assert grid.rowHeight(stage) == fitted_height(grid, stage) > before


def test_a_change_of_shape_while_hidden_refits_every_row_when_shown(qtbot, window, monkeypatch):
    panel = example(qtbot, window)
    grid = panel.grid
    panel.show_tab(2)
    fitted = spy_rows(monkeypatch, grid)
    monkeypatch.setattr("app.ui.workspace.row_commands.ask_text", lambda *a, **k: "Fertility")
    panel.actions["add_row"].trigger()
    QApplication.processEvents()
    assert fitted == []
    panel.show_tab(0)
    assert sorted(fitted) == list(range(panel.model.rowCount()))
    assert all(grid.rowHeight(r) == fitted_height(grid, r) for r in range(panel.model.rowCount()))


def switch_to(panel, case_id: int) -> None:
    panel.case_picker.activated.emit(panel.case_picker.findData(case_id))  # as picking it in the list
    assert panel.case_id == case_id


def test_cases_left_behind_are_forgotten_and_undo_in_one_still_works(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    first = panel.case_id
    old = panel.model.index(0, 0).data()
    others = [new_case(window, monkeypatch, f"Case {n}") for n in range(4)]
    switch_to(panel, first)
    grid_edit(qtbot, window, 0, 0, "Typed before leaving")
    assert stored_case(data_dir, first).opinions[0].answer("diagnosis").text == "Typed before leaving"
    for case_id in others:
        switch_to(panel, case_id)
    assert first not in panel.ws._cases  # forgotten: only the last few cases shown stay loaded
    assert len(panel.ws._cases) <= 3 and len({case_id for _, case_id in panel.ws._lists}) <= 3
    window.history.undo()  # brings the case back on screen, read again, and undoes the typing
    assert panel.case_id == first
    assert panel.model.index(0, 0).data() == old
    assert stored_case(data_dir, first).opinions[0].answer("diagnosis").text == old
    window.history.redo()
    assert panel.model.index(0, 0).data() == "Typed before leaving"
    assert stored_case(data_dir, first).opinions[0].answer("diagnosis").text == "Typed before leaving"


def test_a_case_with_typing_waiting_to_be_saved_is_never_forgotten(qtbot, window, data_dir, monkeypatch):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    first = panel.case_id
    others = [new_case(window, monkeypatch, f"Case {n}") for n in range(4)]
    switch_to(panel, first)
    monkeypatch.setattr("app.ui.messages.show_error", lambda *a: None)
    db = panel.ws.db
    full_disk(db)
    grid_paste(qtbot, window, 0, 0, "z" * 40_000)
    assert window.history.unsaved
    for case_id in others:
        switch_to(panel, case_id)
    assert first in panel.ws._cases  # kept while its typing waits (the disk may not read either)
    switch_to(panel, first)
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "z" * 40_000
    free_space(db)
    qtbot.waitUntil(lambda: not window.history.unsaved, timeout=8000)
    assert stored_case(data_dir, first).opinions[0].answer("diagnosis").text == "z" * 40_000
    for case_id in others:  # saved now: it may be forgotten like any other
        switch_to(panel, case_id)
    assert first not in panel.ws._cases


def test_a_tall_cell_scrolled_into_view_is_not_cut(qtbot, window):
    panel = example(qtbot, window)
    for _ in range(4):  # six opinions: readable columns and a horizontal scroll bar
        panel.actions["add_opinion"].trigger()
    panel.actions["compare"].trigger()  # adding an opinion opened it in the One opinion tab
    grid, model = panel.grid, panel.model
    stage, last = model._row_keys.index("stage"), model.columnCount() - 1
    tall = "\n".join([LONG] * 3)  # taller than any cell of the example case, and than the cap
    model.setData(model.index(stage, last), tall)
    qtbot.waitUntil(lambda: not grid.fitting_pending())
    grid.setCurrentIndex(model.index(stage, 0))
    grid.horizontalScrollBar().setValue(0)  # back at the first doctor
    assert grid.horizontalScrollBar().maximum() > 0 and last not in grid._columns_on_screen()
    # a fit of every row measures the columns on screen only (sizeHintForRow with the vertical
    # header's resize precision 0; Qt's default 1000 measured every off-screen column too)
    grid.schedule_fit()
    grid.fit_rows()
    assert grid.rowHeight(stage) < MAX_ROW_HEIGHT  # the tall cell off screen was not measured

    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())  # the person scrolls right
    assert last in grid._columns_on_screen()
    assert grid.rowHeight(stage) == MAX_ROW_HEIGHT
    assert panel.ws.case(panel.case_id).opinions[last].answers["stage"].text == tall


def test_rows_below_the_first_screen_are_fitted_while_idle_or_when_scrolled_to(qtbot, window, monkeypatch):
    # a long case: the first fit measures only the rows on screen, the others come a screenful
    # at a time while the app is idle, and a row scrolled to before its turn is fitted at once
    panel = example(qtbot, window)
    grid, model = panel.grid, panel.model
    case = panel.ws.case(panel.case_id)
    for column, op in enumerate(case.opinions):
        for key in ("plan", "rationale", "usual_advice", "unclear", "my_notes"):
            panel.ws.set(("answer", panel.case_id, op.id, key, "text"), f"{LONG}\n(opinion {column})")
    rest: list[int] = []
    monkeypatch.setattr(grid._rest_timer, "start", lambda *a: rest.append(1))  # hold the idle fitting
    grid.schedule_fit()
    qtbot.waitUntil(lambda: not grid._fit_timer.isActive())
    view_height = grid.viewport().height()
    left = list(grid._unfitted)
    assert rest and left, "every row was measured before the first paint"
    assert all(grid.rowViewportPosition(row) >= view_height for row in left)
    assert all(grid.rowHeight(r) == fitted_height(grid, r)
               for r in range(model.rowCount()) if r not in left)  # those on screen: whole

    monkeypatch.undo()
    grid._fit_more()  # what the idle timer does: the next screenful, then the timer again
    assert grid._unfitted and grid._unfitted != left
    assert all(grid.rowHeight(r) == fitted_height(grid, r) for r in left if r not in grid._unfitted)
    assert grid._rest_timer.isActive()

    # Ctrl+End before the idle fitting got there: the bottom row is on screen, whole
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    bottom = model.rowCount() - 1
    assert grid.currentIndex().row() == bottom and not grid.fitting_pending()
    top, height = grid.rowViewportPosition(bottom), grid.rowHeight(bottom)
    assert 0 <= top and top + height <= grid.viewport().height()
    assert all(grid.rowHeight(r) == fitted_height(grid, r) for r in range(model.rowCount()))
