"""bench/drift.py --corruptions-from: another checkout's checks load apart from this one's, as a
package (today's layout) or as the single module of earlier commits, and leave ours in place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from align import checks

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from drift import _checks_at  # noqa: E402


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
