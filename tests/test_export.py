"""Tests of the export stage: TSV/TMX/XLSX/JSONL writers, readers and atomic output writing."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree
from polars.testing import assert_frame_equal
from translate.storage.tmx import tmxfile

from align import __version__, export
from align.errors import AlignError
from align.types import Link, ScoredLink, Sentence

CREATED = datetime(2022, 1, 21, 12, 0, 0, tzinfo=UTC)
LAVROV = "FOREIGN MINISTER LAVROV"
OOXML_ESCAPE = re.compile(  # openpyxl cannot read these back literally
    "_x(?:00[01][0-9A-Fa-f]|[Dd][89A-Fa-f][0-9A-Fa-f]{2}|[Ff]{3}[EeFf])_|x005F_"
)
XML_FORBIDDEN = {chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"} | {"\ufffe", "\uffff"}

# Geneva, 21 January 2022: Lavrov's opening remarks (US Embassy English, MID French), plus a few
# cells a spreadsheet would misread (formulas, markup, a tab, newlines, a vertical tab).
EN = [
    ("JANUARY 21, 2022", None),
    (
        "State Secretary, colleagues, we’re very grateful to you for this proposal to hold talks in Geneva "
        "in the context of the work that was started on the security guarantees.",
        LAVROV,
    ),
    (
        "When you made the phone call to me and proposed that we meet to achieve greater clarity with regard "
        "to our concerns, we believed that to be a very good idea, because we believe that it would help you "
        "come up with concrete answers to our concerns, to our proposals, and, if need be, to come up with "
        "counter proposals.",
        LAVROV,
    ),
    (
        "Yesterday we spent a great deal of time to familiarize ourselves with the large body of information "
        "prepared by State Department about Russia’s alleged misinformation.",
        LAVROV,
    ),
    (
        "So I heard one of your last statements during your European tour when you said that you did not "
        "expect a breakthrough from these negotiations.",
        LAVROV,
    ),
    ("We do not expect a breakthrough at these negotiations either.", LAVROV),
    (
        "What we expect is concrete answers to our concrete proposals\tin the vein and in compliance with the "
        "obligations that were adopted at the highest level within the OSCE.",
        LAVROV,
    ),
    ("=SUM(A1) <script>alert('x')</script>", LAVROV),
    ("- first line\nsecond line", LAVROV),
    ("@State: security\x0bguarantees", LAVROV),
]
FR = [
    ("Monsieur le Secrétaire d’Etat,", None),
    (
        "Je vous suis reconnaissant d’avoir proposé cette rencontre à Genève dans le contexte du travail en "
        "cours sur nos propositions relatives aux garanties de sécurité.",
        "Sergueï Lavrov",
    ),
    (
        "Quand vous m’avez appelé pour me proposer une rencontre afin que vous puissiez y voir plus clair au "
        "sujet de nos inquiétudes, nous avons pensé que c’était une idée utile.",
        "Sergueï Lavrov",
    ),
    (
        "Nous espérons que cette rencontre vous aidera à préparer des réponses concrètes à toutes nos "
        "propositions et à formuler vos propres contre-propositions, si vous en avez.",
        "Sergueï Lavrov",
    ),
    (
        "Nous avons lu hier et aujourd’hui une importante quantité de matériaux préparés par le Département "
        "d’État concernant ce que vous avez appelé “la désinformation de la Russie à grande échelle”.",
        None,
    ),
    (
        "Dans l’une des déclarations que vous avez faites lors de votre tournée européenne, vous avez "
        "mentionné que vous n’attendiez pas de percée de cette réunion.",
        None,
    ),
    ("Nous n’attendons pas non plus de percée de cette rencontre.", None),
    ("Nous attendons des réponses à nos propositions.", None),
    ("Elles sont très concrètes.", None),
    ("=1+1 n'est pas une formule", None),
    ("+33 1 23 45 67 89\r\nligne Windows", None),
    ("Il sera intéressant d’entendre comment les États-Unis interprètent leurs engagements.\x0b", None),
]
# (src, tgt, similarity, drift, flags)
BEADS = [
    ((0,), (), None, 1.0, ("unaligned",)),
    ((), (0,), None, 1.0, ("unaligned",)),
    ((1,), (1,), 0.912345678, 0.05, ()),
    ((2,), (2, 3), 0.88, 0.123456, ("split",)),
    ((3,), (4,), 0.8, 0.3, ("softened", "meaning_shift")),
    ((4, 5), (5,), 0.85, 0.45, ()),
    ((), (6,), None, 0.9, ("unaligned",)),
    ((6,), (7, 8), 0.83, 0.2, ()),
    ((7,), (9,), 0.4, 0.6, ("low_similarity",)),
    ((8,), (10,), 0.3, 0.7, ("low_similarity",)),
    ((9,), (11,), 0.2, 0.8, ("low_similarity", "length_ratio")),
]
BOTH_SIDES = [i for i, (s, t, *_rest) in enumerate(BEADS) if s and t]


def _sentences(rows: list[tuple[str, str | None]], lang: str) -> list[Sentence]:
    return [Sentence(idx=i, text=text, lang=lang, speaker=speaker) for i, (text, speaker) in enumerate(rows)]


def _scored() -> list[ScoredLink]:
    """The beads, each flagged one with what its flags found (as ``score.link_details`` writes)."""
    return [
        ScoredLink(
            Link(s, t, similarity=sim),
            drift,
            flags,
            " | ".join(f"{f}: similarity {sim:.2f}" for f in flags if f == "low_similarity"),
        )
        for s, t, sim, drift, flags in BEADS
    ]


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture
def frame() -> pl.DataFrame:
    return export.links_frame(_scored(), _sentences(EN, "en"), _sentences(FR, "fr"))


def _strip_forbidden(text: str) -> str:
    return "".join(ch for ch in text if ch not in XML_FORBIDDEN)


# ---------------------------------------------------------------------------------------------
# links frame

TIMED_EN = [
    ("We do not expect a breakthrough at these negotiations either.", 61.2, 64.0),
    ("What we expect is concrete answers to our concrete proposals.", 64.1, 67.25),
    ("It is with <great> interest & care that I read them.", 3700.5, 3702.0),
]
TIMED_FR = [
    ("Nous n’attendons pas non plus de percée de cette rencontre.", 60.0, 63.5),
    ("Nous attendons des réponses concrètes", 63.6, 65.0),
    ("à nos propositions concrètes.", 65.1, 68.0),
    ("Il sera intéressant d’entendre comment les États-Unis interprètent leurs engagements.", 70.0, 73.0),
]


@pytest.fixture
def timed_frame() -> pl.DataFrame:
    """Sentences of subtitle files (with times): a 1-1, a 1-2, a 1-0 and a 0-1 link."""
    src = [Sentence(i, t, "en", start=a, end=b) for i, (t, a, b) in enumerate(TIMED_EN)]
    tgt = [Sentence(i, t, "fr", start=a, end=b) for i, (t, a, b) in enumerate(TIMED_FR)]
    scored = [
        ScoredLink(Link((0,), (0,), similarity=0.93), 0.02),
        ScoredLink(Link((1,), (1, 2), similarity=0.9), 0.05),
        ScoredLink(Link((2,), ()), 1.0, ("omission",)),
        ScoredLink(Link((), (3,)), 1.0, ("addition",)),
    ]
    return export.links_frame(scored, src, tgt)


def test_sentence_times_become_time_columns(timed_frame: pl.DataFrame, tmp_path: Path) -> None:
    """A side's time runs from its first sentence's start to its last one's end; the TSV keeps it."""
    assert timed_frame["src_time"].to_list() == [
        "00:01:01.200-00:01:04.000",
        "00:01:04.100-00:01:07.250",
        "01:01:40.500-01:01:42.000",
        "",
    ]
    assert timed_frame["tgt_time"].to_list() == [
        "00:01:00.000-00:01:03.500",
        "00:01:03.600-00:01:08.000",
        "",
        "00:01:10.000-00:01:13.000",
    ]
    assert export.parse_time_span("00:01:04.100-00:01:07.250") == (64.1, 67.25)
    assert export.parse_time_span("") is None and export.parse_time_span("64.1-67.2") is None
    path = tmp_path / "timed.tsv"
    export.write_tsv(timed_frame, path)
    assert_frame_equal(export.read_tsv(path), timed_frame)


