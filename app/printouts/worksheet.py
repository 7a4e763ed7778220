"""The decision worksheet as a printable page: HTML built from the person's own text (always escaped).

Every option is printed with the same fields in the same order and the same look (no option
favoured by layout or colour), then what matters most, the lean, and the latest SURE check with
its date. Nothing is shortened: long text is printed whole.
"""
from __future__ import annotations

from html import escape

from app.model.dates import long_date
from app.model.domain import Case
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

OPTION_FIELDS = (("involves", "What it involves"), ("benefits", "Benefits, in my words"),
                 ("risks", "Risks and downsides, in my words"), ("source", "Suggested by"))
IMPORTANCE_WORDS = {"not": "Not important", "a_little": "A little important", "quite": "Quite important",
                    "very": "Very important", "": "Importance not given"}
ABOUT = ("This worksheet helps you think the choice through and talk it over with your doctors. "
         "It does not make the decision, and it does not favour any option.")


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>") if text.strip() else "<span style='color:#555'>—</span>"


def _option(number: int, option: Option) -> str:
    rows = "".join(f"<tr><th align='left' valign='top' width='28%'>{label}</th>"
                   f"<td valign='top'>{_p(getattr(option, name))}</td></tr>" for name, label in OPTION_FIELDS)
    return (f"<h3>Option {number}: {_p(option.title)}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>")


def worksheet_html(case: Case, decision: Decision | None, options: list[Option], values: list[Value],
                   sure_results: list[SureResult]) -> str:
    title = f"My decision worksheet — {case.title}" if case.title else "My decision worksheet"
    statement = decision.statement if decision else ""
    parts = [f"<h1>{escape(title)}</h1>", f"<p><i>{escape(ABOUT)}</i></p>",
             f"<h2>The decision I am making</h2><p>{_p(statement)}</p>"]
    if case.decide_by:
        parts.append(f"<p>Decide by: {escape(long_date(case.decide_by))}</p>")
    parts.append("<h2>The options</h2>")
    parts += [_option(i, o) for i, o in enumerate(options, 1)] or ["<p>No options written down yet.</p>"]
    parts.append("<h2>What matters most to me</h2>")
    if values:
        parts.append("<ul>" + "".join(f"<li>{_p(v.text)} — {escape(IMPORTANCE_WORDS.get(v.importance, ''))}</li>"
                                      for v in values) + "</ul>")
    else:
        parts.append("<p>Nothing written down yet.</p>")
    lean = leaning_to(decision, options)
    parts.append(f"<h2>Which way I lean today</h2><p>{_p(lean.title) if lean else 'Not sure yet'}</p>")
    parts.append("<h2>The SURE check</h2>")
    history = sure_history(sure_results)
    if history:
        latest = history[0]
        answers = latest.answers()
        parts.append(f"<p>Taken on {escape(long_date(latest.taken_on))}: {sure_score(answers)} of 4 yes.</p><ul>"
                     + "".join(f"<li>{escape(SURE_QUESTIONS[k])} {'Yes' if answers[k] == YES else 'No'}</li>"
                               for k in SURE_KEYS) + "</ul>")
        parts.append(f"<p>{escape(sure_advice(answers)[0])}</p>")
    else:
        parts.append("<p>Not taken yet.</p>")
    parts.append("<p style='color:#555'>The SURE test: Légaré et al., Can Fam Physician 2010;56:e308. "
                 "Made with Second Opinion Companion.</p>")
    return f"<html><body style='font-size:13pt'>{''.join(parts)}</body></html>"
