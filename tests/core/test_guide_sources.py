"""The guide cites its sources precisely, and its words are its own.

Source overlap: the text of the pages we read while writing is copyrighted (ACS, NCCN,
Cancer.Net) or simply not ours, so it is never committed. Only SHA-1 hashes of its
normalised 7-word runs ("shingles") are kept in tests/data/guide_source_shingles.json.
The test hashes every 7-word run of the guide's own prose and fails if any matches: no run
of more than 6 words may be shared with a source.

To rebuild the hashes from a folder of plain-text source files (kept outside the repo):
    python -m tests.core.test_guide_sources /path/to/source-texts
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

from app.guide.content import Guide
from app.guide.search import fold

GUIDE = Guide()
SHINGLE = 7
DATA = Path(__file__).resolve().parent.parent / "data" / "guide_source_shingles.json"
PERIODICALS = ("Oncol", "BMJ", "Pathol", "Radiol", "Soc Med", "Cochrane", "Physician")


def words(text: str) -> list[str]:
    """Folded words only: markup, punctuation, link targets and accents do not count."""
    text = re.sub(r"\]\([^)]*\)", "]", text)          # drop link targets, keep link text
    text = re.sub(r"1-800-[A-Za-z0-9-]+", " ", text)  # phone numbers are facts, not wording
    text = text.replace("’", "'").replace("'", "")    # don't and don’t are one word
    return re.findall(r"[a-z0-9]+", fold(text))


def shingle_hashes(text: str, size: int = SHINGLE) -> set[str]:
    ws = words(text)
    return {hashlib.sha1(" ".join(ws[i:i + size]).encode()).hexdigest()[:16]
            for i in range(len(ws) - size + 1)}


def our_prose() -> dict[str, str]:
    """Everything a reader reads that we wrote: topics, summaries, questions, glossary."""
    texts = {}
    for topic in GUIDE.topics:
        texts[topic.id] = "\n".join([GUIDE.text(topic.id), topic.summary, *topic.questions])
    for term in GUIDE.glossary.values():
        texts[f"glossary:{term.id}"] = term.definition
    return texts


def all_sources():
    return [s for t in GUIDE.topics for s in t.sources]


@pytest.mark.parametrize("source", all_sources(), ids=lambda s: s.title[:40])
def test_every_source_has_an_author_or_organisation_a_year_and_an_address_or_doi(source):
    assert source.title.strip() and (source.authors or source.organisation).strip()
    assert re.fullmatch(r"(19|20)\d\d", source.year), source.year
    assert source.url.startswith("https://") or source.doi.startswith("10.")


def test_studies_are_cited_with_authors_journal_volume_pages_and_a_link():
    studies = [s for s in all_sources() if any(p in s.citation for p in PERIODICALS)]
    assert len({s.title for s in studies}) >= 9   # Bleicher, Hanna, Hillen, Ruetters, Peck, ...
    for s in studies:
        assert s.authors and s.year in s.citation, s.title
        assert re.search(r";\d+(\(\d+\))?:", s.citation) or "CD001539" in s.citation, s.citation
        assert s.doi or s.url, s.title


def test_the_corrected_facts_are_what_the_guide_says():
    timing, reasons = GUIDE.text("timing"), GUIDE.text("reasons")
    assert "94,544" in timing and "95,544" not in timing and "115,790" in timing
    assert "13 of the 17" in timing                      # Hanna: both sides are said
    assert "82 of the 176" in reasons and "half of the patients" not in reasons
    assert "test cases" in reasons                       # Peck: not patients' diagnoses
    assert "85" in GUIDE.text("comparing") and "experts all agree" not in GUIDE.text("comparing")
    assert not any("2013" in s.url or "page80" in s.url for s in all_sources())


def test_us_only_details_are_labelled_and_the_introduction_says_so():
    assert "are for the United States (US)" in GUIDE.text("intro")
    for topic_id in ("process", "choosing", "asking"):
        assert "(US)" in GUIDE.text(topic_id), topic_id


def test_the_about_page_discloses_authorship_checking_funding_and_dates():
    about = GUIDE.text("about")
    assert "not** been reviewed by a board" in about
    assert "No company or group paid" in about and "no ads" in about
    assert GUIDE.last_reviewed == "2026-11-26" and GUIDE.next_review == "2027-05-26"
    assert "26 November 2026" in about and "26 May 2027" in about


def test_shingles_find_a_shared_run_of_seven_words_and_ignore_six():
    text = "a second opinion is a normal part of care"
    assert shingle_hashes(text) & shingle_hashes("So: A second Opinion is a normal part, sadly")
    assert not shingle_hashes(text) & shingle_hashes("a second opinion is a normal thing")


def test_no_run_of_more_than_six_words_is_shared_with_a_source():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert data["shingle_size"] == SHINGLE and len(data["sources"]) >= 5
    shared = []
    for source, info in data["sources"].items():
        hashes = set(info["hashes"])
        assert len(hashes) > 100, source           # the file really holds the source's text
        for where, text in our_prose().items():
            ws = words(text)
            for i in range(len(ws) - SHINGLE + 1):
                run = " ".join(ws[i:i + SHINGLE])
                if hashlib.sha1(run.encode()).hexdigest()[:16] in hashes:
                    shared.append((where, source, run))
    assert shared == []


def build(folder: Path) -> dict:
    sources = {}
    for path in sorted(folder.glob("*.txt")):
        hashes = sorted(shingle_hashes(path.read_text(encoding="utf-8")))
        sources[path.stem] = {"hashes": hashes}
    return {"shingle_size": SHINGLE, "hash": "sha1 of the 7 folded words joined by spaces, first 16 hex",
            "sources": sources}


if __name__ == "__main__":
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(json.dumps(build(Path(sys.argv[1])), indent=0) + "\n", encoding="utf-8")
