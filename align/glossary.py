"""The user's termbase: read a glossary (TBX, or CSV / TSV / XLSX of term pairs), orient it to a
pair's languages, and find the terms each side of a link uses.

A translation reviewer checks that the client's terminology was kept: where a source sentence
uses a glossary term, its translation should use one of the term's renderings, and never one
marked not to use. ``score.link_flags`` turns a miss into ``term_mismatch``.

Matching is by words, folded (case, accents and ``’`` do not count, hyphens and apostrophes
split words: ``contre-propositions`` matches ``contre propositions``), a word of three letters
or more also matching its plural in ``-s``, ``-x`` or ``-es`` (``security guarantee`` /
``security guarantees``, ``garantie`` / ``garanties``), a word ending in ``*`` any ending
(``négociation*``), and a word in capitals only text in capitals (``US`` is not ``us``). A term
is found in its other forms too, by lemma (simplemma's offline dictionaries; an apostrophe stays
inside a Ukrainian word): ``гарантия безопасности`` in ``по гарантиям безопасности``,
``зобов'язання`` in ``зобов’язаннями``, ``Wand`` in ``Wänden`` but not in ``wandern`` (a verb's
lemma is the verb), ``européen`` in ``européenne``, ``cheval`` in ``chevaux``. English source
terms and forms not to use are not, since English nouns and verbs share lemmas (``hand`` /
``handed``) and a false match there is a false flag: an English noun takes its plural only,
regular or not (``policies``, ``crises``, ``children``). In the target, where a false match
only hides a miss, a rendering is also matched by its Snowball stem, or by a word whose stem it
is (``Verhandlung`` in ``Verhandlungen``), in most European languages; a form marked not to use
is not, as it often shares its stem with the preferred one (``Übersetzer`` / ``Übersetzende``).
Words in capitals (acronyms), and lemmas and stems under four letters, are not matched so.
Chinese, Japanese, Korean and Thai terms, which are not spaced into words, are found as
substrings, and a term with symbols (``C++``, ``R&D``) or with no word at all (``...``) as that
string between non-letters. A rendering of five letters or more also counts inside a longer word
of a language that writes compounds as one (``Ordner`` in ``Standardordner``), and a source term
found only inside a longer one is that one's (``share`` in ``market share``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import simplemma
import snowballstemmer

from align.checks import fold
from align.errors import AlignError
from align.languages import base_lang, lang_name
from align.read import DEFAULT_MAX_BYTES, decode_text, read_bytes, table_header, table_rows, xlsx_rows

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHE_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
"""A word of a language whose words hold an apostrophe (Ukrainian ``зобов'язання``)."""
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_SYMBOL = re.compile(r"[^\w\s'’.*-]")
"""A character that makes a form a literal string (``C++``, ``R&D``, ``50 %``), not words."""
_PLURALS = ("s", "x", "es")
_PLURAL_MIN = 3
_STEM_MIN = 4
"""A word is matched by its lemma or stem only where that keeps this many letters (French ``vie``,
stem ``vi``, is matched as written)."""
_STEMMERS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "et": "estonian", "eu": "basque", "fa": "persian", "fi": "finnish",
    "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "sr": "serbian", "sv": "swedish", "ta": "tamil",
    "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
"""ISO 639-1 codes of the languages whose words are matched by stem, and their Snowball names."""
_SHARED_LEMMAS = frozenset({"en"})
"""Languages whose nouns and verbs share lemmas (``hand`` / ``handed``): their source terms and
forms not to use, where a false match is a false flag, are matched as written or as plurals."""
_LEMMA_CODES = {"no": "nb"}
"""langdetect's codes that simplemma spells otherwise."""
_APOSTROPHE_LANGS = frozenset({"uk"})
"""Languages whose words hold an apostrophe (Ukrainian ``зобов'язання``)."""
_AVOID_STATUS = ("deprecated", "superseded", "forbidden", "notrecommended", "obsolete")
_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization")


@dataclass(frozen=True)
class Form:
    """One written form of a glossary term; ``avoid``: marked not to use (deprecated)."""

    text: str
    avoid: bool = False


@dataclass(frozen=True)
class Glossary:
    """The entries of a glossary file, each mapping a language (an ISO 639-1 code, or the column
    number ``"1"`` / ``"2"`` where the file does not name its languages) to its forms."""

    path: str
    entries: tuple[Mapping[str, tuple[Form, ...]], ...]
    langs: tuple[str, ...]
    named: bool

    def for_pair(
        self, src_lang: str, tgt_lang: str, src_texts: Sequence[str], tgt_texts: Sequence[str]
    ) -> Terms:
        """The glossary's terms from ``src_lang`` to ``tgt_lang``. A file that names its languages
        must hold both (AlignError otherwise); one that does not is read in the direction in which
        more of its terms occur in the texts (first column against the source, or the target)."""
        if self.named:
            missing = [code for code in (src_lang, tgt_lang) if code not in self.langs]
            if missing:
                raise AlignError(
                    f"{self.path}: the glossary has no {', '.join(missing)} terms "
                    f"(its languages: {', '.join(self.langs)})"
                )
            return _terms(self, (src_lang, tgt_lang), (src_lang, tgt_lang), reversed_=False)
        forward = _terms(self, ("1", "2"), (src_lang, tgt_lang), reversed_=False)
        backward = _terms(self, ("2", "1"), (src_lang, tgt_lang), reversed_=True)
        hits = [t.hits(src_texts, tgt_texts) for t in (forward, backward)]
        chosen = backward if hits[1] > hits[0] else forward
        chosen.unrendered = chosen.rendered(tgt_texts) * 3 < chosen.used(src_texts)
        return chosen


@dataclass(frozen=True)
class Term:
    """A concept of the glossary in one direction: the source forms that name it, the target
    forms that render it and those marked not to use."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    avoid: tuple[str, ...]


@dataclass(frozen=True)
class Miss:
    """A glossary term a link does not keep: ``used`` is empty where the source term has no
    rendering in the target, else the target forms marked not to use that it has."""

    term: Term
    source: str
    used: tuple[str, ...] = ()

    def describe(self) -> str:
        """``security guarantees: none of garanties de sécurité``, or ``désinformation: not to
        use (mésinformation)``."""
        if self.used:
            preferred = f" ({' / '.join(self.term.targets)})" if self.term.targets else ""
            return f"{', '.join(self.used)}: not to use{preferred}"
        return f"{self.source}: none of {' / '.join(self.term.targets)}"


class Terms:
    """The terms of one direction, indexed for matching in many texts of ``langs`` (source,
    target: ISO 639-1 codes, which choose the lemmas and stemmers). Only the renderings are matched
    by stem, and English source terms and forms not to use by plural only (module docstring)."""

    def __init__(
        self, path: str, terms: Sequence[Term], reversed_: bool, langs: tuple[str, str], left_out: int = 0
    ) -> None:
        self.path = path
        self.terms = tuple(terms)
        self.reversed = reversed_
        self.langs = langs
        self.left_out = left_out
        """Entries of the file without a term on both sides of the pair (a term not rendered yet,
        a TBX entry in other languages), which ``note`` counts."""
        self.unrendered = False
        """A file that does not name its languages, of whose terms the source uses three times as
        many as the target renders: perhaps a glossary of another language, ``note`` says."""
        src, tgt = langs
        lemmas = (src not in _SHARED_LEMMAS, tgt not in _SHARED_LEMMAS)
        self._sources = _Matcher([f for t in self.terms for f in t.sources], src, lemmas[0], stems=False)
        self._targets = _Matcher([f for t in self.terms for f in t.targets], tgt, lemmas=True, stems=True)
        self._avoid = _Matcher([f for t in self.terms for f in t.avoid], tgt, lemmas[1], stems=False)
        self._by_form: dict[tuple[str, str], list[int]] = {}
        for k, term in enumerate(self.terms):
            for key in {*(("s", f) for f in term.sources), *(("a", f) for f in term.avoid)}:
                self._by_form.setdefault(key, []).append(k)

    def hits(self, src_texts: Sequence[str], tgt_texts: Sequence[str]) -> int:
        """How many texts hold a source form (``src_texts``) or a target form (``tgt_texts``)."""
        return sum(bool(self._sources.found(t)) for t in src_texts) + sum(
            bool(self._targets.found(t) or self._avoid.found(t)) for t in tgt_texts
        )

    def rendered(self, texts: Iterable[str]) -> int:
        """How many terms have a rendering in any of ``texts``."""
        found = set().union(*(self._targets.found(t) for t in texts))
        return sum(1 for term in self.terms if found.intersection(term.targets))

    def used(self, texts: Iterable[str]) -> int:
        """How many terms have a source form in any of ``texts``."""
        found = set().union(*(self._sources.found(t) for t in texts))
        return len({k for form in found for k in self._by_form.get(("s", form), ())})

    def note(self, src_texts: Iterable[str], missed: Sequence[Sequence[Miss]], most: int = 5) -> str:
        """The run's summary line: the glossary's terms, how many ``src_texts`` use, how many links
        miss one (``missed``: the misses of each such link) and the ``most`` terms missed in the
        most links (a term the translation departs from throughout may be one the glossary should
        change), and which column was read as the source where the file does not say."""
        per_term = Counter(
            term for misses in missed for term in dict.fromkeys(m.term.sources[0] for m in misses)
        )
        top = sorted(per_term.items(), key=lambda kv: -kv[1])
        which = ", ".join(f"{term} {n}" for term, n in top[:most])
        if len(top) > most:
            which += f", {len(top) - most} more"
        order = " (its second column read as the source)" if self.reversed else ""
        terms, links = len(self.terms), len(missed)
        left = (
            f" ({self.left_out} entr{'y' if self.left_out == 1 else 'ies'} left out: no term in both "
            f"{lang_name(self.langs[0])} and {lang_name(self.langs[1])})"
            if self.left_out
            else ""
        )
        return (
            f"glossary {self.path}{order}: {terms} term{'s' * (terms != 1)}{left}, {self.used(src_texts)} used "
            f"in the source; {links} {'link misses' if links == 1 else 'links miss'} one (term_mismatch)"
            + (f": {which}" if which else "")
            + (
                f"; few of its renderings are in the {lang_name(self.langs[1])} text: is it a glossary "
                "of another language? (a header row of language codes, en,fr, says which)"
                if self.unrendered
                else ""
            )
        )

    def misses(self, src_text: str, tgt_text: str) -> list[Miss]:
        """The terms ``src_text`` uses that ``tgt_text`` does not render, and the forms marked
        not to use that ``tgt_text`` has where ``src_text`` uses their term, in glossary order. A
        source form only found inside a longer one is that one's (``file`` in ``file name``:
        ``Dateiname`` renders it); a rendering inside a compound of a language that writes them
        as one word counts (``Ordner`` in ``Standardordner``)."""
        in_src, in_tgt = _outermost(self._sources.occurrences(src_text)), self._targets.found(tgt_text)
        avoided = self._avoid.found(tgt_text)
        out = []
        for k in sorted({k for f in in_src for k in self._by_form.get(("s", f), ())}):
            term = self.terms[k]
            named = [f for f in term.sources if f in in_src]
            used = tuple(f for f in term.avoid if f in avoided)
            if used:
                out.append(Miss(term, named[0], used))
            elif (
                term.targets
                and not in_tgt.intersection(term.targets)
                and not self._compounded(term, tgt_text)
            ):
                out.append(Miss(term, named[0]))
        return out

    def _compounded(self, term: Term, text: str) -> bool:
        """Whether a one-word rendering of ``term`` (of ``COMPOUND_LETTERS`` letters or more) is
        part of a longer word of ``text`` in a language that writes its compounds as one word."""
        if self.langs[1] not in COMPOUNDING:
            return False
        forms = [fold(f) for f in term.targets if " " not in f.strip() and len(f.strip()) >= COMPOUND_LETTERS]
        return bool(forms) and any(
            f in w and f != w for w in (fold(m.group()) for m in _WORD.finditer(text)) for f in forms
        )


COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "fi", "is", "af", "lb"})
"""Languages that write a compound as one word (``Standardordner``,
``conformiteitsbeoordelingsprocedure``)."""
COMPOUND_LETTERS = 5
"""Letters a rendering needs for its place inside a compound to count (``Rat`` is in ``Beirat``)."""
_WORD = re.compile(r"[^\W\d_]+")


def _outermost(occurrences: Sequence[tuple[str, int, int]]) -> set[str]:
    """The forms of ``occurrences`` with one occurrence at least not inside a longer one's words."""
    return {
        form
        for form, i, j in occurrences
        if i < 0
        or not any(a <= i and j <= b and (a, b) != (i, j) for other, a, b in occurrences if other != form)
    }


