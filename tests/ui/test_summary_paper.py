"""File ▸ Summary for a new doctor…: previewed, saved as a PDF whose text holds the case, its dates,
every opinion and the open questions; the example case fits on one page, a long one flows on."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model.appointments import APPOINTMENT, Appointment
from app.model.questions import Question
from app.model.records_checklist import CHECKLIST_ITEM, ChecklistItem

pypdf = pytest.importorskip("pypdf")
# offscreen has no stacking order and no keyboard grab for the menu's popup
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    folder = tmp_path / "chosen"
    folder.mkdir()
    monkeypatch.setattr("app.ui.paperwork.printing.QFileDialog.getSaveFileName",
                        lambda parent, caption, start, filters: (str(folder / Path(start).name), filters))
    monkeypatch.setattr("app.ui.messages.confirm", lambda *a: False)
    monkeypatch.setattr("app.ui.paperwork.printing.open_folder", lambda folder: None)

    def fail(parent, title, text):
        raise AssertionError(f"{title}: {text}")
    monkeypatch.setattr("app.ui.messages.show_error", fail)
    return folder


def save_summary(qtbot, window, chosen) -> list[str]:
    window.papers_dialog = None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_O)  # Summary for a new d&octor…
    qtbot.waitUntil(lambda: window.papers_dialog is not None and window.papers_dialog.isVisible())
    preview = window.papers_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save as PDF…
    qtbot.waitUntil(lambda: len(list(chosen.iterdir())) == 1)
    [written] = list(chosen.iterdir())
    pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in pypdf.PdfReader(written).pages]
    assert len(pages) == preview.doc.pageCount()
    preview.close()
    return pages


def test_the_example_case_summary_is_one_page_with_the_case_dates_opinions_and_open_questions(
        qtbot, window, chosen):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    ws = panel.ws
    ws.insert_record(APPOINTMENT, case_id, Appointment(0, "2026-11-04", "10:15", "", "Dr. Lee", "", "Third look"), 0)
    ws.insert_record(CHECKLIST_ITEM, case_id, ChecklistItem(0, str(ws.case(case_id).opinions[1].id),
                                                            "pathology_report", state="sent", sent_on="2026-10-15",
                                                            sent_to="University Cancer Center"), 0)
    ws.insert_question(case_id, Question(0, "Would a genomic test change the plan?"), 0)
    ws.insert_question(case_id, Question(0, "Already answered question", status="asked"), 1)
    case = ws.case(case_id)
    pages = save_summary(qtbot, window, chosen)
    assert len(pages) == 1
    text = squeezed(pages[0])
    for expected in ("Example — Sam, breast cancer", "Sam (example)", "Breast cancer, left side",
                     "Diagnosed on 2 October 2026", "Appointment 4 November 2026 at 10:15 — Dr. Lee (Third look)",
                     "Dr. Rivera", "9 October 2026", "Dr. Okafor", "23 October 2026",
                     "Pathology report: sent 15 October 2026, to University Cancer Center",
                     "1. Would a genomic test change the plan?"):
        assert squeezed(expected) in text, expected
    assert squeezed(case.opinions[0].answer("plan").text.splitlines()[0]) in text
    assert "Alreadyansweredquestion" not in text
    assert "made-upexample" not in text  # the case's notes are the person's own, not the doctor's


def test_a_long_case_flows_to_a_second_page_with_no_heading_left_alone(qtbot, window, chosen):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    for n in range(45):
        panel.ws.insert_question(case_id, Question(0, f"Question number {n}: what would change your advice?"), n)
    pages = save_summary(qtbot, window, chosen)
    assert len(pages) >= 2
    for page in pages:
        last_line = [line for line in page.splitlines() if line.strip()][-1]
        assert squeezed(last_line) not in {"Opinionssofar", "Recordssent", "Openquestions", "Thecase"}
    assert squeezed("Question number 44") in squeezed(" ".join(pages))
