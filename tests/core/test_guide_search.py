"""Search finds the right place first: a term or alias before a passing mention; accents ignored."""
from __future__ import annotations

import pytest

from app.guide.content import GLOSSARY_ID, Guide
from app.guide.search import GuideSearch, fold, query_words

GUIDE = Guide()
SEARCH = GuideSearch(GUIDE)
NAMES = [(term.id, name) for term in GUIDE.glossary.values() for name in (term.term, *term.aliases)]


def first(query: str):
    hits = SEARCH.search(query)
    assert hits, query
    return hits[0]


def test_no_two_glossary_entries_share_a_term_or_alias():
    owners: dict[str, set[str]] = {}
    for term_id, name in NAMES:
        owners.setdefault(fold(name), set()).add(term_id)
    assert {n: ids for n, ids in owners.items() if len(ids) > 1} == {}


@pytest.mark.parametrize(("term_id", "name"), NAMES, ids=[n for _, n in NAMES])
def test_each_term_and_alias_finds_its_own_entry_first(term_id, name):
    if not query_words(name):
        pytest.skip("a one-letter name is not searched")
    hit = first(name)
    assert (hit.topic_id, hit.section) == (GLOSSARY_ID, GUIDE.glossary[term_id].term)


@pytest.mark.parametrize(("query", "term"), [
    ("Gleason", "Gleason score"), ("PSA", "PSA"), ("urologist", "Urologist"), ("HER2", "HER2"),
    ("Medicare Part B", "Medicare"), ("tumor board", "Tumor board"),
    ("National Cancer Institute", "National Cancer Institute (NCI)"), ("blood cancer", "Blood cancer"),
    ("ACS", "American Cancer Society"), ("ER/PR", "Hormone receptor (ER/PR)"),
    ("Oncotype DX", "Genomic test (such as Oncotype DX)"), ("Grade Group", "Grade Group"),
])
def test_words_from_a_family_s_reports_find_the_right_entry(query, term):
    assert (first(query).topic_id, first(query).section) == (GLOSSARY_ID, term)


def test_the_topics_that_explain_a_word_come_right_after_its_meaning():
    hits = SEARCH.search("Gleason")
    assert hits[0].section == "Gleason score"
    assert "comparing" in [h.topic_id for h in hits[1:4]]
    assert {h.topic_id for h in SEARCH.search("Medicare Part B")[1:4]} & {"process", "resources"}


def test_accents_and_case_are_ignored():
    for query, term in (("Gléason", "Gleason score"), ("RÉMISSION", "Remission"),
                        ("tumór bóard", "Tumor board"), ("Légaré", None)):
        hits = SEARCH.search(query)
        assert hits, query
        if term:
            assert hits[0].section == term
    assert "comparing" in [h.topic_id for h in SEARCH.search("Legare")]   # written Légaré
    assert fold("Ｌégaré  ẞ") == "legare ss"


def test_a_whole_word_ranks_above_the_same_letters_inside_another_word():
    hits = SEARCH.search("stage")
    assert hits[0].section == "Stage"
    snippets = [h.snippet.lower() for h in hits]
    assert all("stage" in s for s in snippets[:5])


def test_snippets_show_the_word_even_when_the_text_has_accents_before_it():
    hits = SEARCH.search("SURE test")
    assert hits[0].section == "SURE test"
    comparing = next(h for h in SEARCH.search("sure") if h.topic_id == "comparing")
    assert "sure" in comparing.snippet.lower()
