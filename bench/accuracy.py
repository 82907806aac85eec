"""Accuracy benchmark: align every document of the shared gold sets and score it.

    python bench/accuracy.py                  # the four test sets, default model
    python bench/accuracy.py --dev            # textberg_de_fr/dev only (for tuning)
    python bench/accuracy.py --sets parice_en_is --out /tmp/pred
    python bench/accuracy.py --config margin_weight=0 --config null_penalty=0.15   # another AlignConfig
    python bench/accuracy.py --dry-run        # no model: diagonal aligner, checks the scoring path
    python bench/accuracy.py --scale          # time and peak memory of align_embeddings
    python bench/accuracy.py --extra 3        # each source followed by 3x its length of unrelated text
    python bench/accuracy.py --excerpt 10     # 10 target sentences from each document, against its whole source
    python bench/accuracy.py --plain          # documents read as plain text: the pipeline's own sentences

Scores are the standard strict/lax bead P/R/F1 of ``align.evaluate`` (see
``shared/bench/README.md``), micro-averaged over the documents of each set.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from common import PeakRSS, read_lines  # noqa: E402

from align.errors import AlignError  # noqa: E402
from align.evaluate import Bead, Scores, format_beads, read_beads, score_documents  # noqa: E402
from align.types import Link  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench"

Aligner = Callable[[list[str], list[str], tuple[str, str]], list[Link]]
"""Aligns a document's source and target lines (their languages given); links over the lines."""


@dataclass(frozen=True)
class BenchSet:
    """One gold set: ``<path>/<src>/<doc>``, ``<path>/<tgt>/<doc>`` and ``<path>/gold/<doc>``."""

    name: str
    src: str
    tgt: str

    def docs(self, data: Path) -> list[str]:
        gold = data / self.name / "gold"
        if not gold.is_dir():
            raise AlignError(f"gold directory {gold} not found (pass --data DIR)")
        names = sorted(p.name for p in gold.iterdir() if p.is_file() and not p.name.startswith("."))
        if not names:
            raise AlignError(f"gold directory {gold} is empty")
        return names

    def load(self, data: Path, doc: str) -> tuple[list[str], list[str], list[Bead]]:
        base = data / self.name
        return (
            read_lines(base / self.src / doc),
            read_lines(base / self.tgt / doc),
            read_beads(base / "gold" / doc),
        )


TEST_SETS = [
    BenchSet("textberg_de_fr/test", "de", "fr"),
    BenchSet("transread_en_fr", "en", "fr"),
    BenchSet("opusbooks_en_fr_crocoalign", "en", "fr"),
    BenchSet("parice_en_is", "en", "is"),
]
DEV_SET = BenchSet("textberg_de_fr/dev", "de", "fr")
ALL_SETS = {s.name: s for s in [*TEST_SETS, DEV_SET]}


@dataclass(frozen=True)
class SetResult:
    """The scores of one set and the wall time spent aligning it (embedding included)."""

    name: str
    scores: Scores
    seconds: float


def diagonal_links(n_src: int, n_tgt: int) -> list[Link]:
    """A trivial monotone aligner: source i takes the target slice proportional to its position."""
    if n_src == 0:
        return [Link((), (j,)) for j in range(n_tgt)]
    links = []
    start = 0
    for i in range(n_src):
        end = round((i + 1) * n_tgt / n_src)
        links.append(Link((i,), tuple(range(start, end))))
        start = end
    return links


def align_config(items: Sequence[str]) -> Any:
    """An ``AlignConfig`` with the ``KEY=VALUE`` fields of ``items`` changed (None: the default), to
    measure a setting other than the default without editing the code."""
    if not items:
        return None
    from dataclasses import fields, replace

    from align.aligner import AlignConfig

    default = AlignConfig()
    known = {f.name: type(getattr(default, f.name)) for f in fields(AlignConfig)}
    changes: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or key not in known or known[key] not in (bool, int, float):
            settable = ", ".join(k for k, t in known.items() if t in (bool, int, float))
            raise AlignError(f"bad --config {item!r}: use KEY=VALUE with KEY one of {settable}")
        kind = known[key]
        try:
            if kind is bool:
                if value.strip().lower() not in ("true", "false", "1", "0"):
                    raise ValueError(value)
                changes[key] = value.strip().lower() in ("true", "1")
            else:
                changes[key] = kind(value)
        except ValueError:
            raise AlignError(f"bad --config {item!r}: {value!r} is not a {kind.__name__}") from None
    return replace(default, **changes)


