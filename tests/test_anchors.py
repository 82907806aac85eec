"""Lexical anchors: keys of real sentences and the span key sets the aligner compares."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import SHARED

from align.aligner import _Lex
from align.anchors import anchor_keys, anchor_rows, learn_lexicon, sentence_keys
from align.evaluate import read_beads

TEXTBERG = SHARED / "bench" / "textberg_de_fr" / "test"


def rows_of(src, tgt, lexicon=None):
    """``anchor_rows`` of two lists of sentences."""
    return anchor_rows(sentence_keys(src), sentence_keys(tgt), lexicon)


def test_numbers_and_word_prefixes_are_keys():
    keys = anchor_keys(
        "Der Mont Blanc (4'808 m) wurde 1786 erstmals bestiegen, die Expedition dauerte 2 Tage."
    )
    assert {"#4808", "#1786", "#2", "blanc", "exped", "erstm"} <= keys
    assert "mont" in keys and "der" not in keys  # words under four letters are no anchors
    assert anchor_keys("L'expédition de 1786 gravit le mont Blanc (4 808 m).") >= {"#1786", "exped", "blanc"}


def test_chinese_numerals_are_number_keys():
    """A held-out round's Chinese trade briefing: ``出口十八点一万亿元 … 进口十三点七万亿元`` was
    interpreted as two English sentences (``Exports were 18.1 trillion yuan, up 6.7 percent.``,
    ``Imports were 13.7 …``), and the aligner paired it with the second alone, leaving the first
    without a counterpart: the figures, written in characters, were no anchors. They are keys as
    their digits before the scale; a lone numeral (``一起``) is none."""
    zh = anchor_keys("其中，出口十八点一万亿元，增长百分之六点七；进口十三点七万亿元，增长百分之三点五。")
    assert {"#181", "#67", "#137", "#35"} <= zh
    assert {"#181", "#67"} <= anchor_keys("Exports were 18.1 trillion yuan, up 6.7 percent.")
    assert not {k for k in anchor_keys("我们一起努力。") if k.startswith("#")}


def test_only_keys_found_on_both_sides_make_columns():
    src = [
        "Forget about Rakel.",
        "She's used to breaking the hearts of good men.",
        "Thanks for saving my ass.",
    ]
    tgt = [
        "Ekkert pæla í Rakel.",
        "Hún er vön að slíta hjartað úr góðum drengjum.",
        "Takk samt fyrir að redda mér.",
    ]
    s, t = rows_of(src, tgt)
    assert s.shape == (3, 1) and t.shape == (3, 1)  # "rakel" is the one key both sides have
    assert s.toarray().ravel().tolist() == [1, 0, 0] and t.toarray().ravel().tolist() == [1, 0, 0]
    none_s, none_t = rows_of(["Thanks a lot."], ["Merci beaucoup."])  # nothing shared: empty rows
    assert none_s.shape == none_t.shape == (1, 1) and none_s.nnz == none_t.nnz == 0


def test_span_rows_join_their_sentences_and_dice_counts_shared_keys():
    src = ["In 1953 Hillary reached the summit.", "Tenzing was with him.", "Nothing else."]
    tgt = ["En 1953, Hillary atteint le sommet avec Tenzing.", "Rien d'autre."]
    s, t = rows_of(src, tgt)
    lex_s, lex_t = _Lex(s, 4), _Lex(t, 4)
    for size in range(1, 5):  # span tables hold one row per end; ends shorter than the span are 0
        dense = np.vstack([np.zeros((1, s.shape[1])), s.toarray()])
        want = [dense[e - size + 1 : e + 1].max(axis=0) if e >= size else 0 * dense[0] for e in range(4)]
        assert np.array_equal(lex_s.tabs[size].toarray(), np.array(want))
    one = lex_s.dice(lex_t, [(1, 1)], (1, 2), (1, 2))[1, 1][0, 0]  # sentence 0 vs target 0
    two = lex_s.dice(lex_t, [(2, 1)], (2, 3), (1, 2))[2, 1][0, 0]  # sentences 0-1 vs target 0
    assert 0 < one < two == 1.0, (one, two)
    assert lex_s.dice(lex_t, [(1, 1)], (3, 4), (2, 3))[1, 1][0, 0] == 0.0  # no anchors: no evidence
    # every bead shape at once (one stacked product) gives each shape's own Dice table
    beads = [(1, 1), (1, 2), (2, 1), (3, 1), (2, 2)]
    together = lex_s.dice(lex_t, beads, (0, 4), (0, 3))
    for a, b in beads:
        shared = lex_s.tabs[a].toarray() @ lex_t.tabs[b].toarray().T
        total = lex_s.counts[a][:, None] + lex_t.counts[b][None, :]
        want = np.where(total > 0, 2.0 * shared / np.maximum(total, 1.0), 0.0)
        assert np.array_equal(together[a, b], want), (a, b)
        assert np.array_equal(lex_s.dice(lex_t, [(a, b)], (0, 4), (0, 3))[a, b], want)


def test_span_tables_of_sides_shorter_than_the_longest_span():
    """A side of 0 to 3 sentences (one sentence against a whole document) still gets one row
    per end for every span size, zero where the span does not fit."""
    for n in range(4):
        src = ["Berne 1848", "Berne 1849", "Berne 1850"][:n]  # one key each, shared: the numbers
        s, _ = rows_of(src, ["Bern 1848, 1849, 1850"])
        lex = _Lex(s, 4)
        for size in range(1, 5):
            rows = lex.tabs[size].toarray()
            assert rows.shape == (n + 1, s.shape[1])
            assert rows.sum(axis=1).tolist() == [size if e >= size else 0 for e in range(n + 1)]


def test_a_key_repeated_inside_a_span_counts_once():
    """Two sentences naming Genève against one: the span holds the key once, so its Dice with
    the single sentence is 1, not more."""
    s, t = rows_of(["Genève est loin.", "Genève est belle."], ["Geneva is far and beautiful."])
    lex_s, lex_t = _Lex(s, 2), _Lex(t, 2)
    assert lex_s.dice(lex_t, [(2, 1)], (2, 3), (1, 2))[2, 1][0, 0] == 1.0


def test_a_learned_word_pair_is_a_key_of_both_sentences():
    src, tgt = ["Der Gipfel war nah."], ["Le sommet était proche."]
    s, t = rows_of(src, tgt)
    assert s.nnz == t.nnz == 0  # no shared number or word form
    s, t = rows_of(src, tgt, {"gipfe": {"somme"}})
    assert s.shape == t.shape == (1, 1) and s.toarray().tolist() == t.toarray().tolist() == [[1.0]]


@pytest.mark.skipif(not TEXTBERG.is_dir(), reason="shared/bench not present")
def test_lexicon_learned_from_the_pairs_of_a_real_document():
    """The 1-1 gold pairs of a Text+Berg climbing report (German-French) teach word pairs a
    reader would give; numbers and identical forms are left to the plain anchors."""
    src = (TEXTBERG / "de" / "001").read_text(encoding="utf-8").splitlines()
    tgt = (TEXTBERG / "fr" / "001").read_text(encoding="utf-8").splitlines()
    pairs = [(a[0], b[0]) for a, b in read_beads(TEXTBERG / "gold" / "001") if len(a) == len(b) == 1]
    keys = sentence_keys(src), sentence_keys(tgt)
    lexicon = learn_lexicon(*keys, pairs)
    for word, translation in [("aber", "mais"), ("fels", "roche"), ("seils", "corde"), ("platt", "dalle")]:
        assert translation in lexicon.get(word, ()), (word, lexicon.get(word))
    assert all(not x.startswith("#") and x not in ys for x, ys in lexicon.items())
    assert learn_lexicon(*keys, pairs, min_count=len(pairs) + 1) == {}
    assert learn_lexicon(*keys, pairs[:2]) == {}  # two pairs cannot show a word pair three times
