r"""Export stage: turn scored links into files translators and reviewers use.

Everything goes through one polars frame (``links_frame``), so every format carries the same
columns. Formats:

* TSV: the lossless interchange format (``read_tsv`` gives back the identical frame).
* TMX 1.4b: translation memory for CAT tools; only links with text on both sides.
* XLSX: a review sheet; ``read_xlsx`` reads a reviewer's edits back into the TSV schema.
* JSONL: one JSON object per link, for scripts.
* SRT / WebVTT (subtitle input only): bilingual subtitles, each link's source and target text
  shown together at the link's time, to review a translation against the video.

Cell conventions (TSV and XLSX): a string cell whose text starts with ``=``, ``+``, ``-``, ``@``
or ``'`` is written with one extra leading ``'``, so spreadsheet programs never run it as a
formula (formula injection); the readers remove one leading ``'`` from every string cell that has
one, so round trips are lossless. In TSV, a backslash, tab, newline or carriage return inside a
cell is written as ``\\``, ``\t``, ``\n`` or ``\r``, so a link is always one line, and no cell is
quoted; a cell whose text starts with ``"`` gets the leading ``'`` too, so readers that take ``"``
as a quote (polars, Python's csv, pandas, by default) read every row as written.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import json
import math
import os
import re
import secrets
import signal
import tempfile
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl
from lxml import etree

from align import __version__
from align.errors import AlignError
from align.types import FLAG_THRESHOLD, ScoredLink, Sentence, join_text

if TYPE_CHECKING:
    from align.read import Bitext

SCHEMA: dict[str, Any] = {
    "link": pl.Int64,
    "type": pl.String,
    "src_idx": pl.String,
    "tgt_idx": pl.String,
    "src_lang": pl.String,
    "tgt_lang": pl.String,
    "similarity": pl.Float64,
    "drift": pl.Float64,
    "flags": pl.String,
    "details": pl.String,
    "src_speaker": pl.String,
    "tgt_speaker": pl.String,
    "src_time": pl.String,
    "tgt_time": pl.String,
    "unit": pl.String,
    "src_text": pl.String,
    "tgt_text": pl.String,
}
"""Columns of the links frame, in order (the TSV header)."""

COLUMNS: tuple[str, ...] = tuple(SCHEMA)
LATER_COLUMNS: tuple[str, ...] = ("unit", "details", "src_time", "tgt_time")
"""Columns that files written by earlier versions lack: read as empty when absent."""
REVIEW_COLUMNS: tuple[str, ...] = ("review", "note")
ACCEPTING_VERDICTS = frozenset(
    {
        "ok",
        "okay",
        "fine",
        "good",
        "correct",
        "accept",
        "accepted",
        "approved",
        "fixed",
        "corrected",
        "done",
        "yes",
    }
)
"""Reviewers' verdicts (case and spacing aside) that accept a link, as it was or as the reviewer
fixed it in the sheet: a TMX with ``max_drift`` keeps it whatever its drift."""
"""Optional reviewer columns: present in frames read from a review sheet, kept by every writer."""

FORMATS: dict[str, str] = {
    "tsv": ".tsv",
    "tmx": ".tmx",
    "xlsx": ".xlsx",
    "jsonl": ".jsonl",
    "srt": ".srt",
    "vtt": ".vtt",
}
"""Export format names and the file extension each one is written with."""

_FORMULA_START = ("=", "+", "-", "@", "'")
_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_TSV_ESCAPE_RE = re.compile(r"[\\\t\n\r]")
_TSV_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
_TSV_UNESCAPE_RE = re.compile(r"\\([\\tnr])")
_XML_FORBIDDEN_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_OOXML_ESCAPE_RE = re.compile("_x(00[01][0-9A-Fa-f]|[Dd][89A-Fa-f][0-9A-Fa-f]{2}|[Ff]{3}[EeFf])_")
"""The OOXML escapes of characters XML cannot hold (controls, lone surrogates, U+FFFE/FFFF),
which openpyxl leaves in a cell's text; it decodes the escaped underscore (``_x005F_``) of a
literal ``_x0041_`` itself, so decoding every ``_xHHHH_`` again would turn it into ``A``."""
_JSONL_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XLSX_MAX_CELL = 32767
_XLSX_MAX_ROWS = 1_048_576
_XLSX_SHEET = "alignment"
_XLSX_LAYOUT: tuple[tuple[str, float], ...] = (
    ("link", 6),
    ("type", 6),
    ("drift", 7),
    ("similarity", 9),
    ("flags", 22),
    ("details", 30),
    ("src_text", 60),
    ("tgt_text", 60),
    ("review", 10),
    ("note", 30),
    ("unit", 12),
    ("src_speaker", 14),
    ("tgt_speaker", 14),
    ("src_time", 13),
    ("tgt_time", 13),
    ("src_idx", 8),
    ("tgt_idx", 8),
    ("src_lang", 8),
    ("tgt_lang", 8),
)
"""Review sheet columns and widths: what a reviewer reads first on the left."""
_XLSX_WRAPPED = ("flags", "details", "src_text", "tgt_text", "note")


# ---------------------------------------------------------------------------------------------
# The links frame


def links_frame(
    scored: list[ScoredLink],
    src: list[Sentence],
    tgt: list[Sentence],
    units: Sequence[str] | None = None,
) -> pl.DataFrame:
    """Build the export frame: one row per link, in the order given (document order);
    ``units`` labels each link's unit in a checked file (``read.Bitext.labels``), else empty.

    Raises ValueError if a link names a sentence that is not in its stream (a pipeline bug).
    """
    src_by_idx = {s.idx: s for s in src}
    tgt_by_idx = {s.idx: s for s in tgt}
    src_lang, tgt_lang = _stream_lang(src), _stream_lang(tgt)
    rows: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for number, item in enumerate(scored):
        link = item.link
        src_side = _side(link.src, src_by_idx, number, "source")
        tgt_side = _side(link.tgt, tgt_by_idx, number, "target")
        if not math.isfinite(item.drift):
            raise ValueError(f"link {number}: drift {item.drift} is not a number")
        similarity = link.similarity
        if not src_side or not tgt_side or similarity is None or not math.isfinite(similarity):
            similarity = None
        else:
            similarity = round(similarity, 4)
        rows["link"].append(number)
        rows["unit"].append(units[number] if units is not None else "")
        rows["type"].append(link.type)
        rows["src_idx"].append(",".join(str(i) for i in link.src))
        rows["tgt_idx"].append(",".join(str(i) for i in link.tgt))
        rows["src_lang"].append(src_lang)
        rows["tgt_lang"].append(tgt_lang)
        rows["similarity"].append(similarity)
        rows["drift"].append(round(item.drift, 4))
        rows["flags"].append(",".join(sorted(set(item.flags))))
        rows["details"].append(item.details)
        rows["src_speaker"].append((src_side[0].speaker or "") if src_side else "")
        rows["tgt_speaker"].append((tgt_side[0].speaker or "") if tgt_side else "")
        rows["src_time"].append(_side_time(src_side))
        rows["tgt_time"].append(_side_time(tgt_side))
        rows["src_text"].append(join_text([s.text for s in src_side]))
        rows["tgt_text"].append(join_text([s.text for s in tgt_side]))
    return pl.DataFrame(rows, schema=SCHEMA)


def format_time(seconds: float) -> str:
    """``HH:MM:SS.mmm``, the WebVTT form of a time in seconds."""
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


_TIME_SPAN = re.compile(r"^(\d+):(\d{2}):(\d{2})\.(\d{3})-(\d+):(\d{2}):(\d{2})\.(\d{3})$")


def parse_time_span(text: str) -> tuple[float, float] | None:
    """The (start, end) seconds of a ``src_time`` / ``tgt_time`` cell, None when it is empty
    or not of the form ``HH:MM:SS.mmm-HH:MM:SS.mmm``."""
    match = _TIME_SPAN.match(text.strip())
    if not match:
        return None
    h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(g) for g in match.groups())
    return h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000


def time_span(start: float | None, end: float | None) -> str:
    """``HH:MM:SS.mmm-HH:MM:SS.mmm``, or empty when either time is unknown (plain text)."""
    return "" if start is None or end is None else f"{format_time(start)}-{format_time(end)}"


def _side_time(side: list[Sentence]) -> str:
    """When a side is shown: its first sentence's start to its last one's end."""
    starts = [s.start for s in side if s.start is not None]
    ends = [s.end for s in side if s.end is not None]
    return time_span(min(starts), max(ends)) if starts and ends else ""


def frame_to_links(df: pl.DataFrame) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Recover the beads (source indices, target indices) of a frame, e.g. one read back.

    AlignError names the link whose ``src_idx`` or ``tgt_idx`` is not a list of sentence numbers.
    """
    _require_columns(df.columns, ("src_idx", "tgt_idx"), "alignment")
    numbers = df["link"].to_list() if "link" in df.columns else list(range(df.height))
    beads = []
    for number, src_idx, tgt_idx in zip(numbers, df["src_idx"], df["tgt_idx"], strict=True):
        beads.append((_parse_indices(src_idx, number, "src_idx"), _parse_indices(tgt_idx, number, "tgt_idx")))
    return beads