def model_aligner(
    model: str | None, cache: bool, config: Any = None, plain: bool = False, backend: str = "auto"
) -> Aligner:
    """The project's pre-split pipeline with one shared embedder, loaded before any timing;
    ``plain``: the pipeline on the lines read as plain text instead (``align_plain``)."""
    try:
        from align import embed, pipeline
    except ImportError as exc:
        raise AlignError(f"cannot load the aligner ({exc}); --dry-run needs no model") from exc

    embedder = embed.Embedder(model, cache=cache, progress=False, backend=backend)
    embedder.encode(["."])
    if plain:
        return lambda src, tgt, langs: align_plain(src, tgt, langs, embedder, config)
    return lambda src, tgt, langs: pipeline.align_presplit(src, tgt, embedder, config)


def align_plain(
    src: list[str], tgt: list[str], langs: tuple[str, str], embedder: Any, config: Any
) -> list[Link]:
    """Align a document's lines as a user's plain-text files are: the text (lines joined by line
    ends) is read, segmented into paragraphs and sentences and language-detected by the
    pipeline, aligned, and each link is put back onto the lines its sentences come from; links
    sharing a line are joined, so the result is comparable with the gold's beads over lines. A
    segment the pipeline leaves out (detected in another language) is in no link, and a document
    the pipeline refuses (no sentence detected in one of the languages) has no link at all: its
    error is printed and all its gold beads count as missed."""
    import tempfile

    from align import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / name for name in ("src.txt", "tgt.txt")]
        for path, lines in zip(paths, (src, tgt)):
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            streams = pipeline.load_streams(paths[0], paths[1], langs)
        except AlignError as exc:
            print(f"  refused, scored as no links: {str(exc).replace(tmp, '<tmp>')}", flush=True)
            return []
    links = pipeline.align_streams(
        [s.text for s in streams.src], [t.text for t in streams.tgt], embedder, config
    )
    where = (_paragraph_lines(src), _paragraph_lines(tgt))
    out: list[tuple[set[int], set[int]]] = []
    for link in links:
        sides = tuple(
            {line for k in ids for line in where[side][stream[k].para]}
            for side, (ids, stream) in enumerate(((link.src, streams.src), (link.tgt, streams.tgt)))
        )
        if out and (sides[0] & out[-1][0] or sides[1] & out[-1][1]):
            out[-1] = (out[-1][0] | sides[0], out[-1][1] | sides[1])
        else:
            out.append(sides)
    return [Link(tuple(sorted(a)), tuple(sorted(b))) for a, b in out]


def _paragraph_lines(lines: list[str]) -> list[list[int]]:
    """The lines each paragraph of ``segment.split_paragraphs`` holds (it joins hard-wrapped
    lines), found by walking the non-blank lines in order."""
    from align.segment import split_paragraphs

    filled = [(k, line.strip()) for k, line in enumerate(lines) if line.strip()]
    out, pos = [], 0
    for para in split_paragraphs("\n".join(lines)):
        held, text = [], ""
        while pos < len(filled) and len(text) < len(para.text):
            held.append(filled[pos][0])
            text = f"{text} {filled[pos][1]}".strip()
            pos += 1
        out.append(held)
    return out


EXCERPT_AT = (0.25, 0.5, 0.75)
"""Where ``--excerpt`` cuts its passages: each document gives one at each of these fractions."""


