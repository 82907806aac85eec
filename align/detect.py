"""Detect stage: the language of every paragraph and sentence (langdetect, seeded).

langdetect is stochastic; its factory seed is fixed before each use so runs are deterministic.
Sentences too short to judge inherit their paragraph's language, and paragraphs too short to
judge inherit their neighbours'.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from align.errors import AlignError
from align.languages import base_lang, code_of, is_code, lang_name, word_forms
from align.types import Segment

MIN_CHARS = 25
_LETTERS_NEEDED = 12


@dataclass(frozen=True)
class Detection:
    """Language guess for one text: ISO 639-1 code (``und`` if unknown) and its probability."""

    lang: str
    confidence: float


@lru_cache(maxsize=1)
def supported_languages() -> frozenset[str]:
    """Language codes langdetect knows (profiles shipped with the package), without a region:
    ``zh-cn`` and ``zh-tw`` are both ``zh``, as ``detect_text`` reports them."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    return frozenset(base_lang(code) for code in detector_factory._factory.get_lang_list())


CAPITALS_SHARE = 0.8
"""Share of a text's cased letters in capitals above which it is read in lower case."""


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals (``CAPITALS_SHARE`` of its cased letters), as
    broadcast captions and some headings are."""
    upper, lower = sum(map(str.isupper, text)), sum(map(str.islower, text))
    return upper + lower > 0 and upper >= CAPITALS_SHARE * (upper + lower)


def _cased_as_usual(text: str) -> str:
    """``text`` in lower case when it is written in capitals (``in_capitals``): langdetect's
    profiles are of ordinary text, and in capitals it reads English and French as German (the
    mixed seed file in capitals: 25 segments German, its French among them)."""
    return text.lower() if in_capitals(text) else text


READ_CACHE = 1 << 16
"""Texts whose langdetect reading is kept: every paragraph and sentence of a long transcript."""


@lru_cache(maxsize=READ_CACHE)
def _read_probabilities(text: str) -> tuple[tuple[str, float], ...]:
    """langdetect's probabilities for ``text``, kept per text: seeded, they depend on the text
    alone, and a run reads most texts twice or more (unrestricted to find a file's languages,
    then restricted to them; a paragraph of one sentence as paragraph and as sentence), which
    made detection half a run's time on the sample pair once its embeddings were cached."""
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.append(_cased_as_usual(text))
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return ()
    probs: dict[str, float] = {}
    for p in found:  # zh-cn and zh-tw both count for zh
        probs[base_lang(p.lang)] = probs.get(base_lang(p.lang), 0.0) + p.prob
    return tuple(_marks_checked(text, _script_checked(text, probs)).items())


_INVERTED = re.compile("[¿¡]")
_NOT_INVERTING = ("pt", "it", "fr", "ro", "ca")


def _marks_checked(text: str, probs: dict[str, float]) -> dict[str, float]:
    """Only Spanish opens a question or an exclamation upside down: a short Spanish line that
    langdetect reads as Portuguese (``Ministro, ¿habrá trasvases nuevos?`` -> pt) is Spanish."""
    if not _INVERTED.search(text) or not any(lang in probs for lang in _NOT_INVERTING):
        return probs
    out = {lang: p for lang, p in probs.items() if lang not in _NOT_INVERTING}
    out["es"] = out.get("es", 0.0) + sum(probs.get(lang, 0.0) for lang in _NOT_INVERTING)
    return out


def _script_checked(text: str, probs: dict[str, float]) -> dict[str, float]:
    """langdetect reads much Traditional Chinese as Korean ("拉夫羅夫說" -> ko 0.71): Korean is
    written in Hangul and Japanese with kana, so ideographs without them are Chinese."""
    if not any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in text):
        return probs
    present = {
        "ko": any(
            "\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in text
        ),
        "ja": any("\u3040" <= c <= "\u30ff" for c in text),
    }
    out = dict(probs)
    for lang, written in present.items():
        if lang in out and not written:
            out["zh"] = out.get("zh", 0.0) + out.pop(lang)
    return out


