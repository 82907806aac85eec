"""``align check``: a translation memory's or XLIFF file's units scored for drift as they are
paired, read with their inline codes left out."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import polars as pl
import pytest
from conftest import EN_REMARKS, MIXED, run_cli
from lxml import etree

from align.errors import AlignError
from align.export import read_tmx, read_tsv
from align.pipeline import load_bitext, run_check, run_pair
from align.read import bitext_kind, read_bitext, read_document


@pytest.fixture(scope="module")
def sample_units(embedder) -> list[tuple[str, str]]:
    """The sample's aligned pairs (English remarks / their French version), one unit each, as
    ``align pair --format tmx`` writes them."""
    result = run_pair(EN_REMARKS, MIXED, embedder=embedder)
    src, tgt = result.streams.src, result.streams.tgt
    return [
        (" ".join(src[i].text for i in s.link.src), " ".join(tgt[j].text for j in s.link.tgt))
        for s in result.scored
        if s.link.src and s.link.tgt
    ]


def tmx(units: list[tuple[str, str | None]], langs: tuple[str, str] = ("en-US", "fr-FR")) -> str:
    """A TMX 1.4 memory of (source, target) units; a target of None: the unit has no target."""
    body = "".join(
        f'<tu tuid="{k}"><tuv xml:lang="{langs[0]}"><seg>{escape(a)}</seg></tuv>'
        + (f'<tuv xml:lang="{langs[1]}"><seg>{escape(b)}</seg></tuv>' if b is not None else "")
        + "</tu>\n"
        for k, (a, b) in enumerate(units)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        f'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="{langs[0]}" '
        f'datatype="plaintext"/><body>\n{body}</body></tmx>\n'
    )


def _before_end(text: str) -> tuple[str, str]:
    """``text`` cut before its closing punctuation (at its end if it has none): where a CAT tool's
    placeholder for a footnote mark or a line break sits."""
    end = len(text.rstrip(".!?…»”\"')"))
    return text[:end], text[end:]


def xliff12(units: list[tuple[str, str | None]], target_language: bool = True) -> str:
    """An XLIFF 1.2 file of the units, each word of a text's second half wrapped in ``<g>`` and an
    ``<x/>`` placeholder before its closing punctuation, as a CAT tool writes formatting."""

    def coded(text: str) -> str:
        half = len(text) // 2
        cut = text.index(" ", half) if " " in text[half:] else half
        head, end = _before_end(text)
        return f'{escape(text[:cut])}<g id="1">{escape(head[cut:])}</g><x id="2"/>{escape(end)}'

    body = "".join(
        f'<trans-unit id="u{k}"><source>{coded(a)}</source>'
        + (f"<target>{coded(b)}</target>" if b is not None else "")
        + "</trans-unit>\n"
        for k, (a, b) in enumerate(units)
    )
    target = ' target-language="fr-FR"' if target_language else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="remarks.txt" '
        f'source-language="en-US"{target} datatype="plaintext"><body>\n{body}</body></file></xliff>\n'
    )


def xliff20(units: list[tuple[str, str | None]]) -> str:
    """An XLIFF 2.0 file of the units, each a unit of one segment with a ``<ph/>`` before its
    closing punctuation."""

    def coded(text: str, quote: str) -> str:
        head, end = _before_end(text)
        return f"{escape(head)}<ph id={quote}1{quote}/>{escape(end)}"

    body = "".join(
        f'<unit id="u{k}"><segment id="s{k}"><source>{coded(a, chr(34))}</source>'
        + (f"<target>{coded(b, chr(39))}</target>" if b is not None else "")
        + "</segment></unit>\n"
        for k, (a, b) in enumerate(units)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" '
        'xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-US" trgLang="fr-FR">'
        f'<file id="f1">\n{body}</file></xliff>\n'
    )


def drifted(units: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """The sample's units with three drifts: Geneva dropped from the French of the opening
    pair, the French of "When you made the phone call …" left in English, and the
    "So I heard …" unit not translated at all."""
    out: list[tuple[str, str | None]] = []
    for src, tgt in units:
        if "cette rencontre à Genève" in tgt:
            out.append((src, tgt.replace("cette rencontre à Genève", "cette rencontre")))
        elif src.startswith("When you made the phone call"):
            out.append((src, src))
        elif src.startswith("So I heard"):
            out.append((src, None))
        else:
            out.append((src, tgt))
    return out


def flags_by_unit(frame: pl.DataFrame) -> dict[int, set[str]]:
    return {row["link"]: set(filter(None, row["flags"].split(","))) for row in frame.iter_rows(named=True)}


def test_the_sample_alignment_as_a_memory_is_flagged_as_aligned(sample_units, embedder, tmp_path):
    """The pairs ``align pair`` made, read back as a TMX, get the flags they got when aligned."""
    path = tmp_path / "sample.tmx"
    path.write_text(tmx(sample_units), encoding="utf-8")
    checked = run_check(path, embedder=embedder)
    aligned = run_pair(EN_REMARKS, MIXED, embedder=embedder)
    assert [s.link.type for s in checked.scored] == ["1-1"] * len(sample_units)
    assert [s.flags for s in checked.scored] == [s.flags for s in aligned.scored]
    ones = [
        (c.link.similarity, a.link.similarity)
        for c, a in zip(checked.scored, aligned.scored)
        if a.link.type == "1-1"
    ]
    assert len(ones) == 2 and all(c == pytest.approx(a, abs=1e-5) for c, a in ones)
    assert [s.flags for s in checked.scored if s.flags] == [
        ("name_mismatch",),
        ("number_mismatch",),
        ("name_mismatch",),
    ]


@pytest.mark.parametrize("kind", ["tmx", "xliff12", "xliff20"])
def test_a_memorys_drifted_units_are_flagged_in_every_format(sample_units, embedder, tmp_path, kind):
    writers = {"tmx": (tmx, ".tmx"), "xliff12": (xliff12, ".xlf"), "xliff20": (xliff20, ".xliff")}
    write, suffix = writers[kind]
    units = drifted(sample_units)
    path = tmp_path / f"memory{suffix}"
    path.write_text(write(units), encoding="utf-8")
    result = run_check(path, embedder=embedder)
    assert result.streams.src_lang == "en" and result.streams.tgt_lang == "fr"
    assert [s.text for s in result.streams.src] == [a for a, _ in units]
    assert [s.text for s in result.streams.tgt] == [b for _, b in units if b is not None]
    flags = {k: set(s.flags) for k, s in enumerate(result.scored)}

    def where(start: str) -> int:
        return next(k for k, (a, _) in enumerate(units) if a.startswith(start))

    assert flags[where("State Secretary")] == {"name_mismatch"}
    assert "untranslated" in flags[where("When you made the phone call")]
    assert flags[where("So I heard")] == {"omission"}
    assert result.scored[where("So I heard")].link.type == "1-0"
    untouched = [k for k, (a, b) in enumerate(units) if (a, b) in sample_units]
    flagged_before = {k for k in untouched if "Yesterday" in units[k][0] or "What we expect" in units[k][0]}
    assert all(not flags[k] for k in untouched if k not in flagged_before and k != 0)
    assert {s for k in flagged_before for s in flags[k]} == {"number_mismatch", "name_mismatch"}


def test_inline_codes_are_left_out_and_their_text_kept(tmp_path):
    path = tmp_path / "codes.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" '
        'o-tmf="t" adminlang="en" creationtool="t" creationtoolversion="1" datatype="html"/><body>'
        '<tu><tuv xml:lang="en"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> '
        'now<ph>&lt;br/&gt;</ph>, <hi type="x">then</hi> <it pos="begin">&lt;i&gt;</it>close.</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;'
        "</ept>, puis fermez.</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    assert read_bitext(path).units == (
        (("en", "Click Save now, then close."), ("fr", "Cliquez sur Enregistrer, puis fermez.")),
    )


def test_a_standalone_code_between_words_is_a_word_break(tmp_path):
    """A tab, line break or field code (TMX and XLIFF 2 ``<ph>``, XLIFF 1.2 ``<x/>``) between two
    letters or digits parts them, as it does in the document: before, ``40<ph/>60 cm`` read as
    4060 and ``team<ph/>Berlin`` as the name "teamBerlin". A formatting code (``<bpt>``,
    ``<it>``, ``<g>``) parts nothing: ``2<it/>3`` is 2 with a superscript 3."""
    tmx = tmp_path / "codes.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" '
        'o-tmf="t" adminlang="en" creationtool="t" creationtoolversion="1" datatype="html"/><body>'
        '<tu><tuv xml:lang="en"><seg>Size: 40<ph x="1">&lt;br/&gt;</ph>60 cm, our team<ph x="2">&lt;tab/&gt;'
        '</ph>Berlin, version 2<it pos="begin">&lt;sup&gt;</it>3, <bpt i="1">&lt;b&gt;</bpt>T<ept i="1">'
        '&lt;/b&gt;</ept>est<ph>&lt;br/&gt;</ph>.</seg></tuv><tuv xml:lang="fr"><seg>Taille : 40 60 cm'
        "</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    assert read_bitext(tmx).units[0][0] == ("en", "Size: 40 60 cm, our team Berlin, version 23, Test.")
    xliff = tmp_path / "codes.xlf"
    xliff.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a" source-language="en" target-language="fr" datatype="x"><body><trans-unit id="1">'
        '<source>Net weight<x id="1" ctype="lb"/>500 g</source><target>Poids net<x id="1" ctype="lb"/>500 g'
        "</target></trans-unit></body></file></xliff>",
        encoding="utf-8",
    )
    assert read_bitext(xliff).units == ((("en", "Net weight 500 g"), ("fr", "Poids net 500 g")),)


def test_a_memory_in_the_tmx_namespace_is_read_and_annotated(tmp_path):
    """Some tools write TMX in a namespace (``xmlns="http://www.lisa.org/tmx14"``): its units are
    read, and the annotated file gives each unit its drift in that namespace. Before, it was
    "a TMX file without any translation unit holding text"."""
    path = tmp_path / "ns.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4" xmlns="http://www.lisa.org/tmx14">'
        '<header srclang="en-US" segtype="sentence" o-tmf="t" adminlang="en" creationtool="t" '
        'creationtoolversion="1" datatype="plaintext"/><body>'
        '<tu tuid="1"><prop type="x-client">ACME</prop><tuv xml:lang="en-US"><seg>The talks lasted eight '
        'hours.</seg></tuv><tuv xml:lang="fr-FR"><seg>Les pourparlers ont duré huit heures.</seg></tuv></tu>'
        '<tu tuid="2"><tuv xml:lang="en-US"><seg>We will meet again next week.</seg></tuv><tuv xml:lang="fr-FR">'
        "<seg>Nous nous reverrons la semaine prochaine.</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    bitext = read_bitext(path)
    assert bitext.kind == "TMX" and bitext.source == "en-US" and len(bitext.units) == 2
    assert bitext.units[0] == (
        ("en-US", "The talks lasted eight hours."),
        ("fr-FR", "Les pourparlers ont duré huit heures."),
    )
    out = tmp_path / "out"
    result = run_cli("check", str(path), "--out", str(out), "--annotate", "-q", "--show", "0")
    assert result.returncode == 0, result.stderr
    ns = {"t": "http://www.lisa.org/tmx14"}
    tus = etree.parse(str(out / "ns.checked.tmx")).getroot().findall("t:body/t:tu", ns)
    assert [len(tu.findall("t:prop[@type='x-drift']", ns)) for tu in tus] == [1, 1]
    assert tus[0].find("t:prop", ns).text == "ACME"
    assert read_tmx(out / "ns.checked.tmx") == [(u[0][1], u[1][1]) for u in bitext.units]


def test_segmented_xliff_pairs_each_segment_and_skips_units_not_to_translate(tmp_path):
    """Trados and memoQ segment a unit with ``<mrk mtype="seg">``: each segment is a unit. A unit
    whose target holds text without segments is one unit, its whole source against its whole
    target: before, each source segment was an omission."""
    path = tmp_path / "doc.sdlxliff"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx" source-language="en-US" '
        'target-language="de-DE" datatype="x"><body><group><trans-unit id="a"><source>One. Two.</source>'
        '<seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two <g id="5">more</g>.'
        '</mrk></seg-source><target><mrk mtype="seg" mid="2">Zwei mehr.</mrk> <mrk mtype="seg" mid="1">'
        'Eins.</mrk></target></trans-unit></group><trans-unit id="b" translate="no"><source>ACME</source>'
        '<target>ACME</target></trans-unit><trans-unit id="c"><source>Three. Four.</source><seg-source>'
        '<mrk mtype="seg" mid="3">Three.</mrk> <mrk mtype="seg" mid="4">Four.</mrk></seg-source>'
        "<target>Drei. Vier.</target></trans-unit></body></file></xliff>",
        encoding="utf-8",
    )
    bitext = read_bitext(path)
    assert bitext.kind == "XLIFF 1.2" and bitext.source == "en-US"
    assert bitext.units == (
        (("en-US", "One."), ("de-DE", "Eins.")),
        (("en-US", "Two more."), ("de-DE", "Zwei mehr.")),
        (("en-US", "Three. Four."), ("de-DE", "Drei. Vier.")),  # a target without segments: whole
    )


@pytest.mark.parametrize("kind", ["xliff12", "xliff20"])
def test_units_of_a_group_not_to_translate_are_left_out(sample_units, tmp_path, kind):
    """``translate="no"`` on a ``<group>`` covers its units (a nearer ``yes`` wins), as XLIFF
    says; they were read and checked as if to translate."""
    write, unit = (xliff12, "trans-unit") if kind == "xliff12" else (xliff20, "unit")
    text = write(sample_units[:4])
    text = text.replace(f'<{unit} id="u1">', f'<group id="g1" translate="no"><{unit} id="u1">', 1)
    text = text.replace(f'<{unit} id="u3">', f'</group><{unit} id="u3">', 1)
    path = tmp_path / "doc.xlf"
    path.write_text(text, encoding="utf-8")
    assert [u[0][1] for u in read_bitext(path).units] == [sample_units[0][0], sample_units[3][0]]
    path.write_text(
        text.replace(f'<{unit} id="u2">', f'<{unit} id="u2" translate="yes">', 1), encoding="utf-8"
    )
    assert len(read_bitext(path).units) == 3


def test_units_translated_into_a_third_language_are_not_omissions(sample_units, tmp_path):
    """An XLIFF of two ``<file>`` elements, English into French and into German: checked as
    English-French, the German units are left out, not scored as French omissions (drift 1.00);
    a unit without any translation is still an omission."""
    french = xliff12([*sample_units[:3], (sample_units[3][0], None)])
    german = xliff12([("We met in Geneva.", "Wir haben uns in Genf getroffen."), ("Thank you.", "Danke.")])
    german_file = german[german.index("<file") : german.index("</xliff>")].replace("fr-FR", "de-DE")
    path = tmp_path / "multi.xlf"
    path.write_text(french.replace("</xliff>", german_file + "</xliff>"), encoding="utf-8")
    memory = load_bitext(path, ("en", "fr"))
    assert [lk.type for lk in memory.links] == ["1-1", "1-1", "1-1", "1-0"]
    assert "2 left out" in next(iter(memory.streams.encodings.values()))


def test_each_unit_is_labelled_as_its_file_names_it(tmp_path):
    """The TSV's ``unit`` column: what a reviewer finds the unit by in the file or its CAT tool."""
    pair = [("We met in Geneva.", "Nous nous sommes rencontrés à Genève."), ("Thank you.", "Merci.")]
    memory = tmp_path / "memory.tmx"
    memory.write_text(tmx(pair).replace('<tu tuid="0">', "<tu>"), encoding="utf-8")
    assert read_bitext(memory).labels == ("tu 1", "tuid 1")
    xlf = tmp_path / "doc.xlf"
    xlf.write_text(xliff12(pair).replace('<trans-unit id="u0">', "<trans-unit>"), encoding="utf-8")
    assert read_bitext(xlf).labels == ("trans-unit 1", "id u1")
    two = tmp_path / "doc2.xlf"
    two.write_text(
        xliff20(pair).replace('</segment></unit>\n<unit id="u1"><segment id="s1">', "</segment><segment>"),
        encoding="utf-8",
    )
    assert read_bitext(two).labels == ("unit u0 segment s0", "unit u0 segment 2")
    sdl = tmp_path / "doc.sdlxliff"
    unit = (
        '<trans-unit id="{0}"><source>x</source><seg-source><mrk mtype="seg" mid="{1}">One.</mrk>'
        '</seg-source><target><mrk mtype="seg" mid="{1}">Un.</mrk></target></trans-unit>'
    )
    sdl.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
        f'target-language="fr"><body>{unit.format("a", 1)}{unit.format("b", 2)}{unit.format("c", 2)}'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    assert read_bitext(sdl).labels == ("id a segment 1", "id b segment 2", "id c segment 2")
    # a mid repeated anywhere names every segment by its unit; two <file>s by their original
    files = (
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" '
        f'source-language="en" target-language="fr"><body>{unit.format("a", 0)}</body></file><file '
        f'original="b.txt" source-language="en" target-language="fr"><body>{unit.format("a", 0)}'
        f"{unit.format('b', 1)}</body></file></xliff>"
    )
    sdl.write_text(files, encoding="utf-8")
    assert read_bitext(sdl).labels == ("a.txt id a segment 0", "b.txt id a segment 0", "b.txt id b segment 1")
    table = tmp_path / "pairs.tsv"
    table.write_text("en\tfr\n\nWe met.\tNous.\n\t\nThank you.\tMerci.\n", encoding="utf-8")
    assert read_bitext(table).labels == ("row 3", "row 5")
    first, second = tmp_path / "a.en", tmp_path / "a.fr"
    first.write_text("We met.\n\nThank you.\n", encoding="utf-8")
    second.write_text("Nous.\n\nMerci.\n", encoding="utf-8")
    assert read_bitext(first, second=second).labels == ("line 1", "line 3")


