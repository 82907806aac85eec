"""The CLI end to end on the seed transcripts, its determinism, and its error paths."""

from __future__ import annotations

import html
import re
from pathlib import Path

import polars as pl
import pytest
from conftest import (
    EN_REMARKS,
    GENEVA_ZH,
    KREMLIN,
    LATIN_1,
    MIXED,
    SHARED,
    UNRELATED_EN,
    UNRELATED_FR,
    as_auto_captions,
    as_pdf,
    as_rolling_captions,
    as_subtitles,
    en_remarks_tail,
    run_cli,
    speech_paragraphs,
)

from align.export import read_tsv


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    """The README's main command: English remarks against the mixed press-conference file."""
    out = tmp_path_factory.mktemp("out")
    result = run_cli("pair", str(EN_REMARKS), str(MIXED), "--out", str(out), "-q")
    return result, out


def test_sample_pair_aligns_remarks_with_their_french_version(sample_run):
    result, out = sample_run
    assert result.returncode == 0, result.stderr
    assert "10 English (en) source, 14 French (fr) target" in result.stdout
    assert "not in French (fr) were left out" in result.stdout
    assert "    en  Yesterday we spent a great deal of time" in result.stdout
    tsv = next(out.glob("*.tsv"))
    frame = read_tsv(tsv)
    assert frame.columns[:9] == [
        "link",
        "type",
        "src_idx",
        "tgt_idx",
        "src_lang",
        "tgt_lang",
        "similarity",
        "drift",
        "flags",
    ]
    assert set(frame["src_lang"]) == {"en"} and set(frame["tgt_lang"]) == {"fr"}
    opening = next(r for r in frame.iter_rows(named=True) if "State Secretary, colleagues" in r["src_text"])
    assert "Je vous suis reconnaissant d’avoir proposé cette rencontre à Genève" in opening["tgt_text"]
    assert opening["drift"] < 0.5
    phone = next(
        r for r in frame.iter_rows(named=True) if r["src_text"].startswith("When you made the phone call")
    )
    assert phone["tgt_text"].startswith("Quand vous m’avez appelé")
    paired = frame.filter(pl.col("src_idx") != "").filter(pl.col("tgt_idx") != "")
    assert paired.height >= 7
    assert (
        f"aligned pairs with the most drift ({min(paired.height, 10)} of {paired.height}):" in result.stdout
    )
    assert all(0.0 <= d <= 1.0 for d in frame["drift"])


def test_export_writes_the_report_with_the_reviewers_verdicts(sample_run, tmp_path):
    """The sample's TSV exported to a review sheet, two verdicts and a note typed into it, then
    ``align export SHEET --report``: the HTML report and Markdown summary carry the verdicts
    (counted alike whatever their case) and the note beside their links; a report of an
    unreviewed alignment has no review section."""
    import openpyxl

    tsv = next(sample_run[1].glob("*.tsv"))
    assert run_cli("export", str(tsv), "--format", "xlsx", "--out", str(tmp_path)).returncode == 0
    sheet_path = tmp_path / f"{tsv.stem}.xlsx"
    book = openpyxl.load_workbook(sheet_path)
    sheet = book["alignment"]
    header = [c.value for c in sheet[1]]
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    note = "« hier et aujourd’hui » pour « yesterday »: the time span changed"
    sheet.cell(rows[3], header.index("review") + 1, "fix")
    sheet.cell(rows[3], header.index("note") + 1, note)
    sheet.cell(rows[5], header.index("review") + 1, "ok")
    sheet.cell(rows[6], header.index("review") + 1, " OK ")  # the same verdict, typed otherwise
    book.save(sheet_path)

    result = run_cli("export", str(sheet_path), "--format", "tmx", "--report", "--out", str(tmp_path / "r"))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "r" / f"{tsv.stem}.report.html").read_text(encoding="utf-8")
    summary = (tmp_path / "r" / f"{tsv.stem}.report.md").read_text(encoding="utf-8")
    assert "<th>review</th>" in page and html.escape(note, quote=False) in page
    row = re.search(r'<tr id="link-3".*?</tr>', page).group(0)
    assert "<b>fix</b>" in row and html.escape(note, quote=False) in row
    assert "## Reviewed: 3 of 8 links (ok 2, fix 1)" in summary
    assert re.search(r"^\| 3 \| 1-1 \| 0\.90 \| fix \| .*time span changed", summary, re.M)
    plain = run_cli("export", str(tsv), "--format", "tmx", "--report", "--out", str(tmp_path / "p"))
    assert plain.returncode == 0
    assert "<th>review</th>" not in (tmp_path / "p" / f"{tsv.stem}.report.html").read_text(encoding="utf-8")
    assert "Reviewed" not in (tmp_path / "p" / f"{tsv.stem}.report.md").read_text(encoding="utf-8")


