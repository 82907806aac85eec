"""Text-level checks behind the drift flags: numbers, names, negations, language, broken text
and placeholders.

Every function here looks at one or two strings, is pure and deterministic, and errs on the side
of not flagging: on real transcripts a false alarm on a faithful pair costs the reviewer more than
a missed slip, so each check only fires on clear evidence. One module per kind of check
(``numbers``, ``names``, ``negation``, ``direction``, ``language``, ``broken``,
``placeholders``; ``text`` folds case and accents);
this package gives the functions the score stage uses.
"""

from align.checks import direction, numbers
from align.checks.broken import ends_closed, ends_open, garbled_reason, is_truncated
from align.checks.direction import direction_differences, direction_variants
from align.checks.language import char_overlap, is_copy, is_untranslated, third_language
from align.checks.names import (
    extract_names,
    latinised,
    lower_case_words,
    name_differences,
    name_mismatch,
    name_script,
    names_match,
    nationality_differences,
    surplus_names,
    unmatched_names,
)
from align.checks.negation import (
    negation_counts,
    negation_variants,
    negation_words,
    only_then_variants,
    polarity_mismatch,
)
from align.checks.numbers import (
    NumberMention,
    extract_numbers,
    number_differences,
    number_mentions,
    number_mismatch,
    relative_days,
)
from align.checks.placeholders import placeholder_differences, placeholder_mismatch, placeholders
from align.checks.text import fold

__all__ = [
    "char_overlap",
    "direction_differences",
    "direction_variants",
    "ends_closed",
    "ends_open",
    "extract_names",
    "extract_numbers",
    "fold",
    "garbled_reason",
    "is_copy",
    "is_truncated",
    "is_untranslated",
    "third_language",
    "latinised",
    "lower_case_words",
    "name_differences",
    "name_mismatch",
    "name_script",
    "names_match",
    "nationality_differences",
    "negation_counts",
    "negation_variants",
    "negation_words",
    "only_then_variants",
    "placeholder_differences",
    "placeholder_mismatch",
    "placeholders",
    "number_differences",
    "number_mentions",
    "number_mismatch",
    "NumberMention",
    "polarity_mismatch",
    "relative_days",
    "surplus_names",
    "unmatched_names",
    "unread_checks",
    "unread_note",
]


_PARTLY_READ = {"rise": "rises and falls", "north": "compass points", "east": "compass points"}
"""The pairs of opposites some languages have read alone, as ``unread_checks`` names them."""


def unread_checks(lang: str) -> list[str]:
    """What the drift checks cannot read in ``lang``, for lack of its words: negations, words
    turned into their opposites (or all but rises and falls), numbers written in words, month
    names. Numbers in digits, names, untranslated and broken text are read in any language; a
    reviewer of Turkish should know that a lost "not" there goes unseen."""
    missing = []
    if negation_counts("", lang) is None:
        missing.append("negations")
    read = direction.concepts(lang)
    if not read:
        missing.append("opposite words")
    elif read <= _PARTLY_READ.keys():
        parts = dict.fromkeys(name for concept, name in _PARTLY_READ.items() if concept in read)
        missing.append("opposite words but " + " and ".join(parts))
    if not numbers.reads_words(lang):
        missing.append("numbers in words")
    if not numbers.names_months(lang):
        missing.append("month names")
    return missing


def unread_note(src_lang: str, tgt_lang: str) -> str | None:
    """One line for a run's summary and report naming what the drift checks cannot read in the
    pair's languages (``unread_checks``); None where they read everything."""
    from align.languages import lang_name

    parts = [
        f"{lang_name(lang)} {', '.join(missing)}"
        for lang in dict.fromkeys((src_lang, tgt_lang))
        if lang and (missing := unread_checks(lang))
    ]
    return "the drift checks do not read " + "; ".join(parts) if parts else None