FUNCTION_WORDS: dict[str, set[str]] = {
    "en": {
        "the",
        "and",
        "of",
        "to",
        "is",
        "that",
        "in",
        "it",
        "we",
        "you",
        "are",
        "was",
        "with",
        "for",
        "this",
        "have",
        "not",
        "be",
        "on",
        "they",
        "which",
        "our",
        "at",
        "by",
        "what",
        "there",
        "would",
        "will",
        "from",
        "but",
        "has",
        "were",
        "been",
        "their",
        "he",
        "his",
        "she",
        "her",
        "as",
        "an",
        "or",
        "do",
        "if",
        "my",
        "did",
        "had",
        "him",
        "them",
        "who",
        "when",
        "said",
        "your",
        "could",
        "yes",
    },
    "fr": {
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "et",
        "est",
        "que",
        "qui",
        "une",
        "un",
        "dans",
        "nous",
        "vous",
        "pour",
        "pas",
        "sur",
        "avec",
        "ce",
        "cette",
        "il",
        "elle",
        "sont",
        "au",
        "aux",
        "ne",
        "se",
        "en",
        "son",
        "sa",
        "ses",
        "leur",
        "mais",
        "ou",
        "par",
        "a",
        "avons",
        "avez",
        "etait",
        "ont",
        "je",
        "j",
        "l",
        "d",
        "qu",
        "n",
        "s",
        "c",
    },
    "de": {
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "zu",
        "mit",
        "den",
        "dem",
        "wir",
        "sie",
        "es",
        "auf",
        "fur",
        "von",
        "sich",
        "auch",
        "wird",
        "dass",
        "ich",
    },
    "es": {
        "el",
        "los",
        "las",
        "y",
        "es",
        "que",
        "de",
        "del",
        "en",
        "un",
        "una",
        "por",
        "para",
        "con",
        "no",
        "se",
        "su",
        "sus",
        "nosotros",
        "pero",
        "como",
        "esta",
        "al",
    },
}
"""Common function words of English, French, German and Spanish, folded."""


def function_word_share(text: str, lang: str) -> float:
    """Share of the words of ``text`` that are common function words of ``lang`` (0 if unknown),
    read without case and accents: evidence of a text's language that a short text gives more
    surely than its letters do."""
    vocab = FUNCTION_WORDS.get(lang)
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = re.findall(r"[a-z]+", plain.casefold())
    if not vocab or not words:
        return 0.0
    return sum(1 for w in words if w in vocab) / len(words)


OTHER_LETTERS = 80
"""Letters from which a text that langdetect finds no trace of either allowed language in is in
a third language (a Russian paragraph in an English-French file, a French file named German by
``--langs``). Shorter texts are often misread that way (``Toward midday, Lord de Winter
entered.`` -> nl 0.99999): no sentence of 60 letters or more of 7,600 in the benchmarks' English,
French and German was."""


_NOT_LANGUAGE = re.compile(r"\S*(?:://|www\.|@[\w-]+\.|[=_\\/<>{}|])\S*")


def without_code(text: str) -> str:
    """``text`` without its web addresses, e-mail addresses and code (``pip install
    acme==2.4``, ``https://…``, ``press@acme.example``): no words of any language, which
    langdetect reads as Italian or Dutch and a translation keeps as they are."""
    return _NOT_LANGUAGE.sub(" ", text)


def detect_text(text: str, allowed: Sequence[str] | None = None) -> Detection:
    """Most probable language of ``text``, restricted to ``allowed`` when given. An allowed
    language langdetect has no profile for (Icelandic, which it reads as German or Norwegian)
    takes the probability of every language outside ``allowed``; otherwise a text of
    ``OTHER_LETTERS`` or more with no allowed language among langdetect's guesses keeps the
    language it is in, so that it is left out rather than put in a stream it is not in."""
    text = without_code(text)
    letters = sum(ch.isalpha() for ch in text)
    if letters < _LETTERS_NEEDED:
        return Detection("und", 0.0)
    probs = dict(_read_probabilities(text))
    if allowed:
        blind = [lang for lang in allowed if lang not in supported_languages()]
        rest = sum(p for lang, p in probs.items() if lang not in allowed)
        inside = {lang: p for lang, p in probs.items() if lang in allowed}
        if not inside and not blind and letters >= OTHER_LETTERS:
            return _most_probable(probs)
        probs = inside
        if blind and rest > 0:
            probs[blind[0]] = probs.get(blind[0], 0.0) + rest
    return _most_probable(probs)