@pytest.mark.parametrize(
    "header", ["English,French (Canada)", "Source (en),Target (fr-CA)", "eng,fre", "EN source,FR target"]
)
def test_a_table_header_names_its_languages_in_words_or_codes(tmp_path, header):
    """A bilingual table's header names its columns' languages as a spreadsheet does; it is
    read as their codes, not checked as a unit of its own."""
    table = tmp_path / "pairs.csv"
    table.write_text(f"{header}\nWe met in Geneva.,Nous nous sommes rencontrés à Genève.\n", encoding="utf-8")
    memory = load_bitext(table)
    assert (memory.streams.src_lang, memory.streams.tgt_lang) == ("en", "fr")
    assert [s.text for s in memory.streams.src] == ["We met in Geneva."] and memory.labels == ["row 2"]


GENEVA_EN = "We met the Secretary of State in Geneva yesterday to discuss the security guarantees."
GENEVA_FR = "Nous avons rencontré hier à Genève le secrétaire d'État pour parler des garanties."


@pytest.mark.parametrize(
    ("name", "table", "labels"),
    [
        # a reviewer's sheet: an ID and a notes column beside the languages the header names
        ("review.tsv", f"ID\tEnglish\tFrench\tNotes\nA-1\t{GENEVA_EN}\t{GENEVA_FR}\tok\n", ["row 2, ID A-1"]),
        # text columns named by role, their languages read by langdetect
        ("pairs.csv", f'Source text,Target text,Notes\n"{GENEVA_EN}","{GENEVA_FR}",ok\n', ["row 2"]),
    ],
)
def test_a_tables_columns_beside_its_texts_are_left_out(tmp_path, name, table, labels):
    """The header names the two text columns, by language or by role; its other columns are
    not read as text, and an identifier column joins each unit's label."""
    path = tmp_path / name
    path.write_text(table, encoding="utf-8")
    memory = load_bitext(path)
    assert (memory.streams.src_lang, memory.streams.tgt_lang) == ("en", "fr")
    assert [s.text for s in memory.streams.tgt] == [GENEVA_FR] and memory.labels == labels