def _stream_lang(stream: list[Sentence]) -> str:
    """The language of a stream: its most common sentence language ("" for an empty stream)."""
    counts = Counter(s.lang for s in stream)
    return counts.most_common(1)[0][0] if counts else ""


def _side(indices: tuple[int, ...], by_idx: dict[int, Sentence], number: int, name: str) -> list[Sentence]:
    missing = [i for i in indices if i not in by_idx]
    if missing:
        raise ValueError(f"link {number}: {name} sentence {missing[0]} is not in the {name} stream")
    return [by_idx[i] for i in indices]


def _parse_indices(text: str | None, number: int, column: str) -> tuple[int, ...]:
    if not text:
        return ()
    try:
        indices = tuple(int(part) for part in text.split(","))
    except ValueError:
        indices = (-1,)
    if min(indices) < 0:
        raise AlignError(
            f"link {number}: {column} {text!r} is not a comma-separated list of sentence numbers"
        )
    return indices


_REQUIRED: tuple[str, ...] = tuple(c for c in COLUMNS if c not in LATER_COLUMNS)


def _require_columns(present: Sequence[str], required: Sequence[str], what: str) -> None:
    missing = [c for c in required if c not in present]
    if missing:
        raise AlignError(
            f"{what} lacks column(s) {', '.join(missing)}; write the alignment again with align pair "
            "(or align export of a complete TSV or review sheet)"
        )


def _ordered(df: pl.DataFrame) -> pl.DataFrame:
    """The frame's export columns in canonical order (reviewer columns last, when present)."""
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"links frame lacks column(s) {', '.join(missing)}")
    return df.select(*COLUMNS, *(c for c in REVIEW_COLUMNS if c in df.columns))


def _string_columns(df: pl.DataFrame) -> list[str]:
    return [name for name, dtype in df.schema.items() if dtype == pl.String]


def _tsv_neutralise(text: str) -> str:
    """``'`` before a text opening like a formula, so spreadsheets never evaluate the cell (and
    before ``'`` itself, to stay lossless), and before a leading ``"``: a quote-aware TSV reader
    would take it for the start of a quoted field running past tabs and line ends."""
    return "'" + text if text.startswith((*_FORMULA_START, '"')) else text


