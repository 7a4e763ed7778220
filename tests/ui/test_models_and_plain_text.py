"""Every item model passes qtmodeltester; user text is shown literally everywhere."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from app.ui import messages
from app.workspace.edits import CasePresence
from app.workspace.example_case import example_case

MARKUP = '<b>Smith</b><img src="x">'


def example_window(window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    return panel


def test_comparison_model_passes_modeltester(qtmodeltester, window):
    panel = example_window(window)
    qtmodeltester.check(panel.model)
    panel.actions["add_opinion"].trigger()
    qtmodeltester.check(panel.model)


def test_entry_list_models_pass_modeltester(qtmodeltester, window):
    panel = example_window(window)
    panel.editor.show_opinion(panel.history.workspace.case(panel.case_id).opinions[0].id)
    qtmodeltester.check(panel.editor.readings_model)
    qtmodeltester.check(panel.editor.citations_model)


def test_question_model_passes_modeltester(qtmodeltester, window):
    panel = example_window(window)
    panel.question_model.add("Is there time to wait?")
    panel.question_model.add("Would you talk with the other doctor?")
    qtmodeltester.check(panel.question_model)


def test_markup_typed_by_a_person_is_shown_literally(qtbot, window, monkeypatch):
    panel = window.workspace_panel
    case = example_case()
    case.title = MARKUP
    case.opinions[0].doctor = MARKUP
    case.opinions[0].answers["my_notes"] = case.opinions[0].answers["my_notes"].__class__(text=MARKUP)
    panel.history.apply(CasePresence(adds=True, case=case))
    panel.show_case(case.id)
    assert panel.case_picker.currentText() == MARKUP
    assert MARKUP in panel.model.headerData(0, Qt.Orientation.Horizontal)
    tip = panel.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;Smith&lt;/b&gt;" in tip  # tooltips guess rich text
    row = panel.model._row_keys.index("my_notes")
    assert panel.model.index(row, 0).data() == MARKUP
    assert panel.editor.picker.itemText(0).endswith(MARKUP)
    # every label that shows this text shows it as plain text
    labels = [w for w in window.findChildren(QLabel) if "<b>" in w.text()]
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    combos = [c for c in window.findChildren(QComboBox) if any("<b>" in c.itemText(i) for i in range(c.count()))]
    assert combos  # combo boxes draw item text plainly
    # the confirmation that names the doctor is plain text too
    seen = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes: seen.append(text) or False)
    panel.grid.setCurrentIndex(panel.model.index(0, 0))
    panel.actions["remove_opinion"].trigger()
    assert MARKUP in seen[0]
    box = messages._box(None, "Question", "t", seen[0])
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_column_headings_show_each_doctor_on_a_line_that_fits(qtbot, window):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    grid = panel.grid
    qtbot.waitUntil(lambda: not grid.fitting_pending())
    header = grid.horizontalHeader()
    case = panel.ws.case(panel.case_id)
    for column, opinion in enumerate(case.opinions):
        lines = panel.model.headerData(column, Qt.Orientation.Horizontal).splitlines()
        assert lines[:2] == [opinion.label, opinion.doctor]
        # the name is readable in the column as the window opens, not cut at its edge
        assert header.fontMetrics().horizontalAdvance(opinion.doctor) < header.sectionSize(column) - 8
        assert header.height() >= header.fontMetrics().lineSpacing() * len(lines)
