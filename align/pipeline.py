"""The pipeline: read -> segment -> detect -> embed -> align -> score -> (export by the caller).

Usable from Python without the CLI: ``load_streams`` builds the two language streams from one
mixed file or two files, ``align_streams`` aligns them, ``run_pair`` does both and scores.
``load_bitext`` reads what is paired already (a translation memory, an XLIFF file, a bilingual
table, two line-aligned files) into streams and the links its units make, and ``check_loaded``
scores those links as they are (``run_check`` does both).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from align import detect, segment
from align.aligner import (
    AlignConfig,
    Spans,
    block_similarity,
    clear_matches,
    crossing_runs,
    describe,
    edge_spans,
    first_pass,
    search,
    spans_to_encode,
    splice,
    trim_edges,
    turn_counts,
    with_anchors,
)
from align.anchors import anchor_rows, learn_lexicon, sentence_keys
from align.embed import Embedder
from align.errors import AlignError
from align.glossary import Glossary, Terms, read_glossary
from align.languages import base_lang, lang_name
from align.read import DEFAULT_MAX_BYTES, Bitext, Cue, Document, read_bitext, read_document
from align.types import Link, ScoredLink, Segment, Sentence, join_text, paired_shares

MIN_PARALLEL_SHARE = 0.2
"""Below this share of the shorter side's sentences in pairs not flagged for drift, the inputs
are reported as not parallel."""


@dataclass(frozen=True)
class Streams:
    """The two language streams to align, and what was read to build them."""

    src: list[Sentence]
    tgt: list[Sentence]
    src_lang: str
    tgt_lang: str
    encodings: dict[str, str]
    dropped: dict[str, tuple[int, str]] = field(default_factory=dict)
    foreign: dict[str, dict[str, int]] = field(default_factory=dict)

    def notes(self) -> list[str]:
        """One line per file whose segments in another language were left out of its stream (of
        a mixed file, those in a third language, counted by language), and one per stream of
        unpunctuated text (``score.unpunctuated``), cut into chunks."""
        from align.score import unpunctuated

        pair = f"neither {lang_name(self.src_lang)} nor {lang_name(self.tgt_lang)}"
        return (
            [
                f"{n} segments of {path} not in {lang_name(lang)} were left out"
                for path, (n, lang) in self.dropped.items()
            ]
            + [
                f"{sum(counts.values())} segments of {path} in {pair} were left out: "
                + ", ".join(f"{n} {lang_name(lang)}" for lang, n in sorted(counts.items()))
                for path, counts in self.foreign.items()
            ]
            + [
                f"the {lang_name(lang)} text has almost no punctuation (automatic captions?): "
                "its segments are chunks of 10 to 30 words, not sentences"
                for stream, lang in ((self.src, self.src_lang), (self.tgt, self.tgt_lang))
                if unpunctuated(stream)
            ]
        )


@dataclass(frozen=True)
class PairResult:
    """Everything a run produced: the streams and the scored links in document order."""

    streams: Streams
    scored: list[ScoredLink]
    encoded: int
    terms: Terms | None = None
    clear: list[tuple[int, int]] | None = None
    """The sentence pairs that are each other's clear best match (``aligner.clear_matches``),
    None where not measured."""

    def paired(self) -> int:
        """How many links have text on both sides (aligned pairs, not 1-0 / 0-1 links)."""
        return sum(1 for s in self.scored if s.link.src and s.link.tgt)

    def flagged(self) -> int:
        """How many links a reviewer should look at (``score.is_flagged``)."""
        from align.score import is_flagged

        return sum(is_flagged(s) for s in self.scored)

    def weakly_flagged(self) -> int:
        """How many links carry a flag but stay under the drift threshold (the TSV lists their
        flags; weak evidence, such as a negation rendered by a word)."""
        from align.score import is_flagged

        return sum(bool(s.flags) and not is_flagged(s) for s in self.scored)

    def glossary_note(self, most: int = 5) -> str | None:
        """What the glossary did, for the summary (``glossary.Terms.note``, naming the ``most``
        terms missed in the most links); None without one."""
        if self.terms is None:
            return None
        missed = [
            self.terms.misses(
                join_text([self.streams.src[i].text.strip() for i in s.link.src]),
                join_text([self.streams.tgt[j].text.strip() for j in s.link.tgt]),
            )
            for s in self.scored
            if "term_mismatch" in s.flags
        ]
        return self.terms.note([s.text for s in self.streams.src], missed, most)

    def check_parallel(self) -> None:
        """AlignError unless at least ``MIN_PARALLEL_SHARE`` of the shorter side's sentences
        are in pairs not flagged for drift, and one of those pairs holds two sentences that are
        each other's clear best match (``clear``, where measured): two texts that are not
        versions of each other. A glossary term missed says nothing of that, nor does a pair
        found alone (a digest translation's are), so ``term_mismatch`` and ``isolated`` are left
        out here; chance pairs of two short unrelated texts can pass the first test, not the
        second."""
        from align.score import drift_without, is_flagged

        shorter = min(len(self.streams.src), len(self.streams.tgt))
        faithful = [
            s.link
            for s in self.scored
            if s.link.src
            and s.link.tgt
            and not is_flagged(replace(s, drift=drift_without(s, "term_mismatch", "isolated")))
        ]
        covered = min(sum(len(lk.src) for lk in faithful), sum(len(lk.tgt) for lk in faithful))
        held = {(i, j) for lk in faithful for i in lk.src for j in lk.tgt}
        if self.clear is not None and not held.intersection(self.clear):
            raise AlignError(
                "no parallel content found: no pair not flagged for drift holds two sentences that "
                f"are clearly each other's best match ({len(self.clear)} such sentence pairs in all); "
                "are these two versions of the same text? (the outputs list what was found)"
            )
        if covered < MIN_PARALLEL_SHARE * shorter:
            raise AlignError(
                f"no parallel content found: only {covered} of {shorter} sentences of the shorter side "
                "have a counterpart not flagged for drift (term_mismatch and isolated aside); "
                "are these two versions of the same text? "
                "(the outputs list what was found)"
            )


@dataclass(frozen=True)
class Detected:
    """A file's segments and the language detected for each."""

    doc: Document
    segments: list[Segment]
    langs: list[detect.Detection]

    def chars_by_lang(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for seg, det in zip(self.segments, self.langs):
            if det.lang != "und":
                counts[det.lang] += len(seg.text)
        return counts


DUAL_SHARE = 0.6
"""Share of a subtitle file's cues that must hold two lines for it to be read as dual
subtitles (``dual_subtitles``)."""
DUAL_SAMPLE = 60
"""Two-line cues (at most, evenly spread) whose lines ``dual_subtitles`` reads one by one."""


def dual_subtitles(
    cues: Sequence[Cue], allowed: Sequence[str] | None = None
) -> tuple[tuple[list[Cue], list[Cue]], tuple[str, str]] | None:
    """Dual subtitles (each cue shows a line and its translation below it, as language
    learners' files and ``--format srt`` do) as two cue lists, upper and lower lines, each in
    one language; None for other subtitles. A file is dual when ``DUAL_SHARE`` of its cues hold
    two lines, all upper lines together and all lower lines together are in two different
    languages, and so are the two lines of most two-line cues read one by one (one-language
    subtitles wrap a sentence over two lines of one language; subtitles of an interpreted
    meeting wrap each turn in its own language, the turns alternating). A cue of
    an even number of lines is cut in half; a cue of one or three lines goes line by line to
    the language each line reads as (a line too short to read, ``Merci.``, as its words say:
    ``detect.words_say``). Without this, short lines ("Thank you." / "Merci.") would
    take the language of the paragraph they run on in. Returns the two cue lists and their
    languages."""
    two = [c.text.split("\n") for c in cues if c.text.count("\n") == 1]
    if len(two) < 2 or len(two) < DUAL_SHARE * len(cues):
        return None
    upper = detect.detect_text(" ".join(lines[0] for lines in two), allowed).lang
    lower = detect.detect_text(" ".join(lines[1] for lines in two), allowed).lang
    if upper == lower or "und" in (upper, lower):
        return None
    sample = two[:: max(1, len(two) // DUAL_SAMPLE)]
    read = [[detect.detect_text(line, (upper, lower)).lang for line in lines] for lines in sample]
    read = [langs for langs in read if "und" not in langs]
    if read and 2 * sum(langs[0] != langs[1] for langs in read) < len(read):
        return None  # turns in either language, each wrapped over two lines of its own
    halves: tuple[list[Cue], list[Cue]] = ([], [])
    for cue in cues:
        lines = cue.text.split("\n")
        if len(lines) % 2 == 0:
            middle = len(lines) // 2
            halves[0].append(replace(cue, text="\n".join(lines[:middle])))
            halves[1].append(replace(cue, text="\n".join(lines[middle:])))
            continue
        for line in lines:
            read = detect.detect_text(line, (upper, lower)).lang
            read = detect.words_say(line, (upper, lower)) if read == "und" else read
            halves[1 if read == lower else 0].append(replace(cue, text=line))
    return halves, (upper, lower)


def detect_document(doc: Document, allowed: Sequence[str] | None = None, presplit: bool = False) -> Detected:
    """Segment a read file (its cues for subtitles) and detect each segment's language."""
    if presplit:
        segments = segment.cue_segments(doc.cues) if doc.cues else segment.read_presplit(doc.text)
        whole = detect.detect_text(" ".join(s.text for s in segments[:200]), allowed)
        return Detected(doc, segments, [whole] * len(segments))
    if not doc.cues:
        paragraphs = segment.split_paragraphs(doc.text)
    elif (dual := dual_subtitles(doc.cues, allowed)) is not None:
        (top, bottom), langs = dual
        upper = segment.cue_paragraphs(top)
        paragraphs = upper + segment.cue_paragraphs(bottom, first=len(upper))
        # each line's language is known by its place: a sentence is not read again (names of
        # the other language's country took "Our correspondent Rita Santos is in Coimbra." to
        # the Portuguese stream)
        half = len(upper)
        segments = segment.split_sentences(
            paragraphs, [langs[0] if p.idx < half else langs[1] for p in paragraphs]
        )
        return Detected(
            doc, segments, [detect.Detection(langs[0] if s.para < half else langs[1], 1.0) for s in segments]
        )
    else:
        paragraphs = segment.cue_paragraphs(doc.cues)
    para_langs = detect.detect_paragraphs(
        [p.text for p in paragraphs], allowed, [p.speaker for p in paragraphs]
    )
    paragraphs, para_langs, halves = _bilingual_lines(paragraphs, para_langs, allowed)
    segments = segment.split_sentences(paragraphs, [d.lang for d in para_langs])
    seg_langs = detect.detect_segments(segments, para_langs, allowed)
    return Detected(
        doc, segments, [para_langs[s.para] if s.para in halves else d for s, d in zip(segments, seg_langs)]
    )


def detect_file(doc: Document, allowed: Sequence[str] | None = None) -> Detected:
    """A file's segments and languages as ``align pair`` reads the file alone: where no languages
    are named and it holds two or more (a mixed file), read again between its two main ones, as
    its two streams are (``align detect`` showed the first reading, a signature line in a third
    language that ``pair`` put in a stream)."""
    found = detect_document(doc, allowed)
    main = _main_langs(found.chars_by_lang())
    return detect_document(doc, main[:2]) if allowed is None and len(main) >= 2 else found


_TRANSLATION_AFTER = (
    re.compile(r"^(?P<a>.+?\S)\s+/\s+(?P<b>\S.*)$"),
    re.compile(r"^(?P<a>[^.!?…:;]+?\S)\s+[–—]\s+(?P<b>[^.!?…:;]+)$"),
    re.compile(r"^(?P<a>.+?[.!?…])\s+\((?P<b>[^()]+)\)$"),
)
"""A line that holds a text and its translation: after a slash (``Open day / Journée portes
ouvertes``), after a dash in a heading (``Press release – Communiqué de presse``), or in
brackets after a sentence (``The garden opens. (Le jardin ouvre.)``)."""
BILINGUAL_LINES = 3
"""Lines whose two halves must read surely (``BILINGUAL_SURE``) as two languages, in one order,
for a file's lines of that layout to be cut in two (``_bilingual_lines``)."""
BILINGUAL_SURE = 0.9
"""langdetect's probability of a half's language, between the file's two, that reads it surely."""


def _bilingual_lines(
    paragraphs: list[segment.Paragraph], langs: list[detect.Detection], allowed: Sequence[str] | None
) -> tuple[list[segment.Paragraph], list[detect.Detection], frozenset[int]]:
    """A bilingual flyer's or programme's lines, each a text and its translation
    (``_TRANSLATION_AFTER``), cut in two: where ``BILINGUAL_LINES`` of them read surely as one
    language before and another after, every such line is cut, each half given its place's
    language (``Saturday 14 June / Samedi 14 juin``, too short to read), unless a half reads as
    the other place's language (``food and / or drinks``). Before, each line was one segment in one
    stream, the other language's half with it (round AA, stop 62). Returns the paragraphs, their
    languages and the numbers of the halves, whose sentences keep their place's language."""
    found = []
    for k, p in enumerate(paragraphs):
        match = None if p.times else next((m for r in _TRANSLATION_AFTER if (m := r.match(p.text))), None)
        if match:
            found.append((k, (match["a"].strip(), match["b"].strip())))
    if len(found) < BILINGUAL_LINES:
        return paragraphs, langs, frozenset()
    order = tuple(detect.detect_text(" ".join(h[j] for _, h in found), allowed).lang for j in (0, 1))
    if order[0] == order[1] or "und" in order:
        return paragraphs, langs, frozenset()
    read = {k: [detect.detect_text(h, order) for h in halves] for k, halves in found}
    sure = [k for k, r in read.items() if all(d.confidence >= BILINGUAL_SURE for d in r)]
    if sum(tuple(d.lang for d in read[k]) == order for k in sure) < BILINGUAL_LINES:
        return paragraphs, langs, frozenset()
    cut = {
        k: _sharing_head(halves)
        for k, halves in found
        if all(d.lang in (lang, "und") for d, lang in zip(read[k], order))
    }
    out: list[tuple[segment.Paragraph, detect.Detection]] = []
    parts: set[int] = set()
    for k, (p, d) in enumerate(zip(paragraphs, langs)):
        if k in cut:
            parts.update((len(out), len(out) + 1))
            out += [(replace(p, text=h), detect.Detection(lang, 1.0)) for h, lang in zip(cut[k], order)]
        else:
            out.append((p, d))
    return [replace(p, idx=k) for k, (p, _) in enumerate(out)], [d for _, d in out], frozenset(parts)


_SHARED_HEAD = re.compile(r"^(?:\d{1,2}[:.h]\d{2}|\d{1,2} ?h)\s*[–—-]\s+")
"""A time of day and a dash opening a bilingual line (``10:00 – Welcome / Accueil``), which both
halves hold."""


def _sharing_head(halves: tuple[str, str]) -> tuple[str, str]:
    """A bilingual line's halves, the second given the time of day that opens the first
    (``10:00 – Welcome by the director / Accueil par la directrice``): the programme's time is
    the French line's too, not a number the translation left out."""
    head = _SHARED_HEAD.match(halves[0])
    if head and not _SHARED_HEAD.match(halves[1]):
        return halves[0], head[0] + halves[1]
    return halves


def _stream(
    found: Detected, lang: str, whole_file: bool = False, source: str | None = None
) -> list[Sentence]:
    """The segments detected in ``lang``; with ``whole_file`` (a file of a pair, in that language)
    also those no language could be told for (only a file of lines too short to judge all
    through, ``Yes.`` / ``OK.``, keeps any, since short ones inherit their neighbours'), and a
    lone segment read as another language between two in ``lang`` (``_lone_in``)."""
    lone = _lone_in(found, lang, source) if whole_file else set()
    out = []
    for k, (seg, det) in enumerate(zip(found.segments, found.langs)):
        if det.lang == lang or (whole_file and det.lang == "und") or k in lone:
            out.append(
                Sentence(len(out), seg.text, lang, seg.para, seg.speaker, det.confidence, seg.start, seg.end)
            )
    return out


LONE_LETTERS = 40
"""Letters under which lines read as another language between two of their file's language are
taken for misread (``_lone_in``): of the benchmarks' English, French and German sentences
langdetect found no trace of their language in 42 of 2,643 of 20 to 39 letters, 4 of 2,405 of
40 to 59."""


def _lone_in(found: Detected, lang: str, source: str | None = None) -> set[int]:
    """Indices of the segments of a file in ``lang`` read as another language in a run (one
    segment or several in a row, separators such as ``* * *`` among them) of fewer than
    ``LONE_LETTERS`` letters in all, or each read with a probability under ``UNSURE``, between
    two segments in ``lang`` (the nearest with a language, at a file's edge the one there is),
    or of such short segments each a paragraph of its own (a table's cells: ``Avenida del
    Puerto``, ``Calle de Colón`` in an English page): langdetect misreads short lines ("Next
    question, please." as French, "Nobody spoke." / "* * *" / "Watson slept until noon." as
    French) and lines full of names. A longer sentence in
    another language is left out, and a translation a mixed file holds comes in runs of more
    text; so does a short line read as the other language of a file that holds a real share
    of it (``MIXED_SHARE``): a mixed file's untranslated ``And livestock farmers?`` is no line
    of its Spanish stream. A line whose function words are more ``lang``'s than its reading's
    is ``lang``'s too (``Our second caller, Karim, is calling from Vénissieux.``: three such lines
    in a row were more letters than a run may hold, and all three were lost, round AC, stop 63).
    In a target file, one or two lines in a row of the ``source`` language are its own as well
    (``LONE_RUN``: a sentence left untranslated)."""
    langs = [det.lang for det in found.langs]
    counts = found.chars_by_lang()
    sure = Counter(det.lang for det in found.langs if det.confidence >= UNSURE)
    held = {
        code
        for code, n in counts.items()
        if code != lang and n >= MIXED_SHARE * counts.total() and sure[code] >= MIXED_LINES
    }
    said = {
        k
        for k, code in enumerate(langs)
        if code not in (lang, "und")
        and code not in held
        and detect.function_word_share(found.segments[k].text, lang)
        > detect.function_word_share(found.segments[k].text, code)
    }
    langs = [lang if k in said else code for k, code in enumerate(langs)]
    known = [k for k, code in enumerate(langs) if code != "und"]
    out: set[int] = set(said)
    start = 0
    while start < len(known):
        if langs[known[start]] == lang:
            start += 1
            continue
        end = start
        while end < len(known) and langs[known[end]] != lang:
            end += 1
        run = known[start:end]
        letters = [sum(c.isalpha() for c in found.segments[k].text) for k in run]
        unsure = all(found.langs[k].confidence < UNSURE for k in run)
        mixed = any(langs[k] in held for k in run)
        cells = max(letters) < LONE_LETTERS and len({found.segments[k].para for k in run}) == len(run)
        # "Batteries help …" left untranslated in a target file in German
        few = len(run) <= LONE_RUN and all(langs[k] == source for k in run)
        if (
            (sum(letters) < LONE_LETTERS or unsure or cells or few)
            and not mixed
            and (start > 0 or end < len(known))
        ):
            out.update(run)
        start = end
    return out


LONE_RUN = 2
"""Segments in a row, of any length, read as the source language between two of a target file's
language, taken as the file's where it holds no real share of the source language
(``MIXED_SHARE``): a sentence left untranslated, which then pairs with its source and is flagged
``untranslated``, where it had been left out of the stream and its source flagged an omission
(round AF, stop 63). A source file's lines in the target language are still left out."""
MIXED_SHARE, MIXED_LINES = 0.2, 3
"""Share of a file's text in another language, and lines read surely (``UNSURE``) in it, from
which the file is taken for a mixed file (``_lone_in``): the interpreted press conferences of a
reviewer's round hold 30 to 50 % of each language, the sample's mixed file 85 % English; an
English file with a line or two misread as French holds a few percent, or in a file of four
short lines more than a fifth, but not three lines read surely."""


UNSURE = 0.8
"""langdetect's probability under which a run read as another language between two of its
file's language is taken for misread whatever its length (``Our second caller, Karim, is
calling from Vénissieux.`` 0.57 French; a French sentence in an English file reads 1.0)."""


def _main_langs(counts: Counter[str]) -> list[str]:
    """Languages holding a real share of the text (5%), most text first."""
    total = sum(counts.values()) or 1
    return [lang for lang, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n / total >= 0.05]


def _found_langs(path: Path, found: Detected) -> list[str]:
    """The main languages of a detected file, most text first; AlignError when there is none."""
    order = _main_langs(found.chars_by_lang())
    if not order:
        raise AlignError(
            f"{path}: no language could be detected (is it text in a human language?); "
            "name the languages with --langs"
        )
    return order


def _pair_langs(src_order: list[str], tgt_order: list[str], first: Path, second: Path) -> tuple[str, str]:
    """Source and target languages of two files from the main languages of each, most text first:
    the first file's main language and the second's first other one; or, where the second file
    is only in that language (the first file mixes it with its translation, as the sample's
    press conference does), the first file's other language against it."""
    src_lang = src_order[0]
    others = [lang for lang in tgt_order if lang != src_lang]
    if others:
        return src_lang, others[0]
    rest = [lang for lang in src_order if lang != src_lang]
    if rest:
        return rest[0], src_lang
    raise AlignError(
        f"{first} and {second} are both in {lang_name(src_lang)}: the second file must "
        "hold the translation (or name the languages with --langs)"
    )


NAMED_LANG_SHARE = 0.02
"""Share of a file's text under which the language ``--langs`` names for it is absent from it
(langdetect misreads the odd line; a mixed file may hold little of its translation)."""


def _check_named_langs(
    found: tuple[Detected, Detected], paths: tuple[Path, Path], langs: tuple[str, str]
) -> None:
    """AlignError where a file of a pair is plainly in another language than the one ``--langs``
    names for it, and not at all in its own (a language langdetect lacks, such as Icelandic, is
    never judged): files given in the wrong order, the same text given twice, or a French file
    named German would otherwise come out as pairs all flagged, or as French text labelled
    German in a translation memory, not as the mistake they are."""
    for k in (0, 1):
        counts = found[k].chars_by_lang()
        order, own = _main_langs(counts), langs[k]
        absent = counts[own] < NAMED_LANG_SHARE * sum(counts.values())
        if order and absent and own in detect.supported_languages():
            raise AlignError(
                f"{paths[k]} is in {lang_name(order[0])}, not {lang_name(own)} as --langs says: "
                f"the {('source', 'target')[k]} file must hold the {lang_name(own)} text"
            )


def load_streams(
    first: Path,
    second: Path | None = None,
    langs: str | Sequence[str] | None = None,
    presplit: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Streams:
    """Read, segment and detect one mixed file or two files into a source and a target stream;
    ``langs`` as ``--langs`` takes them (``detect.langs_of``)."""
    langs = detect.langs_of(langs)
    docs = [read_document(first, max_bytes)]
    if second is not None:
        docs.append(read_document(second, max_bytes))
    encodings = {
        str(d.path): f"{d.encoding}, {d.subtitles} subtitles, {len(d.cues)} cues"
        + (", rolling captions: each line read once" if d.rolling else "")
        if d.cues
        else d.encoding
        for d in docs
    }
    if presplit and second is None:
        raise AlignError("--presplit needs two files (source and target, one sentence per line)")

    if second is None:
        found = detect_document(docs[0], langs, presplit)
        if langs is None:
            order = _found_langs(first, found)
            if len(order) < 2:
                only = lang_name(order[0])
                raise AlignError(
                    f"{first}: only {only} text found; pass the translation as a second file "
                    f"(align pair {first} TRANSLATION) or name the languages with --langs"
                )
            first_seen = {}
            for det in found.langs:
                first_seen.setdefault(det.lang, len(first_seen))
            src_lang, tgt_lang = sorted(order[:2], key=lambda lang: first_seen[lang])
            found = detect_document(docs[0], (src_lang, tgt_lang), presplit)
        else:
            src_lang, tgt_lang = langs
        src, tgt = _stream(found, src_lang), _stream(found, tgt_lang)
        dropped = {}
        third = Counter(d.lang for d in found.langs if d.lang not in (src_lang, tgt_lang, "und"))
        foreign = {str(first): dict(third)} if third else {}
    else:
        first_found = detect_document(docs[0], None, presplit)
        second_found = detect_document(docs[1], None, presplit)
        if langs is None:
            src_lang, tgt_lang = _pair_langs(
                _found_langs(first, first_found), _found_langs(second, second_found), first, second
            )
        else:
            src_lang, tgt_lang = langs
        allowed = (src_lang, tgt_lang)
        if langs is not None:
            _check_named_langs((first_found, second_found), (first, second), langs)
        if presplit:
            first_found = Detected(
                docs[0], first_found.segments, [detect.Detection(src_lang, 1.0)] * len(first_found.segments)
            )
            second_found = Detected(
                docs[1], second_found.segments, [detect.Detection(tgt_lang, 1.0)] * len(second_found.segments)
            )
        else:
            first_found = detect_document(docs[0], allowed, presplit)
            second_found = detect_document(docs[1], allowed, presplit)
        src, tgt = _stream(first_found, src_lang, True), _stream(second_found, tgt_lang, True, src_lang)
        dropped = {
            str(first): (len(first_found.segments) - len(src), src_lang),
            str(second): (len(second_found.segments) - len(tgt), tgt_lang),
        }
        foreign = {}
    for stream, lang, doc in ((src, src_lang, docs[0]), (tgt, tgt_lang, docs[-1])):
        if not stream:
            found_in = _main_langs(detect_document(doc, None, presplit).chars_by_lang())
            reads = f" (it reads as {', '.join(map(lang_name, found_in))})" if found_in else ""
            raise AlignError(f"{doc.path}: no {lang_name(lang)} sentences found to align{reads}")
    return Streams(
        src, tgt, src_lang, tgt_lang, encodings, {k: v for k, v in dropped.items() if v[0]}, foreign
    )


def align_streams(
    src: Sequence[str],
    tgt: Sequence[str],
    embedder: Embedder | None = None,
    config: AlignConfig | None = None,
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None = None,
) -> list[Link]:
    """Embed both sides (each sentence once, cache first) and align them on their vectors and
    their lexical anchors (``anchors.anchor_rows``).

    A first pass scores many-sentence spans by the mean of their sentences' vectors; the spans
    its beads suggest (see ``spans_to_encode``) are then encoded as concatenations and the
    alignment is run again with them, ``config.span_rounds`` times at most (fewer when a round
    asks for nothing new). When the first pass finds the pair parallel (its pairs hold at least
    ``config.local_cover`` of each side), the words its 1-1 pairs translate consistently
    (``anchors.learn_lexicon``) become anchors too for the later searches; an unrelated pair
    learns nothing from its chance pairs. ``speakers``: each sentence's speaker, a side's
    beads kept within one speaker's turn (``aligner.turn_counts``). Each sentence is text, not
    blank, read in Unicode's composed form (as files are: ``read.visible``); AlignError otherwise.
    Without an ``embedder`` the default model is loaded."""
    if isinstance(src, str) or isinstance(tgt, str):
        raise AlignError("align_streams takes the sentences of each side as a list, not one string")
    sides = [_sentences(side, name) for side, name in ((src, "source"), (tgt, "target"))]
    return _embed_and_align(sides[0], sides[1], embedder or Embedder(), config, speakers)[0]


def _sentences(side: Sequence[str], name: str) -> list[str]:
    """A side's sentences for ``align_streams``, composed (NFC); AlignError for one that is not
    text or is blank (two blank sentences were paired with real ones)."""
    out = []
    for k, sentence in enumerate(side):
        if not isinstance(sentence, str):
            raise AlignError(f"{name} sentence {k} is {type(sentence).__name__}, not text")
        if not sentence.strip():
            raise AlignError(f"{name} sentence {k} is blank: leave it out, or align the files")
        out.append(unicodedata.normalize("NFC", sentence))
    return out


def _embed_and_align(
    src: list[str],
    tgt: list[str],
    embedder: Embedder,
    config: AlignConfig | None,
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None,
) -> tuple[list[Link], tuple[np.ndarray, np.ndarray]]:
    """``align_streams``' links, with each side's sentence vectors (encoded in one call)."""
    if config is not None and not isinstance(config, AlignConfig):
        raise AlignError(f"config: an AlignConfig (AlignConfig(band=12)), not {type(config).__name__}")
    if isinstance(embedder, (str, bytes)) or not callable(getattr(embedder, "encode", None)):
        raise AlignError(f"embedder: an align.embed.Embedder, not {type(embedder).__name__}")
    vecs = embedder.encode(src + tgt)
    vectors = vecs[: len(src)], vecs[len(src) :]
    return _align_embedded((src, tgt), vectors, embedder, config or AlignConfig(), speakers), vectors


def _align_embedded(
    sentences: tuple[list[str], list[str]],
    vectors: tuple[np.ndarray, np.ndarray],
    embedder: Embedder,
    config: AlignConfig,
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None,
) -> list[Link]:
    """``align_streams`` once the sentences' vectors are known (the embedder encodes spans)."""
    (src, tgt), (src_emb, tgt_emb) = sentences, vectors
    src_len = np.array([len(t) for t in src], dtype=np.float64)
    tgt_len = np.array([len(t) for t in tgt], dtype=np.float64)
    keys = (sentence_keys(src), sentence_keys(tgt)) if config.lex_weight else None
    anchors = anchor_rows(*keys) if keys else None
    turns = (turn_counts(speakers[0]), turn_counts(speakers[1])) if speakers else None
    prepared, links = first_pass(src_emb, tgt_emb, src_len, tgt_len, config, anchors, turns)
    stale = False
    if keys and config.lexicon and min(paired_shares(links)) >= config.local_cover:
        ones = [(lk.src[0], lk.tgt[0]) for lk in links if len(lk.src) == len(lk.tgt) == 1]
        lexicon = learn_lexicon(*keys, ones, config.lexicon_count, config.lexicon_dice)
        if lexicon:
            prepared, stale = with_anchors(prepared, anchor_rows(*keys, lexicon)), True
    texts = {"s": src, "t": tgt}
    encoded: dict[str, dict[int, dict[int, np.ndarray]]] = {"s": {}, "t": {}}
    spans: dict[str, Spans] = {"s": {}, "t": {}}
    for _ in range(config.span_rounds):
        if not _encode_spans(spans_to_encode(links, len(src), len(tgt), config), texts, encoded, embedder):
            break
        spans = _span_arrays(encoded)
        links, stale = search(prepared, spans["s"], spans["t"], links), False
    links = search(prepared, guide=links) if stale else links
    if config.trim_edges:
        if _encode_spans(edge_spans(links, config), texts, encoded, embedder):
            spans = _span_arrays(encoded)
        links = trim_edges(prepared, links, spans["s"], spans["t"])
    if not config.move_min:
        return links
    return _moved_passages(links, (src, tgt), (src_emb, tgt_emb), embedder, config, speakers)


def _encode_spans(
    wanted: tuple[dict[int, list[int]], dict[int, list[int]]],
    texts: dict[str, list[str]],
    encoded: dict[str, dict[int, dict[int, np.ndarray]]],
    embedder: Embedder,
) -> bool:
    """Encode the concatenations ``wanted`` (per side, span size -> ends) not in ``encoded``
    yet, into it; False when there was none."""
    jobs = [
        (side, size, end)
        for side, by_size in zip("st", wanted)
        for size, ends in by_size.items()
        for end in ends
        if end not in encoded[side].get(size, {})
    ]
    if not jobs:
        return False
    vecs = embedder.encode([join_text(texts[side][end - size : end]) for side, size, end in jobs])
    for (side, size, end), vec in zip(jobs, vecs):
        encoded[side].setdefault(size, {})[end] = vec
    return True


def _span_arrays(encoded: dict[str, dict[int, dict[int, np.ndarray]]]) -> dict[str, Spans]:
    """The encoded concatenations as the aligner takes them (``aligner.Spans`` per side)."""
    return {
        side: {
            size: (np.array(sorted(got), dtype=np.int64), np.array([got[e] for e in sorted(got)]))
            for size, got in by_size.items()
        }
        for side, by_size in encoded.items()
    }


def _moved_passages(
    links: list[Link],
    texts: tuple[list[str], list[str]],
    vectors: tuple[np.ndarray, np.ndarray],
    embedder: Embedder,
    config: AlignConfig,
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None,
) -> list[Link]:
    """Pair the passages one version places elsewhere (a statement read in one language before
    the Q&A and in the other after it, a caption placed elsewhere): each pair of stretches left
    in null links in different gaps of the path (``aligner.crossing_runs``) is aligned alone,
    and its links replace those null links (``aligner.splice``) where they pair at least
    ``config.local_cover`` of each stretch, the share ``first_pass`` takes for a parallel pair,
    with a median centred cosine of ``config.move_sim`` and ``config.move_ratio`` times the
    path's own (``aligner.block_similarity``). A first pass on the sentence vectors alone decides
    the share before any span is encoded."""
    tried = crossing_runs(links, config.move_min)
    if not tried:
        return links
    inner = replace(config, move_min=0)
    whole = (range(len(texts[0])), range(len(texts[1])))
    least = max(
        config.move_sim, config.move_ratio * block_similarity(vectors, whole, links, config.center_shrink)
    )
    used: tuple[set[int], set[int]] = (set(), set())
    for runs in tried:
        if runs[0].start in used[0] or runs[1].start in used[1]:
            continue
        cut = (texts[0][runs[0].start : runs[0].stop], texts[1][runs[1].start : runs[1].stop])
        part = (vectors[0][runs[0].start : runs[0].stop], vectors[1][runs[1].start : runs[1].stop])
        who = tuple(side[r.start : r.stop] for side, r in zip(speakers, runs)) if speakers else None
        lengths = [np.array([len(t) for t in side], dtype=np.float64) for side in cut]
        turns = (turn_counts(who[0]), turn_counts(who[1])) if who else None
        _, first = first_pass(*part, *lengths, inner, None, turns)
        if min(paired_shares(first)) < config.local_cover:
            continue
        found = _align_embedded(cut, part, embedder, inner, who)
        if min(paired_shares(found)) < config.local_cover:
            continue
        if block_similarity(vectors, runs, found, config.center_shrink) < least:
            continue
        links = splice(links, *runs, found)
        used[0].add(runs[0].start)
        used[1].add(runs[1].start)
    return links


def align_presplit(
    src_lines: Sequence[str],
    tgt_lines: Sequence[str],
    embedder: Embedder,
    config: AlignConfig | None = None,
) -> list[Link]:
    """Align pre-split sentences (one per item, used as given), e.g. for gold benchmarks."""
    return align_streams(src_lines, tgt_lines, embedder, config)


def score_aligned(
    links: list[Link],
    src: list[Sentence],
    tgt: list[Sentence],
    embedder: Embedder,
    terms: Terms | None = None,
    found: bool = True,
) -> list[ScoredLink]:
    """Score the links of one document (``score.score_links``), with the contrast test of the
    links whose negations differ, which hold words of opposite poles or a name dropped or added:
    their probes (``score.negation_probes``, ``score.direction_probes``, ``score.name_probes``)
    are embedded here, a few texts per such link; ``terms``: the user's glossary, oriented to
    the pair; ``found``: the links are an alignment's, not a memory's units (``isolated`` is
    checked)."""
    from align.score import (
        DriftConfig,
        contrast_gains,
        direction_probes,
        document_facts,
        name_probes,
        negation_probes,
        score_links,
    )

    facts = document_facts(src, tgt, DriftConfig(), links)
    kinds = (
        negation_probes(links, src, tgt),
        direction_probes(links, src, tgt),
        name_probes(links, src, tgt, facts),
    )
    texts = [t for probes in kinds for probe in probes for t in probe.texts()]
    vectors = embedder.encode(texts) if texts else np.zeros((0, 0))
    gains = []
    for probes in kinds:
        size = sum(len(probe.texts()) for probe in probes)
        gains.append(contrast_gains(probes, vectors[:size]))
        vectors = vectors[size:]
    contrast, direction, names = gains
    return score_links(
        links,
        src,
        tgt,
        contrast=contrast,
        terms=terms,
        found=found,
        direction=direction,
        names=names,
        facts=facts,
    )


def align_loaded(
    streams: Streams,
    embedder: Embedder | None = None,
    config: AlignConfig | None = None,
    glossary: Glossary | Path | str | None = None,
) -> PairResult:
    """Embed, align and score two loaded streams; with a ``glossary`` (``glossary.read_glossary``),
    check its terms too (AlignError where it lacks the pair's languages). Streams filtered
    between ``load_streams`` and here are numbered again (``Sentence.idx``, the position links
    refer to)."""
    streams = replace(
        streams,
        src=[replace(s, idx=k) for k, s in enumerate(streams.src)],
        tgt=[replace(s, idx=k) for k, s in enumerate(streams.tgt)],
    )
    from align.score import unpunctuated

    src_texts, tgt_texts = [s.text for s in streams.src], [s.text for s in streams.tgt]
    terms = _terms(streams, glossary)
    embedder = embedder or Embedder()
    speakers = ([s.speaker for s in streams.src], [s.speaker for s in streams.tgt])
    links, vectors = _embed_and_align(src_texts, tgt_texts, embedder, config, speakers)
    scored = score_aligned(links, streams.src, streams.tgt, embedder, terms)
    # chunks of automatic captions match a translation's sentences many to many, none alone
    chunked = unpunctuated(streams.src) or unpunctuated(streams.tgt)
    return PairResult(streams, scored, embedder.encoded, terms, None if chunked else clear_matches(*vectors))


def _terms(streams: Streams, glossary: Glossary | Path | str | None) -> Terms | None:
    """The glossary oriented to the streams' pair (AlignError where it lacks their languages);
    a path is read first (``read_glossary``)."""
    if glossary is None:
        return None
    if isinstance(glossary, (str, Path)):
        glossary = read_glossary(Path(glossary))
    if not isinstance(glossary, Glossary):
        raise AlignError(
            f"glossary: a Glossary (read_glossary) or a file's path, not {type(glossary).__name__}"
        )
    src_texts, tgt_texts = [s.text for s in streams.src], [s.text for s in streams.tgt]
    return glossary.for_pair(streams.src_lang, streams.tgt_lang, src_texts, tgt_texts)


def run_pair(
    first: Path,
    second: Path | None = None,
    langs: str | Sequence[str] | None = None,
    embedder: Embedder | None = None,
    presplit: bool = False,
    config: AlignConfig | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    glossary: Glossary | Path | str | None = None,
) -> PairResult:
    """Whole pipeline on one mixed file or a file pair, up to scored links."""
    return align_loaded(load_streams(first, second, langs, presplit, max_bytes), embedder, config, glossary)


@dataclass(frozen=True)
class Memory:
    """What ``check`` reads (a TMX, XLIFF or PO file, a table, line-aligned files): the file as
    read, its two streams, the links its units make, in file order, and for each link the unit
    of ``bitext`` it is (``numbers``), whence where that unit is in the file (``where``, for
    ``export.write_annotated``) and its label (``labels``, the TSV's ``unit`` column)."""

    bitext: Bitext
    streams: Streams
    links: list[Link]
    numbers: list[int]

    @property
    def where(self) -> list[tuple[int, str | None]]:
        return [self.bitext.where[k] for k in self.numbers]

    @property
    def labels(self) -> list[str]:
        return [self.bitext.labels[k] for k in self.numbers]


def load_bitext(
    path: Path,
    langs: str | Sequence[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    second: Path | None = None,
) -> Memory:
    """Read a TMX or XLIFF file, a bilingual table, or with ``second`` two line-aligned files
    (``read.read_bitext``) into a source and a target stream, one sentence per unit side, and
    the links its units make: 1-1, 1-0 for a unit without a translation, 0-1 for one with a
    target only. The pair is ``langs``, else the file's source language and the language most
    of its other texts are in; where the file names no language for a column (an XLIFF without
    ``target-language``, a table without a header of codes, plain lines), langdetect reads it
    from the column's texts (one of ``langs`` where given, as ``--langs`` takes them)."""
    langs = detect.langs_of(langs)
    bitext = read_bitext(path, max_bytes, second)
    unnamed: dict[int, list[str]] = {}
    for unit in bitext.units:
        for k, (tag, text) in enumerate(unit):
            if not tag and text:
                unnamed.setdefault(k, []).append(text)
    found = {k: detect.detect_text(" ".join(texts[:200]), langs).lang for k, texts in unnamed.items()}
    if langs is not None and len(unnamed) == 2 and len(set(found.values())) == 1:
        found = dict(zip(sorted(unnamed), langs))  # texts alike in both (UI strings): as --langs says
    units = [
        [
            (
                base_lang((tag or found.get(k, "und")).lower()),
                text,
                bitext.codes[n][k] if bitext.codes else (),
            )
            for k, (tag, text) in enumerate(unit)
            if text
        ]
        for n, unit in enumerate(bitext.units)
    ]
    counts = Counter(lang for unit in units for lang, _, _ in unit if lang != "und")
    named = ", ".join(counts) or "none langdetect can tell"
    read = str(path) if second is None else f"{path} and {second}"
    if not counts:
        raise AlignError(
            f"{read}: no text in this {bitext.kind} file whose language langdetect can tell; "
            "its units hold no translation to check"
        )
    if langs is not None:
        for lang in langs:
            if lang not in counts:
                raise AlignError(
                    f"{read}: no {lang_name(lang)} text in this {bitext.kind} file (its languages: {named})"
                )
        src_lang, tgt_lang = langs
    else:
        named_source = bitext.source or ("" if bitext.kind == "TMX" else bitext.units[0][0][0])
        if named_source:
            src_lang = base_lang(named_source.lower())
        elif bitext.kind == "TMX":  # srclang="*all*": the language most units hold, the first of equals
            holding = Counter(
                lang for unit in units for lang in dict.fromkeys(lang for lang, _, _ in unit) if lang != "und"
            )
            src_lang = max(holding, key=lambda lang: holding[lang])
        else:
            src_lang = found.get(0, "und")
        others = [lang for lang in counts if lang != src_lang]
        if named_source and src_lang not in counts:
            raise AlignError(
                f"{path}: this {bitext.kind} file names {lang_name(src_lang)} as its source language "
                f"but holds no {lang_name(src_lang)} text (its languages: {named}); choose two with --langs"
            )
        if src_lang not in counts or not others:
            raise AlignError(
                f"{read}: only {lang_name(next(iter(counts), src_lang))} text in this {bitext.kind} file; "
                "its units hold no translation to check"
                + (" (name its two languages with --langs where they are alike)" if len(found) == 2 else "")
            )
        tgt_lang = max(others, key=lambda lang: counts[lang])
    src: list[Sentence] = []
    tgt: list[Sentence] = []
    links: list[Link] = []
    numbers: list[int] = []
    for number, unit in enumerate(units):
        texts = {lang: (text, codes) for lang, text, codes in reversed(unit)}
        if (
            bitext.kind.startswith("XLIFF")
            and tgt_lang not in texts
            and any(lang not in (src_lang, tgt_lang, "und") for lang in texts)
        ):
            continue  # a unit of a <file> into a third language: not this pair's (a TMX's is a gap)
        sides = []
        for stream, lang in ((src, src_lang), (tgt, tgt_lang)):
            if lang in texts:
                text, codes = texts[lang]
                stream.append(Sentence(len(stream), text, lang, para=number, codes=codes))
            sides.append((len(stream) - 1,) if lang in texts else ())
        if sides[0] or sides[1]:
            links.append(Link(*sides))
            numbers.append(number)
    left = len(units) - len(links)
    about = f"{bitext.kind}, {len(units)} unit{'s' if len(units) != 1 else ''}" + (
        f", {left} left out (no {lang_name(src_lang)} or {lang_name(tgt_lang)} text, or translated into "
        "another language)"
        if left
        else ""
    )
    if len(counts) > 2:
        about += f"; its languages: {named} (choose two with --langs)"
    return Memory(bitext, Streams(src, tgt, src_lang, tgt_lang, {read: about}), links, numbers)


def check_loaded(
    streams: Streams,
    links: Sequence[Link],
    embedder: Embedder | None = None,
    glossary: Glossary | Path | str | None = None,
) -> PairResult:
    """Embed two loaded streams and score the links given (``load_bitext``'s: a translation
    memory's units) as they are, without aligning: each link's similarity and margin
    (``aligner.describe``), then the drift and flags of an alignment's links."""
    terms = _terms(streams, glossary)
    embedder = embedder or Embedder()
    vecs = embedder.encode([s.text for s in streams.src] + [s.text for s in streams.tgt])
    described = describe(vecs[: len(streams.src)], vecs[len(streams.src) :], links)
    scored = score_aligned(described, streams.src, streams.tgt, embedder, terms, found=False)
    return PairResult(streams, scored, embedder.encoded, terms)


def run_check(
    path: Path,
    langs: str | Sequence[str] | None = None,
    embedder: Embedder | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    glossary: Glossary | Path | str | None = None,
    second: Path | None = None,
) -> PairResult:
    """A TMX or XLIFF file's units (a bilingual table's rows, two line-aligned files' lines)
    scored for drift as they are paired, up to scored links."""
    memory = load_bitext(path, langs, max_bytes, second)
    return check_loaded(memory.streams, memory.links, embedder, glossary)