def _terms(glossary: Glossary, columns: tuple[str, str], langs: tuple[str, str], reversed_: bool) -> Terms:
    src, tgt = columns
    terms = []
    for entry in glossary.entries:
        sources, targets = entry.get(src, ()), entry.get(tgt, ())
        if sources and targets:
            terms.append(
                Term(
                    sources=tuple(dict.fromkeys(f.text for f in sources)),
                    targets=tuple(dict.fromkeys(f.text for f in targets if not f.avoid)),
                    avoid=tuple(dict.fromkeys(f.text for f in targets if f.avoid)),
                )
            )
    if not terms:
        raise AlignError(f"{glossary.path}: no glossary entry has both a {src} and a {tgt} term")
    return Terms(glossary.path, terms, reversed_, langs, left_out=len(glossary.entries) - len(terms))


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    """A word of a glossary form: folded, whether in capitals, whether it ends in ``*``, and the
    keys one of a text word's keys must hit: its spellings as a singular or plural, its lemma and
    its stem."""

    text: str
    capitals: bool
    wildcard: bool
    keys: frozenset[str]


@cache
def _stemmer(name: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(name)


@cache
def _lemmatized(lang: str) -> bool:
    """Whether simplemma has a dictionary of ``lang``."""
    try:
        simplemma.lemmatize("a", lang=_LEMMA_CODES.get(lang, lang))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1 << 16)
