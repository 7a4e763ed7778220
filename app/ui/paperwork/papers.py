"""Papers to take along: the comparison sheet, the questions for a visit and the decision
worksheet, previewed first.

File ▸ Save comparison as PDF…, Print comparison…, Questions for a visit… and Decision worksheet…
come here.
Loaded on first use (nothing here is needed to start the app).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDir

from app.model.marks import MARK, MARKS
from app.model.questions import Question
from app.printouts.comparison import comparison_html_parts, opinion_heading
from app.printouts.questions import questions_html_parts
from app.ui import messages
from app.ui.paperwork import pdf_job, printing
from app.ui.paperwork.print_preview import Paper, PrintPreview, lay_out, save_pages
from app.ui.workspace.mark_words import mark_text

ALL_DOCTORS = 0  # the "for whom" choice meaning every doctor (opinion ids start at 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def comparison_paper(ws, case_id: int) -> Paper:
    case = ws.case(case_id)
    words = {mark: mark_text(mark) for mark in MARKS}
    return Paper(_tr("Comparison — {0}").format(case.title) if case.title else _tr("Comparison"),
                 lambda: comparison_html_parts(case, ws.records(MARK, case_id), words), landscape=True, point_size=10)


def question_filter(ws, case_id: int, opinion_id: int) -> Callable[[Question], bool] | None:
    """Which questions go on one doctor's page: those addressed to this doctor, and those
    addressed to nobody in particular (a general question is for every visit)."""
    from app.model.asking import QUESTION_ANSWER
    addressed: dict[str, set[str]] = {}
    for answer in ws.records(QUESTION_ANSWER, case_id):
        addressed.setdefault(answer.question_id, set()).add(answer.opinion_id)
    doctor = str(opinion_id)
    return lambda q: str(q.id) not in addressed or doctor in addressed[str(q.id)]


def questions_paper(ws, case_id: int, opinion_id: int = ALL_DOCTORS) -> Paper:
    case = ws.case(case_id)
    questions = list(ws.questions(case_id))
    whom, include = "", None
    if opinion_id != ALL_DOCTORS:
        whom = opinion_heading(case.opinion(opinion_id)).replace("\n", ", ")
        include = question_filter(ws, case_id, opinion_id)
    title = _tr("Questions for {0}").format(whom) if whom else _tr("My questions")
    return Paper(title, lambda: questions_html_parts(case, questions, include, whom), point_size=13)


def worksheet_paper(ws, case_id: int) -> Paper:
    """The decision worksheet as the person filled it in (app.printouts.worksheet)."""
    from app.model.worksheet import DECISION, OPTION, SURE_RESULT, VALUE
    from app.printouts.worksheet import worksheet_html
    case = ws.case(case_id)
    decisions = ws.records(DECISION, case_id)
    return Paper(_tr("Decision worksheet — {0}").format(case.title) if case.title else _tr("Decision worksheet"),
                 lambda: [worksheet_html(case, decisions[0] if decisions else None, ws.records(OPTION, case_id),
                                         ws.records(VALUE, case_id), ws.records(SURE_RESULT, case_id))],
                 point_size=12)


def open_worksheet(window) -> PrintPreview | None:
    case_id = _case_or_say(window)
    if case_id is None:
        return None
    return _open(window, worksheet_paper(window.workspace_panel.ws, case_id))


def _case_or_say(window) -> int | None:
    case_id = window.workspace_panel.case_id
    if case_id is None:
        messages.show_error(window, _tr("No case yet"), _tr(
            "Papers are made from a case. First create a case (File ▸ New case), or start with "
            "the example case."))
    return case_id


def _open(window, paper: Paper, choices=None, choose=None) -> PrintPreview | None:
    window.history.flush_requested.emit()  # what is being typed goes on the paper too
    doc = lay_out(window, paper)
    if doc is None:
        return None
    dialog = PrintPreview(window, paper, doc, choices, choose)
    window.papers_dialog = dialog
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_comparison(window, printing: bool = False) -> PrintPreview | None:
    """The comparison sheet's preview; Print… is the default button when printing."""
    case_id = _case_or_say(window)
    if case_id is None:
        return None
    dialog = _open(window, comparison_paper(window.workspace_panel.ws, case_id))
    if dialog is not None and printing:
        dialog.print_button.setDefault(True)
    return dialog


def open_questions(window) -> PrintPreview | None:
    """The questions for a visit: for every doctor, or for one chosen in the preview."""
    case_id = _case_or_say(window)
    if case_id is None:
        return None
    ws = window.workspace_panel.ws
    case = ws.case(case_id)
    choices = [(_tr("All doctors"), ALL_DOCTORS)]
    choices += [(opinion_heading(op).replace("\n", ", "), op.id) for op in case.opinions]
    return _open(window, questions_paper(ws, case_id), choices,
                 lambda opinion_id: questions_paper(ws, case_id, opinion_id))


def save_questions_now(parent, ws, case_id: int) -> str:
    """My questions ▸ Save as PDF…: every question, straight to a file (no preview), with
    progress for a long list; the status bar says where it went."""
    paper = questions_paper(ws, case_id)
    doc = lay_out(parent, paper)
    if doc is None:
        return ""
    try:
        path = save_pages(parent, doc, paper)
    finally:
        doc.deleteLater()
    window = parent.window()
    if path and hasattr(window, "statusBar"):
        window.statusBar().showMessage(_tr("Saved the PDF as {0}").format(QDir.toNativeSeparators(path)), 15000)
    return path


def print_questions_now(parent, ws, case_id: int) -> bool:
    """My questions ▸ Print…: every question, on a printer the person chooses."""
    paper = questions_paper(ws, case_id)
    doc = lay_out(parent, paper)
    if doc is None:
        return False
    label = _tr("Sending the pages to the printer…")
    try:
        return printing.print_document(parent, doc, landscape=paper.landscape,
                                       draw=lambda printer: pdf_job.run_job(parent, label,
                                                                             pdf_job.draw_pages(doc, printer)))
    finally:
        doc.deleteLater()
