"""Language names: for messages (``lang_name``), and to read a table's header that names its
columns' languages in words (``English``, ``Français``, ``French (Canada)``) instead of codes;
and each language's word forms (``word_forms``), to tell a word of it from a name or a fragment."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

NAMES: dict[str, str] = {
    "af": "Afrikaans",
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "eu": "Basque",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "gl": "Galician",
    "gu": "Gujarati",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "is": "Icelandic",
    "it": "Italian",
    "ja": "Japanese",
    "kn": "Kannada",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "ml": "Malayalam",
    "mr": "Marathi",
    "ms": "Malay",
    "mt": "Maltese",
    "ne": "Nepali",
    "nl": "Dutch",
    "no": "Norwegian",
    "pa": "Punjabi",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "so": "Somali",
    "sq": "Albanian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "te": "Telugu",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
"""English names of the languages langdetect tells apart, and of a few more CAT tools name."""

_OTHER_NAMES: dict[str, str] = {
    "deutsch": "de",
    "español": "es",
    "castellano": "es",
    "français": "fr",
    "italiano": "it",
    "português": "pt",
    "brazilian portuguese": "pt",
    "nederlands": "nl",
    "flemish": "nl",
    "polski": "pl",
    "íslenska": "is",
    "svenska": "sv",
    "dansk": "da",
    "norsk": "no",
    "norwegian bokmål": "no",
    "bokmål": "no",
    "nynorsk": "no",
    "suomi": "fi",
    "čeština": "cs",
    "magyar": "hu",
    "română": "ro",
    "türkçe": "tr",
    "ελληνικά": "el",
    "русский": "ru",
    "українська": "uk",
    "български": "bg",
    "עברית": "he",
    "العربية": "ar",
    "فارسی": "fa",
    "हिन्दी": "hi",
    "中文": "zh",
    "简体中文": "zh",
    "繁體中文": "zh",
    "simplified chinese": "zh",
    "traditional chinese": "zh",
    "mandarin": "zh",
    "日本語": "ja",
    "한국어": "ko",
}
"""Languages' own names, and other English names tables use."""

_THREE_LETTERS: dict[str, str] = {
    "ara": "ar",
    "bul": "bg",
    "cat": "ca",
    "ces": "cs",
    "cze": "cs",
    "chi": "zh",
    "zho": "zh",
    "dan": "da",
    "deu": "de",
    "ger": "de",
    "ell": "el",
    "gre": "el",
    "eng": "en",
    "spa": "es",
    "est": "et",
    "fas": "fa",
    "per": "fa",
    "fin": "fi",
    "fra": "fr",
    "fre": "fr",
    "heb": "he",
    "hin": "hi",
    "hrv": "hr",
    "hun": "hu",
    "ind": "id",
    "isl": "is",
    "ice": "is",
    "ita": "it",
    "jpn": "ja",
    "kor": "ko",
    "lit": "lt",
    "lav": "lv",
    "nld": "nl",
    "dut": "nl",
    "nor": "no",
    "nob": "no",
    "nno": "no",
    "nb": "no",
    "nn": "no",
    "pol": "pl",
    "por": "pt",
    "ron": "ro",
    "rum": "ro",
    "rus": "ru",
    "slk": "sk",
    "slo": "sk",
    "slv": "sl",
    "srp": "sr",
    "swe": "sv",
    "tha": "th",
    "tur": "tr",
    "ukr": "uk",
    "urd": "ur",
    "vie": "vi",
}
"""ISO 639-2 / 639-3 codes (memoQ's ``eng``, ``fre``) and Norwegian's written forms, as the
two-letter code langdetect and the drift checks use."""

_ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da "
    "de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz "
    "ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln "
    "lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi "
    "pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti "
    "tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split()
)
"""The two-letter codes of ISO 639-1."""

_BY_NAME: dict[str, str] = {name.casefold(): code for code, name in NAMES.items()} | _OTHER_NAMES
_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$", re.I)
SOURCE_WORDS = frozenset({"source", "src", "original"})
TARGET_WORDS = frozenset({"target", "tgt", "translation"})
"""Words that name a table's source or target column (``Source``, ``Translation``)."""
_ROLE_WORDS = SOURCE_WORDS | TARGET_WORDS | {"text", "language", "term"}
"""Words a header cell may hold beside its language (``Source text (English)``, ``EN target``)."""
_QUALIFIED = re.compile(r"^(?P<outer>[^()\[\]]*?)\s*[(\[](?P<inner>[^()\[\]]{1,40})[)\]]$")


def lang_name(code: str) -> str:
    """Human name of a language code, for messages: ``French (fr)``."""
    return f"{NAMES.get(code, code)} ({code})"


def base_lang(code: str) -> str:
    """A language code without its region, in lower case and two letters where it has them
    (``zh-cn``, ``pt_BR``, ``eng``, ``nb-NO`` -> ``zh``, ``pt``, ``en``, ``no``)."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return _THREE_LETTERS.get(base, base)


def code_of(text: str) -> str:
    """The base code of a language given by its code (``fr-CA``, ``fre``) or its name
    (``French``, ``Français``); the text folded to a code where it is neither."""
    return _BY_NAME.get(" ".join(text.casefold().split())) or base_lang(text)


def is_code(text: str) -> bool:
    """Whether ``text`` is a language tag (``en``, ``fr-CA``, ``pt_BR``, ``eng``) of a language
    ISO 639 names (a glossary's first term pair ``sea,mer`` is none)."""
    return bool(_CODE.match(text)) and base_lang(text) in _ISO_639_1


def header_code(cell: str) -> str | None:
    """The language a table's header cell names, as its tag or its name, with or without a role
    or a region: ``en-GB`` -> ``en-GB``; ``English``, ``English (US)``, ``Source text (English)``,
    ``Source (en)``, ``EN target``, ``Français`` -> the base code; None for any other cell (a
    sentence that mentions a language is no header: only role words may stand beside it)."""
    text = " ".join(cell.strip().rstrip(":").split())
    if text.casefold() in _ROLE_WORDS or text.casefold() == "id":
        return None  # "ID" heads a column of identifiers far more often than Indonesian text
    if is_code(text):
        return text
    qualified = _QUALIFIED.match(text)
    if qualified:
        outer, inner = qualified["outer"], qualified["inner"].strip()
        named = _named(outer)
        if named:
            return named
        if _named(inner) and _only_roles(outer):
            return _named(inner)
        if is_code(inner) and _only_roles(outer):
            return base_lang(inner)
        return None
    return _named(text)


def _only_roles(text: str) -> bool:
    return all(word in _ROLE_WORDS for word in text.casefold().replace("-", " ").split())


def _named(text: str) -> str | None:
    """The base code of a language named by ``text`` (a name or a code, with role words)."""
    words = [w for w in text.casefold().replace("-", " ").split() if w not in _ROLE_WORDS]
    if not words or len(words) > 2:
        return None
    rest = " ".join(words)
    if rest in _BY_NAME:
        return _BY_NAME[rest]
    if len(words) == 1 and len(text.split()) > 1 and rest in _ISO_639_1:
        return rest
    return None


@cache
def word_forms(lang: str) -> Mapping[str, str] | None:
    """simplemma's offline dictionary of ``lang`` (word forms, proper names capitalised, other
    words in lower case), None for a language it lacks."""
    try:
        return DefaultDictionaryFactory().get_dictionary(lang)
    except (ValueError, KeyError, OSError):
        return None
