"""The strict/lax bead scorer: hand-made rule checks and the published reference checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from align.errors import AlignError
from align.evaluate import Scores, format_beads, read_beads, score_dirs, score_documents, unscored_predictions

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"

GOLD_DIRS = [
    "textberg_de_fr/test/gold",
    "textberg_de_fr/dev/gold",
    "transread_en_fr/gold",
    "opusbooks_en_fr_crocoalign/gold",
    "parice_en_is/gold",
    "mac_zh_en_pointer/dev/gold",
    "mac_zh_en_pointer/test/gold",
]

# (prediction dir, gold dir, strict P/R/F1, lax P/R/F1), from shared/bench/README.md.
REFERENCE_CHECKS = [
    (
        "textberg_de_fr/reference_outputs/bertalign_3c432d0",
        "textberg_de_fr/test/gold",
        (0.938, 0.941, 0.939),
        (0.993, 0.991, 0.992),
    ),
    (
        "mac_zh_en_pointer/dev/auto/bertalign",
        "mac_zh_en_pointer/dev/gold",
        (0.909, 0.914, 0.911),
        (0.996, 1.000, 0.998),
    ),
    (
        "mac_zh_en_pointer/test/auto/vecalign",
        "mac_zh_en_pointer/test/gold",
        (0.870, 0.903, 0.886),
        (0.992, 0.998, 0.995),
    ),
]


@pytest.fixture
def bench_dir(request: pytest.FixtureRequest) -> Path:
    """A directory under shared/bench, or a clean skip when the shared data is absent."""
    path = BENCH / request.param
    if not path.is_dir():
        pytest.skip(f"shared benchmark data not found: {path}")
    return path


def _rounded(scores: Scores) -> tuple[tuple[float, ...], tuple[float, ...]]:
    strict = (scores.strict_p, scores.strict_r, scores.strict_f1)
    lax = (scores.lax_p, scores.lax_r, scores.lax_f1)
    return tuple(round(x, 3) for x in strict), tuple(round(x, 3) for x in lax)


def _score(test: list, gold: list) -> Scores:
    return score_documents([(test, gold)])


@pytest.mark.parametrize("bench_dir", GOLD_DIRS, indirect=True)
def test_gold_against_itself_is_perfect(bench_dir: Path) -> None:
    scores = score_dirs(bench_dir, bench_dir)
    assert _rounded(scores) == ((1.0, 1.0, 1.0), (1.0, 1.0, 1.0))
    assert scores.documents == len(list(bench_dir.iterdir()))


@pytest.mark.parametrize(
    ("pred", "gold", "strict", "lax"), REFERENCE_CHECKS, ids=[c[0] for c in REFERENCE_CHECKS]
)
def test_reference_checks(pred: str, gold: str, strict: tuple, lax: tuple) -> None:
    if not (BENCH / pred).is_dir() or not (BENCH / gold).is_dir():
        pytest.skip(f"shared benchmark data not found under {BENCH}")
    assert _rounded(score_dirs(BENCH / pred, BENCH / gold)) == (strict, lax)


def test_textberg_counts() -> None:
    if not (BENCH / "textberg_de_fr/test/gold").is_dir():
        pytest.skip(f"shared benchmark data not found under {BENCH}")
    scores = score_dirs(
        BENCH / "textberg_de_fr/reference_outputs/bertalign_3c432d0",
        BENCH / "textberg_de_fr/test/gold",
    )
    assert (scores.documents, scores.gold_beads) == (7, 916)


def test_null_beads_count_in_precision_only() -> None:
    gold = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,))]
    # Missing the gold null beads costs nothing.
    assert _rounded(_score([((0,), (0,)), ((2,), (1,))], gold)) == ((1, 1, 1), (1, 1, 1))
    # A matching null bead is a strict precision hit.
    scores = _score([((0,), (0,)), ((1,), ()), ((2,), (1,))], gold)
    assert (scores.strict_p_hits, scores.test_beads, scores.gold_links) == (3, 3, 2)
    # A wrong null bead costs precision, never recall.
    scores = _score([((0,), (0,)), ((2,), (1,)), ((3,), ())], gold)
    assert (scores.strict_p, scores.strict_r, scores.lax_p) == (2 / 3, 1.0, 2 / 3)


def test_lax_hit_through_an_overlapping_link() -> None:
    gold = [((0, 1), (0,)), ((2,), (1, 2))]
    test = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,))]
    scores = _score(test, gold)
    assert (scores.strict_p_hits, scores.lax_p_hits, scores.test_beads) == (0, 2, 4)
    # Recall swaps the roles: each gold link overlaps a test link.
    assert (scores.strict_r_hits, scores.lax_r_hits, scores.gold_links) == (0, 2, 2)
    assert (scores.lax_p, scores.lax_r) == (0.5, 1.0)


def test_lax_rule_runs_from_source_ids() -> None:
    gold = [((0,), (0,)), ((1,), (1,))]
    # Source 0 is linked to target 0 in the gold, not to target 1.
    scores = _score([((0,), (1,)), ((1,), (0,))], gold)
    assert (scores.strict_p_hits, scores.lax_p_hits) == (0, 0)
    scores = _score([((0, 1), (1,))], gold)
    assert (scores.strict_p_hits, scores.lax_p_hits) == (0, 1)


def test_empty_side_test_bead_is_only_a_strict_hit() -> None:
    gold = [((0,), (0, 1)), ((), (2,))]
    scores = _score([((0,), (0,)), ((), (1,)), ((), (2,))], gold)
    # []:[1] has target 1, which the gold links to source 0, yet it is no lax hit.
    assert (scores.strict_p_hits, scores.lax_p_hits, scores.test_beads) == (1, 2, 3)
    # Nor is a bead with an empty target side.
    scores = _score([((0,), ())], gold)
    assert (scores.strict_p_hits, scores.lax_p_hits) == (0, 0)


def test_set_semantics_and_empty_beads() -> None:
    gold = [((0,), (0,)), ((), ()), ((0,), (0,))]
    scores = _score([((0,), (0,)), ((0,), (0,)), ((), ())], gold)
    assert (scores.test_beads, scores.gold_beads, scores.strict_p_hits) == (1, 1, 1)
    assert _score([], gold).strict_f1 == 0.0


def test_micro_average_sums_counts() -> None:
    doc1 = ([((0,), (0,))], [((0,), (0,))])
    doc2 = ([((0,), (1,)), ((1,), (0,)), ((2,), (2,))], [((0, 1), (0, 1)), ((2,), (2,))])
    scores = score_documents([doc1, doc2])
    assert scores.documents == 2
    assert scores.strict_p == 2 / 4
    assert scores.strict_r == 2 / 3
    assert scores.lax_p == 1.0


def test_read_and_format_round_trip(tmp_path: Path) -> None:
    beads = [((0,), (0,)), ((6, 7), (9, 10)), ((), (51,)), ((12,), ())]
    text = format_beads(beads)
    assert text == "[0]:[0]\n[6, 7]:[9, 10]\n[]:[51]\n[12]:[]\n"
    path = tmp_path / "doc"
    path.write_text(text + "\n", encoding="utf-8")
    assert read_beads(path) == beads
    path.write_text("[0]:[0]:0.875\n[1, 2]:[1]:-0.1\n", encoding="utf-8")
    assert read_beads(path) == [((0,), (0,)), ((1, 2), (1,))]


@pytest.mark.parametrize("line", ["[0]-[0]", "[0]:[x]", "[0]:[1.5]", "0:1", "[0]:[1]:2:3"])
def test_bad_bead_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "doc"
    path.write_text(f"[0]:[0]\n{line}\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"doc:2"):
        read_beads(path)


def test_score_dirs_errors(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    with pytest.raises(AlignError, match="no bead files"):
        score_dirs(pred, gold)
    (gold / "a").write_text("[0]:[0]\n", encoding="utf-8")
    (gold / "b").write_text("[0]:[0]\n", encoding="utf-8")
    with pytest.raises(AlignError, match="no bead files"):
        score_dirs(pred, gold)
    (pred / "a").write_text("[0]:[0]\n", encoding="utf-8")
    with pytest.raises(AlignError, match="no prediction.*: b$") as info:
        score_dirs(pred, gold)
    assert "\n" not in str(info.value)
    (pred / "b").write_text("[0]:[0]\n", encoding="utf-8")
    assert score_dirs(pred, gold).strict_f1 == 1.0
    assert unscored_predictions(pred, gold) == []
    (pred / "c.txt").write_text("[0]:[1]\n", encoding="utf-8")  # misnamed: scored nowhere, said
    assert score_dirs(pred, gold).strict_f1 == 1.0 and unscored_predictions(pred, gold) == ["c.txt"]
    with pytest.raises(AlignError, match="does not exist"):
        score_dirs(tmp_path / "nope", gold)
    with pytest.raises(AlignError, match="prediction directory .*/c.txt is a file, not a directory"):
        score_dirs(pred / "c.txt", gold)