def test_a_workbooks_table_is_read_from_its_sheet_of_rows(tmp_path):
    """A workbook whose first sheet holds the project's details ("Project: Manual v2") and the
    second the segments: the segments are the units. Before, only the first sheet was read,
    and the error said it held "only und (und) text"; a workbook without any text whose
    language langdetect can tell says so in words."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Info"
    book.active.append(["Project", "Manual v2"])
    table = book.create_sheet("Segments")
    table.append(["ID", "English", "French"])
    table.append([1, GENEVA_EN, GENEVA_FR])
    table.append([2, "The talks lasted eight hours.", "Les pourparlers ont duré huit heures."])
    path = tmp_path / "manual.xlsx"
    book.save(path)
    assert [u[1][1] for u in read_bitext(path).units] == [GENEVA_FR, "Les pourparlers ont duré huit heures."]
    numbers = openpyxl.Workbook()
    for row in (["1.5", "2.5"], ["3", "4"]):
        numbers.active.append(row)
    numbers.save(tmp_path / "numbers.xlsx")
    with pytest.raises(
        AlignError, match=r"numbers.xlsx: no text in this Excel table file whose language langdetect can tell"
    ):
        load_bitext(tmp_path / "numbers.xlsx")


def test_aligns_own_table_is_checked_again_after_the_texts_are_fixed(sample_units, tmp_path):
    """The TSV ``check`` (or ``pair``) writes, its target fixed by hand where Geneva was dropped,
    is checked again as it now stands: a link a unit, each side in the language its row gives,
    labelled by its row and link; the fixed link is no longer flagged, the others keep their
    flags. Before, its 13 columns were "without a header naming their languages"."""
    memory = tmp_path / "memory.tmx"
    memory.write_text(tmx(drifted(sample_units)), encoding="utf-8")
    result = run_cli("check", str(memory), "--out", str(tmp_path / "first"), "-q", "--show", "0")
    assert result.returncode == 0, result.stderr
    first = read_tsv(tmp_path / "first" / "memory.tsv")
    geneva = next(
        i for i, row in enumerate(first.iter_rows(named=True)) if "cette rencontre" in row["tgt_text"]
    )
    assert "name_mismatch" in first["flags"][geneva]
    fixed = first.with_columns(
        tgt_text=pl.Series(
            [
                t.replace("cette rencontre", "cette rencontre à Genève") if i == geneva else t
                for i, t in enumerate(first["tgt_text"])
            ]
        )
    )
    fixed.write_csv(tmp_path / "fixed.tsv", separator="\t")
    bitext = read_bitext(tmp_path / "fixed.tsv")
    assert len(bitext.units) == first.height and bitext.labels[0] == f"row 2, link {first['link'][0]}"
    assert bitext.units[geneva][0][0] == "en" and bitext.units[geneva][1][0] == "fr"
    again = run_cli(
        "check", str(tmp_path / "fixed.tsv"), "--out", str(tmp_path / "again"), "-q", "--show", "0"
    )
    assert again.returncode == 0, again.stderr
    second = read_tsv(tmp_path / "again" / "fixed.tsv")
    assert "name_mismatch" not in second["flags"][geneva]
    others = [i for i in range(first.height) if i != geneva]
    assert [second["flags"][i] for i in others] == [first["flags"][i] for i in others]


def test_a_word_document_without_a_table_is_no_bitext(tmp_path):
    import docx

    plain = tmp_path / "remarks.docx"
    document = docx.Document()
    document.add_paragraph("We met in Geneva yesterday.")
    document.save(plain)
    with pytest.raises(
        AlignError, match="a Word document without a table; align check reads a bilingual table"
    ):
        read_bitext(plain)


PO_FILE = """# Remarks, French.
msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. a reviewer's own comment
#: remarks.py:12
msgid "We spent three days in Geneva."
msgstr "Nous avons passé cinq jours à Genève."

#: remarks.py:20
msgctxt "closing"
msgid "The talks were useful."
msgstr "Les pourparlers ont été utiles."

#: remarks.py:31
msgid "One meeting"
msgid_plural "%d meetings"
msgstr[0] "Une rencontre"
msgstr[1] "%d rencontres"

#: remarks.py:40
msgid "We thank our hosts."
msgstr ""

