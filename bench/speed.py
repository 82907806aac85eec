"""Speed benchmark: time, throughput and peak memory of every pipeline stage.

    python bench/speed.py                 # Text+Berg DE-FR test (7 docs) + a 5,000-a-side synthetic pair
    python bench/speed.py --quick         # smoke run: 2 Text+Berg docs, 400 sentences a side
    python bench/speed.py --backend torch # the sentence-transformers fp32 path instead of auto's

Two workloads, each aligned with ``align.pipeline.align_presplit``:

* ``textberg_de_fr/test``: the 7 gold documents (about 2,000 sentences), strict/lax F1 against gold.
* a synthetic long pair: runs of consecutive gold beads of TransRead EN-FR (every bead type, so a
  true alignment exists), shuffled and repeated until each side has ``--synthetic`` sentences.

Stages: embed sentences (the pipeline's first ``encode`` call), encode spans (its later calls,
one a round: the concatenations ``spans_to_encode`` picks), align (the rest of
``align_presplit``: every DP pass), contrast probes (the texts ``pipeline.score_aligned`` embeds
for the contrast tests of negations and of words turned into their opposites), score (the rest of ``score_aligned``), export (``align.export.links_frame`` + ``write_tsv``).
Each stage reports seconds, texts, texts per second, peak RSS of the process during the stage and
its growth over the stage's start (sampled every 5 ms; for align, over each DP pass). The embedding cache is a fresh temporary
directory (or off with ``--no-cache``), and the model is loaded before any timing. Last, every
distinct sentence is encoded exactly once with the fastest path (the quickest of the comparison
below, no cache) and the end-to-end time is given as a multiple of that floor (for Text+Berg, the
comparison has already measured it).

First (unless ``--no-compare``), the embed paths are measured side by side on the distinct
Text+Berg sentences: sentence-transformers fp32, ONNX int8 and torch bf16 (fast only on a CPU
with AMX), seconds and sentences per second, cosine of the fast paths' vectors to the fp32 ones,
and within-document P@1 on gold 1-1 links.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from common import PeakRSS, read_lines  # noqa: E402

from align.embed import Embedder  # noqa: E402
from align.errors import AlignError  # noqa: E402
from align.evaluate import Bead, read_beads, score_documents  # noqa: E402
from align.types import Link, ScoredLink, Sentence  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench"
STAGES = ("embed sentences", "encode spans", "align", "contrast probes", "score", "export")


@dataclass
class Stage:
    """Totals of one stage over the documents of a workload."""

    seconds: float = 0.0
    texts: int = 0
    units: int = 0
    peak_mb: float = 0.0
    growth_mb: float = 0.0

    def add(self, seconds: float, texts: int, units: int, mem: PeakRSS | None = None) -> None:
        self.seconds += seconds
        self.texts += texts
        self.units += units
        if mem is not None:
            self.memory(mem)

    def memory(self, mem: PeakRSS) -> None:
        """Fold in the peak and growth of one measured block."""
        self.peak_mb = max(self.peak_mb, mem.peak / 2**20)
        self.growth_mb = max(self.growth_mb, (mem.peak - mem.start) / 2**20)


@dataclass
class Workload:
    """Documents to align: (name, source lines, target lines, gold beads), and their languages
    (the drift checks depend on them)."""

    name: str
    docs: list[tuple[str, list[str], list[str], list[Bead]]]
    langs: tuple[str, str]
    stages: dict[str, Stage] = field(default_factory=lambda: {s: Stage() for s in STAGES})

    @property
    def sentences(self) -> int:
        return sum(len(src) + len(tgt) for _, src, tgt, _ in self.docs)


class TimedEmbedder(Embedder):
    """An Embedder that books each ``encode`` call of a document to a stage: sentences, then spans."""

    def begin(self, stages: dict[str, Stage]) -> None:
        """Start a document: its next encode call is the sentences, the later ones the spans
        (or ``self.stage`` when set)."""
        self._stages = stages
        self._calls = 0
        self.encode_seconds = 0.0
        self.stage: str | None = None

    def encode(self, texts: Sequence[str]) -> Any:
        name = self.stage or STAGES[min(self._calls, 1)]
        self._calls += 1
        before = self.encoded
        with PeakRSS() as mem:
            start = time.perf_counter()
            out = super().encode(texts)
            seconds = time.perf_counter() - start
        self.encode_seconds += seconds
        self._stages[name].add(seconds, len(texts), self.encoded - before, mem)
        return out


class WatchedAligner:
    """Wraps the pipeline's ``first_pass`` or ``search`` to book the memory of each DP pass to the
    align stage."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.stage: Stage | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with PeakRSS() as mem:
            out = self.fn(*args, **kwargs)
        if self.stage is not None:
            self.stage.memory(mem)
        return out


