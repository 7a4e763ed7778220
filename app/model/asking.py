"""Asking the doctors: who a question is for, what each one answered, ready wordings for a
question about one row, duplicates in the list, and whom a third opinion could come from.

Qt-free. A question's answers are records of their own (`QuestionAnswer`, one per question
and doctor) that keep a copy of the doctor's name: when the opinion is removed, the answer
stays and is shown under that name. A `ThirdOpinionPlan` is the person's plan for one row
they marked Differ. Stored values are stable keys; the words the person reads are plain
English here and are translated in app/ui.
"""
from __future__ import annotations

import unicodedata

from app.model.aspects import ASPECTS_BY_KEY, CITATIONS, READINGS
from app.model.comparison import cell_text, row_aspect
from app.model.domain import Case, Opinion
from app.model.records import record

QUESTION_ANSWER = "question_answer"        # the record kinds' names (app.store.kinds)
THIRD_OPINION_PLAN = "third_opinion_plan"
ASKED = "asked"                            # QuestionAnswer.asked: "asked" or "" (not yet)


@record(frozen=True)
class QuestionAnswer:
    """One doctor's answer to one question. Ids are kept as text (every stored field is)."""
    id: int
    question_id: str = ""
    opinion_id: str = ""
    doctor: str = ""       # the opinion's heading when the question was addressed to it
    asked: str = ""
    answer: str = ""


@record(frozen=True)
class ThirdOpinionPlan:
    """The person's plan for settling one row: the kind of specialist, whom they will ask
    (their own words), when, and what to send."""
    id: int
    row_key: str = ""
    specialist: str = ""
    whom: str = ""
    by_when: str = ""
    send: str = ""


