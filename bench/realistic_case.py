"""A case as full as a real one gets (Qt-free): many opinions, long answers, long lists.

The example case has two short opinions; a person who has seen many doctors and typed what
each said ends up with far more. This builds, deterministically:
  - `opinions` opinions (12 by default), each with about 2 KB of text in every text aspect,
    10 test readings and 10 cited guidelines, a goal and a review choice, treatment kinds;
  - a few rows of the person's own (3), each answered with about 2 KB per opinion;
  - about 300 questions.

    from bench.realistic_case import store
    case_id = store(db, opinions=12)
"""
from __future__ import annotations

import random

from app.model.aspects import ASPECTS, CHOICE, CITATIONS, GOALS, PLAN, READINGS, REVIEW_CHOICES, TREATMENT_KINDS
from app.model.domain import Answer, Case, Citation, CustomRow, Opinion, TestReading
from app.model.questions import Question

TEXT_BYTES = 2000
READINGS_PER_OPINION = 10
CITATIONS_PER_OPINION = 10
OWN_ROWS = ("Fertility preservation", "Costs and insurance", "Travel and time off work")
QUESTIONS = 300

_WORDS = ("tumour", "margin", "lymph", "node", "receptor", "positive", "negative", "scan", "biopsy",
          "surgery", "radiation", "chemotherapy", "hormone", "therapy", "weeks", "months", "risk",
          "benefit", "side", "effects", "fatigue", "recovery", "follow-up", "pathology", "grade",
          "stage", "genomic", "score", "trial", "guideline", "the", "and", "of", "with", "after",
          "before", "likely", "unlikely", "discussed", "explained", "recommended", "option")
_TESTS = ("CT chest", "MRI breast", "PET-CT", "Bone scan", "Ultrasound axilla", "Mammogram",
          "Core biopsy", "Oncotype DX", "Ki-67", "Blood count")
_SOURCES = ("NCCN", "ESMO", "ASCO", "NICE", "St. Gallen consensus")


def _text(rng: random.Random, size: int = TEXT_BYTES) -> str:
    """About `size` characters of sentence-like text in paragraphs (deterministic per rng)."""
    parts, length = [], 0
    while length < size:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 18))]
        sentence = " ".join(words).capitalize() + "."
        if rng.random() < 0.15:
            sentence += "\n"
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)[:size]


def _opinion(rng: random.Random, n: int) -> Opinion:
    op = Opinion(0, f"Opinion {n + 1}", f"Dr. Example {n + 1}", "Medical oncology",
                 f"Hospital {n % 5 + 1}", f"2024-0{n % 9 + 1}-1{n % 10}", "in person")
    for aspect in ASPECTS:
        if aspect.kind == CHOICE:
            op.answers[aspect.key] = Answer(choice=rng.choice(GOALS if aspect.key == "goal"
                                                              else REVIEW_CHOICES))
        elif aspect.kind == READINGS:
            op.answers[aspect.key] = Answer(entries=tuple(
                TestReading(_TESTS[i], f"2024-02-{i + 10}", _text(rng, 160))
                for i in range(READINGS_PER_OPINION)))
        elif aspect.kind == CITATIONS:
            op.answers[aspect.key] = Answer(entries=tuple(
                Citation(_SOURCES[i % len(_SOURCES)], f"Guideline on {rng.choice(_WORDS)} {i + 1}",
                         f"v{i + 1}.2024", "2A", _text(rng, 120))
                for i in range(CITATIONS_PER_OPINION)))
        elif aspect.kind == PLAN:
            op.answers[aspect.key] = Answer(text=_text(rng), tags=tuple(TREATMENT_KINDS[:3]))
        else:
            op.answers[aspect.key] = Answer(text=_text(rng))
    return op


def realistic_case(opinions: int = 12, seed: int = 1) -> tuple[Case, list[Question]]:
    """The case (without its own rows: their keys need ids, see `store`) and its questions."""
    rng = random.Random(seed)
    case = Case(0, f"Realistic case, {opinions} opinions", "A. Person", _text(rng, 200),
                "2024-01-15", "2024-03-01", _text(rng, 400))
    case.opinions = [_opinion(rng, n) for n in range(opinions)]
    questions = [Question(0, _text(rng, rng.randint(40, 200)), "typed", "to ask" if i % 3 else "asked")
                 for i in range(QUESTIONS)]
    return case, questions


def store(db, opinions: int = 12, seed: int = 1) -> int:
    """Insert a realistic case, its own rows (with about 2 KB per opinion) and its questions
    through `db` (an app.store.storage.Database); return the case's id."""
    case, questions = realistic_case(opinions, seed)
    case_id = db.insert_case(case, None, questions)
    stored = db.load_case(case_id)
    rng = random.Random(seed + 1000)
    for index, label in enumerate(OWN_ROWS):
        answers = {op.id: Answer(text=_text(rng)) for op in stored.opinions}
        db.insert_custom_row(case_id, CustomRow(0, label), index, answers)
    return case_id
