"""Read stage: encodings, line ends and clear errors on real seed text."""

from __future__ import annotations

import re

import pytest
from conftest import EN_REMARKS, LATIN_1, MIXED, as_pdf, as_rolling_captions, as_subtitles, speech_paragraphs

from align.errors import AlignError
from align.read import Cue, read_document
from align.segment import split_paragraphs, split_sentences

FRENCH = "Quand vous m’avez appelé, nous avons pensé que c’était une idée utile.\nÉtats-Unis\u00a0: réponse."


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8 (BOM)"), ("utf-16", "utf-16 (BOM)")],
)
def test_unicode_encodings(tmp_path, encoding, expected):
    path = tmp_path / "fr.txt"
    path.write_bytes(FRENCH.encode(encoding))
    doc = read_document(path)
    assert doc.text == FRENCH
    assert doc.encoding == expected


def test_legacy_single_byte_encoding_is_detected(tmp_path):
    text = MIXED.read_text(encoding="utf-8").split("Source :")[1]
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_document(path)
    assert doc.text == text
    assert doc.encoding in {"cp1252", "latin_1", "iso8859_15", "windows-1252"}


def test_a_file_of_utf8_and_cp1252_lines_reads_each_line_as_written(tmp_path):
    """Round V: French remarks of which some lines were saved in Latin-1 and the others in
    UTF-8 were read whole as one legacy encoding, the UTF-8 lines as mojibake (``ÃĐtrangÃĻres``),
    only one link flagged ``garbled``. Each line now reads in its own encoding, and the ``read``
    line says so; a cp1252 or a Cyrillic cp1251 file is read as before."""
    text = MIXED.read_text(encoding="utf-8").split("Source :")[1]
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    lines = [line for line in text.split("\n") if line.strip()][:8]
    path = tmp_path / "fr.txt"
    path.write_bytes(b"\n".join(line.encode("cp1252" if k % 2 else "utf-8") for k, line in enumerate(lines)))
    doc = read_document(path)
    legacy = sum(1 for line in lines[1::2] if not line.isascii())
    assert doc.text == "\n".join(lines) and doc.encoding == f"utf-8, {legacy} lines in cp1252"
    russian = "Министр иностранных дел заявил об этом.\nПереговоры продолжатся в Женеве.\n"
    path.write_bytes(russian.encode("cp1251"))
    assert read_document(path).text == russian


def test_crlf_and_cr_line_ends_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Question: Why?\r\n\r\nAnswer: Because.\rEnd.")
    assert read_document(path).text == "Question: Why?\n\nAnswer: Because.\nEnd."


