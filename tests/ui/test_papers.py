"""Papers to take along: the comparison sheet and the questions for a visit, previewed, saved
as PDF with every word, headings on every page, and a window that keeps moving meanwhile."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.model.domain import Answer, Case, Opinion
from app.model.marks import Mark
from app.model.questions import Question
from app.store.storage import Database

pypdf = pytest.importorskip("pypdf")
# offscreen has no stacking order and no keyboard grab for the menu's popup
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

DOCTORS = ("Dr. Amara Okafor", "Dr. Bruno Rivera", "Dr. Chen Wei", "Dr. Dana Holm", "Dr. Elif Kaya",
           "Dr. Femi Adeyemi")
MARKED = {"plan": ("differ", "≠ Differ"), "goal": ("agree", "✓ Agree"), "stage": ("unclear", "? Unclear"),
          "trials": ("not_discussed", "— Not discussed")}
LONG_WORDS = [f"word{n:04d}" for n in range(560)] + ["again"] * 40  # about 5 KB, some words twice


def pdf_pages(path: Path) -> list[str]:
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def squeezed(text: str) -> str:
    """Without any whitespace: pypdf puts tabs between words and nothing at a line's end."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def six_opinions(ws) -> int:
    case = Case(0, "Dad — prostate", decide_by="2026-12-24")
    for n, doctor in enumerate(DOCTORS):
        op = Opinion(0, f"Opinion {n + 1}", doctor, "urologist" if n % 2 else "radiation oncologist",
                     visit_date=f"2026-10-{n + 10}")
        op.answers["diagnosis"] = Answer(text=f"Adenocarcinoma, as seen by doctor {n + 1}")
        op.answers["plan"] = Answer(text="Surgery" if n % 2 else "Active surveillance",
                                    tags=("surgery",) if n % 2 else ("active surveillance",))
        op.answers["goal"] = Answer(choice="cure")
        op.answers["stage"] = Answer(text=f"T{n % 3 + 1}")
        op.answers["trials"] = Answer(text="none")
        case.opinions.append(op)
    case.opinions[2].answers["rationale"] = Answer(text=" ".join(LONG_WORDS))
    marks = [Mark(0, key, mark) for key, (mark, _) in MARKED.items()]
    questions = [Question(0, f"Question {n}: what would change your advice, {n}?") for n in range(12)]
    return ws.insert_case(case, questions, lists={"mark": marks})


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The save dialog answers tmp_path/chosen/<suggested name>; the "saved" message is recorded
    and answered "Open the folder"; opening the folder is recorded."""
    seen = {"start": [], "said": [], "opened": []}
    chosen = tmp_path / "chosen"
    chosen.mkdir()

    def save_dialog(parent, caption, start, filters):
        seen["start"].append(start)
        return str(chosen / Path(start).name), filters

    def confirm(parent, title, text, yes):
        seen["said"].append((title, text, yes))
        return True
    monkeypatch.setattr("app.ui.paperwork.printing.QFileDialog.getSaveFileName", save_dialog)
    monkeypatch.setattr("app.ui.messages.confirm", confirm)
    monkeypatch.setattr("app.ui.paperwork.printing.open_folder", lambda folder: seen["opened"].append(folder))

    def fail(parent, title, text):
        raise AssertionError(f"{title}: {text}")
    monkeypatch.setattr("app.ui.messages.show_error", fail)
    return seen


def choose_from_file_menu(qtbot, window, letter):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), letter)


def test_comparison_sheet_from_the_file_menu_keeps_every_word_mark_and_heading(
        qtbot, window, data_dir, answers, tmp_path):
    panel = window.workspace_panel
    case_id = six_opinions(panel.ws)
    panel.show_case(case_id)
    window.papers_dialog = None
    choose_from_file_menu(qtbot, window, Qt.Key.Key_M)  # File ▸ Save co&mparison as PDF…
    qtbot.waitUntil(lambda: window.papers_dialog is not None and window.papers_dialog.isVisible())
    preview = window.papers_dialog
    assert preview.doc.pageCount() >= 2
    assert preview.count_label.text() == f"{preview.doc.pageCount()} pages"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save as PDF…
    qtbot.waitUntil(lambda: bool(answers["said"]))

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(answers["start"][0])
    assert start.parent == Path(documents) and data_dir.resolve() not in start.resolve().parents
    written = tmp_path / "chosen" / "Comparison — Dad — prostate.pdf"
    title, text, yes = answers["said"][0]
    assert str(written) in text and yes == "Open the folder"
    assert answers["opened"] == [str(written.parent)]
    assert str(written) in window.statusBar().currentMessage()
    assert list(written.parent.iterdir()) == [written]  # no temporary file left beside it

    pages = pdf_pages(written)
    assert len(pages) == preview.doc.pageCount()  # the preview showed the pages written
    whole = squeezed(" ".join(pages))
    for doctor in DOCTORS:
        assert squeezed(doctor) in whole
    for page in pages[1:]:  # the column headings again at the top of every later page
        assert all(squeezed(doctor) in squeezed(page) for doctor in DOCTORS), page[:300]
    for key, (_, word) in MARKED.items():
        label = {"plan": "Recommended treatment plan", "goal": "Goal of treatment", "stage": "Stage or extent",
                 "trials": "Clinical trials mentioned"}[key]
        assert squeezed(f"{label} Your mark: {word}") in whole
    assert squeezed("surgery: included by") in whole  # the app's hint of what differs
    # the 5 KB cell: not one word lost (pypdf may split a word over two lines: squeeze first).
    # Qt also writes the line just above a page break once more, hidden under the repeated
    # headings of the next page: at most one extra line per page, never a missing word.
    tokens = Counter(re.findall(r"word\d{4}|again", squeezed(" ".join(pages))))
    missing = Counter(LONG_WORDS) - tokens
    assert not missing, f"words lost: {sorted(missing)[:20]}"
    assert sum((tokens - Counter(LONG_WORDS)).values()) <= 2 * len(pages)

    stored = Database.open_folder(data_dir)  # making papers changed nothing stored
    try:
        assert len(stored.load_case(case_id).opinions) == 6
    finally:
        stored.close()


def test_questions_for_one_doctors_visit_have_every_question_and_name_the_doctor(
        qtbot, window, answers, tmp_path):
    panel = window.workspace_panel
    case_id = six_opinions(panel.ws)
    panel.show_case(case_id)
    window.papers_dialog = None
    choose_from_file_menu(qtbot, window, Qt.Key.Key_T)  # File ▸ Ques&tions for a visit…
    qtbot.waitUntil(lambda: window.papers_dialog is not None and window.papers_dialog.isVisible())
    preview = window.papers_dialog
    preview.choice.setFocus()
    qtbot.keyClick(preview.choice, Qt.Key.Key_Down)  # from "All doctors" to the first doctor
    qtbot.waitUntil(lambda: "Okafor" in preview.paper.title)
    preview.save_button.click()
    written = next((tmp_path / "chosen").iterdir())
    text = squeezed(" ".join(pdf_pages(written)))
    assert squeezed("For: Dr. Amara Okafor, Opinion 1, radiation oncologist") in text
    for question in panel.ws.questions(case_id):
        assert squeezed(question.text) in text
    assert text.count("Answer:") == 12  # room for every answer


def test_a_10000_question_pdf_shows_progress_and_the_window_keeps_ticking(qtbot, window, answers, tmp_path):
    panel = window.workspace_panel
    questions = [Question(0, f"Question number {n} of the long list") for n in range(10_000)]
    case_id = panel.ws.insert_case(Case(0, "Long list"), questions)
    panel.show_case(case_id)
    panel.show_tab(2)
    seen = {"ticks": 0, "progress_shown": False}

    def tick():
        seen["ticks"] += 1
        dialog = window.findChild(QProgressDialog, "pdf_progress")
        seen["progress_shown"] |= dialog is not None and dialog.isVisible()
    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(20)
    panel.questions.buttons["pdf"].click()  # returns when written; the timer ran meanwhile
    timer.stop()
    written = tmp_path / "chosen" / "My questions.pdf"
    assert str(written) in window.statusBar().currentMessage()
    assert seen["progress_shown"] and seen["ticks"] >= 10
    reader = pypdf.PdfReader(written)
    assert squeezed("1. ☐ Question number 0 of") in squeezed(reader.pages[0].extract_text())
    assert squeezed("Question number 9999 of the long list") in squeezed(reader.pages[-1].extract_text())


def test_cancelling_a_long_pdf_leaves_no_file(qtbot, window, answers, tmp_path):
    panel = window.workspace_panel
    case_id = panel.ws.insert_case(Case(0, "Long list"),
                                   [Question(0, f"Question {n}") for n in range(3_000)])
    panel.show_case(case_id)
    panel.show_tab(2)

    def press_cancel():
        dialog = window.findChild(QProgressDialog, "pdf_progress")
        if dialog is not None and dialog.isVisible() and dialog.labelText().startswith("Writing"):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    timer = QTimer(window)
    timer.timeout.connect(press_cancel)
    timer.start(20)
    panel.questions.buttons["pdf"].click()
    timer.stop()
    assert list((tmp_path / "chosen").iterdir()) == []  # neither the PDF nor a half-written part
    assert "Saved" not in window.statusBar().currentMessage()


def test_a_question_addressed_to_another_doctor_is_left_off_this_doctors_page(qtbot, window):
    from app.model.asking import QUESTION_ANSWER, QuestionAnswer
    from app.ui.paperwork import papers
    panel = window.workspace_panel
    case_id = six_opinions(panel.ws)
    first, second = panel.ws.case(case_id).opinions[:2]
    only_second, general = panel.ws.questions(case_id)[:2]
    panel.ws.insert_record(QUESTION_ANSWER, case_id,
                           QuestionAnswer(0, str(only_second.id), str(second.id), second.doctor), 0)
    for_first = papers.question_filter(panel.ws, case_id, first.id)
    for_second = papers.question_filter(panel.ws, case_id, second.id)
    assert not for_first(only_second) and for_second(only_second)
    assert for_first(general) and for_second(general)  # addressed to nobody: on every doctor's page
    html = "".join(papers.questions_paper(panel.ws, case_id, first.id).parts())
    assert only_second.text not in html and general.text in html


def test_the_decision_worksheet_paper_shows_every_option_alike_and_the_latest_sure_check(
        qtbot, window, answers, tmp_path):
    from app.model.worksheet import DECISION, OPTION, SURE_RESULT, VALUE, Decision, Option, SureResult, Value
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    ws, case_id = panel.ws, panel.case_id
    ws.insert_record(DECISION, case_id, Decision(0, "Which treatment to start with"), 0)
    for i, title in enumerate(("Surgery first", "Chemotherapy first")):
        ws.insert_record(OPTION, case_id, Option(0, title, "", f"Benefit {i}", f"Risk {i}"), i)
    ws.insert_record(VALUE, case_id, Value(0, "Home for the wedding in June", "very"), 0)
    ws.insert_record(SURE_RESULT, case_id, SureResult(0, "2026-11-20", "no", "yes", "yes", "no"), 0)
    window.papers_dialog = None
    choose_from_file_menu(qtbot, window, Qt.Key.Key_W)  # File ▸ Decision &worksheet…
    qtbot.waitUntil(lambda: window.papers_dialog is not None and window.papers_dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.papers_dialog)
    qtbot.keyClick(window.papers_dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save as PDF…
    qtbot.waitUntil(lambda: bool(answers["said"]))
    text = squeezed(" ".join(pdf_pages(next((tmp_path / "chosen").iterdir()))))
    for words in ("Which treatment to start with", "Surgery first", "Chemotherapy first", "Benefit 0",
                  "Risk 1", "Home for the wedding in June", "20 November 2026"):
        assert squeezed(words) in text, words
