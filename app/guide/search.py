"""Search over the whole guide and glossary, fast enough to run on every keystroke.

The index holds folded text per section (case-folded, accents removed), built once on
first search, so "Gléason" finds "Gleason". Every word of the query must appear (in any
order) for a section to match. Ranking, best first:
  1. a glossary entry whose term or alias is exactly the query ("PSA", "Medicare Part B");
  2. a glossary entry whose term or alias starts with the query ("Gleason" → Gleason score);
  3. then by how often, and how prominently, the words appear (a title counts five times,
     a whole-word match twice a match inside a longer word).
"""
from __future__ import annotations

import re
import unicodedata

from app.guide.content import GLOSSARY_ID, HEADING, LINK, Guide
from app.model.records import record

EXACT, PREFIX = 100_000, 10_000


@record(frozen=True)
class Hit:
    topic_id: str
    section: str        # "" for the topic's opening text; the term for a glossary entry
    snippet: str
    score: int


def fold(text: str) -> str:
    """Case-folded, without accents, with runs of whitespace made single spaces."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class _FoldTable(dict):
    """str.translate table that folds each character on first sight and remembers it."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = folded = c if c.isascii() else _fold_char(c)
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_char(c: str) -> str:
    base = [x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)]
    if not base:
        return c
    folded = base[0].casefold()
    return folded if len(folded) == 1 else base[0].lower()[:1] or c


def fold_same_length(text: str) -> str:
    """Like fold(), one character for one, so positions in the result match the text."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE).lower()


def _plain(markdown: str) -> str:
    return re.sub(r"[*_`#>]", "", LINK.sub(r"\1", markdown))


def query_words(query: str) -> list[str]:
    return [w for w in fold(query).split(" ") if len(w) >= 2]


class _WordsTable(dict):
    """str.translate table keeping letters and digits and turning anything else into a space."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = kept = c if c.isalnum() else " "
        return kept


_WORDS_TABLE = _WordsTable()


def _spaced(folded: str) -> str:
    """Words only, one space apart and at both ends, so " word " counts whole words."""
    return " " + " ".join(folded.translate(_WORDS_TABLE).split()) + " "


class _Entry:
    __slots__ = ("topic_id", "section", "body", "folded", "title", "names", "spaced", "spaced_title")

    def __init__(self, topic_id: str, section: str, body: str, title: str, names: tuple[str, ...]):
        self.topic_id, self.section, self.body = topic_id, section, body
        self.folded = fold_same_length(body)
        self.title = fold(title)
        self.names = names      # folded glossary term and aliases ("" entries never match)
        self.spaced = _spaced(self.folded)
        self.spaced_title = _spaced(self.title)


class GuideSearch:
    def __init__(self, guide: Guide):
        self.guide = guide
        self._index: list[_Entry] | None = None

    def _build(self) -> list[_Entry]:
        index = []
        for topic in self.guide.topics:
            text = self.guide.text(topic.id)
            starts = [(0, "")] + [(m.start(), m.group(2)) for m in HEADING.finditer(text)
                                  if m.group(1) == "##"]
            for (start, name), (end, _) in zip(starts, starts[1:] + [(len(text), "")]):
                body = _plain(text[start:end])
                if name == "":
                    body = " ".join([topic.title, topic.summary, body, *topic.questions])
                index.append(_Entry(topic.id, name, body, topic.title + " " + name, ()))
        for term in self.guide.glossary.values():
            names = tuple(fold(n) for n in (term.term, *term.aliases))
            index.append(_Entry(GLOSSARY_ID, term.term, f"{term.term}. {term.definition}",
                                " ".join((term.term, *term.aliases)), names))
        return index

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        words = query_words(query)
        if not words:
            return []
        if self._index is None:
            self._index = self._build()
        whole = fold(query)
        bounded = [_spaced(w) for w in words]
        hits = []
        for entry in self._index:
            folded, title = entry.folded, entry.title
            if not all(w in folded or w in title for w in words):
                continue
            score = 0
            for w, b in zip(words, bounded):
                score += folded.count(w) + 5 * title.count(w)
                score += entry.spaced.count(b) + 5 * entry.spaced_title.count(b)
            if entry.names:
                if whole in entry.names:
                    score += EXACT
                elif any(n.startswith(whole) for n in entry.names):
                    score += PREFIX
            hits.append((score, entry))
        hits.sort(key=lambda h: -h[0])   # stable: equal scores keep the guide's order
        return [Hit(e.topic_id, e.section, _snippet(e, words[0]), score) for score, e in hits[:limit]]


def _snippet(entry: _Entry, word: str, width: int = 70) -> str:
    body = entry.body
    at = max(0, entry.folded.find(word))
    start = max(0, at - width // 2)
    text = " ".join(body[start:start + width].split())
    return ("…" if start else "") + text + "…"