def _unneutralise(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _unguarded(text: str) -> str:
    """A sheet cell's text without the ``'`` that sheets written before stop 62 put before text
    opening like a formula (as ``_tsv_neutralise`` does); a cell with the quote prefix style holds its text
    as written."""
    return text[1:] if text.startswith("'") and text[1:2] and text[1:2] in _FORMULA_START else text


# ---------------------------------------------------------------------------------------------
# TSV


def write_tsv(df: pl.DataFrame, path: Path | str) -> None:
    """Write the links frame as escaped, unquoted UTF-8 TSV that ``read_tsv`` reads back exactly."""
    _write_escaped_tsv(_ordered(df), path)


def write_frame_tsv(df: pl.DataFrame, path: Path | str) -> None:
    """Write any frame (e.g. ``align detect`` segments) as TSV with the same escaping, atomically.

    Creates the parent directory; AlignError if the file cannot be written.
    """
    path = Path(path)
    _write_atomically(path.parent, [(path, lambda tmp: _write_escaped_tsv(df, tmp))])


def _write_escaped_tsv(df: pl.DataFrame, path: Path | str) -> None:
    df = df.with_columns(
        pl.Series(
            name, [None if v is None else _tsv_escape(_tsv_neutralise(v)) for v in df[name]], dtype=pl.String
        )
        for name in _string_columns(df)
    )
    df.write_csv(path, separator="\t", line_terminator="\n", quote_style="never", check_extension=False)


def read_tsv(path: Path | str) -> pl.DataFrame:
    """Read a TSV written by ``write_tsv`` into the links frame (AlignError if malformed).

    Tolerates what editors add on save: a UTF-8 byte order mark, CRLF line ends, trailing blank lines.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise AlignError(f"cannot read {path}: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise AlignError(f"{path} is not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    lines = text.split("\n")
    while lines and not lines[-1].strip("\r"):
        lines.pop()
    if not lines:
        raise AlignError(f"{path} is empty; export the alignment again with align pair")
    rows = [line.removesuffix("\r").split("\t") for line in lines]
    header = rows[0]
    _require_columns(header, _REQUIRED, str(path))
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise AlignError(
                f"{path}: line {number} has {len(row)} fields, the header {len(header)}; "
                "inside a text write a tab as \\t and a line break as \\n"
            )
    columns: list[pl.Series] = []
    for name in (*COLUMNS, *(c for c in REVIEW_COLUMNS if c in header)):
        at = header.index(name) if name in header else None
        values = [row[at] if at is not None else "" for row in rows[1:]]
        dtype = SCHEMA.get(name, pl.String)
        if dtype == pl.String:
            texts = [_unneutralise(_tsv_unescape(v)) for v in values]
            columns.append(pl.Series(name, texts, dtype=pl.String))
        else:
            numbers = [_number(v, dtype, name, f"{path}: line {line}") for line, v in enumerate(values, 2)]
            columns.append(pl.Series(name, numbers, dtype=dtype))
    return pl.DataFrame(columns)


def _tsv_escape(text: str) -> str:
    return _TSV_ESCAPE_RE.sub(lambda m: _TSV_ESCAPES[m.group()], text)


def _tsv_unescape(text: str) -> str:
    return _TSV_UNESCAPE_RE.sub(lambda m: _TSV_UNESCAPES[m.group(1)], text)


def _number(value: Any, dtype: Any, column: str, where: str) -> int | float | None:
    """Parse a numeric cell of a loaded file; AlignError says where it is if it is not a number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if column == "similarity":
            return None
        raise AlignError(f"{where}: {column} is empty; it must be a number")
    try:
        number = float(value)
        if dtype == pl.Int64:
            if not number.is_integer():
                raise ValueError
            return int(number)
        if not math.isfinite(number):
            raise ValueError
        return number
    except (TypeError, ValueError):
        raise AlignError(f"{where}: {column} {value!r} is not a valid number") from None


# ---------------------------------------------------------------------------------------------
# TMX


def write_tmx(
    df: pl.DataFrame, path: Path | str, max_drift: float | None = None, created: datetime | None = None
) -> None:
    """Write a TMX 1.4b translation memory: one ``<tu>`` per link with text on both sides.

    With ``max_drift``, links whose drift exceeds it are left out, unless a reviewer's verdict
    accepts them (``ACCEPTING_VERDICTS``: the sheet's ``review`` says ``ok`` or ``fixed``). The
    header's ``creationdate``
    (optional in TMX) comes from ``SOURCE_DATE_EPOCH`` if set, else ``created``; without either
    there is none, so a rerun writes the same bytes. Characters XML 1.0 forbids are dropped.
    """
    df = _ordered(df)
    srclang = df["src_lang"][0] if df.height and df["src_lang"][0] else "*all*"
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(
        root,
        "header",
        {
            "creationtool": "align",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "align-tsv",
            "adminlang": "en",
            "srclang": srclang,
            "datatype": "plaintext",
        },
    )
    when = _creation_time(created)
    if when is not None:
        header.set("creationdate", when.strftime("%Y%m%dT%H%M%SZ"))
    body = etree.SubElement(root, "body")
    for row in df.iter_rows(named=True):
        src_text, tgt_text = _xml_text(row["src_text"]), _xml_text(row["tgt_text"])
        if not src_text.strip() or not tgt_text.strip():
            continue
        drift = row["drift"]
        accepted = " ".join((row.get("review") or "").split()).casefold() in ACCEPTING_VERDICTS
        if max_drift is not None and (drift is None or drift > max_drift) and not accepted:
            continue
        tu = etree.SubElement(body, "tu", tuid=str(row["link"]))
        _prop(tu, "x-link", str(row["link"]))
        _prop(tu, "x-unit", row.get("unit"))
        if drift is not None:
            _prop(tu, "x-drift", f"{drift:.4f}")
        _prop(tu, "x-flags", row["flags"])
        _prop(tu, "x-details", row.get("details"))
        _prop(tu, "x-review", row.get("review"))
        if row.get("note"):
            etree.SubElement(tu, "note").text = _xml_text(row["note"])
        for lang, text, time in (
            (row["src_lang"], src_text, row.get("src_time")),
            (row["tgt_lang"], tgt_text, row.get("tgt_time")),
        ):
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: _xml_text(lang) or "und"})
            _prop(tuv, "x-time", time)
            etree.SubElement(tuv, "seg").text = text
    etree.ElementTree(root).write(str(path), encoding="UTF-8", xml_declaration=True, pretty_print=True)


