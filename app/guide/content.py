"""The guide's content: topics as Markdown files plus a manifest, and the glossary.

Files are read only when first needed, so start-up reads the small manifest and
nothing else. They are found next to the code (app/resources/guide), which is also
where the frozen bundle keeps them; importlib.resources would cost start-up time
for no gain here.
"""
from __future__ import annotations

import json
import re
from functools import cached_property
from pathlib import Path

from app.model.records import record
from app.resources import RESOURCES

LINK = re.compile(r"\[([^\]]+)\]\((glossary|topic|action):([\w-]+)\)")
HEADING = re.compile(r"^(#{2,3})\s+(.+?)\s*$", re.MULTILINE)
ACTIONS = {"set-decide-by": "Set a decide-by date", "compare-opinions": "Compare my opinions",
           "add-opinion": "Add an opinion", "records-checklist": "Open my records checklist"}
GLOSSARY_ID = "glossary"


@record(frozen=True)
class Source:
    """A cited source. Studies carry authors, journal details (citation) and a DOI;
    web pages carry the organisation, the year and the address."""
    title: str
    organisation: str
    url: str = ""
    year: str = ""
    authors: str = ""
    citation: str = ""   # journal, volume, issue and pages, e.g. "JAMA Oncol. 2016;2(3):330-339"
    doi: str = ""


@record(frozen=True)
class Term:
    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()


@record(frozen=True)
class Topic:
    id: str
    title: str
    summary: str
    file: str
    questions: tuple[str, ...]
    sources: tuple[Source, ...]
    links: tuple[tuple[str, str], ...]   # (action, label)


def _source(s: dict) -> Source:
    return Source(s["title"], s["organisation"], s.get("url", ""), str(s.get("year", "")),
                  s.get("authors", ""), s.get("citation", ""), s.get("doi", ""))


class Guide:
    def __init__(self, root: Path = RESOURCES / "guide"):
        self._root = root
        manifest = json.loads((self._root / "manifest.json").read_text(encoding="utf-8"))
        self.last_reviewed: str = manifest["last_reviewed"]
        self.next_review: str = manifest.get("next_review", "")
        self.disclaimer: str = manifest["disclaimer"]
        self._glossary_file: str = manifest["glossary"]
        self.topics: tuple[Topic, ...] = tuple(
            Topic(t["id"], t["title"], t["summary"], t["file"], tuple(t["questions"]),
                  tuple(_source(s) for s in t["sources"]),
                  tuple((ln["action"], ln["label"]) for ln in t["links"]))
            for t in manifest["topics"])
        self._by_id = {t.id: t for t in self.topics}
        self._texts: dict[str, str] = {}

    def topic(self, topic_id: str) -> Topic:
        return self._by_id[topic_id]

    def topic_ids(self) -> list[str]:
        return [t.id for t in self.topics]

    def text(self, topic_id: str) -> str:
        """The topic's own Markdown, as written (no title, questions or sources)."""
        if topic_id not in self._texts:
            path = self._root / self.topic(topic_id).file  # a plain Path now: "topics/x.md" joins as is
            self._texts[topic_id] = path.read_text(encoding="utf-8")
        return self._texts[topic_id]

    def sections(self, topic_id: str) -> list[str]:
        if topic_id == GLOSSARY_ID:
            return []
        return [m.group(2) for m in HEADING.finditer(self.text(topic_id)) if m.group(1) == "##"]

    @cached_property
    def glossary(self) -> dict[str, Term]:
        data = json.loads((self._root / self._glossary_file).read_text(encoding="utf-8"))
        terms = (Term(t["id"], t["term"], t["definition"], tuple(t.get("aliases", ())))
                 for t in data["terms"])
        return {t.id: t for t in sorted(terms, key=lambda t: t.term.lower())}

    def links(self, topic_id: str) -> list[tuple[str, str, str]]:
        """Every special link in a topic as (text, kind, target)."""
        return [(m[1], m[2], m[3]) for m in LINK.finditer(self.text(topic_id))]

    def neighbours(self, topic_id: str) -> tuple[str | None, str | None]:
        ids = self.topic_ids() + [GLOSSARY_ID]
        i = ids.index(topic_id)
        return (ids[i - 1] if i > 0 else None, ids[i + 1] if i + 1 < len(ids) else None)

    def title(self, topic_id: str) -> str:
        return "Glossary of words you may hear" if topic_id == GLOSSARY_ID else self.topic(topic_id).title