# ---- duplicates -------------------------------------------------------------------------------
def normalized(text: str) -> str:
    """A question's text for comparing: no case, no punctuation, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(" " if unicodedata.category(ch).startswith(("P", "S")) else ch for ch in text)
    return " ".join(kept.split())


def find_duplicate(questions: list, text: str):
    """The question already in the list that says the same as `text`, or None."""
    key = normalized(text)
    if not key:
        return None
    return next((q for q in questions if normalized(q.text) == key), None)


# ---- addressing and answers -------------------------------------------------------------------
def answers_to(answers: list[QuestionAnswer], question_id: int) -> list[QuestionAnswer]:
    return [a for a in answers if a.question_id == str(question_id)]


def answer_for(answers: list[QuestionAnswer], question_id: int, opinion_id: int) -> QuestionAnswer | None:
    return next((a for a in answers
                 if a.question_id == str(question_id) and a.opinion_id == str(opinion_id)), None)


@record(frozen=True)
class DoctorAnswer:
    """One column of a question's answers: whose (`name`), whether that opinion is still in
    the case (`removed`), and the stored answer record."""
    name: str
    removed: bool
    answer: QuestionAnswer


def answers_side_by_side(case: Case, answers: list[QuestionAnswer], question_id: int) -> list[DoctorAnswer]:
    """The question's answers in the order of the case's opinions, then those of removed
    opinions (under the doctor's name as it was), so none is ever hidden."""
    mine = answers_to(answers, question_id)
    by_opinion = {a.opinion_id: a for a in mine}
    out = [DoctorAnswer(op.heading(), False, by_opinion[str(op.id)])
           for op in case.opinions if str(op.id) in by_opinion]
    present = {str(op.id) for op in case.opinions}
    out += [DoctorAnswer(a.doctor or "A removed opinion", True, a) for a in mine if a.opinion_id not in present]
    return out


def all_asked(answers: list[QuestionAnswer], question_id: int) -> bool:
    mine = answers_to(answers, question_id)
    return bool(mine) and all(a.asked == ASKED for a in mine)


def new_answer(question_id: int, op: Opinion) -> QuestionAnswer:
    return QuestionAnswer(0, str(question_id), str(op.id), op.heading())


# ---- ready wordings for "Ask about this row" --------------------------------------------------
HOW_ARRIVED, READ_TEST, SOURCES, WHAT_WOULD_CHANGE, REVIEW_TOGETHER = (
    "how_arrived", "read_test", "sources", "what_would_change", "review_together")
WORDING_NAMES = {  # the choice as the person sees it, in the order offered
    HOW_ARRIVED: "How did you come to this view?",
    READ_TEST: "How did you read this test result?",
    SOURCES: "Which guidelines or studies is this based on?",
    WHAT_WOULD_CHANGE: "What would make you advise differently?",
    REVIEW_TOGETHER: "Would you look at my case together with the other doctor?",
}
_ASKS = {
    HOW_ARRIVED: "Could you walk me through how you came to this view?",
    READ_TEST: "Could you tell me how you read this result, and what in it matters most to you?",
    SOURCES: "Which guidelines or studies did you rely on here, and could I read them too?",
    WHAT_WOULD_CHANGE: "What would have to be different for you to advise something else?",
    REVIEW_TOGETHER: "Would you be willing to go over my case together with {others}?",
}
QUOTE_LIMIT = 300  # characters of one doctor's entry quoted in a question


def _quoted(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def entries_quoted(case: Case, row_key: str) -> list[tuple[str, str]]:
    """(doctor, what they wrote) for each opinion that filled this row."""
    kind = row_aspect(case, row_key).kind
    return [(op.heading(), _quoted(cell_text(kind, op.answer(row_key), None)))
            for op in case.opinions if not op.answer(row_key).is_empty()]


def default_wording(row_key: str) -> str:
    aspect = ASPECTS_BY_KEY.get(row_key)
    if aspect is not None and aspect.kind == READINGS:
        return READ_TEST
    if aspect is not None and aspect.kind == CITATIONS:
        return SOURCES
    return HOW_ARRIVED


def row_wording(case: Case, row_key: str, wording: str, to: list[Opinion] | None = None) -> str:
    """A question about one row in the chosen wording, quoting each doctor's entry there.
    `to`: the doctors it is for (names the others in "look at it together")."""
    label = row_aspect(case, row_key).label
    said = entries_quoted(case, row_key)
    if said:
        quotes = "; ".join(f"{who} wrote “{what}”" for who, what in said)
        opening = f"About “{label}”: {quotes}."
    else:
        opening = f"About “{label}”: nothing is written down for it yet."
    addressed = {op.id for op in (to or [])}
    others = [op.heading() for op in case.opinions if op.id not in addressed] or \
        [op.heading() for op in case.opinions]
    ask = _ASKS[wording].format(others=" and ".join(others) if others else "another doctor")
    return f"{opening} {ask}"


# ---- a third opinion: which kind of specialist could settle a row -----------------------------
PATHOLOGIST, RADIOLOGIST, SURGEON, RADIATION_ONCOLOGIST, MEDICAL_ONCOLOGIST, TUMOR_BOARD = (
    "pathologist", "radiologist", "surgeon", "radiation_oncologist", "medical_oncologist", "tumor_board")
SPECIALISTS = {  # key: (who, why they could settle it)
    PATHOLOGIST: ("A pathologist",
                  "A pathologist can look at the same slides or tissue again and say what the "
                  "diagnosis, grade or stage is from the tissue itself."),
    RADIOLOGIST: ("A radiologist",
                  "A radiologist can read the same scans again and say what they show about the "
                  "size and spread."),
    SURGEON: ("A surgeon for this kind of cancer",
              "Surgery is part of what the doctors see differently, so a surgeon who treats this "
              "cancer can say whether and how an operation fits."),
    RADIATION_ONCOLOGIST: ("A radiation oncologist",
                           "Radiation is part of what the doctors see differently, so a radiation "
                           "oncologist can say whether and how it fits."),
    MEDICAL_ONCOLOGIST: ("A medical oncologist or hematologist",
                         "Medicines (chemotherapy, hormone, targeted or immune therapy, or a "
                         "transplant) are part of what differs, so a medical oncologist or "
                         "hematologist can say whether and how they fit."),
    TUMOR_BOARD: ("A tumor board",
                  "A tumor board is a meeting of several kinds of specialist who look at the "
                  "whole plan together, which suits a disagreement about the plan as a whole."),
}
_TREATMENT_SPECIALIST = {
    "surgery": SURGEON, "radiation": RADIATION_ONCOLOGIST, "chemotherapy": MEDICAL_ONCOLOGIST,
    "hormone therapy": MEDICAL_ONCOLOGIST, "targeted therapy": MEDICAL_ONCOLOGIST,
    "immunotherapy": MEDICAL_ONCOLOGIST, "stem-cell transplant": MEDICAL_ONCOLOGIST,
}
_SCAN_WORDS = ("mri", "ct", "pet", "scan", "x-ray", "xray", "ultrasound", "mammogra", "bone scan", "imaging")
_TISSUE_WORDS = ("biopsy", "patholog", "gleason", "grade", "slide", "tissue", "cytolog", "her2",
                 "ki-67", "receptor", "margin", "histolog")
_ROW_SPECIALISTS = {
    "diagnosis": (PATHOLOGIST, RADIOLOGIST),
    "stage": (RADIOLOGIST, PATHOLOGIST),
    "further_tests": (RADIOLOGIST, PATHOLOGIST, TUMOR_BOARD),
    "goal": (TUMOR_BOARD, MEDICAL_ONCOLOGIST),
}


@record(frozen=True)
class Suggestion:
    key: str
    who: str
    why: str


def _words_in(texts, words) -> bool:
    joined = " ".join(texts).lower()
    return any(w in joined.split() or (len(w) > 3 and w in joined) for w in words)


def _treatment_specialists(case: Case, row_key: str) -> list[str]:
    """The specialists whose treatment is in question: the kinds of treatment some doctors
    include and others do not (every kind named, when they include the same ones)."""
    tag_sets = [set(op.answer("plan").tags) for op in case.opinions if op.answer("plan").tags]
    if not tag_sets:
        return []
    every, common = set().union(*tag_sets), set.intersection(*tag_sets)
    differing = (every - common) or every
    keys = []
    for tag in sorted(differing, key=lambda t: list(_TREATMENT_SPECIALIST).index(t)
                      if t in _TREATMENT_SPECIALIST else 99):
        key = _TREATMENT_SPECIALIST.get(tag)
        if key and key not in keys:
            keys.append(key)
    return keys


def suggest_specialists(case: Case, row_key: str) -> list[Suggestion]:
    """Which kinds of specialist could settle a disagreement on this row, each with one sentence
    of why, most fitting first. Never a named doctor, never a treatment."""
    if row_key in _ROW_SPECIALISTS:
        keys = list(_ROW_SPECIALISTS[row_key])
    elif row_key == READINGS:
        tests = [e.test for op in case.opinions for e in op.answer(READINGS).entries]
        keys = [k for k, words in ((PATHOLOGIST, _TISSUE_WORDS), (RADIOLOGIST, _SCAN_WORDS))
                if _words_in(tests, words)] or [PATHOLOGIST, RADIOLOGIST]
    elif row_key in ("plan", "rationale", "start_by", "benefits_risks", "usual_advice", CITATIONS, "trials"):
        keys = _treatment_specialists(case, row_key) + [TUMOR_BOARD]
    else:
        keys = [TUMOR_BOARD]
    return [Suggestion(k, *SPECIALISTS[k]) for k in keys]


def plan_for(plans: list[ThirdOpinionPlan], row_key: str) -> ThirdOpinionPlan | None:
    return next((p for p in plans if p.row_key == row_key), None)