def excerpt(
    src: list[str], tgt: list[str], gold: list[Bead], size: int, at: float
) -> tuple[list[str], list[Bead]]:
    """About ``size`` target sentences taken whole from the gold beads that start at fraction ``at``
    of the document, and the gold for the whole source against them: their beads, renumbered,
    and a 1-0 bead for every other source sentence (a translator's passage against the book)."""
    start = next((k for k in range(int(at * len(gold)), len(gold)) if gold[k][1]), None)
    if start is None:
        return [], [((i,), ()) for i in range(len(src))]
    held: set[int] = set()
    stop = start
    while stop < len(gold) and len(held) < size:
        held.update(gold[stop][1])
        stop += 1
    first, last = min(held), max(held)
    beads = [b for b in gold if any(first <= j <= last for j in b[1])]
    beads += [b for b in gold[start:stop] if not b[1] and b not in beads]
    kept = [(b[0], tuple(j - first for j in b[1] if first <= j <= last)) for b in beads]
    used = {i for b in kept for i in b[0]}
    kept += [((i,), ()) for i in range(len(src)) if i not in used]
    return tgt[first : last + 1], sorted(kept, key=lambda b: (min(b[0] or (len(src),)), b[1]))


def run_set(
    bench: BenchSet, data: Path, aligner: Aligner, out: Path | None, extra: float = 0.0, excerpts: int = 0
) -> SetResult:
    """Align and score every document of one set. ``extra`` > 0 appends to each document's
    source that many times its length of the set's other documents' source sentences, which
    have no counterpart (gold: a 1-0 bead each): one side holding much more than the other, as
    remarks followed by a Q&A against a translation of the remarks alone. ``excerpts`` > 0
    aligns, instead of each document, passages of that many target sentences (``excerpt``, one
    at each of ``EXCERPT_AT``) against the document's whole source."""
    docs = bench.docs(data)
    loaded = [bench.load(data, doc) for doc in docs]
    jobs = []
    for k, (doc, (src, tgt, gold)) in enumerate(zip(docs, loaded, strict=True)):
        if extra > 0:
            others = [line for q, (s, _, _) in enumerate(loaded) if q != k for line in s]
            added = [others[i % len(others)] for i in range(int(extra * len(src)))] if others else []
            gold = [*gold, *(((len(src) + i,), ()) for i in range(len(added)))]
            src = [*src, *added]
        if excerpts > 0:
            for at in EXCERPT_AT:
                cut, cut_gold = excerpt(src, tgt, gold, excerpts, at)
                jobs.append((f"{doc}@{at}", src, cut, cut_gold))
        else:
            jobs.append((doc, src, tgt, gold))
    pairs = []
    seconds = 0.0
    for name, src, tgt, gold in jobs:
        start = time.perf_counter()
        links = aligner(src, tgt, (bench.src, bench.tgt))
        seconds += time.perf_counter() - start
        pred = [(link.src, link.tgt) for link in links]
        pairs.append((pred, gold))
        if out is not None:
            path = out / bench.name / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(format_beads(pred), encoding="utf-8")
    return SetResult(bench.name, score_documents(pairs), seconds)


def check_gold_scores_perfect(sets: Sequence[BenchSet], data: Path) -> None:
    """Gold scored against itself must give 1.0 everywhere, or the scoring path is broken."""
    for bench in sets:
        beads = [read_beads(data / bench.name / "gold" / doc) for doc in bench.docs(data)]
        s = score_documents((g, g) for g in beads)
        values = (s.strict_p, s.strict_r, s.strict_f1, s.lax_p, s.lax_r, s.lax_f1)
        if any(v != 1.0 for v in values):
            raise AlignError(f"gold vs gold on {bench.name} scores {values}, expected all 1.0")
    print(f"scoring check: gold vs gold = 1.000 strict and lax on {len(sets)} set(s)")


def print_header() -> None:
    """The table's header: set, documents, gold beads, strict P/R/F1, lax F1, seconds."""
    header = (
        f"{'set':<28} {'docs':>5} {'gold beads':>10} {'strict P':>9} {'strict R':>9} "
        f"{'strict F1':>9} {'lax F1':>7} {'seconds':>8}"
    )
    print(header)
    print("-" * len(header), flush=True)


