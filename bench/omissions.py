"""Omission benchmark: delete whole sentences from gold-aligned books, realign, and measure how
often the reviewer is told what is missing.

    python bench/omissions.py                   # TransRead EN-FR, 3 rounds of 5 %
    python bench/omissions.py --textberg        # also Text+Berg DE-FR test
    python bench/omissions.py --other-books     # the 6 TransRead books left out (for tuning)
    python bench/omissions.py --examples 5      # the planted sentences the flags missed
    python bench/omissions.py --config many_penalty=0.02   # another AlignConfig

In each round a seeded ``--share`` of each document's gold 1-1 links (at least 3 beads apart,
none used in an earlier round) lose one side, in turn: ``dropped`` deletes the target sentence,
so its source sentence is an omission the translator made; ``added`` deletes the source
sentence, so its target sentence is material the translation added. Unlike the drift
benchmark's unrelated sentences, both are about what their neighbours are about, as a
translator's real omissions and additions are, and are where an aligner folds them into a
neighbour's link. The document is realigned with the real pipeline (``align_presplit`` +
``score_aligned``).

Printed per kind: count; the share whose link carries the expected flag (``omission`` /
``addition``); of those, the share that names the sentence (a null link of it, or a
many-sentence link whose details give its index); the share at drift >= 0.5; the share whose
two neighbouring gold beads are still aligned as the gold has them. Then the false alarms: the
untouched gold 1-1 links (no planted sentence within 3 beads) whose link carries an
``omission`` or ``addition`` flag, and the recall of the same flags on the books' own gold null
links.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from accuracy import align_config  # noqa: E402
from drift import Document, book_options, load_documents  # noqa: E402

from align.aligner import AlignConfig  # noqa: E402
from align.embed import Embedder  # noqa: E402
from align.pipeline import align_presplit, score_aligned  # noqa: E402
from align.types import FLAG_THRESHOLD, Link, ScoredLink, Sentence  # noqa: E402

KINDS = ("dropped", "added")
EXPECTED = {"dropped": "omission", "added": "addition"}
SPACING = 3
"""Planted sentences are at least this many gold beads apart, and an untouched link counts as a
false-alarm candidate only this far from every planted one."""


@dataclass(frozen=True)
class Plant:
    """One deleted sentence: ``bead`` of the gold, the side left alone (``src`` for ``dropped``)
    and that sentence's index in the shortened document."""

    kind: str
    bead: int
    index: int
    text: str


@dataclass(frozen=True)
class Outcome:
    """What the realigned document shows of one planted sentence."""

    plant: Plant
    doc: str
    flagged: bool
    named: bool
    drift: float
    neighbours_right: bool
    link: ScoredLink


def plant_document(
    doc: Document, rng: random.Random, share: float, used: set[int]
) -> tuple[list[str], list[str], list[Plant], dict[int, tuple[tuple[int, ...], tuple[int, ...]]]]:
    """Delete one side of ``share`` of the document's gold 1-1 beads (not in ``used``, not at
    its ends, ``SPACING`` apart), cycling through ``KINDS``. Return the new source and target
    lines, the plants, and every gold bead in the new indices (a planted bead keeps one side)."""
    candidates = [
        b
        for b, (s, t) in enumerate(doc.beads)
        if len(s) == 1 and len(t) == 1 and 0 < b < len(doc.beads) - 1 and b not in used
    ]
    rng.shuffle(candidates)
    wanted = round(share * len(doc.one_to_one()))
    chosen: dict[int, str] = {}
    for b in candidates:
        if len(chosen) == wanted:
            break
        if any(abs(b - c) < SPACING for c in (*chosen, *used)):
            continue
        chosen[b] = KINDS[len(chosen) % len(KINDS)]
    used.update(chosen)
    gone_src = {doc.beads[b][0][0] for b, k in chosen.items() if k == "added"}
    gone_tgt = {doc.beads[b][1][0] for b, k in chosen.items() if k == "dropped"}
    src_map = _renumber(len(doc.src), gone_src)
    tgt_map = _renumber(len(doc.tgt), gone_tgt)
    beads = {
        b: (tuple(src_map[i] for i in s if i in src_map), tuple(tgt_map[j] for j in t if j in tgt_map))
        for b, (s, t) in enumerate(doc.beads)
    }
    plants = []
    for b, kind in sorted(chosen.items()):
        s, t = doc.beads[b]
        index, text = (src_map[s[0]], doc.src[s[0]]) if kind == "dropped" else (tgt_map[t[0]], doc.tgt[t[0]])
        plants.append(Plant(kind, b, index, text))
    src = [line for i, line in enumerate(doc.src) if i not in gone_src]
    tgt = [line for j, line in enumerate(doc.tgt) if j not in gone_tgt]
    return src, tgt, plants, beads


def _renumber(n: int, gone: set[int]) -> dict[int, int]:
    kept = [i for i in range(n) if i not in gone]
    return {old: new for new, old in enumerate(kept)}


_NAMED = re.compile(r"(?:source|target) sentence (\d+) unrelated")


