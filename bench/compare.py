"""Is one aligner setting better than another on a gold set, or within its noise?

    python bench/accuracy.py --dev --out /tmp/a
    python bench/accuracy.py --dev --out /tmp/b --config margin_weight=0.5
    python bench/compare.py /tmp/a /tmp/b --dev

Reads the bead files two runs of ``bench/accuracy.py --out`` wrote and prints, per set, the
strict F1 of each and a paired block bootstrap of their difference (B - A): every document
is cut into blocks of ``--block`` consecutive gold beads, each predicted bead goes to the block
of the gold bead it equals, else of the gold bead holding its first sentence (so a strict hit
stays in its block), and the blocks of the set are drawn with replacement and scored as
documents (``align.evaluate``).
Text+Berg dev is one document, so a document bootstrap cannot be run on it; blocks keep the
local dependence of alignment errors (one wrong bead drags its neighbours) inside a draw.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accuracy import BenchSet, add_set_options, exit_status, select_sets  # noqa: E402

from align.errors import AlignError  # noqa: E402
from align.evaluate import Bead, read_beads, score_documents  # noqa: E402

Blocks = list[tuple[list[Bead], list[Bead]]]


def _owner(gold: list[Bead], side: int) -> dict[int, int]:
    """The index of the gold bead holding each sentence of one side."""
    return {sent: k for k, bead in enumerate(gold) for sent in bead[side]}


def cut_blocks(gold: list[Bead], preds: Sequence[list[Bead]], size: int) -> list[Blocks]:
    """For each prediction, the (predicted, gold) beads of every block of ``size`` consecutive
    gold beads. A predicted bead equal to a gold bead goes to that bead's block (a gold file
    may hold a sentence twice: Text+Berg test 002 has source 218 in two beads); any other to
    the block of the gold bead holding its first sentence, or the last block."""
    owners = _owner(gold, 0), _owner(gold, 1)
    exact = {bead: k for k, bead in enumerate(gold)}
    count = max(1, -(-len(gold) // size))

    def block(bead: Bead) -> int:
        if bead in exact:
            return exact[bead] // size
        for side in (0, 1):
            for sent in bead[side]:
                if sent in owners[side]:
                    return owners[side][sent] // size
        return count - 1

    gold_blocks: list[list[Bead]] = [[] for _ in range(count)]
    for k, bead in enumerate(gold):
        gold_blocks[k // size].append(bead)
    out = []
    for pred in preds:
        pred_blocks: list[list[Bead]] = [[] for _ in range(count)]
        for bead in pred:
            pred_blocks[block(bead)].append(bead)
        out.append(list(zip(pred_blocks, gold_blocks)))
    return out


def _counts(blocks: Blocks) -> np.ndarray:
    """Per block: strict precision hits, test beads, strict recall hits, gold links. Strict
    hits never cross blocks, so a draw's counts are the sums of its blocks'."""
    rows = []
    for pair in blocks:
        s = score_documents([pair])
        rows.append((s.strict_p_hits, s.test_beads, s.strict_r_hits, s.gold_links))
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


def _f1(counts: np.ndarray) -> np.ndarray:
    """Strict F1 from summed counts (last axis: the four of ``_counts``)."""
    p = counts[..., 0] / np.maximum(counts[..., 1], 1)
    r = counts[..., 2] / np.maximum(counts[..., 3], 1)
    return np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)


def compare_set(
    bench: BenchSet, data: Path, dirs: tuple[Path, Path], size: int, rounds: int, seed: int
) -> tuple[float, float, float, float, float]:
    """Strict F1 of A and B, and the 2.5 and 97.5 percentiles and the share of draws <= 0 of
    the bootstrapped difference B - A."""
    a_blocks: Blocks = []
    b_blocks: Blocks = []
    for doc in bench.docs(data):
        preds = []
        for d in dirs:
            path = d / bench.name / doc
            if not path.is_file():
                raise AlignError(f"{path} not found: run bench/accuracy.py --out {d} on {bench.name}")
            preds.append(read_beads(path))
        a, b = cut_blocks(read_beads(data / bench.name / "gold" / doc), preds, size)
        a_blocks += a
        b_blocks += b
    a_counts, b_counts = _counts(a_blocks), _counts(b_blocks)
    draws = np.random.default_rng(seed).integers(0, len(a_blocks), (rounds, len(a_blocks)))
    weights = np.stack([np.bincount(d, minlength=len(a_blocks)) for d in draws]).astype(np.float64)
    diffs = _f1(weights @ b_counts) - _f1(weights @ a_counts)
    low, high = np.percentile(diffs, [2.5, 97.5])
    f1_a, f1_b = float(_f1(a_counts.sum(axis=0))), float(_f1(b_counts.sum(axis=0)))
    return f1_a, f1_b, float(low), float(high), float((diffs <= 0).mean())


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("a", type=Path, help="predictions A (bench/accuracy.py --out A)")
    parser.add_argument("b", type=Path, help="predictions B")
    add_set_options(parser)
    parser.add_argument("--block", type=int, default=20, help="gold beads per block (default 20)")
    parser.add_argument("--rounds", type=int, default=2000, help="bootstrap draws (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> None:
    """Print one row per set."""
    if args.block < 1 or args.rounds < 1:
        raise AlignError("--block and --rounds must be at least 1")
    sets = select_sets(args)
    print(f"{'set':<28}{'F1 A':>8}{'F1 B':>8}{'B - A':>8}{'95% interval':>20}{'P(B<=A)':>9}")
    for bench in sets:
        f1_a, f1_b, low, high, share = compare_set(
            bench, args.data, (args.a, args.b), args.block, args.rounds, args.seed
        )
        interval = f"[{low:+.3f}, {high:+.3f}]"
        print(f"{bench.name:<28}{f1_a:>8.3f}{f1_b:>8.3f}{f1_b - f1_a:>+8.3f}{interval:>20}{share:>9.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison; returns the process exit status."""
    args = parse_args(argv)
    return exit_status(lambda: run(args))


if __name__ == "__main__":
    sys.exit(main())
