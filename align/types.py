"""Small typed records passed between pipeline stages."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_QUOTES = "“”‘’\"' "


def joiner(left: str, right: str) -> str:
    """What goes between two pieces of text read one after the other (wrapped lines, cues, the
    sentences of a link): nothing between Chinese or Japanese characters, which put no space
    between words or sentences (``…億円で、`` + ``前年同期比…``), a space anywhere else."""
    a, b = left.rstrip(_QUOTES)[-1:], right.lstrip(_QUOTES)[:1]
    return "" if a and b and _UNSPACED.match(a) and _UNSPACED.match(b) else " "


_CUT_WORD = re.compile(r"[^\W\d_]-$")


def cut_word(text: str, line: str) -> bool:
    """Whether ``text`` ends in a word a hyphen cut at a line's end, ``line`` going on in lower
    case (``negoti-`` / ``ations``; a compound's ``counter-`` / ``proposals`` too: only the
    language's dictionary tells them apart, ``segment._mended``)."""
    return bool(_CUT_WORD.search(text)) and line[:1].islower()


def join_text(pieces: Sequence[str]) -> str:
    """``pieces`` read one after the other, each joined to the one before by ``joiner``."""
    out = ""
    for piece in pieces:
        out = out + joiner(out, piece) + piece if out else piece
    return out


@dataclass(frozen=True)
class Segment:
    """One sentence of an input file, before language detection.

    ``para`` numbers the paragraph (blank-line separated block) in the file, ``speaker`` is the
    label of the speaker turn the sentence belongs to (``Question``, ``Sergey Lavrov``) or None;
    ``start`` and ``end`` (seconds) say when a subtitle file shows it, None for plain text.
    """

    idx: int
    para: int
    speaker: str | None
    text: str
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of one language stream: ``idx`` is its 0-based position in that stream;
    ``start`` and ``end`` as in ``Segment``; ``codes`` the inline codes of a translation
    memory's or XLIFF file's text (``read.inline_codes``), which the text leaves out."""

    idx: int
    text: str
    lang: str
    para: int = 0
    speaker: str | None = None
    confidence: float = 1.0
    start: float | None = None
    end: float | None = None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """One alignment bead: source and target sentence indices (either side may be empty).

    ``similarity`` is the cosine similarity of the two sides' embeddings (None for a null link);
    ``margin`` is that similarity minus the mean similarity of each side to its nearest
    competitors, which makes scores comparable across documents (None for a null link).
    ``src_weakest``/``tgt_weakest``: for a side of two or more sentences, the lowest similarity
    of one of them to the whole other side, after removing the mean direction of each side's
    sentences in pairs (about 0 for an unrelated sentence); None for a one-sentence side. A
    sentence with no counterpart that the aligner folded into a neighbour's link shows up here.
    ``src_weakest_at``/``tgt_weakest_at``: that sentence's index, so a review can name it.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    similarity: float | None = None
    margin: float | None = None
    src_weakest: float | None = None
    tgt_weakest: float | None = None
    src_weakest_at: int | None = None
    tgt_weakest_at: int | None = None

    @property
    def type(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


def clip(text: str | None, limit: int) -> str:
    """``text`` on one line (runs of whitespace made one space), cut to ``limit`` characters
    with an ellipsis where longer."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def paired_shares(links: Sequence[Link]) -> tuple[float, float]:
    """The share of the source and of the target sentences that ``links`` (a whole alignment,
    null links included) put in pairs; 0.0 for a side without sentences."""
    n, m = sum(len(lk.src) for lk in links), sum(len(lk.tgt) for lk in links)
    paired = [lk for lk in links if lk.src and lk.tgt]
    return (
        sum(len(lk.src) for lk in paired) / n if n else 0.0,
        sum(len(lk.tgt) for lk in paired) / m if m else 0.0,
    )


ISOLATED_GAP = 5
ISOLATED_PAIRS = 2
"""A pair is found alone (``isolated_runs``) when its run of at most ``ISOLATED_PAIRS`` pairs
has ``ISOLATED_GAP`` or more sentences in null links before and after it. No predicted pair of
the four gold test sets is (12,165 pairs; 0 at a gap of 5, 10 or 20)."""


def isolated_runs(
    links: Sequence[Link], gap: int = ISOLATED_GAP, most: int = ISOLATED_PAIRS
) -> dict[int, tuple[int, int]]:
    """The pairs found alone: runs of at most ``most`` pairs (links with both sides;
    consecutive pairs run on while fewer than ``gap`` sentences in null links lie between
    them) with ``gap`` or more such sentences before and after the run. The document's start or
    end stands for such a gap: the last pairs, after ``gap`` or more such sentences, are alone
    however few follow them. Returns each such pair's index with the sentences in null links
    before and after its run. A translation's pairs come in runs; chance pairs between a
    passage and material without counterpart (remarks and a Q&A against the remarks alone) sit
    alone."""
    paired = [k for k, lk in enumerate(links) if lk.src and lk.tgt]
    null = [0, *accumulate(0 if lk.src and lk.tgt else len(lk.src) + len(lk.tgt) for lk in links)]
    bounds = [-1, *paired, len(links)]
    gaps = [null[b] - null[a + 1] for a, b in zip(bounds, bounds[1:])]
    out: dict[int, tuple[int, int]] = {}
    start = 0
    for end in range(len(paired)):
        if gaps[end + 1] < gap and end + 1 < len(paired):
            continue
        run = paired[start : end + 1]
        before, after = gaps[start], gaps[end + 1]
        edge_before, edge_after = start == 0, end == len(paired) - 1
        apart = (before >= gap or edge_before) and (after >= gap or edge_after)
        if len(run) <= most and apart and max(before, after) >= gap:
            out.update(dict.fromkeys(run, (before, after)))
        start = end + 1
    return out


def out_of_order(beads: Sequence[tuple[Sequence[int], Sequence[int]]]) -> list[tuple[range, range]]:
    """The passages an alignment pairs out of order (``aligner.splice``): runs of consecutive
    pairs (beads with both sides, in source order) off the longest chain of pairs whose targets
    advance. Each as the source and target sentences it spans; empty for a monotone alignment."""
    pairs = [(min(s), min(t), max(s), max(t)) for s, t in beads if s and t]
    tails: list[int] = []
    ends: list[int] = []
    before = [-1] * len(pairs)
    for k, (_, t0, _, t1) in enumerate(pairs):
        at = bisect_left(tails, t0)
        before[k] = ends[at - 1] if at else -1
        if at == len(tails):
            tails.append(t1)
            ends.append(k)
        elif t1 < tails[at]:
            tails[at], ends[at] = t1, k
    chain: set[int] = set()
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.add(k)
        k = before[k]
    runs: list[list[int]] = []
    for k in range(len(pairs)):
        if k not in chain:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    return [
        (
            range(pairs[r[0]][0], max(pairs[k][2] for k in r) + 1),
            range(min(pairs[k][1] for k in r), max(pairs[k][3] for k in r) + 1),
        )
        for r in runs
    ]


FLAG_NAMES: tuple[str, ...] = (
    "addition",
    "direction_mismatch",
    "garbled",
    "isolated",
    "length_ratio",
    "low_similarity",
    "name_mismatch",
    "negation_mismatch",
    "number_mismatch",
    "omission",
    "placeholder_mismatch",
    "speaker_mismatch",
    "term_mismatch",
    "untranslated",
)

_DETAIL_BREAK = re.compile(rf" \| (?=(?:{'|'.join(FLAG_NAMES)})(?::|$| \| ))")


def split_details(details: str | None) -> list[str]:
    """The parts of a ``details`` column ("flag: what | flag: what"), one per flag: a break is a
    `` | `` followed by a flag's name, so a quoted sentence holding `` | `` stays whole."""
    return [part for part in _DETAIL_BREAK.split(details or "") if part]


FLAG_THRESHOLD = 0.5
"""Drift from which a link is flagged for a reviewer (``score.is_flagged``, the reports, the
notes ``align check --annotate`` writes into an XLIFF file)."""


@dataclass(frozen=True)
class ScoredLink:
    """A link with its translation-drift score in [0, 1] and the reasons it was flagged."""

    link: Link
    drift: float
    flags: tuple[str, ...] = ()
    details: str = ""
    """What each flag found ("number_mismatch: source 21; target 22 | …"), for a reviewer."""