def test_mixed_file_first_pairs_its_other_language_with_the_second_file(sample_run, tmp_path):
    """The mixed file given first and the English remarks second: the remarks are in the mixed
    file's main language, so its French is their counterpart (until now: "both in English"),
    and the links are the sample's with the two sides swapped."""
    out = tmp_path / "out"
    result = run_cli("pair", str(MIXED), str(EN_REMARKS), "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    assert "14 French (fr) source, 10 English (en) target" in result.stdout
    swapped = read_tsv(next(out.glob("*.tsv"))).select("src_idx", "tgt_idx")
    sample = read_tsv(next(sample_run[1].glob("*.tsv"))).select(src_idx="tgt_idx", tgt_idx="src_idx")
    assert swapped.equals(sample)


def test_same_input_gives_byte_identical_output(sample_run, tmp_path):
    result, out = sample_run
    again = run_cli("pair", str(EN_REMARKS), str(MIXED), "--out", str(tmp_path), "-q", "--no-cache")
    assert again.returncode == 0, again.stderr
    first = next(out.glob("*.tsv")).read_bytes()
    second = next(tmp_path.glob("*.tsv")).read_bytes()
    assert first == second


def _as_word(paragraphs: list[str], path: Path) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path.with_suffix(".docx")))
    return path.with_suffix(".docx")


def _as_web_page(paragraphs: list[str], path: Path) -> Path:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f"<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    )
    path.with_suffix(".html").write_text(page, encoding="utf-8")
    return path.with_suffix(".html")


def _as_markdown(paragraphs: list[str], path: Path) -> Path:
    """A Markdown page as a static site keeps a transcript: a front matter, the title as a
    heading, the speaker's label in bold, the date in italics, the source as a link."""
    body = [f"# {paragraphs[0]}", *paragraphs[1:]]
    body = [re.sub(r"^([A-Z][A-Z .]+:)", r"**\1**", p) for p in body]
    body = [f"*{p}*" if p.startswith("JANUARY") else p for p in body]
    body[-1] = body[-1].replace("Geneva", "[Geneva](https://www.state.gov/geneva/)", 1)
    text = "---\ntitle: Remarks\nlayout: post\n---\n\n" + "\n\n".join(body) + "\n"
    path.with_suffix(".md").write_text(text, encoding="utf-8")
    return path.with_suffix(".md")


