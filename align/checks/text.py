"""Folding text for comparison: case, accents and ligatures never make a difference."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})


def fold(text: str) -> str:
    """Lower-case, strip accents and ligatures: ``'Genève'`` -> ``'geneve'``, ``'Œuvre'`` -> ``'oeuvre'``.

    Names and number words are compared folded so that accents, case and typography
    (a missing accent on a capital, ``oe`` for ``œ``) never make a difference.
    """
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return _COMBINING.sub("", decomposed).casefold()


TEXT_CACHE = 1 << 16
"""Entries of the checks' per-text caches: every sentence of a long book, and its links' texts."""

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    f = fold(c)
    return f if len(f) == 1 else c.lower()


def _fold_same_length(text: str) -> str:
    """``fold`` keeping offsets: a character that would fold to several (``œ``) is lower-cased."""
    lowered = text.lower()
    table = {ord(c): _fold_char(c) for c in set(lowered) if not c.isascii()}
    return lowered.translate(table) if table else lowered
