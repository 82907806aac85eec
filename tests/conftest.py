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

GENEVA_ZH = """昨天，我们花了大量时间研读国务院准备的关于俄罗斯所谓虚假信息的大量材料。我怀着极大的兴趣读了这些材料，但我确实希望，国务院并非所有人都在忙于这些材料，也有人在研究我们建议的实质内容。

我听到了您在欧洲之行期间的最新表态之一，您说您不指望这次谈判取得突破。我们也不指望这次谈判取得突破。我们期待的是，根据欧安组织最高级别通过的各项义务，对我们的具体建议作出具体答复。我特别指的是安全不可分割原则，以及各国不得以牺牲他国安全为代价加强自身安全的义务。
"""
"""A Chinese translation of the last two paragraphs of ``EN_REMARKS`` (six sentences, one for
one), made for these tests: the seeds hold no Chinese, and a script without capitals is where
the name and number checks need care."""


def en_remarks_tail() -> str:
    """The last two paragraphs of ``EN_REMARKS`` ("Yesterday we spent …", "So I heard …"), the
    source of ``GENEVA_ZH``."""
    paragraphs = [p for p in EN_REMARKS.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return "\n\n".join(paragraphs[-2:]) + "\n"


@pytest.fixture(scope="session")
def embedder(tmp_path_factory):
    """The default model (built into the user cache once), with a per-session embedding cache."""
    from align.embed import Embedder

    return Embedder(progress=False, cache_root=tmp_path_factory.mktemp("cache"))