#~ msgid "Old line"
#~ msgstr "Vieille ligne"
"""


def test_a_po_files_entries_are_checked_and_flagged_ones_marked_fuzzy(tmp_path):
    """gettext PO (translate-toolkit reads it): each entry a unit, its plural's first form,
    labelled by its source reference and context; --annotate comments a flagged entry and marks
    it fuzzy, as PO editors list entries to review, and a second check replaces the comment."""
    path = tmp_path / "remarks.po"
    path.write_text(PO_FILE, encoding="utf-8")
    bitext = read_bitext(path)
    assert bitext.kind == "PO" and [u[1] for u in bitext.units] == [
        ("fr", "Nous avons passé cinq jours à Genève."),
        ("fr", "Les pourparlers ont été utiles."),
        ("fr", "Une rencontre"),
        ("fr", ""),
    ]
    assert bitext.labels == (
        "remarks.py:12",
        "remarks.py:20, msgctxt closing",
        "remarks.py:31",
        "remarks.py:40",
    )
    out = tmp_path / "out"
    result = run_cli("check", str(path), "--out", str(out), "--annotate", "-q")
    assert result.returncode == 0, result.stderr
    assert "links: 1-1 3, 1-0 1" in result.stdout
    text = (out / "remarks.checked.po").read_text(encoding="utf-8")
    flagged = text.split("#: remarks.py:12")[0].rsplit("\n\n", 1)[1]
    assert "# align: drift 0.9" in flagged and "number_mismatch: source 3; target 5" in flagged
    assert "#. a reviewer's own comment" in flagged
    assert text.count("#, fuzzy") == 1 and text.count("# align:") == 1  # the untranslated entry is not fuzzy
    assert '#~ msgid "Old line"' in text and 'msgstr[1] "%d rencontres"' in text
    again = run_cli(
        "check", str(out / "remarks.checked.po"), "--out", str(tmp_path / "again"), "--annotate", "-q"
    )
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again" / "remarks.checked.checked.po").read_text(encoding="utf-8").count(
        "# align:"
    ) == 1
    legacy = tmp_path / "legacy.po"  # older catalogues are in the charset their header names
    legacy.write_bytes(
        PO_FILE.replace(
            '"Language: fr\\n"', '"Language: fr\\n"\n"Content-Type: text/plain; charset=ISO-8859-1\\n"'
        )
        .replace('"Content-Type: text/plain; charset=UTF-8\\n"\n', "", 1)
        .encode("latin-1")
    )
    assert read_bitext(legacy).units == bitext.units
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "unterminated\nmsgstr "x"\n', encoding="utf-8")
    with pytest.raises(AlignError, match="broken.po: not a readable PO file"):
        read_bitext(broken)
    paired = run_cli("pair", str(path), str(EN_REMARKS), "--out", str(out), "-q")
    assert paired.returncode == 2 and "a PO file, its units paired already" in paired.stderr


def test_a_po_entry_whose_similarity_alone_is_low_is_commented_not_fuzzy(embedder, tmp_path):
    """``msgfmt`` leaves fuzzy entries out of the build, so an entry is marked fuzzy only where a
    check found something (``number_mismatch``); one whose drift comes from its similarity alone
    (a one-word menu entry, ``Paste`` / ``Coller``; flagged ``low_similarity`` or not) gets the
    comment only. Before, both were fuzzy and the shipped interface lost the second's
    translation."""
    from align.export import links_frame, write_annotated

    path = tmp_path / "ui.po"
    path.write_text(
        PO_FILE.split("#. a reviewer")[0] + 'msgid "Paste"\nmsgstr "Coller"\n\nmsgid "Open 3 files"\n'
        'msgstr "Ouvrir 5 fichiers"\n\nmsgid "Save"\nmsgstr "Enregistrer"\n\nmsgid "Close the window"\nmsgstr "Fermer la fenêtre"\n',
        encoding="utf-8",
    )
    memory = load_bitext(path)
    result = run_check(path, embedder=embedder)
    frame = links_frame(result.scored, result.streams.src, result.streams.tgt, memory.labels).with_columns(
        drift=pl.Series([0.58, 0.9, 0.1, 0.92]),
        flags=pl.Series(["", "number_mismatch", "", "low_similarity"]),
        details=pl.Series(
            [
                "drift: similarity 0.84, low for this document",
                "number_mismatch: source 3; target 5",
                "",
                "low_similarity: similarity 0.72",
            ]
        ),
    )
    write_annotated(memory.bitext, memory.where, frame, tmp_path / "ui.checked.po")
    entries = (tmp_path / "ui.checked.po").read_text(encoding="utf-8").split("\n\n")[1:]
    assert ["# align: drift 0.58" in e and "#, fuzzy" not in e for e in entries] == [
        True,
        False,
        False,
        False,
    ]
    assert ["# align: drift 0.90" in e and "#, fuzzy" in e for e in entries] == [False, True, False, False]
    assert "# align" not in entries[2]
    # round T: the low_similarity flag alone is a low similarity too: commented, not fuzzy
    assert "# align: drift 0.92" in entries[3] and "#, fuzzy" not in entries[3]


def test_a_memory_of_any_source_language_takes_the_language_its_units_share(tmp_path):
    """``srclang="*all*"`` (memoQ's multilingual memories): the source is the language most
    units hold, not the first ``<tuv>`` of the first unit, which here is French. Before, this
    English-French-German memory was checked from French into English."""
    units = [
        ("fr-FR", "Bonjour à tous.", "en-US", "Hello everyone.", "de-DE", "Hallo zusammen."),
        ("en-US", "The talks lasted eight hours.", "fr-FR", "Les pourparlers ont duré huit heures.", "de-DE",
         "Die Gespräche dauerten acht Stunden."),
        ("en-US", "We will meet again next week.", "de-DE", "Wir treffen uns nächste Woche wieder.", "", ""),
    ]  # fmt: skip
    body = "".join(
        "<tu>"
        + "".join(f'<tuv xml:lang="{u[k]}"><seg>{u[k + 1]}</seg></tuv>' for k in (0, 2, 4) if u[k])
        + "</tu>"
        for u in units
    )
    path = tmp_path / "multi.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="*all*" segtype="sentence" '
        f'o-tmf="t" adminlang="en" creationtool="t" creationtoolversion="1" datatype="plaintext"/><body>{body}'
        "</body></tmx>",
        encoding="utf-8",
    )
    streams = load_bitext(path).streams
    assert streams.src_lang == "en" and [s.text for s in streams.src][0] == "Hello everyone."


def test_a_cleaned_memory_keeps_the_units_translated_into_another_language(tmp_path):
    """``--annotate --max-drift`` on an English-French-German memory checked as English-French:
    a unit of English and German only is an omission for this pair, not a bad unit, and stays
    with its German; a French unit whose number drifted is left out. Before, both were removed."""
    units = [
        '<tuv xml:lang="en"><seg>The talks lasted eight hours.</seg></tuv><tuv xml:lang="fr"><seg>Les '
        "pourparlers ont duré huit heures.</seg></tuv>",
        '<tuv xml:lang="en"><seg>We will meet again next week.</seg></tuv><tuv xml:lang="de"><seg>Wir treffen '
        "uns nächste Woche wieder.</seg></tuv>",
        '<tuv xml:lang="en"><seg>The museum has 40 rooms.</seg></tuv><tuv xml:lang="fr"><seg>Le musée compte '
        "75 salles.</seg></tuv>",
        '<tuv xml:lang="en"><seg>Thank you for your attention.</seg></tuv>',
    ]
    path = tmp_path / "multi.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" '
        'o-tmf="t" adminlang="en" creationtool="t" creationtoolversion="1" datatype="plaintext"/><body>'
        + "".join(f'<tu tuid="{k}">{u}</tu>' for k, u in enumerate(units))
        + "</body></tmx>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli(
        "check", str(path), "--langs", "en,fr", "--annotate", "--max-drift", "0.5", "--out", str(out), "-q"
    )
    assert result.returncode == 0, result.stderr
    kept = etree.parse(str(out / "multi.checked.tmx")).getroot().iterfind("body/tu")
    assert [tu.get("tuid") for tu in kept] == ["0", "1"]


def test_languages_come_from_the_file_or_langs(sample_units, tmp_path):
    units = [(a, b) for a, b in sample_units]
    three = tmp_path / "three.tmx"
    text = tmx(units).replace(
        "</tu>",
        '<tuv xml:lang="de-DE"><seg>Ein deutscher Satz über die Gespräche in Genf.</seg></tuv></tu>',
        2,
    )
    three.write_text(text, encoding="utf-8")
    streams = load_bitext(three).streams
    assert (streams.src_lang, streams.tgt_lang) == ("en", "fr")
    assert "its languages: en, fr, de (choose two with --langs)" in streams.encodings[str(three)]
    memory = load_bitext(three, ("en", "de"))
    streams, links = memory.streams, memory.links
    assert (streams.tgt_lang, len(streams.tgt)) == ("de", 2)
    assert [lk.type for lk in links] == ["1-1", "1-1"] + ["1-0"] * (len(units) - 2)
    # an XLIFF that names no target language: langdetect reads it from the targets
    unnamed = tmp_path / "unnamed.xlf"
    unnamed.write_text(xliff12(units, target_language=False), encoding="utf-8")
    assert load_bitext(unnamed).streams.tgt_lang == "fr"
    with pytest.raises(
        AlignError, match=r"no Russian \(ru\) text in this TMX file \(its languages: en, fr, de\)"
    ):
        load_bitext(three, ("en", "ru"))
    single = tmp_path / "single.tmx"
    single.write_text(tmx([(a, None) for a, _ in units]), encoding="utf-8")
    with pytest.raises(
        AlignError, match=r"only English \(en\) text in this TMX file; its units hold no translation"
    ):
        load_bitext(single)
    wrong = tmp_path / "wrong.tmx"
    wrong.write_text(tmx(units).replace('srclang="en-US"', 'srclang="de-DE"'), encoding="utf-8")
    with pytest.raises(
        AlignError,
        match=r"names German \(de\) as its source language but holds no German \(de\) text "
        r"\(its languages: en, fr\); choose two with --langs",
    ):
        load_bitext(wrong)
    assert load_bitext(wrong, ("en", "fr")).streams.tgt_lang == "fr"


def test_a_utf16_memory_and_one_without_its_extension_are_read(sample_units, tmp_path):
    """Trados exports TMX in UTF-16; a memory saved as .xml is known by its first element."""
    text = tmx(sample_units[:3]).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "memory.xml"
    path.write_bytes(text.encode("utf-16"))
    assert bitext_kind(path, path.read_bytes()) == "TMX"
    assert [u[1][1] for u in read_bitext(path).units] == [b for _, b in sample_units[:3]]
    plain = tmp_path / "notes.xml"
    plain.write_text("<?xml version='1.0'?><!-- a tmx file? --><notes><tmx/></notes>", encoding="utf-8")
    assert bitext_kind(plain, plain.read_bytes()) is None


def test_check_cli_writes_the_units_and_a_memory_of_the_faithful_ones(sample_units, tmp_path):
    memory = tmp_path / "memory.tmx"
    units = drifted(sample_units)
    memory.write_text(tmx(units), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(
        "check", str(memory), "--out", str(out), "--format", "tsv,tmx", "--max-drift", "0.5", "-q"
    )
    assert result.returncode == 0, result.stderr
    assert f"read {memory} (TMX, {len(units)} units)" in result.stdout
    assert f"links: 1-1 {len(units) - 1}, 1-0 1" in result.stdout
    frame = read_tsv(out / "memory.tsv")
    assert frame.height == len(units) and frame["link"].to_list() == list(range(len(units)))
    assert frame["unit"].to_list() == [f"tuid {k}" for k in range(len(units))]
    worst = (
        frame.filter(pl.col("type") == "1-1")
        .sort("drift", "link", descending=[True, False])
        .row(0, named=True)
    )
    assert f"  link {worst['link']} {worst['type']}  tuid {worst['link']}  drift" in result.stdout
    assert frame["src_text"].to_list() == [a for a, _ in units]
    flagged = {k for k, f in flags_by_unit(frame).items() if f}
    kept = read_tmx(out / "memory.tmx")
    assert kept == [(a, b) for k, (a, b) in enumerate(units) if b is not None and k not in flagged]
    assert len(kept) == len(units) - 6
    units_kept = [
        {p.get("type"): p.text for p in tu.iterfind("prop")}["x-unit"]
        for tu in etree.parse(str(out / "memory.tmx")).getroot().iterfind("body/tu")
    ]
    assert len(units_kept) == len(kept) and all(u.startswith("tuid ") for u in units_kept)


def test_check_refuses_to_replace_its_input_and_bad_memories(sample_units, tmp_path):
    memory = tmp_path / "memory.tmx"
    memory.write_text(tmx(sample_units), encoding="utf-8")
    before = memory.read_bytes()
    result = run_cli("check", str(memory), "--out", str(tmp_path), "--format", "tmx", "-q")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"error: {memory}: the tmx output would replace the input; choose another --out"
    )
    assert memory.read_bytes() == before
    broken = tmp_path / "broken.tmx"
    broken.write_text(tmx(sample_units)[:-40], encoding="utf-8")
    empty = tmp_path / "empty.xlf"
    empty.write_text(xliff12([]), encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?><tmx-notes/>", encoding="utf-8")
    out = tmp_path / "out"
    for path, message in (
        (broken, f"error: {broken}: not a readable TMX or XLIFF file (line "),
        (empty, f"error: {empty}: an XLIFF 1.2 file without any translation unit holding text"),
        (other, f"error: {other}: not a TMX or XLIFF file (its first element is <tmx-notes>)"),
        (
            EN_REMARKS,
            f"error: {EN_REMARKS}: not a TMX or XLIFF file (align check scores a translation memory's",
        ),
    ):
        result = run_cli("check", str(path), "--out", str(out), "-q")
        assert result.returncode == 2 and result.stderr.startswith(message), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()  # no output, not even its folder


def test_pair_on_a_memory_points_to_check(sample_units, tmp_path):
    memory = tmp_path / "memory.tmx"
    memory.write_text(tmx(sample_units), encoding="utf-8")
    with pytest.raises(
        AlignError, match="a TMX file, its units paired already; score them as they are with align check"
    ):
        read_document(memory)
    result = run_cli("pair", str(memory), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 2 and "align check" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_pair_on_a_bilingual_table_points_to_check(sample_units, tmp_path):
    """Round V: ``align pair table.csv`` (a header of languages, a pair a row) aligned the rows
    as one mixed text and ended in "no parallel content"; it says to check the table now. A CSV
    without a header of languages is read as text, as before."""
    table = tmp_path / "memory.csv"
    table.write_text("en,fr\n" + "".join(f'"{a}","{b}"\n' for a, b in sample_units), encoding="utf-8")
    result = run_cli("pair", str(table), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 2 and result.stderr == (
        f"error: {table}: a bilingual CSV table (its header names the languages), its rows paired "
        f"already; score them as they are with align check {table}\n"
    )
    notes = tmp_path / "notes.csv"
    notes.write_text("We met in Geneva, on Friday, as planned.\n", encoding="utf-8")
    assert read_document(notes).text == "We met in Geneva, on Friday, as planned.\n"


def test_xml_text_not_a_memory_is_still_read_as_text(tmp_path):
    path = tmp_path / "remarks.txt"
    path.write_text("<p>Hello.</p>\n" + Path(EN_REMARKS).read_text(encoding="utf-8"), encoding="utf-8")
    assert "Yesterday we spent" in read_document(path).text


def _inline_codes_kept(units: list[tuple[str, str | None]]) -> str:
    """The units as a UTF-16 TMX with a DOCTYPE, a property of its own on each unit and the
    first word of each side in bold (``<bpt>`` / ``<ept>``), as Trados exports a memory."""
    text = tmx(units).replace('<tmx version="1.4">', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">')
    text = text.replace(
        '<tuv xml:lang="en-US"><seg>',
        '<prop type="x-client">ACME</prop><tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>',
    ).replace('<tuv xml:lang="fr-FR"><seg>', '<tuv xml:lang="fr-FR"><seg><bpt i="1">&lt;b&gt;</bpt>')
    text = re.sub(r'(<seg><bpt i="1">&lt;b&gt;</bpt>\S+) ', r'\1<ept i="1">&lt;/b&gt;</ept> ', text)
    return text.replace('encoding="UTF-8"', 'encoding="UTF-16"')


def test_annotated_memory_keeps_the_file_and_adds_each_units_drift(sample_units, tmp_path):
    """``--annotate``: the memory as it was (encoding, DOCTYPE, inline codes, its own properties)
    with each unit's drift; with ``--max-drift`` the flagged units are left out; a second check
    of the annotated memory replaces its properties."""
    from lxml import etree

    units = drifted(sample_units)
    memory = tmp_path / "memory.tmx"
    memory.write_bytes(_inline_codes_kept(units).encode("utf-16"))
    out = tmp_path / "out"
    result = run_cli("check", str(memory), "--out", str(out), "--annotate", "-q", "--show", "0")
    assert result.returncode == 0, result.stderr
    annotated = out / "memory.checked.tmx"
    assert f"wrote {annotated}" in result.stdout
    raw = annotated.read_bytes()
    assert raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff")  # still UTF-16
    tree = etree.parse(str(annotated))
    assert tree.docinfo.doctype == '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
    frame = read_tsv(out / "memory.tsv")
    tus = tree.getroot().findall("body/tu")
    segs = tree.getroot().findall("body/tu/tuv/seg")
    assert len(tus) == len(units) and all(seg.find("bpt") is not None for seg in segs)
    assert len(segs) == sum(1 + (b is not None) for _, b in units)
    for tu, row in zip(tus, frame.iter_rows(named=True)):
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props["x-client"] == "ACME"
        assert float(props["x-drift"]) == pytest.approx(row["drift"], abs=1e-4)
        assert props.get("x-flags", "") == row["flags"] and props.get("x-details", "") == row["details"]
    again = run_cli(
        "check", str(annotated), "--out", str(tmp_path / "again"), "--annotate", "--max-drift", "0.5", "-q"
    )
    assert again.returncode == 0, again.stderr
    kept = etree.parse(str(tmp_path / "again" / "memory.checked.checked.tmx")).getroot().findall("body/tu")
    faithful = [row for row in frame.iter_rows(named=True) if row["drift"] <= 0.5]
    assert len(kept) == len(faithful) == 2
    assert all(len(tu.findall("prop[@type='x-drift']")) == 1 for tu in kept)


@pytest.mark.parametrize("kind", ["xliff12", "xliff20"])
def test_annotated_xliff_notes_its_flagged_units_for_review(sample_units, tmp_path, kind):
    from lxml import etree

    write, suffix = (xliff12, ".xlf") if kind == "xliff12" else (xliff20, ".xliff")
    units = drifted(sample_units)
    source = tmp_path / f"doc{suffix}"
    source.write_text(write(units), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("check", str(source), "--out", str(out), "--annotate", "-q", "--show", "0")
    assert result.returncode == 0, result.stderr
    frame = read_tsv(out / "doc.tsv")
    flagged = [row["drift"] >= 0.5 for row in frame.iter_rows(named=True)]
    annotated = out / f"doc.checked{suffix}"
    for twice in (False, True):  # a second check replaces the notes of the first
        if twice:
            result = run_cli("check", str(annotated), "--out", str(tmp_path / "again"), "--annotate", "-q")
            assert result.returncode == 0, result.stderr
            annotated = tmp_path / "again" / f"doc.checked.checked{suffix}"
        root = etree.parse(str(annotated)).getroot()
        holders = root.iter("{*}trans-unit") if kind == "xliff12" else root.iter("{*}unit")
        for holder, flag, (_, tgt) in zip(holders, flagged, units, strict=True):
            notes = [n.text for n in holder.iter("{*}note")]
            assert len(notes) == flag
            if kind == "xliff12":
                target = holder.find("{*}target")
                assert (target is not None and target.get("state") == "needs-review-translation") == (
                    flag and tgt is not None
                )
                assert len(holder.findall("{*}source/{*}g")) == 1
            else:
                assert len(holder.findall(".//{*}ph")) == 1 + (tgt is not None)
        notes = " | ".join(n.text for n in root.iter("{*}note"))
        assert "name_mismatch: source Geneva; target none" in notes
        assert "untranslated: target written in the source language (en)" in notes
        assert "number_mismatch: source none; target today" in notes


def test_annotated_xliff_leaves_untranslated_states_and_withdraws_approval(tmp_path):
    """An XLIFF 1.2 unit with an empty target ``state="needs-translation"`` gets its omission
    note, its state left as it is (before: "needs-review-translation", as if there were a
    translation to review); an approved unit flagged for drift is no longer ``approved="yes"``,
    which CAT tools take over the state; faithful units keep theirs."""
    source = tmp_path / "ui.xlf"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="ui" source-language="en" target-language="fr" datatype="plaintext"><body>'
        '<trans-unit id="a" approved="yes"><source>The talks lasted eight hours in Geneva.</source>'
        '<target state="translated">Les pourparlers ont duré trois heures à Genève.</target></trans-unit>'
        '<trans-unit id="b" approved="yes"><source>We will meet again next week.</source>'
        '<target state="translated">Nous nous reverrons la semaine prochaine.</target></trans-unit>'
        '<trans-unit id="c"><source>Cancel the meeting</source><target state="needs-translation"/></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    result = run_cli("check", str(source), "--out", str(tmp_path / "out"), "--annotate", "-q", "--show", "0")
    assert result.returncode == 0, result.stderr
    units = etree.parse(str(tmp_path / "out" / "ui.checked.xlf")).getroot().iter("{*}trans-unit")
    seen = {
        u.get("id"): (u.get("approved"), u.find("{*}target").get("state"), len(u.findall("{*}note")))
        for u in units
    }
    assert seen == {
        "a": ("no", "needs-review-translation", 1),
        "b": ("yes", "translated", 0),
        "c": (None, "needs-translation", 1),
    }


def test_annotated_xliff2_keeps_the_unit_schema_order_and_no_empty_notes(sample_units, tmp_path):
    """XLIFF 2.0 puts a unit's elements of other namespaces (``<mda:metadata>``) before its
    ``<notes>``, and a ``<notes>`` must hold a note: align's notes go after the metadata, and a
    second check of the fixed file removes the ``<notes>`` it had added where nothing is flagged."""
    from lxml import etree

    mda = "urn:oasis:names:tc:xliff:metadata:2.0"
    text = xliff20(drifted(sample_units)).replace('srcLang="en-US"', f'xmlns:mda="{mda}" srcLang="en-US"')
    text = re.sub(
        r'<unit id="u(\d+)">',
        r'<unit id="u\1"><mda:metadata><mda:metaGroup><mda:meta type="id">B\1</mda:meta></mda:metaGroup></mda:metadata>',
        text,
    )
    source = tmp_path / "doc.xlf"
    source.write_text(text, encoding="utf-8")

    def check(path: Path, out: Path) -> list:
        result = run_cli("check", str(path), "--out", str(out), "--annotate", "-q", "--show", "0")
        assert result.returncode == 0, result.stderr
        units = list(etree.parse(str(out / f"{path.stem}.checked.xlf")).getroot().iter("{*}unit"))
        for unit in units:
            names = [etree.QName(c).localname for c in unit]
            assert names[0] == "metadata" and names[-1] == "segment", names
            notes = unit.find("{*}notes")
            assert notes is None or (names[1] == "notes" and len(notes) >= 1), names
        return units

    first = check(source, tmp_path / "one")
    noted = {u.get("id") for u in first if u.find("{*}notes") is not None}
    assert len(noted) >= 3
    tree = etree.parse(str(tmp_path / "one" / "doc.checked.xlf"))
    for unit, (_, faithful) in zip(tree.getroot().iter("{*}unit"), sample_units, strict=True):
        target = unit.find("{*}segment/{*}target")
        if target is not None:
            for child in list(target):
                target.remove(child)
            target.text = faithful
            etree.SubElement(target, "{urn:oasis:names:tc:xliff:document:2.0}ph", id="1")  # kept
    fixed = tmp_path / "fixed.xlf"
    tree.write(str(fixed), encoding="utf-8", xml_declaration=True)
    second = check(fixed, tmp_path / "two")
    assert {u.get("id") for u in second if u.find("{*}notes") is not None} < noted


def test_max_drift_is_refused_where_it_filters_nothing(sample_units, tmp_path):
    """An annotated XLIFF keeps every unit (a TMX memory drops those above ``--max-drift``), so
    ``--annotate --max-drift`` of an XLIFF without a TMX output is an error, not a no-op."""
    source = tmp_path / "doc.xlf"
    source.write_text(xliff12(sample_units), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("check", str(source), "--annotate", "--max-drift", "0.5", "--out", str(out), "-q")
    assert result.returncode == 2 and not out.exists()
    assert result.stderr.strip() == (
        "error: --max-drift leaves pairs out of the TMX only; add tmx to --format (--format tsv,tmx)"
    )


def test_annotated_segments_of_a_trados_file_are_named(tmp_path):
    path = tmp_path / "doc.sdlxliff"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.docx" source-language="en-US" '
        'target-language="fr-FR" datatype="x"><body><trans-unit id="a"><source>x</source><seg-source>'
        '<mrk mtype="seg" mid="1">We spent three days in Geneva.</mrk> <mrk mtype="seg" mid="2">The talks '
        'were useful.</mrk></seg-source><target><mrk mtype="seg" mid="1">Nous avons passé cinq jours à '
        'Genève.</mrk> <mrk mtype="seg" mid="2">Les pourparlers ont été utiles.</mrk></target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    result = run_cli("check", str(path), "--out", str(tmp_path / "out"), "--annotate", "-q")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "doc.checked.sdlxliff").read_text(encoding="utf-8")
    assert '<note from="align">segment 1: drift ' in text and "number_mismatch: source 3; target 5" in text
    assert "segment 2:" not in text


@pytest.mark.parametrize("kind", ["lines", "tsv", "csv", "xlsx", "docx"])
def test_line_aligned_files_and_tables_are_checked_as_memories_are(sample_units, embedder, tmp_path, kind):
    """A parallel corpus as two line-aligned files (Moses, OPUS) and a bilingual table (TSV with a
    header of language codes, CSV without one, Excel, a Word review table whose header names its
    columns by role beside an ID and a comment) are checked a line or a row a unit."""
    import csv

    units = drifted(sample_units)
    if kind == "lines":
        first, second = tmp_path / "remarks.en", tmp_path / "remarks.fr"
        first.write_text("".join(f"{a}\n" for a, _ in units), encoding="utf-8")
        second.write_text("".join(f"{b or ''}\n" for _, b in units), encoding="utf-8")
    else:
        first, second = tmp_path / f"remarks.{kind}", None
        rows = ([["en-GB", "fr-FR"]] if kind != "csv" else []) + [[a, b or ""] for a, b in units]
        if kind == "xlsx":
            import openpyxl

            book = openpyxl.Workbook()
            for row in rows:
                book.active.append(row)
            book.save(first)
        elif kind == "docx":
            import docx

            document = docx.Document()
            document.add_paragraph("Review of the remarks")
            table = document.add_table(rows=0, cols=5)
            header = ["Segment ID", "Segment status", "Source segment", "Target segment", "Comment"]
            for k, row in enumerate([header, *rows[1:]]):
                values = row if k == 0 else [str(k), "Translated", *row, ""]
                for cell, value in zip(table.add_row().cells, values):
                    cell.text = value
            document.save(first)
        else:
            with first.open("w", encoding="utf-8", newline="") as out:
                csv.writer(out, delimiter="\t" if kind == "tsv" else ",").writerows(rows)
    result = run_check(first, embedder=embedder, second=second)
    assert (result.streams.src_lang, result.streams.tgt_lang) == ("en", "fr")
    assert [s.link.type for s in result.scored].count("1-0") == 1
    tmx_path = tmp_path / "memory.tmx"
    tmx_path.write_text(tmx(units), encoding="utf-8")
    assert [s.flags for s in result.scored] == [
        s.flags for s in run_check(tmx_path, embedder=embedder).scored
    ]


def test_line_aligned_strings_alike_in_both_languages_take_the_languages_langs_names(tmp_path):
    """Interface strings are often the same in both languages (``OK``, ``Menu``, ``Bluetooth``):
    langdetect reads both files as English. With ``--langs en,fr`` the first file is English and
    the second French, as the user says; before, the check stopped with "no French text" and
    named only the first file. Without ``--langs`` the error names both files and the option."""
    en, fr = tmp_path / "ui.en", tmp_path / "ui.fr"
    lines = ["OK", "Bluetooth", "Menu", "Version 2.1", "Documentation", "Samsung Galaxy S24", "Contact"]
    en.write_text("\n".join([*lines, "November 2024 Newsletter", "Photo", "Total: 45 EUR"]), encoding="utf-8")
    fr.write_text(
        "\n".join([*lines, "Lettre d’information de novembre 2024", "Photo", "Total : 45 EUR"]),
        encoding="utf-8",
    )
    memory = load_bitext(en, ("en", "fr"), second=fr)
    assert (memory.streams.src_lang, memory.streams.tgt_lang) == ("en", "fr")
    assert [s.text for s in memory.streams.tgt][-3] == "Lettre d’information de novembre 2024"
    with pytest.raises(
        AlignError, match=rf"^{re.escape(str(en))} and {re.escape(str(fr))}: only English .*--langs"
    ):
        load_bitext(en, second=fr)


def test_line_aligned_files_must_hold_a_line_for_each_line(sample_units, tmp_path):
    first, second = tmp_path / "a.en", tmp_path / "a.fr"
    # blank lines an editor leaves at a file's end are no lines of the corpus
    first.write_text("".join(f"{a}\n" for a, _ in sample_units), encoding="utf-8")
    second.write_text("".join(f"{b}\n" for _, b in sample_units) + "\n \n", encoding="utf-8")
    assert len(read_bitext(first, second=second).units) == len(sample_units)
    first.write_text("".join(f"{a}\n" for a, _ in sample_units), encoding="utf-8")
    second.write_text("".join(f"{b}\n" for _, b in sample_units[:-1]), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("check", str(first), str(second), "--out", str(out), "-q")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {first} has {len(sample_units)} lines and {second} {len(sample_units) - 1}: line-aligned "
        "files hold a line for each line (to align texts that are not, use align pair --presplit)"
    )
    first.write_text("Hello.\n", encoding="utf-8")
    with pytest.raises(AlignError, match=rf"^{re.escape(str(first))} has 1 line and "):
        read_bitext(first, second=second)
    first.write_text("".join(f"{a}\n" for a, _ in sample_units), encoding="utf-8")
    memory = tmp_path / "memory.tmx"
    memory.write_text(tmx(sample_units), encoding="utf-8")
    result = run_cli("check", str(memory), str(second), "--out", str(out), "-q")
    assert result.returncode == 2 and result.stderr.strip() == (
        f"error: {memory}: a TMX file holds its own translations; check it alone (align check {memory}): "
        "two files are read as line-aligned text"
    )
    one = tmp_path / "words.csv"
    one.write_text("security\nbreakthrough\n", encoding="utf-8")
    result = run_cli("check", str(one), "--out", str(out), "-q")
    assert result.returncode == 2 and result.stderr.strip() == (
        f"error: {one}: a CSV table of one column; align check needs a column for each language"
    )
    result = run_cli("check", str(first), str(first), "--annotate", "--out", str(out), "-q")
    assert result.returncode == 2 and "--annotate writes TMX, XLIFF and PO files back" in result.stderr
    assert not out.exists()  # no output, not even its folder


def test_fail_over_gates_a_pipeline_on_the_drift_of_any_unit(tmp_path):
    """``--fail-over X``: the outputs are written as always, then the exit status is 1 when a
    unit's drift is above X (a localisation pipeline stops there), 0 when none is."""
    src, tgt = tmp_path / "lines.en", tmp_path / "lines.fr"
    src.write_text(
        "He paid 300 euros for the car.\nThe weather was fine in Geneva that morning.\n", encoding="utf-8"
    )
    tgt.write_text(
        "Il a payé 500 euros pour la voiture.\nIl faisait beau à Genève ce matin-là.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    gated = run_cli("check", str(src), str(tgt), "--out", str(out), "-q", "--fail-over", "0.5")
    assert gated.returncode == 1, gated.stderr
    assert gated.stderr.strip() == "1 of 2 units have drift above 0.5 (--fail-over)"
    drifts = read_tsv(out / "lines__lines.tsv")["drift"].to_list()
    assert max(drifts) > 0.5 > min(drifts)
    passed = run_cli("check", str(src), str(tgt), "--out", str(out), "-q", "--fail-over", "0.95")
    assert passed.returncode == 0, passed.stderr
    bad = run_cli("check", str(src), str(tgt), "--out", str(out), "-q", "--fail-over", "1.5")
    assert bad.returncode == 2 and bad.stderr.strip() == "error: --fail-over 1.5: must be between 0 and 1"


def test_a_unit_translated_into_a_third_language_is_flagged_untranslated(embedder, tmp_path):
    """Round T: a unit of an English-German memory translated into French (a translator's slip
    between two projects) scored drift 0.02: fluent and faithful, in the wrong language. It is
    ``untranslated`` now, and ``details`` names the language; the German units, a German unit
    keeping an English product name, and the units in the source language are as they were."""
    en = [
        "Descale the machine every month, or more often if your water is hard.",
        "Empty the drip tray after each use and rinse it with warm water.",
        "Never immerse the appliance in water or any other liquid.",
        "The new Barista Pro model comes with a stainless steel milk jug.",
        "Switch the machine off before you clean the steam nozzle.",
    ]
    de = [
        "Entkalken Sie die Maschine jeden Monat, bei hartem Wasser öfter.",
        "Détartrez la machine tous les mois, ou plus souvent si l'eau est dure.",
        "Tauchen Sie das Gerät niemals in Wasser oder eine andere Flüssigkeit.",
        "Das neue Modell Barista Pro wird mit einem Milchkännchen aus Edelstahl geliefert.",
        "Switch the machine off before you clean the steam nozzle.",
    ]
    path = tmp_path / "manual.tsv"
    path.write_text("English\tGerman\n" + "".join(f"{a}\t{b}\n" for a, b in zip(en, de)), encoding="utf-8")
    result = run_check(path, langs="en,de", embedder=embedder)
    flagged = ["untranslated" in s.flags for s in result.scored]
    assert flagged == [False, True, False, False, True]
    assert "target written in another language (fr), not de" in result.scored[1].details
    assert "target written in the source language (en)" in result.scored[4].details
    # langdetect names Chinese zh-cn, the streams zh: no third language (round P's press release)
    from align.checks import third_language

    zh = (
        "2026年2月4日，上海——港航物流（Harbourline Logistics）今天宣布，"
        "将投资1.2亿美元在宁波港建设一座新的冷链物流枢纽。"
    )
    assert (
        third_language("Harbourline will invest $120 million in a new cold-chain hub.", zh, "en", "zh")
        is None
    )


@pytest.mark.parametrize(
    ("src", "tgt", "missing"),
    [
        ("You have %d new messages from %s.", "Vous avez de nouveaux messages de %s.", (["%d"], [])),
        (
            "Delete {count} files from {folder}?",
            "Supprimer {nombre} fichiers de {folder} ?",
            (["{count}"], ["{nombre}"]),
        ),
        ("Welcome back, %(name)s!", "Bon retour, %(nom)s !", (["%(name)s"], ["%(nom)s"])),
        ("Click <b>Save</b> to keep your changes.", "Cliquez sur Enregistrer.", (["<b>", "</b>"], [])),
        ("Hello, {{ user.name }}!", "Hallo, {{user.name}} und ${app}!", ([], ["${app}"])),
        ("Copy %1 to %2?", "%1 nach %2 kopieren?", ([], [])),
        ("Showing %1$s of %2$s results", "Affichage de %2$s résultats sur %1$s", ([], [])),
        ("Saved in %APPDATA%.", "Enregistré dans %APPDATA%.", ([], [])),
        ("Read the <0>terms</0>.", "Lisez les conditions.", (["<0>", "</0>"], [])),
    ],
)
def test_placeholders_of_software_strings_are_compared_as_written(src, tgt, missing):
    """printf conversions, braces, ``${}``, Qt's ``%1``, ``%NAME%`` and markup tags must come
    through a translation unchanged, in any order."""
    from align.checks import placeholder_differences, placeholder_mismatch

    assert placeholder_differences(src, tgt) == missing
    assert placeholder_mismatch(src, tgt) == (missing != ([], []))


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment fell to 5% in May, and 50 % des jeunes ont un emploi.",
        "Le chômage est tombé à 5 %, soit 50%de moins qu'en 2020.",
        "It costs $5, or $ 20 with delivery; 3 < 4 and 5 > 2.",
        "Die Enge eines solchen <Basislagers> fördert einen schnellen Wechsel .",
        "<lch will euch aber sagen , wie sie problemlos zu meistern ist> , füge ich hinzu .",
        "We sold 100%% of the shares, the rest at 20%.",
    ],
)
def test_prose_holds_no_placeholders(text):
    """Percentages, currency, comparison signs and Text+Berg's ``<…>`` quotes are no placeholders
    (none of the 12,612 gold beads of the five benchmark sets differs in its placeholders)."""
    from align.checks import placeholders

    assert not placeholders(text)


