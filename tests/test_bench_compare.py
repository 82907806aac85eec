"""bench/compare.py: its block bootstrap rests on strict hits never crossing a block, so a set's
counts are the sums of its blocks' counts; checked on real predictions against real gold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from align.evaluate import read_beads, score_documents

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench"
GOLD = BENCH / "textberg_de_fr" / "test" / "gold"
BERTALIGN = BENCH / "textberg_de_fr" / "reference_outputs" / "bertalign_3c432d0"

sys.path.insert(0, str(REPO / "bench"))
import compare  # noqa: E402
from accuracy import ALL_SETS, diagonal_links  # noqa: E402


def _diagonal(gold: list) -> list:
    """A poor monotone prediction whose wrong beads straddle gold beads (and so blocks)."""
    n = 1 + max(i for src, _ in gold for i in src)
    m = 1 + max(j for _, tgt in gold for j in tgt)
    return [(lk.src, lk.tgt) for lk in diagonal_links(n, m)]


@pytest.mark.parametrize("kind", ["bertalign", "diagonal"])
@pytest.mark.parametrize("size", [1, 7, 20, 100_000])
def test_block_counts_sum_to_the_whole_score(kind: str, size: int) -> None:
    if not GOLD.is_dir() or not BERTALIGN.is_dir():
        pytest.skip(f"shared benchmark data not found under {BENCH}")
    whole, blocks = [], []
    for doc in sorted(p.name for p in GOLD.iterdir()):
        gold = read_beads(GOLD / doc)
        pred = read_beads(BERTALIGN / doc) if kind == "bertalign" else _diagonal(gold)
        whole.append((pred, gold))
        blocks += compare.cut_blocks(gold, [pred], size)[0]
    scores = score_documents(whole)
    counts = compare._counts(blocks).sum(axis=0)
    expected = (scores.strict_p_hits, scores.test_beads, scores.strict_r_hits, scores.gold_links)
    assert tuple(int(c) for c in counts) == expected
    assert compare._f1(counts) == pytest.approx(scores.strict_f1)
    if kind == "bertalign":
        assert round(scores.strict_f1, 3) == 0.939
    else:
        assert 0.05 < scores.strict_f1 < 0.9


def test_identical_runs_differ_by_nothing(tmp_path: Path) -> None:
    if not GOLD.is_dir() or not BERTALIGN.is_dir():
        pytest.skip(f"shared benchmark data not found under {BENCH}")
    run = tmp_path / "textberg_de_fr" / "test"
    run.mkdir(parents=True)
    for path in BERTALIGN.iterdir():
        (run / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    bench = ALL_SETS["textberg_de_fr/test"]
    f1_a, f1_b, low, high, _ = compare.compare_set(bench, BENCH, (tmp_path, tmp_path), 20, 200, 0)
    assert f1_a == f1_b == pytest.approx(0.939, abs=5e-4)
    assert low == high == 0.0
