"""Standard strict/lax precision, recall and F1 over alignment beads.

The metric is the one used by Vecalign ``score.py``, Bertalign ``eval.py`` and the CroCoAlign
paper (defined in ``shared/bench/README.md``):

* beads empty on both sides are dropped and duplicates collapse (set semantics);
* precision runs over all test beads, null beads included;
* recall runs over gold beads with both sides non-empty, against test beads with both sides
  non-empty (so missing a gold null bead never costs recall);
* a strict hit is a bead found verbatim on the other side; a lax hit is a strict hit, or a bead
  whose target ids include one that the other side links to one of its source ids (a bead with
  an empty source side can therefore only be a strict hit);
* counts are summed over all documents (micro-average) and P, R, F1 computed once.

Bead files hold one bead per line, ``[src ids]:[tgt ids]`` with an optional ``:score``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from align.errors import AlignError

Bead = tuple[tuple[int, ...], tuple[int, ...]]
BeadLike = tuple[Sequence[int], Sequence[int]]


def _parse_side(text: str, where: str) -> tuple[int, ...]:
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
        raise AlignError(f"{where}: cannot read {text.strip()!r} as a list of sentence ids") from exc
    if not isinstance(value, (list, tuple)) or not all(
        isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in value
    ):
        raise AlignError(f"{where}: expected a list of sentence ids, got {text.strip()!r}")
    return tuple(value)


def parse_bead(line: str, where: str = "bead") -> Bead:
    """Parse one ``[src ids]:[tgt ids]`` line (an optional third ``:score`` field is ignored)."""
    parts = line.strip().split(":")
    if len(parts) not in (2, 3):
        raise AlignError(f"{where}: expected '[src ids]:[tgt ids]', got {line.strip()!r}")
    return _parse_side(parts[0], where), _parse_side(parts[1], where)


def read_beads(path: Path | str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Read a bead file; blank lines are skipped."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AlignError(f"cannot read bead file {path}: {exc.strerror or exc}") from exc
    return [
        parse_bead(line, f"{path}:{n}") for n, line in enumerate(text.splitlines(), start=1) if line.strip()
    ]


def format_beads(beads: Iterable[BeadLike]) -> str:
    """Render beads in the bead-file format, one ``[0, 1]:[2]`` line each, newline-terminated."""
    return "".join(f"{list(src)}:{list(tgt)}\n" for src, tgt in beads)


@dataclass(frozen=True)
class Scores:
    """Micro-averaged strict and lax P/R/F1, with the counts they were computed from.

    ``test_beads`` is the precision denominator (all test beads); ``gold_links`` the recall
    denominator (gold beads with both sides non-empty); ``gold_beads`` counts all gold beads.
    """

    strict_p: float
    strict_r: float
    strict_f1: float
    lax_p: float
    lax_r: float
    lax_f1: float
    documents: int
    test_beads: int
    gold_beads: int
    gold_links: int
    strict_p_hits: int
    lax_p_hits: int
    strict_r_hits: int
    lax_r_hits: int


def _bead_set(beads: Iterable[BeadLike]) -> set[Bead]:
    beads = ((tuple(src), tuple(tgt)) for src, tgt in beads)
    return {bead for bead in beads if bead[0] or bead[1]}


def _hits(test: set[Bead], gold: set[Bead]) -> tuple[int, int]:
    """Strict and lax hits of the ``test`` beads against ``gold``."""
    gold_tgt_of_src: defaultdict[int, set[int]] = defaultdict(set)
    for gold_src, gold_tgt in gold:
        for s in gold_src:
            gold_tgt_of_src[s].update(gold_tgt)
    strict = lax = 0
    for bead in test:
        if bead in gold:
            strict += 1
            lax += 1
            continue
        test_src, test_tgt = bead
        linked: set[int] = set()
        for s in test_src:
            linked |= gold_tgt_of_src.get(s, set())
        if linked.intersection(test_tgt):
            lax += 1
    return strict, lax


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_documents(pairs: Iterable[tuple[Iterable[BeadLike], Iterable[BeadLike]]]) -> Scores:
    """Score ``(test_beads, gold_beads)`` pairs, one per document, micro-averaged."""
    documents = test_n = gold_n = links_n = 0
    sp = lp = sr = lr = 0
    for test_beads, gold_beads in pairs:
        test = _bead_set(test_beads)
        gold = _bead_set(gold_beads)
        test_links = {b for b in test if b[0] and b[1]}
        gold_links = {b for b in gold if b[0] and b[1]}
        s, lx = _hits(test, gold)
        sp += s
        lp += lx
        s, lx = _hits(gold_links, test_links)
        sr += s
        lr += lx
        documents += 1
        test_n += len(test)
        gold_n += len(gold)
        links_n += len(gold_links)
    strict_p, strict_r = _ratio(sp, test_n), _ratio(sr, links_n)
    lax_p, lax_r = _ratio(lp, test_n), _ratio(lr, links_n)
    return Scores(
        strict_p=strict_p,
        strict_r=strict_r,
        strict_f1=_f1(strict_p, strict_r),
        lax_p=lax_p,
        lax_r=lax_r,
        lax_f1=_f1(lax_p, lax_r),
        documents=documents,
        test_beads=test_n,
        gold_beads=gold_n,
        gold_links=links_n,
        strict_p_hits=sp,
        lax_p_hits=lp,
        strict_r_hits=sr,
        lax_r_hits=lr,
    )


def _doc_files(directory: Path, role: str) -> list[Path]:
    if not directory.is_dir():
        what = "is a file, not a directory" if directory.exists() else "does not exist"
        raise AlignError(f"{role} directory {directory} {what} (align eval PRED_DIR GOLD_DIR)")
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    if not files:
        raise AlignError(f"{role} directory {directory} holds no bead files")
    return files


def score_dirs(pred_dir: Path, gold_dir: Path) -> Scores:
    """Score every gold document against the prediction file of the same name."""
    pred_dir, gold_dir = Path(pred_dir), Path(gold_dir)
    gold_files = _doc_files(gold_dir, "gold")
    _doc_files(pred_dir, "prediction")
    missing = [g.name for g in gold_files if not (pred_dir / g.name).is_file()]
    if missing:
        shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
        raise AlignError(f"{len(missing)} gold document(s) have no prediction in {pred_dir}: {shown}")
    return score_documents((read_beads(pred_dir / g.name), read_beads(g)) for g in gold_files)


def unscored_predictions(pred_dir: Path, gold_dir: Path) -> list[str]:
    """The prediction files of ``pred_dir`` without a gold document of their name, which
    ``score_dirs`` leaves out (a misnamed file would otherwise go unseen)."""
    gold = {p.name for p in _doc_files(Path(gold_dir), "gold")}
    return [p.name for p in _doc_files(Path(pred_dir), "prediction") if p.name not in gold]