def _keys(word: str, lang: str, lemmas: bool, stems: bool) -> tuple[str, ...]:
    """``word`` folded, and with ``lemmas`` its simplemma lemma, with ``stems`` its Snowball stem,
    folded, each where it keeps ``_STEM_MIN`` letters."""
    keys = [fold(word)]
    if lemmas and _lemmatized(lang):
        keys.append(fold(simplemma.lemmatize(word, lang=_LEMMA_CODES.get(lang, lang))))
    if stems and (name := _STEMMERS.get(lang)) and name in snowballstemmer.algorithms():
        keys.append(fold(_stemmer(name).stemWord(word.lower())))
    return tuple(dict.fromkeys(k for i, k in enumerate(keys) if i == 0 or len(k) >= _STEM_MIN))


def _tokens(text: str, lang: str) -> Iterable[re.Match[str]]:
    """The words of ``text``; in Ukrainian an apostrophe (``'``, ``’``, ``ʼ``) is inside a word."""
    if lang in _APOSTROPHE_LANGS:
        return _APOSTROPHE_WORD.finditer(text.translate(_APOSTROPHES))
    return _WORD.finditer(text)


def _words(form: str, lang: str, lemmas: bool, stems: bool) -> tuple[_Word, ...]:
    """The words of a glossary form; a word followed by ``*`` takes any ending."""
    out = []
    for m in _tokens(form, lang):
        word = m.group()
        capitals, wildcard = len(word) >= 2 and word.isupper(), form[m.end() : m.end() + 1] == "*"
        keys = _spellings(fold(word))
        if not (capitals or wildcard):
            keys.update(_keys(word, lang, lemmas, stems))
            if lang == "en":
                keys.update(_english_plurals(fold(word)))
        out.append(_Word(fold(word), capitals, wildcard, frozenset(keys)))
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _text_words(
    text: str, lang: str, lemmas: bool, stems: bool
) -> tuple[tuple[str, bool, tuple[str, ...]], ...]:
    """Each word of ``text``: folded, whether in capitals, and its keys (``_keys``)."""
    return tuple(
        (fold(m.group()), m.group().isupper(), _keys(m.group(), lang, lemmas, stems))
        for m in _tokens(text, lang)
    )