def read_tmx(path: Path | str) -> list[tuple[str, str]]:
    """Read the (source, target) segment texts of a TMX file, in file order.

    The source side is the ``<tuv>`` whose language is the header's ``srclang`` (else the first);
    units without both sides are skipped. Entities and DTDs are never loaded.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as err:
        raise AlignError(f"cannot read {path} as TMX: {err}") from None
    header = root.find("{*}header")
    srclang = (header.get("srclang", "") if header is not None else "").lower()
    pairs = []
    for tu in root.iterfind("{*}body/{*}tu"):
        sides = [
            (tuv.get(_XML_LANG, tuv.get("lang", "")).lower(), tuv.find("{*}seg"))
            for tuv in tu.iterfind("{*}tuv")
        ]
        sides = [(lang, "".join(seg.itertext())) for lang, seg in sides if seg is not None]
        if len(sides) < 2:
            continue
        source = next((s for s in sides if s[0] == srclang), sides[0])
        target = next(s for s in sides if s is not source)
        pairs.append((source[1], target[1]))
    return pairs


def _prop(parent: etree._Element, kind: str, value: str | None) -> None:
    if value:
        etree.SubElement(parent, "prop", type=kind).text = _xml_text(value)


def _xml_text(text: str | None) -> str:
    """The text without the characters XML 1.0 cannot hold (they cannot be escaped either)."""
    return _XML_FORBIDDEN_RE.sub("", text or "")


def _creation_time(created: datetime | None) -> datetime | None:
    """UTC creation time: SOURCE_DATE_EPOCH, else ``created``, else none (never the current
    time, which would make two runs on the same input differ)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise AlignError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix time in seconds; fix or unset it"
            ) from None
    if created is None:
        return None
    if created.tzinfo is None:
        return created.replace(tzinfo=UTC)
    return created.astimezone(UTC)


# ---------------------------------------------------------------------------------------------
# XLSX


_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)
"""The time xlsxwriter stamps on every part of a spreadsheet (Excel's own), and the creation time
of one written without ``created`` or SOURCE_DATE_EPOCH."""


def write_xlsx(df: pl.DataFrame, path: Path | str, created: datetime | None = None) -> None:
    """Write the review sheet: texts side by side, drift coloured green to red, review/note to fill.

    Every text goes in as a string cell (never a formula), as written: one that opens like a
    formula (``=``, ``+``, ``-``, ``@``) carries the quote prefix style, which keeps it text when
    a reviewer edits it, where a leading ``'`` in the text would show. ``created`` (or SOURCE_DATE_EPOCH)
    sets the document creation time in the file's properties; without either it is the date
    the spreadsheet's parts carry (``_ZIP_EPOCH``), so a rerun writes the same bytes.
    """
    import xlsxwriter

    df = _ordered(df)
    if df.height + 1 > _XLSX_MAX_ROWS:
        raise AlignError(f"{df.height} links do not fit in one spreadsheet; export tsv instead")
    for name in _string_columns(df):
        longest = df[name].str.len_chars().max() or 0
        if longest + 1 > _XLSX_MAX_CELL:
            raise AlignError(
                f"a {name} cell has {longest} characters, more than a spreadsheet cell holds "
                f"({_XLSX_MAX_CELL}); export tsv instead"
            )
    names = [name for name, _ in _XLSX_LAYOUT]
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "in_memory": True,  # its parts then dated 1980-01-01 (written through files: 1980-01-31)
        },
    )
    try:
        workbook.set_properties(
            {
                "title": "align review sheet",
                "author": "align",
                "created": (_creation_time(created) or _ZIP_EPOCH).replace(tzinfo=None),
            }
        )
        header = workbook.add_format({"bold": True, "bg_color": "#D9D9D9", "bottom": 1, "valign": "top"})
        looks = {
            "text": {"text_wrap": True, "valign": "top"},
            "plain": {"valign": "top"},
            "centred": {"valign": "top", "align": "center"},
        }
        formats = {look: workbook.add_format(props) for look, props in looks.items()}
        text, plain = formats["text"], formats["plain"]
        score = workbook.add_format({"num_format": "0.0000", "valign": "top"})
        quoted = {  # each look marking text that opens like a formula as text, shown as written
            look: workbook.add_format({**props, "quote_prefix": True}) for look, props in looks.items()
        }
        sheet = workbook.add_worksheet(_XLSX_SHEET)
        for col, (name, width) in enumerate(_XLSX_LAYOUT):
            sheet.set_column(col, col, width, text if name in _XLSX_WRAPPED else plain)
            sheet.write_string(0, col, name, header)
        for r, row in enumerate(df.iter_rows(named=True), start=1):
            sheet.set_row(r, _row_height(row))
            for col, name in enumerate(names):
                value = row.get(name)
                if name == "link":
                    sheet.write_number(r, col, value, plain)
                elif name in ("drift", "similarity"):
                    if value is None:
                        sheet.write_blank(r, col, None, score)
                    else:
                        sheet.write_number(r, col, value, score)
                else:
                    look = "text" if name in _XLSX_WRAPPED else "centred" if name == "type" else "plain"
                    if value:
                        sheet.write_string(
                            r, col, value, (quoted if value.startswith(_FORMULA_START) else formats)[look]
                        )
                    else:
                        sheet.write_blank(r, col, None, formats[look])
        last = max(df.height, 1)
        drift_col = names.index("drift")
        sheet.conditional_format(
            1,
            drift_col,
            last,
            drift_col,
            {
                "type": "3_color_scale",
                "min_type": "num",
                "min_value": 0,
                "min_color": "#63BE7B",
                "mid_type": "num",
                "mid_value": 0.5,
                "mid_color": "#FFEB84",
                "max_type": "num",
                "max_value": 1,
                "max_color": "#F8696B",
            },
        )
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, df.height, len(names) - 1)
        sheet.set_landscape()
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.print_area(0, 0, df.height, names.index("note"))
        _xlsx_about(workbook.add_worksheet("about"))
    finally:
        workbook.close()


def _row_height(row: dict[str, Any]) -> float:
    """Row height in points fitting the wrapped texts: LibreOffice and Excel keep the default
    height for rows of a generated file, which would cut wrapped text to its first line."""
    widths = dict(_XLSX_LAYOUT)
    lines = 1
    for name in _XLSX_WRAPPED:
        per_line = widths[name] * 1.15 - 1
        text = row.get(name) or ""
        needed = sum(max(1, math.ceil(_display_width(part) / per_line)) for part in text.splitlines() or [""])
        lines = max(lines, needed)
    return min(15.0 * lines + 2, 409.0)