def test_plain_text_sentences_have_empty_times(frame: pl.DataFrame) -> None:
    assert set(frame["src_time"]) == {""} and set(frame["tgt_time"]) == {""}


def test_tmx_carries_each_side_time(timed_frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "timed.tmx"
    export.write_tmx(timed_frame, path, created=CREATED)
    units = etree.parse(str(path)).getroot().findall("body/tu")
    assert len(units) == 2
    times = [[tuv.findtext("prop[@type='x-time']") for tuv in tu.findall("tuv")] for tu in units]
    assert times == [
        ["00:01:01.200-00:01:04.000", "00:01:00.000-00:01:03.500"],
        ["00:01:04.100-00:01:07.250", "00:01:03.600-00:01:08.000"],
    ]


def test_bilingual_subtitles(timed_frame: pl.DataFrame, tmp_path: Path) -> None:
    """One cue per link at its source time (its target time for a target-only link), in time
    order, the source text above the target text; the files read back as subtitles."""
    import webvtt

    paths = export.write_outputs(timed_frame, tmp_path, "pair", ["srt", "vtt"])
    srt = webvtt.from_srt(str(paths[0]))
    vtt = webvtt.read(str(paths[1]))
    assert [(c.start, c.end) for c in srt] == [
        ("00:01:01.200", "00:01:04.000"),
        ("00:01:04.100", "00:01:07.250"),
        ("00:01:10.000", "00:01:13.000"),
        ("01:01:40.500", "01:01:42.000"),
    ]
    assert srt.captions[0].text == f"{TIMED_EN[0][0]}\n{TIMED_FR[0][0]}"
    assert srt.captions[1].text == f"{TIMED_EN[1][0]}\n{TIMED_FR[1][0]} {TIMED_FR[2][0]}"
    assert srt.captions[2].text == TIMED_FR[3][0]
    assert [html.unescape(c.text) for c in vtt] == [c.text for c in srt][:3] + [TIMED_EN[2][0]]
    assert "&lt;great&gt; interest &amp; care" in paths[1].read_text(encoding="utf-8")
    assert f"\n{TIMED_EN[2][0]}\n" in paths[0].read_text(encoding="utf-8")


def test_a_link_of_several_cues_ends_where_the_next_begins(timed_frame: pl.DataFrame, tmp_path: Path) -> None:
    """A link whose sentences run over several cues ends after the next link begins: its
    exported cue ends where the next one begins, so players never show two cues at once
    (they overlapped by the length of the shared cue)."""
    times = timed_frame["src_time"].to_list()
    times[0] = "00:01:01.200-00:01:06.000"  # past the next link's start, 00:01:04.100
    overlapping = timed_frame.with_columns(src_time=pl.Series(times))
    cues = export.subtitle_cues(overlapping)
    assert [(start, end) for start, end, _ in cues][:2] == [(61.2, 64.1), (64.1, 67.25)]
    assert all(end <= later for (_, end, _), (later, _, _) in zip(cues, cues[1:]))


def test_links_that_begin_together_share_their_time(timed_frame: pl.DataFrame, tmp_path: Path) -> None:
    """Round Z (stop 62): a target-only link at its target time and the next pair at its source
    time (or two sentences of one cue) began together, two cues over one another; they share the
    time in equal parts, in link order, each link still its own cue."""
    times = timed_frame["src_time"].to_list()
    times[1] = timed_frame["src_time"][0]  # the second link begins and ends with the first
    together = timed_frame.with_columns(src_time=pl.Series(times))
    cues = export.subtitle_cues(together)
    assert [(start, round(end, 3)) for start, end, _ in cues[:2]] == [(61.2, 62.6), (62.6, 64.0)]
    assert [text.split("\n")[0] for _, _, text in cues[:2]] == [TIMED_EN[0][0], TIMED_EN[1][0]]
    assert len(cues) == 4 and all(end <= later for (_, end, _), (later, _, _) in zip(cues, cues[1:]))


def test_subtitle_export_of_plain_text_is_refused(frame: pl.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(AlignError, match="need subtitle input"):
        export.write_outputs(frame, tmp_path, "pair", ["tsv", "srt"])
    assert list(tmp_path.iterdir()) == []


def test_links_frame_schema_and_values(frame: pl.DataFrame) -> None:
    assert frame.columns == list(export.COLUMNS)
    assert frame.schema["link"] == pl.Int64
    assert frame.schema["similarity"] == pl.Float64 and frame.schema["drift"] == pl.Float64
    assert frame["link"].to_list() == list(range(len(BEADS)))
    assert frame["type"].to_list() == [
        "1-0",
        "0-1",
        "1-1",
        "1-2",
        "1-1",
        "2-1",
        "0-1",
        "1-2",
        "1-1",
        "1-1",
        "1-1",
    ]
    assert frame["src_idx"][5] == "4,5" and frame["tgt_idx"][3] == "2,3" and frame["tgt_idx"][0] == ""
    assert set(frame["src_lang"]) == {"en"} and set(frame["tgt_lang"]) == {"fr"}
    assert frame["similarity"][0] is None and frame["similarity"][1] is None
    assert frame["similarity"][2] == 0.9123 and frame["drift"][3] == 0.1235
    assert frame["flags"][4] == "meaning_shift,softened" and frame["flags"][2] == ""
    assert frame["src_speaker"][0] == "" and frame["src_speaker"][2] == LAVROV
    assert frame["tgt_speaker"][3] == "Sergueï Lavrov" and frame["tgt_speaker"][0] == ""
    assert frame["tgt_text"][3] == f"{FR[2][0]} {FR[3][0]}"
    assert frame["src_text"][5] == f"{EN[4][0]} {EN[5][0]}"
    assert frame["tgt_text"][0] == "" and frame["src_text"][1] == ""


def test_frame_to_links_recovers_beads(frame: pl.DataFrame) -> None:
    assert export.frame_to_links(frame) == [(s, t) for s, t, *_rest in BEADS]


def test_links_frame_rejects_unknown_sentence() -> None:
    with pytest.raises(ValueError, match="source sentence 7"):
        export.links_frame([ScoredLink(Link((7,), ()), 1.0)], [], [])


def test_empty_alignment_round_trips(tmp_path: Path) -> None:
    empty = export.links_frame([], [], [])
    assert empty.height == 0 and empty.columns == list(export.COLUMNS)
    paths = export.write_outputs(empty, tmp_path, "empty", ["tsv", "tmx", "xlsx", "jsonl"], created=CREATED)
    assert_frame_equal(export.load_alignment(paths[0]), empty)
    assert export.read_tmx(paths[1]) == []
    assert export.load_alignment(paths[2]).height == 0


# ---------------------------------------------------------------------------------------------
# TSV


def test_tsv_round_trip_is_identical(frame: pl.DataFrame, tmp_path: Path) -> None:
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    export.write_tsv(frame, first)
    back = export.read_tsv(first)
    assert_frame_equal(back, frame)
    export.write_tsv(back, second)
    assert first.read_bytes() == second.read_bytes()

    raw = first.read_bytes()
    assert b"\r" not in raw
    lines = raw.decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == frame.height + 2
    assert lines[0].split("\t") == list(export.COLUMNS)
    assert all(len(line.split("\t")) == len(export.COLUMNS) for line in lines[1:-1])
    text = raw.decode("utf-8")
    assert "\t'=SUM(A1) <script>" in text and "\t'- first line\\nsecond line\t" in text
    assert "\t'@State: security\x0bguarantees" in text and "\t'+33 1 23 45 67 89\\r\\nligne" in text
    assert "proposals\\tin the vein" in text


def test_tsv_apostrophe_and_backslash_conventions(frame: pl.DataFrame, tmp_path: Path) -> None:
    tricky = frame.head(3).with_columns(
        pl.Series("src_text", ["'quoted' already", "C:\\new\\table \\\\t", "''=x"]),
        pl.Series("tgt_text", ["a\\nb", "trailing backslash\\", '"quoted"\tcell']),
    )
    path = tmp_path / "tricky.tsv"
    export.write_tsv(tricky, path)
    assert_frame_equal(export.read_tsv(path), tricky)
    assert "''quoted' already" in path.read_text(encoding="utf-8")


def test_tsv_reads_with_quote_aware_readers(frame: pl.DataFrame, tmp_path: Path) -> None:
    """A text that opens with a straight quote (a quoted speech, common in transcripts) is
    guarded like a formula, so polars, Python's csv and pandas, quote-aware by default, read
    every row and column as written (before: polars failed, csv joined rows); our reader gives
    the text back."""
    import csv

    quoted = frame.with_columns(
        pl.Series("src_text", [f'"We are ready," he said ({k}).' for k in range(frame.height)]),
        pl.Series("tgt_text", [f'"Nous sommes prêts" ({k})\t"ici"' for k in range(frame.height)]),
    )
    path = tmp_path / "quoted.tsv"
    export.write_tsv(quoted, path)
    assert_frame_equal(export.read_tsv(path), quoted)
    plain = pl.read_csv(path, separator="\t", infer_schema=False)
    assert plain.shape == (quoted.height, len(export.COLUMNS))
    assert plain["src_text"].str.strip_prefix("'").to_list() == quoted["src_text"].to_list()
    with open(path, encoding="utf-8", newline="") as handle:
        assert {len(row) for row in csv.reader(handle, delimiter="\t")} == {len(export.COLUMNS)}
    lone = quoted.with_columns(
        pl.Series("tgt_text", ['Man nennt ihn „den besten Film" aller Zeiten.'] * frame.height)
    )
    export.write_tsv(lone, path)
    unquoted = pl.read_csv(path, separator="\t", infer_schema=False, quote_char=None)
    assert unquoted["tgt_text"].to_list() == lone["tgt_text"].to_list()


def test_tsv_reader_tolerates_editor_saves(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "saved.tsv"
    export.write_tsv(frame, path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n") + b"\r\n")
    assert_frame_equal(export.read_tsv(path), frame)


def test_tsv_of_an_earlier_version_reads_without_details(frame: pl.DataFrame, tmp_path: Path) -> None:
    """A TSV written before the ``unit``, ``details`` and time columns existed still loads, with
    them empty."""
    path = tmp_path / "old.tsv"
    later = list(export.LATER_COLUMNS)
    assert later == ["unit", "details", "src_time", "tgt_time"]
    export.write_frame_tsv(frame.drop(later), path)
    back = export.load_alignment(path)
    assert back.columns == list(export.COLUMNS)
    assert all(set(back[name]) == {""} for name in later)
    assert_frame_equal(back.drop(later), frame.drop(later))


def test_write_frame_tsv_any_frame(tmp_path: Path) -> None:
    segments = pl.DataFrame({"index": [0, 1], "text": ["=cmd|' /C calc'!A0", "tab\there"]})
    path = tmp_path / "new" / "doc.segments.tsv"
    export.write_frame_tsv(segments, path)
    assert path.read_text(encoding="utf-8") == "index\ttext\n0\t'=cmd|' /C calc'!A0\n1\ttab\\there\n"


# ---------------------------------------------------------------------------------------------
# TMX


def _parse_tmx(path: Path) -> etree._Element:
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()


def test_tmx_structure_and_header(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "out.tmx"
    export.write_tmx(frame, path, created=CREATED)
    root = _parse_tmx(path)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert dict(header.attrib) == {
        "creationtool": "align",
        "creationtoolversion": __version__,
        "segtype": "sentence",
        "o-tmf": "align-tsv",
        "adminlang": "en",
        "srclang": "en",
        "datatype": "plaintext",
        "creationdate": "20220121T120000Z",
    }
    units = root.findall("body/tu")
    assert [int(tu.get("tuid")) for tu in units] == BOTH_SIDES
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for tu in units:
        tuvs = tu.findall("tuv")
        assert len(tuvs) == 2 and [t.get(lang) for t in tuvs] == ["en", "fr"]
        assert all(len(t.findall("seg")) == 1 for t in tuvs)
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props["x-link"] == tu.get("tuid")
        assert float(props["x-drift"]) == frame["drift"][int(tu.get("tuid"))]
    last = {p.get("type"): p.text for p in units[-1].findall("prop")}
    assert last["x-flags"] == "length_ratio,low_similarity"
    assert last["x-details"] == frame["details"][int(units[-1].get("tuid"))] != ""
    units = tmxfile.parsefile(str(path)).units  # another TMX reader: translate-toolkit's
    assert len(units) == len(BOTH_SIDES) and units[0].target == frame["tgt_text"][2]
    raw = path.read_bytes()
    assert not any(ch.encode() in raw for ch in XML_FORBIDDEN)
    assert b"&lt;script&gt;" in raw and b"<script>" not in raw


def test_tsv_to_tmx_keeps_texts_byte_for_byte(frame: pl.DataFrame, tmp_path: Path) -> None:
    tsv = tmp_path / "a.tsv"
    export.write_tsv(frame, tsv)
    tmx = tmp_path / "a.tmx"
    export.write_tmx(export.load_alignment(tsv), tmx, created=CREATED)
    expected = [
        (_strip_forbidden(frame["src_text"][i]), _strip_forbidden(frame["tgt_text"][i])) for i in BOTH_SIDES
    ]
    assert export.read_tmx(tmx) == expected
    assert ("=SUM(A1) <script>alert('x')</script>", "=1+1 n'est pas une formule") in expected
    assert any("\r\n" in tgt for _, tgt in expected)


def test_tmx_max_drift_filters(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "low.tmx"
    export.write_tmx(frame, path, max_drift=0.5, created=CREATED)
    tuids = [int(tu.get("tuid")) for tu in _parse_tmx(path).iterfind("body/tu")]
    assert tuids == [i for i in BOTH_SIDES if BEADS[i][3] <= 0.5] == [2, 3, 4, 5, 7]


def test_tmx_creation_date_sources(
    frame: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.tmx"
    paris = datetime(2022, 1, 21, 13, 30, 5).astimezone()
    export.write_tmx(frame, path, created=paris)
    expected = paris.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    assert _parse_tmx(path).find("header").get("creationdate") == expected
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1642766400")
    export.write_tmx(frame, path, created=paris)
    assert _parse_tmx(path).find("header").get("creationdate") == "20220121T120000Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(AlignError, match="SOURCE_DATE_EPOCH"):
        export.write_tmx(frame, path)


# ---------------------------------------------------------------------------------------------
# XLSX


def _width(sheet: openpyxl.worksheet.worksheet.Worksheet, column: int) -> float:
    """Width of a 1-based column (openpyxl files neighbouring columns of equal width under the first)."""
    return next(d.width for d in sheet.column_dimensions.values() if d.min <= column <= d.max)


def test_xlsx_review_sheet(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "review.xlsx"
    export.write_xlsx(frame, path, created=CREATED)
    with zipfile.ZipFile(path) as parts:  # Excel's own date (round Z, stop 62: was 1980-01-31)
        assert {part.date_time for part in parts.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["alignment"]
    header = [c.value for c in sheet[1]]
    assert header[:10] == [
        "link",
        "type",
        "drift",
        "similarity",
        "flags",
        "details",
        "src_text",
        "tgt_text",
        "review",
        "note",
    ]
    assert set(header) == set(export.COLUMNS) | {"review", "note"}
    assert sheet.max_row == frame.height + 1 and sheet.max_column == len(header)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{frame.height + 1}"
    col = {name: openpyxl.utils.get_column_letter(i + 1) for i, name in enumerate(header)}
    assert _width(sheet, header.index("src_text") + 1) >= 50
    assert _width(sheet, header.index("tgt_text") + 1) >= 50
    assert sheet[f"{col['src_text']}3"].alignment.wrap_text
    ranges = [str(r.sqref) for r in sheet.conditional_formatting]
    assert ranges == [f"{col['drift']}2:{col['drift']}{frame.height + 1}"]
    assert sheet.conditional_formatting[ranges[0]][0].type == "colorScale"
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)
    formula_row = 2 + 8
    assert sheet[f"{col['src_text']}{formula_row}"].value == "=SUM(A1) <script>alert('x')</script>"
    assert sheet[f"{col['src_text']}{formula_row}"].data_type == "s"
    assert sheet[f"{col['src_text']}{formula_row}"].quotePrefix
    assert sheet[f"{col['tgt_text']}{formula_row}"].value == "=1+1 n'est pas une formule"
    assert sheet[f"{col['review']}2"].value is None and sheet[f"{col['note']}2"].value is None
    assert sheet[f"{col['drift']}2"].value == 1.0 and sheet[f"{col['similarity']}2"].value is None


def test_xlsx_read_back_and_hand_edits(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "review.xlsx"
    export.write_xlsx(frame, path, created=CREATED)
    back = export.load_alignment(path)
    assert back.columns == [*export.COLUMNS, "review", "note"]
    assert_frame_equal(back.select(export.COLUMNS), frame)
    assert set(back["review"]) == {""} and set(back["note"]) == {""}

    workbook = openpyxl.load_workbook(path)
    sheet = workbook["alignment"]
    header = [c.value for c in sheet[1]]
    row = 2 + 4
    corrected = "J’ai lu ces documents avec intérêt ; =pas une formule"
    sheet.cell(row, header.index("tgt_text") + 1, corrected)
    sheet.cell(row, header.index("review") + 1, "fixed")
    sheet.cell(row, header.index("note") + 1, "Le FR adoucit « alleged »")
    sheet.cell(2 + 9, header.index("src_text") + 1, "=typed by a reviewer")
    workbook.save(path)

    edited = export.load_alignment(path)
    assert edited["tgt_text"][4] == corrected
    assert edited["review"][4] == "fixed" and edited["note"][4] == "Le FR adoucit « alleged »"
    assert edited["src_text"][9] == "=typed by a reviewer"
    unchanged = [i for i in range(frame.height) if i not in (4, 9)]
    assert_frame_equal(edited.select(export.COLUMNS)[unchanged], frame[unchanged])

    out = export.write_outputs(edited, tmp_path / "out", "review", ["tsv", "tmx"], created=CREATED)
    assert_frame_equal(export.load_alignment(out[0]), edited)
    tmx = _parse_tmx(out[1])
    tu = next(t for t in tmx.iterfind("body/tu") if t.get("tuid") == "4")
    assert tu.find("tuv[2]/seg").text == corrected
    assert {p.get("type"): p.text for p in tu.findall("prop")}["x-review"] == "fixed"
    assert tu.find("note").text == "Le FR adoucit « alleged »"


def test_a_link_the_reviewer_accepted_is_kept_in_a_memory_whatever_its_drift(
    frame: pl.DataFrame, tmp_path: Path
) -> None:
    """``--max-drift`` leaves out the links above it, except those the reviewer accepted in the
    sheet (``OK``, ``fixed``, case and spacing aside); one marked ``fix`` stays out. Before, the
    reviewer's verdict was ignored and accepted links were lost from the memory."""
    high = [
        i
        for i, row in enumerate(frame.iter_rows(named=True))
        if row["drift"] > 0.5 and row["src_text"] and row["tgt_text"]
    ]
    assert len(high) >= 3
    review = [""] * frame.height
    review[high[0]], review[high[1]], review[high[2]] = " OK ", "fixed", "fix"
    reviewed = frame.with_columns(review=pl.Series(review), note=pl.Series([""] * frame.height))
    export.write_tmx(reviewed, tmp_path / "memory.tmx", max_drift=0.5)
    kept = {int(tu.get("tuid")) for tu in _parse_tmx(tmp_path / "memory.tmx").iterfind("body/tu")}
    links = reviewed["link"]
    assert links[high[0]] in kept and links[high[1]] in kept and links[high[2]] not in kept
    assert all(links[i] not in kept for i in high[3:])


def test_xlsx_rows_sorted_back_to_link_order(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "sorted.xlsx"
    export.write_xlsx(frame, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["alignment"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    for r, values in enumerate(sorted(rows, key=lambda v: -v[2]), start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(r, c).value = value
    workbook.save(path)
    assert_frame_equal(export.read_xlsx(path).select(export.COLUMNS), frame)


def _source_texts(texts: list[str]) -> pl.DataFrame:
    """A links frame of 1-1 links whose source sentences are ``texts`` (targets ``x``)."""
    scored = [ScoredLink(Link((i,), (i,), 0.5), 0.1) for i in range(len(texts))]
    src = [Sentence(i, t, "en") for i, t in enumerate(texts)]
    return export.links_frame(scored, src, [Sentence(i, "x", "fr") for i in range(len(texts))])


def test_xlsx_text_that_looks_like_an_escape_reads_back_as_written(tmp_path: Path) -> None:
    """Round Z (stop 62): ``report_x0041_final.doc`` came back from the sheet as
    ``reportAfinal.doc``: openpyxl decodes the escaped underscore xlsxwriter writes before such
    a literal, and the reader decoded the ``_x0041_`` left again. A control character's escape
    still reads back as the character."""
    texts = ["The file was saved as report_x0041_final.doc in the archive.", "A bell \x07 rang."]
    path = tmp_path / "escapes.xlsx"
    export.write_xlsx(_source_texts(texts), path)
    assert export.read_xlsx(path)["src_text"].to_list() == texts


def test_xlsx_text_opening_like_a_formula_shows_as_written(tmp_path: Path) -> None:
    """Round Z (stop 62): a text opening with ``=``, ``+``, ``-`` or ``@`` (a subtitle's dialogue
    dash) showed a leading ``'`` in the sheet; it is now written as it is, a text cell with the
    quote prefix style, which keeps it text when edited. A sheet written before still reads back
    without its ``'``."""
    texts = ["=SUM(A1:A9) was typed in the cell.", "- Yes? - No.", "'Quoted', she said.", "+3 degrees."]
    path = tmp_path / "formulas.xlsx"
    export.write_xlsx(_source_texts(texts), path)
    sheet = openpyxl.load_workbook(path)["alignment"]
    cells = [sheet.cell(r, 7) for r in range(2, 6)]
    assert [c.value for c in cells] == texts and all(c.quotePrefix and c.data_type == "s" for c in cells)
    assert export.read_xlsx(path)["src_text"].to_list() == texts
    for cell in cells:  # as an earlier version wrote them
        cell.value, cell.quotePrefix = "'" + cell.value, False
    sheet.parent.save(path)
    assert export.read_xlsx(path)["src_text"].to_list() == texts


def test_xlsx_sheet_renamed_behind_a_cover_sheet_is_found(frame: pl.DataFrame, tmp_path: Path) -> None:
    """A reviewer renamed the sheet and put a cover sheet in front: the sheet whose header names
    the link columns is read (the first sheet, the cover, was read and lacked every column)."""
    path = tmp_path / "renamed.xlsx"
    export.write_xlsx(frame, path)
    workbook = openpyxl.load_workbook(path)
    workbook["alignment"].title = "Review (final)"
    cover = workbook.create_sheet("Cover", 0)
    cover["A1"] = "Geneva remarks, reviewed by A. Martin"
    workbook.save(path)
    assert_frame_equal(export.read_xlsx(path).select(export.COLUMNS), frame)


# ---------------------------------------------------------------------------------------------
# JSONL


def test_jsonl_lines_match_frame(frame: pl.DataFrame, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    special = frame.with_columns(pl.Series("note", ["line\u2028separator"] + [""] * (frame.height - 1)))
    export.write_jsonl(special, path)
    raw = path.read_text(encoding="utf-8")
    assert "\u2028" not in raw and "Genève" in raw
    lines = raw.splitlines()
    assert len(lines) == frame.height
    records = [json.loads(line) for line in lines]
    assert records == special.to_dicts()
    assert list(records[0]) == [*export.COLUMNS, "note"]


# ---------------------------------------------------------------------------------------------
# write_outputs, load_alignment


def test_write_outputs_writes_every_format(frame: pl.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    formats = ["TSV", "tmx", "xlsx", "jsonl", "tsv"]
    paths = export.write_outputs(frame, out, "geneva", formats, created=CREATED)
    assert paths == [out / "geneva.tsv", out / "geneva.tmx", out / "geneva.xlsx", out / "geneva.jsonl"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)


def test_write_outputs_rejects_bad_formats_and_dirs(frame: pl.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(AlignError, match="valid formats: tsv, tmx, xlsx, jsonl") as err:
        export.write_outputs(frame, tmp_path, "x", ["tsv", "csv"])
    assert "\n" not in str(err.value)
    with pytest.raises(AlignError, match="no export format"):
        export.check_formats([])
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(AlignError, match="cannot create output directory") as err:
        export.write_outputs(frame, blocker / "out", "x")
    assert "\n" not in str(err.value)
    with pytest.raises(AlignError, match="invalid output name"):
        export.write_outputs(frame, tmp_path, "../x")


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt(), SystemExit(143)])
def test_write_outputs_is_atomic(
    frame: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    old = b"link\told content\n"
    (tmp_path / "geneva.tsv").write_bytes(old)
    seen: list[Path] = []

    def broken_tmx(df: pl.DataFrame, path: Path, **kwargs: object) -> None:
        seen.append(Path(path))
        Path(path).write_text("<?xml version='1.0'?><tmx><body><tu>", encoding="utf-8")
        raise exc

    monkeypatch.setattr(export, "write_tmx", broken_tmx)
    with pytest.raises(type(exc)):
        export.write_outputs(frame, tmp_path, "geneva", ["tsv", "tmx", "jsonl"])
    assert seen and seen[0].parent == tmp_path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geneva.tsv"]
    assert (tmp_path / "geneva.tsv").read_bytes() == old


def test_write_outputs_is_whole_or_nothing_when_a_target_cannot_be_replaced(
    frame: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder where an output goes is refused before anything is written; a rename failing
    after others succeeded puts the earlier outputs back as they were (old or absent)."""
    old = b"link\told content\n"
    (tmp_path / "geneva.tsv").write_bytes(old)
    (tmp_path / "geneva.tmx").mkdir()
    with pytest.raises(AlignError, match="geneva.tmx: a folder of that name is in the way"):
        export.write_outputs(frame, tmp_path, "geneva", ["tsv", "tmx", "jsonl"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geneva.tmx", "geneva.tsv"]
    assert (tmp_path / "geneva.tsv").read_bytes() == old
    (tmp_path / "geneva.tmx").rmdir()
    real_replace = os.replace

    def failing_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == "geneva.jsonl":
            raise PermissionError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", failing_replace)
    with pytest.raises(AlignError, match="cannot write .*geneva.jsonl: Permission denied"):
        export.write_outputs(frame, tmp_path, "geneva", ["tsv", "tmx", "jsonl"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geneva.tsv"]
    assert (tmp_path / "geneva.tsv").read_bytes() == old


def test_write_outputs_cleans_up_on_sigterm(
    frame: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        pytest.skip("SIGTERM already handled by the test runner")

    def killed_jsonl(df: pl.DataFrame, path: Path) -> None:
        Path(path).write_text('{"link": 0', encoding="utf-8")
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(export, "write_jsonl", killed_jsonl)
    with pytest.raises(SystemExit):
        export.write_outputs(frame, tmp_path, "geneva", ["tsv", "jsonl"])
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_writing_is_deterministic(frame: pl.DataFrame, tmp_path: Path) -> None:
    """Two writes of the same links, a second apart and with no creation time given, are the
    same bytes in every format: the TMX has no creationdate, the spreadsheet the fixed one its
    parts carry."""
    formats = ["tsv", "tmx", "xlsx", "jsonl"]
    first = export.write_outputs(frame, tmp_path / "1", "g", formats)
    time.sleep(1.1)
    second = export.write_outputs(frame, tmp_path / "2", "g", formats)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert_frame_equal(export.read_xlsx(first[2]), export.read_xlsx(second[2]))
    assert _parse_tmx(first[1]).find("header").get("creationdate") is None


def test_load_alignment_errors(frame: pl.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(AlignError, match=r"expected a \.tsv or \.xlsx"):
        export.load_alignment(tmp_path / "a.tmx")
    with pytest.raises(AlignError, match="does not exist"):
        export.load_alignment(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("link\tsrc_text\n0\thello\n", encoding="utf-8")
    with pytest.raises(AlignError, match="lacks column"):
        export.load_alignment(bad)
    good = tmp_path / "good.tsv"
    export.write_tsv(frame, good)
    good.write_text(good.read_text(encoding="utf-8").replace("\t0.05\t", "\tlow\t"), encoding="utf-8")
    with pytest.raises(AlignError, match=r"line 4: drift 'low' is not a valid number"):
        export.load_alignment(good)
    export.write_tsv(frame, good)
    lines = good.read_text(encoding="utf-8").split("\n")
    lines[8] = lines[8].replace("\\t", "\t")
    good.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(AlignError, match="line 9 has 18 fields, the header 17"):
        export.load_alignment(good)
    export.write_tsv(frame.with_columns(pl.col("src_idx").str.replace("4,5", "4;5")), good)
    with pytest.raises(AlignError, match="link 5: src_idx"):
        export.load_alignment(good)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(AlignError, match="cannot read"):
        export.load_alignment(fake)
    for path in (bad, good, fake):
        assert "\n" not in str(pytest.raises(AlignError, export.load_alignment, path).value)
    # values a hand edit can break, which every export would carry on (a TMX with x-drift 1.7)
    for column, value, message in (
        ("drift", 1.7, "link 3: drift 1.7 is not between 0 and 1"),
        ("similarity", -2.0, "link 3: similarity -2 is not between -1 and 1"),
        ("type", "banana", "link 3: type 'banana' is not its shape"),
        ("tgt_lang", "xx", "link 3: language 'xx' is no ISO 639 code"),
    ):
        edited = frame.with_columns(
            pl.when(pl.col("link") == 3).then(pl.lit(value)).otherwise(pl.col(column)).alias(column)
        )
        export.write_tsv(edited, good)
        with pytest.raises(AlignError, match=re.escape(f"{good}: {message}")):
            export.load_alignment(good)
    repeated = pl.concat([frame, frame.filter(pl.col("link") == 3)])  # a row copied at the end
    export.write_tsv(repeated, good)
    with pytest.raises(
        AlignError, match=r"link 3: source sentence \d+ is in link 3 too \(a row repeated\?\)"
    ):
        export.load_alignment(good)
    export.write_tsv(frame, good)
    assert_frame_equal(export.load_alignment(good), frame)


# ---------------------------------------------------------------------------------------------
# Properties


_fragments = st.sampled_from(
    [
        "\r\n",
        "\r",
        "\n",
        "\t",
        "\\",
        "\\t",
        "'",
        "=",
        "-",
        "@",
        "+",
        "\x0b",
        "\x00",
        "\u200f",
        "\u202e",
        "مرحبا",
        "שלום",
        "😀",
        "👩‍👩‍👧",
        "\ufeff",
        "\u2028",
        "\x85",
        "\ufffe",
        "_x000B_",
        " ",
    ]
)
_texts = st.lists(st.one_of(st.characters(codec="utf-8"), _fragments), max_size=12).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_texts, _texts), min_size=1, max_size=4), st.text(max_size=8))
def test_random_texts_survive_tsv_and_tmx(pairs: list[tuple[str, str]], speaker: str) -> None:
    src = [Sentence(i, a, "en", speaker=speaker or None) for i, (a, _) in enumerate(pairs)]
    tgt = [Sentence(i, b, "ar") for i, (_, b) in enumerate(pairs)]
    scored = [ScoredLink(Link((i,), (i,), similarity=0.5), 0.25, ("x",)) for i in range(len(pairs))]
    scored.append(ScoredLink(Link((0,), ()), 1.0))
    frame = export.links_frame(scored, src, tgt)
    with tempfile.TemporaryDirectory() as tmp:
        tsv, tmx = Path(tmp) / "p.tsv", Path(tmp) / "p.tmx"
        export.write_tsv(frame, tsv)
        assert_frame_equal(export.read_tsv(tsv), frame)
        export.write_tmx(frame, tmx, created=CREATED)
        etree.parse(str(tmx), etree.XMLParser(resolve_entities=False))
        kept = [(_strip_forbidden(a), _strip_forbidden(b)) for a, b in pairs]
        assert export.read_tmx(tmx) == [(a, b) for a, b in kept if a.strip() and b.strip()]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, _texts)
def test_random_texts_survive_xlsx(text: str, note: str) -> None:
    assume(not OOXML_ESCAPE.search(text + note))
    frame = export.links_frame(
        [ScoredLink(Link((0,), (0,), 0.5), 0.5)], [Sentence(0, text, "en")], [Sentence(0, "texte", "fr")]
    )
    frame = frame.with_columns(pl.Series("review", [note[:3]]), pl.Series("note", [note]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.xlsx"
        export.write_xlsx(frame, path)
        assert_frame_equal(export.read_xlsx(path), frame)


# ---------------------------------------------------------------------------------------------
# LibreOffice


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice not installed")
def test_xlsx_renders_with_libreoffice(frame: pl.DataFrame, tmp_path: Path) -> None:
    xlsx = tmp_path / "review.xlsx"
    export.write_xlsx(frame, xlsx, created=CREATED)
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [
            OFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(xlsx),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "review.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
