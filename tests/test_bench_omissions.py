"""bench/omissions.py: the planted omissions and additions delete the sentence they say, on a real
gold-aligned book, and the gold of the shortened document follows the deletion."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from drift import load_documents  # noqa: E402
from omissions import KINDS, SPACING, plant_document  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
pytestmark = pytest.mark.skipif(not BENCH.is_dir(), reason="shared/bench not present")


def test_each_plant_deletes_one_side_of_a_gold_pair_and_the_gold_follows() -> None:
    doc = next(d for d in load_documents(BENCH, textberg=False) if d.name == "transread/Emma")
    used: set[int] = set()
    src, tgt, plants, beads = plant_document(doc, random.Random("13:Emma:0"), 0.05, used)
    assert len(plants) == round(0.05 * len(doc.one_to_one())) == 5
    assert sorted(p.kind for p in plants) == sorted([KINDS[0], KINDS[1]] * 2 + [KINDS[0]])
    dropped = [p for p in plants if p.kind == "dropped"]
    added = [p for p in plants if p.kind == "added"]
    assert len(src) == len(doc.src) - len(added) and len(tgt) == len(doc.tgt) - len(dropped)
    for p in plants:
        s, t = doc.beads[p.bead]
        if p.kind == "dropped":
            assert src[p.index] == doc.src[s[0]] == p.text and doc.tgt[t[0]] not in tgt
            assert beads[p.bead] == ((p.index,), ())
        else:
            assert tgt[p.index] == doc.tgt[t[0]] == p.text and doc.src[s[0]] not in src
            assert beads[p.bead] == ((), (p.index,))
    # every other bead keeps its sentences, renumbered in order: the gold still covers both sides
    assert [i for b in sorted(beads) for i in beads[b][0]] == list(range(len(src)))
    assert [j for b in sorted(beads) for j in beads[b][1]] == list(range(len(tgt)))
    at = sorted(p.bead for p in plants)
    assert all(b - a >= SPACING for a, b in zip(at, at[1:])) and 0 < at[0] and at[-1] < len(doc.beads) - 1
    # a later round plants elsewhere
    _, _, later, _ = plant_document(doc, random.Random("13:Emma:1"), 0.05, used)
    assert all(abs(p.bead - q.bead) >= SPACING for p in later for q in plants)