def _display_width(text: str) -> int:
    """Width in narrow-character units: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _header_sheet(workbook: Any) -> Any:
    """The sheet of a renamed review sheet: the first whose first row names the link columns (a
    cover sheet put in front has none), else the first sheet."""
    for sheet in workbook.worksheets:
        first = next(sheet.iter_rows(max_row=1, values_only=True), ())
        if set(_REQUIRED) <= {str(v).strip() for v in first if v is not None}:
            return sheet
    return workbook.worksheets[0]


def read_xlsx(path: Path | str) -> pl.DataFrame:
    """Read a review sheet (possibly hand-edited) into the links frame plus review and note.

    Columns are found by their header names, so reordering them is fine; rows are put back in
    link order if a reviewer sorted them; empty rows are skipped. Texts round-trip exactly, except
    a literal escape of a control character (``_x0007_``), which openpyxl cannot tell from the
    character's own, and ``x005F_``, which it drops: use TSV where that matters.
    """
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(str(path), data_only=False)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError) as err:
        raise AlignError(f"cannot read {path} as an XLSX review sheet: {err}") from None
    sheet = workbook[_XLSX_SHEET] if _XLSX_SHEET in workbook.sheetnames else _header_sheet(workbook)
    rows = sheet.iter_rows()
    header = [str(c.value).strip() if c.value is not None else "" for c in next(rows, ())]
    _require_columns(header, _REQUIRED, str(path))
    wanted = [*COLUMNS, *REVIEW_COLUMNS]
    position = {name: header.index(name) for name in wanted if name in header}
    records: list[dict[str, Any]] = []
    for row_number, cells in enumerate(rows, start=2):
        if all(c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in cells):
            continue
        record: dict[str, Any] = {}
        for name in wanted:
            col = position.get(name, len(cells))
            cell = cells[col] if col < len(cells) else None
            value = None if cell is None else cell.value
            dtype = SCHEMA.get(name, pl.String)
            if dtype == pl.String:
                text = _xlsx_string(value)
                record[name] = text if cell is None or cell.quotePrefix else _unguarded(text)
            else:
                record[name] = _number(value, dtype, name, f"{path}: row {row_number}")
        records.append(record)
    records.sort(key=lambda record: record["link"])
    schema = {**SCHEMA, **{name: pl.String for name in REVIEW_COLUMNS}}
    return pl.DataFrame(records, schema=schema)


def _xlsx_string(value: Any) -> str:
    """A cell value as text, decoding the OOXML escapes openpyxl leaves in place (``_OOXML_ESCAPE_RE``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _OOXML_ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), str(value))
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _xlsx_about(sheet: Any) -> None:
    sheet.set_column(0, 0, 90)
    lines = (
        "align review sheet",
        "Each row of the 'alignment' sheet is one link: source and target sentences side by side.",
        "drift: 0 = faithful, 1 = likely mistranslated or unaligned (green to red).",
        "Correct src_text / tgt_text in place, mark the review column, add a note if useful.",
        "A text starting with ' got that apostrophe so it is never run as a formula:",
        "leave it, align removes it again when it reads the sheet.",
        "Then run: align export <this file>.xlsx --format tsv,tmx",
    )
    for row, line in enumerate(lines):
        sheet.write_string(row, 0, line)


# ---------------------------------------------------------------------------------------------
# JSONL


def write_jsonl(df: pl.DataFrame, path: Path | str) -> None:
    """Write one JSON object per link, keys in column order, non-ASCII kept as UTF-8."""
    df = _ordered(df)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for row in df.iter_rows(named=True):
            line = json.dumps(row, ensure_ascii=False, allow_nan=False)
            # NEL and the Unicode line/paragraph separators end a line for some readers.
            for char, escape in _JSONL_LINE_BREAKS.items():
                line = line.replace(char, escape)
            out.write(line + "\n")


# ---------------------------------------------------------------------------------------------
# Bilingual subtitles


NO_TIMES = "srt and vtt exports need subtitle input (SRT, WebVTT or SBV files): no sentence has a time"


def subtitle_cues(df: pl.DataFrame) -> list[tuple[float, float, str]]:
    """(start, end, text) of each link with a time, sorted by time: the link's source time, or
    its target time where the source has none (a target-only link, or a plain-text source),
    and its source text above its target text; a link of several cues, which ends after the
    next link begins, ends where that one begins, and links that begin at the same time (two
    sentences of one cue, a target-only link at its target time beside a pair at its source
    time) share their time in equal parts, in link order, so cues do not overlap. AlignError
    when no link has a time."""
    cues = []
    for row in _ordered(df).iter_rows(named=True):
        span = parse_time_span(row["src_time"] or "") or parse_time_span(row["tgt_time"] or "")
        if span is None:
            continue
        lines = [" ".join(t.split()).replace("-->", "->") for t in (row["src_text"], row["tgt_text"])]
        text = "\n".join(line for line in lines if line)
        if text:
            cues.append((span[0], span[1], row["link"], text))
    if not cues:
        raise AlignError(NO_TIMES)
    groups: dict[float, list[tuple[float, str]]] = {}
    for start, end, _, text in sorted(cues, key=lambda cue: (cue[0], cue[2])):
        groups.setdefault(start, []).append((end, text))
    starts = sorted(groups)
    out = []
    for k, start in enumerate(starts):
        members = groups[start]
        stop = max(end for end, _ in members)
        stop = min(stop, starts[k + 1]) if k + 1 < len(starts) else stop
        share = (stop - start) / len(members)
        out.extend((start + j * share, start + (j + 1) * share, text) for j, (_, text) in enumerate(members))
    return out


def write_subtitles(df: pl.DataFrame, path: Path | str, kind: str) -> None:
    """Write bilingual subtitles, ``kind`` ``srt`` or ``vtt`` (``subtitle_cues``). Written here,
    not with webvtt-py, whose SRT writer drops any ``<…>`` of the text as markup: SRT gets the
    text as it is, WebVTT (whose cue text is markup) with ``&``, ``<`` and ``>`` escaped."""
    import html

    blocks = []
    for number, (start, end, text) in enumerate(subtitle_cues(df), start=1):
        if kind == "srt":
            times = f"{format_time(start)} --> {format_time(end)}".replace(".", ",")
            blocks.append(f"{number}\n{times}\n{text}\n")
        else:
            blocks.append(f"{format_time(start)} --> {format_time(end)}\n{html.escape(text, quote=False)}\n")
    head = "WEBVTT\n\n" if kind == "vtt" else ""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(head + "\n".join(blocks))


