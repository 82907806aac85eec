"""Batch runs: the files of two folders paired by name, each pair aligned with one loaded model.

A year of transcripts is hundreds of pairs; loading the model once and going on past a pair that
fails (saying why in the summary) is what makes that a single command.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from align.errors import AlignError
from align.pipeline import PairResult

_LANG_TAG = re.compile(r"[._\-](?P<lang>[a-z]{2,3})(?:[_\-](?P<region>[a-z]{2,4}))?$", re.IGNORECASE)
"""A language tag closing a file's stem: ``remarks_en``, ``remarks.fr``, ``remarks-pt-BR``."""
_LAST_TAG = re.compile(r"[._\-](?P<lang>[a-z]{2,3})$", re.IGNORECASE)
"""The last part of a file's stem as a language tag alone: ``meeting_day_en``, ``talk_it_en``."""


@dataclass(frozen=True)
class PairJob:
    """Two files to align: a source and its translation."""

    source: Path
    target: Path


@dataclass(frozen=True)
class Pairing:
    """The jobs found in two folders (by name) and the files left out, each with the reason."""

    jobs: list[PairJob]
    left_out: list[tuple[Path, str]]


def split_name(path: Path, codes: Collection[str]) -> tuple[str, str | None]:
    """A file's name without its extension and without a closing tag that is one of the
    language ``codes``, lower-cased, and that tag (None without one): ``Remarks_EN.txt`` is
    ``("remarks", "en")``, ``remarks.pt-BR.srt`` ``("remarks", "pt")``, ``talks_day.txt``
    ``("talks_day", None)``. A language and its region are read as such where the region is
    no language, or is written in capitals after a language in lower case (``fr-CA``, not
    Catalan); else the last part alone is the tag (``meeting_day_en``, ``talk_it_en``)."""
    stem = path.stem
    tag = _LANG_TAG.search(stem)
    if tag and tag.start() > 0 and tag.group("lang").lower() in codes:
        region = tag.group("region")
        if (
            region is None
            or region.lower() not in codes
            or (region.isupper() and tag.group("lang").islower())
        ):
            return stem[: tag.start()].lower(), tag.group("lang").lower()
    tag = _LAST_TAG.search(stem)
    if tag and tag.start() > 0 and tag.group("lang").lower() in codes:
        return stem[: tag.start()].lower(), tag.group("lang").lower()
    return stem.lower(), None


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def pair_files(src_dir: Path, tgt_dir: Path | None = None, langs: tuple[str, str] | None = None) -> Pairing:
    """Pair each file of ``src_dir`` with the file of ``tgt_dir`` of the same name
    (``split_name``, language codes: langdetect's), in name order. With one folder (no
    ``tgt_dir``, or the same folder), the file tagged with the source language of ``langs``
    pairs with the one of the same name tagged with the target language (``remarks_en.txt`` /
    ``remarks_fr.txt``). A file without a counterpart, or whose name several files share (the
    pairing would be a guess), is left out, and so are subfolders and, in one folder, files
    tagged with neither language: each with the reason."""
    from align.detect import supported_languages

    codes = supported_languages() | set(langs or ())  # a named language detection lacks (is)
    one_folder = tgt_dir is None or tgt_dir.resolve() == src_dir.resolve()
    if one_folder and langs is None:
        raise AlignError("with one folder, name the source and target languages: --langs en,fr")
    sides: tuple[dict[str, list[Path]], dict[str, list[Path]]] = (defaultdict(list), defaultdict(list))
    left_out: list[tuple[Path, str]] = [
        (folder, "a folder: batch pairs the files of the folders it is given, not of their subfolders")
        for parent in dict.fromkeys((src_dir, tgt_dir or src_dir))
        for folder in sorted(parent.iterdir())
        if folder.is_dir() and not folder.name.startswith(".")
    ]
    if one_folder:
        assert langs is not None
        for path in _files(src_dir):
            key, tag = split_name(path, codes)
            if tag in langs:
                sides[langs.index(tag)][key].append(path)
            else:
                left_out.append((path, f"its name has no tag of {' or '.join(langs)}"))
    else:
        assert tgt_dir is not None
        for side, folder in zip(sides, (src_dir, tgt_dir)):
            for path in _files(folder):
                side[split_name(path, codes)[0]].append(path)
    sources, targets = sides
    jobs = []
    for key in sorted(set(sources) | set(targets)):
        here, there = sources.get(key, []), targets.get(key, [])
        if len(here) == 1 and len(there) == 1:
            jobs.append(PairJob(here[0], there[0]))
            continue
        for path in here + there:
            if not (there if path in here else here):
                left_out.append((path, "no counterpart of the same name"))
            else:
                names = ", ".join(p.name for p in here + there)
                left_out.append((path, f"several files share its name ({names})"))
    return Pairing(jobs, left_out)


SUMMARY_SCHEMA: dict[str, Any] = {
    "source": pl.String,
    "target": pl.String,
    "status": pl.String,
    "src_lang": pl.String,
    "tgt_lang": pl.String,
    "src_sentences": pl.Int64,
    "tgt_sentences": pl.Int64,
    "links": pl.Int64,
    "aligned_pairs": pl.Int64,
    "flagged": pl.Int64,
    "outputs": pl.String,
    "error": pl.String,
}
"""Columns of ``batch.tsv``: one row per pair. ``status``: ``ok``, ``not parallel`` (aligned and
written, but too little of it faithful) or ``error`` (nothing written)."""


def summary_row(
    job: PairJob, result: PairResult | None, written: list[Path], error: str | None
) -> dict[str, Any]:
    """One pair's row of the summary: its counts when it was aligned, its error if any."""
    row: dict[str, Any] = dict.fromkeys(SUMMARY_SCHEMA)
    row.update(source=str(job.source), target=str(job.target), error=error or "")
    row["outputs"] = ",".join(str(p) for p in written)
    if result is None:
        row["status"] = "error"
        return row
    row["status"] = "ok" if error is None else "not parallel"
    streams = result.streams
    row.update(
        src_lang=streams.src_lang,
        tgt_lang=streams.tgt_lang,
        src_sentences=len(streams.src),
        tgt_sentences=len(streams.tgt),
        links=len(result.scored),
        aligned_pairs=result.paired(),
        flagged=result.flagged(),
    )
    return row


def describe(row: dict[str, Any]) -> str:
    """A summary row as one console line."""
    if row["status"] == "error":
        return f"error: {row['error']}"
    counts = (
        f"{row['src_sentences']} {row['src_lang']} / {row['tgt_sentences']} {row['tgt_lang']} sentences, "
        f"{row['aligned_pairs']} aligned pairs, {row['flagged']} of {row['links']} links flagged"
    )
    return counts if row["status"] == "ok" else f"{counts}; not parallel: {row['error']}"


def summary_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """The batch summary, one row per pair in the order run."""
    return pl.DataFrame(rows, schema=SUMMARY_SCHEMA)
