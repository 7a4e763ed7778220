"""Flesch-Kincaid grade level for the guide's Markdown text.

The guide promises plain language (grade 8 or lower). This is the classic formula
0.39 * words/sentences + 11.8 * syllables/words - 15.59, with a simple vowel-group
syllable counter. Markdown markup, link targets and addresses are removed first;
headings and list items count as sentences of their own, as a reader takes them.
"""
from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:org|gov|com|net)(?:/\S*)?")
_MARKUP = re.compile(r"[*_`#>|]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.%–-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def plain_text(markdown: str) -> str:
    """Markdown reduced to the words a reader reads, one sentence per block line."""
    lines = []
    for raw in markdown.splitlines():
        line = _LINK.sub(r"\1", raw)
        line = _URL.sub("", line)
        line = _MARKUP.sub(" ", line)
        line = re.sub(r"^\s*(?:[-+]|\d+\.)\s+", "", line).strip()
        if not line:
            continue
        if not _SENTENCE_END.search(line[-1:] + " "):
            line += "."
        lines.append(line)
    return "\n".join(lines)


def count_syllables(word: str) -> int:
    word = word.lower().strip("'’-")
    if not word:
        return 0
    if word[0].isdigit():
        return max(1, len(re.findall(r"\d", word)) // 2 + 1)
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word)))


def flesch_kincaid_grade(markdown: str) -> float:
    text = plain_text(markdown)
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    syllables = sum(count_syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59