# ---------------------------------------------------------------------------------------------
# Writing a set of outputs atomically, loading one back


def write_outputs(
    df: pl.DataFrame,
    out_dir: Path,
    stem: str,
    formats: Sequence[str] = ("tsv",),
    max_drift: float | None = None,
    created: datetime | None = None,
    also: Sequence[tuple[str, Callable[[Path], None]]] = (),
) -> list[Path]:
    """Write ``out_dir/stem.<ext>`` for each format, then ``out_dir/<name>`` by each writer of
    ``also`` (``write_annotated``); return the paths, in the order asked.

    All files are written to hidden temporaries beside their targets and renamed into place only
    once every format succeeded, so an error, Ctrl-C or SIGTERM never leaves a truncated file and
    never replaces an existing output. ``max_drift`` applies to TMX only.
    """
    chosen = check_formats(formats)
    if not isinstance(df, pl.DataFrame):
        raise AlignError(f"write_outputs takes the frame of links_frame, not {type(df).__name__}")
    if not stem or stem in (".", "..") or "/" in stem or os.sep in stem or "\0" in stem:
        raise AlignError(f"invalid output name {stem!r}: give a file name without a directory")
    df = _ordered(df)
    writers: dict[str, Callable[[Path], None]] = {
        "tsv": lambda p: write_tsv(df, p),
        "tmx": lambda p: write_tmx(df, p, max_drift=max_drift, created=created),
        "xlsx": lambda p: write_xlsx(df, p, created=created),
        "jsonl": lambda p: write_jsonl(df, p),
        "srt": lambda p: write_subtitles(df, p, "srt"),
        "vtt": lambda p: write_subtitles(df, p, "vtt"),
    }
    out_dir = Path(out_dir)
    jobs = [(out_dir / f"{stem}{FORMATS[fmt]}", writers[fmt]) for fmt in chosen]
    return _write_atomically(out_dir, jobs + [(out_dir / name, writer) for name, writer in also])


# ---------------------------------------------------------------------------------------------
# A checked memory or XLIFF file, annotated

ANNOTATION_PROPS = ("x-drift", "x-flags", "x-details")
"""The TMX properties ``write_annotated`` gives each checked unit (and replaces on a re-check)."""


def annotated_name(source: Path | str) -> str:
    """The annotated copy's file name: ``memory.tmx`` -> ``memory.checked.tmx``."""
    source = Path(source)
    return f"{source.stem}.checked{source.suffix}"


def write_annotated(
    bitext: Bitext,
    where: Sequence[tuple[int, str | None]],
    df: pl.DataFrame,
    path: Path | str,
    max_drift: float | None = None,
) -> None:
    """Write a copy of the TMX or XLIFF file ``bitext`` was read from (its parsed document, not
    read again) with each checked unit's drift, for the CAT tool the file came from;
    ``where[k]`` locates link k's unit (``read.Bitext.where``), ``df`` holds the links in order.
    The file is otherwise kept as it is: its other units, inline codes, properties and encoding.

    - TMX: each checked ``<tu>`` gets ``x-drift``, ``x-flags`` and ``x-details`` properties
      (replacing those of an earlier check); with ``max_drift``, the units above it are left out:
      a memory of the faithful ones.
    - XLIFF: a flagged unit (drift ``FLAG_THRESHOLD`` or more) gets a note saying its drift and
      flags (``<note from="align">`` in 1.2, ``<note category="align">`` in the unit's
      ``<notes>`` in 2.x; those of an earlier check removed), and in 1.2 its target, where it
      holds a translation, ``state="needs-review-translation"`` (the unit no longer approved).
    - PO: a flagged entry with a translation gets a translator comment ``# align: drift 0.90:
      …`` (those of an earlier check removed) and, where a check found something (``flags``),
      the ``fuzzy`` flag, which gettext tools and PO editors list for review and ``msgfmt``
      leaves out of the build; its other comments and flags are kept.
    """
    from align.read import unit_elements

    if bitext.tree is None:
        raise ValueError(f"write_annotated: {bitext.path} is a {bitext.kind}, not a TMX, XLIFF or PO file")
    rows = _ordered(df).select("drift", "flags", "details").rows()
    if len(rows) != len(where):
        raise ValueError(f"write_annotated: {len(rows)} links for {len(where)} units")
    if bitext.kind == "PO":
        Path(path).write_bytes(_annotate_po(bitext.tree, where, rows))
        return
    tree = copy.deepcopy(bitext.tree)  # the Bitext stays as read
    elements = unit_elements(tree, bitext.kind)
    if bitext.kind == "TMX":
        _annotate_tmx(elements, where, rows, max_drift)
    else:
        _annotate_xliff(tree, elements, where, rows, bitext.kind.startswith("XLIFF 2"))
    tree.write(str(path), encoding=tree.docinfo.encoding or "UTF-8", xml_declaration=True)


def _drift_note(drift: float, flags: str, details: str) -> str:
    """What ``write_annotated`` notes on a flagged unit: ``drift 0.90: number_mismatch: …``."""
    return f"drift {drift:.2f}: {details.removeprefix('drift: ') or flags}"


_PO_NOTE = "# align: "


def _annotate_po(store, where: Sequence[tuple[int, str | None]], rows: list) -> bytes:
    """The PO file ``store`` (translate-toolkit's) serialized with each flagged entry commented
    with its drift and, where a check flags it, marked ``fuzzy``; the store read stays as it was."""
    from translate.storage import pypo

    store = pypo.pofile.parsestring(bytes(store))
    for (number, _), (drift, flags, details) in zip(where, rows):
        unit = store.units[number]
        unit.othercomments = [c for c in unit.othercomments if not c.startswith(_PO_NOTE)]
        if drift >= FLAG_THRESHOLD and str(unit.target).strip():  # untranslated: listed as such
            unit.othercomments.append(f"{_PO_NOTE}{' '.join(_drift_note(drift, flags, details).split())}\n")
            if set(flags.split(",")) - {"", "low_similarity"}:  # fuzzy drops the entry from the
                unit.markfuzzy(True)  # build: not for a similarity low alone, flagged or not
    return bytes(store)


