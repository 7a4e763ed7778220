"""The decision worksheet as a printable page: HTML built from the person's own text (always escaped).

Every option is printed with the same fields in the same order and the same look (no option
favoured by layout or colour), then what matters most, the lean, and the latest SURE check with
its date. Nothing is shortened: long text is printed whole. The page's own words are in the
person's language (app.model.words).
"""
from __future__ import annotations

from html import escape

from app.model.domain import Case
from app.model.words import N_, long_date, say
from app.model.worksheet import (
    SURE_KEYS,
    SURE_QUESTIONS,
    YES,
    Decision,
    Option,
    SureResult,
    Value,
    leaning_to,
    sure_advice,
    sure_history,
    sure_score,
)

OPTION_FIELDS = (("involves", N_("What it involves")), ("benefits", N_("Benefits, in my words")),
                 ("risks", N_("Risks and downsides, in my words")), ("source", N_("Suggested by")))
IMPORTANCE_WORDS = {"not": N_("Not important"), "a_little": N_("A little important"),
                    "quite": N_("Quite important"), "very": N_("Very important"), "": N_("Importance not given")}
ABOUT = N_("This worksheet helps you think the choice through and talk it over with your doctors. "
           "It does not make the decision, and it does not favour any option.")


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _para(text: str) -> str:
    # the app's words are said outside the f-strings, where pyside6-lupdate can read them
    return f"<p>{escape(text)}</p>"


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>") if text.strip() else "<span style='color:#555'>—</span>"


def _option(number: int, option: Option) -> str:
    rows = "".join("<tr><th align='left' valign='top' width='28%'>" + escape(say(label)) + "</th>"
                   f"<td valign='top'>{_p(getattr(option, name))}</td></tr>" for name, label in OPTION_FIELDS)
    return ("<h3>" + escape(say("Option {number}:", number=number)) + f" {_p(option.title)}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>")


def worksheet_html(case: Case, decision: Decision | None, options: list[Option], values: list[Value],
                   sure_results: list[SureResult]) -> str:
    title = (say("My decision worksheet — {title}", title=case.title) if case.title
             else say("My decision worksheet"))
    statement = decision.statement if decision else ""
    parts = [_h(1, title), "<p><i>" + escape(say(ABOUT)) + "</i></p>",
             _h(2, say("The decision I am making")) + f"<p>{_p(statement)}</p>"]
    if case.decide_by:
        parts.append(_para(say("Decide by: {date}", date=long_date(case.decide_by))))
    parts.append(_h(2, say("The options")))
    parts += ([_option(i, o) for i, o in enumerate(options, 1)]
              or [_para(say("No options written down yet."))])
    parts.append(_h(2, say("What matters most to me")))
    if values:
        parts.append("<ul>" + "".join(f"<li>{_p(v.text)} — " + escape(say(IMPORTANCE_WORDS.get(v.importance, "")))
                                      + "</li>" for v in values) + "</ul>")
    else:
        parts.append(_para(say("Nothing written down yet.")))
    lean = leaning_to(decision, options)
    parts.append(_h(2, say("Which way I lean today"))
                 + (f"<p>{_p(lean.title)}</p>" if lean else _para(say("Not sure yet"))))
    parts.append(_h(2, say("The SURE check")))
    history = sure_history(sure_results)
    if history:
        latest = history[0]
        answers = latest.answers()
        taken = say("Taken on {date}: {score} of 4 yes.", date=long_date(latest.taken_on), score=sure_score(answers))
        parts.append(f"<p>{escape(taken)}</p><ul>"
                     + "".join("<li>" + escape(say(SURE_QUESTIONS[k]) + " " + (say("Yes") if answers[k] == YES
                                                                          else say("No"))) + "</li>"
                               for k in SURE_KEYS) + "</ul>")
        parts.append(f"<p>{escape(sure_advice(answers)[0])}</p>")
    else:
        parts.append(_para(say("Not taken yet.")))
    parts.append("<p style='color:#555'>" + escape(say(
        "The SURE test: Légaré et al., Can Fam Physician 2010;56:e308. Made with Second Opinion Companion.")) + "</p>")
    return f"<html><body style='font-size:13pt'>{''.join(parts)}</body></html>"
