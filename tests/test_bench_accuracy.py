"""bench/accuracy.py --plain: a document read as plain text (the pipeline's own paragraphs and
sentences) is aligned and its links put back on the gold's lines, so the gold scores it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from align.evaluate import read_beads, score_documents

REPO = Path(__file__).resolve().parents[1]
ALICE = REPO.parent / "shared" / "bench" / "transread_en_fr"
DOC = "AlicesAdventuresInWonderland"

sys.path.insert(0, str(REPO / "bench"))
from accuracy import align_plain  # noqa: E402


@pytest.mark.skipif(not (ALICE / "gold" / DOC).is_file(), reason="shared/bench not present")
def test_plain_text_links_are_put_back_on_the_lines(embedder) -> None:
    """Alice's first 120 gold beads as plain text: its tokenized lines hold closing quotes after
    a spaced full stop and speech tags after a question, which the pipeline keeps with their
    sentences; every line lands in exactly one bead a side, in order, and most beads are the
    gold's."""
    gold = read_beads(ALICE / "gold" / DOC)[:120]
    n = 1 + max(i for s, _ in gold for i in s)
    m = 1 + max(j for _, t in gold for j in t)
    src = (ALICE / "en" / DOC).read_text(encoding="utf-8").splitlines()[:n]
    tgt = (ALICE / "fr" / DOC).read_text(encoding="utf-8").splitlines()[:m]
    links = align_plain(src, tgt, ("en", "fr"), embedder, None)
    for side, size in ((0, n), (1, m)):
        lines = [k for lk in links for k in (lk.src, lk.tgt)[side]]
        assert lines == sorted(set(lines)) and len(lines) >= size - 2
    scores = score_documents([([(lk.src, lk.tgt) for lk in links], gold)])
    assert scores.strict_f1 >= 0.8, scores