def _annotate_tmx(
    elements: list, where: Sequence[tuple[int, str | None]], rows: list, max_drift: float | None
) -> None:
    for (number, _), (drift, flags, details) in zip(where, rows):
        tu = elements[number]
        for prop in tu.findall("{*}prop"):
            if prop.get("type") in ANNOTATION_PROPS:
                tu.remove(prop)
        first = tu.find("{*}tuv")
        at = tu.index(first) if first is not None else len(tu)
        for kind, value in zip(ANNOTATION_PROPS, (f"{drift:.4f}", flags, details)):
            if value:
                prop = etree.Element(etree.QName(etree.QName(tu).namespace, "prop"), type=kind)
                prop.text = _xml_text(value)
                tu.insert(at, prop)
                at += 1
        if max_drift is not None and drift > max_drift and not _kept_for_other_languages(tu, flags):
            tu.getparent().remove(tu)


def _kept_for_other_languages(tu, flags: str) -> bool:
    """Whether a unit over ``max_drift`` stays all the same: one that lacks a side of the pair
    checked (an omission alone) but holds two variants, a translation into another language of a
    multilingual memory (an English-German unit in an English-French check)."""
    variants = [tuv for tuv in tu.iterfind("{*}tuv") if "".join(tuv.itertext()).strip()]
    return flags in ("omission", "addition") and len(variants) >= 2


def _annotate_xliff(
    tree, elements: list, where: Sequence[tuple[int, str | None]], rows: list, v2: bool
) -> None:
    for note in list(tree.getroot().iter("{*}note")):
        if note.get("from" if not v2 else "category") == "align":
            parent = note.getparent()
            parent.remove(note)
            if v2 and not len(parent):  # a 2.x <notes> must hold a <note>: drop the one we made
                parent.getparent().remove(parent)
    said: dict[int, list[str]] = {}
    for (number, mid), (drift, flags, details) in zip(where, rows):
        if drift < FLAG_THRESHOLD:
            continue
        what = _drift_note(drift, flags, details)
        mid = mid if mid is not None else (elements[number].get("id") if v2 else None)
        said.setdefault(number, []).append(f"segment {mid}: {what}" if mid is not None else what)
    for number, lines in said.items():
        element = elements[number]
        namespace = etree.QName(element).namespace

        def tag(name: str, namespace: str | None = namespace) -> str:
            return f"{{{namespace}}}{name}" if namespace else name

        if v2:
            unit = element.getparent()
            notes = unit.find(tag("notes"))
            if notes is None:
                notes = etree.Element(tag("notes"))
                unit.insert(_after_foreign(unit), notes)
            for line in lines:
                etree.SubElement(notes, tag("note"), category="align").text = _xml_text(line)
            continue
        target = element.find(tag("target"))
        if target is not None and "".join(target.itertext()).strip():  # untranslated: left as it is
            target.set("state", "needs-review-translation")
            if element.get("approved") == "yes":
                element.set("approved", "no")  # approved and to review at once: tools take "approved"
        kept = [
            child
            for child in element
            if isinstance(child.tag, str) and etree.QName(child).localname in _XLIFF1_BEFORE_NOTES
        ]
        at = element.index(kept[-1]) + 1 if kept else len(element)
        for line in lines:
            note = etree.Element(tag("note"), {"from": "align"})
            note.text = _xml_text(line)
            element.insert(at, note)
            at += 1


def _after_foreign(unit) -> int:
    """Where ``<notes>`` goes in an XLIFF 2.x ``<unit>``: after the elements of other namespaces
    that open it (``<mda:metadata>``), which the schema puts first."""
    at = 0
    for child in unit:
        if isinstance(child.tag, str) and etree.QName(child).namespace == etree.QName(unit).namespace:
            break
        at += 1
    return at


_XLIFF1_BEFORE_NOTES = {
    "source",
    "seg-source",
    "target",
    "context-group",
    "count-group",
    "prop-group",
    "note",
}
"""The children of an XLIFF 1.2 ``<trans-unit>`` that come before an added ``<note>``."""


