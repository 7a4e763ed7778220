"""The comparison rows (aspects) and the fixed choice lists of PRODUCT.md.

Kept as plain data so the grid, the roomy editor, storage and printing all read the
same definitions, in the same order a person meets them.
"""
from __future__ import annotations

from app.model.records import record

TEXT = "text"            # free text
PLAN = "plan"            # free text plus the kinds of treatment involved
CHOICE = "choice"        # one of a fixed list
READINGS = "readings"    # list of test readings
CITATIONS = "citations"  # list of cited guidelines and studies


@record(frozen=True)
class Aspect:
    key: str
    label: str
    kind: str = TEXT
    hint: str = ""
    choices: tuple[str, ...] = ()


TREATMENT_KINDS = (
    "surgery", "radiation", "chemotherapy", "hormone therapy", "targeted therapy",
    "immunotherapy", "stem-cell transplant", "active surveillance", "clinical trial",
    "supportive / palliative care",
)
GOALS = ("cure", "long-term control", "comfort", "not discussed")
REVIEW_CHOICES = ("yes", "no", "not asked")
SPECIALTIES = (
    "medical oncologist", "surgeon / surgical oncologist", "radiation oncologist", "hematologist",
    "pathologist", "radiologist", "urologist", "gynecologic oncologist", "neuro-oncologist",
    "thoracic surgeon", "dermatologist", "head and neck surgeon", "orthopedic oncologist",
    "pediatric oncologist", "tumor board", "other",
)
DELIVERY = ("in person", "video", "records review")
GUIDELINE_SOURCES = (
    "NCCN Guidelines", "NCI PDQ", "ASCO", "ESMO", "a clinical trial", "a published study",
    "the hospital's own protocol", "other",
)
NCCN_CATEGORIES = ("", "1", "2A", "2B", "3")
OPINION_LABELS = ("First opinion", "Second opinion", "Third opinion", "Fourth opinion",
                  "Fifth opinion", "Sixth opinion")

ASPECTS: tuple[Aspect, ...] = (
    Aspect("diagnosis", "Diagnosis as they describe it", hint="Type and subtype, in their words"),
    Aspect("stage", "Stage or extent"),
    Aspect("plan", "Recommended treatment plan", PLAN, "What, and in which order"),
    Aspect("goal", "Goal of treatment", CHOICE, choices=GOALS),
    Aspect("rationale", "How they arrived at the plan"),
    Aspect("readings", "How they read the test results", READINGS,
           "Which test, its date, and what this doctor says it shows"),
    Aspect("further_tests", "Further tests they want"),
    Aspect("citations", "Guidelines and studies they cited", CITATIONS),
    Aspect("usual_advice", "What they usually advise people in a similar position"),
    Aspect("trials", "Clinical trials mentioned"),
    Aspect("start_by", "How soon treatment should start"),
    Aspect("benefits_risks", "Benefits, risks and side effects discussed"),
    Aspect("review_together", "Willing to review the case with the other doctor", CHOICE,
           choices=REVIEW_CHOICES),
    Aspect("unclear", "What is still unclear to me"),
    Aspect("my_notes", "My notes and impressions"),
)
ASPECTS_BY_KEY = {a.key: a for a in ASPECTS}
CUSTOM_PREFIX = "custom:"


def custom_key(row_id: int) -> str:
    return f"{CUSTOM_PREFIX}{row_id}"


def is_custom(key: str) -> bool:
    return key.startswith(CUSTOM_PREFIX)
