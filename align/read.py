"""Read stage: bytes on disk to normalised text, with the encoding detected and stated.

Subtitle files (SRT, WebVTT, YouTube's SBV; by extension or by their first lines) are parsed
into cues with webvtt-py, so each sentence can keep the time at which it is spoken. Word
documents (.docx) are read with python-docx, web pages (.html) with lxml, PDF files with
pdfminer.six. Translation memories and CAT tools' bilingual files (TMX, XLIFF 1.2 and 2.x), a
two-column table or two line-aligned files, whose units are paired already, are read as units
(``read_bitext``) for ``align check``."""

from __future__ import annotations

import csv
import html
import io
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from align.errors import AlignError
from align.languages import SOURCE_WORDS, TARGET_WORDS, base_lang, header_code
from align.types import clip, cut_word

DEFAULT_MAX_BYTES = 50_000_000

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


_SUBTITLE_SUFFIXES = {".srt": "srt", ".vtt": "vtt", ".sbv": "sbv"}
_SUBTITLE_NAMES = {"srt": "SRT", "vtt": "WebVTT", "sbv": "SBV", "whisper": "Whisper-style"}
_SUBTITLE_SHAPES = {
    "srt": "each cue is a number, a time line such as 00:00:01,000 --> 00:00:04,000, then its text",
    "vtt": "it starts with WEBVTT; each cue has a time line such as 00:00:01.000 --> 00:00:04.000",
    "sbv": "each cue has a time line such as 0:00:01.000,0:00:04.000, then its text",
    "whisper": "each line a time range such as [00:01.000 --> 00:04.000], then its text",
}
CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
"""A time of a recording as transcripts and speech recognisers write it: ``0:12``, ``01:20``,
``00:01:05``, ``00:00.000`` (``clock_seconds`` reads it)."""
_WHISPER_LINE = re.compile(rf"^\s*\[(?P<start>{CLOCK})\s*-->\s*(?P<end>{CLOCK})\]\s*(?P<text>.*)$")
"""A line of a speech recogniser's timestamped text (openai-whisper's and whisper.cpp's output:
``[00:00.000 --> 00:05.000]  text``)."""
_SRT_START = re.compile(r"\A\s*\d+[ \t]*\n[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d+[ \t]*-->")
_SBV_START = re.compile(r"\A\s*\d+:\d{1,2}:\d{1,2}\.\d+,\d+:\d{1,2}:\d{1,2}\.\d+[ \t]*\n")
_OVERRIDE = re.compile(r"\{\\[^}]*\}")
"""ASS/SSA override codes that SRT files carry from their editors (``{\\an8}``, ``{\\i1}``)."""


@dataclass(frozen=True)
class Cue:
    """One subtitle cue: when it is shown (seconds), its text (markup removed, its lines kept)
    and its speaker where the file names one (a WebVTT voice, ``<v Sergey Lavrov>``)."""

    start: float
    end: float
    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class Document:
    """A decoded input file: ``text`` has ``\\n`` line ends (a Word document, web page or PDF
    a blank line between its paragraphs); ``encoding`` says what decoded it (``utf-8``,
    ``cp1252``, ``utf-8, HTML``, ``Word document``, ``PDF``).

    For a subtitle file ``cues`` holds its cues in order, ``subtitles`` names the format
    (``SRT``, ``WebVTT``, ``SBV``, ``Whisper-style``) and ``text`` is the cues' texts, one cue
    per paragraph; ``rolling``: the file was rolling captions, read once (``unroll``)."""

    path: Path
    text: str
    encoding: str
    cues: tuple[Cue, ...] = ()
    subtitles: str | None = None
    rolling: bool = False


