"""A made-up example case, so a person can see how the workspace works before typing their own.

Also used by the smoke test and the benchmarks. Every name and detail is invented.
Its texts are written in the person's language at the moment it is made (app.model.words): made
under Spanish, the example is stored in Spanish, and stays so; choices stay stable keys.
"""
from __future__ import annotations

from datetime import date, timedelta

from app.model.aspects import ASPECTS, CITATIONS, READINGS
from app.model.domain import Answer, Case, Citation, Opinion, TestReading
from app.model.words import N_, say

_FIRST = {
    "diagnosis": N_("Invasive ductal carcinoma of the left breast, hormone-receptor positive, HER2 negative."),
    "stage": N_("Stage IIA: tumor about 2.5 cm, no lymph nodes involved on the scan."),
    "plan": N_("Surgery first (lumpectomy with sentinel node biopsy), then radiation, then hormone "
               "therapy for 5 years."),
    "rationale": N_("Tumor is small enough to remove with breast-conserving surgery; the hormone "
                    "receptors make hormone therapy likely to help."),
    "further_tests": N_("None before surgery."),
    "usual_advice": N_("Most people in a similar position have surgery first."),
    "trials": N_("Not mentioned."),
    "start_by": N_("Surgery within the next 4 to 6 weeks."),
    "benefits_risks": N_("Talked about the scar, tiredness from radiation, hot flushes from the tablets."),
    "unclear": N_("Whether chemotherapy would be needed after surgery."),
    "my_notes": N_("Kind, but the visit felt rushed."),
}
_SECOND = {
    "diagnosis": N_("Invasive ductal carcinoma, ER and PR positive, HER2 negative, grade 2."),
    "stage": N_("Probably stage IIA; wants the pathology slides re-read first."),
    "plan": N_("Genomic test on the biopsy first. If the score is high, chemotherapy before "
               "surgery; if low, surgery first as already planned."),
    "rationale": N_("The genomic test result could change whether chemotherapy helps."),
    "further_tests": N_("Genomic test on the tissue block; re-read of the pathology slides."),
    "usual_advice": N_("Usually orders the genomic test before deciding."),
    "trials": N_("A trial of shorter radiation courses may be open."),
    "start_by": N_("A few weeks for the test result is fine."),
    "benefits_risks": N_("Chemotherapy side effects explained; benefit depends on the test score."),
    "unclear": N_("How long the genomic test takes."),
    "my_notes": N_("Took time to explain. Brought a printed plan."),
}


def _opinion(label, doctor, specialty, institution, visit, delivery, texts, goal, review,
             kinds, readings, citations) -> Opinion:
    op = Opinion(0, say(label), doctor, specialty, say(institution), visit, delivery)
    for aspect in ASPECTS:
        if aspect.key in texts:
            op.answers[aspect.key] = Answer(text=say(texts[aspect.key]))
    plan = op.answers.get("plan", Answer())
    op.answers["plan"] = Answer(text=plan.text, tags=kinds)
    op.answers["goal"] = Answer(choice=goal)
    op.answers["review_together"] = Answer(choice=review)
    op.answers[READINGS] = Answer(entries=readings)
    op.answers[CITATIONS] = Answer(entries=citations)
    return op


def example_case(today: date | None = None) -> Case:
    """The example, with its decide-by date three weeks from today so the countdown makes sense."""
    decide_by = ((today or date.today()) + timedelta(days=21)).isoformat()
    case = Case(0, say("Example — Sam, breast cancer"), say("Sam (example)"),
                say("Breast cancer, left side"), "2026-10-02", decide_by,
                say("This is a made-up example to show how the app works. You can delete it."))
    case.opinions = [
        _opinion(N_("First opinion"), "Dr. Rivera", "surgeon / surgical oncologist", N_("City Hospital"),
                    "2026-10-09", "in person", _FIRST, "cure", "yes",
                 ("surgery", "radiation", "hormone therapy"),
                 (TestReading(say("Biopsy pathology"), "2026-10-02", say("Invasive ductal carcinoma, ER+ PR+ HER2-")),
                  TestReading(say("Mammogram and ultrasound"), "2026-09-28", say("2.5 cm mass, nodes look normal"))),
                 (Citation("NCCN Guidelines", say("Breast Cancer"), "2026", "2A", say("Surgery first is an option")),)),
        _opinion(N_("Second opinion"), "Dr. Okafor", "medical oncologist", N_("University Cancer Center"),
                    "2026-10-23", "video", _SECOND, "cure", "not asked",
                 ("chemotherapy", "surgery", "radiation", "hormone therapy"),
                 (TestReading(say("Biopsy pathology"), "2026-10-02", say("Agrees on type; grade 2; wants re-read")),),
                 (Citation("NCCN Guidelines", say("Breast Cancer"), "2026", "1", say("Genomic testing")),
                  Citation("a published study", say("Genomic score and chemotherapy benefit"), "2018", "", ""))),
    ]
    return case