HINT_PROB = 0.9
"""Least probability of an allowed language, langdetect's prior limited to the allowed ones
(``allowed_guess``), for an undetermined text to take it rather than its nearest neighbour's."""


def allowed_guess(text: str, allowed: Sequence[str]) -> Detection:
    """The language of a text that ``detect_text`` leaves undetermined (short, read as a
    language outside ``allowed``: ``Dank u wel, tot de volgende keer.`` as Afrikaans), with
    langdetect's prior limited to ``allowed`` (its profiles' n-grams weighed among those alone);
    ``und`` under ``HINT_PROB`` or where an allowed language has no profile. Unsure on a few
    words (``Merci beaucoup.`` is English at 0.86), so the last resort of ``_fill_unknown``."""
    from langdetect import DetectorFactory, detector_factory
    from langdetect.lang_detect_exception import LangDetectException

    text = without_code(text)
    known = supported_languages()
    if (
        not allowed
        or any(lang not in known for lang in allowed)
        or sum(map(str.isalpha, text)) < _LETTERS_NEEDED
    ):
        return Detection("und", 0.0)
    DetectorFactory.seed = 0
    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.set_prior_map(
        {code: 1.0 for code in detector_factory._factory.get_lang_list() if base_lang(code) in allowed}
    )
    detector.append(_cased_as_usual(text))
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return Detection("und", 0.0)
    best = max(found, key=lambda p: p.prob, default=None)
    if best is None or best.prob < HINT_PROB or base_lang(best.lang) not in allowed:
        return Detection("und", 0.0)
    return Detection(base_lang(best.lang), 0.0)


def _most_probable(probs: dict[str, float]) -> Detection:
    """The most probable language (ties to the first code), ``und`` where there is none."""
    if not probs:
        return Detection("und", 0.0)
    lang, prob = max(sorted(probs.items()), key=lambda kv: kv[1])
    return Detection(lang, round(prob, 4))


_SCRIPTS = {
    **dict.fromkeys(("ru", "uk", "bg", "mk", "be", "kk", "ky", "mn", "tg"), frozenset({"CYRILLIC"})),
    "sr": frozenset({"CYRILLIC", "LATIN"}),
    "el": frozenset({"GREEK"}),
    **dict.fromkeys(("ar", "fa", "ur", "ps"), frozenset({"ARABIC"})),
    **dict.fromkeys(("he", "yi"), frozenset({"HEBREW"})),
    "zh": frozenset({"CJK"}),
    "ja": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "ko": frozenset({"HANGUL", "CJK"}),
    "th": frozenset({"THAI"}),
    **dict.fromkeys(("hi", "mr", "ne"), frozenset({"DEVANAGARI"})),
    "bn": frozenset({"BENGALI"}),
    "ka": frozenset({"GEORGIAN"}),
    "hy": frozenset({"ARMENIAN"}),
}
"""The scripts a language is written in; any other language is written in Latin letters."""


def script_of(text: str) -> str | None:
    """The script most letters of ``text`` are written in, by their Unicode names ("LATIN",
    "CYRILLIC", "CJK" …), None for a text without letters."""
    scripts = Counter(unicodedata.name(c, "?").split()[0] for c in text if c.isalpha())
    return max(sorted(scripts.items()), key=lambda kv: kv[1])[0] if scripts else None


def _writes(lang: str, script: str | None) -> bool:
    """Whether ``lang`` is written in ``script`` (any language for a text without letters)."""
    return script is None or script in _SCRIPTS.get(lang, frozenset({"LATIN"}))


