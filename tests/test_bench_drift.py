"""bench/drift.py --corruptions-from: another checkout's checks load apart from this one's, as a
package (today's layout) or as the single module of earlier commits, and leave ours in place;
--direction: the antonym corruption, and the default cycle left as it was; --given on gold that
crosses beads."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from align import checks

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from common import read_lines  # noqa: E402
from drift import (  # noqa: E402
    DIRECTION_KINDS,
    EXPECTED,
    KINDS,
    Corruption,
    Document,
    Observation,
    _checks_at,
    corrupt_direction,
    corrupt_document,
    cover,
    load_documents,
    monotone_beads,
    report,
)


def test_a_checkout_of_the_package_loads_apart_and_reads_as_ours() -> None:
    other = _checks_at(REPO)
    assert other is not checks and sys.modules["align.checks"] is checks
    assert other.number_mismatch.__module__ == "align.checks.numbers"
    assert other.number_mismatch is not checks.number_mismatch
    src, tgt = "We met 21 times in Geneva.", "Nous nous sommes vus 22 fois à Genève."
    assert other.number_mismatch(src, "en", tgt, "fr") and checks.number_mismatch(src, "en", tgt, "fr")
    assert other.extract_names(src) == checks.extract_names(src) == {"Geneva"}


def test_a_checkout_of_the_single_module_loads(tmp_path: Path) -> None:
    (tmp_path / "align").mkdir()
    (tmp_path / "align" / "checks.py").write_text(
        "def extract_names(text):\n    return ['from the old layout']\n"
    )
    other = _checks_at(tmp_path)
    assert other.extract_names("Geneva") == ["from the old layout"]
    assert sys.modules["align.checks"] is checks and checks.extract_names("We met in Geneva.") == {"Geneva"}


def test_a_path_without_checks_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--corruptions-from: no .*checks"):
        _checks_at(tmp_path)


# --direction: a word of direction or polarity swapped for its antonym, on sentences of the benchmark

BENCH = REPO.parent / "shared" / "bench"
needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason="shared/bench not present")


def _sentence(path: str, start: str, lang: str) -> Document:
    """A one-sentence document whose target is the line of ``shared/bench/path`` that begins
    with ``start``."""
    lines = [line for line in read_lines(BENCH / path) if line.startswith(start)]
    assert len(lines) == 1, f"{start!r} in {path}"
    return Document(path, [""], lines, [], "en", lang)


def _swapped(doc: Document) -> set[str | None]:
    return {corrupt_direction(doc, 0, 0, random.Random(seed)) for seed in range(5)}


@needs_bench
def test_direction_swaps_a_french_verb_for_its_antonym_in_the_same_form() -> None:
    doc = _sentence("transread_en_fr/fr/TheLastOfTheMohicans", "Le caractère effrayant", "fr")
    assert _swapped(doc) == {doc.tgt[0].replace(" augmentait ", " diminuait ")}


@needs_bench
def test_direction_keeps_case_and_makes_elision_and_preposition_agree() -> None:
    doc = _sentence("transread_en_fr/fr/VoyageAuCentreDeLaTerre", "Je sortis de ma chambre", "fr")
    assert _swapped(doc) == {"J' entrai dans ma chambre ."}
    doc = _sentence("textberg_de_fr/test/fr/004", "Derrière la « corne d' or »", "fr")
    assert _swapped(doc) == {"Devant" + doc.tgt[0].removeprefix("Derrière")}


@needs_bench
def test_direction_swaps_a_german_verb_and_noun_keeping_case() -> None:
    doc = _sentence("textberg_de_fr/test/de/007", "Aber ausgerechnet jetzt muss der Nebel", "de")
    assert _swapped(doc) == {"Aber ausgerechnet jetzt muss der Nebel aus dem Abgrund sinken . "}
    doc = _sentence("textberg_de_fr/test/de/002", "Der Aufstieg zum Dürrenhorn", "de")
    assert _swapped(doc) == {doc.tgt[0].replace("Der Aufstieg", "Der Abstieg")}
    doc = _sentence("textberg_de_fr/test/de/006", "Später finden wir eine apere Rippe", "de")
    assert _swapped(doc) == {"Früher" + doc.tgt[0].removeprefix("Später")}


@needs_bench
def test_direction_is_none_without_a_candidate_or_inside_a_negation() -> None:
    assert _swapped(_sentence("transread_en_fr/fr/LesConfessions", "Je veux montrer", "fr")) == {None}
    negated = _sentence("transread_en_fr/fr/VingtMilleLieuesSousLesMers", "Il ne s' agit plus alors", "fr")
    assert _swapped(negated) == {None}  # "ne ... plus" is a negation, not "more"
    assert _swapped(_sentence("textberg_de_fr/test/de/006", "Auch Pius sehe ich nicht mehr", "de")) == {None}
    name = Document("t", [""], ["Il prit le train à la gare du Nord ."], [], "en", "fr")
    assert _swapped(name) == {None}  # a capital inside the sentence: a name, left alone


@needs_bench
def test_the_default_cycle_is_unchanged_and_direction_comes_last_with_the_option() -> None:
    assert KINDS == (
        "number", "name", "negation", "dropped_clause", "unrelated", "untranslated", "truncation"
    )  # fmt: skip
    assert DIRECTION_KINDS == (*KINDS, "direction") and "direction" in EXPECTED
    doc = next(d for d in load_documents(BENCH, textberg=False) if d.name == "transread/Emma")

    def kinds_drawn(*kinds: tuple[str, ...]) -> list[tuple[str, int, str]]:
        _, done = corrupt_document(doc, random.Random("13:transread/Emma:0"), 0.15, set(), checks, *kinds)
        return [(c.kind, c.tgt, c.after) for c in done]

    default = kinds_drawn()
    assert default == kinds_drawn(KINDS) and "direction" not in {k for k, _, _ in default}
    with_direction = kinds_drawn(DIRECTION_KINDS)
    assert [k for k, _, _ in with_direction[:8]] == list(DIRECTION_KINDS)


def test_the_report_prints_a_direction_row_only_with_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    corruption = Corruption("direction", 0, 0, "Il monta.", "Il descendit.")
    observations = [
        Observation("", "d", 0.1, (), "1-1"),
        Observation("", "d", 0.2, (), "1-1"),
        Observation("direction", "d", 0.6, ("low_similarity",), "1-1", corruption),
    ]
    report(observations, 0)
    assert "direction" not in capsys.readouterr().out
    results = report(observations, 0, DIRECTION_KINDS)
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("direction"))
    assert "direction_mismatch/low_similarity" in row and results["direction"] == 1.0


def test_given_scores_the_monotone_part_of_text_berg_gold_as_links_covering_both_sides() -> None:
    bench = REPO.parent / "shared" / "bench"
    if not bench.is_dir():
        pytest.skip("../shared/bench is not here")
    (doc,) = [d for d in load_documents(bench, True) if d.name == "textberg/004"]
    kept = monotone_beads(doc.beads)
    assert ((8,), (6,)) in doc.beads and ((8,), (6,)) in kept and ((5,), (13,)) not in kept
    assert ((4, 7), (4, 5)) not in kept
    pairs = [b for b in doc.beads if b[0] and b[1]]
    assert len(pairs) - 5 < len(kept) < len(pairs)
    links = cover(kept, len(doc.src), len(doc.tgt))
    assert [i for lk in links for i in lk.src] == list(range(len(doc.src)))
    assert [j for lk in links for j in lk.tgt] == list(range(len(doc.tgt)))
    assert {(lk.src, lk.tgt) for lk in links if lk.src and lk.tgt} == set(kept)