def _spellings(word: str) -> set[str]:
    """``word`` and the forms it matches as a plural or a singular."""
    out = {word}
    if len(word) >= _PLURAL_MIN:
        out.update(word + p for p in _PLURALS)
        out.update(
            word[: -len(p)] for p in _PLURALS if word.endswith(p) and len(word) - len(p) >= _PLURAL_MIN
        )
    return out


_EN_IRREGULAR = {
    "child": "children", "person": "people", "foot": "feet", "tooth": "teeth", "mouse": "mice",
    "goose": "geese", "ox": "oxen", "criterion": "criteria", "phenomenon": "phenomena",
    "wife": "wives", "knife": "knives", "shelf": "shelves", "thief": "thieves", "wolf": "wolves",
    "calf": "calves", "loaf": "loaves", "sheaf": "sheaves", "elf": "elves",
}  # fmt: skip
"""English plurals no ending rule of ``_english_plurals`` makes; not ``lives``, ``leaves`` or
``halves``, which are more often verbs (``whoever lives there``)."""
_EN_SINGULAR = {plural: singular for singular, plural in _EN_IRREGULAR.items() if plural != "people"}


def _english_plurals(word: str) -> set[str]:
    """The plural of a folded English noun where it is not ``-s`` / ``-es`` (``policy`` /
    ``policies``, ``crisis`` / ``crises``, ``chairman`` / ``chairmen``, ``index`` / ``indices``,
    ``memorandum`` / ``memoranda``, ``stimulus`` / ``stimuli``, ``child`` / ``children``), and
    the singular of such a plural where only one noun has it (``policies``, ``chairmen``,
    ``children``; not ``bases``, ``basis`` or ``base``, nor ``media``, whose singular ``medium``
    is also an adjective): the forms an English source term takes that its plural in ``-s``
    misses, since English source terms are not matched by lemma (module docstring)."""
    out = set()
    if word in _EN_IRREGULAR:
        out.add(_EN_IRREGULAR[word])
    if word in _EN_SINGULAR:
        out.add(_EN_SINGULAR[word])
    if len(word) >= 3 and word.endswith("y") and word[-2] not in "aeiou":
        out.add(word[:-1] + "ies")
    if len(word) >= 5 and word.endswith("ies"):
        out.add(word[:-3] + "y")
    if len(word) >= 4 and word.endswith("is"):
        out.add(word[:-2] + "es")
    if word.endswith("man"):
        out.add(word[:-3] + "men")
    if len(word) >= 4 and word.endswith("men"):
        out.add(word[:-3] + "man")
    if len(word) >= 5 and word.endswith(("ex", "ix")):
        out.add(word[:-2] + "ices")
    if len(word) >= 5 and word.endswith("um"):
        out.add(word[:-2] + "a")
    if len(word) >= 5 and word.endswith("us"):
        out.add(word[:-2] + "i")
    return out


