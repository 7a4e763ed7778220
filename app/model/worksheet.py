"""The decision worksheet of a case: the options on the table, what matters most, which way the
person leans, and the SURE check kept with its date.

Its structure follows published decision guides (the Ottawa Personal Decision Guide) in our own
words: every option has the same fields in the same order (IPDAS, Joseph-Williams et al., Med
Decis Making 2014;34:699), and nothing here ranks, scores or favours an option. The SURE test
(Légaré et al., Can Fam Physician 2010;56:e308) counts "yes" answers: 4 of 4 means no
decisional conflict, 3 or fewer flags it. Stored values are stable keys; the words shown for them
live in app/ui. Dates come in as a parameter (`today`), so the rules are testable on any day.
"""
from __future__ import annotations

from datetime import date

from app.model.aspects import TREATMENT_KINDS
from app.model.domain import Case
from app.model.records import record
from app.model.words import N_, say

# the record kinds' names (app.store.kinds), used by events and edits
DECISION, OPTION, VALUE, SURE_RESULT = "decision", "option", "value", "sure_result"

NOT_SURE = ""  # the lean when the person has not chosen one: "not sure yet"
LEAN_PREFIX = "option:"
IMPORTANCE = ("not", "a_little", "quite", "very")  # how much a value matters, least first
YES, NO = "yes", "no"
# the four SURE questions, by key: Sure of myself, Understand the information,
# Risk-benefit ratio (values clear), Encouragement (support)
SURE_KEYS = ("sure", "understand", "risk_benefit", "encouragement")
# the questions, in our own words (the SURE test's four points, not its wording); in English,
# marked for translation and said when shown (app.model.words)
SURE_QUESTIONS = {
    "sure": N_("Do I feel confident about which choice is right for me?"),
    "understand": N_("Do I understand what each option could bring me, the good and the bad?"),
    "risk_benefit": N_("Do I know which of those good and bad points matter most to me?"),
    "encouragement": N_("Do I have the help and backing I need to make this choice?"),
}
# for each "no": what could help, and (HELP_FOR) the place in the app where it is
HELP_TEXT = {
    "sure": N_("Feeling unsure is common. Check how much time you have (the decide-by date), and give "
               "yourself room to think it over with the people close to you."),
    "understand": N_("Go back over what each doctor said, side by side, and note what is still unclear."),
    "risk_benefit": N_("Write down what matters most to you, and how much, in this worksheet."),
    "encouragement": N_("Write down questions for your doctors, or ask for another talk with them or with "
                        "someone you trust."),
}
# where each "no" can find help: a place in the app (app/ui turns it into a link)
HELP_FOR = {"sure": "decide_by", "understand": "grid", "risk_benefit": "values", "encouragement": "questions"}


@record(frozen=True)
class Decision:
    """One per case: the decision being made, in the person's words, and which way they lean."""
    id: int
    statement: str = ""
    lean: str = NOT_SURE  # NOT_SURE, or LEAN_PREFIX + an option's id


@record(frozen=True)
class Option:
    id: int
    title: str = ""
    involves: str = ""   # what the option involves (pre-filled from a doctor's plan)
    benefits: str = ""   # in the person's words
    risks: str = ""      # risks and downsides, in the person's words
    source: str = ""     # who suggested it ("First opinion — Dr. A; …"), or "" when typed


@record(frozen=True)
class Value:
    """Something that matters to the person, and how much (one of IMPORTANCE, or "" not said)."""
    id: int
    text: str = ""
    importance: str = ""


@record(frozen=True)
class SureResult:
    """One taking of the SURE check: the date and the four answers (YES / NO)."""
    id: int
    taken_on: str = ""  # ISO date
    sure: str = ""
    understand: str = ""
    risk_benefit: str = ""
    encouragement: str = ""

    def answers(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in SURE_KEYS}


# ---- options from the doctors' plans --------------------------------------------------------
def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _plan_key(answer) -> str:
    """Plans are the same option when they involve the same kinds of treatment (or, with no
    kinds given, when their words are the same, ignoring case and spacing)."""
    if answer.tags:
        return "kinds:" + "|".join(sorted(_normal(t) for t in answer.tags))
    return "text:" + _normal(answer.text)


