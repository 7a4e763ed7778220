"""The side-by-side comparison as plain data: rows, their labels, and each cell's text.

Used by the Qt grid and by printing. The hint of whether doctors' entries differ is
only a hint; the person decides (PRODUCT.md).
"""
from __future__ import annotations

from app.aspects import ASPECTS_BY_KEY, CHOICE, CITATIONS, PLAN, READINGS, TEXT, Aspect, is_custom
from app.domain import Answer, Case

DISPLAY_LIMIT = 1200  # characters shown in a grid cell; the editor always has all of it


def row_aspect(case: Case, key: str) -> Aspect:
    if is_custom(key):
        return Aspect(key, next(r.label for r in case.custom_rows if r.key == key), TEXT)
    return ASPECTS_BY_KEY[key]


def cell_text(kind: str, answer: Answer, limit: int | None = DISPLAY_LIMIT) -> str:
    if kind == CHOICE:
        text = answer.choice
    elif kind == PLAN:
        kinds = ", ".join(answer.tags)
        text = "\n".join(p for p in (answer.text, f"Involves: {kinds}" if kinds else "") if p)
    elif kind == READINGS:
        text = "\n".join(
            "• " + " — ".join(p for p in (e.test, e.date, e.reading) if p) for e in answer.entries)
    elif kind == CITATIONS:
        lines = []
        for e in answer.entries:
            head = " ".join(p for p in (e.source, e.title, e.version) if p)
            cat = f"(category {e.category})" if e.category else ""
            lines.append("• " + " ".join(p for p in (head, cat, e.note and f"— {e.note}") if p))
        text = "\n".join(lines)
    else:
        text = answer.text
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + " …\n[Open this opinion to read all of it]"
    return text


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def entries_differ(kind: str, answers: list[Answer]) -> bool:
    """A hint: true when two or more opinions filled this row and their entries are not the same."""
    filled = [_normal(cell_text(kind, a, None)) for a in answers if not a.is_empty()]
    return len(set(filled)) > 1


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def row_question(case: Case, key: str) -> str:
    """A question for the next visit about one row, quoting what each doctor said."""
    aspect = row_aspect(case, key)
    said = [f"{op.heading()}: “{_short(cell_text(aspect.kind, op.answer(key), None))}”"
            for op in case.opinions if not op.answer(key).is_empty()]
    if len(said) < 2:
        return f"Can you tell me more about “{aspect.label}”?"
    return (f"The doctors see “{aspect.label}” differently ({'; '.join(said)}). "
            "Can you help me understand why?")