def _word_matches(pattern: _Word, word: str, capitals: bool, keys: tuple[str, ...]) -> bool:
    if pattern.capitals and not capitals:
        return False
    if pattern.wildcard:
        return word.startswith(pattern.text)
    return any(k in pattern.keys for k in keys)


class _Matcher:
    """Finds which of a list of forms occur in a text of ``lang``, a word also by its lemma with
    ``lemmas``, by its Snowball stem with ``stems``."""

    def __init__(self, forms: Sequence[str], lang: str, lemmas: bool, stems: bool) -> None:
        self._options = (lang, lemmas, stems)
        self._literal: list[tuple[str, re.Pattern[str]]] = []
        self._exact: dict[str, list[tuple[str, tuple[_Word, ...]]]] = {}
        self._prefix: dict[str, list[tuple[str, tuple[_Word, ...]]]] = {}
        for form in dict.fromkeys(forms):
            if _UNSPACED.search(form):
                self._literal.append((form, re.compile(re.escape(fold(form)))))
                continue
            if not form.strip():
                continue
            words = () if _SYMBOL.search(form) else _words(form, lang, lemmas, stems)
            if not words:  # a symbol (``C++``, ``R&D``) or no word at all (``...``): matched as written
                self._literal.append((form, re.compile(rf"(?<![^\W_]){re.escape(fold(form))}(?![^\W_])")))
                continue
            first = words[0]
            if first.wildcard:
                self._prefix.setdefault(first.text, []).append((form, words))
                continue
            for key in first.keys:
                self._exact.setdefault(key, []).append((form, words))

    def found(self, text: str) -> set[str]:
        return {form for form, _, _ in self.occurrences(text)}

    def occurrences(self, text: str) -> list[tuple[str, int, int]]:
        """Each occurrence of a form in ``text``: the form and the words it spans (``-1, -1`` for a
        form matched in the characters: a symbol, a language written without spaces)."""
        words = _text_words(text, *self._options)
        out: list[tuple[str, int, int]] = []
        for i, (word, _, keys) in enumerate(words):
            candidates = [c for key in keys for c in self._exact.get(key, ())]
            if self._prefix:
                for k in range(1, len(word) + 1):
                    candidates += self._prefix.get(word[:k], ())
            for form, pattern in dict.fromkeys(candidates):
                if i + len(pattern) > len(words):
                    continue
                if all(_word_matches(p, *words[i + k]) for k, p in enumerate(pattern)):
                    out.append((form, i, i + len(pattern)))
        if self._literal:
            folded = fold(text)
            out += [(form, -1, -1) for form, pattern in self._literal if pattern.search(folded)]
        return out


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