def print_row(r: SetResult) -> None:
    """One set's row, printed as soon as the set is done."""
    s = r.scores
    print(
        f"{r.name:<28} {s.documents:>5} {s.gold_beads:>10} {s.strict_p:>9.3f} "
        f"{s.strict_r:>9.3f} {s.strict_f1:>9.3f} {s.lax_f1:>7.3f} {r.seconds:>8.1f}",
        flush=True,
    )


def print_table(
    sets: Sequence[BenchSet],
    data: Path,
    aligner: Aligner,
    out: Path | None,
    extra: float = 0.0,
    excerpts: int = 0,
) -> None:
    """Align and score every set, one row each as it finishes (``extra``, ``excerpts``: see
    ``run_set``)."""
    print_header()
    for bench_set in sets:
        print_row(run_set(bench_set, data, aligner, out, extra, excerpts))


@dataclass(frozen=True)
class SyntheticPair:
    """Unit embeddings and character lengths of both sides, with the true beads."""

    src: np.ndarray
    tgt: np.ndarray
    src_len: np.ndarray
    tgt_len: np.ndarray
    beads: list[Bead]
    anchors: tuple[Any, Any]


def synthetic_pair(n: int, dim: int, rng: np.random.Generator, noise: float = 0.8) -> SyntheticPair:
    """Random unit source vectors and a target that follows a known path.

    Beads are 1-1 (86 %), 1-0, 0-1 (3 % each), 2-1 and 1-2 (4 % each). A 2-1 target is the sum
    of its two sources, a 1-2 pair splits its source as ``s + r`` and ``s - r``, and every target
    gets Gaussian noise of norm about ``noise`` before normalisation (1-1 cosine about 0.78).
    Target lengths are the source lengths times 1.1, split or summed, with 15 % noise.
    Lexical anchors (drawn last, so the vectors do not depend on them): each source sentence
    holds Poisson(1.5) keys of a vocabulary of n / 2; a target sentence keeps each key of its
    bead's sources with probability 0.7 and adds Poisson(0.5) keys of its own.
    """
    src = rng.standard_normal((n, dim), dtype=np.float32)
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    src_len = rng.integers(20, 250, size=n).astype(np.float64)
    kinds = rng.choice(5, size=2 * n + 16, p=[0.86, 0.03, 0.03, 0.04, 0.04])
    rows: list[np.ndarray] = []
    lens: list[float] = []
    beads: list[Bead] = []
    i = j = 0
    for kind in kinds:
        if i >= n:
            break
        if kind == 3 and i + 1 >= n:
            kind = 0
        if kind == 0:
            rows.append(src[i])
            lens.append(src_len[i])
            beads.append(((i,), (j,)))
            i, j = i + 1, j + 1
        elif kind == 1:
            beads.append(((i,), ()))
            i += 1
        elif kind == 2:
            rows.append(rng.standard_normal(dim, dtype=np.float32) / np.sqrt(dim))
            lens.append(float(rng.integers(20, 250)))
            beads.append(((), (j,)))
            j += 1
        elif kind == 3:
            rows.append(src[i] + src[i + 1])
            lens.append(src_len[i] + src_len[i + 1])
            beads.append(((i, i + 1), (j,)))
            i, j = i + 2, j + 1
        else:
            r = rng.standard_normal(dim, dtype=np.float32) / np.sqrt(dim)
            rows.extend([src[i] + r, src[i] - r])
            cut = rng.uniform(0.3, 0.7)
            lens.extend([src_len[i] * cut, src_len[i] * (1 - cut)])
            beads.append(((i,), (j, j + 1)))
            i, j = i + 1, j + 2
    tgt = np.stack(rows)
    tgt += rng.standard_normal(tgt.shape, dtype=np.float32) * np.float32(noise / np.sqrt(dim))
    tgt /= np.linalg.norm(tgt, axis=1, keepdims=True)
    tgt_len = np.maximum(1.0, np.round(np.array(lens) * 1.1 * rng.normal(1.0, 0.15, len(lens))))
    return SyntheticPair(src, tgt, src_len, tgt_len, beads, _synthetic_anchors(n, len(tgt), beads, rng))