def test_a_po_entry_losing_or_renaming_a_placeholder_is_flagged_and_fuzzy(embedder, tmp_path):
    """Round T's interface strings: a faithful sentence whose translation drops ``%d``, renames
    ``{count}`` or loses a ``<b>`` scored drift 0.00 to 0.03, and the program would break on it.
    Each is flagged ``placeholder_mismatch`` now, which alone reaches the flag threshold, with
    what is missing on each side, and the annotated PO marks it fuzzy; the entries keeping their
    placeholders, reordered or not, stay unflagged."""
    entries = [
        ("You have %d new messages from %s.", "Vous avez de nouveaux messages de %s."),
        ("Delete {count} files from {folder}?", "Supprimer {nombre} fichiers de {folder} ?"),
        (
            "Click <b>Save</b> to keep your changes.",
            "Cliquez sur Enregistrer pour conserver vos modifications.",
        ),
        ("The file could not be opened.", "Le fichier n'a pas pu être ouvert."),
        ("Showing %1$s of %2$s results", "Affichage de %2$s résultats sur %1$s"),
        ("Delete {count} files?", "Supprimer {count} fichiers ?"),
    ]
    path = tmp_path / "ui.po"
    path.write_text(
        PO_FILE.split("#. a reviewer")[0] + "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in entries),
        encoding="utf-8",
    )
    result = run_check(path, embedder=embedder)
    flagged = ["placeholder_mismatch" in s.flags for s in result.scored]
    assert flagged == [True, True, True, False, False, False]
    assert all(s.drift >= 0.5 for s in result.scored[:3])
    assert [s.details for s in result.scored[:3]] == [
        "placeholder_mismatch: source %d; target none",
        "placeholder_mismatch: source {count}; target {nombre}",
        "placeholder_mismatch: source <b>, </b>; target none",
    ]
    out = tmp_path / "out"
    ran = run_cli("check", str(path), "--out", str(out), "--annotate", "-q")
    assert ran.returncode == 0, ran.stderr
    assert (out / "ui.checked.po").read_text(encoding="utf-8").count("#, fuzzy") == 3