def _as_epub(paragraphs: list[str], path: Path) -> Path:
    """An EPUB 3 book: a cover page without text, then the title and the speech as two chapters
    (one in a folder, its name with a space), as e-book editors lay them out."""
    import zipfile

    def page(body: str) -> str:
        return f'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'

    items = [("cover", "cover.xhtml"), ("title", "title.xhtml"), ("speech", "text/the%20speech.xhtml")]
    package = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/><manifest>'
        + "".join(f'<item id="{i}" href="{h}" media-type="application/xhtml+xml"/>' for i, h in items)
        + "</manifest><spine>"
        + "".join(f'<itemref idref="{i}"/>' for i, _ in items)
        + "</spine></package>"
    )
    container = (
        '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
        '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
    )
    out = path.with_suffix(".epub")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", container)
        book.writestr("OEBPS/book.opf", package)
        book.writestr("OEBPS/cover.xhtml", page('<img src="cover.png" alt=""/>'))
        book.writestr(
            "OEBPS/title.xhtml", page("".join(f"<h1>{html.escape(p)}</h1>" for p in paragraphs[:2]))
        )
        book.writestr(
            "OEBPS/text/the speech.xhtml", page("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[2:]))
        )
    return out


def _as_odt(paragraphs: list[str], path: Path) -> Path:
    """An OpenDocument text as LibreOffice writes it: a heading, paragraphs, runs of spaces as
    ``<text:s/>``, a footnote (not part of the text)."""
    import zipfile

    def para(text: str) -> str:
        text = html.escape(text, quote=False)
        return re.sub(r" ( +)", lambda m: f' <text:s text:c="{len(m.group(1))}"/>', text)

    body = f'<text:h text:outline-level="1">{para(paragraphs[0])}</text:h>' + "".join(
        f"<text:p>{para(p)}</text:p>" for p in paragraphs[1:]
    )
    body = body.replace(
        "JANUARY 21, 2022",
        'JANUARY 21, 2022<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>Transcript of the US Embassy.</text:p></text:note-body></text:note>",
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    out = path.with_suffix(".odt")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as document:
        document.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        document.writestr("content.xml", content)
    return out


@pytest.mark.parametrize(
    ("save", "kind"),
    [
        (_as_word, "Word document"),
        (_as_web_page, "utf-8, HTML"),
        (_as_epub, "EPUB book"),
        (_as_odt, "OpenDocument text"),
        (_as_markdown, "utf-8, Markdown"),
    ],
)
def test_word_document_and_web_page_align_as_their_text_does(sample_run, tmp_path, save, kind):
    """The remarks saved as a Word document, a web page, an EPUB book, an OpenDocument text or a
    Markdown page (its markup read, not taken for text), a paragraph per paragraph, give the
    sample's TSV byte for byte."""
    paragraphs = [p.strip() for p in EN_REMARKS.read_text(encoding="utf-8").split("\n\n")]
    remarks = save(paragraphs, tmp_path / "remarks")
    result = run_cli("pair", str(remarks), str(MIXED), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert f"read {remarks} ({kind})" in result.stdout
    tsv = tmp_path / "out" / f"remarks__{MIXED.stem}.tsv"
    assert tsv.read_bytes() == next(sample_run[1].glob("*.tsv")).read_bytes()


def test_pdf_aligns_as_its_text_does(tmp_path):
    """The remarks typeset as a PDF (a core font: straight quotes) align as the same text in a
    plain file: the same links and flags, the same sentences but for the spacing."""
    paragraphs = [p.strip() for p in EN_REMARKS.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    pdf = as_pdf(paragraphs, tmp_path / "remarks.pdf")
    text = tmp_path / "remarks.txt"
    text.write_text("\n\n".join(paragraphs).translate(LATIN_1) + "\n", encoding="utf-8")
    frames, said = [], []
    for path in (pdf, text):
        out = tmp_path / path.suffix[1:]
        result = run_cli("pair", str(path), str(MIXED), "--out", str(out), "-q")
        assert result.returncode == 0, result.stderr
        frames.append(read_tsv(next(out.glob("*.tsv"))))
        said.append(result.stdout)
    assert f"read {pdf} (PDF)" in said[0]
    spaced = [pl.col(c).str.replace_all(r"\s+", " ") for c in ("src_text", "tgt_text")]
    columns = ["type", "src_idx", "tgt_idx", "flags", "src_text", "tgt_text"]
    pdf_frame, text_frame = (f.with_columns(spaced).select(columns) for f in frames)
    assert pdf_frame.equals(text_frame)
    assert pdf_frame.height >= 8


def test_mixed_file_alone_invents_no_faithful_pairs(tmp_path):
    result = run_cli("pair", str(MIXED), "--out", str(tmp_path), "-q")
    assert result.returncode == 2, result.stderr
    assert "no parallel content found" in result.stderr
    frame = read_tsv(next(tmp_path.glob("*.tsv")))
    french = frame.filter(pl.col("tgt_idx") != "")
    assert french["tgt_idx"].str.split(",").list.len().sum() == 14
    for row in french.iter_rows(named=True):
        assert row["type"] == "0-1" or row["flags"] != "" or row["drift"] >= 0.5, row


def test_two_short_unrelated_texts_are_no_parallel_content(tmp_path):
    """Round V: eight sentences of diplomacy against eight of French cooking, and the same
    against the sample's French remarks (same topic, no translation), exited 0 with chance pairs
    unflagged (drift 0.04 to 0.24): they passed the share of pairs not flagged. None of those
    pairs holds a clear mutual best match (``aligner.clear_matches``), which a translation's
    pairs do: exit 2 now; the sentences' own translation still aligns."""
    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text("\n\n".join(UNRELATED_EN) + "\n", encoding="utf-8")
    fr.write_text("\n\n".join(UNRELATED_FR) + "\n", encoding="utf-8")
    for other in (fr, MIXED):
        result = run_cli("pair", str(en), str(other), "--out", str(tmp_path / "out"), "-q")
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "no parallel content found: no pair not flagged for drift holds two sentences" in result.stderr
    translated = [
        "Les ministres des Affaires étrangères se sont réunis à Genève vendredi matin.",
        "Ils ont discuté des garanties de sécurité pendant trois heures.",
        "Les deux parties sont convenues de poursuivre le dialogue le mois prochain.",
        "Le ministre russe a dit qu'il attendait des réponses écrites.",
        "La délégation américaine a promis de consulter d'abord ses alliés.",
        "Aucune percée n'était attendue à ce stade.",
        "Les journalistes ont attendu devant l'hôtel la plus grande partie de la journée.",
        "Les pourparlers se sont terminés peu après une heure de l'après-midi.",
    ]
    fr.write_text("\n\n".join(translated) + "\n", encoding="utf-8")
    result = run_cli("pair", str(en), str(fr), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr


def test_the_summary_counts_the_links_flagged_under_the_threshold(tmp_path):
    """The TSV lists weak flags under drift 0.5 (a negation rendered by a word, ``not true`` /
    ``faux``) where the summary counted only the links at 0.5 or more, so a reviewer read "0 of 3"
    and found a flag in the file (a reviewer's note): the summary names them apart."""
    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text(
        "Thank you for coming today.\n\nThat is simply not true.\n\nWe will publish the report next week.\n",
        encoding="utf-8",
    )
    fr.write_text(
        "Merci d'être venus aujourd'hui.\n\nC'est tout simplement faux.\n\nNous publierons le rapport la semaine"
        " prochaine.\n",
        encoding="utf-8",
    )
    result = run_cli("pair", str(en), str(fr), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    frame = read_tsv(next((tmp_path / "out").glob("*.tsv")))
    weak = frame.filter((pl.col("flags") != "") & (pl.col("drift") < 0.5)).height
    assert weak == 1
    assert (
        "flagged for drift: 0 of 3 links; 3 aligned pairs; 1 more with a flag under drift 0.5"
        in result.stdout
    )


@pytest.mark.skipif(not (SHARED / "bench" / "transread_en_fr").is_dir(), reason="shared/bench not present")
def test_a_translated_passage_against_the_book_is_named_as_such(sample_run, tmp_path):
    """Ten French sentences of Alice against the English book: the summary and the Markdown
    report say which stretch of the book the pairs lie in, where 825 omissions alone would
    read as a failed translation; the sample, paired over both sides, says nothing of it."""
    base = SHARED / "bench" / "transread_en_fr"
    book = base / "en" / "AlicesAdventuresInWonderland"
    lines = (base / "fr" / book.name).read_text(encoding="utf-8").splitlines()
    passage = tmp_path / "passage_fr.txt"
    passage.write_text("\n".join(lines[300:310]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("pair", "--presplit", str(book), str(passage), "--out", str(out), "--report", "-q")
    assert result.returncode == 0, result.stderr
    note = next(line for line in result.stdout.splitlines() if line.startswith("pairs only within"))
    found = re.fullmatch(
        r"pairs only within source sentences (\d+)-(\d+) \(src_idx\) of 836: the (\d+) before and after them have no pair",
        note,
    )
    assert found, note
    first, last, outside = map(int, found.groups())
    assert 245 <= first <= 250 and 257 <= last <= 262 and outside == 836 - (last - first + 1)
    assert f"- {note}" in next(out.glob("*.md")).read_text(encoding="utf-8")
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert f'<p class="meta">P{html.escape(note[1:])}.</p>' in page
    assert "pairs only within" not in sample_run[0].stdout


def test_english_against_chinese_aligns_one_for_one_without_false_name_flags(tmp_path):
    """A pair in a script without capitals, languages named as langdetect spells them (zh-cn):
    each English sentence is linked to its translation, and the English names (Russia, State
    Department, OSCE) are not read as dropped."""
    en, zh = tmp_path / "remarks_en.txt", tmp_path / "remarks_zh.txt"
    en.write_text(en_remarks_tail(), encoding="utf-8")
    zh.write_text(GENEVA_ZH, encoding="utf-8")
    result = run_cli("pair", str(en), str(zh), "--langs", "en,zh-cn", "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert "6 English (en) source, 6 Chinese (zh) target" in result.stdout
    frame = read_tsv(next((tmp_path / "out").glob("*.tsv")))
    assert frame["type"].to_list() == ["1-1"] * 6
    assert frame["src_idx"].to_list() == frame["tgt_idx"].to_list() == [str(i) for i in range(6)]
    assert set(frame["tgt_lang"]) == {"zh"}
    assert not frame["flags"].str.contains("name_mismatch").any()


def test_chinese_without_punctuation_is_cut_and_aligned(tmp_path):
    """The Chinese translation with its punctuation stripped (a recogniser's output: 208
    characters, no space) was one segment, left unpaired; cut two characters to a word, its
    chunks pair with the English sentences they hold."""
    zh_text = re.sub(r"[，。、；：！？“”\n]", "", GENEVA_ZH)
    en, zh = tmp_path / "remarks_en.txt", tmp_path / "remarks_zh.txt"
    en.write_text(en_remarks_tail(), encoding="utf-8")
    zh.write_text(zh_text, encoding="utf-8")
    result = run_cli("pair", str(en), str(zh), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert "the Chinese (zh) text has almost no punctuation" in result.stdout
    frame = read_tsv(next((tmp_path / "out").glob("*.tsv")))
    pairs = frame.filter((pl.col("src_idx") != "") & (pl.col("tgt_idx") != ""))
    assert pairs.height >= 4 and not pairs["flags"].str.contains("garbled").any()
    assert "".join(frame["tgt_text"].to_list()).replace(" ", "") == zh_text
    yesterday = next(r for r in pairs.iter_rows(named=True) if r["src_text"].startswith("Yesterday"))
    assert yesterday["tgt_text"].startswith("昨天我们花了大量时间")


def test_detect_command_prints_languages(tmp_path):
    result = run_cli("detect", str(MIXED))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert {r[3] for r in rows} == {"en", "fr"}
    assert any(r[2] == "Sergey Lavrov" for r in rows)
    # a bidi override in the text is shown escaped, as align pair shows it, not obeyed
    tricky = tmp_path / "bidi.txt"
    tricky.write_text(
        "The talks \u202eended\u202c today in Geneva, and we are satisfied with them.\n\n"
        "Les pourparlers se sont terminés aujourd'hui à Genève, et nous en sommes satisfaits.\n",
        encoding="utf-8",
    )
    result = run_cli("detect", str(tricky))
    assert result.returncode == 0 and "\u202e" not in result.stdout
    assert result.stdout.splitlines()[0].split("\t")[-1].startswith("The talks \\u202eended\\u202c today")


def test_detect_command_gives_subtitle_times(tmp_path):
    path = tmp_path / "remarks_fr.vtt"
    path.write_text(as_subtitles(speech_paragraphs(MIXED, "Monsieur le Secr"), "vtt"), encoding="utf-8")
    result = run_cli("detect", str(path))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == 12 and {r[3] for r in rows} == {"fr"}
    assert rows[0][5] == "00:00:01.000-00:00:15.967"
    assert rows[0][6].startswith("Monsieur le Secrétaire d’Etat, Je vous suis reconnaissant")


def test_timestamped_transcript_aligns_as_its_text_does_and_keeps_its_times(tmp_path):
    """The remarks as an Otter transcript (``Foreign Minister Lavrov  0:41`` over each
    paragraph) against the mixed file: the timestamp lines are no sentences, the French side
    is linked as the same text without them, and each source side has its paragraph's time."""
    speech = speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")
    speech[0] = speech[0].removeprefix("FOREIGN MINISTER LAVROV:").strip()
    starts = [0, 41, 78]
    path = tmp_path / "remarks_en.txt"
    path.write_text(
        "\n\n".join(f"Foreign Minister Lavrov  0:{t:02d}\n{p}" for t, p in zip(starts, speech)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("pair", str(path), str(MIXED), "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    frame = read_tsv(next(out.glob("*.tsv")))
    plain = tmp_path / "plain" / "remarks_en.txt"
    plain.parent.mkdir()
    plain.write_text("\n\n".join(speech), encoding="utf-8")
    assert run_cli("pair", str(plain), str(MIXED), "--out", str(tmp_path / "plain_out"), "-q").returncode == 0
    reference = read_tsv(next((tmp_path / "plain_out").glob("*.tsv")))
    assert frame["tgt_idx"].to_list() == reference["tgt_idx"].to_list(), (
        "the French side is linked as without the timestamps"
    )
    assert frame["type"][0] == "0-1", "without the English title, the French heading has no counterpart"
    phone = next(
        r for r in frame.iter_rows(named=True) if r["src_text"].startswith("When you made the phone call")
    )
    assert phone["tgt_text"].startswith("Quand vous m’avez appelé")
    assert phone["src_time"] == "00:00:00.000-00:00:41.000" and phone["tgt_time"] == ""
    assert {r["src_speaker"] for r in frame.iter_rows(named=True) if r["src_text"]} == {
        "Foreign Minister Lavrov"
    }
    detected = run_cli("detect", str(path))
    rows = [line.split("\t") for line in detected.stdout.splitlines()]
    assert [r[5] for r in rows[-4:]] == ["00:01:18.000-00:01:18.000"] * 4


def test_english_subtitles_against_french_subtitles(tmp_path):
    """The remarks as SRT subtitles against their French version as WebVTT (cues cut
    mid-sentence): sentences are rebuilt across cues, each link keeps its time, the bilingual
    SRT shows each pair at its source time, and that SRT aligns again to the same links."""
    import webvtt

    en = tmp_path / "remarks_en.srt"
    fr = tmp_path / "remarks_fr.vtt"
    en.write_text(as_subtitles(speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")), encoding="utf-8")
    fr.write_text(as_subtitles(speech_paragraphs(MIXED, "Monsieur le Secr"), "vtt"), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("pair", str(en), str(fr), "--out", str(out), "--format", "tsv,srt", "-q")
    assert result.returncode == 0, result.stderr
    assert f"read {en} (utf-8, SRT subtitles, 23 cues)" in result.stdout
    assert "8 English (en) source, 12 French (fr) target" in result.stdout
    frame = read_tsv(out / "remarks_en__remarks_fr.tsv")
    rows = list(frame.iter_rows(named=True))
    opening = rows[0]
    assert opening["src_text"].startswith("State Secretary, colleagues")
    assert opening["tgt_text"].startswith("Monsieur le Secrétaire d’Etat, Je vous suis reconnaissant")
    assert opening["src_speaker"] == "FOREIGN MINISTER LAVROV"
    assert opening["src_time"] == "00:00:01.000-00:00:15.200"
    phone = next(r for r in rows if r["src_text"].startswith("When you made the phone call"))
    assert phone["tgt_text"].startswith("Quand vous m’avez appelé") and phone["drift"] < 0.5
    assert all(r["src_time"] for r in rows if r["src_text"]) and all(
        r["tgt_time"] for r in rows if r["tgt_text"]
    )
    cues = webvtt.from_srt(str(out / "remarks_en__remarks_fr.srt")).captions
    assert len(cues) == len(rows)
    assert [f"{c.start}-{c.end}" for c in cues[:2]] == [r["src_time"] for r in rows[:2]]
    assert cues[1].text == f"{phone['src_text']}\n{phone['tgt_text']}"
    assert [c.start for c in cues] == sorted(c.start for c in cues)
    again = tmp_path / "again"
    result = run_cli("pair", str(out / "remarks_en__remarks_fr.srt"), "--out", str(again), "-q")
    assert result.returncode == 0, result.stderr
    relinked = read_tsv(again / "remarks_en__remarks_fr.tsv")
    assert relinked.select("src_idx", "tgt_idx").equals(frame.select("src_idx", "tgt_idx")), (
        "the bilingual SRT, read as one mixed file, aligns as the two files did"
    )


@pytest.mark.parametrize("captions, suffix", [(as_auto_captions, ".srt"), (as_rolling_captions, ".vtt")])
def test_automatic_captions_without_punctuation_align_with_the_punctuated_translation(
    tmp_path, captions, suffix
):
    """The remarks as automatic captions (lower case, no punctuation: one 253-word run that
    matched nothing and ended in "no parallel content"), also as YouTube's rolling captions
    (each line in three cues), against the French text: the run is cut into chunks, which pair
    with the French sentences they say, and no pair is flagged as cut off because a chunk ends
    without a full stop."""
    from align.segment import split_sentences_in

    sentences = [s for p in speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER") for s in split_sentences_in(p)]
    en = (tmp_path / "remarks_en").with_suffix(suffix)
    fr = tmp_path / "remarks_fr.txt"
    en.write_text(captions(sentences), encoding="utf-8")
    fr.write_text("\n\n".join(speech_paragraphs(MIXED, "Monsieur le Secr")), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("pair", str(en), str(fr), "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    assert "the English (en) text has almost no punctuation (automatic captions?)" in result.stdout
    assert ("rolling captions: each line read once" in result.stdout) == (captions is as_rolling_captions)
    rows = list(read_tsv(out / "remarks_en__remarks_fr.tsv").iter_rows(named=True))
    chunks = int(re.search(r"segments: (\d+) English", result.stdout).group(1))
    assert chunks * 30 >= len(" ".join(sentences).split()), "chunks of at most 30 words"
    pairs = [r for r in rows if r["src_text"] and r["tgt_text"]]
    assert len(pairs) >= 8 and not any("garbled" in r["flags"] for r in pairs)
    phone = next(r for r in pairs if "when you made the phone call" in r["src_text"])
    assert phone["tgt_text"].startswith("Quand vous m’avez appelé") and phone["drift"] < 0.5
    if captions is as_auto_captions:  # a pause after each sentence: chunks end where sentences do
        either = next(r for r in pairs if "at these negotiations either" in r["src_text"])
        assert either["tgt_text"] == "Nous n’attendons pas non plus de percée de cette rencontre."
        assert either["drift"] < 0.5
    assert all(r["src_time"] for r in pairs)


def _binary(tmp: Path) -> Path:
    path = tmp / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    return path


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    return path


def _english_copy(tmp: Path) -> Path:
    path = tmp / "copy.txt"
    path.write_text(EN_REMARKS.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _sheet(tmp: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["en", "fr"])
    book.active.append(["We met in Geneva.", "Nous nous sommes rencontrés à Genève."])
    book.save(tmp / "table.xlsx")
    return tmp / "table.xlsx"


def _bad_srt(tmp: Path) -> Path:
    path = tmp / "remarks.srt"
    path.write_text(EN_REMARKS.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda t: ["pair", str(t / "missing.txt")], "no such file"),
        (lambda t: ["pair", str(t)], "is a directory"),
        (lambda t: ["pair", str(_binary(t))], "binary"),
        (lambda t: ["pair", str(_empty(t))], "is empty"),
        (lambda t: ["pair", str(KREMLIN)], "only English (en) text found"),
        (lambda t: ["pair", str(EN_REMARKS), str(_english_copy(t))], "both in English (en)"),
        (lambda t: ["pair", str(MIXED), "--langs", "en,xx"], "unknown language 'xx'"),
        (lambda t: ["pair", str(MIXED), "--format", "pdf"], "pdf"),
        (lambda t: ["pair", str(MIXED), "--max-drift", "2"], "between 0 and 1"),
        (lambda t: ["pair", str(MIXED), "--max-drift", "abc"], "--max-drift"),
        (lambda t: ["pair", str(MIXED), "--max-drift", "0.5"], "TMX only; add tmx to --format"),
        (lambda t: ["pair", str(MIXED), "--show", "-1"], "--show"),
        (
            lambda t: ["pair", str(MIXED), "--model", "no-such/model-xyz"],
            "neither installed nor a local path",
        ),
        (lambda t: ["pair", str(MIXED), "--model", ""], "--model is empty"),
        (lambda t: ["pair", "--bogus"], "No such option"),
        (lambda t: ["pair", str(EN_REMARKS), str(MIXED), "--format", "tsv,srt"], "need subtitle input"),
        (lambda t: ["pair", str(_bad_srt(t)), str(MIXED)], "not a valid SRT subtitle file"),
        (lambda t: ["pair", str(_sheet(t))], "a spreadsheet; align check scores a bilingual table"),
    ],
)
def test_errors_are_one_line_and_nonzero(tmp_path, make_args, message):
    out = tmp_path / "out"
    result = run_cli(*make_args(tmp_path), "--out", str(out))
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip() and "Default prompt" not in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and message in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir()), "no output written on error"


def test_outputs_never_replace_an_input(tmp_path):
    """A dual-subtitle file aligned with ``--format srt`` into its own folder, or an edited TSV
    exported as TSV beside itself, would be overwritten by its own output (the user's markup or
    extra columns lost): refused before anything is read, the input untouched."""
    talk = tmp_path / "talk.srt"
    talk.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\n<i>Thank you very much.</i>\nMerci beaucoup.\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nWe do not expect a breakthrough.\n"
        "Nous n'attendons pas de percée.\n",
        encoding="utf-8",
    )
    edited = tmp_path / "edited.tsv"
    edited.write_text("link\tsrc_text\tmy_comment\n0\tHello\task Anna\n", encoding="utf-8")
    before = {path: path.read_bytes() for path in (talk, edited)}
    for args, what, source in (
        (["pair", str(talk), "--format", "tsv,srt", "--out", str(tmp_path)], "srt", talk),
        (["export", str(edited), "--format", "tmx,tsv"], "tsv", edited),
        (["export", str(edited), "--format", "tmx", "--out", str(tmp_path)], None, edited),
    ):
        result = run_cli(*args)
        if what is None:  # another format beside the input is fine (here: not an alignment)
            assert "would replace" not in result.stderr
            continue
        assert result.returncode == 2
        assert (
            result.stderr.strip()
            == f"error: {source}: the {what} output would replace the input; choose another --out"
        )
    assert {path: path.read_bytes() for path in (talk, edited)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edited.tsv", "talk.srt"]


def test_bad_output_dir_and_bad_input_are_reported_before_the_model_is_needed(tmp_path):
    """The cheap checks come first: an unwritable --out or a binary input is what the user hears
    about, not the (also wrong) model, so no one waits for embedding to learn of a typo."""
    blocker = tmp_path / "a_file.txt"
    blocker.write_text("x", encoding="utf-8")
    bad_model = ["--model", "no-such/model-xyz"]
    result = run_cli("pair", str(EN_REMARKS), str(MIXED), *bad_model, "--out", str(blocker / "sub"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: cannot write to output directory"), result.stderr
    result = run_cli("pair", str(_binary(tmp_path)), *bad_model, "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "binary" in result.stderr and "model" not in result.stderr, result.stderr


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    """The README's "From Python" block, run as written from the repository root (outputs go to
    a temporary folder): it finds the flagged pairs and aligns the two short lists one for one."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## From Python", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace('Path("outputs")', f"Path({str(tmp_path)!r})")
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "number_mismatch" in printed and "Yesterday we spent" in printed
    assert printed.rstrip().endswith("[((0,), (0,)), ((1,), (1,))]")
    assert (tmp_path / "sample.tsv").is_file() and (tmp_path / "sample.tmx").is_file()


def test_the_library_says_what_a_caller_got_wrong_and_reads_decomposed_accents(embedder, tmp_path):
    """Round AB (stop 63), the library from Python: misuse raised Python's own errors from deep
    inside (``'NoneType' object has no attribute 'strip'``, ``max() arg is an empty
    sequence``), blank sentences were paired with real ones, one string given to ``encode`` was
    embedded letter by letter, a failed ``write_outputs`` left the folder it made, and a
    sentence with decomposed accents (as macOS saves ``São``) was embedded apart from the same
    sentence composed, and flagged ``name_mismatch``."""
    import unicodedata

    from align import export
    from align.aligner import AlignConfig, describe
    from align.errors import AlignError
    from align.export import write_outputs
    from align.pipeline import align_streams

    en = ["The museum is in São Bento.", "It opens at nine."]
    pt = ["O museu fica em São Bento.", "Abre às nove."]
    for call, message in (
        (lambda: align_streams(en, [None, "Abre às nove."], embedder), "target sentence 0 is NoneType"),
        (lambda: align_streams(["   ", "\t"], pt, embedder), "source sentence 0 is blank"),
        (lambda: align_streams(en, pt, embedder, {"band": 3}), "config: an AlignConfig"),
        (lambda: align_streams(en, pt, [embedder]), "embedder: an align.embed.Embedder, not list"),
        (lambda: align_streams(en, pt, "default"), "embedder: an align.embed.Embedder, not str"),
        (lambda: AlignConfig(max_side=0), "max_side must be a whole number of 1 or more"),
        (lambda: embedder.encode("Nobody was injured."), "a list of texts, not one string"),
        (lambda: write_outputs(None, tmp_path, "x"), "takes the frame of links_frame"),
    ):
        with pytest.raises(AlignError, match=message):
            call()

    def refuse(path: Path) -> None:
        raise AlignError("no subtitle times to write")

    with pytest.raises(AlignError, match="no subtitle times"):
        export._write_atomically(tmp_path / "new" / "dir", [(tmp_path / "new" / "dir" / "x.srt", refuse)])
    assert not (tmp_path / "new").exists()
    decomposed = [unicodedata.normalize("NFD", s) for s in pt]
    assert decomposed != pt
    assert align_streams(en, decomposed, embedder) == align_streams(en, pt, embedder)
    assert (embedder.encode([unicodedata.normalize("NFC", decomposed[0])]) == embedder.encode([pt[0]])).all()
    links = align_streams(en, pt, embedder)
    src_vectors, tgt_vectors = embedder.encode(en), embedder.encode(pt)
    assert describe(src_vectors, tgt_vectors, [(lk.src, lk.tgt) for lk in links]) == describe(
        src_vectors, tgt_vectors, links
    )
