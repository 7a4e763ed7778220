"""Words the Qt-free core hands to the interface, shown in the person's language.

The core keeps plain English text and stable keys (an aspect's label, a choice such as
"medical oncologist", which is also what is stored). pyside6-lupdate cannot see those strings
where the core defines them, so they are listed here with QT_TRANSLATE_NOOP markers in the
"Core" context; `core_text` looks them up at run time, and anything not listed (a specialty
the person typed) is shown exactly as stored. Sentences that carry a number or a date
(the decide-by countdown) are rebuilt here from the core's facts, in the chosen language.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.model.dates import FAR_AHEAD_DAYS, parse_iso

CORE_STRINGS = (
    QT_TRANSLATE_NOOP("Core", "Diagnosis as they describe it"),
    QT_TRANSLATE_NOOP("Core", "Type and subtype, in their words"),
    QT_TRANSLATE_NOOP("Core", "Stage or extent"),
    QT_TRANSLATE_NOOP("Core", "Recommended treatment plan"),
    QT_TRANSLATE_NOOP("Core", "What, and in which order"),
    QT_TRANSLATE_NOOP("Core", "Goal of treatment"),
    QT_TRANSLATE_NOOP("Core", "How they arrived at the plan"),
    QT_TRANSLATE_NOOP("Core", "How they read the test results"),
    QT_TRANSLATE_NOOP("Core", "Which test, its date, and what this doctor says it shows"),
    QT_TRANSLATE_NOOP("Core", "Further tests they want"),
    QT_TRANSLATE_NOOP("Core", "Guidelines and studies they cited"),
    QT_TRANSLATE_NOOP("Core", "What they usually advise people in a similar position"),
    QT_TRANSLATE_NOOP("Core", "Clinical trials mentioned"),
    QT_TRANSLATE_NOOP("Core", "How soon treatment should start"),
    QT_TRANSLATE_NOOP("Core", "Benefits, risks and side effects discussed"),
    QT_TRANSLATE_NOOP("Core", "Willing to review the case with the other doctor"),
    QT_TRANSLATE_NOOP("Core", "What is still unclear to me"),
    QT_TRANSLATE_NOOP("Core", "My notes and impressions"),
    QT_TRANSLATE_NOOP("Core", "surgery"),
    QT_TRANSLATE_NOOP("Core", "radiation"),
    QT_TRANSLATE_NOOP("Core", "chemotherapy"),
    QT_TRANSLATE_NOOP("Core", "hormone therapy"),
    QT_TRANSLATE_NOOP("Core", "targeted therapy"),
    QT_TRANSLATE_NOOP("Core", "immunotherapy"),
    QT_TRANSLATE_NOOP("Core", "stem-cell transplant"),
    QT_TRANSLATE_NOOP("Core", "active surveillance"),
    QT_TRANSLATE_NOOP("Core", "clinical trial"),
    QT_TRANSLATE_NOOP("Core", "supportive / palliative care"),
    QT_TRANSLATE_NOOP("Core", "cure"),
    QT_TRANSLATE_NOOP("Core", "long-term control"),
    QT_TRANSLATE_NOOP("Core", "comfort"),
    QT_TRANSLATE_NOOP("Core", "not discussed"),
    QT_TRANSLATE_NOOP("Core", "yes"),
    QT_TRANSLATE_NOOP("Core", "no"),
    QT_TRANSLATE_NOOP("Core", "not asked"),
    QT_TRANSLATE_NOOP("Core", "medical oncologist"),
    QT_TRANSLATE_NOOP("Core", "surgeon / surgical oncologist"),
    QT_TRANSLATE_NOOP("Core", "radiation oncologist"),
    QT_TRANSLATE_NOOP("Core", "hematologist"),
    QT_TRANSLATE_NOOP("Core", "pathologist"),
    QT_TRANSLATE_NOOP("Core", "radiologist"),
    QT_TRANSLATE_NOOP("Core", "urologist"),
    QT_TRANSLATE_NOOP("Core", "gynecologic oncologist"),
    QT_TRANSLATE_NOOP("Core", "neuro-oncologist"),
    QT_TRANSLATE_NOOP("Core", "thoracic surgeon"),
    QT_TRANSLATE_NOOP("Core", "dermatologist"),
    QT_TRANSLATE_NOOP("Core", "head and neck surgeon"),
    QT_TRANSLATE_NOOP("Core", "orthopedic oncologist"),
    QT_TRANSLATE_NOOP("Core", "pediatric oncologist"),
    QT_TRANSLATE_NOOP("Core", "tumor board"),
    QT_TRANSLATE_NOOP("Core", "other"),
    QT_TRANSLATE_NOOP("Core", "in person"),
    QT_TRANSLATE_NOOP("Core", "video"),
    QT_TRANSLATE_NOOP("Core", "records review"),
    QT_TRANSLATE_NOOP("Core", "NCCN Guidelines"),
    QT_TRANSLATE_NOOP("Core", "NCI PDQ"),
    QT_TRANSLATE_NOOP("Core", "ASCO"),
    QT_TRANSLATE_NOOP("Core", "ESMO"),
    QT_TRANSLATE_NOOP("Core", "a clinical trial"),
    QT_TRANSLATE_NOOP("Core", "a published study"),
    QT_TRANSLATE_NOOP("Core", "the hospital's own protocol"),
    QT_TRANSLATE_NOOP("Core", "First opinion"),
    QT_TRANSLATE_NOOP("Core", "Second opinion"),
    QT_TRANSLATE_NOOP("Core", "Third opinion"),
    QT_TRANSLATE_NOOP("Core", "Fourth opinion"),
    QT_TRANSLATE_NOOP("Core", "Fifth opinion"),
    QT_TRANSLATE_NOOP("Core", "Sixth opinion"),)


def core_text(text: str) -> str:
    """The shown words for a label or choice key the core defines; unknown text as it is."""
    return QCoreApplication.translate("Core", text) if text else text


def long_date(iso: str) -> str:
    """'2026-12-17' → '17 December 2026' / '17 de diciembre de 2026', in the interface language."""
    d = parse_iso(iso)
    if d is None:
        return iso
    # the pattern is translatable: Spanish writes "17 de diciembre de 2026"
    pattern = QCoreApplication.translate("Core", "d MMMM yyyy")
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)


def countdown_text(decide_by: str, today: date | None = None) -> str:
    """The decide-by sentence (app.model.dates.countdown) in the interface language."""
    d = parse_iso(decide_by)
    if d is None:
        return ""
    days = (d - (today or date.today())).days
    when = long_date(decide_by)
    translate = QCoreApplication.translate
    if days > FAR_AHEAD_DAYS:
        return translate("Core", "Decide by {0} — more than two years from now; please check this date").format(when)
    if days > 1:
        return translate("Core", "Decide by {0} — {1} days left").format(when, QLocale().toString(days))
    if days == 1:
        return translate("Core", "Decide by {0} — 1 day left").format(when)
    if days == 0:
        return translate("Core", "Decide by {0} — that is today").format(when)
    return translate("Core", "The decide-by date ({0}) has passed — talk with your doctor "
                             "about a new date").format(when)


def decide_by_question(iso: str, today: date | None = None) -> str:
    """The question before keeping an unusual decide-by date (app.model.dates.check_decide_by)."""
    d = parse_iso(iso)
    if d is None:
        return ""
    days = (d - (today or date.today())).days
    translate = QCoreApplication.translate
    if days < 0:
        return translate("Core", "The decide-by date {0} has already passed. "
                                 "Did you mean a date that is still ahead?").format(long_date(iso))
    if days > FAR_AHEAD_DAYS:
        return translate("Core", "The decide-by date {0} is more than two years away. "
                                 "Did you mean a nearer date?").format(long_date(iso))
    return ""


def shown_cell_text(kind: str, answer, limit: int | None = None) -> str:
    """A grid cell (app.model.comparison.cell_text) with the choice words and the app's own
    words in the interface language; what the person typed is shown exactly as typed."""
    from app.model.aspects import CHOICE, CITATIONS, PLAN
    from app.model.comparison import DISPLAY_LIMIT, cell_text
    limit = DISPLAY_LIMIT if limit is None else limit
    translate = QCoreApplication.translate
    if kind == CHOICE:
        text = core_text(answer.choice)
    elif kind == PLAN:
        kinds = ", ".join(core_text(tag) for tag in answer.tags)
        text = "\n".join(p for p in (answer.text, translate("Core", "Involves: {0}").format(kinds) if kinds else "")
                         if p)
    elif kind == CITATIONS:
        lines = []
        for e in answer.entries:
            head = " ".join(p for p in (core_text(e.source), e.title, e.version) if p)
            cat = translate("Core", "(category {0})").format(e.category) if e.category else ""
            lines.append("• " + " ".join(p for p in (head, cat, e.note and f"— {e.note}") if p))
        text = "\n".join(lines)
    else:
        text = cell_text(kind, answer, None)
    if len(text) > limit:
        text = text[:limit].rstrip() + " …\n" + translate("Core", "[Open this opinion to read all of it]")
    return text
