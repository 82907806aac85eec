"""Batch runs: folders paired by file name, one model for every pair, a summary per pair."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
from conftest import EN_REMARKS, KREMLIN, MIXED, as_subtitles, run_cli, speech_paragraphs

from align.batch import pair_files, split_name
from align.errors import AlignError
from align.export import read_tsv

CODES = {"en", "fr", "de", "pt", "zh", "it", "ca", "es"}


def test_names_lose_their_extension_and_language_tag():
    names = {
        name: split_name(Path(name), CODES)
        for name in (
            "Remarks_EN.txt",
            "remarks.fr.srt",
            "remarks-pt-BR.docx",
            "remarks.zh-cn.vtt",
            "talks_day.txt",
            "en.txt",
            "2022-01-21_lavrov_en.txt",
            "meeting_day_en.txt",
            "talk_it_en.txt",
            "remarks.fr-CA.txt",
            "report_es-ES.txt",
        )
    }
    assert names == {
        "Remarks_EN.txt": ("remarks", "en"),
        "remarks.fr.srt": ("remarks", "fr"),
        "remarks-pt-BR.docx": ("remarks", "pt"),
        "remarks.zh-cn.vtt": ("remarks", "zh"),
        "talks_day.txt": ("talks_day", None),
        "en.txt": ("en", None),
        "2022-01-21_lavrov_en.txt": ("2022-01-21_lavrov", "en"),
        # the word before the tag is no region: it took "_day" for the language and "_en" for a region
        "meeting_day_en.txt": ("meeting_day", "en"),
        "talk_it_en.txt": ("talk_it", "en"),
        # a region in capitals after a language in lower case, although "ca" and "es" are languages
        "remarks.fr-CA.txt": ("remarks", "fr"),
        "report_es-ES.txt": ("report", "es"),
    }


def test_files_pair_by_name_and_guesses_are_left_out(tmp_path):
    src, tgt = tmp_path / "en", tmp_path / "fr"
    src.mkdir()
    tgt.mkdir()
    for folder, names in (
        (src, ["a_en.txt", "b.en.srt", "c_en.txt", "c_en.docx", "lonely_en.txt", ".hidden_en.txt"]),
        (tgt, ["a_fr.txt", "b.fr.vtt", "c_fr.txt", "other_fr.txt"]),
    ):
        for name in names:
            (folder / name).write_text("x", encoding="utf-8")
    pairing = pair_files(src, tgt)
    assert [(j.source.name, j.target.name) for j in pairing.jobs] == [
        ("a_en.txt", "a_fr.txt"),
        ("b.en.srt", "b.fr.vtt"),
    ]
    left = {path.name: why for path, why in pairing.left_out}
    assert set(left) == {"c_en.txt", "c_en.docx", "c_fr.txt", "lonely_en.txt", "other_fr.txt"}
    assert left["lonely_en.txt"] == "no counterpart of the same name"
    assert left["c_fr.txt"].startswith("several files share its name")


def test_one_folder_pairs_by_the_language_tags_of_langs(tmp_path):
    for name in ("a_en.txt", "a_fr.txt", "b.en.srt", "b.fr.vtt", "b.de.vtt", "c_en.txt", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    pairing = pair_files(tmp_path, None, ("en", "fr"))
    assert [(j.source.name, j.target.name) for j in pairing.jobs] == [
        ("a_en.txt", "a_fr.txt"),
        ("b.en.srt", "b.fr.vtt"),
    ]
    # the files tagged with neither language, and subfolders, are left out with the reason (they
    # were dropped without a word)
    assert [(p.name, why) for p, why in pairing.left_out] == [
        ("b.de.vtt", "its name has no tag of en or fr"),
        ("notes.txt", "its name has no tag of en or fr"),
        ("c_en.txt", "no counterpart of the same name"),
    ]
    (tmp_path / "sub").mkdir()
    assert pair_files(tmp_path, None, ("en", "fr")).left_out[0] == (
        tmp_path / "sub",
        "a folder: batch pairs the files of the folders it is given, not of their subfolders",
    )
    (tmp_path / "sub").rmdir()
    reverse = pair_files(tmp_path, tmp_path, ("fr", "en"))
    assert [(j.source.name, j.target.name) for j in reverse.jobs] == [
        ("a_fr.txt", "a_en.txt"),
        ("b.fr.vtt", "b.en.srt"),
    ]
    with pytest.raises(AlignError, match="--langs en,fr"):
        pair_files(tmp_path)
    # a language detection has no profile for is still a tag once named (is: Icelandic)
    (tmp_path / "a_is.txt").write_text("x", encoding="utf-8")
    icelandic = pair_files(tmp_path, None, ("en", "is"))
    assert [(j.source.name, j.target.name) for j in icelandic.jobs] == [("a_en.txt", "a_is.txt")]


def read_tsv_frame(path: Path) -> pl.DataFrame:
    """The summary TSV as a polars frame (plain TSV, not the links schema)."""
    return pl.read_csv(path, separator="\t", infer_schema_length=0).fill_null("")


def test_batch_aligns_each_pair_and_goes_on_past_a_failure(tmp_path):
    """Three pairs: the sample (text), the remarks as subtitles, and two English files. The
    first two are aligned and written (srt for the subtitles only), the third is an error in
    the summary, and the run ends with one error line and status 2."""
    src, tgt, out = tmp_path / "en", tmp_path / "fr", tmp_path / "out"
    src.mkdir()
    tgt.mkdir()
    shutil.copy(EN_REMARKS, src / "geneva_en.txt")
    shutil.copy(MIXED, tgt / "geneva_fr.txt")
    (src / "video.en.srt").write_text(
        as_subtitles(speech_paragraphs(EN_REMARKS, "FOREIGN")), encoding="utf-8"
    )
    (tgt / "video.fr.vtt").write_text(
        as_subtitles(speech_paragraphs(MIXED, "Monsieur le Secr"), "vtt"), encoding="utf-8"
    )
    shutil.copy(KREMLIN, src / "kremlin_en.txt")
    shutil.copy(KREMLIN, tgt / "kremlin_fr.txt")
    result = run_cli("batch", str(src), str(tgt), "--out", str(out), "--format", "tsv,srt", "-q")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: 1 of 3 pairs failed; {out / 'batch.tsv'} says why"
    assert "[1/3] geneva_en.txt + geneva_fr.txt: 10 en / 14 fr sentences, 8 aligned pairs" in result.stdout
    summary = read_tsv_frame(out / "batch.tsv")
    assert summary["status"].to_list() == ["ok", "error", "ok"]
    assert "are both in English (en)" in summary["error"][1]
    assert summary["outputs"][0] == str(out / "geneva_en__geneva_fr.tsv"), "no srt for a text pair"
    assert summary["outputs"][2].split(",") == [
        str(out / f"video.en__video.fr.{ext}") for ext in ("tsv", "srt")
    ]
    single = run_cli("pair", str(EN_REMARKS), str(MIXED), "--out", str(tmp_path / "single"), "-q")
    assert single.returncode == 0, single.stderr
    expected = next((tmp_path / "single").glob("*.tsv")).read_bytes()
    assert (out / "geneva_en__geneva_fr.tsv").read_bytes() == expected, "as align pair writes it"
    video = read_tsv(out / "video.en__video.fr.tsv")
    assert video["src_time"][0] == "00:00:01.000-00:00:15.200"


def test_batch_errors_before_any_work(tmp_path):
    empty_src, empty_tgt = tmp_path / "a", tmp_path / "b"
    empty_src.mkdir()
    empty_tgt.mkdir()
    (empty_src / "x_en.txt").write_text("Hello.", encoding="utf-8")
    for args, message in (
        ([str(EN_REMARKS), str(tmp_path)], "not a folder"),
        ([str(empty_src)], "name the source and target languages: --langs en,fr"),
        ([str(empty_src), str(empty_tgt)], "pair up by name"),
        ([str(empty_src), str(empty_tgt), "--format", "pdf"], "unknown export format"),
        (
            [str(empty_src), str(empty_tgt), "--glossary", str(tmp_path / "terms.csv")],
            "terms.csv: no such file",
        ),
    ):
        result = run_cli("batch", *args, "--out", str(tmp_path / "out"))
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.returncode == 2 and len(lines) == 1 and message in lines[0], result.stderr
    assert not (tmp_path / "out").exists()


def test_batch_in_one_folder_with_a_glossary(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EN_REMARKS, folder / "geneva_en.txt")
    shutil.copy(MIXED, folder / "geneva_fr.txt")
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("en\tfr\nmisinformation\tmésinformation\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(
        "batch", str(folder), "--langs", "en,fr", "--out", str(out), "-q", "--glossary", str(glossary)
    )
    assert result.returncode == 0, result.stderr
    assert "[1/1] geneva_en.txt + geneva_fr.txt: 10 en / 14 fr sentences, 8 aligned pairs" in result.stdout
    assert read_tsv_frame(out / "batch.tsv")["status"].to_list() == ["ok"]
    frame = read_tsv(out / "geneva_en__geneva_fr.tsv")
    missed = [r["src_text"] for r in frame.iter_rows(named=True) if "term_mismatch" in r["flags"]]
    assert len(missed) == 1 and "misinformation" in missed[0]
