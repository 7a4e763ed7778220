"""The side-by-side comparison as plain data: rows, their labels, and each cell's text.

Used by the Qt grid and by printing. The hint of whether doctors' entries differ is
only a hint; the person decides (PRODUCT.md).
"""
from __future__ import annotations

from app.model.aspects import ASPECTS_BY_KEY, CHOICE, CITATIONS, PLAN, READINGS, TEXT, Aspect, is_custom
from app.model.domain import Answer, Case
from app.model.words import key_text, say

DISPLAY_LIMIT = 1200  # characters shown in a grid cell; the editor always has all of it


def row_aspect(case: Case, key: str) -> Aspect:
    if is_custom(key):
        return Aspect(key, next(r.label for r in case.custom_rows if r.key == key), TEXT)
    return ASPECTS_BY_KEY[key]


def cell_text(kind: str, answer: Answer, limit: int | None = DISPLAY_LIMIT) -> str:
    if kind == CHOICE:
        text = answer.choice
    elif kind == PLAN:
        kinds = ", ".join(key_text(tag) for tag in answer.tags)
        text = "\n".join(p for p in (answer.text, say("Involves: {kinds}", kinds=kinds) if kinds else "") if p)
    elif kind == READINGS:
        text = "\n".join(
            "• " + " — ".join(p for p in (e.test, e.date, e.reading) if p) for e in answer.entries)
    elif kind == CITATIONS:
        lines = []
        for e in answer.entries:
            head = " ".join(p for p in (e.source, e.title, e.version) if p)
            cat = say("(category {category})", category=e.category) if e.category else ""
            lines.append("• " + " ".join(p for p in (head, cat, e.note and f"— {e.note}") if p))
        text = "\n".join(lines)
    else:
        text = answer.text
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + " …\n" + say("[Open this opinion to read all of it]")
    return text


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def entries_differ(kind: str, answers: list[Answer]) -> bool:
    """A hint: true when two or more opinions filled this row and their entries are not the same."""
    first = None
    for answer in answers:  # stops at the first that differs: long answers are many
        if answer.is_empty():
            continue
        text = _normal(cell_text(kind, answer, None))
        if first is None:
            first = text
        elif text != first:
            return True
    return False


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def row_question(case: Case, key: str) -> str:
    """A question for the next visit about one row, quoting what each doctor said."""
    aspect = row_aspect(case, key)
    said = [f"{op.heading()}: “{_short(cell_text(aspect.kind, op.answer(key), None))}”"
            for op in case.opinions if not op.answer(key).is_empty()]
    label = key_text(aspect.label)
    if len(said) < 2:
        return say("Can you tell me more about “{label}”?", label=label)
    return say("The doctors see “{label}” differently ({said}). Can you help me understand why?",
               label=label, said="; ".join(said))


# ---- what differs, in plain words (a hint: the person decides) ------------------------------
def _quote(text: str) -> str:
    return f"“{_short(text, 60)}”"


def _who(ops) -> str:
    return ", ".join(op.heading() for op in ops)


def _grouped(pairs) -> list[tuple[str, list]]:
    """(value, opinion) pairs grouped by value compared without case or extra spaces, in the
    order first met; each group keeps the first spelling."""
    groups: dict[str, tuple[str, list]] = {}
    for value, op in pairs:
        groups.setdefault(_normal(value), (value, []))[1].append(op)
    return list(groups.values())


def _versus(groups, quote=True) -> str:
    return say(" vs ").join(f"{_quote(value) if quote else value} ({_who(ops)})" for value, ops in groups)


def _plan_differences(filled) -> list[str]:
    out = []
    tagged = [(op, a) for op, a in filled if a.tags]
    if len(tagged) > 1:
        kinds = []
        for _, a in tagged:
            kinds += [t for t in a.tags if t not in kinds]
        for kind in kinds:
            having = [op for op, a in tagged if kind in a.tags]
            if len(having) < len(tagged):
                without = [op for op, a in tagged if kind not in a.tags]
                out.append(say("{kind}: included by {having}, not by {without}", kind=key_text(kind),
                               having=_who(having), without=_who(without)))
    if not out and len({_normal(a.text) for _, a in filled if a.text.strip()}) > 1:
        out.append(say("the plans are described differently"))
    return out


def _reading_differences(filled) -> list[str]:
    out = []
    tests: dict[str, tuple[str, list]] = {}
    for op, a in filled:
        for e in a.entries:
            if e.test.strip():
                tests.setdefault(_normal(e.test), (e.test.strip(), []))[1].append((e.reading, op))
    for name, readings in tests.values():
        ops = {id(op): op for _, op in readings}
        if len(ops) < len(filled):
            out.append(say("{name} listed by {who} only", name=_quote(name), who=_who(ops.values())))
        groups = _grouped((reading, op) for reading, op in readings if reading.strip())
        if len(groups) > 1:
            out.append(say("{name} read differently: {versus}", name=_quote(name), versus=_versus(groups)))
    return out


def _citation_name(e) -> str:
    return ": ".join(p for p in (e.source.strip(), e.title.strip()) if p)


def _citation_differences(filled) -> list[str]:
    out = []
    cited: dict[str, tuple[str, list]] = {}
    for op, a in filled:
        for e in a.entries:
            name = _citation_name(e)
            if name:
                cited.setdefault(_normal(name), (name, []))[1].append((e.category.strip(), op))
    for name, uses in cited.values():
        ops = {id(op): op for _, op in uses}
        if len(ops) < len(filled):
            out.append(say("{name} cited by {who} only", name=_quote(name), who=_who(ops.values())))
        groups = _grouped((say("category {category}", category=cat), op) for cat, op in uses if cat)
        if len(groups) > 1:
            out.append(say("{name} given a different category: {versus}", name=_quote(name),
                           versus=_versus(groups, quote=False)))
    return out


def differences(case: Case, row_key: str) -> list[str]:
    """What differs between the opinions that filled this row, in plain words: a hint for the
    person, never a verdict. Empty when fewer than two opinions filled the row or their entries
    are the same (exactly when `entries_differ` is false)."""
    aspect = row_aspect(case, row_key)
    filled = [(op, op.answer(row_key)) for op in case.opinions if not op.answer(row_key).is_empty()]
    if not entries_differ(aspect.kind, [a for _, a in filled]):
        return []
    if aspect.kind == CHOICE:
        found = [say("{label}: {versus}", label=key_text(aspect.label),
                     versus=_versus(_grouped((key_text(a.choice), op) for op, a in filled)))]
    elif aspect.kind == PLAN:
        found = _plan_differences(filled)
    elif aspect.kind == READINGS:
        found = _reading_differences(filled)
    elif aspect.kind == CITATIONS:
        found = _citation_differences(filled)
    else:
        found = []
    return found or [say("their entries are worded differently")]


def differing_rows(case: Case) -> list[str]:
    """The keys of the rows where the app sees differences (the hint), in row order."""
    return [key for key in case.row_keys() if differences(case, key)]
