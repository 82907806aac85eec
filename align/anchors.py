"""Lexical anchors: the numbers and word forms a source and a target sentence share.

A small embedding model scores some true pairs weakly (a line of names and figures, a language
it knows less well), and the aligner then merges them into a neighbour's bead or leaves them
unpaired. Numbers, names and cognates written alike in both languages are evidence the model
under-weighs. ``sentence_keys`` turns each sentence into the set of its anchor keys (the digits
of each number; the folded first ``PREFIX`` letters of each word of at least ``MIN_LETTERS``
letters); ``anchor_rows`` keeps the keys found on both sides of the document (a German noun
without a French look-alike is no anchor) and returns one sparse 0/1 row per sentence; the
aligner takes the union of the rows over a span and adds ``AlignConfig.lex_weight`` times the
Dice overlap of the two sides' key sets to a bead's score.

A document also teaches its own dictionary (after hunalign's realign pass): ``learn_lexicon``
takes the word keys that keep occurring together in the pairs a first alignment found (the
German key ``fels`` and the French ``roche``), and ``anchor_rows`` given that lexicon adds one
key per learned word pair to the sentences holding either word, so translated words count like
shared ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse

from align.checks import fold
from align.checks.numbers import kanji_numerals

_NUMBER = re.compile(r"\d+(?:[.,'’\u00a0\u202f]\d+)*")
_NOT_DIGIT = re.compile(r"\D")
MIN_LETTERS = 4
_WORD = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")
PREFIX = 5
"""Letters of a folded word kept as its key: ``expedition`` / ``Expedition`` / ``expédition``
and ``Genf`` / ``Genève`` differ or agree as their first five letters do."""


def anchor_keys(text: str) -> set[str]:
    """The anchor keys of one sentence: ``#`` and the digits of each number (``4'478`` and
    ``4478`` agree; Chinese numerals of two characters or more too, ``十八点一`` as ``#181``), and
    the folded first ``PREFIX`` letters of each word of at least ``MIN_LETTERS`` letters."""
    keys = {"#" + _NOT_DIGIT.sub("", m) for m in [*_NUMBER.findall(text), *kanji_numerals(text)]}
    keys.update(fold(w)[:PREFIX] for w in _WORD.findall(text))
    return keys


def key_rows(columns: Sequence[Iterable[int]], width: int) -> sparse.csr_matrix:
    """One 0/1 row per sentence with ones at its key columns (each sentence's columns distinct)."""
    cols = [sorted(c) for c in columns]
    indptr = np.concatenate([[0], np.cumsum([len(c) for c in cols])]).astype(np.int64)
    indices = np.array([k for c in cols for k in c], dtype=np.int64)
    return sparse.csr_matrix((np.ones(indices.shape[0]), indices, indptr), shape=(len(cols), max(width, 1)))


def sentence_keys(texts: Iterable[str]) -> list[set[str]]:
    """``anchor_keys`` of each text, computed once for ``learn_lexicon`` and ``anchor_rows``."""
    return [anchor_keys(t) for t in texts]


def learn_lexicon(
    src_keys: Sequence[set[str]],
    tgt_keys: Sequence[set[str]],
    pairs: Iterable[tuple[int, int]],
    min_count: int = 3,
    min_dice: float = 0.5,
) -> dict[str, frozenset[str]]:
    """Word keys that translate each other in this document, learned from its 1-1 ``pairs``
    (source index, target index) over the sentences' keys (``sentence_keys``): a source word key
    ``x`` maps to a different target word key ``y`` when the two occur together in at least
    ``min_count`` of the pairs and their Dice coefficient over the pairs, 2 f(x, y) / (f(x) +
    f(y)), is at least ``min_dice``. Numbers and identical keys are left out (they are anchors
    already)."""
    pairs = list(pairs)
    words = [
        [{k for k in side[i] if not k.startswith("#")} for i in rows]
        for side, rows in ((src_keys, [i for i, _ in pairs]), (tgt_keys, [j for _, j in pairs]))
    ]
    tables = []
    for sets in words:
        vocab = sorted(set().union(*sets))
        index = {k: c for c, k in enumerate(vocab)}
        table = key_rows([[index[k] for k in ks] for ks in sets], len(vocab))
        count = np.asarray(table.sum(axis=0)).ravel()[: len(vocab)]  # key_rows keeps >= 1 column
        keep = np.nonzero(count >= min_count)[0]  # a pair is never seen more often than either word
        tables.append((table[:, keep].tocsc(), count[keep], [vocab[c] for c in keep]))
    (src_table, src_count, src_vocab), (tgt_table, tgt_count, tgt_vocab) = tables
    joint = (src_table.T @ tgt_table).tocoo()
    dice = 2.0 * joint.data / (src_count[joint.row] + tgt_count[joint.col])
    chosen = np.nonzero((joint.data >= min_count) & (dice >= min_dice))[0]
    found: dict[str, set[str]] = {}
    for x, y in zip(joint.row[chosen].tolist(), joint.col[chosen].tolist()):
        if src_vocab[x] != tgt_vocab[y]:
            found.setdefault(src_vocab[x], set()).add(tgt_vocab[y])
    return {x: frozenset(ys) for x, ys in found.items()}


def anchor_rows(
    src_keys: Sequence[set[str]],
    tgt_keys: Sequence[set[str]],
    lexicon: Mapping[str, Iterable[str]] | None = None,
) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """One 0/1 row per sentence of each side (its keys: ``sentence_keys``) over the anchor keys
    that occur on both sides (columns in sorted key order, so the same texts always give the same
    matrices).

    ``lexicon`` (``learn_lexicon``): each learned pair ``x`` -> ``y`` is one more key, held by
    the source sentences with ``x`` and the target sentences with ``y``."""
    if lexicon:
        back: dict[str, set[str]] = {}
        for x, ys in lexicon.items():
            for y in ys:
                back.setdefault(y, set()).add(x)
        src_keys = [keys | {f"{x}>{y}" for x in keys for y in lexicon.get(x, ())} for keys in src_keys]
        tgt_keys = [keys | {f"{x}>{y}" for y in keys for x in back.get(y, ())} for keys in tgt_keys]
    shared = set().union(*src_keys) & set().union(*tgt_keys)
    index = {k: i for i, k in enumerate(sorted(shared))}

    def rows(side: list[set[str]]) -> sparse.csr_matrix:
        return key_rows([[index[k] for k in ks if k in index] for ks in side], len(index))

    return rows(src_keys), rows(tgt_keys)