def _plan_title(answer) -> str:
    if answer.tags:
        kinds = [t for t in TREATMENT_KINDS if t in answer.tags] + [t for t in answer.tags
                                                                    if t not in TREATMENT_KINDS]
        title = " + ".join(kinds)
        return title[:1].upper() + title[1:]
    first = next((line.strip() for line in answer.text.splitlines() if line.strip()), "")
    return first


def options_from_plans(case: Case) -> list[Option]:
    """One option per distinct plan among the case's opinions, in the opinions' order; plans that
    are the same become one option naming every doctor who suggested it and keeping each wording."""
    found: dict[str, Option] = {}
    for op in case.opinions:
        answer = op.answer("plan")
        if answer.is_empty() or not (answer.text.strip() or answer.tags):
            continue
        key = _plan_key(answer)
        words = answer.text.strip()
        if key not in found:
            found[key] = Option(0, _plan_title(answer), words, source=op.heading())
            continue
        old = found[key]
        involves = old.involves if _normal(words) in _normal(old.involves) or not words else \
            "\n\n".join(p for p in (old.involves, words) if p)
        found[key] = Option(0, old.title, involves, source=f"{old.source}; {op.heading()}")
    return list(found.values())


def missing_plan_options(case: Case, options: list[Option]) -> list[Option]:
    """The plan options not on the worksheet yet (compared by title, ignoring case and spacing)."""
    have = {_normal(o.title) for o in options}
    return [o for o in options_from_plans(case) if _normal(o.title) not in have]


def _joined(a: str, b: str, sep: str) -> str:
    if not b.strip() or _normal(b) == _normal(a):
        return a
    if not a.strip():
        return b
    return f"{a}{sep}{b}"


def merged(keep: Option, other: Option) -> Option:
    """Two options that are really the same, as one: every text of both is kept, nothing cut."""
    return Option(keep.id, _joined(keep.title, other.title, " / "),
                  _joined(keep.involves, other.involves, "\n\n"),
                  _joined(keep.benefits, other.benefits, "\n\n"),
                  _joined(keep.risks, other.risks, "\n\n"),
                  _joined(keep.source, other.source, "; "))


def lean_key(option_id: int) -> str:
    return f"{LEAN_PREFIX}{option_id}"


def leaning_to(decision: Decision | None, options: list[Option]) -> Option | None:
    """The option the person leans to, or None (not sure yet, or that option is gone)."""
    if decision is None or not decision.lean.startswith(LEAN_PREFIX):
        return None
    return next((o for o in options if lean_key(o.id) == decision.lean), None)


# ---- the SURE check -------------------------------------------------------------------------
def sure_score(answers: dict[str, str]) -> int:
    """Yes = 1, no (or not answered) = 0, summed over the four questions."""
    return sum(1 for key in SURE_KEYS if answers.get(key) == YES)


def is_complete(answers: dict[str, str]) -> bool:
    return all(answers.get(key) in (YES, NO) for key in SURE_KEYS)


def flags_conflict(answers: dict[str, str]) -> bool:
    """3 or fewer "yes" answers suggest the person does not feel ready to decide yet."""
    return sure_score(answers) < len(SURE_KEYS)


def sure_advice(answers: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """What the answers suggest, in plain words, and for each "no" (in question order) the key of
    the question and the place in the app that could help (HELP_FOR)."""
    score = sure_score(answers)
    if not flags_conflict(answers):
        summary = say("You answered yes to all four questions. That suggests you feel clear and "
                      "supported about this decision. Things can change, so you can take the check again "
                      "at any time, and talking it over with your doctors is still worthwhile.")
    else:
        summary = say("You answered yes to {score} of 4 questions. Fewer than four suggests you may not "
                      "feel ready to decide yet. That is common and nothing to worry about: each "
                      "“no” below names something that could help.", score=score)
    return summary, [(key, HELP_FOR[key]) for key in SURE_KEYS if answers.get(key) != YES]


def take_sure(answers: dict[str, str], today: date) -> SureResult:
    if not is_complete(answers):
        raise ValueError("every SURE question needs a yes or no")
    return SureResult(0, today.isoformat(), *(answers[key] for key in SURE_KEYS))


def sure_history(results: list[SureResult]) -> list[SureResult]:
    """Newest first: by date, and among checks taken the same day the later one first."""
    return sorted(results, key=lambda r: (r.taken_on, r.id), reverse=True)
