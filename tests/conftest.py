"""Shared fixtures: the repo's seed transcripts, the shared gold data, the default model."""

from __future__ import annotations

import os
import re
import subprocess
import sys
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


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """``align`` run as a user runs it (a fresh process), output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "align.cli", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=600,
    )


def speech_paragraphs(path: Path, first: str) -> list[str]:
    """The paragraphs of a seed file from the one starting with ``first`` to the end."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith(first))
    return paragraphs[start:]


def as_subtitles(paragraphs: list[str], kind: str = "srt", width: int = 64, cps: float = 15.0) -> str:
    """Paragraphs laid out as a subtitler would: their words flowed into cues of up to ``width``
    characters on two lines, cut wherever the width falls (so sentences run across cues), each
    shown for its length at ``cps`` characters a second; a 2 s pause ends each paragraph.
    ``kind``: ``srt`` or ``vtt``. Made for the tests: the seeds hold no subtitles."""

    def stamp(seconds: float) -> str:
        ms = round(seconds * 1000)
        sep = "," if kind == "srt" else "."
        return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"

    blocks, clock = [], 1.0
    for paragraph in paragraphs:
        cue: list[str] = []
        words = paragraph.split()
        for i, word in enumerate(words):
            cue.append(word)
            if len(" ".join(cue)) >= width or i == len(words) - 1:
                text = " ".join(cue)
                half = text.rfind(" ", 0, len(text) // 2 + 8)
                lines = [text[:half], text[half + 1 :]] if half > 0 else [text]
                end = clock + len(text) / cps
                number = f"{len(blocks) + 1}\n" if kind == "srt" else ""
                blocks.append(f"{number}{stamp(clock)} --> {stamp(end)}\n" + "\n".join(lines))
                clock, cue = end + 0.1, []
        clock += 2.0
    return ("WEBVTT\n\n" if kind == "vtt" else "") + "\n\n".join(blocks) + "\n"


def as_auto_captions(sentences: list[str], words_per_cue: int = 7) -> str:
    """Sentences as automatic captions show them (SRT): lower case, no punctuation, a cue every
    ``words_per_cue`` words, cues back to back but for a 0.6 s pause after each sentence (a
    speaker's breath). Made for the tests: the seeds hold no captions."""
    blocks, clock = [], 0.0
    for sentence in sentences:
        words = re.sub(r"[^\w\s’'-]|(?<!\w)-|-(?!\w)", " ", sentence).lower().split()
        for i in range(0, len(words), words_per_cue):
            end = clock + 2.0
            start_ms, end_ms = round(clock * 1000), round(end * 1000)
            stamps = [
                f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
                for ms in (start_ms, end_ms)
            ]
            blocks.append(
                f"{len(blocks) + 1}\n{stamps[0]} --> {stamps[1]}\n{' '.join(words[i : i + words_per_cue])}"
            )
            clock = end + 0.05
        clock += 0.55
    return "\n\n".join(blocks) + "\n"


def as_rolling_captions(sentences: list[str], words_per_line: int = 8) -> str:
    """Sentences as YouTube's automatic captions are saved by yt-dlp (WebVTT): lower case, no
    punctuation, each new line shown below the last one with a time tag before each word, then
    alone for 10 ms, so that every line is in two or three cues. Made for the tests."""

    def stamp(seconds: float) -> str:
        ms = round(seconds * 1000)
        return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"

    words = [w for s in sentences for w in re.sub(r"[^\w\s’'-]|(?<!\w)-|-(?!\w)", " ", s).lower().split()]
    blocks, clock, last = ["WEBVTT\nKind: captions\nLanguage: en"], 0.0, " "
    for i in range(0, len(words), words_per_line):
        line = words[i : i + words_per_line]
        timed = line[0] + "".join(
            f"<{stamp(clock + 0.3 * (k + 1))}><c> {w}</c>" for k, w in enumerate(line[1:])
        )
        end = clock + 2.5
        blocks.append(f"{stamp(clock)} --> {stamp(end)} align:start position:0%\n{last}\n{timed}")
        last = " ".join(line)
        blocks.append(f"{stamp(end)} --> {stamp(end + 0.01)} align:start position:0%\n{last}\n ")
        clock = end + 0.01
    return "\n\n".join(blocks) + "\n"


LATIN_1 = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}
)
"""What a PDF written with a core font (Latin-1 only) can hold of the seed texts."""


def as_pdf(paragraphs: list[str], path: Path, running: str | None = None) -> Path:
    """Paragraphs typeset on A4 pages with fpdf2 (Helvetica 11, a blank line between
    paragraphs), with ``running`` as a header on every page and the page number as a footer.
    Made for the tests: the seeds hold no PDF."""
    from fpdf import FPDF

    class Pages(FPDF):
        def header(self) -> None:
            if running:
                self.set_font("Helvetica", size=9)
                self.cell(0, 8, running)
                self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Pages()
    pdf.add_page()
    for paragraph in paragraphs:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 5, paragraph.translate(LATIN_1))
        pdf.ln(5)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="session")
def embedder(tmp_path_factory):
    """The default model (built into the user cache once), with a per-session embedding cache."""
    from align.embed import Embedder

    return Embedder(progress=False, cache_root=tmp_path_factory.mktemp("cache"))
