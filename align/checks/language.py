"""Which language a text is in, and whether a target is the source left untranslated or copied."""

from __future__ import annotations

import re
from functools import lru_cache

from align.checks.names import NOUN_CAPITALISING
from align.checks.text import TEXT_CACHE, fold
from align.detect import FUNCTION_WORDS, function_word_share, supported_languages, without_code


@lru_cache(maxsize=TEXT_CACHE)
def detect_language(text: str) -> tuple[str, float] | None:
    """langdetect's best guess and its probability, seeded for reproducibility; None if unsure."""
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - langdetect is a dependency
        return None
    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return None
    return str(best.lang), float(best.prob)


def char_overlap(a: str, b: str) -> float:
    """Jaccard overlap of the folded character trigrams of two texts (1.0 for the same text)."""

    def grams(s: str) -> set[str]:
        s = " ".join(re.findall(r"\w+", fold(s)))
        return {s[i : i + 3] for i in range(max(0, len(s) - 2))}

    ga, gb = grams(a), grams(b)
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / len(ga | gb)


@lru_cache(maxsize=TEXT_CACHE)
def is_copy(src_text: str, tgt_text: str) -> bool:
    """Whether the target shares almost all the source's character trigrams and has at least two
    real words, one of them in lower case, most of whose lower-case words the source writes as
    they are: a copy, whatever its language. Cognates share trigrams but not their spelling
    (``The abominable creature, murmured d'Artagnan`` / ``L'abominable créature! murmura
    d'Artagnan``)."""
    words = re.findall(r"[^\W\d_]{3,}", tgt_text)
    lower = [w.lower() for w in words if not w[0].isupper()]
    if len(words) < 2 or not lower or char_overlap(src_text, tgt_text) < 0.75:
        return False
    src_words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", src_text)}
    return sum(w in src_words for w in lower) >= 0.6 * len(lower)


def is_untranslated(
    src_text: str,
    tgt_text: str,
    src_lang: str,
    tgt_lang: str,
    tgt_labels: tuple[str, ...] = (),
    min_chars: int = 30,
) -> bool:
    """True when the target is (a copy of) source-language text instead of a translation.

    Evidence, any of: the two sides share almost all their character trigrams (a copy) and have
    at least three real words, or two when the copy reads as the source language by its function
    words; or the target reads as the source language by its function words
    (confirmed by langdetect when the text is long enough) or by its own sentence-level language
    labels ``tgt_labels``. Needs two different, known languages for the language evidence.
    Web addresses, e-mail addresses and code are no evidence (``detect.without_code``): a
    translation keeps them as they are.
    """
    src_text, tgt_text = without_code(src_text), without_code(tgt_text)
    words = re.findall(r"[^\W\d_]{3,}", tgt_text)
    content = [w for w in words if not w[0].isupper()]
    # where every noun is capitalised, a short copied line ("Ein strahlender Augustmorgen")
    # holds few lower-case words: two words after the first will do if one is lower-case (a
    # list of names, "Nanga Parbat , Cho Oyu", stays out)
    short_copy = src_lang in NOUN_CAPITALISING and len(words) >= 3 and bool(content)
    copy = is_copy(src_text, tgt_text)
    if copy and (len(content) >= 3 or short_copy):
        return True
    # a short copy ("The engineer did so .") counts when it reads as the source language (a line
    # of names or a Latin phrase both translations keep does not)
    if copy and function_word_share(tgt_text, src_lang) > function_word_share(tgt_text, tgt_lang):
        return True
    if not src_lang or not tgt_lang or src_lang == tgt_lang or len(content) < 3:
        return False
    letters = sum(c.isalpha() for c in tgt_text)
    as_src = function_word_share(tgt_text, src_lang)
    as_tgt = function_word_share(tgt_text, tgt_lang)
    known = src_lang in FUNCTION_WORDS and tgt_lang in FUNCTION_WORDS
    labelled = bool(tgt_labels) and all(lab == src_lang for lab in tgt_labels)
    if known and not (as_src >= 0.2 and as_src > 2 * as_tgt):
        return False
    if letters >= min_chars:
        guess = detect_language(tgt_text)
        if guess is not None:
            return guess[0] == src_lang and guess[1] >= 0.8
    return labelled and (known or letters >= 20)


_RELATED = (
    frozenset({"es", "pt", "gl", "ca"}),
    frozenset({"no", "da", "sv"}),
    frozenset({"hr", "sr", "bs", "sl"}),
    frozenset({"cs", "sk"}),
    frozenset({"id", "ms"}),
    frozenset({"ru", "uk", "bg", "mk", "be"}),
    frozenset({"hi", "mr", "ne"}),
    frozenset({"zh", "ja", "ko"}),
    frozenset({"fa", "ar", "ur"}),
)
"""Languages langdetect confuses with one another on a sentence: a target read as its own
language's relative is not taken for a third language."""


@lru_cache(maxsize=TEXT_CACHE)
def third_language(
    src_text: str, tgt_text: str, src_lang: str, tgt_lang: str, min_letters: int = 40
) -> str | None:
    """The language a target is written in where it is neither the source's nor the target's
    (a unit translated into the wrong language: French in an English-German memory), else None.
    langdetect must be all but certain (0.99) on at least ``min_letters`` letters, the language
    not a close relative of the target's (``_RELATED``), and where the target language's function
    words are known the target must hold few of them; none for a target language langdetect does
    not know, nor for a target that shares much of its text with the source (an English book
    title kept in a German-French bibliography). Web addresses and code are left out."""
    text = without_code(tgt_text)
    if not src_lang or not tgt_lang or src_lang == tgt_lang or sum(c.isalpha() for c in text) < min_letters:
        return None
    if tgt_lang not in supported_languages():
        return None  # Icelandic, which langdetect does not know, reads as Norwegian or Swedish
    # the cheap guards first: langdetect (about 3 ms a text) only reads what passes them
    if tgt_lang in FUNCTION_WORDS and function_word_share(text, tgt_lang) >= 0.1:
        return None
    if char_overlap(without_code(src_text), text) >= 0.3:
        return None  # what both sides keep as written: a book's title, a cipher, a quotation
    guess = detect_language(text)
    lang = guess[0].split("-")[0] if guess else ""  # langdetect's zh-cn and zh-tw are zh
    if guess is None or guess[1] < 0.99 or lang in (src_lang, tgt_lang):
        return None
    if any(lang in group and tgt_lang in group for group in _RELATED):
        return None
    return lang