def _looks_binary(text: str) -> bool:
    """Text with NULs or many C0 control characters is not a transcript."""
    if "\x00" in text:
        return True
    sample = text[:100_000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes: BOMs first, then UTF-16 without a BOM, strict UTF-8, UTF-8 with some lines
    in cp1252 (``_mixed_utf8``), then charset-normalizer's best guess (cp1252 where it ties).
    Returns the text and the encoding's name."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as exc:
                raise AlignError(
                    f"{name}: starts with a {codec} byte-order mark but does not decode as {codec}"
                ) from exc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise AlignError(f"{name}: looks like a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise AlignError(f"{name}: cannot detect the text encoding; convert it to UTF-8 first")
    # charset-normalizer breaks ties by table order (cp1250 before cp1252), which turns the
    # French "à" into "ŕ": where cp1252, the common Western legacy encoding, scores exactly as
    # well as its best guess, take cp1252.
    for match in results:
        if match.encoding == "cp1252" and match.chaos == best.chaos and match.coherence >= best.coherence:
            best = match
    return str(best), best.encoding


def _names_languages(path: Path, text: str) -> bool:
    """Whether a ``.csv`` or ``.tsv`` file opens with a header of languages (``table_header``):
    a bilingual table, which ``align check`` reads, not a text."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".tsv"):
        return False
    head = table_rows(text.split("\n", 1)[0], _csv_delimiter(text) if suffix == ".csv" else "\t")
    return bool(head) and table_header(head[0])[1] is not None


def _mixed_utf8(data: bytes) -> tuple[str, str] | None:
    """Decode a file whose lines are UTF-8 but for some in a legacy encoding (two files joined,
    one saved as Latin-1: ``Ministère`` written both ways), each line as it is written: UTF-8
    where it decodes, cp1252 (Latin-1 for the bytes cp1252 lacks) where it does not; None unless
    two UTF-8 lines with accents and lines that are not UTF-8 are both there, those read as
    Latin text (a fifth of their letters or fewer outside ASCII: not Cyrillic or Japanese).
    Read whole as one legacy encoding, the UTF-8 lines came out as mojibake (``ÃĐtrangÃĻres``)."""
    lines = data.split(b"\n")
    legacy = accented = 0
    out: list[str] = []
    foreign = letters = 0  # of the legacy lines read as cp1252
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            accented += not line.isascii()
        except UnicodeDecodeError:
            legacy += 1
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                out.append(line.decode("latin-1"))
            foreign += sum(not ch.isascii() for ch in out[-1])
            letters += sum(ch.isalpha() for ch in out[-1])
    if not legacy or accented < 2 or foreign > 0.2 * letters:
        return None  # a legacy file with a line valid in UTF-8 by chance; Cyrillic or Japanese
    return "\n".join(out), f"utf-8, {legacy} line{'s' if legacy > 1 else ''} in cp1252"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Decode UTF-16 text saved without a byte-order mark, recognised by its NUL bytes all
    falling on one side of each code unit (the high byte of Latin letters); else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    for zeros, other, codec in ((data[1::2], data[0::2], "utf-16-le"), (data[0::2], data[1::2], "utf-16-be")):
        if b"\x00" in other or zeros.count(0) * 2 <= len(zeros):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None
        return text, f"{codec} (no BOM)"
    return None


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one input file, or AlignError: missing, a directory, unreadable, too large."""
    if not path.exists():
        raise AlignError(f"{path}: no such file")
    if path.is_dir():
        raise AlignError(f"{path}: is a directory, not a text file")
    try:
        if not path.is_file():  # a pipe (<(command), a FIFO) or a device: read as it comes
            return _read_stream(path, max_bytes)
        size = path.stat().st_size
        if size > max_bytes:
            raise AlignError(
                f"{path}: {size:,} bytes is over the input limit of {max_bytes:,} bytes; raise it with --max-bytes"
            )
        return path.read_bytes()
    except OSError as exc:
        raise AlignError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


PIPE_WAIT = 60.0
"""Seconds a pipe or FIFO given as an input may stay silent before the run gives up on it."""


def _read_stream(path: Path, max_bytes: int) -> bytes:
    """The bytes of a pipe or device, up to ``max_bytes``, without blocking on a FIFO nobody
    writes to: opened without waiting for a writer, it ends where no writer is left (at once
    where none ever came), and a silence of ``PIPE_WAIT`` seconds is an error."""
    import select

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:  # a writer, silent so far
                if not select.select([fd], [], [], PIPE_WAIT)[0]:
                    raise AlignError(f"{path}: nothing came through this pipe in {PIPE_WAIT:.0f} s") from None
                continue
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > max_bytes:
                raise AlignError(
                    f"{path}: more than the input limit of {max_bytes:,} bytes; raise it with --max-bytes"
                )
            chunks.append(chunk)
    finally:
        os.close(fd)


_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u2060\ufeff"))
_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n"})


def visible(text: str) -> str:
    """``text`` without the characters a reader never sees inside words (soft hyphens, zero-width
    spaces, word joiners, a byte-order mark left mid-file where two files were joined), which cut
    a name in two for the checks (``Blin\u00adken``), in Unicode's composed form (NFC): a file
    saved with decomposed accents (``Sa\u0303o``, as macOS may write ``São``) was embedded apart
    from the same words composed and its names were no match (round AB, stop 63). Zero-width
    (non-)joiners, which spell Persian and Indic words, are kept."""
    return unicodedata.normalize("NFC", text.translate(_INVISIBLE))


def _document_text(text: str) -> str:
    """A document's text ``visible``, Unicode's line and paragraph separators made the line
    breaks they are (not in line-aligned files, whose lines are ``\\n``'s)."""
    return visible(text).translate(_SEPARATORS)


def decode_text(data: bytes, name: str, lacking: str = "no text to align") -> tuple[str, str]:
    """``decode_bytes``, then AlignError for binary or empty text (``lacking`` says what it
    should have held); line ends made ``\\n``, invisible characters dropped (``visible``)."""
    text, encoding = decode_bytes(data, name)
    if _looks_binary(text):
        raise AlignError(f"{name}: looks like a binary file, not text")
    text = visible(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise AlignError(f"{name}: is empty ({lacking})")
    return text, encoding


def a_or_an(word: str) -> str:
    """The article a kind of file takes in a message: ``an XLIFF``, ``an Excel``, ``a TMX``."""
    return "an" if word[:1] in "AEIOUXaeiou" else "a"


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one input file, or raise AlignError saying what is wrong with it."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    if kind := bitext_kind(path, data):
        raise AlignError(
            f"{path}: {a_or_an(kind)} {kind} file, its units paired already; score them as they are with "
            f"align check {path}"
        )
    if path.suffix.lower() == ".xlsx":
        raise AlignError(
            f"{path}: a spreadsheet; align check scores a bilingual table's rows as they are "
            f"(align check {path}), align export converts a review sheet"
        )
    if path.suffix.lower() == ".pdf" or data.startswith(b"%PDF-"):
        return Document(path=path, text=_document_text(pdf_text(data, str(path))), encoding="PDF")
    packed = path.suffix.lower().lstrip(".")
    packed = packed if packed in _ZIP_READERS else _zip_format(data)
    if packed:
        reader, encoding = _ZIP_READERS[packed]
        return Document(path=path, text=_document_text(reader(data, str(path), max_bytes)), encoding=encoding)
    text, encoding = decode_text(data, str(path))
    text = _document_text(text)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return Document(path=path, text=markdown_text(text, str(path)), encoding=f"{encoding}, Markdown")
    if _is_html(path, text):
        text = visible(html_text(text, str(path)))  # entities (&shy;) are characters only now
        return Document(path=path, text=text, encoding=f"{encoding}, HTML")
    if _names_languages(path, text):
        raise AlignError(
            f"{path}: a bilingual {BITEXT_TABLES[path.suffix.lower()]} (its header names the languages), "
            f"its rows paired already; score them as they are with align check {path}"
        )
    kind = subtitle_format(path, text)
    if kind is None:
        return Document(path=path, text=text, encoding=encoding)
    parsed = parse_subtitles(text, kind, str(path))
    cues = unroll(parsed)
    text = "\n\n".join(c.text for c in cues)
    return Document(path, text, encoding, cues, _SUBTITLE_NAMES[kind], rolling=len(cues) < len(parsed))


def subtitle_format(path: Path, text: str) -> str | None:
    """``srt``, ``vtt`` or ``sbv`` for a subtitle file (by its extension, else by its first
    lines, so a subtitle saved as ``.txt`` is read as one); None for plain text."""
    kind = _SUBTITLE_SUFFIXES.get(path.suffix.lower())
    if kind:
        return kind
    head = text.lstrip("\ufeff")[:500]
    if head.startswith("WEBVTT"):
        return "vtt"
    if _SRT_START.match(head):
        return "srt"
    if _SBV_START.match(head):
        return "sbv"
    if _WHISPER_LINE.match(head.lstrip().split("\n", 1)[0]):
        return "whisper"
    return None


def _seconds(stamp) -> float:
    return stamp.hours * 3600 + stamp.minutes * 60 + stamp.seconds + stamp.milliseconds / 1000


def parse_subtitles(text: str, kind: str, name: str = "input") -> tuple[Cue, ...]:
    """The cues of a subtitle text in file order, empty ones left out; AlignError when it is
    not a valid file of that format or holds no text."""
    import webvtt
    from webvtt.errors import MalformedFileError

    label = _SUBTITLE_NAMES[kind]
    if kind == "whisper":
        return tuple(_whisper_cues(text, name))
    if kind == "srt":
        text = _numbered_srt(text)
    try:
        captions = webvtt.from_buffer(io.StringIO(text.lstrip("\ufeff")), format=kind).captions
    except (MalformedFileError, ValueError, IndexError, AttributeError) as exc:
        raise AlignError(f"{name}: not a valid {label} subtitle file ({_SUBTITLE_SHAPES[kind]})") from exc
    _check_timings(text, kind, name)
    cues = []
    for caption in captions:
        raw = html.unescape(caption.text)  # SRT has no entities, but files carry them (&amp;)
        voices = _VOICE.findall(caption.raw_text) if kind == "vtt" else []
        if len(set(voices)) > 1:  # a cue of two speakers: each line its own ("Tom: At home.")
            raw = html.unescape(_voiced_lines(caption.raw_text))
        lines = [" ".join(_OVERRIDE.sub("", line).split()) for line in raw.split("\n")]
        body = "\n".join(line for line in lines if line)
        if body:
            start, end = _seconds(caption.start_time), _seconds(caption.end_time)
            cues.append(Cue(start, max(start, end), body, (caption.voice or "").strip() or None))
    if not cues:
        raise AlignError(f"{name}: a subtitle file ({label}) without any text in its cues")
    return tuple(cues)


_VOICE = re.compile(r"<v(?:\.[\w-]+)*\s+([^>]+)>")
"""A WebVTT voice span's opening tag (``<v.loud Mary>``) and the speaker it names."""


def _voiced_lines(raw_text: str) -> str:
    """A WebVTT cue of several voices as lines that each begin with their speaker's label
    (``Mary: Where were you?`` / ``Tom: At home.``), its other tags left out; webvtt-py keeps
    only the first voice."""
    lines = []
    for line in raw_text.split("\n"):
        voice = _VOICE.search(line)
        text = re.sub(r"<[^>]*>", "", line).strip()
        lines.append(f"{voice[1].strip()}: {text}" if voice and text else text)
    return "\n".join(lines)


def _numbered_srt(text: str) -> str:
    """An SRT text with a number line before each cue's time line that lacks one, as files
    written by hand or cut together have them: webvtt-py drops such a cue unseen."""
    from webvtt.srt import SRTCueBlock

    out: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        if SRTCueBlock.CUE_TIMINGS_PATTERN.match(line.strip()) and not (out and out[-1].strip().isdigit()):
            if out and out[-1].strip():
                out.append("")
            out.append("0")
        out.append(line)
    return "\n".join(out)


_TIMING_LIKE = re.compile(r"-->|^\s*\d[\d:.,]*\s*[-=–—]+>")
"""A line meant as a cue's time line: an arrow, or a time and an arrow of another shape."""


def _check_timings(text: str, kind: str, name: str) -> None:
    """AlignError naming the first line of an SRT or WebVTT text meant as a cue's time line that
    is none by webvtt-py's own pattern (``00:00:07,000 -> 00:00:09,000``, ``00:00:xx,000``):
    webvtt-py drops such a cue, or runs its lines into the cue before, so no cue is lost unseen."""
    from webvtt.srt import SRTCueBlock
    from webvtt.vtt import WebVTTCueBlock

    timing = {"srt": SRTCueBlock, "vtt": WebVTTCueBlock}.get(kind)
    if timing is None:
        return
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text.lstrip("\ufeff")), start=1):
        if _TIMING_LIKE.search(line) and not timing.CUE_TIMINGS_PATTERN.match(line):
            raise AlignError(
                f"{name}: line {number}: {clip(line.strip(), 60)!r} is not a cue time line "
                f"({_SUBTITLE_SHAPES[kind]})"
            )


def clock_seconds(clock: str) -> float:
    """Seconds of a ``CLOCK`` time (``1:02:03.5`` is 3723.5)."""
    whole, _, fraction = clock.replace(",", ".").partition(".")
    seconds = 0
    for part in whole.split(":"):
        seconds = 60 * seconds + int(part)
    return seconds + (int(fraction.ljust(3, "0")) / 1000 if fraction else 0.0)


def _whisper_cues(text: str, name: str) -> list[Cue]:
    """The cues of a speech recogniser's timestamped text (``_WHISPER_LINE``), a line that has no
    time range continuing the cue above it; AlignError when most lines are not such lines."""
    cues: list[Cue] = []
    lines = [line.strip() for line in text.lstrip("\ufeff").split("\n") if line.strip()]
    timed = 0
    for line in lines:
        match = _WHISPER_LINE.match(line)
        timed += bool(match)
        if match:
            start, end = clock_seconds(match["start"]), clock_seconds(match["end"])
            body = " ".join(match["text"].split())
            if body:
                cues.append(Cue(start, max(start, end), body))
        elif cues:
            cues[-1] = replace(cues[-1], text=f"{cues[-1].text} {' '.join(line.split())}")
    if 2 * timed < len(lines):
        raise AlignError(
            f"{name}: not a valid {_SUBTITLE_NAMES['whisper']} file ({_SUBTITLE_SHAPES['whisper']})"
        )
    if not cues:
        raise AlignError(
            f"{name}: a subtitle file ({_SUBTITLE_NAMES['whisper']}) without any text in its cues"
        )
    return cues


ROLLING_SHARE = 0.5
"""Share of cues that open with the previous cue's last line in rolling captions."""


def unroll(cues: Sequence[Cue]) -> tuple[Cue, ...]:
    """Rolling captions (YouTube's automatic ones, as yt-dlp saves them) repeat each line in two
    or three cues: a cue shows the last line again above the new one, and a cue of a hundredth of
    a second shows the finished line. Where at least ``ROLLING_SHARE`` of the cues open with the
    previous cue's last line, each cue keeps only the lines the previous one did not end with,
    and cues left without a line are dropped; other files are left as they are."""
    split = [cue.text.split("\n") for cue in cues]
    repeats = sum(b[0] == a[-1] for a, b in zip(split, split[1:]))
    if len(cues) < 3 or repeats < ROLLING_SHARE * (len(cues) - 1):
        return tuple(cues)
    out = [cues[0]]
    for cue, before, lines in zip(cues[1:], split, split[1:]):
        shown = max(k for k in range(min(len(before), len(lines)) + 1) if k == 0 or before[-k:] == lines[:k])
        if lines[shown:]:
            out.append(Cue(cue.start, cue.end, "\n".join(lines[shown:]), cue.speaker))
    return tuple(out)


XML_PER_TEXT_BYTE = 20
"""A Word document's XML is about ten bytes per byte of its text; an archive that unpacks to
more than this many times ``--max-bytes`` is refused before it is read."""


_LABEL_CELL = re.compile(r"^[^\n.!?…]{1,60}$")


def _table_blocks(rows: list[list[str]]) -> list[str]:
    """The paragraphs of a table's rows (each row's non-empty cells). Each cell is a paragraph,
    so a two-column table of a text and its translation reads as a mixed file; but where the
    first cells are short labels that recur (``Question`` / ``Sergey Lavrov`` down an interview),
    each row is one speaker turn, ``label: text``."""
    pairs = [r for r in rows if len(r) == 2 and _LABEL_CELL.match(r[0])]
    labels = {r[0].strip().rstrip(":：").strip() for r in pairs}
    if len(pairs) == len(rows) and len(labels) < len(rows) and len(labels) <= max(2, len(rows) // 2):
        return [f"{r[0].strip().rstrip(':：').strip()}: {r[1]}" for r in rows]
    return [cell for row in rows for cell in row]


def check_unpacked(data: bytes, name: str, max_bytes: int) -> None:
    """AlignError when a ZIP archive (a Word, EPUB or OpenDocument file) would unpack to more than
    ``XML_PER_TEXT_BYTE`` times ``max_bytes``: a small file can unpack to gigabytes. A file that
    is no ZIP archive passes, for its reader to refuse."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        return
    if unpacked > XML_PER_TEXT_BYTE * max_bytes:
        raise AlignError(
            f"{name}: unpacks to {unpacked:,} bytes, over {XML_PER_TEXT_BYTE} times the input limit of "
            f"{max_bytes:,} bytes; raise it with --max-bytes"
        )


_ZIP_MIMETYPES = {"application/epub+zip": "epub", "application/vnd.oasis.opendocument.text": "odt"}


def _zip_format(data: bytes) -> str | None:
    """``docx``, ``epub`` or ``odt`` for a ZIP archive that is such a document whatever its name
    (a Word document holds ``word/document.xml``; EPUB and OpenDocument files name themselves in
    a ``mimetype`` entry); None otherwise."""
    import zipfile

    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" in archive.namelist():
                return "docx"
            mimetype = archive.read("mimetype").decode("ascii", errors="replace").strip()
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return None
    return _ZIP_MIMETYPES.get(mimetype)


def epub_text(data: bytes, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of an EPUB book: the documents of its spine in reading order, each read as a web
    page (``html_text``), those without text (a cover, a blank page) left out, and so are those
    outside the reading order (``linear="no"``: notes, answers) and the book's tables of contents
    (the EPUB 3 navigation document, an EPUB 2 guide's ``toc`` page unless the guide points inside
    a chapter), whose titles and page numbers the other version need not have. AlignError when it
    is not a valid book, or unpacks past the limit (``check_unpacked``)."""
    import posixpath
    import zipfile
    from urllib.parse import unquote

    from lxml import etree

    check_unpacked(data, name, max_bytes)
    chapters = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            container = etree.fromstring(archive.read("META-INF/container.xml"))
            opf_path = container.xpath("//*[local-name()='rootfile']/@full-path")[0]
            package = etree.fromstring(archive.read(opf_path))
            items = package.xpath("//*[local-name()='manifest']/*[local-name()='item']")
            hrefs = {item.get("id"): item.get("href") for item in items}
            contents = set(package.xpath("//*[local-name()='guide']/*[@type='toc']/@href")) | {
                item.get("href") for item in items if "nav" in (item.get("properties") or "").split()
            }
            for itemref in package.xpath("//*[local-name()='spine']/*[local-name()='itemref']"):
                href = hrefs.get(itemref.get("idref"))
                if href is None or href in contents or itemref.get("linear") == "no":
                    continue
                member = posixpath.normpath(posixpath.join(posixpath.dirname(opf_path), unquote(href)))
                markup = archive.read(member).decode("utf-8", errors="replace")
                try:
                    chapters.append(html_text(markup, name))
                except AlignError:
                    continue
    except (
        zipfile.BadZipFile,
        KeyError,
        IndexError,
        etree.XMLSyntaxError,
        OSError,
        RuntimeError,
        ValueError,
    ) as exc:
        raise AlignError(
            f"{name}: not a valid EPUB book ({type(exc).__name__}); save it as text or .docx"
        ) from exc
    if not chapters:
        raise AlignError(f"{name}: an EPUB book without any text")
    return "\n\n".join(chapter.strip() for chapter in chapters) + "\n"


_ODT = "urn:oasis:names:tc:opendocument:xmlns:"
_ODT_SKIPPED = {
    "note", "annotation", "tracked-changes", "sequence-decls", "soft-page-break",
    "table-of-content", "alphabetical-index", "illustration-index", "table-index", "object-index",
    "user-index", "bibliography",
}  # fmt: skip
"""Parts of an OpenDocument body that are no text of it: notes, comments, tracked deletions,
and the indexes the program generates (a table of contents: "Opening remarks 1")."""


def _odt_line(element) -> str:
    """The text of an OpenDocument paragraph: ``text:s`` spaces, tabs and line breaks written
    out, notes and comments left out."""
    from lxml import etree

    parts = [element.text or ""]
    for child in element:
        local = etree.QName(child).localname
        if local == "s":
            parts.append(" " * int(child.get(f"{{{_ODT}text:1.0}}c", "1") or 1))
        elif local == "tab":
            parts.append(" ")
        elif local == "line-break":
            parts.append("\n")
        elif local not in _ODT_SKIPPED:
            parts.append(_odt_line(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_blocks(element) -> list[str]:
    """Paragraphs and headings of an OpenDocument body in document order, through lists,
    sections and frames; tables read as Word tables are (``_table_blocks``)."""
    from lxml import etree

    blocks: list[str] = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local in ("p", "h"):
            blocks.append(_odt_line(child))
        elif local == "table":
            rows = []
            for row in child.iter(f"{{{_ODT}table:1.0}}table-row"):
                cells = [
                    "\n".join(_odt_blocks(cell)).strip()
                    for cell in row.iter(f"{{{_ODT}table:1.0}}table-cell")
                ]
                if any(cells):
                    rows.append([cell for cell in cells if cell])
            blocks.extend(_table_blocks(rows))
        elif local not in _ODT_SKIPPED:
            blocks.extend(_odt_blocks(child))
    return blocks


def odt_text(data: bytes, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of an OpenDocument text file (LibreOffice ``.odt``): its paragraphs, headings,
    lists and tables in document order (``_odt_blocks``). AlignError when it is not a valid one,
    has no text, or unpacks past the limit (``check_unpacked``)."""
    import zipfile

    from lxml import etree

    check_unpacked(data, name, max_bytes)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError, RuntimeError, ValueError) as exc:
        raise AlignError(
            f"{name}: not a valid OpenDocument (.odt) file ({type(exc).__name__}); save it again as .odt or .txt"
        ) from exc
    bodies = root.xpath("//*[local-name()='body']/*[local-name()='text']")
    blocks = _odt_blocks(bodies[0]) if bodies else []
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    if not text:
        raise AlignError(f"{name}: an OpenDocument file without any text")
    return text


def _word_document(data: bytes, name: str, max_bytes: int, advice: str):
    """The python-docx document of ``data``; AlignError (ending in ``advice``) when it is not a
    valid one or unpacks past the limit (``check_unpacked``)."""
    import docx

    check_unpacked(data, name, max_bytes)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml and its own errors
        raise AlignError(f"{name}: not a valid Word (.docx) document; {advice}") from exc


_WORD_SKIP = {"del", "moveFrom", "pPr", "rPr", "txbxContent", "Fallback", "instrText", "delText"}
"""Parts of a Word paragraph that are no text of it as it reads: tracked deletions (and text
moved away), run and paragraph properties, text boxes (and the copies of drawings kept for
older readers), field codes."""
_WORD_CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def _word_paragraph(element) -> str:
    """A ``<w:p>``'s text with tracked changes accepted: its runs wherever they sit (inserted,
    in a hyperlink, a content control, a simple field or a smart tag), which python-docx's
    ``Paragraph.text`` reads only when they are the paragraph's own children."""
    from lxml import etree

    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            local = etree.QName(child).localname
            if local in _WORD_SKIP:
                continue
            if local == "t":
                parts.append(child.text or "")
            elif local in _WORD_CHARS:
                parts.append(_WORD_CHARS[local])
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _word_blocks(parent):
    """The paragraphs and tables of a Word body in order, those inside block content controls
    (``<w:sdt>``) and custom XML too, a table of contents (a control of that gallery) left
    out."""
    from lxml import etree

    for child in parent:
        local = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if local in ("p", "tbl"):
            yield child
        elif local == "sdt":
            gallery = child.xpath("./*[local-name()='sdtPr']//*[local-name()='docPartGallery']/@*")
            if any("Table of Contents" in value for value in gallery):
                continue
            for content in child.xpath("./*[local-name()='sdtContent']"):
                yield from _word_blocks(content)
        elif local == "customXml":
            yield from _word_blocks(child)


def _cell_text(cell) -> str:
    return "\n".join(_word_paragraph(p) for p in cell._tc.xpath(".//*[local-name()='p']")).strip()


def word_text(data: bytes, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a Word document as it reads with tracked changes accepted: its paragraphs
    and tables in document order (those in content controls too), one paragraph per block
    (tables: ``_table_blocks``). AlignError when it is not a valid document, has no text, or
    unpacks past the limit (``check_unpacked``)."""
    from docx.table import Table
    from lxml import etree

    document = _word_document(data, name, max_bytes, "save it again as .docx or .txt")
    blocks: list[str] = []
    for element in _word_blocks(document.element.body):
        if etree.QName(element).localname == "p":
            blocks.append(_word_paragraph(element))
            continue
        rows = []
        for row in Table(element, document).rows:
            cells: list[str] = []
            for cell in row.cells:
                text = _cell_text(cell)
                if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                    cells.append(text)
            if cells:
                rows.append(cells)
        blocks.extend(_table_blocks(rows))
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    if not text:
        raise AlignError(f"{name}: a Word document without any text")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")


def word_table_rows(data: bytes, name: str = "input", max_bytes: int = DEFAULT_MAX_BYTES) -> list[list[str]]:
    """The rows of a Word document's largest table (a bilingual review table, as CAT tools
    export one), a text per column: a merged cell's text in its first column only."""
    document = _word_document(data, name, max_bytes, "save it again as .docx")
    if not document.tables:
        raise AlignError(
            f"{name}: a Word document without a table; align check reads a bilingual table, a row a unit "
            "(align pair aligns a document's text)"
        )
    table = max(document.tables, key=lambda t: len(t.rows))
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            first = id(cell._tc) not in seen
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell) if first else "")
        rows.append(cells)
    return rows


_ZIP_READERS = {
    "docx": (word_text, "Word document"),
    "epub": (epub_text, "EPUB book"),
    "odt": (odt_text, "OpenDocument text"),
}
"""The reader of each ZIP-based document format, and what the run says it read."""


_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL
)
_HTML_DROP = (
    "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
    "button", "select", "iframe", "svg", "figure",
    "pre[code]",  # a code listing (Markdown's fenced and indented blocks): no language's text
    "header[not(ancestor::article or ancestor::main)]",  # an article's own header holds its title
    "*[@hidden]", "*[@aria-hidden='true']",  # not shown to a reader
    "*[contains(translate(@style, ' ', ''), 'display:none')]",
    "*[contains(translate(@style, ' ', ''), 'visibility:hidden')]",
    "sup[a]",  # a footnote's call (its note is elsewhere): glued to the word, it reads as a number
    "a[contains(@role, 'doc-noteref')]", "a[@*[name()='epub:type' and contains(., 'noteref')]]",
)  # fmt: skip
_HTML_BLOCKS = {
    "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "pre", "hr", "address",
}  # fmt: skip
_SPACES = re.compile(r"\s+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML cannot hold, which lxml will not set as an element's text: dropped from a
web page before it is parsed (control characters in a page are debris, not text)."""


def _is_html(path: Path, text: str) -> bool:
    """A web page: by its extension, or by a first tag of ``<!DOCTYPE html>`` or ``<html>``."""
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(_HTML_START.match(text[:2000]))


_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
"""An XHTML page's ``<?xml version="1.0" encoding="utf-8"?>``: the text is decoded already, and
lxml refuses a decoded text that declares an encoding."""


MARKDOWN_SUFFIXES = (".md", ".markdown")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
"""A YAML front matter (``---`` / ``title: …`` / ``---``) opening a Markdown file: metadata, not text."""


def markdown_text(text: str, name: str = "input") -> str:
    """The text of a Markdown file: rendered (markdown-it-py, CommonMark with pipe tables) and
    read as a web page (``html_text``), so headings, list items, paragraphs and table cells are
    paragraphs and the markup is gone: ``**Question:**`` is a speaker's label again,
    ``[Geneva](https://…)`` the word ``Geneva``; a YAML front matter is left out."""
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(_FRONT_MATTER.sub("", text, count=1))
    return html_text(f"<html><body>{rendered}</body></html>", name, "Markdown file")


def html_text(markup: str, name: str = "input", kind: str = "web page") -> str:
    """The text of a web page, a paragraph per block element (``<p>``, headings, list items,
    table cells …) and a line per ``<br>``. Only the page's ``<article>`` (the one with the most
    text) or ``<main>`` is read where it has one, and navigation, the page's header (not an
    article's, which holds its title), footers, asides, forms, scripts, code listings, hidden
    elements and footnote calls never are; a page without them is read whole, menus and all."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", _NOT_XML.sub("", markup)))
    except (etree.ParserError, ValueError) as exc:
        raise AlignError(f"{name}: not a readable HTML page ({exc})") from exc
    for element in root.xpath("//" + " | //".join(_HTML_DROP)):
        element.drop_tree()
    candidates = root.xpath("//article") or root.xpath("//main | //*[@role='main']")
    body = max(candidates, key=lambda e: len(e.text_content())) if candidates else root
    for element in body.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        element.text = _SPACES.sub(" ", element.text or "")
        element.tail = _SPACES.sub(" ", element.tail or "")
        if element.tag == "br":
            element.tail = "\n" + element.tail
        elif element.tag in _HTML_BLOCKS:
            element.text = "\n\n" + element.text
            element.tail = "\n\n" + element.tail
    lines = [line.strip() for line in body.text_content().split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise AlignError(f"{name}: {a_or_an(kind)} {kind} without any text")
    return text + "\n"


_PAGE_NUMBER = re.compile(
    r"[-–—\s]*(?:(?:page|seite|p[aá]gina|strona|strana|str\.|sida|side|sivu|oldal|sayfa|страница|стр\.)\s*)?"
    r"(?:\d+|m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:/|of|von|sur|de|di|van|z|ze|av|af|из)\s*\d+)?[-–—\s]*",
    re.IGNORECASE,
)
"""A block that is only a page number: ``12``, ``- 12 -``, ``xiv``, ``Page 3 of 9``, ``Seite 3
von 9``, ``Strona 1 z 2``, ``Página 2 de 5``."""
ENDS_SENTENCE = re.compile(r"[.!?…:;»\"”)\]。！？।॥؟۔]\s*$")
"""Text that ends as a sentence does (its closing mark, quote or bracket): a line without it that
the next line continues in lower case is one wrapped line (plain text and PDF alike)."""
RUNNING_SHARE = 0.6
"""A text block found on this share of a PDF's pages (two pages or more), its digits aside, in
the top or bottom ``MARGIN_SHARE`` of the page, is a running header or footer, not text."""
MARGIN_SHARE = 0.15
"""The bands at the top and bottom of a PDF page where running headers and footers sit: a block
repeated in the body (a speaker's label, ``Thank you.``) is text."""


def pdf_text(data: bytes, name: str = "input") -> str:
    """The text of a PDF's text layer, a paragraph per text block of pdfminer.six's layout
    analysis (its lines rejoined: they are the page's wrapping), in its reading order; a block
    that starts in lower case after a block without a sentence end continues it (over a page
    break, or where wide line spacing made each line a block).
    Page numbers and running headers and footers (``RUNNING_SHARE``) are left out. AlignError for a
    damaged or password-protected file, or one without a text layer (a scan)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    chatter = logging.getLogger("pdfminer")
    level = chatter.level
    chatter.setLevel(logging.CRITICAL)  # its warnings on a damaged file are not for the user
    try:
        pages = [
            [
                (element.get_text(), _in_margin(element.y0, element.y1, page.y0, page.y1))
                for element in page
                if isinstance(element, LTTextContainer)
            ]
            for page in extract_pages(io.BytesIO(data))
        ]
    except Exception as exc:  # pdfminer raises its own, and assorted builtin, errors on damage
        kind = "password-protected" if "password" in type(exc).__name__.lower() else "not a readable PDF"
        raise AlignError(f"{name}: {kind} ({type(exc).__name__}); save it as text or .docx") from exc
    finally:
        chatter.setLevel(level)
    blocks = [[(_rejoin(text), margin) for text, margin in page] for page in pages]
    shape = Counter(re.sub(r"\d+", "#", b) for page in blocks for b in {b for b, margin in page if margin})
    running = {b for b, n in shape.items() if len(blocks) >= 2 and n >= RUNNING_SHARE * len(blocks)}
    kept: list[str] = []
    for page in blocks:
        for block, margin in page:
            if (
                not block
                or _PAGE_NUMBER.fullmatch(block)
                or (margin and re.sub(r"\d+", "#", block) in running)
            ):
                continue
            runs_on = block[0].islower() or (kept and kept[-1].endswith(",") and _WORD_START.match(block))
            if kept and runs_on and not ENDS_SENTENCE.search(kept[-1]):
                # a paragraph that runs on over a page break, or whose lines are blocks of their
                # own (set with wide line spacing, pdfminer groups no lines; a line ending in a
                # comma runs on before a capital too: "For years," / "Kraków has been …", not
                # before an item: "– Vista la Directiva", "A. Considerando"); a word a hyphen cut keeps its
                # line end, as in ``_rejoin``
                kept[-1] += ("\n" if cut_word(kept[-1], block) else " ") + block
            else:
                kept.append(block)
    if not kept:
        raise AlignError(f"{name}: a PDF without a text layer (a scan?); run OCR on it first")
    return "\n\n".join(kept) + "\n"


_WORD_START = re.compile(r"[^\W\d_](?![.)]\s)")
"""A block that starts with a word, not with an item's mark (``–``, ``•``, ``A.``, ``b)``, ``1.``)."""


def _in_margin(y0: float, y1: float, bottom: float, top: float) -> bool:
    """Whether a block lies in the top or bottom ``MARGIN_SHARE`` band of its page."""
    band = MARGIN_SHARE * (top - bottom)
    return y0 >= top - band or y1 <= bottom + band


def _rejoin(block: str) -> str:
    """A PDF text block's lines as one paragraph: joined by a space, or straight on after a
    hyphen that ends a line before a lower-case letter (``10-`` / ``year``), save that a word a
    hyphen cut keeps its line end (``pre-`` / ``sented``), for the segmenter to tell a cut word from
    a compound by the paragraph's language; runs of spaces (justified lines) are one space."""
    out = ""
    for line in (" ".join(line.split()) for line in block.split("\n")):
        if not line:
            continue
        out += _line_glue(out, line) + line
    return out


def _line_glue(text: str, line: str) -> str:
    """What joins ``line`` to the PDF ``text`` it runs on (``_rejoin``)."""
    if not text:
        return ""
    if text.endswith("-") and line[0].islower():
        return "\n" if cut_word(text, line) else ""
    return " "


# ---------------------------------------------------------------------------------------------
# Translation memories and bilingual CAT files


@dataclass(frozen=True)
class Bitext:
    """A TMX translation memory, an XLIFF or PO file, a bilingual table or line-aligned files:
    ``kind`` (``TMX``, ``XLIFF 1.2``, ``XLIFF 2.0``, ``PO``, ``TSV table`` …), ``source`` the
    language tag it names as its source (None where it names none), and each unit's texts as
    (language tag, text) pairs in file order; a tag is as the file writes it (``en-US``), empty
    where the file gives none (an XLIFF without ``target-language``, a table without a header of
    languages); a text is empty where the unit has none in that column. Units without any text
    are left out. ``where``: for each unit, the position of its element among ``unit_elements``
    (its entry, its row, its line) and, for a segment of a segmented XLIFF 1.2 unit, its ``mid``
    (so ``export.write_annotated`` finds it again). ``labels``: for each unit, what a reviewer
    finds it by in the file or its CAT tool (``tuid 4711``, a trans-unit's ``id 17``, ``segment
    4`` of a Trados file, ``src/app.py:12``, ``row 12, ID A-17``, ``line 7``). ``tree``: the
    parsed TMX or XLIFF document, or the PO file as translate-toolkit read it (None for a table
    or lines), which ``export.write_annotated`` writes back without reading the file again.
    ``codes``: for a TMX or XLIFF file, each unit's inline codes per text (``inline_codes``),
    as ``units`` holds its texts; empty for the other kinds."""

    path: Path
    kind: str
    source: str | None
    units: tuple[tuple[tuple[str, str], ...], ...]
    where: tuple[tuple[int, str | None], ...]
    labels: tuple[str, ...]
    tree: object = field(default=None, compare=False, repr=False)
    codes: tuple[tuple[tuple[str, ...], ...], ...] = ()


_BITEXT_SUFFIXES = {
    ".po": "PO",
    ".tmx": "TMX",
    ".xlf": "XLIFF",
    ".xliff": "XLIFF",
    ".sdlxliff": "XLIFF",
    ".mqxliff": "XLIFF",
}
_BITEXT_START = re.compile(
    r"\A\ufeff?(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?(tmx|xliff)[\s>/]", re.DOTALL
)
"""A file whose first element is ``<tmx>`` or ``<xliff>`` (after the XML declaration, comments
and a DOCTYPE)."""
_INLINE_CODES = {"bpt", "ept", "it", "ph", "ut", "sub", "cp"}
"""Inline elements of TMX and XLIFF that hold the original format's codes (``<b>``, ``{0}``) or
a subflow, not text of the sentence: left out, the text around them kept (``<g>``, ``<pc>``,
``<mrk>``, ``<hi>`` wrap text and are read)."""
_STANDALONE_CODES = {"ph", "x"}
"""Inline elements that stand for a code of their own (a tab, a line break, an image, a field),
TMX's and XLIFF 2's ``<ph>``, XLIFF 1.2's ``<x/>``, not for the start or end of formatting."""
_CODE_NAMES = {"bpt", "ept", "it", "ph", "ut", "x", "g", "bx", "ex", "pc", "sc", "ec"}
"""The inline elements ``inline_codes`` counts: TMX's, XLIFF 1.2's and XLIFF 2's codes (``<hi>``,
``<mrk>``, ``<sub>`` and ``<cp>`` mark text or a character, not a code of the format)."""
_CODE_MARK = "\x00"
_BREAKING_CODE = re.compile(rf"(?<=[^\W_]){_CODE_MARK}+(?=[^\W_])")
_XML_LANG_ATTR = "{http://www.w3.org/XML/1998/namespace}lang"


def bitext_kind(path: Path, data: bytes) -> str | None:
    """``TMX`` or ``XLIFF`` for a translation memory or bilingual file (by extension, or by its
    first element), else None."""
    kind = _BITEXT_SUFFIXES.get(path.suffix.lower())
    if kind:
        return kind
    head = data[:2000]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            match = _BITEXT_START.match(head.decode(codec, errors="ignore"))
            break
    else:
        match = _BITEXT_START.match(head.decode("utf-8", errors="ignore"))
    return match.group(1).upper() if match else None


def parse_bitext(path: Path, max_bytes: int = DEFAULT_MAX_BYTES):
    """The parsed tree of a TMX or XLIFF file and its kind (``TMX``, ``XLIFF 1.2``, ``XLIFF
    2.0`` …); AlignError for a file that is not one or is not well-formed. Entities, DTDs and
    the network are never touched."""
    from lxml import etree

    path = Path(path)
    data = read_bytes(path, max_bytes)
    if bitext_kind(path, data) is None and not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise AlignError(
            f"{path}: not a TMX or XLIFF file (align check scores a translation memory's units; "
            "align pair aligns two texts)"
        )
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        tree = etree.parse(io.BytesIO(data), parser)
    except etree.XMLSyntaxError as exc:
        where = re.sub(r",? line \d+, column \d+$", "", exc.msg)
        raise AlignError(
            f"{path}: not a readable TMX or XLIFF file (line {exc.position[0]}, column {exc.position[1]}: {where})"
        ) from exc
    root = tree.getroot()
    name = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if name == "tmx":
        return tree, "TMX"
    if name == "xliff":
        return tree, f"XLIFF {root.get('version') or '1.2'}"
    raise AlignError(f"{path}: not a TMX or XLIFF file (its first element is <{name}>)")


def unit_elements(tree, kind: str) -> list:
    """The elements a file's units come from, in file order: each TMX ``<tu>``, XLIFF 1.2
    ``<trans-unit>`` or XLIFF 2 ``<segment>``."""
    root = tree.getroot()
    if kind == "TMX":
        return list(root.iterfind("{*}body/{*}tu"))
    return list(root.iter("{*}segment" if kind.startswith("XLIFF 2") else "{*}trans-unit"))


def read_bitext(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, second: Path | None = None) -> Bitext:
    """Read a TMX (1.1 to 1.4) or XLIFF (1.2, 2.x) file into its units, inline codes left
    out (``parse_bitext``), a bilingual table (``.tsv``, ``.csv``, ``.xlsx``) a row a unit, or,
    with ``second``, two line-aligned files a line pair a unit; AlignError also for a file
    without any unit holding text. A unit keeps a text per column, empty where it has none, its
    invisible characters dropped (``visible``)."""
    path = Path(path)
    if second is not None:
        bitext = _line_bitext(path, Path(second), max_bytes)
    elif path.suffix.lower() in BITEXT_TABLES:
        bitext = _table_bitext(path, max_bytes)
    elif path.suffix.lower() == ".po":
        bitext = _po_bitext(path, max_bytes)
    else:
        bitext = _markup_bitext(path, max_bytes)
    units = tuple(tuple((lang, visible(text)) for lang, text in unit) for unit in bitext.units)
    return replace(bitext, units=units)


def _markup_bitext(path: Path, max_bytes: int) -> Bitext:
    """A TMX or XLIFF file's units (``read_bitext``)."""
    tree, kind = parse_bitext(path, max_bytes)
    root = tree.getroot()
    if kind == "TMX":
        source, read = _tmx_source(root), _tmx_unit
    elif kind.startswith("XLIFF 2"):
        source, read = root.get("srcLang"), _xliff2_unit
    else:
        source = next((f.get("source-language") for f in root.iter("{*}file")), None)
        read = _xliff1_unit
    units, codes, where, elements = [], [], [], unit_elements(tree, kind)
    for number, element in enumerate(elements):
        for mid, sides in read(element):
            texts = [(lang, inline_text(side)) for lang, side in sides]
            if any(text for _, text in texts):
                units.append(tuple(texts))
                codes.append(tuple(inline_codes(side) for _, side in sides))
                where.append((number, mid))
    if not units:
        raise AlignError(f"{path}: {a_or_an(kind)} {kind} file without any translation unit holding text")
    labels = _unit_labels(kind, elements, where)
    return Bitext(path, kind, source or None, tuple(units), tuple(where), labels, tree, tuple(codes))


def _unit_labels(kind: str, elements: Sequence, where: Sequence[tuple[int, str | None]]) -> tuple[str, ...]:
    """Each unit's label (``Bitext.labels``), what names it and by which value: a TMX
    ``tuid 4711`` (else ``tu 5``, its place); an XLIFF 1.2 trans-unit's ``id 17`` (else
    ``trans-unit 5``), a segment of a segmented one ``segment 4`` by its ``mid``, as Trados
    numbers segments (``id 17 segment 4`` where the file repeats a ``mid``); an XLIFF 2 ``unit
    u1``, in a unit of several segments ``unit u1 segment 2`` (the segment's ``id``, else its
    place). In a file of several ``<file>`` elements, each label begins with its file's
    ``original`` (else ``file 2``); where a segment's ``mid`` repeats in the file (Okapi numbers
    each unit's segments from 0), every segment is named with its unit."""
    mids = Counter(mid for _, mid in where if mid is not None)
    unique_mids = all(count == 1 for count in mids.values())
    files = list(elements[0].getroottree().getroot().iter("{*}file")) if elements and kind != "TMX" else []
    labels = []
    for number, mid in where:
        element = elements[number]
        if kind == "TMX":
            tuid = element.get("tuid")
            labels.append(f"tuid {tuid}" if tuid else f"tu {number + 1}")
            continue
        if kind.startswith("XLIFF 2"):
            unit = element.getparent()
            segments = unit.findall("{*}segment")
            name = f"unit {unit.get('id')}" if unit.get("id") else f"segment {number + 1}"
            if len(segments) > 1 and unit.get("id"):
                name += f" segment {element.get('id') or segments.index(element) + 1}"
        else:
            name = f"id {element.get('id')}" if element.get("id") else f"trans-unit {number + 1}"
            if mid is not None:
                name = f"segment {mid}" if unique_mids else f"{name} segment {mid}"
        if len(files) > 1:
            file = next(element.iterancestors("{*}file"))
            name = f"{file.get('original') or f'file {files.index(file) + 1}'} {name}"
        labels.append(name)
    return tuple(labels)


def _po_bitext(path: Path, max_bytes: int) -> Bitext:
    """A gettext PO file's entries as units (translate-toolkit reads it; the header, obsolete
    entries and a plural's other forms left out): ``msgid`` in the ``X-Source-Language`` the
    header names, else langdetect's, ``msgstr`` in its ``Language``. Each is labelled by its
    first source reference (``src/app.py:12``) and ``msgctxt``."""
    from translate.storage import pypo
    from translate.storage.poparser import PoParseError

    try:
        store = pypo.pofile.parsestring(_po_utf8(read_bytes(path, max_bytes)))
    except (PoParseError, UnicodeDecodeError, LookupError, ValueError) as exc:
        raise AlignError(f"{path}: not a readable PO file ({exc})") from None
    source, target = store.getsourcelanguage() or "", store.gettargetlanguage() or ""
    units, where, labels = [], [], []
    for number, unit in enumerate(store.units):
        if unit.isheader() or unit.isobsolete():
            continue
        texts = [" ".join(str(text).split()) for text in (unit.source, unit.target)]
        if not any(texts):
            continue
        units.append(((source, texts[0]), (target, texts[1])))
        where.append((number, None))
        named = [*unit.getlocations()[:1], *([f"msgctxt {unit.getcontext()}"] if unit.getcontext() else [])]
        labels.append(", ".join(named) or f"entry {len(units)}")
    if not units:
        raise AlignError(f"{path}: a PO file without any entry holding text")
    return Bitext(path, "PO", source or None, tuple(units), tuple(where), tuple(labels), store)


_PO_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


def _po_utf8(data: bytes) -> bytes:
    """A PO file's bytes in UTF-8, which translate-toolkit's reader needs: one with a byte order
    mark, or in the legacy charset its header names (``ISO-8859-1``, as older catalogues are),
    is decoded and its header made to say UTF-8. Bytes that do not decode are left for the
    reader to refuse."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").encode("utf-8")
    declared = _PO_CHARSET.search(data[:5000])
    charset = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if charset in {"utf-8", "utf8", "charset"}:
        return data
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data
    return text.replace(declared.group(0).decode("ascii"), "charset=UTF-8", 1).encode("utf-8")


def inline_text(element) -> str:
    """The text of a ``<seg>``, ``<source>`` or ``<target>``, inline codes (``_INLINE_CODES``)
    left out, runs of white space one space. A standalone code (``_STANDALONE_CODES``: a tab, a
    line break, a field) between two letters or digits is a word break (``Step 1<ph/>Leave``),
    a formatting code is none (``<bpt/>T<ept/>est``)."""
    parts: list[str] = []

    def walk(node) -> None:
        parts.append(node.text or "")
        for child in node:
            name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if name in _STANDALONE_CODES:
                parts.append(_CODE_MARK)
            elif name and name not in _INLINE_CODES:
                walk(child)
            parts.append(child.tail or "")

    if element is not None:
        walk(element)
    text = _BREAKING_CODE.sub(" ", "".join(parts)).replace(_CODE_MARK, "")
    return " ".join(text.split())


def inline_codes(element) -> tuple[str, ...]:
    """The inline codes of a ``<seg>``, ``<source>`` or ``<target>`` (``_CODE_NAMES``), in order,
    each as its element and the attribute that matches it across languages, TMX's ``x``,
    XLIFF's ``id`` (``startRef`` for XLIFF 2's ``<ec>``), where it has one: ``<ph x=1>``,
    ``<g id=2>``, ``<ept>``. A code dropped from a translation breaks the file the CAT tool
    writes back, so ``score`` compares them (``checks.code_differences``)."""
    codes: list[str] = []

    def walk(node) -> None:
        for child in node:
            name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if name in _CODE_NAMES:
                key = (
                    "x" if child.get("x") is not None else "id" if child.get("id") is not None else "startRef"
                )
                value = child.get(key)
                codes.append(f"<{name} {key}={value}>" if value is not None else f"<{name}>")
            if name and name not in _INLINE_CODES:
                walk(child)

    if element is not None:
        walk(element)
    return tuple(codes)


_Sides = list[tuple[str | None, list[tuple[str, object]]]]
"""What a unit element holds: (``mid`` or None, its (language tag, text element or None)
pairs) per unit."""


def _tmx_source(root) -> str | None:
    header = root.find("{*}header")
    source = header.get("srclang") if header is not None else None
    return None if source is None or source.lower() == "*all*" else source


def _tmx_unit(tu) -> _Sides:
    """A ``<tu>``'s variants, the first of each language (TMX 1.1 writes ``lang``)."""
    sides: dict[str, object] = {}
    for tuv in tu.iterfind("{*}tuv"):
        lang = tuv.get(_XML_LANG_ATTR) or tuv.get("lang") or ""
        sides.setdefault(lang, tuv.find("{*}seg"))
    return [(None, list(sides.items()))]


def _translatable(element) -> bool:
    """Whether an XLIFF element is to be translated: the nearest ``translate`` on it or its
    ancestors decides, so a ``<group translate="no">`` (or a ``<file>``'s, in 2.x) covers its
    units unless one says ``yes``."""
    for node in (element, *element.iterancestors()):
        value = node.get("translate")
        if value in ("yes", "no"):
            return value == "yes"
    return True


def _xliff1_unit(tu) -> _Sides:
    """A ``<trans-unit>`` (none where ``translate="no"``, on it or a ``<group>`` around it, without
    a nearer ``yes``) as its source and target, or, where it is
    segmented (``<seg-source>``, as Trados and memoQ write it), each segment (``<mrk
    mtype="seg">``) with the target segment of the same ``mid`` (the whole source and target
    where the target holds text but no segments); languages from its ``<file>``."""
    if not _translatable(tu):
        return []
    file = next(tu.iterancestors("{*}file"), None)
    src_lang = file.get("source-language", "") if file is not None else ""
    target = tu.find("{*}target")
    tgt_lang = (file.get("target-language", "") if file is not None else "") or (
        target.get(_XML_LANG_ATTR, "") if target is not None else ""
    )
    segmented = tu.find("{*}seg-source")
    marks = segmented.findall(".//{*}mrk[@mtype='seg']") if segmented is not None else []
    target_marks = target.findall(".//{*}mrk[@mtype='seg']") if target is not None else []
    if not marks or (not target_marks and inline_text(target)):
        return [(None, [(src_lang, tu.find("{*}source")), (tgt_lang, target)])]
    rendered = {mark.get("mid"): mark for mark in target_marks}
    return [
        (mark.get("mid"), [(src_lang, mark), (tgt_lang, rendered.get(mark.get("mid")))]) for mark in marks
    ]


def _xliff2_unit(segment) -> _Sides:
    """An XLIFF 2 ``<segment>`` (none where it, its unit, or a group or file around it is
    ``translate="no"`` without a nearer ``yes``) as its source and target, in the file's
    ``srcLang`` and ``trgLang``."""
    if not _translatable(segment):
        return []
    root = segment.getroottree().getroot()
    return [
        (
            None,
            [
                (root.get("srcLang") or "", segment.find("{*}source")),
                (root.get("trgLang") or "", segment.find("{*}target")),
            ],
        )
    ]


# ---------------------------------------------------------------------------------------------
# Tables (bilingual tables for ``check``, glossaries)

TABLE_HEADER_WORDS = frozenset(
    {"source", "target", "source term", "target term", "term", "translation", "src", "tgt", "original"}
)
"""Header cells of a table that name its columns without naming their languages."""


def table_rows(text: str, delimiter: str | None = None) -> list[list[str]]:
    """The rows of a CSV / TSV table, separated by ``delimiter``, else by tabs, commas or
    semicolons (most used wins: a glossary's short cells)."""
    if delimiter is None:
        sample = text[:10_000]
        delimiter = "\t" if sample.count("\t") >= sample.count(",") and "\t" in sample else ","
        if delimiter == "," and sample.count(";") > sample.count(","):
            delimiter = ";"
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))


def xlsx_rows(data: bytes, name: str, max_bytes: int, what: str = "table") -> list[list[str]]:
    """The rows of an Excel workbook's table, cells as text (``what`` the file should be, for the
    error): the sheet with the most rows of two cells or more holding text, the first of equals
    (a sheet of notes or project details before the table is passed over)."""
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    check_unpacked(data, name, max_bytes)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = [
            [
                ["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(min_row=1, values_only=True)
            ]
            for sheet in workbook.worksheets
        ]
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, IndexError, ValueError) as exc:
        raise AlignError(f"{name}: cannot be read as an Excel {what} ({exc})") from None
    if not sheets:
        raise AlignError(f"{name}: cannot be read as an Excel {what} (it has no sheet)")
    return max(sheets, key=lambda rows: sum(sum(1 for c in row if c.strip()) >= 2 for row in rows))


def table_header(row: Sequence[str]) -> tuple[bool, tuple[str | None, ...] | None]:
    """Whether a table's first row is a header, and the language each column names, a tag or a
    code (``en,fr`` as DeepL's and Google's files have them, ``English,French (Canada)``,
    ``Source (en),Target (fr)``: ``languages.header_code``), None for a column that names none
    (``ID``, ``Notes``: a header names two languages or more and its other cells are short);
    None in place of the codes where the header names no language, as ``source,target``."""
    cells = [c.strip() for c in row]
    codes = [header_code(c) for c in cells]
    bases = [base_lang(c) for c in codes if c]
    others = [c for c, code in zip(cells, codes) if not code]
    if len(bases) >= 2 and len(set(bases)) == len(bases) and all(_HEADER_CELL.fullmatch(c) for c in others):
        return True, tuple(codes)
    return bool(cells) and {c.casefold() for c in cells[:2]} <= TABLE_HEADER_WORDS, None


_HEADER_CELL = re.compile(r"|[#\w][\w#./ ()'-]{0,29}")
"""A header cell beside the languages: empty, or a short label (``ID``, ``#``, ``Notes``)."""


BITEXT_TABLES = {".tsv": "TSV table", ".csv": "CSV table", ".xlsx": "Excel table", ".docx": "Word table"}
"""The tables ``read_bitext`` reads as units, a row each."""


def _table_bitext(path: Path, max_bytes: int) -> Bitext:
    """A bilingual table's rows as units: its columns named by a header of language codes, else
    by langdetect (``load_bitext``)."""
    data = read_bytes(path, max_bytes)
    kind = BITEXT_TABLES[path.suffix.lower()]
    if kind == "Excel table":
        rows = xlsx_rows(data, str(path), max_bytes)
    elif kind == "Word table":
        rows = word_table_rows(data, str(path), max_bytes)
    else:
        text = decode_text(data, str(path), "no units to check")[0]
        rows = table_rows(text, "\t" if kind == "TSV table" else _csv_delimiter(text))
    numbered = [(k + 1, [c.strip() for c in row]) for k, row in enumerate(rows)]
    numbered = [(k, row) for k, row in numbered if any(row)]
    if numbered and _ALIGNMENT_COLUMNS <= set(numbered[0][1]):
        return _alignment_bitext(path, kind, numbered)
    is_header, codes = table_header(numbered[0][1] if numbered else [])
    if not codes and numbered:
        roles = _role_columns(numbered[0][1])
        if roles:
            is_header, codes = True, roles
    body = [row for _, row in numbered[1:]] if is_header else [row for _, row in numbered]
    row_numbers = [k for k, _ in numbered[1:]] if is_header else [k for k, _ in numbered]
    width = max((len(r) for r in body), default=0)
    if width < 2 and not codes:
        raise AlignError(
            f"{path}: {a_or_an(kind)} {kind} of one column; align check needs a column for each language"
        )
    if width > 2 and not codes:
        raise AlignError(
            f"{path}: {a_or_an(kind)} {kind} of {width} columns without a header naming their languages; "
            "give it a first row naming them (en,fr or English,French) or keep the two text columns"
        )
    columns = (
        [(k, code) for k, code in enumerate(codes) if code is not None]
        if codes
        else [(k, "") for k in range(width)]
    )
    units = [tuple((tag, row[k] if k < len(row) else "") for k, tag in columns) for row in body]
    kept = [k for k, unit in enumerate(units) if any(text for _, text in unit)]
    if not kept:
        raise AlignError(f"{path}: {a_or_an(kind)} {kind} without any row holding text")
    header = numbered[0][1] if codes else []
    ids = next((k for k, cell in enumerate(header) if codes[k] is None and _ID_HEADER.fullmatch(cell)), None)

    def label(k: int) -> str:
        value = body[k][ids] if ids is not None and ids < len(body[k]) else ""
        return f"row {row_numbers[k]}" + (f", {header[ids]} {value}" if value else "")

    return Bitext(
        path,
        kind,
        columns[0][1] or None,
        tuple(units[k] for k in kept),
        tuple((k, None) for k in kept),
        tuple(label(k) for k in kept),
    )


_ALIGNMENT_COLUMNS = frozenset({"link", "src_text", "tgt_text", "src_lang", "tgt_lang"})
"""Columns of align's own TSV and review sheet (``align pair --format tsv,xlsx``)."""


def _alignment_bitext(path: Path, kind: str, numbered: list[tuple[int, list[str]]]) -> Bitext:
    """align's own alignment (its TSV, or its review sheet as the reviewer edited it) as units,
    a link a unit, each side in the language its row gives: checked again after the texts were
    fixed."""
    header = numbered[0][1]
    at = {name: header.index(name) for name in _ALIGNMENT_COLUMNS}

    def cell(row: list[str], name: str) -> str:
        return row[at[name]] if at[name] < len(row) else ""

    rows = [(k, row) for k, row in numbered[1:] if cell(row, "src_text") or cell(row, "tgt_text")]
    if not rows:
        raise AlignError(f"{path}: {a_or_an(kind)} {kind} of align's links without any link holding text")
    return Bitext(
        path,
        kind,
        cell(rows[0][1], "src_lang") or None,
        tuple(
            ((cell(row, "src_lang"), cell(row, "src_text")), (cell(row, "tgt_lang"), cell(row, "tgt_text")))
            for _, row in rows
        ),
        tuple((k, None) for k in range(len(rows))),
        tuple(f"row {k}, link {cell(row, 'link')}" for k, row in rows),
    )


_COLUMN_WORDS = frozenset({"segment", "segments", "text", "texts", "sentence", "language", "term"})


def _role_columns(header: Sequence[str]) -> tuple[str | None, ...] | None:
    """The text columns of a header that names them by role, not language (``Source segment``
    and ``Target segment`` beside ``Segment ID`` and ``Comment``, as a CAT tool's review table
    has them): ``""`` for those two, their languages left to langdetect, None for the others;
    None where the header has not one of each."""
    roles: list[str | None] = []
    for cell in header:
        words = set(re.findall(r"\w+", cell.casefold()))
        kind = None
        if words and words <= SOURCE_WORDS | TARGET_WORDS | _COLUMN_WORDS:
            kind = "s" if words & SOURCE_WORDS else "t" if words & TARGET_WORDS else None
        roles.append(kind)
    if roles.count("s") != 1 or roles.count("t") != 1 or roles.index("s") > roles.index("t"):
        return None
    return tuple("" if r else None for r in roles)


_ID_HEADER = re.compile(
    r"#|id|key|no\.?|nr\.?|number|(?:segment|string|unit|tu|row)\s*(?:id|no\.?|#|number)?|tuid", re.IGNORECASE
)
"""A table column of identifiers (``ID``, ``Key``, ``Segment ID``), whose value joins a unit's
label (``row 12, ID A-17``)."""


def _csv_delimiter(text: str) -> str:
    """A CSV file's delimiter, comma or semicolon (as European spreadsheets write CSV), by the
    csv module's sniffer over its first lines (the texts' own commas make a count mislead)."""
    try:
        return csv.Sniffer().sniff(text[:20_000], delimiters=",;").delimiter
    except csv.Error:
        return ","


def _line_bitext(first: Path, second: Path, max_bytes: int) -> Bitext:
    """Two line-aligned files (a parallel corpus as Moses and OPUS write it: line k of one is
    the translation of line k of the other) as units, their languages by langdetect; blank lines
    at a file's end are not counted."""
    lines = []
    for path in (first, second):
        data = read_bytes(path, max_bytes)
        kind = bitext_kind(path, data)
        kind = f"{kind} file" if kind else BITEXT_TABLES.get(path.suffix.lower())
        if kind:
            raise AlignError(
                f"{path}: {a_or_an(kind)} {kind} holds its own translations; check it alone "
                f"(align check {path}): two files are read as line-aligned text"
            )
        text, _ = decode_text(data, str(path), "no lines to check")
        found = text.split("\n")
        while found and not found[-1].strip():  # the blank lines an editor leaves at the end
            found.pop()
        lines.append(found)
    if len(lines[0]) != len(lines[1]):
        raise AlignError(
            f"{first} has {len(lines[0])} line{'s' if len(lines[0]) != 1 else ''} and {second} "
            f"{len(lines[1])}: line-aligned files hold a "
            "line for each line (to align texts that are not, use align pair --presplit)"
        )
    pairs = [
        (k, (("", a.strip()), ("", b.strip())))
        for k, (a, b) in enumerate(zip(*lines))
        if a.strip() or b.strip()
    ]
    if not pairs:
        raise AlignError(f"{first} and {second}: no line holds text")
    return Bitext(
        first,
        "line-aligned text",
        None,
        tuple(u for _, u in pairs),
        tuple((k, None) for k, _ in pairs),
        tuple(f"line {k + 1}" for k, _ in pairs),
    )
