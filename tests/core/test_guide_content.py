"""The guide's content is complete, consistent and plain (no Qt)."""
from __future__ import annotations

import re

import pytest

from app.guide.content import ACTIONS, GLOSSARY_ID, Guide
from app.guide.readability import flesch_kincaid_grade
from app.guide.render import glossary_markdown, topic_markdown
from app.guide.search import GuideSearch

GUIDE = Guide()
SEVEN = ("timing", "reasons", "memory", "asking", "process", "choosing", "comparing")
REQUIRED_TERMS = ("pathology", "biopsy", "stage", "grade", "margin", "biomarker", "her2", "adjuvant",
                  "neoadjuvant", "tumor-board", "palliative-care", "remission", "clinical-trial",
                  "nccn-category", "pdq",
                  # words on a family's reports (GUIDE-FACTS.md, second edition)
                  "gleason-score", "grade-group", "psa", "hormone-receptor", "ki-67", "brca", "genomic-test",
                  "tnm", "lymph-node", "urologist", "hematologist", "metastasis", "recurrence",
                  "performance-status", "molecular-testing", "medicare", "nci", "american-cancer-society")


def test_the_seven_topics_intro_about_and_resources_are_there_in_order():
    ids = GUIDE.topic_ids()
    assert ids[:2] == ["intro", "about"] and ids[-1] == "resources"
    assert tuple(i for i in ids if i in SEVEN) == SEVEN


@pytest.mark.parametrize("topic_id", SEVEN)
def test_every_topic_has_text_sections_sources_and_questions(topic_id):
    topic = GUIDE.topic(topic_id)
    assert len(GUIDE.text(topic_id).split()) > 300
    assert len(GUIDE.sections(topic_id)) >= 3
    assert len(topic.questions) >= 5
    assert len(set(topic.questions)) == len(topic.questions)
    assert topic.sources and all(s.title and s.organisation for s in topic.sources)


def test_every_link_resolves():
    topics = set(GUIDE.topic_ids()) | {GLOSSARY_ID}
    bad = []
    for topic_id in GUIDE.topic_ids():
        for _text, kind, target in GUIDE.links(topic_id):
            known = {"glossary": GUIDE.glossary, "topic": topics, "action": ACTIONS}[kind]
            if target not in known:
                bad.append((topic_id, kind, target))
        for action, _label in GUIDE.topic(topic_id).links:
            if action not in ACTIONS:
                bad.append((topic_id, "action", action))
        # no unknown link schemes: any other [text](x:y) form would be shown as a dead link
        for scheme in re.findall(r"\]\(([a-z]+):", GUIDE.text(topic_id)):
            if scheme not in ("glossary", "topic", "action"):
                bad.append((topic_id, "scheme", scheme))
    assert bad == []


def test_the_decide_by_and_compare_links_are_offered_where_the_facts_say():
    assert "set-decide-by" in [t for _, k, t in GUIDE.links("timing") if k == "action"]
    assert "compare-opinions" in [t for _, k, t in GUIDE.links("comparing") if k == "action"]


def test_glossary_has_at_least_40_plain_terms():
    terms = GUIDE.glossary
    assert len(terms) >= 40
    for term_id in REQUIRED_TERMS:
        assert term_id in terms, term_id
    for term in terms.values():
        assert term.definition and "<" not in term.definition and "](" not in term.definition


@pytest.mark.parametrize("topic_id", [t.id for t in GUIDE.topics])
def test_reading_level_is_grade_8_or_lower(topic_id):
    assert flesch_kincaid_grade(GUIDE.text(topic_id)) <= 8.0


def test_the_glossary_reads_at_grade_8_or_lower_and_no_meaning_is_dense():
    assert flesch_kincaid_grade(glossary_markdown(GUIDE)) <= 8.0
    dense = {t.id: round(flesch_kincaid_grade(t.definition), 1) for t in GUIDE.glossary.values()
             if flesch_kincaid_grade(t.definition) > 11.0}
    assert dense == {}


def test_reading_level_formula_tells_plain_from_dense_text():
    assert flesch_kincaid_grade("You can ask. It is fine to ask.") < 3
    assert flesch_kincaid_grade("Immunohistochemical characterisation necessitates "
                                "multidisciplinary interpretation of biomarker heterogeneity.") > 12


def test_the_guide_never_tells_a_person_which_treatment_to_choose():
    risky = re.compile(r"\byou should (have|choose|get|pick|take|start) (surgery|chemo|radiation|"
                       r"the second|the first|treatment)", re.IGNORECASE)
    for topic_id in GUIDE.topic_ids():
        assert not risky.search(GUIDE.text(topic_id)), topic_id


def test_rendered_topics_show_sources_review_date_and_disclaimer():
    for topic_id in GUIDE.topic_ids() + [GLOSSARY_ID]:
        md = topic_markdown(GUIDE, topic_id)
        assert f"Last reviewed: {GUIDE.last_reviewed}" in md
        assert "does not replace your doctors" in md
    assert "## Sources" in topic_markdown(GUIDE, "timing")
    assert "(addq:timing/0)" in topic_markdown(GUIDE, "timing")


def test_search_finds_known_words_and_nothing_for_nonsense():
    search = GuideSearch(GUIDE)
    hits = search.search("slides")
    assert {h.topic_id for h in hits} >= {"process", GLOSSARY_ID}
    assert search.search("decide-by")[0].topic_id == "timing"
    assert search.search("qwxzv") == []
    assert search.search("") == []
    both = search.search("medicare third")
    assert both and all("medicare" in h.snippet.lower() or h.topic_id in ("process", "comparing")
                        for h in both)
