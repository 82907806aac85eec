"""Lexical anchors: the numbers and word forms a source and a target sentence share.

A small embedding model scores some true pairs weakly (a line of names and figures, a language
it knows less well), and the aligner then merges them into a neighbour's bead or leaves them
unpaired. Numbers, names and cognates written alike in both languages are evidence the model
under-weighs. ``anchor_rows`` turns each sentence into the set of its anchor keys (the digits of
each number; the folded first ``PREFIX`` letters of each word of at least ``MIN_LETTERS``
letters), keeps the keys found on both sides of the document (a German noun without a French
look-alike is no anchor) and returns one sparse 0/1 row per sentence; the aligner takes the union
of the rows over a span and adds ``AlignConfig.lex_weight`` times the Dice overlap of the two
sides' key sets to a bead's score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse

from align.checks import fold

_NUMBER = re.compile(r"\d+(?:[.,'’\u00a0\u202f]\d+)*")
_NOT_DIGIT = re.compile(r"\D")
MIN_LETTERS = 4
_WORD = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")
PREFIX = 5
"""Letters of a folded word kept as its key: ``expedition`` / ``Expedition`` / ``expédition``
and ``Genf`` / ``Genève`` differ or agree as their first five letters do."""


def anchor_keys(text: str) -> set[str]:
    """The anchor keys of one sentence: ``#`` and the digits of each number (``4'478`` and
    ``4478`` agree), and the folded first ``PREFIX`` letters of each word of at least
    ``MIN_LETTERS`` letters."""
    keys = {"#" + _NOT_DIGIT.sub("", m) for m in _NUMBER.findall(text)}
    keys.update(fold(w)[:PREFIX] for w in _WORD.findall(text))
    return keys


def key_rows(columns: Sequence[Iterable[int]], width: int) -> sparse.csr_matrix:
    """One 0/1 row per sentence with ones at its key columns (each sentence's columns distinct)."""
    cols = [sorted(c) for c in columns]
    indptr = np.concatenate([[0], np.cumsum([len(c) for c in cols])]).astype(np.int64)
    indices = np.array([k for c in cols for k in c], dtype=np.int64)
    return sparse.csr_matrix((np.ones(indices.shape[0]), indices, indptr), shape=(len(cols), max(width, 1)))


def anchor_rows(src: Sequence[str], tgt: Sequence[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """One 0/1 row per sentence of each side over the anchor keys that occur on both sides
    (columns in sorted key order, so the same texts always give the same matrices)."""
    src_keys = [anchor_keys(t) for t in src]
    tgt_keys = [anchor_keys(t) for t in tgt]
    shared = set().union(*src_keys) & set().union(*tgt_keys)
    index = {k: i for i, k in enumerate(sorted(shared))}

    def rows(side: list[set[str]]) -> sparse.csr_matrix:
        return key_rows([[index[k] for k in ks if k in index] for ks in side], len(index))

    return rows(src_keys), rows(tgt_keys)
