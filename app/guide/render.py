"""Turn a topic into the Markdown the guide view shows: title, text, questions, sources.

Questions get an "add" link (addq:TOPIC/N) the view turns into one-click adds; sources
show their address in full so it can be written down, and the view asks before opening.
"""
from __future__ import annotations

from app.guide.content import GLOSSARY_ID, Guide


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")


def topic_markdown(guide: Guide, topic_id: str) -> str:
    if topic_id == GLOSSARY_ID:
        return glossary_markdown(guide)
    topic = guide.topic(topic_id)
    parts = [f"# {topic.title}", f"*{topic.summary}*", guide.text(topic_id).strip()]
    if topic.links:
        parts.append("## In your workspace")
        parts.append("\n".join(f"- [{label}](action:{action})" for action, label in topic.links))
    if topic.questions:
        parts.append("## Questions you could ask")
        parts.append("\n".join(f"{n}. {_escape(q)} — [Add to my questions](addq:{topic_id}/{n - 1})"
                               for n, q in enumerate(topic.questions, 1)))
    parts.append(_footer(guide, topic.sources))
    return "\n\n".join(parts) + "\n"


def glossary_markdown(guide: Guide) -> str:
    parts = ["# " + guide.title(GLOSSARY_ID),
             "*Plain meanings of words you may hear from your care team.*"]
    for term in guide.glossary.values():
        parts.append(f"**{_escape(term.term)}** — {_escape(term.definition)}")
    parts.append(_footer(guide, ()))
    return "\n\n".join(parts) + "\n"


def _source_line(s) -> str:
    """Authors. Title. Journal or organisation; volume and pages (year). DOI — address."""
    parts = [f"{_escape(s.authors)}." if s.authors else "", f"{_escape(s.title)}."]
    where = _escape(s.citation) if s.citation else _escape(s.organisation)
    parts.append(f"{where}" + (f" ({s.year})." if s.year and s.year not in s.citation else "."))
    if s.doi:
        parts.append(f"doi:{_escape(s.doi)}")
    text = " ".join(p for p in parts if p)
    return text + (f" — [{s.url}]({s.url})" if s.url else "")


def _footer(guide: Guide, sources) -> str:
    lines = []
    if sources:
        lines += ["## Sources", ""]
        lines += [f"- {_source_line(s)}" for s in sources]
        lines.append("")
    review = f"Last reviewed: {guide.last_reviewed}."
    if guide.next_review:
        review += f" Next review planned: {guide.next_review}."
    lines.append(f"*{review} {guide.disclaimer}*")
    return "\n".join(lines)