def textberg(data: Path, max_docs: int | None) -> Workload:
    """The Text+Berg DE-FR test documents with their gold beads."""
    base = data / "textberg_de_fr" / "test"
    if not (base / "gold").is_dir():
        raise AlignError(f"{base / 'gold'} not found (pass --data DIR)")
    names = sorted(p.name for p in (base / "gold").iterdir() if p.is_file())[:max_docs]
    docs = [
        (
            name,
            read_lines(base / "de" / name),
            read_lines(base / "fr" / name),
            read_beads(base / "gold" / name),
        )
        for name in names
    ]
    return Workload(f"textberg_de_fr/test ({len(docs)} docs)", docs, ("de", "fr"))


def synthetic(data: Path, per_side: int, seed: int, run: int = 12) -> Workload:
    """A long EN-FR pair with a known alignment, from runs of ``run`` consecutive TransRead gold beads.

    The runs are shuffled (and the pool reused if it runs out) until the next bead would take the
    source side past ``per_side`` sentences; the gold is the chosen beads, re-indexed.
    """
    base = data / "transread_en_fr"
    if not (base / "gold").is_dir():
        raise AlignError(f"{base / 'gold'} not found (pass --data DIR)")
    runs: list[list[tuple[list[str], list[str]]]] = []
    for gold in sorted(p for p in (base / "gold").iterdir() if p.is_file()):
        en, fr = read_lines(base / "en" / gold.name), read_lines(base / "fr" / gold.name)
        beads = [([en[i] for i in s], [fr[j] for j in t]) for s, t in read_beads(gold)]
        runs += [beads[k : k + run] for k in range(0, len(beads), run)]
    rng = random.Random(seed)
    src: list[str] = []
    tgt: list[str] = []
    gold_beads: list[Bead] = []
    pool: list[list[tuple[list[str], list[str]]]] = []
    full = False
    while not full:
        if not pool:
            pool = runs[:]
            rng.shuffle(pool)
        for s_text, t_text in pool.pop():
            if len(src) + len(s_text) > per_side:
                full = True
                break
            gold_beads.append(
                (
                    tuple(range(len(src), len(src) + len(s_text))),
                    tuple(range(len(tgt), len(tgt) + len(t_text))),
                )
            )
            src += s_text
            tgt += t_text
    return Workload(
        f"synthetic EN-FR ({len(src):,} / {len(tgt):,} sentences)",
        [("synthetic", src, tgt, gold_beads)],
        ("en", "fr"),
    )