def read_glossary(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Glossary:
    """Read a glossary: TBX (``.tbx``, or XML with ``termEntry`` / ``conceptEntry``: each entry's
    terms by ``xml:lang``, those whose administrative status or normative authorization, a
    ``termNote`` or TBX 3's DCT element, says deprecated, superseded, forbidden, not recommended
    or obsolete marked not to use), or CSV / TSV of term pairs, one pair
    a row, several rows for a term with several renderings, and an optional header row of
    language codes (``en,fr``; DeepL's and Google's glossary files), or the same table as the
    sheet of an Excel workbook (``.xlsx``) with the most rows of two cells. AlignError for a file that is missing, binary,
    empty or holds no term pair."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    if path.suffix.lower() == ".xlsx" or data.startswith(b"PK\x03\x04"):
        return _read_rows(xlsx_rows(data, str(path), max_bytes, "glossary"), str(path))
    text, _ = decode_text(data, str(path), "no terms")
    head = text.lstrip("\ufeff").lstrip()
    if path.suffix.lower() == ".tbx" or head.startswith("<"):
        return _read_tbx(text, str(path))
    rows = table_rows(text)
    for number, row in enumerate(rows, start=1):
        if any("\n" in cell for cell in row):  # no term holds a line break: an unclosed quote
            raise AlignError(
                f"{path}: row {number} opens a quote that is not closed on its line, so the rows "
                "after it would be read as one term; close or remove the quote"
            )
    return _read_rows(rows, str(path))


def _read_tbx(text: str, name: str) -> Glossary:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        root = etree.fromstring(re.sub(r"\A\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff")).encode(), parser)
    except etree.XMLSyntaxError as exc:
        raise AlignError(f"{name}: not a well-formed TBX file ({exc.msg})") from exc
    entries = []
    langs: dict[str, None] = {}
    for entry in root.iter("{*}termEntry", "{*}conceptEntry"):
        forms: dict[str, list[Form]] = {}
        for lang_set in entry.iter("{*}langSet", "{*}langSec"):
            code = base_lang(
                lang_set.get("{http://www.w3.org/XML/1998/namespace}lang") or lang_set.get("lang") or ""
            )
            if not code:
                continue
            for term in lang_set.iter("{*}term"):
                written = " ".join("".join(term.itertext()).split())
                if not written:
                    continue
                group = term.getparent()
                notes = " ".join(
                    (n.text or "").lower()
                    for n in group.iter()
                    if isinstance(n.tag, str)
                    and (
                        (etree.QName(n).localname == "termNote" and (n.get("type") or "") in _STATUS_TYPES)
                        or etree.QName(n).localname
                        in _STATUS_TYPES  # TBX 3 DCT: <basic:administrativeStatus>
                    )
                )
                forms.setdefault(code, []).append(Form(written, any(s in notes for s in _AVOID_STATUS)))
        if forms:  # one language only: counted as left out (``Terms.left_out``)
            entries.append({code: tuple(f) for code, f in forms.items()})
            langs.update(dict.fromkeys(forms))
    if not any(len(entry) >= 2 for entry in entries):
        raise AlignError(f"{name}: no TBX entry with terms in two languages (termEntry / langSet / term)")
    return Glossary(name, tuple(entries), tuple(langs), named=True)


def _read_rows(table: Iterable[Sequence[str]], name: str) -> Glossary:
    rows = [[c.strip() for c in row] for row in table]
    rows = [r for r in rows if any(r) and not r[0].startswith("#")]
    is_header, codes = table_header(rows[0] if rows else [])
    named = codes is not None
    columns = [k for k, c in enumerate(codes) if c] if codes else [0, 1]
    langs = tuple(base_lang(codes[k]) for k in columns) if codes else ("1", "2")
    if is_header:
        rows = rows[1:]
    by_source: dict[str, dict[str, list[Form]]] = {}
    for row in rows:
        cells = [row[k] if k < len(row) else "" for k in columns]
        if len(cells) < 2 or not cells[0]:
            continue
        entry = by_source.setdefault(cells[0].casefold(), {})
        for code, cell in zip(langs, cells):  # a term without a rendering: counted as left out
            if cell and Form(cell) not in entry.setdefault(code, []):
                entry[code].append(Form(cell))
    if not any(len(entry) >= 2 for entry in by_source.values()):
        raise AlignError(
            f"{name}: no term pairs found (one pair a row: source term, target term; "
            "tab- or comma-separated, an optional header of language codes such as en,fr)"
        )
    entries = tuple({code: tuple(f) for code, f in entry.items()} for entry in by_source.values())
    return Glossary(name, entries, langs, named)
