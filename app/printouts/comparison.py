"""The comparison sheet to take along: one column per doctor, one row per aspect, as HTML.

Qt-free. Every cell holds the whole of what was typed (the grid's display limit does not
apply on paper), always escaped. The heading row is a <thead>, which Qt's HTML import turns
into a table header that is repeated at the top of every page, so a long row that runs over
several pages still shows whose column is whose. A long sheet is several tables (each with
the headings): a page of one huge table drew 2.4 times slower than of row-sized tables
(realistic 12-opinion case), and parts let the window breathe between them. Each row shows the person's own mark
(app.model.marks) and, apart from it, the app's hint of what differs: a hint, never a verdict.
The sheet's own words, the row names and the choices are in the person's language (app.model.words);
what was typed is printed as typed.
"""
from __future__ import annotations

from html import escape

from app.model.aspects import CHOICE, CITATIONS, PLAN
from app.model.comparison import cell_text, differences, row_aspect
from app.model.domain import Case, Opinion
from app.model.marks import AGREE, DIFFER, NOT_DISCUSSED, UNCLEAR, Mark, mark_of
from app.model.words import N_, key_text, long_date, say

# The words shown for each mark on paper (said in the person's language); app/ui may pass its own.
MARK_WORDS = {AGREE: N_("✓ Agree"), DIFFER: N_("≠ Differ"), UNCLEAR: N_("? Unclear"),
              NOT_DISCUSSED: N_("— Not discussed")}
_GREY = "color:#444"


def _p(text: str) -> str:
    return escape(text, quote=False).replace("\n", "<br>")


def opinion_heading(op: Opinion) -> str:
    """The column heading's lines: the doctor (or the opinion's label), specialty, date of visit."""
    lines = [op.doctor.strip() or key_text(op.label) or say("Opinion")]
    if op.doctor.strip() and op.label:
        lines.append(key_text(op.label))
    lines += [p for p in (key_text(op.specialty.strip()), long_date(op.visit_date) if op.visit_date else "") if p]
    return "\n".join(lines)


def printed_cell(kind: str, answer) -> str:
    """The whole of a cell (app.model.comparison.cell_text, no limit), the choices and the app's
    own words in the person's language; what was typed as typed."""
    if kind == CHOICE:
        return key_text(answer.choice)
    if kind == PLAN:
        kinds = ", ".join(key_text(tag) for tag in answer.tags)
        return "\n".join(p for p in (answer.text, say("Involves: {kinds}", kinds=kinds) if kinds else "") if p)
    if kind == CITATIONS:
        lines = []
        for e in answer.entries:
            head = " ".join(p for p in (key_text(e.source), e.title, e.version) if p)
            cat = say("(category {category})", category=e.category) if e.category else ""
            lines.append("• " + " ".join(p for p in (head, cat, e.note and f"— {e.note}") if p))
        return "\n".join(lines)
    return cell_text(kind, answer, None)


def _row(case: Case, key: str, marks: list[Mark], words: dict[str, str]) -> str:
    aspect = row_aspect(case, key)
    mark = words.get(mark_of(marks, key), "")
    # the app's words are said outside the f-strings, where pyside6-lupdate can read them
    side = ("<br><b>" + escape(say("Your mark: {mark}", mark=mark)) + "</b>" if mark
            else f"<br><span style='{_GREY}'>" + escape(say("Not marked")) + "</span>")
    hints = differences(case, key) if len(case.opinions) > 1 else []
    if hints:
        hint = say("App's hint (you decide): {hints}", hints="; ".join(hints))
        side += f"<br><span style='{_GREY}'>{_p(hint)}</span>"
    cells = "".join(f"<td>{_p(printed_cell(aspect.kind, op.answer(key)))}</td>" for op in case.opinions)
    return f"<tr><td><b>{escape(key_text(aspect.label))}</b>{side}</td>{cells}</tr>"


PART_CHARS = 30_000  # text per table: a longer sheet is several tables, each with the headings


def comparison_html_parts(case: Case, marks: list[Mark], mark_words: dict[str, str] | None = None,
                          row_keys: list[str] | None = None, part_chars: int = PART_CHARS) -> list[str]:
    """The sheet as HTML parts that can be added to a document one after another: the title,
    then the rows in tables of about `part_chars` characters each (every table with the column
    headings, repeated on each page it runs over), then the closing line. Rows are never split
    between parts. `row_keys` limits the sheet to some rows (in the case's order)."""
    words = mark_words or {key: say(text) for key, text in MARK_WORDS.items()}
    keys = case.row_keys() if row_keys is None else [k for k in case.row_keys() if k in set(row_keys)]
    title = (say("Comparison of opinions — {title}", title=case.title) if case.title
             else say("Comparison of opinions"))
    intro = [say("Whose case: {person}", person=case.person) if case.person.strip() else "",
             say("Diagnosis as first given: {diagnosis}", diagnosis=case.diagnosis) if case.diagnosis.strip() else "",
             say("Decide by: {date}", date=long_date(case.decide_by)) if case.decide_by else ""]
    parts = [f"<h1 style='font-size:15pt'>{escape(title)}</h1>"
             + "".join(f"<p>{_p(line)}</p>" for line in intro if line)]
    if not case.opinions:
        parts.append("<p>" + escape(say("No opinions recorded yet.")) + "</p>")
    else:
        share = max(1, int(80 / len(case.opinions)))
        head = ("<thead><tr><th width='20%' align='left'>" + escape(say("Aspect")) + "</th>"
                + "".join(f"<th width='{share}%' align='left'>{_p(opinion_heading(op))}</th>"
                          for op in case.opinions)
                + "</tr></thead>")
        table = ("<table border='1' cellspacing='0' cellpadding='4' width='100%' "
                 "style='border-collapse:collapse'>" + head + "<tbody>{0}</tbody></table>")
        rows: list[str] = []
        size = 0
        for key in keys:
            row = _row(case, key, marks, words)
            if rows and size + len(row) > part_chars:
                parts.append(table.format("".join(rows)))
                rows, size = [], 0
            rows.append(row)
            size += len(row)
        if rows:
            parts.append(table.format("".join(rows)))
    parts.append(f"<p style='{_GREY}'>" + escape(say(
        "Made with Second Opinion Companion from what you typed. "
        "The marks are yours; the hints are only the app noticing that entries are not the same.")) + "</p>")
    return parts


def comparison_html(case: Case, marks: list[Mark], mark_words: dict[str, str] | None = None,
                    row_keys: list[str] | None = None) -> str:
    """The whole sheet as one HTML page (see `comparison_html_parts`)."""
    parts = comparison_html_parts(case, marks, mark_words, row_keys)
    return f"<html><body style='font-size:10pt'>{''.join(parts)}</body></html>"