def test_inline_codes_lost_or_renumbered_in_a_memory_are_flagged(embedder, tmp_path):
    """A TMX or XLIFF file's inline codes are left out of its texts, so a target that lost the
    source's bold or its field scored as faithful. They are compared now, by element and ``x``
    (TMX) or ``id`` (XLIFF), order aside, or by element alone where a side does not number them:
    a code lost or renumbered flags ``placeholder_mismatch`` with the codes in ``details``."""
    units = [
        (
            'Press <bpt i="1" x="1">&lt;b&gt;</bpt>Start<ept i="1">&lt;/b&gt;</ept> to begin.',
            'Appuyez sur <bpt i="1" x="1">&lt;b&gt;</bpt>Démarrer<ept i="1">&lt;/b&gt;</ept> pour commencer.',
        ),
        (
            'Press <bpt i="1" x="1">&lt;b&gt;</bpt>Stop<ept i="1">&lt;/b&gt;</ept> to end the session.',
            "Appuyez sur Arrêter pour terminer la session.",
        ),
        (
            'The total is <ph x="1">{TOTAL}</ph> for <ph x="2">{ITEMS}</ph> items.',
            'Le total est de <ph x="1">{TOTAL}</ph> pour <ph x="1">{ITEMS}</ph> articles.',
        ),
        (
            "Open the <ph>&lt;i/&gt;</ph> settings and <ph>&lt;br/&gt;</ph> choose a language.",
            'Ouvrez les réglages <ph>&lt;i/&gt;</ph> et <ph x="1">&lt;br/&gt;</ph> choisissez une langue.',
        ),
        ("The file could not be opened.", "Le fichier n'a pas pu être ouvert."),
    ]
    body = "".join(
        f'<tu tuid="{k}"><tuv xml:lang="en"><seg>{a}</seg></tuv><tuv xml:lang="fr"><seg>{b}</seg></tuv></tu>\n'
        for k, (a, b) in enumerate(units)
    )
    path = tmp_path / "ui.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" '
        f'datatype="plaintext"/><body>\n{body}</body></tmx>\n',
        encoding="utf-8",
    )
    result = run_check(path, embedder=embedder)
    assert [s.text for s in result.streams.src][1] == "Press Stop to end the session."
    assert ["placeholder_mismatch" in s.flags for s in result.scored] == [False, True, True, False, False]
    assert result.scored[1].details == "placeholder_mismatch: source <bpt x=1>, <ept>; target none"
    assert result.scored[2].details == "placeholder_mismatch: source <ph x=2>; target <ph x=1>"
