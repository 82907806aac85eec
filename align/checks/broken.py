"""Broken text (mojibake, control characters, runs of symbols, a word repeated), a side cut off
mid-sentence, and whether a text ends as a sentence does."""

from __future__ import annotations

import re

from align.checks.text import fold

_MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|â€|Â[\u00a0-\u00bf]|Ð[\u0080-\u00bf]|ï»¿"
)
_CONTROL = re.compile("[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")
_SPACES = re.compile(r"\s")
_LETTERS = re.compile(
    r"[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0903\u093a-\u094f\u0962\u0963\u0980-\u0dff]"
)
"""Letters, and the marks that are parts of letters in some scripts (Devanagari vowel signs, Hebrew
and Arabic points): a Hindi line is not "mostly non-letters"."""
_DIGIT_CHARS = re.compile(r"\d")
_SYMBOL_RUN = re.compile(r"[^\w\s]{6,}")
_REPEAT = re.compile(r"\b(\w+(?:\s+\w+)?)(?:\s+\1\b){2,}", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…:;»\"”’')\]。！？：；」』）》】।॥؟۔]\s*$")
_DANGLING = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "to",
    "in",
    "with",
    "for",
    "that",
    "on",
    "at",
    "by",
    "from",
    "our",
    "your",
    "their",
    "its",
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "que",
    "qui",
    "un",
    "une",
    "dans",
    "pour",
    "avec",
    "au",
    "aux",
    "sur",
    "par",
    "nos",
    "vos",
    "ses",
    "ces",
    "leur",
    "leurs",
}


def garbled_reason(text: str) -> str | None:
    """Why ``text`` looks broken (mojibake, replacement or control characters, a run of symbols,
    mostly non-letters, a word repeated three times), or None when it looks fine."""
    if _MOJIBAKE.search(text):
        return "mojibake"
    if _CONTROL.search(text):
        return "control characters"
    for run in _SYMBOL_RUN.findall(text):
        if len(set(run)) >= 3:
            return "symbol run"
    visible = len(text) - len(_SPACES.findall(text))
    if visible >= 20:
        letters = len(_LETTERS.findall(text)) / visible
        digits = len(_DIGIT_CHARS.findall(text)) / visible
        if letters < 0.45 and digits < 0.3:
            return "mostly non-letters"
    if _REPEAT.search(text):
        return "repeated words"
    return None


def is_truncated(text: str, other: str, expected_ratio: float = 1.0) -> bool:
    """True when ``text`` stops mid-sentence while ``other`` ends as a complete sentence: it ends
    inside a word (``"the negotia-"``) or on an article or preposition, on a comma while being
    much shorter than expected (``expected_ratio`` = usual length of ``text`` / ``other``)."""
    text, other = text.rstrip(), other.rstrip()
    if not text or not _TERMINAL.search(other) or _TERMINAL.search(text):
        return False
    if re.search(r"[^\W\d_]-$", text):
        return True
    words = re.findall(r"[^\W\d_]+", fold(text))
    if text[-1].isalpha() and len(words) >= 4 and words[-1] in _DANGLING:
        return True
    return text[-1] == "," and len(text) < 0.6 * expected_ratio * len(other)


def ends_open(text: str, min_words: int = 5) -> bool:
    """True when ``text`` has at least ``min_words`` words and ends on a letter, without the
    punctuation a sentence ends with: a sentence cut off (or a heading, which the caller rules out
    by looking at the other side)."""
    text = text.rstrip()
    return (
        bool(text)
        and text[-1].isalpha()
        and not _TERMINAL.search(text)
        and len(re.findall(r"[^\W\d_]+", text)) >= min_words
    )


def ends_closed(text: str) -> bool:
    """True when ``text`` ends with the punctuation a sentence ends with (``.``, ``!``, ``?``, ``…``,
    ``:``, ``;``, a closing quote or bracket, their full-width CJK forms ``。！？``, ``」``, the
    Devanagari danda ``।`` or the Arabic question mark ``؟``), bidirectional marks after it
    aside (``.\u202c``: an embedding closed after the full stop, as right-to-left editors write)."""
    return bool(_TERMINAL.search(text.rstrip(_TRAILING)))


_TRAILING = " \t\n\r\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""White space and the bidirectional marks and controls a sentence may end with."""