def test_invisible_characters_are_dropped_and_line_separators_break_lines(tmp_path):
    """Soft hyphens and zero-width spaces inside a name, and the byte-order mark that joining two
    files with ``cat`` leaves mid-file, are dropped: the names check read ``Blin`` and ``Gen`` as
    names, and the French turn's label went unseen. U+2028 / U+2029 break lines, so labels after
    them open turns. Zero-width non-joiners (Persian spelling) stay. A TMX's units read the same."""
    from align.read import read_bitext
    from align.segment import split_paragraphs

    path = tmp_path / "joined.txt"
    text = (
        "Question: Did you meet Blin\u00adken in Gen\u200beve?\n\n"
        "\ufeffQuestion : Avez-vous vu M. Blinken ?\u2028Sergueï Lavrov : Oui.\u2029"
        "Sergey Lavrov: Yes, in \u062e\u0648\u0627\u0647\u200c\u0647\u0627."
    )
    path.write_text("\ufeff" + text, encoding="utf-8")
    read = read_document(path).text
    assert "Blinken in Geneve" in read and "\ufeff" not in read and "\u200c" in read
    speakers = [p.speaker for p in split_paragraphs(read)]
    assert speakers == ["Question", "Question", "Sergueï Lavrov", "Sergey Lavrov"]
    memory = tmp_path / "m.tmx"
    memory.write_text(
        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Blin\u00adken</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Blin\u200bken</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    assert read_bitext(memory).units == ((("en", "Blinken"), ("fr", "Blinken")),)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n  ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(AlignError, match=message) as err:
        read_document(path)
    assert "\n" not in str(err.value)


def test_missing_directory_and_too_large(tmp_path):
    with pytest.raises(AlignError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(AlignError, match="is a directory"):
        read_document(tmp_path)
    with pytest.raises(AlignError, match="--max-bytes"):
        read_document(MIXED, max_bytes=1000)


# ---------------------------------------------------------------------------------------------
# Subtitle files

SRT = """1
00:00:01,000 --> 00:00:04,250
{\\an8}<i>State Secretary, colleagues,</i>
we’re very grateful to you

2
00:00:04,350 --> 00:01:02,005
for this proposal to hold talks in Geneva.

3
00:01:03,000 --> 00:01:03,500

"""

VTT = """WEBVTT
Kind: captions

NOTE made for the tests

intro
00:00.500 --> 00:03.000 align:start position:10%
<v Sergey Lavrov>Monsieur le Secrétaire d’Etat,</v>

00:03.100 --> 00:06.000
<c.yellow>Genève</c> &amp; Washington &lt;3
"""


def test_srt_cues_lose_their_markup_and_keep_their_times(tmp_path):
    path = tmp_path / "remarks.srt"
    path.write_bytes(SRT.replace("\n", "\r\n").encode("utf-8-sig"))
    doc = read_document(path)
    assert doc.subtitles == "SRT" and doc.encoding == "utf-8 (BOM)"
    assert [(c.start, c.end) for c in doc.cues] == [(1.0, 4.25), (4.35, 62.005)], "the empty cue is left out"
    assert doc.cues[0].text == "State Secretary, colleagues,\nwe’re very grateful to you"
    assert doc.cues[0].speaker is None
    assert "proposal to hold talks in Geneva." in doc.text


def test_rolling_captions_show_each_line_once(tmp_path):
    """YouTube's automatic captions saved by yt-dlp repeat each line in two or three cues (the
    remarks read three times over); each line is kept once, in the cue that brings it, with
    that cue's times."""
    speech = speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")
    path = tmp_path / "remarks.en.vtt"
    path.write_text(as_rolling_captions(speech), encoding="utf-8")
    raw = path.read_text(encoding="utf-8")
    doc = read_document(path)
    words = [w for p in speech for w in re.sub(r"[^\w\s’'-]|(?<!\w)-|-(?!\w)", " ", p).lower().split()]
    assert raw.count("-->") == 2 * len(doc.cues) == 2 * -(-len(words) // 8)
    assert " ".join(c.text for c in doc.cues) == " ".join(words)
    assert all("\n" not in c.text and "<" not in c.text for c in doc.cues), "one line a cue, time tags gone"
    assert [(c.start, c.end) for c in doc.cues[:2]] == [(0.0, 2.5), (2.51, 5.01)]


@pytest.mark.parametrize("hours", [False, True], ids=["openai-whisper", "whisper.cpp"])
def test_a_speech_recognisers_timestamped_text_is_read_as_subtitles(tmp_path, hours):
    """The remarks as Whisper prints them (``[00:01.000 --> 00:04.250]  text``, a line a
    segment; whisper.cpp with hours) give the cues, times and text of the same remarks as SRT."""
    srt = tmp_path / "remarks.srt"
    srt.write_text(as_subtitles(speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")), encoding="utf-8")
    cues = read_document(srt).cues

    def clock(t: float) -> str:
        ms = round(t * 1000)
        head = f"{ms // 3600000:02d}:" if hours else ""
        return f"{head}{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"

    path = tmp_path / "remarks.txt"
    path.write_text(
        "\n".join(f"[{clock(c.start)} --> {clock(c.end)}]  {c.text.replace(chr(10), ' ')}" for c in cues)
        + "\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.subtitles == "Whisper-style" and len(doc.cues) == len(cues) > 20
    assert [(c.start, c.end, c.text) for c in doc.cues] == [
        (c.start, c.end, c.text.replace("\n", " ")) for c in cues
    ]


def test_sonix_label_then_timestamp_opens_a_turn():
    from align.segment import split_paragraphs

    text = "Question: [00:00:05] Is that a bad sign?\n\nSergey Lavrov: [00:00:12] Punctuality cannot be a bad sign."
    paragraphs = split_paragraphs(text)
    assert [(p.speaker, p.text, p.times) for p in paragraphs] == [
        ("Question", "Is that a bad sign?", ((0, 5.0, 12.0),)),
        ("Sergey Lavrov", "Punctuality cannot be a bad sign.", ((0, 12.0, 12.0),)),
    ]


def test_a_line_said_twice_in_ordinary_subtitles_is_kept_twice(tmp_path):
    path = tmp_path / "talks.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nThank you.\n\n2\n00:00:02,100 --> 00:00:03,000\nThank you.\n\n"
        "3\n00:00:03,100 --> 00:00:05,000\nThe meeting lasted\nan hour and a half.\n\n"
        "4\n00:00:05,100 --> 00:00:07,000\nIs that a bad sign?\n",
        encoding="utf-8",
    )
    assert [c.text for c in read_document(path).cues] == [
        "Thank you.",
        "Thank you.",
        "The meeting lasted\nan hour and a half.",
        "Is that a bad sign?",
    ]


def test_webvtt_voices_are_speakers_and_entities_are_read(tmp_path):
    path = tmp_path / "remarks.vtt"
    path.write_text(VTT, encoding="utf-8")
    doc = read_document(path)
    assert doc.subtitles == "WebVTT"
    assert doc.cues[0] == Cue(0.5, 3.0, "Monsieur le Secrétaire d’Etat,", "Sergey Lavrov")
    assert doc.cues[1] == Cue(3.1, 6.0, "Genève & Washington <3", None)


def test_a_webvtt_cue_of_two_voices_gives_each_line_its_speaker():
    """One cue holding Mary's question and Tom's answer (``<v.loud Mary>…</v>`` / ``<v Tom>…``):
    each sentence is its speaker's. Before, webvtt-py's single voice gave Tom's words to Mary."""
    from align.read import parse_subtitles
    from align.segment import cue_paragraphs, split_sentences

    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v.loud Mary>Where were you last night?</v>\n"
        "<v Tom>At home. I never left.\n\n00:00:05.000 --> 00:00:07.000\n<v Mary>I don't believe you.\n"
    )
    paragraphs = cue_paragraphs(parse_subtitles(vtt, "vtt"))
    sentences = split_sentences(paragraphs, ["en"] * len(paragraphs))
    assert [(s.speaker, s.text) for s in sentences] == [
        ("Mary", "Where were you last night?"),
        ("Tom", "At home."),
        ("Tom", "I never left."),
        ("Mary", "I don't believe you."),
    ]


def test_subtitles_are_recognised_without_their_extension(tmp_path):
    for name, text, kind in (
        ("a.txt", SRT, "SRT"),
        ("b.txt", VTT, "WebVTT"),
        ("c.txt", "0:00:01.000,0:00:02.500\nHello there.\n\n0:00:03.000,0:00:04.000\nBye.\n", "SBV"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = read_document(path)
        assert doc.subtitles == kind and len(doc.cues) == 2, name
    plain = tmp_path / "plain.txt"
    plain.write_text("1\nThe first point.\n", encoding="utf-8")
    assert read_document(plain).cues == ()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.srt", "State Secretary, colleagues,\nwe are grateful.\n", "not a valid SRT subtitle file"),
        ("bad.vtt", "00:01.000 --> 00:02.000\nNo header.\n", "not a valid WebVTT subtitle file"),
        (
            "blank.srt",
            "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\n{\\an8}\n",
            "without any",
        ),
        (
            "asr.txt",
            "[00:00.000 --> 00:02.000]  Hello.\nA line.\nAnother line.\n",
            "not a valid Whisper-style file",
        ),
        ("asr.log", "[00:00.000 --> 00:02.000]\n[00:02.000 --> 00:03.000]   \n", "without any"),
        # one cue's time line mistyped: webvtt-py drops the cue, or reads the line as text
        (
            "typo.srt",
            "1\n00:00:01,000 --> 00:00:03,000\nHello there, friends.\n\n"
            "2\n00:00:04,000 -> 00:00:06,000\nThe meeting lasted an hour.\n",
            "line 6: '00:00:04,000 -> 00:00:06,000' is not a cue time line",
        ),
        (
            "typo.vtt",
            "WEBVTT\n\n00:01.000 --> 00:0x.000\nHello there, friends.\n\n"
            "00:04.000 --> 00:06.000 align:start\nThe meeting lasted an hour.\n",
            "line 3: '00:01.000 --> 00:0x.000' is not a cue time line",
        ),
    ],
)
def test_bad_subtitle_files_raise_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AlignError, match=message) as err:
        read_document(path)
    assert "\n" not in str(err.value)


# ---------------------------------------------------------------------------------------------
# Word documents


def _word(tmp_path, name, paragraphs=(), table=None):
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    path = tmp_path / name
    document.save(str(path))
    return path


def test_word_document_paragraphs_are_read_as_text(tmp_path):
    paragraphs = [p for p in EN_REMARKS.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    path = _word(tmp_path, "remarks.docx", paragraphs)
    doc = read_document(path)
    assert doc.encoding == "Word document" and doc.cues == ()
    assert doc.text == "\n\n".join(p.strip() for p in paragraphs)
    renamed = path.rename(tmp_path / "remarks.bin")
    assert read_document(renamed).text == doc.text, "recognised by its content too"


def test_word_document_reads_as_its_changes_accepted_with_its_content_controls(tmp_path):
    """A reviewed Word document: a tracked insertion (``not``) is text, a tracked deletion
    (``really``) is not, and runs inside an inline content control, a simple field or a smart
    tag, and paragraphs inside a block content control, are read (python-docx's ``text`` skipped
    them all: "We do expect…", the opposite); a table of contents in its control is left out."""
    import docx
    from docx.oxml import parse_xml

    path = _word(tmp_path, "tracked.docx", ["x", "y", "z"])
    document = docx.Document(str(path))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = document.element.body
    paragraphs = [
        f'<w:p {ns}><w:r><w:t xml:space="preserve">We do </w:t></w:r><w:ins w:id="1" w:author="A"><w:r>'
        '<w:t xml:space="preserve">not </w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r>'
        '<w:delText xml:space="preserve">really </w:delText></w:r></w:del><w:r><w:t>expect a breakthrough.</w:t>'
        "</w:r></w:p>",
        f'<w:p {ns}><w:r><w:t xml:space="preserve">Lavrov spoke on </w:t></w:r><w:sdt><w:sdtContent><w:r>'
        '<w:t>21 January</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> in </w:t></w:r>'
        '<w:smartTag w:element="place"><w:r><w:t>Geneva</w:t></w:r></w:smartTag><w:fldSimple w:instr="PAGE">'
        "<w:r><w:t>.</w:t></w:r></w:fldSimple></w:p>",
        f"<w:sdt {ns}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>A paragraph in a control.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
        f'<w:sdt {ns}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
        "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents 1</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    ]
    for old, xml in zip(list(body.iterchildren())[:3], paragraphs):
        old.addprevious(parse_xml(xml))
        body.remove(old)
    body.insert(3, parse_xml(paragraphs[3]))
    document.save(str(path))
    assert read_document(path).text.split("\n\n") == [
        "We do not expect a breakthrough.",
        "Lavrov spoke on 21 January in Geneva.",
        "A paragraph in a control.",
    ]


def test_word_tables_read_as_turns_or_as_parallel_cells(tmp_path):
    interview = _word(
        tmp_path,
        "interview.docx",
        ["Press conference, Geneva"],
        [
            ["Question", "The meeting lasted for only an hour and a half. Is that a bad sign?"],
            ["Sergey Lavrov:", "Punctuality cannot be a bad sign in principle."],
            ["Question", "Does this mean you had nothing to discuss?"],
        ],
    )
    assert read_document(interview).text.split("\n\n") == [
        "Press conference, Geneva",
        "Question: The meeting lasted for only an hour and a half. Is that a bad sign?",
        "Sergey Lavrov: Punctuality cannot be a bad sign in principle.",
        "Question: Does this mean you had nothing to discuss?",
    ]
    side_by_side = _word(
        tmp_path,
        "parallel.docx",
        table=[
            ["Opening remarks", "Allocution d’ouverture"],
            ["We do not expect a breakthrough.", "Nous n’attendons pas de percée."],
        ],
    )
    assert read_document(side_by_side).text.split("\n\n") == [
        "Opening remarks",
        "Allocution d’ouverture",
        "We do not expect a breakthrough.",
        "Nous n’attendons pas de percée.",
    ]


def test_bad_word_documents_raise_one_line_errors(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    empty = _word(tmp_path, "empty.docx", ["", "  "])
    for path, message in ((broken, r"not a valid Word \(\.docx\) document"), (empty, "without any text")):
        with pytest.raises(AlignError, match=message) as err:
            read_document(path)
        assert "\n" not in str(err.value)


def _zipped(path, members: dict[str, str]):
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def test_opendocument_table_of_contents_is_no_text(tmp_path):
    """A generated table of contents ("Opening remarks 1") is no text of the document: its page
    numbers were read as numbers the translation lacks."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = (
        "<text:table-of-content><text:index-body><text:p>Contents</text:p>"
        "<text:p>Opening remarks\t1</text:p></text:index-body></text:table-of-content>"
        '<text:h text:outline-level="1">Opening remarks</text:h><text:p>We met in Geneva.</text:p>'
    )
    path = _zipped(
        tmp_path / "toc.odt",
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": f"<office:document-content {ns}><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>",
        },
    )
    assert read_document(path).text.split("\n\n") == ["Opening remarks", "We met in Geneva."]


def test_epub_reads_its_reading_order_without_tables_of_contents(tmp_path):
    """An EPUB's navigation document, its guide's table of contents and the pages outside the
    reading order (``linear="no"``: the notes) are no text of the book: their chapter titles and
    page numbers read as sentences and numbers the other version lacks. A guide pointing inside
    a chapter does not hide the chapter."""

    def page(body: str) -> str:
        return f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'

    items = {
        "nav": ("nav.xhtml", ' properties="nav"', page("<h1>Contents</h1><ol><li>Chapter 1</li></ol>")),
        "toc": ("toc.xhtml", "", page("<p>Chapter 1 ........ 3</p><p>Notes ........ 9</p>")),
        "one": ("one.xhtml", "", page("<h1>Chapter 1</h1><p>We met in Geneva.</p>")),
        "notes": ("notes.xhtml", "", page("<p>1. Transcript of 21 January 2022.</p>")),
    }
    package = (
        '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
        + "".join(f'<item id="{i}" href="{h}"{extra}/>' for i, (h, extra, _) in items.items())
        + '</manifest><spine><itemref idref="nav"/><itemref idref="toc"/><itemref idref="one"/>'
        '<itemref idref="notes" linear="no"/></spine>'
        '<guide><reference type="toc" href="{toc}"/></guide></package>'
    )
    members = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<container><rootfiles><rootfile full-path="b.opf"/></rootfiles></container>',
    } | {href: text for href, _, text in items.values()}
    book = _zipped(tmp_path / "book.epub", members | {"b.opf": package.format(toc="toc.xhtml")})
    assert read_document(book).text.split("\n\n") == ["Chapter 1", "We met in Geneva.\n"]
    inside = _zipped(tmp_path / "inside.epub", members | {"b.opf": package.format(toc="one.xhtml#toc")})
    assert "We met in Geneva." in read_document(inside).text
    assert "Chapter 1 ........ 3" in read_document(inside).text


def test_bad_epub_and_opendocument_files_raise_one_line_errors(tmp_path):
    """A book without its container, a book whose only page is a cover, an .odt without its
    content, one that is no archive, and a small one that unpacks past the limit."""
    cover_only = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<container><rootfiles><rootfile full-path="b.opf"/></rootfiles></container>',
        "b.opf": '<package><manifest><item id="c" href="c.xhtml"/></manifest><spine><itemref idref="c"/></spine></package>',
        "c.xhtml": "<html><body><img src='cover.png'/></body></html>",
    }
    cases = [
        (
            _zipped(tmp_path / "no_container.epub", {"mimetype": "application/epub+zip"}),
            r"not a valid EPUB book \(KeyError\)",
        ),
        (_zipped(tmp_path / "book.zip", cover_only), "an EPUB book without any text"),
        (
            _zipped(tmp_path / "empty.odt", {"mimetype": "application/vnd.oasis.opendocument.text"}),
            "not a valid OpenDocument",
        ),
        (tmp_path / "noise.odt", "not a valid OpenDocument"),
        (_zipped(tmp_path / "huge.epub", {"big.xhtml": " " * 30_000}), "unpacks to 30,000 bytes"),
    ]
    (tmp_path / "noise.odt").write_bytes(bytes(range(256)))
    for path, message in cases:
        with pytest.raises(AlignError, match=message) as err:
            read_document(path, max_bytes=1_000)
        assert "\n" not in str(err.value), path.name


# ---------------------------------------------------------------------------------------------
# Web pages

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Foreign Minister Sergey Lavrov</title><style>p { margin: 0 }</style></head>
<body>
<nav><ul><li>Home</li><li>News</li><li>Press conferences</li></ul></nav>
<header>Ministry of Foreign Affairs of the Russian Federation</header>
<article>
<h1>Foreign Minister Sergey Lavrov’s answers to media questions, Geneva, January 21, 2022</h1>
<p>Question:  The meeting lasted for only an hour and a half
as it had been planned.<br>Is that a bad sign?</p>
<p><b>Sergey Lavrov:</b> Punctuality cannot be a <i>bad</i> sign in principle. We knew, more or less,
what we were going to discuss &amp; there was no need to repeat it.</p>
<script>track("page")</script><!-- share buttons -->
</article>
<aside>Related: Sergey Lavrov’s interview</aside>
<footer>© 2022 Ministry of Foreign Affairs</footer>
</body></html>
"""


def test_web_page_article_is_read_without_its_menus(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path)
    assert doc.encoding == "utf-8, HTML"
    assert doc.text.split("\n\n") == [
        "Foreign Minister Sergey Lavrov’s answers to media questions, Geneva, January 21, 2022",
        "Question: The meeting lasted for only an hour and a half as it had been planned.\nIs that a bad sign?",
        "Sergey Lavrov: Punctuality cannot be a bad sign in principle. We knew, more or less, what we were "
        "going to discuss & there was no need to repeat it.\n",
    ]


def test_web_article_keeps_its_own_header_and_leaves_out_what_a_reader_does_not_see():
    """The article's ``<header>`` holds its title and date (the page's header is a menu); a
    hidden block and a footnote call (``<sup><a>1</a></sup>``, which glued to its word read as a
    number) are no text of the article."""
    from align.read import html_text

    page = (
        "<html><body><header>Ministry | News | Contacts</header><article>"
        "<header><h1>Allocution de Sergueï Lavrov</h1><p>Genève, le 21 janvier 2022</p></header>"
        '<p>Ils sont très concrets<sup><a href="#n1">1</a></sup>.</p>'
        "<div hidden>Version imprimable</div><p aria-hidden='true'>Partager</p></article>"
        "<footer>© 2022</footer></body></html>"
    )
    assert html_text(page).split("\n\n") == [
        "Allocution de Sergueï Lavrov",
        "Genève, le 21 janvier 2022",
        "Ils sont très concrets.\n",
    ]


def test_a_page_hidden_by_its_style_soft_hyphens_and_epub_note_calls_are_no_text(tmp_path):
    """Text hidden by an inline style (``display: none``, ``visibility:hidden``) is not read, a
    soft hyphen written as ``&shy;`` is dropped as the character is (``seven&shy;teen`` read as
    "seven" and a false 7 against 17), and an EPUB 3 note call (``epub:type="noteref"``,
    ``role="doc-noteref"``) is no number glued to its sentence."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><main><p>The flight lasted seven&shy;teen hours.</p>"
        '<p style="display: none">Hidden tracking text.</p><p style="visibility:hidden">Also hidden.</p>'
        '<p>Holmes said nothing.<a epub:type="noteref" href="#n1">1</a> He left.'
        '<a role="doc-noteref" href="#n2">2</a></p></main></body></html>',
        encoding="utf-8",
    )
    assert read_document(page).text == "The flight lasted seventeen hours.\n\nHolmes said nothing. He left.\n"


def test_an_xhtml_page_with_an_xml_declaration_is_read(tmp_path):
    """An XHTML page declares its encoding (lxml refused the decoded text: "Unicode strings with
    encoding declaration are not supported"), and is found by its content under any name."""
    declared, plain = tmp_path / "page.txt", tmp_path / "page.html"
    declared.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + PAGE, encoding="utf-8")
    plain.write_text(PAGE, encoding="utf-8")
    doc = read_document(declared)
    assert doc.encoding == "utf-8, HTML" and doc.text == read_document(plain).text


def test_web_page_without_article_is_read_whole_and_found_by_its_content(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(
        "<html><body><div>Monsieur le Secrétaire d’Etat,</div><p>Je vous suis reconnaissant.</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).text == "Monsieur le Secrétaire d’Etat,\n\nJe vous suis reconnaissant.\n"
    empty = tmp_path / "empty.html"
    empty.write_text(
        "<html><head><title>x</title></head><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    with pytest.raises(AlignError, match="a web page without any text"):
        read_document(empty)
    plain = tmp_path / "plain.txt"
    plain.write_text("Question: what does <html> mean?\n", encoding="utf-8")
    assert read_document(plain).encoding == "utf-8"


def test_word_document_that_unpacks_past_the_limit_is_refused(tmp_path):
    """A small archive can unpack to gigabytes: its unpacked size counts against --max-bytes."""
    import zipfile

    from align.read import XML_PER_TEXT_BYTE

    text = ["We do not expect a breakthrough at these negotiations either."] * 400
    path = _word(tmp_path, "long.docx", text)
    unpacked = sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    enough = -(-unpacked // XML_PER_TEXT_BYTE)
    assert path.stat().st_size < enough - 1, "the archive itself is under both limits"
    assert read_document(path, max_bytes=enough).text.count("breakthrough") == 400
    with pytest.raises(AlignError, match="unpacks to .* raise it with --max-bytes"):
        read_document(path, max_bytes=enough - 1)


# ---------------------------------------------------------------------------------------------
# PDF


def _latin_1(text: str) -> bool:
    """Whether a core PDF font can typeset the text (one seed paragraph has a Cyrillic 'с')."""
    return all(ord(ch) < 256 for ch in text.translate(LATIN_1))


def test_pdf_lines_set_wide_apart_run_on_into_their_sentences(tmp_path):
    """The remarks typeset with 1.5 line spacing (8 mm for 11 pt): pdfminer makes every line a
    block of its own; a block that starts in lower case after one without a sentence end
    continues it, so the sentences are the same as at single spacing (before, "What we" /
    "expect is …" were sentences)."""
    from align.segment import split_paragraphs, split_sentences

    paragraphs = [p for p in speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER") if _latin_1(p)]

    def sentences(path) -> list[str]:
        parts = split_paragraphs(read_document(path).text)
        return [s.text for s in split_sentences(parts, ["en"] * len(parts))]

    single = sentences(as_pdf(paragraphs, tmp_path / "single.pdf"))
    wide = sentences(as_pdf(paragraphs, tmp_path / "wide.pdf", line_height=8))
    assert wide == single and len(wide) >= 8


def test_pdf_paragraphs_come_back_without_page_furniture(tmp_path):
    from pdfminer.high_level import extract_pages

    """The press conference on five pages: each paragraph comes back whole (its wrapped lines
    rejoined, and across a page break), the running header and the page numbers do not."""
    text = MIXED.read_text(encoding="utf-8").split("Source :")[0]
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip() and _latin_1(p)]
    path = as_pdf(
        paragraphs, tmp_path / "press.pdf", running="Ministry of Foreign Affairs of the Russian Federation"
    )
    doc = read_document(path)
    assert doc.encoding == "PDF"
    assert doc.text.count("Ministry of Foreign Affairs of the Russian Federation") == 0
    got = doc.text.split("\n\n")
    assert len(list(extract_pages(path))) >= 3, "a running header needs three pages"
    assert " ".join(doc.text.split()) == " ".join(" ".join(paragraphs).translate(LATIN_1).split())
    assert len(paragraphs) <= len(got) <= len(paragraphs) + 3, (
        "a page break between two sentences may part them"
    )
    whole = {" ".join(p.translate(LATIN_1).split()) for p in paragraphs}
    assert sum(g in whole for g in got) >= len(paragraphs) - 3, "the other paragraphs come back whole"


def test_pdf_block_repeated_in_the_body_is_text_not_a_running_header(tmp_path):
    """Speaker labels on lines of their own recur on most pages, in the body: they are text (they
    were all left out as a running header); the header at the top of each page is not."""
    text = MIXED.read_text(encoding="utf-8").split("Source :")[0]
    paragraphs = []
    for p in text.split("\n\n"):
        turn = re.match(r"(Question|Sergey Lavrov):\s+(.+)", p.strip(), re.S)
        if turn and _latin_1(turn[2]):
            paragraphs += [f"{turn[1]}:", turn[2]]
    path = as_pdf(paragraphs, tmp_path / "labels.pdf", running="Ministry of Foreign Affairs")
    doc = read_document(path)
    assert doc.text.count("Ministry of Foreign Affairs") == 0
    blocks = doc.text.split("\n\n")
    for label in ("Question:", "Sergey Lavrov:"):
        assert blocks.count(label) == paragraphs.count(label) >= 5, label


def test_a_two_page_pdfs_running_header_and_page_numbers_are_left_out(tmp_path):
    """Round U's two-page paper: its running header needed three pages to be found, so it stood
    as sentences (a 3-1 link at drift 0.95), and ``Strona 2 z 2`` as an omission. Two pages do
    now, and a page number is read in other languages than English."""
    from fpdf import FPDF
    from pdfminer.high_level import extract_pages

    text = MIXED.read_text(encoding="utf-8").split("Source :")[0]
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip() and _latin_1(p)][:14]

    class Pages(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "Przeglad Miejski 12 (2024)")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, f"Strona {self.page_no()} z {{nb}}", align="C")

    pdf = Pages()
    pdf.add_page()
    for paragraph in paragraphs:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 5, paragraph.translate(LATIN_1))
        pdf.ln(5)
    path = tmp_path / "paper.pdf"
    pdf.output(str(path))
    assert len(list(extract_pages(path))) == 2
    doc = read_document(path).text
    assert "Przeglad Miejski" not in doc and "Strona" not in doc
    assert " ".join(doc.split()) == " ".join(" ".join(paragraphs).translate(LATIN_1).split())


def test_a_wide_spaced_pdf_line_ending_in_a_comma_runs_on_before_a_capital(tmp_path):
    """Round U's paper set with 1.5 line spacing: each line a block, and ``For years,`` /
    ``Kraków has been …`` two sentences, the first a 0-1 link at drift 1.0. A line that ends in a
    comma runs on whatever case the next one starts in, but not into an item (``A. Considering``,
    as a resolution's recitals follow ``The European Parliament,``)."""
    from fpdf import FPDF

    lines = [
        "Traffic counts show a clear trend over the last decade. For years,",
        "Krakow has been one of the most congested cities in Europe.",
        "The European Parliament,",
        "A. Considering that commuters now work from home two days a week.",
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "wide.pdf"
    pdf.output(str(path))
    assert read_document(path).text.split("\n\n") == [" ".join(lines[:2]), lines[2], lines[3] + "\n"]


def test_pdf_hyphen_at_a_line_end_joins_the_word_halves(tmp_path):
    """A word a hyphen cut at a line's end keeps its line end in the text read (for the segmenter
    to tell ``presented`` from ``counter-proposals`` by the language); a number's hyphen joins
    straight on, a capital after a hyphen is a new word."""
    from fpdf import FPDF

    from align.read import _rejoin

    assert (
        _rejoin("come up with counter-\nproposals, and\nthen") == "come up with counter-\nproposals, and then"
    )
    assert _rejoin("a 10-\nyear plan") == "a 10-year plan"
    assert _rejoin("the Russia-\nNATO Council") == "the Russia- NATO Council"
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("The plan was pre-", "sented to the counter-", "proposals committee."):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "cut.pdf"
    pdf.output(str(path))
    paragraphs = split_paragraphs(read_document(path).text)
    assert [s.text for s in split_sentences(paragraphs, ["en"])] == [
        "The plan was presented to the counter-proposals committee."
    ]


def test_bad_pdfs_raise_one_line_errors(tmp_path):
    from fpdf import FPDF

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    blank = FPDF()
    blank.add_page()
    blank.line(10, 10, 100, 100)
    scan = tmp_path / "scan.pdf"
    blank.output(str(scan))
    for path, message in ((damaged, "not a readable PDF"), (scan, "without a text layer")):
        with pytest.raises(AlignError, match=message) as err:
            read_document(path)
        assert "\n" not in str(err.value)


def test_subtitles_in_a_legacy_encoding_are_decoded_first(tmp_path):
    """SRT files from older editors are often cp1252: decoded like text files, then parsed."""
    speech = [
        p.replace("’", "'").replace("“", '"').replace("”", '"') for p in speech_paragraphs(MIXED, "Monsieur")
    ]
    path = tmp_path / "fr.srt"
    path.write_bytes(as_subtitles(speech).encode("cp1252"))
    doc = read_document(path)
    assert doc.encoding == "cp1252" and doc.subtitles == "SRT"
    assert "Je vous suis reconnaissant d'avoir proposé cette rencontre à Genève" in " ".join(doc.text.split())


def test_markdown_is_read_without_its_markup(tmp_path):
    """A transcript kept as Markdown: its markup was read as text, so ``**Question:**`` opened no
    turn and ``## Press conference``, ``[Geneva](https://…)`` and ``- First`` went into the
    segments and the TMX. The front matter is metadata, the image's alt text no sentence."""
    page = tmp_path / "briefing.md"
    page.write_text(
        "---\ntitle: Briefing\n---\n\n## Press conference\n\n![Minister](photo.jpg)\n\n"
        "**Question:** Did the talks succeed?\n\n"
        "**Sergey Lavrov:** We agreed to continue, in [Geneva](https://example.org/geneva).\n\n"
        "- First, we discussed *security*.\n- Second, trade.\n",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.encoding == "utf-8, Markdown"
    assert doc.text.split("\n\n") == [
        "Press conference",
        "Question: Did the talks succeed?",
        "Sergey Lavrov: We agreed to continue, in Geneva.",
        "First, we discussed security.",
        "Second, trade.\n",
    ]
    table = tmp_path / "hours.md"
    table.write_text(
        "Opening hours.\n\n| Day | Hours |\n|---|---|\n| Monday | Closed |\n| Tuesday | 10:00 to 17:00 |\n",
        encoding="utf-8",
    )  # a pipe table (GitHub's, not CommonMark's) was one paragraph, pipes and rule included
    assert read_document(table).text.split("\n\n") == [
        "Opening hours.", "Day", "Hours", "Monday", "Closed", "Tuesday", "10:00 to 17:00\n"
    ]  # fmt: skip
    guide = tmp_path / "guide.md"  # round U: a code block was a 1-0 link, or a 1-1 flagged untranslated
    guide.write_text(
        "Install the tool first.\n\n```bash\ncurl -X GET https://api.example.org/v1 \\\n  -H 'Accept: json'\n```\n\n"
        "    pip install align\n\nThen run `align pair` on your files.\n",
        encoding="utf-8",
    )
    assert read_document(guide).text.split("\n\n") == [
        "Install the tool first.",
        "Then run align pair on your files.\n",
    ]
    empty = tmp_path / "empty.md"
    empty.write_text("---\ntitle: x\n---\n\n<!-- draft -->\n", encoding="utf-8")
    with pytest.raises(AlignError, match="empty.md: a Markdown file without any text"):
        read_document(empty)


def test_a_pipe_is_read_as_it_comes_and_a_fifo_without_writer_does_not_hang(tmp_path):
    """Round V: a FIFO nobody writes to, given as an input, hung the run (killed after 60 s).
    It reads as empty now; a pipe (``align pair <(command) fr.txt``) is read whole, and a device
    that never ends stops at ``--max-bytes``."""
    import os
    from pathlib import Path

    from align.read import read_bytes

    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    with pytest.raises(AlignError, match="fifo.txt: is empty"):
        read_document(fifo)
    r, w = os.pipe()
    os.write(w, b"The talks were useful.\n")
    os.close(w)
    try:
        assert read_bytes(Path(f"/dev/fd/{r}")) == b"The talks were useful.\n"
    finally:
        os.close(r)
    with pytest.raises(AlignError, match="/dev/zero: more than the input limit of 1,000 bytes"):
        read_bytes(Path("/dev/zero"), max_bytes=1000)