def load_alignment(path: Path | str) -> pl.DataFrame:
    """Load an alignment exported earlier, TSV or (possibly reviewed) XLSX, chosen by extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".tsv", ".xlsx"):
        raise AlignError(
            f"cannot load {path}: expected a .tsv or .xlsx file written by align pair or align export"
        )
    if not path.is_file():
        raise AlignError(f"{path} does not exist or is not a file")
    df = read_tsv(path) if suffix == ".tsv" else read_xlsx(path)
    beads = frame_to_links(df)
    _check_values(df, beads, path)
    return df


def _check_values(df: pl.DataFrame, beads: list[tuple[tuple[int, ...], tuple[int, ...]]], path: Path) -> None:
    """AlignError naming the first link of a loaded (perhaps hand-edited) alignment whose drift
    is outside [0, 1], similarity outside [-1, 1], type not its shape, language no ISO 639
    code, or a sentence another link holds too (a row copied), since every export would carry
    the value on (a TMX with ``x-drift 1.7``, a pair twice)."""
    from align.languages import is_code

    held: dict[tuple[str, int], int] = {}
    columns = ("link", "drift", "similarity", "type", "src_lang", "tgt_lang")
    for (number, drift, similarity, kind, *langs), (src, tgt) in zip(
        zip(*(df[c] for c in columns)), beads, strict=True
    ):
        shape = f"{len(src)}-{len(tgt)}"
        if drift is not None and not 0.0 <= drift <= 1.0:
            why = f"drift {drift:g} is not between 0 and 1"
        elif similarity is not None and not -1.0 <= similarity <= 1.0:
            why = f"similarity {similarity:g} is not between -1 and 1"
        elif kind != shape:
            why = f"type {kind!r} is not its shape ({shape}, from src_idx and tgt_idx)"
        elif bad := [lang for lang in langs if lang and not is_code(lang)]:
            why = f"language {bad[0]!r} is no ISO 639 code (en, fr, de …)"
        elif twice := [
            (side, i) for side, ids in (("source", src), ("target", tgt)) for i in ids if (side, i) in held
        ]:
            side, i = twice[0]
            why = f"{side} sentence {i} is in link {held[side, i]} too (a row repeated?)"
        else:
            held.update({("source", i): number for i in src})
            held.update({("target", j): number for j in tgt})
            continue
        raise AlignError(f"{path}: link {number}: {why}")


def check_formats(formats: Sequence[str]) -> list[str]:
    """Validate export format names (a list or one comma-separated string); return them deduplicated.

    AlignError names the valid formats, so the CLI can call this before any slow work.
    """
    valid = ", ".join(FORMATS)
    if isinstance(formats, str):
        formats = formats.split(",")
    chosen: list[str] = []
    for name in formats:
        fmt = name.strip().lower()
        if fmt not in FORMATS:
            raise AlignError(f"unknown export format {name!r}; valid formats: {valid}")
        if fmt not in chosen:
            chosen.append(fmt)
    if not chosen:
        raise AlignError(f"no export format given; valid formats: {valid}")
    return chosen


def check_out_dir(out_dir: Path | str) -> Path:
    """Make sure ``out_dir`` can be written, or created (its nearest existing folder written),
    so that a run fails at once on an unwritable destination rather than after the slow stages.
    Nothing is created here: the folder is made when the outputs are written, so a run that
    fails before leaves no empty folder behind."""
    out_dir = Path(out_dir)
    nearest = out_dir
    while not nearest.exists() and nearest.parent != nearest:
        nearest = nearest.parent
    try:
        if nearest.exists() and not nearest.is_dir():
            raise OSError(errno.EEXIST if nearest == out_dir else errno.ENOTDIR, "")
        with tempfile.TemporaryFile(dir=nearest):  # unnamed where the OS allows: never seen
            pass
    except OSError as err:
        reason = err.strerror or (os.strerror(err.errno) if err.errno else str(err))
        raise AlignError(f"cannot write to output directory {out_dir}: {reason}") from None
    return out_dir


def check_spares_input(
    out_dir: Path | str,
    stem: str,
    formats: Sequence[str],
    sources: Sequence[Path | str],
    also: Sequence[str] = (),
) -> None:
    """AlignError where one of the outputs ``out_dir/stem.<ext>`` (or ``out_dir/<name>`` for each
    name in ``also``: an annotated copy, the reports) would be one of the input files ``sources``
    itself (``align check memory.tmx --format tmx --out`` its own folder, ``align pair talk.srt
    --format srt`` beside it, ``align export edited.tsv --format tsv``), before anything is
    read."""
    names = [(fmt, f"{stem}{FORMATS[fmt]}") for fmt in check_formats(formats)] + [(n, n) for n in also]
    for source in sources:
        for what, name in names:
            if (Path(out_dir) / name).resolve() == Path(source).resolve():
                raise AlignError(f"{source}: the {what} output would replace the input; choose another --out")


def _write_atomically(out_dir: Path, jobs: list[tuple[Path, Callable[[Path], None]]]) -> list[Path]:
    """Run each writer on a temporary beside its target; rename all into place only if all
    succeed. A folder made for them is taken away again when nothing was written."""
    made = [d for d in (out_dir, *out_dir.parents) if not d.exists()]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise AlignError(f"cannot create output directory {out_dir}: {err.strerror or err}") from None
    try:
        return _write_jobs(out_dir, jobs)
    except BaseException:
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _write_jobs(out_dir: Path, jobs: list[tuple[Path, Callable[[Path], None]]]) -> list[Path]:
    """``_write_atomically``'s writing, into a folder that exists."""
    for final, _ in jobs:
        if final.is_dir():
            raise AlignError(f"cannot write {final}: a folder of that name is in the way")
    temporaries: list[Path] = []
    staged: list[tuple[Path, Path]] = []
    with _sigterm_raises_exit():
        try:
            for final, writer in jobs:
                try:
                    temporary = _new_temporary(final, temporaries)
                    writer(temporary)
                    _fsync(temporary)
                except OSError as err:
                    raise AlignError(f"cannot write {final}: {err.strerror or err}") from None
                staged.append((temporary, final))
            _swap_in(staged, temporaries)
            _fsync_dir(out_dir)
        finally:
            for temporary in temporaries:
                with contextlib.suppress(OSError):
                    temporary.unlink()
    return [final for _, final in staged]


def _swap_in(staged: list[tuple[Path, Path]], temporaries: list[Path]) -> None:
    """Rename each temporary onto its target, an existing target first moved aside; where one
    rename fails (the target is a directory), the targets already renamed are put back as they
    were, so a set of outputs is written whole or not at all."""
    done: list[tuple[Path, Path | None]] = []
    for temporary, final in staged:
        aside = None
        try:
            if os.path.lexists(final):
                aside = _new_temporary(final, temporaries)
                os.replace(final, aside)
            os.replace(temporary, final)
        except OSError as err:
            if aside is not None and not os.path.lexists(final):
                done.append((final, aside))
            for placed, before in reversed(done):
                with contextlib.suppress(OSError):
                    if before is None:
                        placed.unlink()
                    else:
                        os.replace(before, placed)
            raise AlignError(f"cannot write {final}: {err.strerror or err}") from None
        done.append((final, aside))


def _new_temporary(final: Path, registry: list[Path]) -> Path:
    """Create an empty hidden file beside ``final`` (mode from the umask, like a normal file)."""
    while True:
        temporary = final.with_name(f".{final.name}.{secrets.token_hex(4)}.tmp")
        registry.append(temporary)
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return temporary
        except FileExistsError:
            registry.pop()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync(path)


@contextlib.contextmanager
def _sigterm_raises_exit() -> Iterator[None]:
    """While writing, turn a default-handled SIGTERM into SystemExit so temporaries get removed."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return

    def _exit(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
