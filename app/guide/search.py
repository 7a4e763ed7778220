"""Search over the whole guide and glossary, fast enough to run on every keystroke.

The index is plain lower-cased text per section, built once on first search.
Every word of the query must appear (in any order) for a section to match.
"""
from __future__ import annotations

import re

from app.guide.content import GLOSSARY_ID, HEADING, LINK, Guide
from app.records import record


@record(frozen=True)
class Hit:
    topic_id: str
    section: str        # "" for the topic's opening text; the term for a glossary entry
    snippet: str
    score: int


def _plain(markdown: str) -> str:
    return re.sub(r"[*_`#>]", "", LINK.sub(r"\1", markdown))


def query_words(query: str) -> list[str]:
    return [w for w in re.split(r"\s+", query.lower().strip()) if len(w) >= 2]


class GuideSearch:
    def __init__(self, guide: Guide):
        self.guide = guide
        self._index: list[tuple[str, str, str, str]] | None = None  # topic, section, title, text

    def _build(self) -> list[tuple[str, str, str, str]]:
        index = []
        for topic in self.guide.topics:
            text = self.guide.text(topic.id)
            starts = [(0, "")] + [(m.start(), m.group(2)) for m in HEADING.finditer(text)
                                  if m.group(1) == "##"]
            for (start, name), (end, _) in zip(starts, starts[1:] + [(len(text), "")]):
                body = _plain(text[start:end])
                if name == "":
                    body = " ".join([topic.title, topic.summary, body, *topic.questions])
                index.append((topic.id, name, (topic.title + " " + name).lower(), body))
        for term in self.guide.glossary.values():
            body = f"{term.term}. {term.definition}"
            index.append((GLOSSARY_ID, term.term, " ".join((term.term, *term.aliases)).lower(), body))
        return index

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        words = query_words(query)
        if not words:
            return []
        if self._index is None:
            self._index = self._build()
        hits = []
        for topic_id, section, title, body in self._index:
            lower = body.lower()
            if not all(w in lower or w in title for w in words):
                continue
            score = sum(lower.count(w) + 5 * title.count(w) for w in words)
            hits.append(Hit(topic_id, section, _snippet(body, lower, words[0]), score))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]


def _snippet(body: str, lower: str, word: str, width: int = 70) -> str:
    at = max(0, lower.find(word))
    start = max(0, at - width // 2)
    text = " ".join(body[start:start + width].split())
    return ("…" if start else "") + text + "…"