def _fill_unknown(
    detections: list[Detection],
    texts: Sequence[str],
    speakers: Sequence[str | None] = (),
    guesses: Sequence[Detection] = (),
) -> list[Detection]:
    """Give undetermined entries the language their speaker speaks everywhere else
    (``_speaker_langs``), or where the text alternates languages entry by entry that of the
    entries an even number of places away (``_alternating``), or their guess among the allowed
    languages (``guesses``: ``allowed_guess``; ``Dank u wel, tot de volgende keer.`` after a
    one-sided French answer), or the language of their speaker's one other determined entry
    (``Moderator: Thank you.`` after ``Moderatör: Teşekkürler.``, its label heard once before in
    English), or else the language of the nearest determined neighbour (before wins) written in
    their script: in a file whose Russian turns follow the English ones, a
    short ``Спасибо.`` takes the Russian around it, not the English line just before it; the
    English moderator's ``Thank you all.`` is English."""
    known = [i for i, d in enumerate(detections) if d.lang != "und"]
    if not known:
        return detections
    spoken = _speaker_langs(detections, speakers)
    heard = _speaker_langs(detections, speakers, least=1)
    out = list(detections)
    for i, d in enumerate(detections):
        if d.lang == "und":
            script = script_of(texts[i])
            own = spoken.get(speakers[i]) if speakers else None
            if own and _writes(own, script):
                out[i] = Detection(own, 0.0)
                continue
            alternate = _alternating(detections, i)
            if alternate and _writes(alternate, script):
                out[i] = Detection(alternate, 0.0)
                continue
            if guesses and guesses[i].lang != "und" and _writes(guesses[i].lang, script):
                out[i] = guesses[i]
                continue
            own = heard.get(speakers[i]) if speakers else None
            if own and _writes(own, script):
                out[i] = Detection(own, 0.0)
                continue
            fitting = [k for k in known if _writes(detections[k].lang, script)] or known
            nearest = min(fitting, key=lambda k: (abs(k - i), k > i))
            out[i] = Detection(detections[nearest].lang, 0.0)
    return out


def _speaker_langs(
    detections: Sequence[Detection], speakers: Sequence[str | None], least: int = 2
) -> dict[str | None, str]:
    """The language each speaker label speaks where it holds at least ``least`` determined entries
    and all in one language: in an interpreted transcript each label speaks one language
    (``MODERATOR`` English, ``MODERADORA`` Spanish, ``INTÉRPRETE`` Spanish)."""
    seen: dict[str | None, Counter[str]] = {}
    for det, who in zip(detections, speakers):
        if who is not None and det.lang != "und":
            seen.setdefault(who, Counter())[det.lang] += 1
    return {who: next(iter(c)) for who, c in seen.items() if len(c) == 1 and c.total() >= least}


ALTERNATION_WINDOW = 6
"""Entries each side of an undetermined one whose languages tell whether the text alternates."""


def _alternating(detections: Sequence[Detection], i: int) -> str | None:
    """The language entry ``i`` has where the text around it alternates between two languages
    entry by entry (a turn, then its translation): that of the entries an even number of places
    away, where at least three quarters of them hold one language and of the others another.
    ``Sí.`` after an English paragraph and before ``Yes.`` is Spanish, not the English before."""
    sides: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    for j in range(max(0, i - ALTERNATION_WINDOW), min(len(detections), i + ALTERNATION_WINDOW + 1)):
        if j != i and detections[j].lang != "und":
            sides[(j - i) % 2][detections[j].lang] += 1
    (same, n_same), (other, n_other) = (c.most_common(1)[0] if c else ("", 0) for c in sides)
    if n_same < 2 or n_other < 2 or same == other:
        return None
    if 4 * n_same < 3 * sum(sides[0].values()) or 4 * n_other < 3 * sum(sides[1].values()):
        return None
    return same