def timed(stage: Stage, units: int, fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args)`` as one step of ``stage``, booking its seconds and memory."""
    gc.collect()
    with PeakRSS() as mem:
        start = time.perf_counter()
        out = fn(*args)
        seconds = time.perf_counter() - start
    stage.add(seconds, units, units, mem)
    return out


def _export(scored: list[ScoredLink], src: list[Sentence], tgt: list[Sentence], path: Path) -> None:
    from align.export import links_frame, write_tsv

    write_tsv(links_frame(scored, src, tgt), path)


def run_workload(work: Workload, embedder: TimedEmbedder, out_dir: Path) -> float:
    """Align, score and export every document; returns the strict F1 against gold (all docs)."""
    from align import pipeline

    watched = {name: WatchedAligner(getattr(pipeline, name)) for name in ("first_pass", "search")}
    for name, wrapper in watched.items():
        wrapper.stage = work.stages["align"]
        setattr(pipeline, name, wrapper)
    pairs = []
    try:
        for name, src, tgt, gold in work.docs:
            n = len(src) + len(tgt)
            embedder.begin(work.stages)
            gc.collect()
            start = time.perf_counter()
            links: list[Link] = pipeline.align_presplit(src, tgt, embedder)
            work.stages["align"].add(time.perf_counter() - start - embedder.encode_seconds, n, n)
            pairs.append(([(lk.src, lk.tgt) for lk in links], gold))
            src_s = [Sentence(i, t, work.langs[0]) for i, t in enumerate(src)]
            tgt_s = [Sentence(j, t, work.langs[1]) for j, t in enumerate(tgt)]
            embedder.stage, embedder.encode_seconds = "contrast probes", 0.0
            gc.collect()
            with PeakRSS() as mem:
                start = time.perf_counter()
                scored = pipeline.score_aligned(links, src_s, tgt_s, embedder)
                seconds = time.perf_counter() - start - embedder.encode_seconds
            work.stages["score"].add(seconds, n, n, mem)
            timed(work.stages["export"], n, _export, scored, src_s, tgt_s, out_dir / f"{name}.tsv")
    finally:
        for name, wrapper in watched.items():
            setattr(pipeline, name, wrapper.fn)
    return score_documents(pairs).strict_f1


def encode_once(work: Workload, backend: str, batch_size: int) -> tuple[float, int]:
    """Seconds to encode every distinct sentence of the workload once, with no cache."""
    texts = sorted({t.strip() for _, src, tgt, _ in work.docs for t in src + tgt})
    embedder = Embedder(cache=False, progress=False, batch_size=batch_size, backend=backend)
    embedder.encode(["warm-up sentence."])
    gc.collect()
    start = time.perf_counter()
    embedder.encode(texts)
    return time.perf_counter() - start, len(texts)


def print_report(
    work: Workload, f1: float, floor: tuple[float, int] | None, backend: str, floor_backend: str
) -> None:
    """The per-stage table of one workload, then end-to-end and its ratio to the encode-once floor
    (timed apart, so it carries that run's noise) and to the workload's own embed stage."""
    print(f"\n{work.name}: {work.sentences:,} sentences, embed backend {backend}")
    header = f"{'stage':<18}{'seconds':>9}{'texts':>9}{'encoded':>9}{'texts/s':>10}{'peak RSS MB':>13}{'growth MB':>11}"
    print(header)
    print("-" * len(header))
    total = 0.0
    for name, st in work.stages.items():
        total += st.seconds
        rate = st.texts / st.seconds if st.seconds > 0 else float("inf")
        print(
            f"{name:<18}{st.seconds:>9.2f}{st.texts:>9,}{st.units:>9,}{rate:>10.1f}"
            f"{st.peak_mb:>13.0f}{st.growth_mb:>11.0f}"
        )
    peak = max(st.peak_mb for st in work.stages.values())
    print(
        f"{'end-to-end':<18}{total:>9.2f}{work.sentences:>9,}{'':>9}{work.sentences / total:>10.1f}{peak:>13.0f}"
    )
    if floor is not None:
        seconds, n = floor
        print(
            f"{'encode once':<18}{seconds:>9.2f}{n:>9,}{n:>9,}{n / seconds:>10.1f}"
            f"   (every distinct sentence once, {floor_backend}, no cache)"
        )
        print(f"end-to-end / encode once: {total / seconds:.2f}x")
    embed = work.stages["embed sentences"].seconds
    if embed > 0:
        print(
            f"end-to-end / its embed stage: {total / embed:.2f}x"
            "   (same run: the work beyond embedding each sentence once)"
        )
    print(f"strict F1 against gold: {f1:.3f}")


def _p_at_1(src: np.ndarray, tgt: np.ndarray, links: list[tuple[int, int]]) -> tuple[int, int]:
    """Gold 1-1 links whose source finds its target as nearest neighbour (and the reverse)."""
    sims = src @ tgt.T
    fwd = sum(int(sims[i].argmax() == j) for i, j in links)
    bwd = sum(int(sims[:, j].argmax() == i) for i, j in links)
    return fwd, bwd


FAST_PATHS = {"onnx": "ONNX int8", "bf16": "torch bf16"}


def compare_embed(work: Workload, batch_size: int, default: str) -> dict[str, tuple[float, int]]:
    """sentence-transformers fp32 against the fast paths (ONNX int8 and bf16) on the workload's
    distinct sentences, side by side in this run: speed, cosine to fp32, within-document P@1 on
    gold 1-1. Returns, per backend, what ``encode_once`` measures: seconds and the number of texts."""
    from align.onnx_embed import onnxruntime_available

    texts = sorted({t.strip() for _, src, tgt, _ in work.docs for t in src + tgt})
    index = {t: k for k, t in enumerate(texts)}
    backends = ["torch", *(b for b in FAST_PATHS if b != "onnx" or onnxruntime_available())]
    rows = {}
    for backend in backends:
        embedder = Embedder(cache=False, progress=False, batch_size=batch_size, backend=backend)
        embedder.encode(["warm-up sentence.", "Une deuxième phrase."])
        gc.collect()
        start = time.perf_counter()
        vecs = embedder.encode(texts)
        seconds = time.perf_counter() - start
        fwd = bwd = links = 0
        for _, src, tgt, gold in work.docs:
            one = [(s[0], t[0]) for s, t in gold if len(s) == 1 and len(t) == 1]
            sv = vecs[[index[x.strip()] for x in src]]
            tv = vecs[[index[x.strip()] for x in tgt]]
            f, b = _p_at_1(sv, tv, one)
            fwd, bwd, links = fwd + f, bwd + b, links + len(one)
        rows[backend] = (vecs, seconds, fwd / links, bwd / links)
    print(f"\nembed paths on {work.name}: {len(texts):,} distinct sentences, {links:,} gold 1-1 links")
    header = (
        f"{'path':<32}{'seconds':>9}{'sent/s':>9}{'speed-up':>10}{'P@1 src->tgt':>14}{'P@1 tgt->src':>14}"
    )
    print(header)
    print("-" * len(header))
    for backend in backends:
        _, seconds, fwd, bwd = rows[backend]
        label = FAST_PATHS.get(backend, "sentence-transformers fp32")
        label += " (default)" if backend == default else ""
        print(
            f"{label:<32}{seconds:>9.2f}{len(texts) / seconds:>9.1f}"
            f"{rows['torch'][1] / seconds:>9.2f}x{fwd:>14.3f}{bwd:>14.3f}"
        )
    for backend in backends[1:]:
        cos = (rows["torch"][0] * rows[backend][0]).sum(axis=1)
        print(
            f"cosine {FAST_PATHS[backend]} vs fp32: mean {cos.mean():.5f}, min {cos.min():.5f}, "
            f"1st percentile {np.percentile(cos, 1):.5f}"
        )
    return {backend: (row[1], len(texts)) for backend, row in rows.items()}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2 Text+Berg docs, 400 sentences a side"
    )
    parser.add_argument("--synthetic", type=int, default=5000, help="sentences a side of the synthetic pair")
    parser.add_argument("--backend", default="auto", help="embed backend: auto, torch, bf16, onnx, onnx-fp32")
    parser.add_argument(
        "--floor-backend",
        default="fastest",
        help="backend of the encode-once floor (fastest: the quickest path of the embed comparison, "
        "else the run's own backend)",
    )
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--no-cache", action="store_true", help="no embedding cache at all (else a fresh one)"
    )
    parser.add_argument("--no-floor", action="store_true", help="skip the encode-once measurement")
    parser.add_argument("--no-compare", action="store_true", help="skip the embed paths' comparison")
    parser.add_argument("--only", choices=("textberg", "synthetic"), help="run one workload only")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared/bench directory")
    parser.add_argument("--seed", type=int, default=0, help="synthetic pair seed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run both workloads and print their tables; returns the exit status."""
    args = parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="align-speed-"))
    try:
        works = [
            textberg(args.data, 2 if args.quick else None),
            synthetic(args.data, 400 if args.quick else args.synthetic, args.seed),
        ]
        if args.only:
            works = [w for w in works if w.name.startswith(args.only)]
        start = time.perf_counter()
        embedder = TimedEmbedder(
            cache=not args.no_cache,
            progress=False,
            batch_size=args.batch_size,
            cache_root=tmp / "cache",
            backend=args.backend,
        )
        embedder.begin({s: Stage() for s in STAGES})
        embedder.encode(["warm-up sentence."])
        print(
            f"backend {embedder.backend}, batch {args.batch_size} (torch only), {os.cpu_count()} CPUs, "
            f"{'no' if args.no_cache else 'fresh temporary'} embedding cache; model loaded in "
            f"{time.perf_counter() - start:.1f} s"
        )
        measured: dict[str, tuple[float, int]] = {}
        if not args.no_compare and works[0].name.startswith("textberg"):
            measured = compare_embed(works[0], args.batch_size, embedder.backend)
        floor_backend = args.floor_backend
        if floor_backend == "fastest":
            floor_backend = min(measured, key=lambda b: measured[b][0]) if measured else embedder.backend
        for work in works:
            f1 = run_workload(work, embedder, tmp)
            floor = None
            if not args.no_floor:
                reuse = work is works[0] and floor_backend in measured
                floor = (
                    measured[floor_backend] if reuse else encode_once(work, floor_backend, args.batch_size)
                )
            print_report(work, f1, floor, embedder.backend, floor_backend)
            sys.stdout.flush()
    except AlignError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
