"""File ▸ Summary for a new doctor…: the one-page summary (app.printouts.summary), previewed and
then saved as a PDF with real text or printed, through the papers of app.ui.paperwork.papers. Loaded on
first use."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model.appointments import APPOINTMENT
from app.model.records_checklist import CHECKLIST_ITEM, DEFAULT_ITEMS
from app.printouts.summary import summary_html_parts
from app.ui.paperwork import papers
from app.ui.paperwork.print_preview import Paper
from app.ui.visits.documents_page import _item_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def summary_paper(ws, case_id: int) -> Paper:
    case = ws.case(case_id)
    words = {key: _item_words(key) for key in DEFAULT_ITEMS}

    def parts() -> list[str]:  # read when the paper is laid out: what is typed by then is on it
        return summary_html_parts(case, ws.records(APPOINTMENT, case_id), ws.records(CHECKLIST_ITEM, case_id),
                                  ws.questions(case_id), words)
    title = _tr("Summary for a new doctor — {0}").format(case.title) if case.title else _tr("Summary for a new doctor")
    return Paper(title, parts, point_size=11)


def open_summary(window):
    case_id = papers._case_or_say(window)
    if case_id is None:
        return None
    return papers._open(window, summary_paper(window.workspace_panel.ws, case_id))