def observe(
    doc: Document,
    src_lines: list[str],
    tgt_lines: list[str],
    plants: list[Plant],
    beads: dict[int, tuple[tuple[int, ...], tuple[int, ...]]],
    embedder: Embedder,
    config: AlignConfig | None = None,
) -> tuple[list[Outcome], list[ScoredLink], list[ScoredLink]]:
    """Realign (with ``config``) and score the shortened document. Return the outcome of each
    plant, the links of the untouched gold 1-1 beads far from every plant, and the links of the
    gold null beads."""
    links: list[Link] = align_presplit(src_lines, tgt_lines, embedder, config)
    src = [Sentence(k, t, doc.src_lang) for k, t in enumerate(src_lines)]
    tgt = [Sentence(k, t, doc.tgt_lang) for k, t in enumerate(tgt_lines)]
    scored = score_aligned(links, src, tgt, embedder)
    by_src = {i: s for s in scored for i in s.link.src}
    by_tgt = {j: s for s in scored for j in s.link.tgt}
    found = {(s.link.src, s.link.tgt) for s in scored}
    outcomes = []
    for p in plants:
        link = (by_src if p.kind == "dropped" else by_tgt)[p.index]
        flagged = EXPECTED[p.kind] in link.flags
        null = not link.link.tgt if p.kind == "dropped" else not link.link.src
        named = flagged and (null or any(int(m) == p.index for m in _NAMED.findall(link.details)))
        right = all(beads[b] in found for b in (p.bead - 1, p.bead + 1))
        outcomes.append(Outcome(p, doc.name, flagged, named, link.drift, right, link))
    near = {b + d for p in plants for b in (p.bead,) for d in range(-SPACING, SPACING + 1)}
    untouched = [
        by_tgt[beads[b][1][0]]
        for b, (s, t) in enumerate(doc.beads)
        if len(s) == 1 and len(t) == 1 and b not in near
    ]
    nulls = [
        (by_src[beads[b][0][0]] if s else by_tgt[beads[b][1][0]])
        for b, (s, t) in enumerate(doc.beads)
        if bool(s) != bool(t)
    ]
    return outcomes, untouched, nulls


def _rate(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "  -  "


def report(
    outcomes: list[Outcome], untouched: list[ScoredLink], nulls: list[ScoredLink], examples: int
) -> None:
    """Print the table; with ``examples``, the planted sentences whose flag did not fire."""
    print(f"{'kind':<8} {'n':>4} {'flagged':>8} {'named':>6} {'drift>=0.5':>10} {'neighbours right':>16}")
    for kind in KINDS:
        got = [o for o in outcomes if o.plant.kind == kind]
        n = len(got)
        print(
            f"{kind:<8} {n:>4} {_rate(sum(o.flagged for o in got), n):>8} "
            f"{_rate(sum(o.named for o in got), n):>6} "
            f"{_rate(sum(o.drift >= FLAG_THRESHOLD for o in got), n):>10} "
            f"{_rate(sum(o.neighbours_right for o in got), n):>16}"
        )
    n = len(untouched)
    false = sum(1 for s in untouched if {"omission", "addition"} & set(s.flags))
    print(
        f"\nuntouched 1-1 links far from a plant: {n}; flagged omission/addition: {false} "
        f"({_rate(false, n)}); drift >= 0.5: {_rate(sum(s.drift >= FLAG_THRESHOLD for s in untouched), n)}"
    )
    caught = sum(1 for s in nulls if {"omission", "addition"} & set(s.flags))
    print(
        f"the books' own gold null links: {len(nulls)}; flagged omission/addition: {_rate(caught, len(nulls))}"
    )
    if examples:
        print()
        for o in [o for o in outcomes if not o.flagged][:examples]:
            s = o.link
            print(
                f"[{o.plant.kind}] {o.doc} bead {o.plant.bead}: link {s.link.type} drift {s.drift:.3f} "
                f"{','.join(s.flags) or '-'}"
            )
            print(f"    planted: {o.plant.text[:160]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    book_options(parser, 0.05, "planted", "print N planted sentences the flags missed")
    parser.add_argument(
        "--config", action="append", default=[], metavar="KEY=VALUE", help="an AlignConfig field (repeatable)"
    )
    args = parser.parse_args(argv)
    config = align_config(args.config)

    started = time.perf_counter()
    embedder = Embedder(args.model, progress=False)
    docs = load_documents(args.data, args.textberg, args.other_books)
    outcomes: list[Outcome] = []
    untouched: list[ScoredLink] = []
    nulls: list[ScoredLink] = []
    for doc in docs:
        used: set[int] = set()
        for rnd in range(args.rounds):
            rng = random.Random(f"{args.seed}:{doc.name}:{rnd}")
            src, tgt, plants, beads = plant_document(doc, rng, args.share, used)
            got, clean, null = observe(doc, src, tgt, plants, beads, embedder, config)
            outcomes += got
            untouched += clean
            if rnd == 0:
                nulls += null
    print(
        f"{len(docs)} documents, {args.rounds} round(s) of {args.share:.0%}, seed {args.seed}; "
        f"{embedder.encoded} texts embedded, {time.perf_counter() - started:.0f} s"
        + (f", config {' '.join(args.config)}" if args.config else "")
        + "\n"
    )
    report(outcomes, untouched, nulls, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
