"""Readable in every appearance: light, dark, high contrast and the system's own.

Contrast is measured (WCAG 2.2 relative luminance) on the colours the widgets really use
after the person picks the appearance in View ▸ Appearance: text at least 4.5 : 1, the focus
ring at least 3 : 1 against the same pixels without focus.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.ui import appearance
from app.ui.appearance import DARK, HIGH_CONTRAST, LIGHT, SYSTEM, contrast
from app.ui.ui_state import UiState

R = QPalette.ColorRole
TEXT, FOCUS = 4.5, 3.0
UI = Path(__file__).resolve().parents[2] / "app" / "ui"


def relative_luminance(c: QColor) -> float:
    """WCAG 2.2, written out again here so the test does not trust the code it checks."""
    def lin(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())


def ratio(a: QColor, b: QColor) -> float:
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def choose(window, mode: str) -> None:
    """View ▸ Appearance ▸ mode, as a person picks it."""
    window.appearance_actions[mode].trigger()


@pytest.fixture
def example(window):
    window.workspace_panel.actions["example_case"].trigger()
    return window


def differing_row(model) -> int:
    return next(r for r in range(model.rowCount()) if model.row_differs(r))


@pytest.mark.parametrize("mode", [SYSTEM, LIGHT, DARK, HIGH_CONTRAST])
def test_text_reads_at_4_5_to_1_in_every_appearance(qtbot, example, mode):
    window = example
    choose(window, mode)
    grid, model = window.workspace_panel.grid, window.workspace_panel.model
    pal = grid.palette()
    text, window_text = pal.color(R.Text), pal.color(R.WindowText)
    differs = model.index(differing_row(model), 0)
    tint = model.data(differs, Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and tint != pal.color(R.Base)  # the ≠ rows are tinted...
    assert "≠" in model.headerData(differs.row(), Qt.Orientation.Vertical)  # ...and marked
    pairs = {
        "cell text": (text, pal.color(R.Base)),
        "≠ row text": (text, tint),
        "≠ row, window text": (window_text, tint),
        "striped row": (text, pal.color(R.AlternateBase)),
        "selected cell": (pal.color(R.HighlightedText), pal.color(R.Highlight)),
        "row labels": (pal.color(R.ButtonText), pal.color(R.Button)),
        "window text": (window_text, pal.color(R.Window)),
    }
    assert grid.alternatingRowColors()

    # guide links, as laid out in the reader, against the reader's background
    guide = window.guide_view
    reader_bg = guide.reader.palette().color(R.Base)
    links = []
    block = guide.reader.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                links.append(fmt.foreground().color())
            it += 1
        block = block.next()
    assert links, "the first guide topic has links"
    for i, colour in enumerate(links):
        pairs[f"guide link {i}"] = (colour, reader_bg)

    # a search match marked in the reader, and the excerpt under a search hit
    assert guide.highlight("second opinion") > 0
    selection = guide.reader.extraSelections()[0]
    pairs["search match"] = (selection.format.foreground().color(), selection.format.background().color())
    qtbot.keyClicks(guide.search_box, "tumor board")
    hit = guide.tree.topLevelItem(0)
    assert hit.childCount()
    pairs["search excerpt"] = (hit.child(0).foreground(0).color(), guide.tree.palette().color(R.Base))

    low = {name: round(ratio(*pair), 2) for name, pair in pairs.items() if ratio(*pair) < TEXT}
    assert not low, f"{mode}: below 4.5 : 1: {low}"


def test_the_appearance_applies_its_own_palette(qtbot, example):
    window = example
    choose(window, DARK)
    pal = QGuiApplication.palette()
    assert relative_luminance(pal.color(R.Base)) < 0.05 < relative_luminance(pal.color(R.Text))
    choose(window, HIGH_CONTRAST)
    pal = QGuiApplication.palette()
    assert pal.color(R.Base) == QColor("black") and pal.color(R.Text) == QColor("white")
    assert pal.color(R.Highlight) == QColor("yellow") and pal.color(R.Link) == QColor("yellow")
    choose(window, LIGHT)
    assert relative_luminance(QGuiApplication.palette().color(R.Base)) > 0.9


def test_switching_to_dark_retints_the_differing_rows_without_a_reset(qtbot, example, data_dir):
    window = example
    grid, model = window.workspace_panel.grid, window.workspace_panel.model
    choose(window, LIGHT)
    index = model.index(differing_row(model), 0)
    light_tint = model.data(index, Qt.ItemDataRole.BackgroundRole)
    resets, changed = [], []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda tl, br, roles: changed.append(list(roles)))
    # a cell editor open while the appearance changes stays open
    text_row = next(r for r in range(model.rowCount())
                    if model.flags(model.index(r, 1)) & Qt.ItemFlag.ItemIsEditable)
    grid.setCurrentIndex(model.index(text_row, 1))
    grid.edit(model.index(text_row, 1))
    assert grid.state() == QAbstractItemView.State.EditingState

    choose(window, DARK)
    dark_tint = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert dark_tint != light_tint
    assert relative_luminance(dark_tint) < relative_luminance(light_tint)
    assert ratio(dark_tint, grid.palette().color(R.Text)) >= TEXT
    assert [Qt.ItemDataRole.BackgroundRole] in changed and not resets
    assert grid.state() == QAbstractItemView.State.EditingState
    # the choice is remembered (UI state only), and the next start uses it
    assert UiState(data_dir).text(appearance.STATE_KEY) == DARK
    assert window.appearance_actions[DARK].isChecked()


def test_system_follows_the_colour_scheme_signal(qtbot, example, monkeypatch):
    window = example
    choose(window, SYSTEM)
    model = window.workspace_panel.model
    index = model.index(differing_row(model), 0)
    before = model.data(index, Qt.ItemDataRole.BackgroundRole)
    monkeypatch.setattr(appearance, "system_wants", lambda: DARK)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert appearance.is_dark(QGuiApplication.palette())
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) != before
    # a chosen appearance is not overridden by the system
    choose(window, LIGHT)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not appearance.is_dark(QGuiApplication.palette())


def _edge_pixels(widget) -> list[QColor]:
    """The two pixel columns of the left edge, halfway down, as painted."""
    image = widget.grab().toImage()
    y = image.height() // 2
    return [image.pixelColor(x, y) for x in range(appearance.FOCUS_WIDTH)]


@pytest.mark.parametrize("mode", [SYSTEM, LIGHT, DARK, HIGH_CONTRAST])
def test_focus_is_visible_at_3_to_1(qtbot, window, mode):
    choose(window, mode)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    guide = window.guide_view
    widgets = {"guide topics": guide.tree, "guide search": guide.search_box, "guide text": guide.reader,
               "grid": window.workspace_panel.grid}
    for name, widget in widgets.items():
        window.workspace_panel.tabs.setFocus()  # something else has the focus
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        unfocused = _edge_pixels(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        focused = _edge_pixels(widget)
        ratios = [ratio(a, b) for a, b in zip(focused, unfocused)]
        assert min(ratios) >= FOCUS, f"{mode}, {name}: focus ring {[round(r, 2) for r in ratios]}"


def test_no_colour_is_hard_coded_outside_appearance():
    literal = re.compile(r"QColor\(\s*\d|QColor\(\s*[\"']|#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?!\w)"
                         r"|\brgba?\(\s*\d|Qt\.GlobalColor\.|\bQt\.(white|black|red|yellow|gray)\b")
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "appearance.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, "colours must come from the palette (app/ui/appearance.py):\n" + "\n".join(found)
    assert (UI / "appearance.py").exists()


def test_the_contrast_formula_matches_known_pairs():
    assert ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(ratio(QColor("#777777"), QColor("white")))
    assert ratio(QColor(255, 244, 214), QColor("#ececec")) < 1.2  # the old fixed tint under dark text
