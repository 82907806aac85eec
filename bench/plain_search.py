"""Calibration: a plain two-step search, of the kind Bertalign describes, on the project's vectors.

    python bench/plain_search.py                  # the four test sets, span vectors = member means
    python bench/plain_search.py --dev            # Text+Berg dev
    python bench/plain_search.py --encode-spans   # encode every concatenation of up to 4 sentences

It answers one question: how much of the accuracy table is the search and how much the model?
The search is written here from the published description, not taken from Bertalign's code:

1. anchors: each source sentence's ``--top-k`` most similar target sentences (cosine of the
   centred sentence vectors) are candidate 1-1 cells; the monotone chain of candidates with the
   largest summed similarity is the first path (skipping a sentence costs nothing);
2. a DP within ``--win`` sentences of that path over beads of up to ``--max-align`` sentences
   (1-0, 0-1, 1-1, 1-2 … 4-1, 2-3 …), a bead scoring cos(source span, target span) times
   log2(1 + shorter / longer length in characters) and a null sentence ``--skip``.

No margin, gate, member check, lexical anchor or gap pass: it is a yardstick, not the product's
aligner (``align.aligner``), and it keeps no unrelated texts apart. Scores as bench/accuracy.py.
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

from accuracy import add_set_options, exit_status, print_table, select_sets  # noqa: E402

from align.embed import Embedder  # noqa: E402
from align.types import Link  # noqa: E402


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


class Spans:
    """Centred unit vectors and character lengths of every span of 1 to ``most`` sentences."""

    def __init__(self, lines: list[str], embedder: Embedder, most: int, encode: bool) -> None:
        self.n = len(lines)
        one = embedder.encode(lines).astype(np.float64)
        center = one.mean(axis=0)
        self.vec: dict[tuple[int, int], np.ndarray] = {}
        self.length: dict[tuple[int, int], float] = {}
        wanted = [(i, i + k) for k in range(1, most + 1) for i in range(self.n - k + 1)]
        texts = [" ".join(lines[i:j]) for i, j in wanted]
        if encode:
            vecs = _unit(embedder.encode(texts).astype(np.float64) - center)
        else:
            cum = np.vstack([np.zeros(one.shape[1]), np.cumsum(_unit(one - center), axis=0)])
            vecs = _unit(np.array([cum[j] - cum[i] for i, j in wanted]))
        for (i, j), text, vec in zip(wanted, texts, vecs):
            self.vec[(i, j)] = vec
            self.length[(i, j)] = float(len(text))
        self.ones = np.array([self.vec[(i, i + 1)] for i in range(self.n)])


def anchor_path(sim: np.ndarray, top_k: int) -> list[tuple[int, int]]:
    """The monotone chain of top-k cells with the largest summed similarity (a Fenwick tree of
    prefix maxima over target positions, one source row at a time)."""
    n, m = sim.shape
    top = np.argsort(-sim, axis=1, kind="stable")[:, :top_k]
    tree: list[tuple[float, tuple[int, int] | None]] = [(0.0, None)] * (m + 1)
    back: dict[tuple[int, int], tuple[int, int] | None] = {}

    def best_before(j: int) -> tuple[float, tuple[int, int] | None]:
        best: tuple[float, tuple[int, int] | None] = (0.0, None)
        while j > 0:
            if tree[j][0] > best[0]:
                best = tree[j]
            j -= j & -j
        return best

    for i in range(n):
        row = []
        for j in map(int, top[i]):
            if sim[i, j] > 0:
                total, prev = best_before(j)
                row.append((j, total + float(sim[i, j]), prev))
        for j, total, prev in row:
            back[(i, j)] = prev
            k = j + 1
            while k <= m:
                if total > tree[k][0]:
                    tree[k] = (total, (i, j))
                k += k & -k
    node = best_before(m)[1]
    path = []
    while node is not None:
        path.append(node)
        node = back[node]
    return path[::-1]


def band(path: list[tuple[int, int]], n: int, m: int, win: int) -> tuple[np.ndarray, np.ndarray]:
    """Per source end i, the target ends [lo, hi] within ``win`` of the anchors around it."""
    lo, hi = np.full(n + 1, m), np.zeros(n + 1, dtype=np.int64)
    corners = [(-1, -1), *path, (n, m)]
    for (i0, j0), (i1, j1) in zip(corners, corners[1:]):
        rows = slice(i0 + 1, min(i1, n) + 1)
        lo[rows] = np.minimum(lo[rows], max(j0 + 1 - win, 0))
        hi[rows] = np.maximum(hi[rows], min(j1 + win, m))
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[n] = 0, m
    return lo, hi


def plain_search(src: Spans, tgt: Spans, args: argparse.Namespace) -> list[Link]:
    """Anchors, then the banded DP over beads of up to ``args.max_align`` sentences."""
    n, m = src.n, tgt.n
    if n == 0 or m == 0:
        return [Link((i,), ()) for i in range(n)] + [Link((), (j,)) for j in range(m)]
    most = args.max_align - 1
    shapes = [(1, 0), (0, 1)] + [
        (a, b) for a in range(1, most + 1) for b in range(1, most + 1) if a + b <= args.max_align
    ]
    lo, hi = band(anchor_path(src.ones @ tgt.ones.T, args.top_k), n, m, args.win)
    score: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        for j in range(int(lo[i]), int(hi[i]) + 1):
            best, step = -np.inf, None
            for a, b in shapes:
                prev = score.get((i - a, j - b))
                if prev is None:
                    continue
                if a == 0 or b == 0:
                    gain = args.skip
                else:
                    s, t = (i - a, i), (j - b, j)
                    ratio = min(src.length[s], tgt.length[t]) / max(src.length[s], tgt.length[t], 1.0)
                    gain = float(src.vec[s] @ tgt.vec[t]) * float(np.log2(1.0 + ratio))
                if prev + gain > best:
                    best, step = prev + gain, (a, b)
            if step is not None:
                score[(i, j)], back[(i, j)] = best, step
    links, i, j = [], n, m
    while i or j:
        a, b = back[(i, j)]
        links.append(Link(tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return links[::-1]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    add_set_options(parser)
    parser.add_argument("--encode-spans", action="store_true", help="encode every concatenation")
    parser.add_argument("--max-align", type=int, default=5, help="most sentences in a bead")
    parser.add_argument("--top-k", type=int, default=3, help="anchor candidates per sentence")
    parser.add_argument("--win", type=int, default=5, help="DP window around the anchors")
    parser.add_argument("--skip", type=float, default=-0.15, help="score of a null sentence")
    args = parser.parse_args(argv)
    if args.max_align < 2 or args.top_k < 1 or args.win < 0:
        parser.error("--max-align must be >= 2, --top-k >= 1 and --win >= 0")
    return args


def run_yardstick(args: argparse.Namespace) -> None:
    """Align and score the chosen sets with the plain search."""
    sets = select_sets(args)
    embedder = Embedder(progress=False)
    most = args.max_align - 1

    def aligner(src_lines: list[str], tgt_lines: list[str], langs: tuple[str, str]) -> list[Link]:
        src = Spans(src_lines, embedder, most, args.encode_spans)
        tgt = Spans(tgt_lines, embedder, most, args.encode_spans)
        return plain_search(src, tgt, args)

    spans = "encoded" if args.encode_spans else "member means"
    print(
        f"plain search: top-k {args.top_k}, window {args.win}, beads up to {args.max_align}, "
        f"null {args.skip}, span vectors: {spans}"
    )
    print_table(sets, args.data, aligner, None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the yardstick; returns the process exit status."""
    args = parse_args(argv)
    return exit_status(lambda: run_yardstick(args))


if __name__ == "__main__":
    sys.exit(main())
