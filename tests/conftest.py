"""Shared fixtures: the repo's seed transcripts, the shared gold data, the default model."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
EN_REMARKS = SEEDS / "geneva_2022-01-21_lavrov_opening_remarks_en.txt"
MIXED = SEEDS / "geneva_2022-01-21_lavrov_press_conference_en_fr.txt"
KREMLIN = SEEDS / "kremlin_2022-02-14_meetings_en.txt"


@pytest.fixture(scope="session")
def embedder(tmp_path_factory):
    """The default model (built into the user cache once), with a per-session embedding cache."""
    from align.embed import Embedder

    return Embedder(progress=False, cache_root=tmp_path_factory.mktemp("cache"))