_ALPHABETS: dict[str, frozenset[str]] = {
    lang: frozenset(letters)
    for lang, letters in {
        "en": "", "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß", "es": "áéíñóúü¿¡", "pt": "àáâãçéêíóôõú",
        "it": "àèéìíîòóù", "nl": "áéèëïóöü", "ca": "àçéèíïòóúü", "ro": "ăâîșțşţ", "pl": "ąćęłńóśźż",
        "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "čšž", "hr": "čćđšž",
        "hu": "áéíóöőúüű", "fi": "äöåšž", "et": "äöõüšž", "sv": "åäöé", "da": "æøåé", "no": "æøåé",
        "tr": "çğıöşüâîû", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "sq": "çë", "is": "áðéíóúýþæö",
    }.items()
}  # fmt: skip
"""The letters beyond a to z each Latin-script language writes (and Spanish its inverted marks)."""

_WORDS = re.compile(r"[^\W\d_]+|[¿¡]")


def letters_say(text: str, allowed: Sequence[str] | None) -> str | None:
    """The one ``allowed`` language whose alphabet (``_ALPHABETS``) holds every letter beyond a to
    z of ``text``'s first word and its words in lower case (a capitalised word further on is a
    name: ``Mr Şahin``), where the other's does not: a line too short for langdetect
    (``Teşekkürler.`` is Turkish beside English, ``¿Y en España?`` Spanish beside Portuguese).
    None where the letters do not tell, or a language has no alphabet listed."""
    if not allowed or len(allowed) != 2 or any(lang not in _ALPHABETS for lang in allowed):
        return None
    words = _WORDS.findall(text)
    read = [w for k, w in enumerate(words) if k == 0 or not w[0].isupper()]
    marks = {c for w in read for c in w.lower() if not ("a" <= c <= "z")}
    if not marks:
        return None
    fits = [lang for lang in allowed if marks <= _ALPHABETS[lang]]
    return fits[0] if len(fits) == 1 else None


def words_say(text: str, allowed: Sequence[str] | None) -> str | None:
    """The one of two ``allowed`` languages whose dictionary (simplemma's word forms) knows more
    of ``text``'s words in lower case than the other's does: a line too short for langdetect and
    its letters (``Merci.`` French, ``Thank you.`` English). None where they know as many, or a
    language has no dictionary."""
    if not allowed or len(allowed) != 2:
        return None
    forms = [word_forms(lang) or {} for lang in allowed]
    if not all(forms):
        return None
    words = [w.lower() for w in _WORDS.findall(text)]
    known = [sum(w in f for w in words) for f in forms]
    return allowed[0] if known[0] > known[1] else allowed[1] if known[1] > known[0] else None


def detect_paragraphs(
    texts: Sequence[str], allowed: Sequence[str] | None = None, speakers: Sequence[str | None] = ()
) -> list[Detection]:
    """Language of each paragraph; those too short for langdetect take the language their letters
    say (``letters_say``), else their speaker's (``speakers``: each paragraph's label), their
    neighbours' or their guess among the ``allowed`` languages (``_fill_unknown``)."""
    found = [_weighed(t, detect_text(t, allowed), allowed) for t in texts]
    found = [
        Detection(letters_say(t, allowed) or "und", 0.0) if d.lang == "und" else d
        for t, d in zip(texts, found)
    ]
    guesses = [allowed_guess(t, allowed) if d.lang == "und" and allowed else d for t, d in zip(texts, found)]
    return _fill_unknown(found, texts, speakers, guesses)


def _weighed(text: str, found: Detection, allowed: Sequence[str] | None) -> Detection:
    """``found``, or the other of two ``allowed`` languages where ``found`` is read under
    ``DOUBT`` and the text's function words are the other's alone: a signature between French
    and German, ``Thomas Berger, maire de Kehl`` (German at 0.43, its names German; English
    unrestricted), is French by its ``de``. A line read surely keeps its reading: ``Am Ende des
    Tages`` is German at 1.0 though ``des`` is also French."""
    if allowed is None or len(allowed) != 2 or found.lang not in allowed or found.confidence >= DOUBT:
        return found
    other = allowed[1 - allowed.index(found.lang)]
    if function_word_share(text, found.lang) == 0 < function_word_share(text, other):
        return Detection(other, found.confidence)
    return found