def _synthetic_anchors(n: int, m: int, beads: list[Bead], rng: np.random.Generator) -> tuple[Any, Any]:
    """Sparse 0/1 anchor rows of both sides that follow the beads (see ``synthetic_pair``)."""
    from align.anchors import key_rows

    vocab = max(n // 2, 10)
    src_keys = [set(rng.integers(0, vocab, size=rng.poisson(1.5)).tolist()) for _ in range(n)]
    tgt_keys: list[set[int]] = [set(rng.integers(0, vocab, size=rng.poisson(0.5)).tolist()) for _ in range(m)]
    for bead_src, bead_tgt in beads:
        for i in bead_src:
            for key in sorted(src_keys[i]):
                if bead_tgt and rng.random() < 0.7:
                    tgt_keys[bead_tgt[int(rng.integers(len(bead_tgt)))]].add(key)
    return key_rows(src_keys, vocab), key_rows(tgt_keys, vocab)


def _timed_align(
    align: Callable[..., list[Link]], pair: SyntheticPair, config: object
) -> tuple[list[Link], float, float]:
    """One untraced run: links, seconds, and resident-memory growth in MB."""
    gc.collect()
    with PeakRSS() as mem:
        start = time.perf_counter()
        links = align(pair.src, pair.tgt, pair.src_len, pair.tgt_len, config=config, anchors=pair.anchors)
        seconds = time.perf_counter() - start
    return links, seconds, (mem.peak - mem.start) / 2**20


def _traced_peak(align: Callable[..., list[Link]], pair: SyntheticPair, config: object) -> float:
    """A second run under tracemalloc: peak MB of Python and numpy allocations."""
    gc.collect()
    tracemalloc.start()
    try:
        align(pair.src, pair.tgt, pair.src_len, pair.tgt_len, config=config, anchors=pair.anchors)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def run_scale(sizes: Sequence[int], dim: int, seed: int, trace: bool = False) -> None:
    """Time ``align_embeddings`` and its peak memory on synthetic pairs of growing size.

    Embedding is excluded: the aligner gets precomputed vectors and builds many-sentence
    candidates itself from member vectors. Peak memory is the resident-set growth sampled every
    2 ms; with ``trace`` each size runs a second time under tracemalloc and the memory ratio uses
    that traced peak. A small pair runs first as warm-up.
    """
    try:
        from align.aligner import AlignConfig, align_embeddings
    except ImportError as exc:
        raise AlignError(f"cannot load align.aligner ({exc})") from exc

    rng = np.random.default_rng(seed)
    config = AlignConfig()
    _timed_align(align_embeddings, synthetic_pair(200, dim, rng), config)
    print(f"synthetic pairs, dim {dim}, seed {seed}; align_embeddings only (no embedding)")
    header = (
        f"{'src':>8} {'tgt':>8} {'seconds':>9} {'RSS MB':>8} {'traced MB':>9} {'strict F1':>9} "
        f"{'time x':>7} {'mem x':>7}"
    )
    print(header)
    print("-" * len(header))
    prev: tuple[int, float, float] | None = None
    for n in sizes:
        pair = synthetic_pair(n, dim, rng)
        links, seconds, rss_mb = _timed_align(align_embeddings, pair, config)
        f1 = score_documents([([(link.src, link.tgt) for link in links], pair.beads)]).strict_f1
        del links
        traced_mb = _traced_peak(align_embeddings, pair, config) if trace else None
        mem_mb = rss_mb if traced_mb is None else traced_mb
        growth = ""
        if prev is not None:
            growth = (
                f"{seconds / max(prev[1], 1e-9):>7.1f} {mem_mb / max(prev[2], 1e-9):>7.1f}"
                f"   (size x{n / prev[0]:g})"
            )
        traced = "-" if traced_mb is None else f"{traced_mb:.1f}"
        print(
            f"{len(pair.src):>8} {len(pair.tgt):>8} {seconds:>9.2f} {rss_mb:>8.1f} {traced:>9} "
            f"{f1:>9.3f} {growth}",
            flush=True,
        )
        prev = (n, seconds, mem_mb)
        del pair


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    add_set_options(parser)
    parser.add_argument("--out", type=Path, help="write predicted bead files to OUT/<set>/<doc>")
    parser.add_argument(
        "--extra",
        type=float,
        default=0.0,
        help="append K times each source's length of the set's other sources (no counterpart)",
    )
    parser.add_argument(
        "--excerpt",
        type=int,
        default=0,
        metavar="N",
        help="align passages of N target sentences (3 a document) against each whole source",
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="read each document as plain text (the pipeline's own sentences), links put back on its lines",
    )
    parser.add_argument("--model", help="embedding model name or path (default: the project's)")
    parser.add_argument("--no-cache", action="store_true", help="do not use the embedding cache")
    parser.add_argument(
        "--backend", default="auto", help="embed backend: auto (int8 ONNX), bf16, onnx, onnx-fp32, torch"
    )
    parser.add_argument(
        "--config",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="align with this AlignConfig field changed (repeatable), e.g. margin_weight=0",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="no model: align with a proportional diagonal and check gold vs gold scores 1.0",
    )
    parser.add_argument(
        "--scale", action="store_true", help="time align_embeddings on synthetic pairs instead"
    )
    parser.add_argument("--scale-sizes", default="1000,10000,100000", help="comma list of sizes")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="--scale: also measure a traced peak (2nd run)"
    )
    parser.add_argument("--dim", type=int, default=384, help="synthetic embedding dimension")
    parser.add_argument("--seed", type=int, default=0, help="synthetic data seed")
    return parser.parse_args(argv)


