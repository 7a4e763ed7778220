"""The one-page summary for a new doctor: everything the person entered that a doctor needs,
nothing they did not enter, every text escaped."""
from __future__ import annotations

from app.model.appointments import Appointment
from app.model.domain import Answer, Case, Opinion
from app.model.questions import Question
from app.model.records_checklist import ChecklistItem
from app.printouts.summary import headline_plan, summary_html


def case_with_everything() -> Case:
    first = Opinion(1, "First opinion", "Dr. Rivera", "surgeon / surgical oncologist", "City Hospital",
                    "2026-10-09", "in person",
                    {"plan": Answer(text="Lumpectomy first.\nThen radiation.\nThen hormone therapy.\n"
                                         "Check at 5 years.")})
    second = Opinion(2, "Second opinion", "Dr. <b>Okafor</b>", "medical oncologist", "", "2026-10-23", "video",
                     {"plan": Answer(tags=("chemotherapy", "surgery"))})
    return Case(7, "Mum — breast cancer", "Ingrid", "Invasive ductal carcinoma, left", "2026-10-02",
                "2026-11-13", "private notes not for the doctor", [first, second])


def test_the_summary_holds_the_case_dates_every_opinion_sent_records_and_open_questions():
    html = summary_html(
        case_with_everything(),
        [Appointment(1, "2026-11-01", "14:30", "2", "Dr. Okafor", "", "Results"),
         Appointment(2, "2026-10-20", "09:00", "", "Dr. Lee", "", "")],
        [ChecklistItem(1, "2", "pathology_report", state="sent", sent_on="2026-10-12", sent_to="University Center"),
         ChecklistItem(2, "2", "", "Genetics letter", state="received", sent_on="2026-10-01",
                       received_on="2026-10-05"),
         ChecklistItem(3, "1", "slides_blocks", state="requested", requested_on="2026-10-03")],
        [Question(1, "Why chemotherapy first?", status="to ask"), Question(2, "Already asked", status="asked")],
        {"pathology_report": "Pathology report"})
    for text in ("Mum — breast cancer", "Ingrid", "Invasive ductal carcinoma, left",
                 "Diagnosed on 2 October 2026", "Decision wanted by 13 November 2026",
                 "Dr. Rivera", "9 October 2026", "Lumpectomy first.<br>Then radiation.<br>Then hormone therapy. …",
                 "Dr. &lt;b&gt;Okafor&lt;/b&gt;", "23 October 2026", "Plan: chemotherapy, surgery",
                 "Pathology report: sent 12 October 2026, to University Center",
                 "Genetics letter: sent 1 October 2026, received 5 October 2026, to Dr. &lt;b&gt;Okafor&lt;/b&gt;",
                 "1. Why chemotherapy first?"):
        assert text in html, text
    assert html.index("20 October 2026 at 09:00") < html.index("1 November 2026 at 14:30")  # date order
    assert "Check at 5 years" not in html  # only the headline of a plan
    assert "<b>Okafor</b>" not in html
    for not_for_the_doctor in ("private notes", "Already asked", "Slides", "requested", "City Hospital, 9"):
        assert not_for_the_doctor not in html


def test_nothing_the_person_did_not_enter_appears():
    html = summary_html(Case(1, "", "", "", "", "", ""))
    for section in ("The case", "Opinions so far", "Records sent", "Open questions", "About:", "Diagnos"):
        assert section not in html
    assert "<h1" in html and "Summary" in html
    sparse = summary_html(Case(1, "X", opinions=[Opinion(3, "First opinion")]))
    assert "First opinion" in sparse and "No plan written down" in sparse and "Appointment" not in sparse


def test_headline_plan_takes_the_first_lines_only():
    op = Opinion(1, answers={"plan": Answer(text="\n one \n\n two\nthree\nfour")})
    assert headline_plan(op) == "one \n two\nthree …"
    assert headline_plan(op, 5) == "one \n two\nthree\nfour"
    assert headline_plan(Opinion(2)) == ""