def detect_segments(
    segments: Sequence[Segment],
    paragraph_langs: Sequence[Detection],
    allowed: Sequence[str] | None = None,
) -> list[Detection]:
    """Language of each sentence; sentences under MIN_CHARS, or read doubtfully as another
    language than their paragraph (``DOUBT``, ``OVERRIDE``), inherit their paragraph's language
    where it is written in their script (else they take a neighbour's that is)."""
    out = []
    for seg in segments:
        para = paragraph_langs[seg.para]
        if not _writes(para.lang, script_of(seg.text)):
            para = Detection("und", 0.0)
        if len(seg.text) < MIN_CHARS:
            out.append(Detection(para.lang, para.confidence))
            continue
        det = _weighed(seg.text, detect_text(seg.text, allowed), allowed)
        doubted = det.lang != para.lang and para.confidence >= DOUBT
        doubted &= det.confidence < OVERRIDE or not _words_agree(seg.text, det.lang, para.lang)
        out.append(det if det.lang != "und" and not doubted else Detection(para.lang, para.confidence))
    return _fill_unknown(out, [seg.text for seg in segments])


def _words_agree(text: str, lang: str, other: str) -> bool:
    """Whether the function words of ``text`` (``FUNCTION_WORDS``) do not gainsay reading it as
    ``lang`` rather than ``other``: more of ``lang``'s than of ``other``'s, where both languages
    have a list (else no evidence either way). langdetect reads short English sentences as
    French at 1.0 (``Let me just check my figures.``, ``Ms. Dubé, you have seven minutes.``)."""
    if lang not in FUNCTION_WORDS or other not in FUNCTION_WORDS:
        return True
    return function_word_share(text, lang) > function_word_share(text, other)


DOUBT = 0.5
"""langdetect's probability from which a paragraph's language holds for its sentences read as
another language under ``OVERRIDE``: the English interpreter's ``Good afternoon, ladies and
gentlemen.`` read as Dutch at 0.14 (the rest of the probability on languages outside
``--langs``), ``Das Schiff hatte 2.300 Container an Bord.`` as English at 0.57 in a German
statement."""

OVERRIDE = 0.8
"""langdetect's probability from which a sentence read as another language than its paragraph
keeps its own (a turn that holds its interpretation in the same paragraph), where its function
words agree (``_words_agree``)."""


def langs_of(langs: str | Sequence[str] | None) -> tuple[str, str] | None:
    """Languages given from Python as ``--langs`` is read (``parse_langs``): ``"en,fr"``,
    ``("EN", "fr-FR")`` and ``("eng", "fre")`` are ``("en", "fr")``; AlignError for an unknown
    code or a count other than two."""
    if langs is None:
        return None
    if not isinstance(langs, str) and not (
        isinstance(langs, Sequence) and all(isinstance(x, str) for x in langs)
    ):
        raise AlignError(f"langs: two language codes, as 'en,fr' or ('en', 'fr'), not {langs!r}")
    return parse_langs(langs if isinstance(langs, str) else ",".join(langs))


def parse_langs(value: str | None) -> tuple[str, str] | None:
    """``"en,fr"`` to ``("en", "fr")``, with a clear error for malformed or unknown codes; a
    region is dropped (``en,zh-cn`` -> ``("en", "zh")``), as language detection drops it, and
    a language may be named (``english,french``) or given its three-letter code (``eng,fre``).
    One of the two may be a language langdetect cannot detect (``en,is``: see ``detect_text``),
    not both, since nothing would then tell them apart."""
    if value is None:
        return None
    codes = [code_of(c.strip()) for c in value.split(",") if c.strip()]
    if len(codes) != 2 or codes[0] == codes[1]:
        raise AlignError(f"--langs {value!r}: give two different language codes, e.g. --langs en,fr")
    for code in codes:
        if not is_code(code):
            raise AlignError(
                f"--langs: unknown language {code!r}; use ISO 639-1 codes such as en, fr, de, ru, or names "
                "such as english, french"
            )
    known = supported_languages()
    if not set(codes) & known:
        raise AlignError(
            f"--langs {value!r}: language detection knows neither {lang_name(codes[0])} nor "
            f"{lang_name(codes[1])}, so it cannot tell them apart; one of the two must be a language it knows"
        )
    return codes[0], codes[1]