def add_set_options(parser: argparse.ArgumentParser) -> None:
    """The options ``select_sets`` reads (--sets, --dev) and the data directory (--data)."""
    parser.add_argument(
        "--sets", help=f"comma list of sets (default: the four test sets); known: {', '.join(ALL_SETS)}"
    )
    parser.add_argument("--dev", action="store_true", help="use textberg_de_fr/dev only (tuning)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared/bench directory")


def select_sets(args: argparse.Namespace) -> list[BenchSet]:
    """The sets named by --dev / --sets, default the four test sets."""
    if args.dev:
        return [DEV_SET]
    if not args.sets:
        return list(TEST_SETS)
    names = [n.strip().rstrip("/") for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in ALL_SETS]
    if unknown:
        raise AlignError(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(ALL_SETS)}")
    return [ALL_SETS[n] for n in names]


def exit_status(run: Callable[[], None]) -> int:
    """Run a benchmark: 0 when it finishes, 2 with one `error:` line on an AlignError."""
    try:
        run()
    except AlignError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def run_benchmark(args: argparse.Namespace) -> None:
    """The scale run, or the table of the chosen sets."""
    if args.scale:
        sizes = [int(s) for s in args.scale_sizes.split(",") if s.strip()]
        run_scale(sizes, args.dim, args.seed, trace=args.tracemalloc)
        return
    sets = select_sets(args)
    if args.dry_run:
        check_gold_scores_perfect(sets, args.data)

        def aligner(src: list[str], tgt: list[str], langs: tuple[str, str]) -> list[Link]:
            return diagonal_links(len(src), len(tgt))

        print("aligner: proportional diagonal (--dry-run)")
    else:
        config = align_config(args.config)
        start = time.perf_counter()
        aligner = model_aligner(
            args.model, cache=not args.no_cache, config=config, plain=args.plain, backend=args.backend
        )
        print(
            f"aligner: {'plain text (align_plain)' if args.plain else 'align_presplit'}, "
            f"model {args.model or 'default'}, embed backend {args.backend} "
            f"(loaded in {time.perf_counter() - start:.1f} s)"
            + (f", config {' '.join(args.config)}" if args.config else "")
        )
    print_table(sets, args.data, aligner, args.out, args.extra, args.excerpt)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; returns the process exit status."""
    args = parse_args(argv)
    return exit_status(lambda: run_benchmark(args))


if __name__ == "__main__":
    sys.exit(main())
