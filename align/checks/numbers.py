"""Numbers of a sentence, in digits or in words, dates, times and relative days,
and the numbers two sides of a link do not share (``number_mismatch``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from align.checks.text import TEXT_CACHE, _fold_same_length, fold
from align.read import CLOCK


@dataclass(frozen=True)
class NumberMention:
    """One number found in a text.

    ``value`` is the normalised value (a float, or ``'month=N'`` for a month name next to a
    number); ``alts`` are other readings of an ambiguous form (``1,000`` is 1000 in English but
    1.0 in French); ``strength`` is ``'strong'`` for digits and roman numerals, ``'weak'`` for
    numbers written as words (translators change these freely) and ``'soft'`` for a bare
    ``one``/``un``/``une``, which can match a ``1`` but never raises a mismatch itself;
    ``first`` marks an ordinal "first" in words (``first``, ``première``, ``erste``), which an
    article never matches.
    """

    value: float | str
    alts: frozenset[float | str] = frozenset()
    strength: str = "strong"
    first: bool = False

    def readings(self) -> frozenset[float | str]:
        return self.alts | {self.value}


_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}  # fmt: skip
_EN_ORDINALS.update({f"{w}th": v for w, v in _EN_UNITS.items() if 13 <= v <= 19})
_EN_UNITS.update({"twoscore": 40, "threescore": 60, "fourscore": 80})
_EN_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}

_FR_UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "quatrevingt": 80,
    "quatrevingts": 80, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
_FR_SCALES = {
    "cent": 100.0,
    "cents": 100.0,
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
}
_FR_EXTRA = {
    "douzaine": 12.0,
    "dizaine": 10.0,
    "quinzaine": 15.0,
    "vingtaine": 20.0,
    "trentaine": 30.0,
    "cinquantaine": 50.0,
    "centaine": 100.0,
    "millier": 1e3,
}
_FR_EXTRA |= {k + "s": v for k, v in list(_FR_EXTRA.items())}


def _fr_ordinal(word: str) -> str:
    stem = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word)
    return (stem[:-1] if stem.endswith("e") else stem) + "ieme"


_FR_ORDINALS = {_fr_ordinal(w): v for w, v in _FR_UNITS.items() if v >= 2 and not w.endswith("ts")}
_FR_ORDINALS |= {_fr_ordinal(w): v for w, v in _FR_SCALES.items() if not w.endswith("s")}
_FR_ORDINALS |= {
    "premier": 1,
    "premiere": 1,
    "premiers": 1,
    "premieres": 1,
    "unieme": 1,
    "second": 2,
    "seconde": 2,
}
_FR_ORDINALS |= {k + "s": v for k, v in list(_FR_ORDINALS.items()) if k.endswith("ieme")}

_DE_UNITS = {
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14,
    "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_DE_TENS = {
    "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
# "zweimal", "dreimal": as English "twice", "thrice" (French, Spanish, Italian write "trois fois")
_DE_TIMES = {("ein" if u == "eins" else u) + "mal": v for u, v in _DE_UNITS.items() if 2 <= v <= 12}
# 1 to 9 as the first part of a compound ("ein", not "eins")
_DE_PREFIXES = {("ein" if u == "eins" else u): v for u, v in _DE_UNITS.items() if 1 <= v <= 9}
# German writes 21 to 99 as one word, units first: "einundzwanzig", "fünfundvierzig".
_DE_COMPOUNDS = {u + "und" + t: uv + tv for u, uv in _DE_PREFIXES.items() for t, tv in _DE_TENS.items()}
# "Achttausender", "Viertausendern": a mountain of 8,000 / 4,000 metres.
_DE_THOUSANDERS = {
    u + "tausender" + ending: uv * 1000.0 for u, uv in _DE_PREFIXES.items() for ending in ("", "n", "s")
}
_DE_ARTICLES = {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1}
_DE_SCALES = {
    "hundert": 100.0, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "milliarde": 1e9,
    "milliarden": 1e9,
}  # fmt: skip
_DE_ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "siebt": 7, "siebent": 7, "acht": 8} | {
    u + "t": v for u, v in _DE_UNITS.items() if 4 <= v <= 19 and u not in ("sieben", "acht")
}
_DE_ORDINALS = {
    stem + ("e" if v < 20 else "ste") + ending: v  # "vierte", "einundzwanzigsten", "hundertstes"
    for stem, v in (_DE_ORDINAL_STEMS | _DE_TENS | _DE_COMPOUNDS | {"hundert": 100, "tausend": 1000}).items()
    for ending in ("", "n", "r", "s", "m")
}

_ES_UNITS = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90,
}  # fmt: skip
# Spanish writes 21 to 29 as one word ("veintidós") and 200 to 900 too ("doscientos").
_ES_UNITS |= {"veinti" + u: 20 + v for u, v in _ES_UNITS.items() if 1 <= v <= 9 and u != "una"} | {
    "veintiuna": 21
}
_ES_HUNDREDS = {
    stem + "cient" + ending: v
    for stem, v in (("dos", 200), ("tres", 300), ("cuatro", 400), ("seis", 600), ("sete", 700),
                    ("ocho", 800), ("nove", 900))
    for ending in ("os", "as")
} | {"quinientos": 500, "quinientas": 500}  # fmt: skip
_ES_SCALES = {
    "cien": 100.0, "ciento": 100.0, "cientos": 100.0, "mil": 1e3, "miles": 1e3, "millon": 1e6,
    "millones": 1e6, "billon": 1e12, "billones": 1e12,
}  # fmt: skip
_ES_ORDINALS = {
    stem + ending: v
    for stem, v in (("primer", 1), ("segund", 2), ("tercer", 3), ("quint", 5), ("sext", 6),
                    ("septim", 7), ("octav", 8), ("noven", 9), ("decim", 10))
    for ending in ("o", "a", "os", "as")
} | {"primer": 1, "tercer": 3, "cuarta": 4, "cuartas": 4}  # fmt: skip
# 11th to 19th in one word: "undécimo", "decimoquinta", "decimoctavo"
_ES_ORDINALS |= {
    stem + ending: v
    for stem, v in (("undecim", 11), ("duodecim", 12), ("decimoprimer", 11), ("decimosegund", 12),
                    ("decimotercer", 13), ("decimocuart", 14), ("decimoquint", 15), ("decimosext", 16),
                    ("decimoseptim", 17), ("decimoctav", 18), ("decimonoven", 19))
    for ending in ("o", "a", "os", "as")
}  # fmt: skip
_TENS_ORDINALS = (
    ("vigesim", 20), ("trigesim", 30), ("cuadragesim", 40), ("quadragesim", 40), ("quincuagesim", 50),
    ("quinquagesim", 50), ("sexagesim", 60), ("septuagesim", 70), ("setuagesim", 70), ("octogesim", 80),
    ("nonagesim", 90), ("centesim", 100),
)  # fmt: skip
"""Spanish and Portuguese ordinals of the tens, the first word of "vigésima séptima" (27th)."""
_ES_ORDINALS |= {stem + ending: v for stem, v in _TENS_ORDINALS for ending in ("o", "a", "os", "as")}
_UNIT_ORDINAL_STEMS = {
    "primer": 1, "primeir": 1, "segund": 2, "tercer": 3, "terceir": 3, "cuart": 4, "quart": 4,
    "quint": 5, "sext": 6, "septim": 7, "setim": 7, "octav": 8, "oitav": 8, "noven": 9, "non": 9,
}  # fmt: skip
_COMPOUND_TENS = dict(_TENS_ORDINALS) | {"decim": 10}
_COMPOUND_ORDINAL = re.compile(
    rf"(?<!\w)({'|'.join(_COMPOUND_TENS)})(?:o|a|os|as)\s+"
    rf"({'|'.join(sorted(_UNIT_ORDINAL_STEMS, key=len, reverse=True))})(?:o|a|os|as)(?!\w)"
)
"""A Spanish or Portuguese ordinal of two words (``vigésima séptima``, ``vigésimo segundo``,
``décimo quinto``), read folded: one number, where "segundo" alone is a second of time."""
_ES_COUNTED = {
    "docena": 12.0, "decena": 10.0, "veintena": 20.0, "centenar": 100.0, "millar": 1e3,
    "docenas": 12.0, "decenas": 10.0, "centenares": 100.0, "millares": 1e3, "treintena": 30.0,
    "cincuentena": 50.0,
}  # fmt: skip
"""Spanish counts ("una docena", "una treintena"); not "cuarentena", a quarantine as often."""

_PT_UNITS = {
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
    "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
    "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
    "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80,
    "noventa": 90,
}  # fmt: skip
_PT_HUNDREDS = {
    stem + ending: v
    for stem, v in (("duzent", 200), ("trezent", 300), ("quatrocent", 400), ("quinhent", 500),
                    ("seiscent", 600), ("setecent", 700), ("oitocent", 800), ("novecent", 900))
    for ending in ("os", "as")
}  # fmt: skip
_PT_SCALES = {
    "cem": 100.0, "cento": 100.0, "mil": 1e3, "milhao": 1e6, "milhoes": 1e6, "bilhao": 1e9,
    "bilhoes": 1e9,
}  # fmt: skip
# "segunda", "quarta", "quinta", "sexta" are also weekdays ("segunda-feira"): not read
_PT_ORDINALS = {
    stem + ending: v
    for stem, v in (("primeir", 1), ("terceir", 3), ("setim", 7), ("oitav", 8), ("non", 9), ("decim", 10))
    for ending in ("o", "a", "os", "as")
} | {stem + ending: v for stem, v in _TENS_ORDINALS for ending in ("o", "a", "os", "as")}  # fmt: skip
_PT_COUNTED = {
    "dezena": 10.0, "duzia": 12.0, "centena": 100.0, "milhar": 1e3,
    "dezenas": 10.0, "duzias": 12.0, "centenas": 100.0, "milhares": 1e3,
}  # fmt: skip

_NL_UNITS = {
    "nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_NL_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
# Dutch writes 21 to 99 units first, as German does ("eenentwintig", "tweeëntwintig")
_NL_COMPOUNDS = {
    u + "en" + t: uv + tv for u, uv in _NL_UNITS.items() if 1 <= uv <= 9 for t, tv in _NL_TENS.items()
}
_NL_SCALES = {
    "honderd": 100.0, "duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9,
}  # fmt: skip
_NL_ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "honderdste": 100,
    "duizendste": 1000,
} | {u + "de": v for u, v in _NL_UNITS.items() if v >= 13} | {
    t + "ste": v for t, v in (_NL_TENS | _NL_COMPOUNDS).items()  # "vijftiende", "eenentwintigste"
}  # fmt: skip

# Italian writes a whole number as one word ("duemilaventidue"), its tens cut before "uno" and
# "otto" ("ventuno", "trentotto") and "cento" before "ottanta" ("centottanta"): ``_word_parts``
# splits such a word into these parts.
_IT_UNITS = {
    "zero": 0, "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
    "settanta": 70, "ottanta": 80, "novanta": 90,
}  # fmt: skip
_IT_UNITS |= {tens[:-1]: v for tens, v in _IT_UNITS.items() if v >= 20}  # "vent", "trent"
_IT_SCALES = {
    "cento": 100.0, "cent": 100.0, "mille": 1e3, "mila": 1e3, "milione": 1e6, "milioni": 1e6,
    "miliardo": 1e9, "miliardi": 1e9,
}  # fmt: skip
# "secondo" is also "according to", "prima" "before", "quarto" a quarter: not read
_IT_ORDINALS = {
    stem + ending: v
    for stem, v in (("prim", 1), ("terz", 3), ("settim", 7), ("ottav", 8), ("decim", 10))
    for ending in ("o", "i")
} | {"terza": 3, "settima": 7, "ottava": 8, "decima": 10}  # fmt: skip


def _it_esimo(cardinal: str) -> str:
    """The stem of an Italian ordinal in -esimo: ``ventidue`` -> ``ventidu``, ``ventitré`` and
    ``ventisei`` whole (``ventitreesimo``, ``ventiseiesimo``)."""
    return cardinal if cardinal.endswith(("tre", "sei")) else cardinal[:-1]


_IT_TENS = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")
_IT_ONES = ("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_IT_CARDINALS = (
    {w: v for w, v in _IT_UNITS.items() if 11 <= v <= 19}
    | {
        (tens[:-1] if one in ("uno", "otto") else tens) + one: 20 + 10 * t + o + 1
        for t, tens in enumerate(_IT_TENS)
        for o, one in enumerate(_IT_ONES)
    }
    | {tens: 20 + 10 * t for t, tens in enumerate(_IT_TENS)}
)
_IT_ORDINALS |= {
    _it_esimo(word) + "esim" + ending: v for word, v in _IT_CARDINALS.items() for ending in "oaie"
}  # "undicesimo", "ventiduesima", "trentesimi": 11th to 99th ("centesimo" is also a cent)
_IT_COUNTED = {
    "dozzina": 12.0, "decina": 10.0, "centinaio": 100.0, "migliaio": 1e3, "dozzine": 12.0,
    "decine": 10.0, "centinaia": 100.0, "migliaia": 1e3, "ventina": 20.0, "trentina": 30.0,
    "quarantina": 40.0, "cinquantina": 50.0, "sessantina": 60.0, "settantina": 70.0, "ottantina": 80.0,
    "novantina": 90.0,
}  # fmt: skip
_IT_PLURAL_COUNTS = frozenset({"migliaia", "centinaia", "decine", "dozzine", "milioni", "miliardi"})
"""Italian plurals of counts ("migliaia di persone"): as "thousands of", no number."""

# Russian declines its numbers, so every case form is listed (written folded, as the text is
# read: "й" -> "и", "ё" -> "е"). Tens and hundreds are one word each ("пятьдесят", "двести");
# "семью" is left out (also "family"); the collective numbers ("пятеро", "двоих"), "оба" (both)
# and "полтора" (one and a half: "полторы тысячи" is 1,500) are read too. Ordinals combine with
# the tens before them ("двадцать первого" is 21st).
_RU_SOFT_SIGN = (
    ("пят", 5), ("шест", 6), ("сем", 7), ("девят", 9), ("десят", 10), ("одиннадцат", 11),
    ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
    ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19),
    ("двадцат", 20), ("тридцат", 30),
)  # fmt: skip
_RU_FORMS = {
    1: "один одна одно одни одного однои одному одним одном одну одною одних одними",
    2: "два две двух двум двумя двое двоих двоим двоими оба обе обоих обеих обоим обеим обоими обеими",
    3: "три трех трем тремя трое троих троим троими",
    4: "четыре четырех четырем четырьмя четверо четверых четверым четверыми",
    8: "восемь восьми восемью восьмью",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
}
_RU_COLLECTIVE = (("пятер", 5), ("шестер", 6), ("семер", 7), ("восьмер", 8), ("девятер", 9), ("десятер", 10))
_RU_UNITS = (
    {stem + e: v for stem, v in _RU_SOFT_SIGN for e in ("ь", "и", "ью") if stem + e != "семью"}
    | {form: v for v, forms in _RU_FORMS.items() for form in forms.split()}
    | {stem + e: v for stem, v in _RU_COLLECTIVE for e in ("о", "ых", "ым", "ыми")}
    | dict.fromkeys(("полтора", "полторы", "полутора"), 1.5)
)
_RU_TIMES = {"дважды": 2, "трижды": 3, "четырежды": 4}
"""Russian "twice", "three times", "four times"."""
_RU_HUNDREDS = {
    form: v
    for v, forms in (
        (200, "двести двухсот двумстам двумястами двухстах"),
        (300, "триста трехсот тремстам тремястами трехстах"),
        (400, "четыреста четырехсот четыремстам четырьмястами четырехстах"),
        (500, "пятьсот пятисот пятистам пятьюстами пятистах"),
        (600, "шестьсот шестисот шестистам шестьюстами шестистах"),
        (700, "семьсот семисот семистам семьюстами семистах"),
        (800, "восемьсот восьмисот восьмистам восемьюстами восьмистах"),
        (900, "девятьсот девятисот девятистам девятьюстами девятистах"),
    )
    for form in forms.split()
}
_RU_NOUN_PLURAL = ("ы", "ов", "ам", "ами", "ах")
_RU_NOUN_ENDINGS = ("", "а", "у", "ом", "е", *_RU_NOUN_PLURAL)
_RU_SCALES = (
    {"сто": 100.0, "ста": 100.0}
    | {"тысяч" + e: 1e3 for e in ("а", "и", "", "у", "еи", "ею", "е", "ам", "ами", "ах")}
    | {
        stem + e: v
        for stem, v in (("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12))
        for e in _RU_NOUN_ENDINGS
    }
)
_RU_PLURAL_COUNTS = frozenset(
    {"тысячи", "тысяч", "тысячам", "тысячами", "тысячах", "сотни", "сотен", "сотнями", "десятки", "десятков"}
    | {stem + e for stem in ("миллион", "миллиард", "триллион") for e in _RU_NOUN_PLURAL}
)
"""Russian plurals of counts ("тысячи людей"): as "thousands of", no number."""
_RU_COUNTED = (
    dict.fromkeys(("десяток", "десятка", "десятку", "десятком", "десятки", "десятков"), 10.0)
    | dict.fromkeys(("сотня", "сотни", "сотню", "сотен", "сотнями"), 100.0)
    | dict.fromkeys(("дюжина", "дюжины", "дюжину"), 12.0)
)
_RU_ADJECTIVE = ("ыи", "ои", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ую", "ых", "ыми")
"""Endings of a Russian adjective on a hard stem ("первыи", folded); ``_RU_SOFT_ADJECTIVE``
those on a soft one ("летнии")."""
_RU_SOFT_ADJECTIVE = ("ии", "яя", "ее", "ие", "его", "ему", "им", "ем", "юю", "их", "ими")
_RU_ORDINALS = (
    {
        stem + e: v
        for stem, v in (
            ("перв", 1), ("втор", 2), ("четверт", 4), ("пят", 5), ("шест", 6), ("седьм", 7),
            ("восьм", 8), ("девят", 9), ("десят", 10), ("одиннадцат", 11), ("двенадцат", 12),
            ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15), ("шестнадцат", 16),
            ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
            ("тридцат", 30), ("сороков", 40), ("пятидесят", 50), ("шестидесят", 60),
            ("семидесят", 70), ("восьмидесят", 80), ("девяност", 90), ("сот", 100), ("тысячн", 1000),
        )
        for e in _RU_ADJECTIVE
    }
    | {"трет" + e: 3 for e in ("ии", "ья", "ье", "ьи", "ьего", "ьеи", "ьему", "ьим", "ьем", "ью", "ьих", "ьими")}
)  # fmt: skip
# Ukrainian, as Russian, declines its numbers (table keys are folded when the lexicon is built:
# "ї" -> "і", "й" -> "и"); its apostrophe stays inside a word ("п'ять", "дев'ятсот"). "друга"
# and "другу" are left out of the ordinals (also "friend").
_UK_SOFT_SIGN = (
    "п'ят", "дев'ят", "десят", "одинадцят", "дванадцят", "тринадцят", "чотирнадцят", "п'ятнадцят",
    "шістнадцят", "сімнадцят", "вісімнадцят", "дев'ятнадцят", "двадцят", "тридцят",
)  # fmt: skip
_UK_TEEN_VALUES = (5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30)
_UK_FORMS = {
    1: "один одна одне одно одні одного однієї одної одних одному одній одним одну однією одною одними однім",
    2: "два дві двох двом двома двоє обидва обидві обох обом обома",
    3: "три трьох трьом трьома троє",
    4: "чотири чотирьох чотирьом чотирма четверо",
    5: "п'ятеро",
    6: "шість шести шістьох шістьом шістьма шістьома шестеро",
    7: "сім семи сімох сімом сьома сімома семеро",
    8: "вісім восьми вісьмох вісьмом вісьма вісьмома восьмеро",
    9: "дев'ятеро",
    10: "десятеро",
    40: "сорок сорока",
    90: "дев'яносто дев'яноста",
}
_UK_UNITS = (
    {stem + e: v for stem, v in zip(_UK_SOFT_SIGN, _UK_TEEN_VALUES) for e in ("ь", "и", "ьох", "ьом", "ьма", "ьома")}
    | {stem + e: v for stem, v in (("п'ятдесят", 50), ("шістдесят", 60), ("сімдесят", 70), ("вісімдесят", 80))
       for e in ("", "и", "ьох", "ьом", "ьма", "ьома")}
    | {form: v for v, forms in _UK_FORMS.items() for form in forms.split()}
    | dict.fromkeys(("півтора", "півтори"), 1.5)
)  # fmt: skip
_UK_HUNDREDS = {
    form: v
    for v, forms in (
        (200, "двісті двохсот двомстам двомастами двохстах"),
        (300, "триста трьохсот трьомстам трьомастами трьохстах"),
        (400, "чотириста чотирьохсот чотирьомстам чотирмастами чотирьохстах"),
        (500, "п'ятсот п'ятисот п'ятистам п'ятьмастами п'ятистах"),
        (600, "шістсот шестисот шестистам шістьмастами шестистах"),
        (700, "сімсот семисот семистам сьомастами семистах"),
        (800, "вісімсот восьмисот восьмистам вісьмастами восьмистах"),
        (900, "дев'ятсот дев'ятисот дев'ятистам дев'ятьмастами дев'ятистах"),
    )
    for form in forms.split()
}
_UK_NOUN_PLURAL = ("и", "ів", "ам", "ами", "ах")
_UK_SCALES = (
    {"сто": 100.0, "ста": 100.0}
    | {"тисяч" + e: 1e3 for e in ("а", "і", "", "у", "ею", "ам", "ами", "ах")}
    | {stem + e: v for stem, v in (("мільйон", 1e6), ("мільярд", 1e9), ("трильйон", 1e12))
       for e in ("", "а", "у", "ом", "і", *_UK_NOUN_PLURAL)}
)  # fmt: skip
_UK_PLURAL_COUNTS = frozenset(
    {"тисячі", "тисяч", "тисячам", "тисячами", "тисячах", "сотні", "сотень", "сотнями", "десятки", "десятків"}
    | {stem + e for stem in ("мільйон", "мільярд", "трильйон") for e in _UK_NOUN_PLURAL}
)
"""Ukrainian plurals of counts ("тисячі людей"): as "thousands of", no number."""
_UK_COUNTED = (
    dict.fromkeys(("десяток", "десятка", "десятку", "десятком", "десятки", "десятків"), 10.0)
    | dict.fromkeys(("сотня", "сотні", "сотню", "сотень", "сотнями"), 100.0)
    | dict.fromkeys(("дюжина", "дюжини", "дюжину"), 12.0)
)
_UK_ADJECTIVE = ("ий", "а", "е", "ого", "ої", "ому", "им", "ій", "у", "і", "их", "ими", "ім")
_UK_ORDINALS = (
    {
        stem + e: v
        for stem, v in (
            ("перш", 1), ("четверт", 4), ("п'ят", 5), ("шост", 6), ("сьом", 7), ("восьм", 8),
            ("дев'ят", 9), ("десят", 10), ("одинадцят", 11), ("дванадцят", 12), ("тринадцят", 13),
            ("чотирнадцят", 14), ("п'ятнадцят", 15), ("шістнадцят", 16), ("сімнадцят", 17),
            ("вісімнадцят", 18), ("дев'ятнадцят", 19), ("двадцят", 20), ("тридцят", 30),
            ("сороков", 40), ("п'ятдесят", 50), ("шістдесят", 60), ("сімдесят", 70),
            ("вісімдесят", 80), ("дев'яност", 90), ("сот", 100), ("тисячн", 1000),
        )
        for e in _UK_ADJECTIVE
    }
    | {"друг" + e: 2 for e in _UK_ADJECTIVE if e not in ("а", "у")}
    | {"трет" + e: 3 for e in ("ій", "я", "є", "ього", "ьої", "ьому", "ім", "ю", "і", "іх", "іми")}
)  # fmt: skip

# A number inside a compound adjective ("трёхдневный визит", "п'ятирічний план"): "3-day" and
# "five-year" are numbers in English, so their Russian and Ukrainian renderings must be too.
_RU_COMPOUND_HEADS = (
    ("одно", 1), ("двух", 2), ("трех", 3), ("четырех", 4), ("пяти", 5), ("шести", 6), ("семи", 7),
    ("восьми", 8), ("девяти", 9), ("десяти", 10), ("одиннадцати", 11), ("двенадцати", 12),
    ("пятнадцати", 15), ("двадцати", 20), ("тридцати", 30), ("сорока", 40), ("пятидесяти", 50),
    ("шестидесяти", 60), ("семидесяти", 70), ("восьмидесяти", 80), ("девяносто", 90), ("сто", 100),
    ("двухсот", 200), ("трехсот", 300), ("пятисот", 500), ("тысяче", 1000),
)  # fmt: skip
_RU_COMPOUND_TAILS = ("летн", "дневн", "месячн", "недельн", "часов", "минутн", "секундн", "сторонн",
                      "кратн", "процентн", "этажн", "местн", "тонн", "километров", "метров")  # fmt: skip
_UK_COMPOUND_HEADS = (
    ("одно", 1), ("дво", 2), ("двох", 2), ("три", 3), ("трьох", 3), ("чотири", 4), ("чотирьох", 4),
    ("п'яти", 5), ("шести", 6), ("семи", 7), ("восьми", 8), ("дев'яти", 9), ("десяти", 10),
    ("двадцяти", 20), ("тридцяти", 30), ("сорока", 40), ("п'ятдесяти", 50), ("сто", 100),
    ("тисяче", 1000),
)  # fmt: skip
_UK_COMPOUND_TAILS = ("річн", "денн", "місячн", "тижнев", "годинн", "хвилинн", "сторонн", "кратн",
                      "відсотков", "поверхов", "тонн", "кілометров")  # fmt: skip
_COMPOUNDS = {
    lang: {head + tail + end: v for head, v in heads for tail in tails for end in endings}
    for lang, heads, tails, endings in (
        ("ru", _RU_COMPOUND_HEADS, _RU_COMPOUND_TAILS, (*_RU_ADJECTIVE, *_RU_SOFT_ADJECTIVE)),
        ("uk", _UK_COMPOUND_HEADS, _UK_COMPOUND_TAILS, _UK_ADJECTIVE),
    )
}
_HUNDREDS = {"es": _ES_HUNDREDS, "pt": _PT_HUNDREDS, "ru": _RU_HUNDREDS, "uk": _UK_HUNDREDS}
"""Hundreds written as one word ("doscientos", "duzentos", "двести"), added to the additive
words."""
_WORD_PARTS = {
    "it": frozenset({*_IT_UNITS, *_IT_SCALES} - {"un", "una"}),
    "nl": frozenset({*_NL_UNITS, *_NL_TENS, *_NL_COMPOUNDS, "honderd", "duizend"}),
}
"""The parts of the numbers Italian and Dutch write as one word ("duemilaventidue",
"tweeduizendtweeëntwintig"), for ``_word_parts``."""


@lru_cache(maxsize=65536)
def _word_parts(word: str, lang: str) -> tuple[str, ...] | None:
    """A number word of Italian or Dutch split into its fewest parts (``_WORD_PARTS``):
    "duemilaventidue" -> due, mila, venti, due; "centottanta" -> cent, ottanta;
    "tweeduizendtweeentwintig" -> twee, duizend, tweeentwintig; None for a word that is not made
    of them all through."""
    parts = _WORD_PARTS[lang]
    best: list[tuple[str, ...] | None] = [(), *([None] * len(word))]
    for end in range(1, len(word) + 1):
        for start in range(end):
            head, part = best[start], word[start:end]
            if head is not None and part in parts:
                current = best[end]
                if current is None or len(head) + 1 < len(current):
                    best[end] = (*head, part)
    return best[len(word)]


# Ordinals that never end a compound number: French writes "vingt et unième", not "premier",
# and German, Dutch, Spanish, Portuguese and Italian compound ordinals are read as one word or
# not at all, so a number before them counts apart.
_ORDINALS_ALONE = frozenset(
    {
        "premier",
        "premiere",
        "premiers",
        "premieres",
        *_ES_ORDINALS,
        *_PT_ORDINALS,
        *_IT_ORDINALS,
        *_NL_ORDINALS,
        *_DE_ORDINALS,
    }
)
_FIRSTS = frozenset(
    fold(word)
    for table in (
        _EN_ORDINALS,
        _FR_ORDINALS,
        _DE_ORDINALS,
        _ES_ORDINALS,
        _PT_ORDINALS,
        _IT_ORDINALS,
        _NL_ORDINALS,
    )
    + (_RU_ORDINALS, _UK_ORDINALS)
    for word, value in table.items()
    if value == 1
)
"""The ordinals "first" of every language read: "the first phase" against "une deuxième phase"
is a 1 against a 2, not a 1 matched by the article "une" and a 2 left over."""

# Words that are a number only inside a compound ("twenty-second", "vingt et unième"): alone they
# are an article or pronoun ("one", "un"), a time unit ("second", "segundo"), an adjective
# ("neuf" = new) or a verb (Italian "sei" = you are); "neuf" and "sei" count before a plural.
_COMPOUND_ONLY = {
    "one",
    "un",
    "une",
    "uno",
    "una",
    "second",
    "seconde",
    "unieme",
    "neuf",
    "segundo",
    "segundos",
    "sei",
    "een",
}
_ARTICLES = {"a", "an", "one", "un", "une", "uno", "una", "um", "uma", "een", *_DE_ARTICLES}
_SOFT_ONES = {
    "one", "un", "une", "uno", "una", "um", "uma", "een", *_DE_ARTICLES,
    *(fold(w) for w in f"{_RU_FORMS[1]} {_UK_FORMS[1]}".split()),
}  # fmt: skip
_PLURAL_COUNTS = frozenset({*_IT_PLURAL_COUNTS, *_RU_PLURAL_COUNTS, *(fold(w) for w in _UK_PLURAL_COUNTS)})
"""Plurals of counts ("migliaia di persone", "тысячи людей"): as "thousands of", no number."""

_MONTHS = {
    "en": {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    "fr": {
        "janvier": 1,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "decembre": 12,
    },
    "nl": {
        "januari": 1,
        "februari": 2,
        "maart": 3,
        "april": 4,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "augustus": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
    },
    "it": {
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
    },
    "pt": {
        "janeiro": 1,
        "fevereiro": 2,
        "marco": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
    },
    "es": {
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
    },
    "de": {
        "januar": 1,
        "jaenner": 1,
        "februar": 2,
        "maerz": 3,
        "marz": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "dezember": 12,
    },
}

_RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_UK_MONTHS = (
    "січ",
    "лют",
    "берез",
    "квіт",
    "трав",
    "черв",
    "лип",
    "серп",
    "верес",
    "жовт",
    "листопад",
    "груд",
)
# Russian months in the forms a date takes ("21 января", "в январе", "январь"); Ukrainian ones
# ("21 січня", "у січні", "січень")
_MONTHS["ru"] = {
    fold(stem + ending): k
    for k, stem in enumerate(_RU_MONTHS, 1)
    for ending in (("й", "я", "е", "ю") if stem == "ма" else ("ь", "я", "е", "ю") if stem[-1] in "рлн" else ("", "а", "е", "у"))
}  # fmt: skip
_MONTHS["uk"] = {
    fold(stem + ending): k
    for k, stem in enumerate(_UK_MONTHS, 1)
    for ending in (("ень", "ня", "ні", "нем") if k not in (2, 11) else ("ий", "ого", "ому") if k == 2 else ("", "а", "і", "ом"))
}  # fmt: skip

_MONTHS["ru"] |= {
    fold(w): k
    for k, words in enumerate(("янв", "фев февр", "", "апр", "", "", "", "авг", "сен сент", "окт", "ноя нояб", "дек"), 1)
    for w in words.split()
}  # fmt: skip
_MONTH_FORMS = {
    "pl": (
        "styczeń stycznia styczniu", "luty lutego lutym", "marzec marca marcu", "kwiecień kwietnia kwietniu",
        "maj maja maju", "czerwiec czerwca czerwcu", "lipiec lipca lipcu", "sierpień sierpnia sierpniu",
        "wrzesień września wrześniu", "październik października październiku", "listopad listopada listopadzie",
        "grudzień grudnia grudniu",
    ),
    "cs": (
        "leden ledna lednu", "únor února únoru", "březen března březnu", "duben dubna dubnu",
        "květen května květnu", "červen června červnu", "červenec července červenci", "srpen srpna srpnu",
        "září", "říjen října říjnu", "listopad listopadu", "prosinec prosince prosinci",
    ),
    "sk": (
        "január januára januári", "február februára februári", "marec marca marci", "apríl apríla apríli",
        "máj mája máji", "jún júna júni", "júl júla júli", "august augusta auguste",
        "september septembra septembri", "október októbra októbri", "november novembra novembri",
        "december decembra decembri",
    ),
    "hr": (
        "siječanj siječnja siječnju", "veljača veljače veljači", "ožujak ožujka ožujku", "travanj travnja travnju",
        "svibanj svibnja svibnju", "lipanj lipnja lipnju", "srpanj srpnja srpnju", "kolovoz kolovoza kolovozu",
        "rujan rujna rujnu", "listopad listopada listopadu", "studeni studenoga studenog studenom",
        "prosinac prosinca prosincu",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
        "november", "december",
    ),
    "no": (
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "desember",
    ),
    "ro": (
        "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
        "octombrie", "noiembrie", "decembrie",
    ),
    "id": (
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
        "november", "desember",
    ),
    "bg": (
        "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
        "ноември", "декември",
    ),
    "el": (
        "ιανουάριος ιανουαρίου", "φεβρουάριος φεβρουαρίου", "μάρτιος μαρτίου", "απρίλιος απριλίου",
        "μάιος μαΐου μαίου", "ιούνιος ιουνίου", "ιούλιος ιουλίου", "αύγουστος αυγούστου",
        "σεπτέμβριος σεπτεμβρίου", "οκτώβριος οκτωβρίου", "νοέμβριος νοεμβρίου", "δεκέμβριος δεκεμβρίου",
    ),
}  # fmt: skip
"""Month names of more languages in the forms a date takes (Polish, Czech and Croatian
"30 czerwca", "30. června", "30. lipnja", "w czerwcu"); Romanian "mai" (May) before "mult",
"mulți" … is "more" (``_NOT_A_MONTH``)."""
for _lang, _forms in _MONTH_FORMS.items():
    _MONTHS[_lang] = {fold(form): k for k, forms in enumerate(_forms, 1) for form in forms.split()}
_MONTH_STEMS = {
    "fi": (
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu",
        "syyskuu", "lokakuu", "marraskuu", "joulukuu",
    ),
    "hu": (
        "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
        "október", "november", "december",
    ),
    "tr": (
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
        "aralık",
    ),
}  # fmt: skip
"""Month names of languages that glue their case endings to them (Finnish "kesäkuussa",
Hungarian "januárban", Turkish "Haziran'da"): a word that opens with one is that month; in
Turkish, where "aralık" is also a range and "ocak" a stove, only with a capital."""
_MONTH_STEM_TABLES = {
    lang: tuple((fold(stem), k) for k, stem in enumerate(stems, 1)) for lang, stems in _MONTH_STEMS.items()
}
_NOT_A_MONTH = {
    "ro": re.compile(
        r"\s+(?:mult|multe|mulți|multă|puțin|puține|puțini|mare|mari|mic|mici|bine|rău|târziu|devreme|departe|ales)(?!\w)",
        re.I,
    )
}
"""What after a month's name makes it another word: Romanian "mai mult" (more)."""

_MONTH_ABBREVIATIONS = {
    "fr": {"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "oct": 10, "nov": 11, "dec": 12},
    "de": {"jan": 1, "feb": 2, "apr": 4, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12},
    "es": {"ene": 1, "feb": 2, "abr": 4, "ago": 8, "sept": 9, "oct": 10, "nov": 11, "dic": 12},
    "it": {"genn": 1, "febbr": 2, "apr": 4, "sett": 9, "ott": 10, "nov": 11, "dic": 12},
}
"""The abbreviated months of dates ("21 janv. 2022", "3. Okt."), as English "Jan" is read; not
French "sept" (seven), nor Italian "giu", "lug", "ag", also words."""
for _lang, _abbreviations in _MONTH_ABBREVIATIONS.items():
    _MONTHS[_lang] |= _abbreviations

_SPACE_SEPS = "\u00a0\u202f\u2009 '"
# Chinese, Japanese and Korean write digits between ideographs ("他讲了45分钟"), so there a number
# may follow a word character; after a letter of a cased script ("A320", "COVID19") it may not.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_NOT_AFTER_LETTER = rf"(?<![^\W{_CJK}])"
_DATE = re.compile(_NOT_AFTER_LETTER + r"(?<![.,/-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\w/-]|[.,]\d)")
_CJK_DATE = re.compile(r"(?<!\d)(?:(\d{1,4})\s*[年년]\s*)?(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日号號일])?")
_TIME = re.compile(
    _NOT_AFTER_LETTER
    + r"(?<![.,])(\d{1,2}) ?(?:h\.?|:|\.(?=\d{2} ?(?:Uhr\b|uur\b|u\.|[ap]\.?\s?m\b))) ?(\d{2})(?![\d,.]\d)"
    r"(?:\s*([ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"(?:(?<=(?<![^\W\d_])Rp)|(?<=(?<![^\W\d_])Rs)|(?<=(?<![^\W\d_])RM)|"
    + _NOT_AFTER_LETTER
    + r")\d+(?:(?:[.,]|[ \u00a0\u202f\u2009'](?=\d{3}(?!\d)))\d+)*"
    r"(?P<suffix>(?:st|nd|rd|th|er|re|ère|e|ème|eme|è|ᵉ|ᵉʳ|'?s)(?![^\W\d_]))?"
)
_SCALE_AFTER = (
    r"mil\s+mill(?:ones|[oó]n)|mil\s+milh(?:[oõ]es|[aã]o)"
    r"|thousand|tausend|duizend|tusen|tusind|mila|mil|mii|tys\.|tysi(?:ąc[ea]?|ęcy)|тыс\.?|тысяч[аи]?|тис\.?"
    r"|trillions?|трлн\.?"
    r"|milliards?|milliarden?|milliarder|miliard(?:[aeioy]|ów)?|miljard(?:en|er)?|mrd\.?|mld\.?|mdr\.?|mia\.?|bn"
    r"|млрд\.?|миллиард(?:а|ов)?|мільярд(?:а|ів)?"
    r"|millions?|millionen|millioner|mill(?:ones|[oó]n)|milion(?:[aeiy]|ów)?|milioane|milh(?:[oõ]es|[aã]o)"
    r"|miljoen(?:en)?|miljon(?:er)?|mln\.?|mio\.?"
    r"|млн\.?|миллион(?:а|ов)?|мільйон(?:а|ів)?"
    r"|billions?|billionen|bill(?:ones|[oó]n)|bilh(?:[oõ]es|[aã]o)"
    r"|(?:mds?|m|k)(?=\s?[€$£¥₽])"
    r"|milyon|milyar|trilyon|bin"
    r"|milion(?:ů|ech|ov|och|mi)|milión(?:y|ov|och|mi)?|millió(?:s|t|ra|ból|nyi)?|milliárd(?:os|ot|ra|ból|nyi)?|miljoon(?:a|aa|an)"
    r"|miljardi(?:a|n)?|milijun(?:a|i|e)?|milijard(?:a|e|i|u)?|tisíc(?:e|i|ov)?|tisuć(?:a|e|u)|ezer|tuhat(?:ta)?"
    r"|εκατομμ[υύ]ρι[οα]|εκατ\.|δισεκατομμ[υύ]ρι[οα]|δισ\.|χιλι[αά]δες|χιλ\."
    r"|مليون(?:اً|ًا|ا)?|ملايين|مليار(?:اً|ًا|ا)?|مليارات|بليون|ألف(?:اً|ًا|ا)?|آلاف|الف|میلیون|میلیارد|هزار"
    r"|מיליון|מיליארד|אלף"
    r"|хиляди|хил\.|милион(?:а|и)?|милиард(?:а|и)?|трилион(?:а|и)?"
    r"|ribu|juta|miliar|triliun|bilion"
    r"|ngh[iì]n\s+t[ỷỉ]|ng[aà]n\s+t[ỷỉ]|tri[eệ]u|t[ỷỉ]|ngh[iì]n|ng[aà]n"
    r"|crores?|lakhs?|करोड़|करोड|लाख|अरब|हज़ार|हजार"
)
"""Scale words after digits ("5 million", "5 millones", "5 Millionen", "5 млн", "2 mil millones",
"5,2 miljoner", "52,6 milliarder", "3,5 milioane", "412 milionů", "18,4 milliárd", "3 miljoonaa",
"2,5 milijuna", "12 ezer",
and before a currency sign as the French press abbreviates them: "120 M€", "2 Md$", "3,5 Mds€"),
valued by ``_scale_value``; also in Turkish, Greek, Arabic (with a case ending, ``مليوناً``),
Persian, Hebrew, Bulgarian, Indonesian and Malay (``12,5 triliun``, ``150 juta``), Vietnamese
(``500 tỷ``, ``840 nghìn tỷ``) and Hindi and Indian English (``4.5 करोड़``, ``15 lakh``: 10
million and 100,000), whose number words are not read but whose "1,5 milyon" / "1.5 مليون"
would read as 1.5 against "1.5 million")."""
_AFTER_DIGITS = re.compile(
    rf"\s?(?P<scale>{_SCALE_AFTER})(?![^\W\d_])"
    r"|\s?(?P<pm>[ap])\.?\s?m\b\.?"
    r"|(?P<cjk>\s?(?:[万萬][亿億]?|[亿億만억])|(?:千(?![克米瓦卡焦])|천|百|백(?![신악화서]))?[万萬亿億兆만억조]|千(?![克米瓦卡焦])|천)",
    re.IGNORECASE,
)
_MONEY_SCALE = re.compile(r"(?:mn|m|k)(?![^\W\d_])", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"[$€£¥₽₹]\s?$")
"""An amount of money abbreviated after its digits, as the press writes it (``$450m``, ``€20mn``,
``£5k``): millions or thousands. Without the currency sign ``450m`` is metres."""
_CJK_SCALES = {
    "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12, "만": 1e4, "억": 1e8, "조": 1e12,
    "千": 1e3, "천": 1e3, "百": 1e2, "백": 1e2,
}  # fmt: skip
"""The scales written after digits in Chinese, Japanese and Korean, multiplied where two follow
each other (``300万``, ``40亿``, ``3千人``, ``3천만 원``: 30 million, ``1兆円``, ``4万亿``: 4 trillion); not ``千`` of a
unit (``5千克``, 5 kg), nor, after a space, anything but 万 and 억 (``3 조`` is team 3)."""
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_KEYS = {
    "chapter",
    "chapitre",
    "part",
    "partie",
    "book",
    "livre",
    "tome",
    "volume",
    "vol",
    "act",
    "acte",
    "scene",
    "article",
    "section",
    "number",
    "numero",
    "annex",
    "annexe",
    "appendix",
    "canto",
    "chant",
    "letter",
    "lettre",
    "psalm",
}
_SCALE_STEMS = tuple(
    (tuple(fold(stem) for stem in stems), value)
    for stems, value in (
        (("thousand", "tausend", "duizend", "tusen", "tusind", "mila", "tys", "тыс", "тис"), 1e3),
        (("tisic", "tisuc", "ezer", "tuhat"), 1e3),
        (("χιλ", "ألف", "آلاف", "الف", "هزار", "אלף", "хил", "ribu", "हज़ार", "हजार"), 1e3),
        (("nghin ty", "ngan ty"), 1e12),
        (("trillion", "трлн", "trilyon", "трилион", "triliun"), 1e12),
        (("crore", "करोड"), 1e7),
        (("lakh", "लाख"), 1e5),
        (("अरब",), 1e9),
        (("δισ",), 1e9),
        (("εκατ", "مليون", "ملايين", "میلیون", "מיליון", "milyon"), 1e6),
        (("milliard", "miliard", "miljard", "mrd", "mld", "mdr", "bn", "млрд", "миллиард", "мільярд"), 1e9),
        (("milijard",), 1e9),
        (("milyar", "مليار", "بليون", "میلیارد", "מיליארד", "милиард", "miliar", "bilion"), 1e9),
        (("juta", "trieu"), 1e6),
        (("bilh",), 1e9),  # Brazilian "bilhão"
        (("billon", "billones"), 1e12),  # Spanish "billón"
        (("billion",), 1e9),  # 1e12 in French and German, below
        (
            (
                "mill",
                "milion",
                "milioan",
                "milh",
                "miljoen",
                "miljon",
                "miljoon",
                "milijun",
                "mln",
                "mio",
                "млн",
                "миллион",
                "мільион",
                "милион",
            ),
            1e6,
        ),
    )
)
_CURRENCY_SCALES = {"m": 1e6, "md": 1e9, "mds": 1e9, "k": 1e3}
"""Scales abbreviated before a currency sign (``120 M€``, ``2 Md$``, ``5 k€``)."""
_LONG_SCALE = frozenset({"fr", "de", "nl"})
"""Languages where "billion" / "Billion" is a million millions."""


_SCALE_IN = {
    "mil": (1e3, frozenset({"es", "pt", "ca", "gl"})),
    "bin": (1e3, frozenset({"tr"})),
    "mii": (1e3, frozenset({"ro"})),
    "mia": (1e9, frozenset({"da", "no"})),
    "ty": (1e9, frozenset({"vi"})),
    "ti": (1e9, frozenset({"vi"})),
    "nghin": (1e3, frozenset({"vi"})),
    "ngan": (1e3, frozenset({"vi"})),
}
"""Scale words after digits that are a number in some languages only (each with its value and
those languages): in another, ``mil``, ``mia`` or ``ty`` is a word of the sentence."""


def _scale_value(word: str, lang: str) -> float:
    """The multiplier a scale word after digits stands for (``_SCALE_AFTER``), in ``lang``; 1.0
    (no scale) for ``mil`` outside Spanish and Portuguese, ``bin`` outside Turkish, ``mii``
    outside Romanian and ``mia`` (milliard) outside Danish and Norwegian, where they are no
    number."""
    w = " ".join(fold(word).rstrip(".").split())
    if w.startswith("mil "):
        return 1e9  # "mil millones", "mil milhões"
    if w in _SCALE_IN:
        value, langs = _SCALE_IN[w]
        return value if lang in langs else 1.0
    if w in _CURRENCY_SCALES:
        return _CURRENCY_SCALES[w]
    for stems, value in _SCALE_STEMS:
        if w.startswith(stems):
            return 1e12 if stems == ("billion",) and lang in _LONG_SCALE else value
    return 1.0


_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_WORD = {"uk": re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")}
"""Words of a language whose number words hold an apostrophe (Ukrainian "п'ять"; text read
folded, so ``’`` is ``'``)."""
_FOOTNOTE = re.compile(r"\[\s*\d{1,3}\s*\]")
_MONTH_GAP = re.compile(r"^\.?\s*,?\s*(?:(?:the|of|le|de|du|en)\s+)?$", re.IGNORECASE)
_DECADE_BEFORE = re.compile(r"(?:annees|the)\s*$")


def _num(x: float) -> float:
    return round(float(x), 6)


def _roman_value(token: str) -> int | None:
    if not token or not _ROMAN.match(token):
        return None
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(token):
        v = vals[ch]
        total += -v if i + 1 < len(token) and vals[token[i + 1]] > v else v
    return total


def _parse_digit_run(raw: str, lang: str) -> list[tuple[float, frozenset[float]]]:
    """Read one run of digits and separators as one or more numbers, with alternative readings.

    ``1 000`` (any space kind), ``1,000`` (English) and ``1.000`` (French) are 1000; ``3,5`` and
    ``3.5`` are 3.5; a lone ``,``/``.`` before exactly three digits is ambiguous and gets both
    readings, the language deciding which is primary.
    """
    parts = re.split(r"([.,\u00a0\u202f\u2009 '])", raw)
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return [(_num(int(raw)), frozenset())]
    spaces = [s in _SPACE_SEPS for s in seps]
    # A space-type separator after a head longer than three digits separates two numbers.
    if spaces[0] and len(groups[0]) > 3:
        head = _parse_digit_run(groups[0], lang)
        return head + _parse_digit_run("".join(parts[2:]), lang)
    puncts = [s for s in seps if s not in _SPACE_SEPS]
    tail_ok = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if not puncts:
        return [(_num(int("".join(groups))), frozenset())]
    if len(set(puncts)) == 2 and seps[-1] in ".,":
        whole = "".join(groups[:-1])
        if all(len(g) == 3 for g in groups[1:-1]) and len(groups[0]) <= 3:
            return [(_num(float(f"{whole}.{groups[-1]}")), frozenset())]
    elif len(puncts) == 1 and seps[-1] in ".,":
        whole, frac = "".join(groups[:-1]), groups[-1]
        decimal = _num(float(f"{whole}.{frac}"))
        if len(frac) == 3 and len(groups[-2]) <= 3 and (len(groups) == 2 or tail_ok):
            thousands = _num(int(whole + frac))
            primary_thousands = (seps[-1] == ",") == (lang == "en")
            if primary_thousands:
                return [(thousands, frozenset({decimal}))]
            return [(decimal, frozenset({thousands}))]
        return [(decimal, frozenset())]
    elif tail_ok and len(set(puncts)) == 1:
        return [(_num(int("".join(groups))), frozenset())]
    # Anything else (version numbers, lists "1,2,3") is read as separate integers.
    return [(_num(int(g)), frozenset()) for g in groups if g]


_CJK_TIME = re.compile(
    r"(午前|午後|上午|下午|晚上|早上|凌晨|中午)?\s?(\d{1,2})\s?[時时点點](?![间間])(?:\s?(\d{1,2})\s?分|(半))?"
)
"""A time of day in Japanese or Chinese (``午後6時40分``, ``下午3点半``), the afternoon's hours
read on the 24-hour clock (``_CJK_AFTERNOON``): ``6.40 a.m.`` / ``午後6時40分`` is a changed time;
``時間`` is a duration, not a time."""
_CJK_AFTERNOON = frozenset({"午後", "下午", "晚上"})
_PHONE = re.compile(
    r"(?<![\w+.,])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,4}(?:[\s.\-/]\d{2,4}){2,5}(?![\w]|[.,]\d)"
)
"""A telephone number: digit groups apart, after a country code or not (``+49 69 1344 7455``,
``0 899 71 02 15``, ``8-800-555-01-42``, ``03-1234-5678``), which each country groups its own
way; read as one number where it opens like one (``+``, ``(``, a trunk ``0``, hyphens) or
follows a word for a telephone (``_PHONE_WORD``), not where its groups are thousands."""
_PHONE_WORD = re.compile(
    r"(?:tel|phone|fon|fono|fone|fax|hotline|helpline|numero|number|nummer|номер|телефон|тел|линия|лінія"
    r"|call|appelez|appeler|llame|llamar|ligue|chiamare|chiamate|bellen|anrufen|電話|电话|連絡先|联系)"
    r"[^\d]{0,12}$"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:[\s.,]\d{3})+")
PHONE_DIGITS = 7
"""The last digits that name a telephone number, compared between the two sides: a country code
and a trunk ``0`` come and go between a number and its translation (``0 899 …`` / ``+33 899 …``)."""


@lru_cache(maxsize=TEXT_CACHE)
def _digit_mentions(text: str, lang: str) -> tuple[tuple[tuple[int, int, NumberMention], ...], str]:
    """Dates, times and digit numbers in ``text``; returns them with their spans and the text
    with those spans blanked out (so the word scanner does not see them). Read once per text:
    the number readings and the units and bounds around them (``_qualified``) both ask."""
    found: list[tuple[int, int, NumberMention]] = []
    chars = list(text)

    def blank(a: int, b: int) -> None:
        chars[a:b] = " " * (b - a)

    for m in _FOOTNOTE.finditer(text):
        blank(m.start(), m.end())
    text = "".join(chars)

    for m in _DATE.finditer(text):
        a, sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
        if len(a) == 4 and len(c) <= 2:  # ISO 2022-01-21
            year, month, day = int(a), int(b), int(c)
        elif len(a) <= 2 and (len(c) in (2, 4)):
            first, second, year = int(a), int(b), int(c)
            us = lang == "en" and sep == "/"
            month, day = (first, second) if (us and first <= 12) or second > 12 else (second, first)
        else:
            continue
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        other_day = month if lang == "en" and sep == "/" and day <= 12 and day != month else None
        found.append((m.start(), m.end(), NumberMention(_num(year))))
        if other_day is None:
            found.append((m.start(), m.end(), NumberMention(_num(day))))
            found.append((m.start(), m.end(), NumberMention(f"month={month}")))
        else:  # "05/03/2021": 3 May in the US, 5 March in Britain
            found.append((m.start(), m.end(), NumberMention(_num(day), frozenset({_num(other_day)}))))
            found.append((m.start(), m.end(), NumberMention(f"month={month}", frozenset({f"month={day}"}))))
        blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _ERA_YEAR.finditer(masked):  # "令和6年": 2024
        era_year = 1 if m.group(2) == "元" else int(m.group(2))
        year = _ERAS[m.group(1)] + era_year
        found.append((m.start(), m.end(), NumberMention(_num(year), frozenset({_num(era_year)}))))
        blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _CJK_DATE.finditer(masked):  # 2022年1月21日, 1月21日, 1月, 2022년 1월 21일
        month = int(m.group(2))
        if not 1 <= month <= 12 or (m.group(3) and not 1 <= int(m.group(3)) <= 31):
            continue
        for v in (m.group(1), m.group(3)):
            if v:
                found.append((m.start(), m.end(), NumberMention(_num(int(v)))))
        found.append((m.start(), m.end(), NumberMention(f"month={month}")))
        blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _CJK_AMOUNT.finditer(masked):  # "3億5000万円", "1兆2,400億円", "1万2000人"
        if (value := _cjk_amount(m.group(0))) is not None:
            found.append((m.start(), m.end(), NumberMention(_num(value))))
            blank(m.start(), m.end())
    masked = "".join(chars)
    if lang == "vi":
        for m in _VI_MONTH.finditer(masked):  # "ngày 20 tháng 11": 20 November
            if 1 <= int(m.group(1)) <= 12:
                found.append((m.start(), m.end(), NumberMention(f"month={int(m.group(1))}")))
                blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _DIGIT_FRACTION.finditer(masked):  # "1/3 of", "2/3 des": read as "a third", "deux tiers"
        value, *alts = _DIGIT_FRACTIONS[m.group(1), m.group(2)]
        found.append((m.start(), m.end(), NumberMention(value, frozenset(alts))))
        blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _PHONE.finditer(masked):  # "+49 69 1344 7455" / "+49 69 13 44 74 55": one number
        digits = re.sub(r"\D", "", m.group(0))
        said = _PHONE_WORD.search(fold(masked[max(0, m.start() - 30) : m.start()]))
        shaped = m.group(0).startswith(("+", "(", "0")) or "-" in m.group(0)
        if len(digits) >= 7 and (said or shaped) and not _THOUSANDS.fullmatch(m.group(0)):
            found.append((m.start(), m.end(), NumberMention(f"phone={digits[-PHONE_DIGITS:]}")))
            blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _CJK_TIME.finditer(masked):  # "午後6時40分": 18 and 40; "午後4時半": 16 and 30
        if not m.group(1) and m.group(4) != "半" and not m.group(3) and m.group(0)[-1] in "点點":
            continue  # "3点建议": three points, not three o'clock
        hour = int(m.group(2)) + (12 if m.group(1) in _CJK_AFTERNOON and int(m.group(2)) < 12 else 0)
        minute = 30 if m.group(4) else int(m.group(3) or 0)
        if hour > 24 or minute > 59:
            continue
        found.append((m.start(), m.end(), NumberMention(_num(hour))))
        if minute:
            found.append((m.start(), m.end(), NumberMention(_num(minute))))
        blank(m.start(), m.end())
    masked = "".join(chars)
    for m in _TIME.finditer(masked):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour > 24 or minute > 59:
            continue
        alts: frozenset[float | str] = frozenset()
        if m.group(3) and m.group(3).lower() == "p" and hour < 12:
            alts = frozenset({_num(hour + 12)})
        found.append((m.start(), m.end(), NumberMention(_num(hour), alts)))
        if minute:
            found.append((m.start(), m.end(), NumberMention(_num(minute))))
        blank(m.start(), m.end())
    masked = "".join(chars)
    runs: list[tuple[int, int, float]] = []  # each digit run's span and scale, for _ranges
    for m in _DIGITS.finditer(masked):
        raw = m.group(0)[: m.start("suffix") - m.start()] if m.group("suffix") else m.group(0)
        raw = raw.rstrip(_SPACE_SEPS + ".,")
        suffix = fold(m.group("suffix") or "")
        end = m.end()
        readings = _parse_digit_run(raw, lang)
        after = _AFTER_DIGITS.match(masked, end)
        scale = 1.0
        pm = False
        word_scale = _scale_value(after.group("scale"), lang) if after and after.group("scale") else 1.0
        if word_scale != 1.0:
            scale = word_scale
            end = after.end()
        elif (
            after
            and after.group("cjk")
            and not (after.group("cjk") == "조" and masked[m.start() - 1 : m.start()] == "제")
        ):
            scale = 1.0
            for char in after.group("cjk").strip():
                scale *= _CJK_SCALES[char]
            end = after.end()
        elif after and after.group("pm"):
            pm = after.group("pm").lower() == "p"
            end = after.end()
        elif (money := _MONEY_SCALE.match(masked, end)) and _CURRENCY_BEFORE.search(
            masked[max(0, m.start() - 3) : m.start()]
        ):
            scale = 1e3 if money.group(0).lower() == "k" else 1e6
            end = money.end()
        before = fold(masked[max(0, m.start() - 12) : m.start()])
        for value, alts in readings:
            value_s = _num(value * scale)
            alt_set: set[float | str] = {_num(a * scale) for a in alts}
            if suffix in {"s", "'s"} and value % 10 == 0 and 1000 <= value <= 2990:
                alt_set.add(_num(value % 100))  # 1970s ~ années 70
                if value % 100 == 0:
                    alt_set.add(_num(value // 100 + 1))  # the 1800s ~ XIXe siècle
            if _DECADE_BEFORE.search(before) and 10 <= value <= 90 and value % 10 == 0:
                alt_set.update({_num(1900 + value), _num(1800 + value)})
            if pm and value < 12:
                alt_set.add(_num(value + 12))
            if _BASIS_POINTS.match(masked, end):
                alt_set.add(_num(value * scale / 100))
            if masked[end : end + 1] in ("割", "成"):  # "4割": 40 %
                alt_set.add(_num(value * 10))
            strength = "soft" if value == 1 and scale == 1 and _PER_ONE.match(masked, end) else "strong"
            found.append((m.start(), end, NumberMention(value_s, frozenset(alt_set), strength)))
        runs.append((m.start(), end, scale))
        blank(m.start(), end)
    return tuple(_ranges(found, runs, masked)), "".join(chars)


_CJK_AMOUNT = re.compile(r"(?<![\d.,])(?:\d[\d,.]*\s?[兆조億亿억萬万만千천]){1,4}(?:\d[\d,]*(?![\d.,]))?")
_CJK_PARTS = re.compile(r"(\d[\d,.]*)\s?([兆조億亿억萬万만千천])?")


def _cjk_amount(written: str) -> float | None:
    """The value of an amount written in parts of falling scales (``3億5000万``, ``1兆2,400億``,
    ``1万2000``, ``10万5千``), where the digit reader would read each part alone; None for one
    part (``300万``: read there) or scales that do not fall."""
    parts = _CJK_PARTS.findall(written)
    if len(parts) < 2:
        return None
    total, last = 0.0, 1e13
    for digits, scale_char in parts:
        scale = _CJK_SCALES[scale_char] if scale_char else 1.0
        if scale >= last:
            return None
        try:
            total += float(digits.replace(",", "")) * scale
        except ValueError:
            return None
        last = scale
    return total


_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911}
_ERA_YEAR = re.compile(r"(令和|平成|昭和|大正)\s?(\d{1,2}|元)\s?年")
"""A Japanese era year (``令和6年`` is 2024, ``令和元年`` 2019), read as its Western year with the
era's count as another reading."""
_VI_MONTH = re.compile(r"(?<![^\W\d_])[tT]háng\s+(\d{1,2})(?!\d)")
"""A Vietnamese month, named by its number after ``tháng`` (``tháng 11``, November; ``3 tháng``
is three months)."""
_PER_ONE = re.compile(r"\s?[^\s\d]{1,3}(?:当たり|あたり|につき)|\s?ドル\s?[=＝]?\s?\d")
"""What after a 1 makes it "per" (``1株当たり120円``, per share; ``1ドル145円``, 145 yen to the
dollar): the 1 is read as ``soft``, as an article is."""
_BASIS_POINTS = re.compile(
    r"\s*(?:basis\s+points?|bps?|points?\s+de\s+base|pdb|puntos?\s+básicos|pb|punti\s+base|pontos?[\s-]+base"
    r"|basispunkte\w*|basispunt(?:en)?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Basis points after a number: also read as percentage points, a hundredth of them (``25 basis
points`` / ``0,25 point de pourcentage``)."""
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|à|a|al|bis|до|and|et|y|und|e|и)\s*[$€£¥₽]?\s*", re.IGNORECASE)
"""What joins the two ends of a range (``10 à 12 milliards``, ``2012-17``)."""


_OF_WHICH = re.compile(
    r"[^.;!?]{0,40}(?<![^\W\d_])(?:of\s+(?:which|whom|them)|de\s+(?:los|las)\s+cuales|dos\s+quais|das\s+quais"
    r"|dont|davon|di\s+cui|waarvan|из\s+(?:них|которых)|з\s+(?:них|яких)|z\s+czego|z\s+których)"
    r"\s+(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
"""What between a number with its scale and a bare one makes the second a share of the first,
written without the scale again (``14 millones de euros, de los cuales 9 proceden de fondos
europeos``: nine million)."""


def _ranges(
    found: list[tuple[int, int, NumberMention]], runs: list[tuple[int, int, float]], masked: str
) -> list[tuple[int, int, NumberMention]]:
    """``found`` with the readings a range gives its ends: the first end takes the scale of the
    second (``de 10 à 12 milliards`` is ten billion to twelve billion, as ``$10bn-$12bn``), and
    the second end of a year span its century (``2012-17`` ends in 2017); and the reading a share
    of an amount takes from it (``_OF_WHICH``)."""
    extra: dict[tuple[int, int], set[float | str]] = {}
    for (a_start, a_end, a_scale), (b_start, b_end, b_scale) in zip(runs, runs[1:]):
        if a_scale > 1.0 and b_scale == 1.0 and _OF_WHICH.fullmatch(masked, a_end, b_start):
            extra.setdefault((b_start, b_end), set()).update(
                _num(float(m.value) * a_scale)
                for s, e, m in found
                if (s, e) == (b_start, b_end) and isinstance(m.value, float)
            )
            continue
        if not _RANGE_GAP.fullmatch(masked, a_end, b_start):
            continue
        first = [m for s, e, m in found if (s, e) == (a_start, a_end)]
        second = [m for s, e, m in found if (s, e) == (b_start, b_end)]
        if a_scale == 1.0 and b_scale > 1.0:
            extra.setdefault((a_start, a_end), set()).update(
                _num(float(m.value) * b_scale) for m in first if isinstance(m.value, float)
            )
        years = [float(m.value) for m in first if isinstance(m.value, float) and 1000 <= m.value <= 2100]
        if years and a_scale == b_scale == 1.0:
            extra.setdefault((b_start, b_end), set()).update(
                _num(years[0] // 100 * 100 + float(m.value))
                for m in second
                if isinstance(m.value, float) and m.value < 100 and years[0] % 100 < m.value
            )
    return [
        (s, e, replace(m, alts=m.alts | frozenset(extra[(s, e)])) if (s, e) in extra else m)
        for s, e, m in found
    ]


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """(additive words incl. ordinals, multipliers, counted nouns) for a language."""
    if lang == "en":
        units, ordinals, scales = _EN_UNITS, _EN_ORDINALS, _EN_SCALES
        counted = {"dozen": 12.0, "score": 20.0}
        units = {**units, "once": 1, "twice": 2, "thrice": 3, "both": 2}
    elif lang == "fr":
        units, ordinals, scales, counted = _FR_UNITS, _FR_ORDINALS, _FR_SCALES, _FR_EXTRA
    elif lang == "de":
        units = {**_DE_UNITS, **_DE_TENS, **_DE_COMPOUNDS, **_DE_ARTICLES, **_DE_TIMES}
        ordinals, scales, counted = _DE_ORDINALS, _DE_SCALES, {"dutzend": 12.0}
    elif lang == "es":
        units, ordinals, scales, counted = _ES_UNITS, _ES_ORDINALS, _ES_SCALES, _ES_COUNTED
    elif lang == "pt":
        units, ordinals, scales, counted = _PT_UNITS, _PT_ORDINALS, _PT_SCALES, _PT_COUNTED
    elif lang == "it":
        units, ordinals, scales, counted = _IT_UNITS, _IT_ORDINALS, _IT_SCALES, _IT_COUNTED
    elif lang == "nl":
        units = {**_NL_UNITS, **_NL_TENS, **_NL_COMPOUNDS}
        ordinals, scales, counted = _NL_ORDINALS, _NL_SCALES, {"dozijn": 12.0}
    elif lang == "ru":
        units, ordinals, scales, counted = _RU_UNITS | _RU_TIMES, _RU_ORDINALS, _RU_SCALES, _RU_COUNTED
    elif lang == "uk":
        units, ordinals, scales, counted = _UK_UNITS, _UK_ORDINALS, _UK_SCALES, _UK_COUNTED
    else:
        return {}, {}, {}
    additive = {k: float(v) for k, v in {**units, **ordinals}.items() if v < 100}
    if lang == "de":
        additive |= _DE_THOUSANDERS
    additive |= {k: float(v) for k, v in {**_HUNDREDS.get(lang, {}), **_COMPOUNDS.get(lang, {})}.items()}
    big = {k: float(v) for k, v in ordinals.items() if v >= 100}
    return _folded(additive), _folded({**scales, **big}), _folded(dict(counted))


def _folded(table: dict[str, float]) -> dict[str, float]:
    """A word table as the text is read: folded (Cyrillic "й" -> "и", "ї" -> "і"), also as folded
    keeping offsets (German "dreißig", whose "ß" folds to two letters, stays as written), and a
    word with an apostrophe (Ukrainian "п'ять") also written with the modifier letter
    (``пʼять``)."""
    out = {fold(k): v for k, v in table.items()} | {_fold_same_length(k): v for k, v in table.items()}
    return out | {k.replace("'", "\u02bc"): v for k, v in out.items() if "'" in k}


def _additive_ok(prev: float | None, value: float, archaic: bool) -> bool:
    """May ``value`` be added to a number whose last additive part was ``prev``?"""
    if prev is None:
        return True
    if archaic:  # "six-and-twenty"
        return prev < 10 and value >= 20 and value % 10 == 0
    if prev >= 20 and prev % 10 == 0 and value < 10:
        return True
    if prev in (60, 80) and 10 <= value <= 19:
        return True
    if prev >= 100 and prev % 100 == 0 and value < 100:
        return True  # "doscientos cincuenta"
    return prev == 10 and value < 10 and value > 0


def _word_mentions(masked: str, lang: str) -> list[tuple[int, int, NumberMention]]:
    """Numbers written as words ("twenty-nine", "quatre-vingt-dix", "a hundred and five")."""
    additive, scales, counted = _lexicon(lang)
    if not additive:
        return []
    norm = _fold_same_length(masked)
    tokens = [(m.start(), m.end(), m.group(0)) for m in _NUMBER_WORD.get(lang, _WORD).finditer(norm)]
    if lang in _WORD_PARTS:
        tokens = _part_tokens(tokens, additive, lang)
    out: list[tuple[int, int, NumberMention]] = []
    connector = {"en": "and", "es": "y", "pt": "e", "it": "e", "nl": "en"}.get(lang, "et")

    def is_num(word: str) -> bool:
        return word in additive or word in scales or word in counted

    i = 0
    while i < len(tokens):
        start, _, word = tokens[i]
        if i and norm[tokens[i - 1][1] : start] == "-" and not is_num(tokens[i - 1][2]):
            i += 1  # part of a hyphenated word: "Thunder-ten-tronckh"
            continue
        if not is_num(word) and not (
            word in _ARTICLES
            and i + 1 < len(tokens)
            and (tokens[i + 1][2] in scales or tokens[i + 1][2] in counted)
            and norm[tokens[i][1] : tokens[i + 1][0]].strip() == ""
        ):
            i += 1
            continue
        # Collect a run of number words joined by spaces, hyphens or a connector.
        run = [word]
        j = i + 1
        archaic_at: set[int] = set()
        while j < len(tokens):
            gap = norm[tokens[j - 1][1] : tokens[j][0]]
            if gap.strip(" -") or (not gap and lang not in _WORD_PARTS):
                break  # (no gap: parts of one Italian or Dutch word)
            nxt = tokens[j][2]
            if nxt == connector and j + 1 < len(tokens):
                after = tokens[j + 1][2]
                gap2 = norm[tokens[j][1] : tokens[j + 1][0]]
                prev_v = additive.get(run[-1])
                if gap2.strip(" -") or not is_num(after):
                    break
                if lang == "en" and (
                    run[-1] in scales or (prev_v or 0) >= 20 and additive.get(after, 99) < 20
                ):
                    j += 1  # "a hundred and five", "fourscore and seven"
                    continue
                if lang == "en" and prev_v is not None and prev_v < 10 and additive.get(after, 0) >= 20:
                    archaic_at.add(len(run))
                    j += 1
                    continue
                if lang == "fr" and prev_v in (20, 30, 40, 50, 60) and additive.get(after, 99) < 20:
                    j += 1  # "vingt et un", "soixante et onze", "soixante et douze" (old)
                    continue
                if lang == "es" and prev_v in (30, 40, 50, 60, 70, 80, 90) and additive.get(after, 99) < 10:
                    j += 1  # "treinta y cinco"
                    continue
                if lang == "pt":
                    j += 1  # "vinte e cinco", "cento e vinte", "mil e quinhentos"
                    continue
                break
            if not is_num(nxt):
                break
            run.append(nxt)
            j += 1
        end = tokens[j - 1][1]
        if lang == "en" and run == ["once"]:  # "once a month" / "月に1回"; "once he left": no count
            out.append((start, end, NumberMention(1.0, strength="soft")))
            i = j
            continue
        out.extend(
            (start, end, m)
            for m in _evaluate_run(run, archaic_at, additive, scales, counted, _neuf_ok(tokens, j, lang))
        )
        i = j
    return out


_KANJI_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
_KANJI = "".join(_KANJI_DIGITS) + "".join(_KANJI_UNITS) + "".join(_KANJI_SCALES)
_KANJI_RUN = re.compile(
    rf"(?<![{_KANJI}])(?P<ordinal>第)?(?P<percent>百分之)?"
    rf"(?P<run>[{_KANJI}]+(?:[点點][〇零一二三四五六七八九]+[万萬亿億兆]*)?)"
)
_KANJI_CHARS = frozenset(_KANJI)
_KANJI_LANGS = frozenset({"zh", "ja"})
_COUNTERS = frozenset(
    "个個名位家年月天日号號次项項条條种種件人岁歲倍国國所座架辆輛艘部本份批期届屆轮輪场場点點时時小分秒周"
    "星层層张張只隻头頭元美欧歐公千万萬亿億兆度成回台枚社つヶヵカか局区區省市县縣道章节節条款季"
)
"""What follows a Chinese or Japanese numeral that counts something (measure words and counters:
``三个``, ``五年``, ``二人``, ``三つ``); a lone numeral before anything else is mostly part of a word
or a name (``四川``, ``三星``, ``四面八方``) and is read as ``soft``."""


def _kanji_value(run: str, year: bool) -> float | None:
    """The value of a numeral written in Chinese characters (``三千五百`` 3500, ``四百亿``,
    ``一亿三千万``, ``三千零五`` 3005, ``三点五`` 3.5, ``二〇二二`` read digit by digit, as a year
    without a zero is where ``year`` says 年 follows); None where it is no number (``三四``,
    "three or four"; ``万一``, ``千万``, idioms)."""
    whole, point, decimals = run.partition("点") if "点" in run else run.partition("點")
    scale = 1.0
    while decimals and decimals[-1] in _KANJI_SCALES:  # "三十一点八万亿": 31.8 trillion
        scale *= _KANJI_SCALES[decimals[-1]]
        decimals = decimals[:-1]
    if scale != 1.0:
        value = _kanji_value(f"{whole}点{decimals}", year)
        return None if value is None else value * scale
    fraction = float("0." + "".join(str(_KANJI_DIGITS[c]) for c in decimals)) if point else 0.0
    if all(c in _KANJI_DIGITS for c in whole):
        if len(whole) == 1:
            return _KANJI_DIGITS[whole] + fraction
        if "〇" in whole or "零" in whole or (year and len(whole) == 4):
            return float("".join(str(_KANJI_DIGITS[c]) for c in whole)) + fraction
        return None
    if whole[0] in _KANJI_SCALES or whole[0] in "百千":
        return None
    total = big = section = 0.0
    digit: int | None = None
    last_unit, last_scale = 10_000, 1e13
    for c in whole:
        if c in _KANJI_DIGITS:
            if digit not in (None, 0) and _KANJI_DIGITS[c] != 0:
                return None
            digit = _KANJI_DIGITS[c]
        elif c in _KANJI_UNITS:
            unit = _KANJI_UNITS[c]
            if unit >= last_unit:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            scale = _KANJI_SCALES[c]
            part = section + (digit or 0)
            if scale >= last_scale:
                total, big = (total + big + part) * scale, 0.0
            else:
                big += part * scale
            section, digit, last_unit, last_scale = 0.0, None, 10_000, scale
    return total + big + section + (digit or 0) + fraction


_CJK_FRACTION = re.compile(
    r"(?<![百\d])([一二两兩三四五六七八九十]{1,2}|\d{1,2})分之([一二两兩三四五六七八九]|\d)(?!\d)"
)
"""A fraction in Chinese, the denominator first: ``三分之一`` (a third), ``四分之三``."""


def _cjk_fractions(masked: str) -> list[tuple[int, int, NumberMention]]:
    """The fractions of ``masked`` (``_CJK_FRACTION``), valued as their digit forms are (``1/3``):
    ``三分之一`` had been read as 3 against "a third"."""
    out = []
    for m in _CJK_FRACTION.finditer(masked):
        parts = [float(p) if p.isdigit() else _kanji_value(p, False) for p in (m.group(2), m.group(1))]
        if parts[0] is None or not parts[1]:
            continue
        num, den = int(parts[0]), int(parts[1])
        value, *alts = _DIGIT_FRACTIONS.get((str(num), str(den)), (num / den,))
        out.append((m.start(), m.end(), NumberMention(value, frozenset(alts), strength="weak")))
    return out


def _kanji_mentions(masked: str, text: str, lang: str) -> list[tuple[int, int, NumberMention]]:
    """Numbers written in Chinese characters in Chinese and Japanese (``十二``, ``三千五百``,
    ``百分之三点五``, ``第三``), read as numbers in words (``weak``); a numeral right after digits
    is their scale, read with them (``5千克`` is 5 kg). A numeral of 1 to 12 before ``月`` is the
    month (``三月``: ``三个月``, ``三か月`` are three months)."""
    if lang not in _KANJI_LANGS:
        return []
    out = _cjk_fractions(masked)
    for m in _KANJI_RUN.finditer(masked):
        if m.start() and text[m.start() - 1].isdigit():
            continue
        if any(a < m.end() and m.start() < b for a, b, _ in out):
            continue
        run, after = m.group("run"), masked[m.end() : m.end() + 1]
        if run == "十" and after == "分" and masked[m.end() + 1 : m.end() + 2] not in ("钟", "鐘"):
            continue  # "十分": "very" ("十分钟": ten minutes)
        value = 100.0 if m.group("percent") and run == "百" else _kanji_value(run, after == "年")
        if value is None:
            continue
        if after == "月" and not m.group("ordinal") and value in range(1, 13) and len(run) <= 3:
            out.append((m.start(), m.end() + 1, NumberMention(f"month={int(value)}", strength="weak")))
            continue
        lone = len(run) == 1 and not m.group("ordinal") and not m.group("percent")
        strength = "soft" if lone and (run == "一" or after not in _COUNTERS) else "weak"
        first = bool(m.group("ordinal")) and value == 1
        out.append((m.start(), m.end(), NumberMention(_num(value), strength=strength, first=first)))
    return out


def kanji_numerals(text: str) -> list[str]:
    """The numerals of ``text`` written in Chinese characters, each as the digits it would be
    written with before its 万 / 亿 scale (``十八点一万亿`` -> ``18.1``, ``三千五百`` -> ``3500``,
    ``百分之六点七`` -> ``6.7``), for the aligner's lexical anchors: the same figure in digits on
    the other side (``18.1 trillion``) is then a shared number."""
    out: list[str] = []
    if _KANJI_CHARS.isdisjoint(text):
        return out
    for m in _KANJI_RUN.finditer(text):
        run = m.group("run").rstrip("万萬亿億兆")
        if len(run) < 2 or (m.start() and text[m.start() - 1].isdigit()):
            continue
        value = _kanji_value(run, False)
        if value is not None:
            out.append(f"{value:.10g}")
    return out


def _part_tokens(
    tokens: list[tuple[int, int, str]], additive: dict[str, float], lang: str
) -> list[tuple[int, int, str]]:
    """Word tokens with each Italian or Dutch number word of several parts ("duemilaventidue")
    split into its parts (``_word_parts``), each a token of its own span, with no gap between
    them."""
    out = []
    for start, end, word in tokens:
        parts = None if word in additive else _word_parts(word, lang)
        if not parts:
            out.append((start, end, word))
            continue
        for part in parts:
            out.append((start, start + len(part), part))
            start += len(part)
    return out


_IT_NOT_PLURAL = frozenset(
    {"che", "qui", "lei", "lui", "noi", "voi", "poi", "mai", "se", "e", "di", "ne", "si"}
)


def _neuf_ok(tokens: list[tuple[int, int, str]], j: int, lang: str = "fr") -> bool:
    """A lone French ``neuf`` (new) or Italian ``sei`` (you are) is the number only before a
    plural or a number ("neuf ans", "sei anni")."""
    if j >= len(tokens):
        return False
    nxt = tokens[j][2]
    if lang == "it":
        return (nxt.endswith(("i", "e")) and nxt not in _IT_NOT_PLURAL) or nxt in _IT_SCALES
    return nxt.endswith(("s", "x")) or nxt in _FR_SCALES


def _evaluate_run(
    run: list[str],
    archaic_at: set[int],
    additive: dict[str, float],
    scales: dict[str, float],
    counted: dict[str, float],
    neuf_ok: bool,
) -> list[NumberMention]:
    """Turn a run of number words into values, splitting where a new number must begin.

    A number made of one word only follows the single-word rules: a bare ``one``/``un``/``une``
    is soft, ``second``/``seconde``/``neuf`` (adjective) are dropped, and a bare multiplier is soft
    (``mille fois``) or, in the plural, dropped (``hundreds of``).
    """
    out: list[NumberMention] = []
    total = current = 0.0
    prev: float | None = None
    last_scale = float("inf")
    words: list[str] = []

    def flush() -> None:
        nonlocal total, current, prev, last_scale, words
        if words:
            out.extend(_single_word(words, total + current, scales, counted, neuf_ok))
        total = current = 0.0
        prev, last_scale, words = None, float("inf"), []

    for k, word in enumerate(run):
        if word in _ARTICLES and k + 1 < len(run) and (run[k + 1] in scales or run[k + 1] in counted):
            flush()
            current, words = 1.0, [word]
            continue
        if word in _ORDINALS_ALONE and words:
            flush()  # "les dix premiers jours", "los diez primeros", "die zehn ersten": 10, then 1st
        if word in additive:
            v = float(additive[word])
            if v == 20 and prev == 4 and k > 0 and run[k - 1] == "quatre":  # quatre-vingt(s)
                current += 76
                prev = 80.0
                words.append(word)
                continue
            if words and not _additive_ok(prev, v, k in archaic_at):
                flush()
            current += v
            prev = v
        elif word in counted:
            current = (current or 1.0) * counted[word]
            prev = None
        elif word in scales:
            s = scales[word]
            if s == 100:
                if current >= 100:
                    flush()
                current = (current or 1.0) * 100
            else:
                if s >= last_scale:
                    flush()
                total += (current or 1.0) * s
                current, last_scale = 0.0, s
            prev = None
        words.append(word)
    flush()
    return out


def _single_word(
    words: list[str], value: float, scales: dict[str, float], counted: dict[str, float], neuf_ok: bool
) -> list[NumberMention]:
    """The mention for one number's words, applying the rules for numbers of a single word."""
    first = words[0]
    if first in scales or first in counted:  # no count before it
        plural = first.endswith("s") or first in _PLURAL_COUNTS
        return [] if plural else [NumberMention(_num(value), strength="soft")]
    if len(words) == 1:
        if first in _SOFT_ONES:
            return [NumberMention(1.0, strength="soft")]
        if first in _COMPOUND_ONLY and not (first in ("neuf", "sei") and neuf_ok):
            return []
    return [NumberMention(_num(value), strength="weak", first=len(words) == 1 and first in _FIRSTS)]


def _roman_mentions(text: str, lang: str) -> list[tuple[int, int, NumberMention]]:
    """Roman numerals: ``II``, ``XIV`` (I/V/X only) and ``XIXe``/``Ier`` anywhere; any other
    (``V``, ``L``, ``DC``) only after a keyword ("Chapter V"); a lone ``I`` after a keyword or, in a
    language where it is not a word, at the very start (a heading: "I UN ÉCUEIL FUYANT")."""
    additive, scales, counted = _lexicon(lang)
    out: list[tuple[int, int, NumberMention]] = []
    for m in re.finditer(r"(?<![\w'’])([IVXLCDM]+)(e|ème|er)?(?:['’]s)?(?![\w'’])", text):
        token = m.group(1)
        value = _roman_value(token)
        if not value or fold(token) in additive or fold(token) in scales or fold(token) in counted:
            continue
        prev_word = re.findall(r"([^\W\d_]+)\s+$", fold(text[max(0, m.start() - 20) : m.start()]))
        keyed = bool(prev_word) and prev_word[-1] in _ROMAN_KEYS
        plain = len(token) >= 2 and set(token) <= set("IVX")
        ordinal = (
            bool(m.group(2)) and set(token) <= set("IVXLC") and (len(token) >= 2 or m.group(2) == "er")
        )  # "XIXe", "Ier", never "Le"/"Ce"
        rest = text[m.end() :].strip()
        # at the very start, before nothing or a word in capitals: "V À L'AVENTURE", "II ."
        heading = (
            not re.sub(r"[\W_]", "", text[: m.start()])
            and (not m.group(2) or set(token) <= set("IVX"))  # "Ve RÉPUBLIQUE", never "Le FMI"
            and (not re.sub(r"[\W_]", "", rest) or (rest[:1].isupper() and rest.split()[0].isupper()))
        )
        if heading and lang == "en" and token == "I":
            if not re.sub(r"[\W_]", "", rest):  # "I" alone: a heading or the pronoun
                out.append((m.start(), m.end(), NumberMention(1.0, strength="soft")))
            continue
        if (
            len(token) == 1
            and re.match(r"\s*[^\W\d_]", text[m.end() :])
            and text[m.end() :].strip()[:1].islower()
        ):
            keyed = False  # "my part I have": the pronoun
        if token == "II" and lang == "fr" and _FR_IL_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), NumberMention(2.0, strength="soft")))  # OCR of "Il"
        elif keyed or plain or ordinal or heading:
            out.append((m.start(), m.end(), NumberMention(_num(value))))
    return out


_FR_IL_AFTER = re.compile(
    r"\s+(?:y\s|[snlm][’']|est\b|était\b|a\b|avait\b|fut\b|faut\b|fallait\b|doit\b|devait\b"
    r"|va\b|allait\b|se\b|ne\b|lui\b|en\b|nous\b|vous\b)"
)
"""What follows "II" when a scan misread the pronoun "Il" ("II y a", "II s'agit", "II est"): such
an "II" may match a 2 on the other side but is never a 2 missing there ("Louis II est mort")."""


def _month_mentions(
    text: str, lang: str, spans: list[tuple[int, int, NumberMention]]
) -> list[tuple[int, int, NumberMention]]:
    """Month names: strong right next to a digit number ("21 janvier", "January 21", "March,
    1857"), weak next to a number in words, soft elsewhere (they may match but never mismatch)."""
    out: list[tuple[int, int, NumberMention]] = []
    months = _MONTHS.get(lang, {})
    for m in _WORD.finditer(text):
        month = months.get(fold(m.group(0))) or _month_of_stem(m.group(0), lang)
        if month is None or (lang in ("en", "tr") and not m.group(0)[0].isupper()):
            continue
        if (after := _NOT_A_MONTH.get(lang)) and after.match(text, m.end()):
            continue
        if lang not in ("en", "de") and m.group(0)[0].isupper() and _NAME_AFTER.match(text, m.end()):
            continue  # "o ciclista Marco Bellandi": a given name, not "março"
        if any(a <= m.start() < b for a, b, _ in spans):
            continue
        near = [
            mention.strength
            for a, b, mention in spans
            if isinstance(mention.value, float)
            and (
                _MONTH_GAP.match(text[b : m.start()])
                if b <= m.start()
                else _MONTH_GAP.match(text[m.end() : a])
            )
        ]
        strength = "strong" if "strong" in near else "weak" if near else "soft"
        out.append((m.start(), m.end(), NumberMention(f"month={month}", strength=strength)))
    return out


def _month_of_stem(word: str, lang: str) -> int | None:
    """The month a word opens with, in a language that glues endings to it (``_MONTH_STEMS``)."""
    folded = fold(word)
    return next((k for stem, k in _MONTH_STEM_TABLES.get(lang, ()) if folded.startswith(stem)), None)


_NAME_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Þ][^\W\d_]*[a-zà-ÿ]")
"""A capitalised word after a month's name where months are written in lower case: the month is
a given name (Portuguese ``Marco Bellandi``, folded as ``março``)."""
_TRANSCRIBER_NOTE = re.compile(rf"\[[^\[\]\n]{{0,40}}?\b{CLOCK}[^\[\]\n]{{0,20}}\]")
"""A transcription service's note with a timecode in square brackets (``[inaudible 00:02:01]``,
``[crosstalk 00:01:23]``, ``[00:05:12]``): its digits are the recording's clock, not numbers of
the speech, so they are no evidence of a changed number."""


_NO_NUMBER = {
    "uk": re.compile(r"(?<![^\W\d_])(?:з|із|зі)\s+(другого)\s+боку(?![^\W\d_])", re.I),
    "en": re.compile(r"(?<![\w'’])(?:at\s+(first)|(first)\s+(?:of\s+all|and\s+foremost))(?![\w'’])", re.I),
}
"""Idioms whose number word (their last group) is no number: Ukrainian "з другого боку", "on the
other hand" ("другий" is both "second" and "other"); English "at first" and "first of all"
(French "d'abord")."""


def number_mentions(text: str, lang: str) -> list[NumberMention]:
    """All numbers of ``text`` (digits, words in English, French, German, Dutch, Spanish,
    Portuguese, Italian, Russian and Ukrainian, Chinese and Japanese numerals, roman numerals,
    dated months, Chinese/Japanese/Korean dates and 万/亿 scales), in text order. ``lang`` picks
    the word lexicon and the reading of ``1,000``/``3,5``. Transcribers' notes with a timecode
    (``_TRANSCRIBER_NOTE``) are left out. Read once per text and language (the checks ask for a
    text's numbers, months and differences in turn)."""
    return list(_number_mentions(text, lang))


@lru_cache(maxsize=TEXT_CACHE)
def _number_mentions(text: str, lang: str) -> tuple[NumberMention, ...]:
    return tuple(mention for _, _, mention in _number_spans(text, lang))


_LATER_HALF = {
    lang: re.compile(pattern, re.IGNORECASE)
    for lang, pattern in {
        "en": r"\s*o['’]\s?clock\b",
        "es": r"\s+de\s+la\s+(?:noche|tarde)\b",
        "fr": r"\s+(?:heures?\s+)?(?:du\s+soir|de\s+l['’]après-midi)\b",
        "it": r"\s+(?:di\s+sera|del\s+pomeriggio|di\s+notte)\b",
        "pt": r"\s+(?:horas\s+)?da\s+(?:noite|tarde)\b",
        "de": r"\s+(?:Uhr\s+)?(?:abends|nachmittags|nachts)\b",
        "nl": r"\s+(?:uur\s+)?['’]s\s+(?:avonds|middags|nachts)\b",
        "ru": r"\s+(?:час(?:а|ов)?\s+)?(?:вечера|дня|ночи)\b",
    }.items()
}
"""After an hour of 1 to 11, what makes it one of either half of the day or of the later half
(``ten o'clock``, ``las once de la noche``, ``sept heures du soir``): it also matches the hour
plus 12 (``22 heures``, ``vingt-trois heures``)."""


_DECADES_AFTER = re.compile(
    r"[\s-]+(?:decades?|décennies|décadas|decenni|decadi|jahrzehnten?|decennia"
    r"|десятилети[йяею]\w*|десятиліт\w*|dekad[ay]?|dziesięcioleci\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Decades after a number: also read as ten times as many years (``three decades`` / ``trente
ans``)."""


_ARABIC_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})
"""The Arabic decimal and thousands separators (``٣٫٥``, ``١٢٬٥٠٠``), read as the point and comma
between digits are (Arabic-Indic digits are digits to every pattern here)."""


@lru_cache(maxsize=TEXT_CACHE)
def _number_spans(text: str, lang: str) -> tuple[tuple[int, int, NumberMention], ...]:
    """The numbers of ``text`` as ``number_mentions`` reads them, each with its span in ``text``
    made NFC (the units after a number are read from there, ``_qualified``)."""
    text = _TRANSCRIBER_NOTE.sub(lambda m: " " * len(m.group(0)), unicodedata.normalize("NFC", text))
    text = text.translate(_ARABIC_SEPARATORS)
    digits, masked = _digit_mentions(text, lang)
    romans = _roman_mentions(masked, lang)
    masked_chars = list(masked)
    for a, b, _ in romans:
        masked_chars[a:b] = " " * (b - a)
    if idiom := _NO_NUMBER.get(lang):
        for m in idiom.finditer(masked):
            masked_chars[m.start(m.lastindex) : m.end(m.lastindex)] = " " * len(m.group(m.lastindex))
    compound: list[tuple[int, int, NumberMention]] = []
    if lang in ("es", "pt"):  # "vigésima séptima" (27th): a tens ordinal and a unit ordinal
        for m in _COMPOUND_ORDINAL.finditer(_fold_same_length("".join(masked_chars))):
            value = _COMPOUND_TENS[m.group(1)] + _UNIT_ORDINAL_STEMS[m.group(2)]
            compound.append((m.start(), m.end(), NumberMention(float(value), strength="weak")))
            masked_chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for pattern, value_of in _NAMED_PERIODS.get(lang, ()):  # "Sechzigerjahre", "nell'Ottocento"
        for m in pattern.finditer("".join(masked_chars)):
            if lang == "it" and _SENTENCE_START.search(text, 0, m.start()):
                continue  # "Ottocento persone": a sentence's capital, 800
            value, alts = value_of(_fold_same_length(m.group(1)))
            compound.append((m.start(), m.end(), NumberMention(value, alts, strength="weak")))
            masked_chars[m.start() : m.end()] = " " * (m.end() - m.start())
    rest = "".join(masked_chars)
    lowered = rest.lower()
    amounts_here = _WORD_AMOUNTS[lang] if any(stem in lowered for stem in _AMOUNT_STEMS.get(lang, ())) else ()
    for pattern, amounts in amounts_here:  # "la moitié", "a third of", "tripled"
        for m in list(pattern.finditer(rest)):
            value, *alts = amounts
            compound.append((m.start(), m.end(), NumberMention(value, frozenset(alts), strength="weak")))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if clock := _CLOCK_WORDS.get(lang):  # "noon", "à midi": 12 o'clock, matched only by a 12
        for m in clock.finditer(rest):
            value = 12.0 if m.group("noon") else 0.0
            compound.append(
                (m.start(), m.end(), NumberMention(value, frozenset({24.0, 12.0}) - {value}, "soft"))
            )
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    words = compound + _word_mentions(rest, lang) + _kanji_mentions(rest, text, lang)
    if lang == "fr":
        words = [
            (a, b, replace(m, alts=m.alts | _IDIOMS[m.value]))
            if m.value in _IDIOMS and m.strength == "weak" and _JOURS.match(text, b)
            else (a, b, m)
            for a, b, m in words
        ]
    words = [  # a bare "hundred"/"mille" is a number in words, unless it is "a thousand times"
        (a, b, replace(m, strength="weak"))
        if m.strength == "soft"
        and isinstance(m.value, float)
        and m.value >= 100
        and not _HYPERBOLE.match(text, b)
        else (a, b, m)
        for a, b, m in words
    ]
    if second := _SECOND.get(lang):
        taken = [(a, b) for a, b, m in words if m.strength != "soft"]  # "un second mandat": "un" soft
        words += [
            (m.start(m.lastindex), m.end(m.lastindex), NumberMention(2.0, strength="weak"))
            for m in second.finditer(masked)
            if not any(a <= m.start(m.lastindex) < b for a, b in taken)
        ]
    spans = [*digits, *romans, *words]
    if later := _LATER_HALF.get(lang):  # "ten o'clock", "las once de la noche": also 22, 23
        spans = [
            (a, b, replace(m, alts=m.alts | {_num(m.value + 12)}))
            if isinstance(m.value, float) and 1 <= m.value < 12 and later.match(text, b)
            else (a, b, m)
            for a, b, m in spans
        ]
    spans = [  # "three decades" / "trente ans": also 30
        (a, b, replace(m, alts=m.alts | {_num(m.value * 10)}))
        if isinstance(m.value, float) and _DECADES_AFTER.match(text, b)
        else (a, b, m)
        for a, b, m in spans
    ]
    spans += _month_mentions(text, lang, spans)
    spans = _and_a_half(text, lang, spans)
    spans.sort(key=lambda t: (t[0], t[1]))
    if lang == "fr":
        spans = _fr_decimals(text, spans)
    return tuple(spans)


_AND_A_HALF = {
    "en": r"and\s+a\s+half",
    "fr": r"et\s+demie?",
    "es": r"y\s+medi[oa]",
    "pt": r"e\s+mei[oa]",
    "it": r"e\s+mezz[oa]",
    "nl": r"en\s+een\s+half",
    "ru": r"с\s+половиной",
    "uk": r"з\s+половиною",
}
_HALF_AFTER = {
    lang: re.compile(rf"\s*['’]?\s*(?:[^\W\d_]+\s+)?{half}(?![^\W\d_])", re.IGNORECASE)
    for lang, half in _AND_A_HALF.items()
}
_HALF_AFTER |= {
    "ja": re.compile(r"(?:時間|か月|ヶ月|カ月|ケ月|年)半"),
    "zh": re.compile(r"(?:个?小时|個?小時|个月|個月|年)半"),
}
"""A half after a number, with or without its unit between ("two and a half hours", "deux heures
et demie", "два с половиной часа", "1時間半")."""
_HALF_BEFORE = {
    "en": (re.compile(r"(?<![^\W\d_])half[\s-]+past\s+$", re.IGNORECASE), 0.5),
    "de": (re.compile(r"(?<![^\W\d_])halb\s+$", re.IGNORECASE), -0.5),
    "nl": (re.compile(r"(?<![^\W\d_])half\s+$", re.IGNORECASE), -0.5),
}
"""A half hour before the hour's number: English "half past three" (3:30), German "halb vier"
and Dutch "half vier" (3:30 too)."""
_ONE_AND_A_HALF = {
    "en": re.compile(
        r"(?<![^\W\d_])an?\s+(?:second|minute|hour|day|week|month|year|decade|century)\s+and\s+a\s+half(?![^\W\d_])",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?<![^\W\d_])(?:anderthalb|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb)",
        re.IGNORECASE,
    ),
    "nl": re.compile(r"(?<![^\W\d_])anderhalf", re.IGNORECASE),
}
"""A number and a half in one phrase without a number word of its own: English "an hour and a
half" (a unit of time: "a mile and a half" is "un mille et demi", read as a thousand), German
"anderthalb" and "zweieinhalb", Dutch "anderhalf"."""
_DE_HALVES = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn")
_HALF_OF = {
    lang: re.compile(rf"(?<![^\W\d_]){half}\s+$", re.IGNORECASE)
    for lang, half in {
        "en": "half", "de": "halbe[nrs]?", "nl": "half", "es": "medio", "it": "mezz[oa]", "pt": "mei[oa]",
        "sv": "halv", "da": "halv", "no": "halv",
    }.items()
}  # fmt: skip
"""A half before a scale word or a dozen: "half a billion" is 500,000,000 ("eine halbe Milliarde",
"medio millón", "een half miljoen"), "half a dozen" 6; read as the whole before."""
_HALF_SCALES = {
    "fr": re.compile(r"(?<![^\W\d_])demi-(million|milliard)s?(?![^\W\d_])", re.IGNORECASE),
    "ru": re.compile(r"(?<![^\W\d_])пол(миллиона|миллиарда)(?![^\W\d_])", re.IGNORECASE),
    "uk": re.compile(r"(?<![^\W\d_])пів\s?(мільйона|мільярда)(?![^\W\d_])", re.IGNORECASE),
}
"""Half a scale in one word: "un demi-milliard", "полмиллиона" (not read as a number before)."""
_HALVED = (12.0, 1e6, 1e9, 1e12)


def _and_a_half(
    text: str, lang: str, spans: list[tuple[int, int, NumberMention]]
) -> list[tuple[int, int, NumberMention]]:
    """The numbers of ``spans`` followed by a half (``_HALF_AFTER``) made that number and a half,
    and the phrases of ``_ONE_AND_A_HALF`` added: "an hour and a half" is 1.5, as "une heure et
    demie" and "полтора часа" are (before, 1 or nothing against 1.5, so "an hour and a half" /
    "deux heures et demie" passed). A million and a half is 1,500,000 ("un million et demi", read
    as 1,000,000.5 before)."""
    out: list[tuple[int, int, NumberMention]] = []
    half = _HALF_AFTER.get(lang)
    before = _HALF_BEFORE.get(lang)
    half_of = _HALF_OF.get(lang)
    for a, b, mention in spans:
        whole = isinstance(mention.value, float) and mention.value == int(mention.value)
        if (
            mention.value in _HALVED
            and mention.strength != "strong"
            and half_of
            and not (out and half and half.match(text, out[-1][1]))  # "one and a half million"
            and (h := half_of.search(text[:a]))
        ):
            out = _without_article(out, text, h.start())
            mention = replace(mention, value=mention.value / 2, alts=frozenset())
            a = h.start()
        elif whole and half and half.match(text, b):
            # digits keep their own reading too: "3 heures et demie" may be 3:30 or three hours and a half
            alts = frozenset({mention.value}) if mention.strength == "strong" else frozenset()
            scale = next((s for s in (1e12, 1e9, 1e6) if mention.value % s == 0 and mention.value), 1.0)
            strength = "weak" if mention.strength == "soft" else mention.strength  # "one and a half"
            mention = replace(mention, value=mention.value + scale / 2, alts=alts, strength=strength)
        elif whole and before and before[0].search(text[:a]):
            mention = replace(mention, value=mention.value + before[1], alts=frozenset({mention.value}))
        out.append((a, b, mention))
    phrase = _ONE_AND_A_HALF.get(lang)
    for m in phrase.finditer(text) if phrase else ():
        if any(a < m.end() and m.start() < b for a, b, _ in out):
            continue
        word = m.group(0).lower()
        value = 1.5 if lang != "de" or word.startswith("anderthalb") else _DE_HALVES.index(word[:-7]) + 1.5
        out.append((m.start(), m.end(), NumberMention(value, strength="weak")))
    scales = _HALF_SCALES.get(lang)
    for m in scales.finditer(text) if scales else ():
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            value = 5e5 if m.group(1).lower().startswith(("million", "милл", "мільй")) else 5e8
            out = _without_article(out, text, m.start())
            out.append((m.start(), m.end(), NumberMention(value, strength="weak")))
    return _times_scale(text, half, sorted(out, key=lambda span: span[0]))


def _without_article(
    spans: list[tuple[int, int, NumberMention]], text: str, start: int
) -> list[tuple[int, int, NumberMention]]:
    """``spans`` less a 1 right before ``start``: the article of a half (``eine halbe
    Milliarde``, ``un demi-milliard``), no number of its own."""
    return [span for span in spans if not (span[2].value == 1 and not text[span[1] : start].strip())]


def _times_scale(
    text: str, half: re.Pattern[str] | None, spans: list[tuple[int, int, NumberMention]]
) -> list[tuple[int, int, NumberMention]]:
    """A number and a half before a bare million or milliard made one number: "one and a half
    million" and "anderthalb Millionen" are 1,500,000, as "un million et demi" is."""
    out: list[tuple[int, int, NumberMention]] = []
    for a, b, mention in spans:
        gap = text[out[-1][1] : a].rstrip() if out else "x"
        joined = not gap.strip() or (half is not None and half.fullmatch(gap))
        if joined and mention.value in (1e6, 1e9, 1e12):
            first = out[-1][2]
            if isinstance(first.value, float) and first.value % 1 == 0.5 and mention.strength != "strong":
                out[-1] = (out[-1][0], b, replace(first, value=first.value * mention.value, alts=frozenset()))
                continue
        out.append((a, b, mention))
    return out


def _amounts(*rows: tuple[str, tuple[float, ...]]) -> tuple[tuple[re.Pattern[str], tuple[float, ...]], ...]:
    return tuple(
        (re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])", re.IGNORECASE), values)
        for pattern, values in rows
    )


_HALF, _THIRD, _QUARTER = (0.5, 50.0), (1 / 3, 33.0, 33.3), (0.25, 25.0)
_TWO_THIRDS, _THREE_QUARTERS = (2 / 3, 66.0, 66.7, 67.0, 2.0), (0.75, 75.0, 3.0)
_TWICE, _THRICE, _FOURFOLD = (2.0,), (3.0,), (4.0,)
_CLOCK_WORDS = {
    lang: re.compile(rf"(?<![^\W\d_])(?:(?P<noon>{noon})|(?P<midnight>{midnight}))(?![^\W\d_])")
    for lang, noon, midnight in (
        ("en", "noon|midday|Noon|Midday", "midnight|Midnight"),
        ("fr", "midi", "minuit"),
        ("de", "Mittag|mittags", "Mitternacht"),
        ("es", "mediodía", "medianoche"),
        ("it", "mezzogiorno", "mezzanotte"),
        ("pt", "meio-dia", "meia-noite"),
        ("nl", "middaguur", "middernacht"),
    )
}
"""Noon and midnight, read as 12 and 0 (or 24) o'clock that only a 12 or a 0 matches and
nothing else misses (``until noon on Friday`` / ``alle 12 di venerdì``). French ``midi`` in
lower case only (``le Midi`` is the south)."""
_AMOUNT_AFTER = (
    "(?:"
    + "|".join(
        rf"(?<={w}\s)"
        for w in ("by", "almost", "nearly", "about", "roughly", "around", "over", "under", "than")
    )
    + ")"
)
"""Words after which ``a third`` or ``a quarter`` is an amount (``by a third``, ``almost a
third``), not an ordinal (``a third mouthful``)."""
_QUARTER_HOUR, _HALF_HOUR, _THREE_QUARTERS_HOUR = (15.0, 0.25), (30.0, 0.5), (45.0, 0.75)
"""A quarter, a half and three quarters of an hour, read in minutes (``drie kwartier`` / ``45
minutes``) and as the fraction of an hour."""
_DIGIT_FRACTIONS = {
    ("1", "2"): _HALF,
    ("1", "3"): _THIRD,
    ("2", "3"): _TWO_THIRDS,
    ("1", "4"): _QUARTER,
    ("3", "4"): _THREE_QUARTERS,
}
_DIGIT_FRACTION = re.compile(
    r"(?<![\w/.,])([123])\s?/\s?([234])(?![\w/]|[.,]\d)(?=\s*(?:of|des?|du|d['’]|der|dem|den|del|della|dello|di|dei"
    r"|degli|delle|do|da|dos|das)\b)",
    re.IGNORECASE,
)
"""A fraction in digits before "of" and its like (``1/3 of voters``, ``2/3 des électeurs``): read
as the same amount in words (``a third``, ``deux tiers``) with its percentage, where before its
1 and 3 were two numbers the other side lacked."""
_WORD_AMOUNTS = {
    "en": _amounts(
        (r"(?<!and\s)(?:one|a)\s+half(?=\s+of\b)|"
        + "".join(f"(?<!{w} )" for w in ("first", "second", "latter", "other", "better", "last", "top", "lower", "upper"))
        + r"half(?=\s+(?:of|the|its|their|his|her|our|all)\b)", _HALF),
        (r"(?:a|one)\s+quarter(?:\s+of\s+an|[\s-]+an?)[\s-]+hour", _QUARTER_HOUR),
        (r"three[\s-]+quarters\s+of\s+an\s+hour", _THREE_QUARTERS_HOUR), (r"half\s+an\s+hour|half[\s-]+hour", _HALF_HOUR),
        (r"half\s+a\s+(?:percentage\s+)?point|half[\s-]+point|(?<=by\s)half|(?<=in\s)half|halved?|halving", _HALF),
        (r"(?:one|a)\s+third(?=\s+(?:of|full|empty)\b)|one[\s-]+third(?![\w-])|" + _AMOUNT_AFTER + r"(?:one|a)\s+third", _THIRD),
        (r"two[\s-]+thirds", _TWO_THIRDS),
        (r"(?:one|a)\s+quarter(?=\s+(?:of|full|empty)\b|[\s-]+(?:of\s+a\s+)?(?:percentage[\s-]+)?point)"
         r"|one[\s-]+quarter(?![\w-])|" + _AMOUNT_AFTER + r"(?:one|a)\s+quarter"
         r"|(?:the|a)\s+fourth\s+part", _QUARTER),
        (r"three[\s-]+quarters", _THREE_QUARTERS),
        (r"(?:the|a)\s+third\s+part", _THIRD),
        (r"doubled|doubling|twofold", _TWICE), (r"tripled|tripling|threefold", _THRICE),
        (r"quadrupled|quadrupling|fourfold", _FOURFOLD),
    ),
    "fr": _amounts(
        (r"un\s+quart\s+d['’]heure", _QUARTER_HOUR), (r"trois\s+quarts\s+d['’]heure", _THREE_QUARTERS_HOUR),
        (r"(?:une\s+)?demi-heure", _HALF_HOUR), (r"(?:un\s+)?demi-point", _HALF),
        (r"(?<!à\s)(?:la|de)\s+moitié", _HALF), (r"un\s+tiers(?=\s+(?:de|des|du|d['’]))", _THIRD),
        (r"deux\s+tiers", _TWO_THIRDS),
        (r"un\s+quart(?!\s+d['’]heure)", _QUARTER), (r"trois\s+quarts(?!\s+d['’]heure)", _THREE_QUARTERS),
        (r"doublé(?:e|s|es)?|doubler|doublera(?:it)?", _TWICE), (r"triplé(?:e|s|es)?|tripler|triplera(?:it)?", _THRICE),
        (r"quadruplé(?:e|s|es)?|quadrupler", _FOURFOLD),
    ),
    "de": _amounts(
        (r"(?:eine\s+)?viertelstunde", _QUARTER_HOUR), (r"(?:eine\s+)?dreiviertelstunde|drei\s+viertelstunden", _THREE_QUARTERS_HOUR),
        (r"(?:eine\s+)?halbe\s+stunde", _HALF_HOUR),
        (r"(?:die\s+)?hälfte", _HALF), (r"(?:ein|einem|einen)\s+drittel", _THIRD), (r"zwei\s+drittel", _TWO_THIRDS),
        (r"(?:ein|einem|einen)\s+viertel(?!\s*stunde)", _QUARTER), (r"drei\s+viertel(?!\s*stunde)", _THREE_QUARTERS),
        (r"verdoppel\w*", _TWICE), (r"verdreifach\w*", _THRICE), (r"vervierfach\w*", _FOURFOLD),
    ),
    "es": _amounts(
        (r"un\s+cuarto\s+de\s+hora", _QUARTER_HOUR), (r"tres\s+cuartos\s+de\s+hora", _THREE_QUARTERS_HOUR),
        (r"media\s+hora", _HALF_HOUR), (r"medio\s+punto", _HALF),
        (r"(?:la\s+)?mitad", _HALF), (r"un\s+tercio", _THIRD), (r"dos\s+tercios", _TWO_THIRDS),
        (r"un\s+cuarto(?=\s+de\b)", _QUARTER), (r"tres\s+cuartos(?=\s+de\b)", _THREE_QUARTERS),
        (r"duplic\w+", _TWICE), (r"triplic\w+", _THRICE), (r"cuadruplic\w+", _FOURFOLD),
    ),
    "it": _amounts(
        (r"un\s+quarto\s+d['’]ora", _QUARTER_HOUR), (r"tre\s+quarti\s+d['’]ora", _THREE_QUARTERS_HOUR),
        (r"mezz['’]\s*ora|mezzora", _HALF_HOUR), (r"mezzo\s+punto", _HALF),
        (r"(?:la\s+)?metà", _HALF), (r"un\s+terzo", _THIRD), (r"due\s+terzi", _TWO_THIRDS),
        (r"un\s+quarto(?=\s+d)", _QUARTER), (r"tre\s+quarti(?=\s+d)", _THREE_QUARTERS),
        (r"raddoppi\w+", _TWICE), (r"triplic\w+", _THRICE), (r"quadruplic\w+", _FOURFOLD),
    ),
    "pt": _amounts(
        (r"um\s+quarto\s+de\s+hora", _QUARTER_HOUR), (r"três\s+quartos\s+de\s+hora", _THREE_QUARTERS_HOUR),
        (r"meia\s+hora", _HALF_HOUR), (r"meio\s+ponto", _HALF),
        (r"(?:a\s+)?metade", _HALF), (r"um\s+terço", _THIRD), (r"dois\s+terços", _TWO_THIRDS),
        (r"um\s+quarto(?=\s+d)", _QUARTER), (r"três\s+quartos(?=\s+d)", _THREE_QUARTERS),
        (r"duplic\w+|dobr(?:ou|aram|ar|ará|ado|ada|ou-se)", _TWICE), (r"triplic\w+", _THRICE),
    ),
    "nl": _amounts(
        (r"(?:drie\s+kwartier|driekwartier)", _THREE_QUARTERS_HOUR), (r"(?:een\s+)?kwartier", _QUARTER_HOUR),
        (r"(?:een\s+)?half\s+uur", _HALF_HOUR), (r"(?:een\s+)?halve\s+procentpunt", _HALF),
        (r"(?:de\s+)?helft", _HALF), (r"een\s+derde(?=\s+van\b)|(?<=met\s)een\s+derde", _THIRD), (r"twee\s+derde", _TWO_THIRDS),
        (r"een\s+kwart(?=\s+van\b)", _QUARTER), (r"driekwart|drie\s+kwart(?!ier)", _THREE_QUARTERS),
        (r"verdubbel\w*", _TWICE), (r"verdrievoudig\w*", _THRICE),
    ),
}  # fmt: skip
"""Amounts said in words that are no number words: fractions ("la moitié", "a third of", "zwei
Drittel"), which also read as the percentage they are ("half of the budget" / "50 % du
budget"), and multiplications ("doubled" / "a triplé"); not the adverb "à moitié" (half-) nor
"un tiers" (a third party): before, "a third" read as the ordinal 3 and "la moitié" as nothing,
so "a third" / "la moitié" passed and "half" / "50 %" was a mismatch."""
_AMOUNT_STEMS = {
    "en": ("half", "halv", "third", "quarter", "fourth", "doubl", "tripl", "quadrupl", "fold"),
    "fr": ("moitié", "tiers", "quart", "demi", "doubl", "tripl", "quadrupl"),
    "de": ("hälfte", "drittel", "viertel", "halbe", "verdoppel", "verdreifach", "vervierfach"),
    "es": ("mitad", "tercio", "cuarto", "media", "medio", "duplic", "triplic", "cuadruplic"),
    "it": ("metà", "terz", "quart", "mezz", "raddoppi", "triplic", "quadruplic"),
    "pt": ("metade", "terç", "quart", "meia", "meio", "duplic", "dobr", "triplic"),
    "nl": ("helft", "derde", "kwart", "half", "halve", "verdubbel", "verdrievoudig"),
}
"""A piece of every amount of ``_WORD_AMOUNTS``, to pass over a text holding none at once."""


_DECADES = {
    "en": ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"),
    "de": ("zwanzig", "dreissig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig"),
}


def _decade(tens: int) -> tuple[float, frozenset[float]]:
    """A decade named in words (``the nineties``): 90, also read as the year that starts it in
    the last two centuries (``les années 1990``), as ``années 90`` is (``_DECADE_BEFORE``)."""
    return float(tens), frozenset({float(1900 + tens), float(1800 + tens)})


_CENTURIES = ("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_NAMED_PERIODS: dict[
    str, tuple[tuple[re.Pattern[str], Callable[[str], tuple[float, frozenset[float]]]], ...]
] = {
    "en": (
        (
            re.compile(
                r"(?<![^\W\d_])((?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)(?![^\W\d_])", re.I
            ),
            lambda w: _decade(20 + 10 * _DECADES["en"].index(w[:-3])),
        ),
    ),
    "de": (
        (
            re.compile(
                r"(?<![^\W\d_])((?:zwanzig|dreißig|dreissig|vierzig|fünfzig|funfzig|sechzig|siebzig|achtzig|neunzig)"
                r"er)(?:jahren?|jahres|\s+jahren?|n)?(?![^\W\d_])",
                re.I,
            ),
            lambda w: _decade(20 + 10 * _DECADES["de"].index(w[:-2].replace("ß", "ss"))),
        ),
    ),
    "it": (
        (
            re.compile(r"(?<=[\s'’])((?:Due|Tre|Quattro|Cinque|Sei|Sette|Otto|Nove)cento)(?![^\W\d_])"),
            lambda w: (
                float(_CENTURIES.index(w[:-5]) + 13),
                frozenset({float(100 * (_CENTURIES.index(w[:-5]) + 12))}),
            ),
        ),
    ),
}
"""Periods named in words: English "the sixties" and German "die Sechzigerjahre" (60, as "les
années 60" is, which "the 1960s" matches, and 1960: "les années 1960"); Italian centuries capitalised after a word,
"nell'Ottocento" (the 19th century, the 1800s: it was read as 800)."""
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;«»\"“”])\s*$")
"""Text ending where a sentence's first word begins."""


_SECOND = {
    "en": re.compile(
        r"\b(?:the|his|her|its|their|our|my|your|this)\s+(second)\b(?!s\b|\s+(?:ago|later|or|and|of)\b)"
        r"|\ba\s+(second)(?=\s+(?:term|round|mandate|phase|stage|wave|attempt|visit|meeting|time|vote|ballot"
        r"|reading|question|edition|season|child|chance)\b)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:le|la|au|du|sa|son|leur|notre|votre|ce|cette)\s+(seconde?)\b(?!\s+(?:près|plus tard))"
        r"|\bune?\s+(seconde?)(?=\s+(?:mandat|tour|phase|étape|vague|tentative|visite|réunion|fois|vote|lecture"
        r"|question|édition|saison|enfant|chance)\b)",
        re.IGNORECASE,
    ),
}
"""The ordinal "second" after a determiner ("the second quarter", "his second visit", "la
seconde guerre"), or after "a" before what is counted ("a second term", "un second mandat"),
where it is no time unit ("a second", "seconds later"): alone it is not read
(``_COMPOUND_ONLY``), so "second quarter" against "troisième trimestre" went unseen."""


_FR_DECIMAL_UNIT = re.compile(
    r"\s+(?:mètres?|milles|nœuds|noeuds|kilomètres?|lieues|pieds|degrés|(euros?|francs?|dollars?|livres?))"
    r"\s+(?:et\s+)?",
    re.IGNORECASE,
)
_FR_FRACTION = re.compile(
    r"([\w-]+(?:\s+[\w-]+){0,3}?)\s+(dixième|centième|millième|centimètre|centime)s?(?![\w'’])", re.IGNORECASE
)
_FR_FRACTION_SCALE = {"dixième": 10, "centième": 100, "millième": 1000, "centimètre": 100, "centime": 100}
_ENDS_HERE = re.compile(r"\s*(?:[,;:.!?)»…]|$)")
"""A clause or sentence ends here (``3 euros 50.``, ``cela ne peut manquer,``)."""


def _fr_decimals(
    text: str, spans: list[tuple[int, int, NumberMention]]
) -> list[tuple[int, int, NumberMention]]:
    """French says a decimal as a whole number, its unit and the rest: ``dix-huit milles cinq
    dixièmes`` (18.5 miles), ``treize noeuds quarante-trois centièmes`` (13.43), ``deux mètres
    vingt-cinq centimètres`` (2.25 m), ``3 euros 50`` (3.50): one number, not two or three."""
    out: list[tuple[int, int, NumberMention]] = []
    k = 0
    while k < len(spans):
        a, b, first = spans[k]
        unit = _FR_DECIMAL_UNIT.match(text, b)
        whole = isinstance(first.value, float) and first.value.is_integer() and first.strength != "soft"
        rest = (
            _fr_decimal_rest(text, unit, spans[k + 1] if k + 1 < len(spans) else None)
            if unit and whole
            else None
        )
        if rest is None:
            out.append(spans[k])
            k += 1
            continue
        mention, fraction, end = rest
        strength = "strong" if "strong" in (first.strength, mention.strength) else "weak"
        out.append((a, end, NumberMention(round(float(first.value) + fraction, 6), strength=strength)))
        k += 1
        while k < len(spans) and spans[k][0] < end:
            k += 1
    return out


def _fr_decimal_rest(
    text: str, unit: re.Match[str], following: tuple[int, int, NumberMention] | None
) -> tuple[NumberMention, float, int] | None:
    """The rest of a French decimal after its ``unit``: the number read, its value as a
    fraction and where it ends; a number with ``dixièmes`` / ``centièmes`` / ``centimètres``
    after it, or (after a currency) the number ``following`` that ends the amount."""
    fraction = _FR_FRACTION.match(text, unit.end())
    if fraction:
        rest = number_mentions(fraction.group(1), "fr")
        if len(rest) == 1 and isinstance(rest[0].value, float):
            return rest[0], rest[0].value / _FR_FRACTION_SCALE[fraction.group(2).lower()], fraction.end()
        return None
    if unit.group(1) and following and following[0] == unit.end():
        mention = following[2]
        if isinstance(mention.value, float) and mention.value < 100 and _ENDS_HERE.match(text, following[1]):
            return mention, mention.value / 100, following[1]
    return None


def extract_numbers(text: str, lang: str) -> Counter[float | str]:
    """Multiset of the normalised numbers of ``text``: ``'twenty-nine'``, ``'vingt-neuf'`` and
    ``'29'`` all give ``29.0``; months next to a number give ``'month=N'``. Bare ``one``/``un``/
    ``une`` are left out (in French they are mostly articles)."""
    return Counter(m.value for m in number_mentions(text, lang) if m.strength != "soft")


_RELATIVE_DAYS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?<!\w)(?<!\w-)(?:yesterday\s+(?:and|or)\s+the\s+day\s+before|to-?morrow\s+(?:and|or)\s+the\s+day\s+after"
        r"|the\s+day\s+before\s+yesterday|(?:the\s+day\s+)?after\s+to-?morrow|yesterday|to-?day|to-?morrow)"
        r"(?!-?\w)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<!\w)(?<!\w-)(?:avant-\s?hier|après-\s?demain|hier|aujourd\s?['’]\s?hui|demain)(?!-?\w)",
        re.IGNORECASE,
    ),
    "de": re.compile(r"(?<!\w)(?<!\w-)(?:vorgestern|übermorgen|gestern|heute|morgen)(?!-?\w)", re.IGNORECASE),
    # "mañana" is also the morning ("esta mañana", "por la mañana")
    "es": re.compile(
        r"(?<!\w)(?<!\w-)(?:anteayer|antier|pasado\s+mañana|ayer|hoy"
        r"|(?<!la\s)(?<!esta\s)(?<!una\s)(?<!cada\s)(?<!media\s)(?<!toda\s)mañana)(?!-?\w)",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"(?<!\w)(?<!\w-)(?:anteontem|depois\s+de\s+amanhã|ontem|hoje|amanhã)(?!-?\w)", re.IGNORECASE
    ),
    "it": re.compile(
        r"(?<!\w)(?<!\w-)(?:altroieri|l['’]altro\s?ieri|dopodomani|ieri|oggi|domani)(?!-?\w)", re.IGNORECASE
    ),
    "ru": re.compile(r"(?<!\w)(?<!\w-)(?:позавчера|послезавтра|вчера|сегодня|завтра)(?!-?\w)", re.IGNORECASE),
    # "morgen" is also the morning ("deze morgen", "'s morgens")
    "nl": re.compile(
        r"(?<!\w)(?<!\w-)(?:eergisteren|overmorgen|gisteren|vandaag|(?<!de\s)(?<!deze\s)(?<!die\s)morgen)(?!-?\w)",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"(?<!\w)(?<!\w-)(?:позавчора|післязавтра|вчора|учора|сьогодні|завтра)(?!-?\w)", re.IGNORECASE
    ),
}
_DAY_OFFSETS = {
    "yesterdayandthedaybefore": (-2, -1), "yesterdayorthedaybefore": (-2, -1),
    "tomorrowandthedayafter": (1, 2), "tomorroworthedayafter": (1, 2),
    "thedaybeforeyesterday": (-2,), "thedayaftertomorrow": (2,), "aftertomorrow": (2,),
    "yesterday": (-1,), "today": (0,), "tomorrow": (1,),
    "avanthier": (-2,), "hier": (-1,), "aujourdhui": (0,), "demain": (1,), "apresdemain": (2,),
    "vorgestern": (-2,), "gestern": (-1,), "heute": (0,), "morgen": (1,), "ubermorgen": (2,),
    "anteayer": (-2,), "antier": (-2,), "ayer": (-1,), "hoy": (0,), "manana": (1,), "pasadomanana": (2,),
    "anteontem": (-2,), "ontem": (-1,), "hoje": (0,), "amanha": (1,), "depoisdeamanha": (2,),
    "altroieri": (-2,), "laltroieri": (-2,), "ieri": (-1,), "oggi": (0,), "domani": (1,), "dopodomani": (2,),
    "позавчера": (-2,), "вчера": (-1,), "сегодня": (0,), "завтра": (1,), "послезавтра": (2,),
    "позавчора": (-2,), "вчора": (-1,), "учора": (-1,), "сьогодні": (0,), "післязавтра": (2,),
    "eergisteren": (-2,), "gisteren": (-1,), "vandaag": (0,), "overmorgen": (2,),
}  # fmt: skip


def relative_days(text: str, lang: str) -> frozenset[int]:
    """Days named relative to the speaker's today: "yesterday" -1, "aujourd'hui" 0, "morgen" 1
    (in lower case only: "Morgen" is the morning), "the day after tomorrow" 2."""
    pattern = _RELATIVE_DAYS.get(lang)
    if pattern is None:
        return frozenset()
    return frozenset(
        day
        for m in pattern.finditer(text)
        if m.group(0) != "Morgen"
        for day in _DAY_OFFSETS[re.sub(r"\W", "", fold(m.group(0)))]
    )


_WEEKDAY_WORDS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "es": "lunes martes miercoles jueves viernes sabado domingo",
    "it": "lunedi martedi mercoledi giovedi venerdi sabato domenica",
    "pt": "segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo",
    # the case forms of a date ("в пятницу", "по средам"); not "среда" / "среде", also the
    # environment, nor Ukrainian "серед", among
    "ru": "понедельник(?:а|у|ом|ам)? вторник(?:а|у|ом|ам)? среду|средам четверг(?:а|у|ом|ам)? "
    "пятниц(?:а|ы|у|е|ей|ам) суббот(?:а|ы|у|е|ой|ам) воскресень(?:е|я|ю|ем|ям)",
    "uk": "понеділ(?:ок|ка|ку|ком) вівтор(?:ок|ка|ку|ком) серед(?:а|у|ою) четвер(?:га|гу|гом)? "
    "п'ятниц(?:я|і|ю|ею) субот(?:а|и|у|ою|і) неділ(?:я|і|ю|ею)",
}
"""The days of the week, Monday first (patterns of folded text; alternatives after ``|``)."""
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = {
    lang: re.compile(
        r"(?<![\w'-])(?:"
        + "|".join(f"(?P<d{k}>{day})" for k, day in enumerate(words.split(), 1))
        + (r")(?![\w'-])" if lang in ("ru", "uk") else r")s?(?![\w'-])")
    )
    for lang, words in _WEEKDAY_WORDS.items()
}
_CAPITAL_WEEKDAYS = frozenset({"en", "de"})
"""Languages that capitalise the days of the week; the others write them in lower case, so a
capitalised "Domingo" or "Sabato" there is a name (Plácido Domingo), not a day."""


_CJK_WEEKDAY = {
    "ja": (re.compile(r"([月火水木金土日])曜日?"), "月火水木金土日"),
    "zh": (re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])"), "一二三四五六日天"),
    "ko": (re.compile(r"([월화수목금토일])요일"), "월화수목금토일"),
}
"""The days of the week in Japanese (``金曜日``), Chinese (``星期五``, ``周五``) and Korean
(``금요일``), each day's character's place in the string after the pattern, Monday first."""


def weekdays(text: str, lang: str) -> frozenset[int]:
    """The days of the week ``text`` names, 1 (Monday) to 7: "Friday", "vendredi", "в пятницу",
    "土曜日"."""
    if lang in _CJK_WEEKDAY:
        cjk, order = _CJK_WEEKDAY[lang]
        return frozenset(min(order.index(m.group(1)) + 1, 7) for m in cjk.finditer(text))
    pattern = _WEEKDAY.get(lang)
    if pattern is None:
        return frozenset()
    folded = _fold_same_length(text).replace("’", "'")
    days = set()
    for m in pattern.finditer(folded):
        if lang not in _CAPITAL_WEEKDAYS and m.start() > 0 and text[m.start()].isupper():
            continue
        day = next(int(name[1:]) for name, value in m.groupdict().items() if value)
        night = _NIGHT_BEFORE.search(folded[max(0, m.start() - 30) : m.start()]) if lang == "ru" else None
        if night and night.group(1):
            continue  # "в ночь с субботы на воскресенье": Saturday night, named by its first day
        days.add((day + 5) % 7 + 1 if night else day)
    return frozenset(days)


_NIGHT_BEFORE = re.compile(r"ночь\s+(с\s+\w+\s+)?на\s+$")
"""Russian names a night by the day it ends on: ``в ночь на воскресенье`` is Saturday night,
``в ночь с субботы на воскресенье`` too."""


def months(text: str, lang: str) -> frozenset[int]:
    """The months ``text`` names, 1 to 12, with a day or a year or alone ("in June", "en
    juillet", "janv."); not English "May" as a verb ("May I ask", "May God")."""
    found = {
        int(m.value.split("=")[1])
        for m in _number_mentions(text, lang)
        if isinstance(m.value, str) and m.value.startswith("month=")
    }
    if lang == "en" and 5 in found and not _MAY_MONTH.search(text):
        found.discard(5)
    return frozenset(found)


_MAY_MONTH = re.compile(
    r"\bMay\b(?!\s+(?:I|we|you|he|she|it|they|this|that|there|God|all|be|not|also|well)\b)"
)
"""English "May" that is the month: not before a pronoun or a verb, as the modal is."""


def _named_by_both(
    read: Callable[[str, str], frozenset[int]], src_text: str, src_lang: str, tgt_text: str, tgt_lang: str
) -> tuple[frozenset[int], frozenset[int]]:
    """The days each side names as ``read`` finds them (``relative_days``, ``weekdays``) when
    both name some, else none on either: one side alone may say "today" for "now", "tomorrow"
    for "Friday", or drop the day."""
    days = read(src_text, src_lang), read(tgt_text, tgt_lang)
    return days if days[0] and days[1] else (frozenset(), frozenset())


_NAMED_DATES: tuple[tuple[Callable[[str, str], frozenset[int]], Callable[[int], str]], ...] = (
    (relative_days, lambda d: _DAY_NAMES[d]),
    (weekdays, lambda d: _WEEKDAY_NAMES[d - 1]),
    (months, lambda m: _MONTH_NAMES[m - 1]),
)
"""The days and months compared where both sides name some (``_named_by_both``), each with
how ``number_differences`` shows one (a month also read as a number is shown once)."""


def number_mismatch(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str) -> bool:
    """True when the two sides clearly disagree on a number or a date.

    Numbers are matched one to one across sides (any reading of one matching any reading of the
    other). A mismatch is a digit number left without a counterpart, or a number in words on one
    side and a different one on the other (``three`` vs ``trente``, ``thirty`` vs ``cent``; not
    the hyperbole "a thousand times"/"cent fois"). A number in words simply left out is not
    flagged: translators do that ("a fortnight" for "quinze jours"); nor is a digit whose
    counterpart may be in words the check cannot read (``reads_words``). Days named relative to
    today (``relative_days``) mismatch when both sides name some and not the same ("yesterday" /
    "hier et aujourd'hui"), and so do the numbers both sides hold whose code digits, sign,
    unit or bound differ (``_DIFFERENCES``: ``G7`` / ``G20``, ``-5°C`` / ``5 °C``, ``120 km`` /
    ``120 miles``).
    """
    for read, _ in _NAMED_DATES:
        src_named, tgt_named = _named_by_both(read, src_text, src_lang, tgt_text, tgt_lang)
        if src_named != tgt_named:
            return True
    if any(any(differ(src_text, src_lang, tgt_text, tgt_lang)) for differ in _DIFFERENCES):
        return True
    left = number_mentions(src_text, src_lang)
    right = number_mentions(tgt_text, tgt_lang)
    if not left and not right:
        return False
    un_left, un_right = _converted(*_unmatched(left, right), src_text, src_lang, tgt_text, tgt_lang)
    un_left, un_right = _in_codes(un_left, tgt_text), _in_codes(un_right, src_text)
    hard_left = [m for m in un_left if m.strength != "soft"]
    hard_right = [m for m in un_right if m.strength != "soft"]
    # a digit left alone is missing on the other side only if that side's number words are read
    if any(m.strength == "strong" for m in un_left) and (reads_words(tgt_lang) or hard_right):
        return True
    if any(m.strength == "strong" for m in un_right) and (reads_words(src_lang) or hard_left):
        return True
    return bool(hard_left) and bool(hard_right)


_HAS_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"(?<![\w-])([A-Z]{1,5})(\d{1,6})([A-Z]{0,3})(?![\w-])")
"""A name made of capitals and a number glued together (``G7``, ``COP27``, ``A4``, a batch
``L2406C``), whose digits are no number of their own
(``test_numbers_inside_latin_words_are_still_not_numbers``)."""


def _in_codes(mentions: list[NumberMention], other: str) -> list[NumberMention]:
    """The mentions but those whose number of two digits or more the other side writes in a
    code (``_CODE``): ``la route départementale 558`` / ``the D558 road``; a single digit may
    be there by chance (``7 pays`` / ``the G7``)."""
    digits = {float(m.group(2)) for m in _CODE.finditer(other) if len(m.group(2)) > 1}
    return [m for m in mentions if not digits & m.readings()] if digits else mentions


def _code_differences(
    src_text: str, _src_lang: str, tgt_text: str, _tgt_lang: str
) -> tuple[list[str], list[str]]:
    """The codes (``_CODE``) of each side whose letters the other side writes with other digits
    only, in codes the other side lacks: ``G7`` / ``G20``, ``COP27`` / ``COP28``, ``L2406C`` /
    ``L2408C``; not ``CO2`` / ``CO₂``, nor a code left out (``the G7 and G20`` / ``le G20``)."""
    src = {m.group(0): m.group(1, 3) for m in _CODE.finditer(src_text)}
    tgt = {m.group(0): m.group(1, 3) for m in _CODE.finditer(tgt_text)}
    src_only = {code: letters for code, letters in src.items() if code not in tgt}
    tgt_only = {code: letters for code, letters in tgt.items() if code not in src}
    return (
        sorted(code for code, letters in src_only.items() if letters in tgt_only.values()),
        sorted(code for code, letters in tgt_only.items() if letters in src_only.values()),
    )


_MINUS = re.compile(
    r"(?:(?<![\w.,])[-−–]|(?<![^\W\d_])(?:minus|минус|мінус)\s+|零下|氷点下|マイナス|영하\s?)(\d+(?:[.,]\d+)?)(?![\d-])",
    re.IGNORECASE,
)
"""A number below zero: a minus sign glued to its digits (``-5°C``, not the range ``10-15`` nor a
dash before a space) or the word minus before them (``minus 5``, ``минус 5``, ``零下15``, ``영하 15``)."""
_MINUS_KANJI = re.compile(r"(?:零下|氷点下|マイナス)([〇零一二两三四五六七八九十百]+)")


def _kanji_below_zero(text: str) -> dict[float, str]:
    """Numbers below zero in Chinese or Japanese numerals (``零下十五``, minus 15)."""
    found = {}
    for m in _MINUS_KANJI.finditer(text):
        if (value := _kanji_value(m.group(1), False)) is not None:
            found[_num(value)] = m.group(0)
    return found


_FROST = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:°\s*C?\s*)?(?:(?:astee\w*\s+)?pakkas\w*|degrees?\s+of\s+frost|Grad\s+Frost"
    r"|graders?\s+frost|minusgrader|kuldegrader)(?!\w)",
    re.IGNORECASE,
)
"""A number of degrees of frost, below zero without a minus: Finnish ``40 pakkasasteeseen`` (to
40 degrees of frost), Swedish ``20 minusgrader``, "20 degrees of frost"."""
_MAYBE_MINUS = re.compile(r"(?<![^\W\d_])(?:moins|menos|meno)\s+(\d+(?:[.,]\d+)?)(?![\d-])", re.IGNORECASE)
"""French ``moins 5``, Spanish ``menos 5``: minus 5, or part of "at least" (``au moins 1600``,
``al menos``): neither a sign nor its absence."""


def _sign_differences(
    src_text: str, src_lang: str, tgt_text: str, tgt_lang: str
) -> tuple[list[str], list[str]]:
    """The numbers below zero of each side that the other side writes without their minus:
    ``-5°C`` / ``5 °C`` (the digits match, so the lost sign went unseen)."""

    def below_zero(text: str, pattern: re.Pattern[str]) -> dict[float, str]:
        if not _HAS_DIGIT.search(text):
            return {}
        return {_num_value(m.group(1)): m.group(0).strip() for m in pattern.finditer(text)}

    def unsigned(text: str, lang: str) -> set[float | str]:
        return {v for m in number_mentions(text, lang) for v in m.readings()} - below_zero(
            text, _MAYBE_MINUS
        ).keys()

    src = below_zero(src_text, _MINUS) | below_zero(src_text, _FROST) | _kanji_below_zero(src_text)
    tgt = below_zero(tgt_text, _MINUS) | below_zero(tgt_text, _FROST) | _kanji_below_zero(tgt_text)
    if not src and not tgt:
        return [], []
    src_values, tgt_values = unsigned(src_text, src_lang), unsigned(tgt_text, tgt_lang)
    return (
        [shown for value, shown in src.items() if value not in tgt and value in tgt_values],
        [shown for value, shown in tgt.items() if value not in src and value in src_values],
    )


_UNITS = {
    "speed": {
        "kmh": r"km/h|kmh|kph|km\s?/\s?u|(?:kilom[eè]t|kilómet|chilomet)[a-zé]*(?:[\s-](?:heure|per\s+hour|an\s+hour"
        r"|pro\s+stunde|por\s+hora|orari|per\s+uur)|\s+(?:à\s+l['’]|all['’])(?:heure|ora))"
        r"|stundenkilometer\w*",
        "mph": r"mph|miles?\s+(?:per|an)\s+hour|millas?\s+por\s+hora|miglia\s+orarie",
        "knot": r"knots?|nœuds?|noeuds?|knoten|nudos?|nodi|nodo|nós|knopen|узл\w*|вузл\w*",
    },
    "length": {
        "km": r"km|kilom[eè]t[a-zé]*|kilómetros?|chilometri|chilometro|километр\w*|кілометр\w*|км",
        "mile": r"miles?|meilen?|millas?|miglia|miglio|mijlen|mijl|миль|милю|мил[ия]",
    },
    "metre": {
        "m": r"metres?|meters?|mètres?|metern?|metros?|metri|metro|metre|meter|метр(?:а|ов|ы)?|метрів|м",
        "ft": r"ft|feet|foot|pieds?|fuß|fuss|pies|piedi|voet|stóp|stopy?|футов|фут(?:а|ы)?",
    },
    "centimetre": {
        "mm": r"mm|millim[eè]t[a-zé]*|milímetros?|millimetri|millimetro|миллиметр\w*|мм",
        "cm": r"cm|centim[eè]t[a-zé]*|centímetros?|zentimeter\w*|сантиметр\w*|см",
        "inch": r"inch(?:es)?|pouces?|zoll|pulgadas?|pollici|pollice|duim|cali|дюйм\w*",
    },
    "mass": {
        "kg": r"kg|kilos?|kilogram\w*|kilogramm\w*|kilogramos?|chilogramm[io]|килограмм\w*|кілограм\w*|кг",
        "lb": r"lbs?|pounds?(?!\s+sterling)|pfund(?!\s+sterling)|libras?|libbre",
        "t": r"t|tonnes?|tons?|tonnen?|toneladas?|tonnellate|tonnellata|тонн\w*|тон\w*|т(?!\.\s?[^\W\d_]\.)",
        "g": r"g|grams?|grammes?|gramm|gramos?|grammi|grammo|gramas?|gram|грамм\w*|грам\w*|г(?!\.)",
        "mg": r"mg|milligrams?|milligrammes?|milligramm|miligramos?|milligrammi|miligramas?|миллиграмм\w*|міліграм\w*|мг",
        "mcg": r"µg|μg|mcg|micrograms?|microgrammes?|mikrogramm|microgramos?|microgrammi|microgramas?"
        r"|микрограмм\w*|мікрограм\w*|мкг",
    },
    "data": {
        "kB": r"kB|KB|kilobytes?|(?-i:Ko)|kilo-?octets?",
        "MB": r"MB|megabytes?|(?-i:Mo)|méga-?octets?|mégaoctets?",
        "GB": r"GB|gigabytes?|(?-i:Go)|giga-?octets?|gigaoctets?",
        "TB": r"TB|terabytes?|(?-i:To)|téra-?octets?|téraoctets?",
    },
    "power": {
        "W": r"W|watts?|ватт\w*|ват\w*",
        "kW": r"kW|kilowatts?|киловатт\w*",
        "MW": r"MW|megawatts?|мегаватт\w*",
        "GW": r"GW|gigawatts?|гигаватт\w*",
        "lux": r"lux|lx|люкс\w*",
        "lumen": r"lumens?|lm|люмен\w*",
    },
    "energy": {
        "kWh": r"kWh|kilowatt[\s-]?(?:hours?|heures?|stunden?|horas?|ore|uur)|киловатт-час\w*",
        "MWh": r"MWh|megawatt[\s-]?(?:hours?|heures?|stunden?|horas?|ore|uur)",
        "GWh": r"GWh|gigawatt[\s-]?(?:hours?|heures?|stunden?|horas?|ore|uur)",
        "TWh": r"TWh|terawatt[\s-]?(?:hours?|heures?|stunden?|horas?|ore|uur)",
    },
    "volume": {
        "litre": r"litres?|liters?|liter|litros?|litri|litro|литр(?:а|ов|ы)?|літр\w*|л(?!\.)",
        "cl": r"cl|centilit(?:re|er)s?|centilitros?|centilitri|centilitro",
        "ml": r"ml|millilit(?:re|er)s?|mililitros?|millilitri|millilitro|миллилитр\w*|мілілітр\w*|мл",
        "gallon": r"gallons?|gallonen|galones|galloni|галлон\w*",
    },
    "spoon": {
        "tablespoon": r"tablespoons?|tbsps?|cuillères?\s+à\s+soupe|esslöffeln?|cucchiai[o]?|colher(?:es)?\s+de\s+sopa"
        r"|cucharadas?|eetlepels?|столов\w*\s+ложк\w*",
        "teaspoon": r"teaspoons?|tsps?|cuillères?\s+à\s+café|teelöffeln?|cucchiain[oi]|colher(?:es)?\s+de\s+chá"
        r"|cucharaditas?|theelepels?|чайн\w*\s+ложк\w*",
    },
    "area": {
        "hectare": r"hectares?|hektar(?:en)?|hectáreas?|ettari|ettaro|гектар\w*",
        "acre": r"acres?|acri|акр\w*",
    },
    "duration": {
        "second": r"seconds?|secs?|secondes?|sekunden?|segundos?|secondi|seconden|секунд\w*",
        "minute": r"minutes?|mins?|minuten?|minutos?|minuti|minuto|минут\w*|хвилин\w*",
        "hour": r"hours?|hrs?|heures?|stunden?|std\.|horas?|ore|uur|uren|час(?:а|ов)?|годин\w*",
        "day": r"days?|jours?|journées?|tag(?:e|en)?|días?|dias?|giorni|giorno|dagen|dag|дн(?:я|ей|і|ів)|день|суток|сутки",
        "week": r"weeks?|semaines?|wochen?|semanas?|settimane|settimana|weken|week|недел\w*|тижн\w*|тиждень",
        "month": r"months?|mois|monat(?:e|en)?|meses|mes|mês|mesi|mese|maanden|maand|месяц\w*|місяц\w*",
        "year": r"years?|yrs?|ans|années?|jahr(?:e|en)?|años?|anos?|anni|anno|jaar|jaren|лет|год(?:а|ов)?|рок(?:и|ів)",
    },
    "temperature": {
        "C": r"°\s?C|degrees? celsius|degrés? celsius|grad celsius|grados? celsius"
        r"|درج(?:ة|ات) مئوية|מעלות צלזיוס|डिग्री सेल्सियस",
        "F": r"°\s?F|(?:degrees?\s|degrés?\s|grad\s|grados?\s|gradi\s|درج(?:ة|ات)\s|מעלות\s|डिग्री\s)?"
        r"(?:fahrenheit|فهرنهايت|פרנהייט|फ़?ारेनहाइट)",
    },
    "percent": {
        "point": r"percentage points?|points? de pourcentage|prozentpunkte?n?|puntos? porcentuales?|punti percentuali"
        r"|punto percentuale|procentpunt(?:en)?|процентн\w+ пункт\w*|відсотков\w+ пункт\w*",
        "percent": r"%|per\s?cent|percent|pour\s?cent|prozent|por\s?ciento|per\s?cento|procent|процент\w*|відсот\w*",
    },
    "currency": {
        "dollar": r"\$|dollars?|dólar(?:es)?|dollari|долл\w*",
        "euro": r"€|euros?|евро|євро",
        "pound": r"£|pounds? sterling|livres? sterling|pfund sterling",
        "rouble": r"₽|roubles?|rubles?|rubel|рубл\w*",
        "yen": r"¥|yens?|иен\w*|єн\w*",
    },
}  # fmt: skip
_SPACED_UNITS = {
    "length": {
        "km": r"كيلومتر(?:ات|ًا|ا)?|كم|קילומטר(?:ים)?|ק\"מ|किलोमीटर|किमी",
        "mile": r"ميل|أميال|מייל(?:ים)?|मील",
    },
    "mass": {"kg": r"كيلوغرام(?:ات|ًا|ا)?|كغ|קילוגרם|ק\"ג|किलोग्राम|किलो", "t": r"طن|أطنان|טון|टन"},
    "duration": {
        "second": r"ثانية|ثوان[ٍي]?|שניות|שנייה|सेकंड",
        "minute": r"دقيقة|دقائق|דקות|דקה|मिनट",
        "hour": r"ساعة|ساعات|שעות|שעה|घंटे|घंटा",
        "day": r"يوم(?:ًا|ا)?|أيام|ימים|יום|दिन",
        "week": r"أسبوع(?:ًا|ا)?|أسابيع|שבועות|שבוע|सप्ताह|हफ़्ते|हफ्ते",
        "month": r"شهر(?:ًا|ا)?|أشهر|شهور|חודשים|חודש|महीने|महीना",
    },
    "currency": {
        "dollar": r"دولار(?:ات|ًا|ا)?|דולר(?:ים)?|डॉलर",
        "euro": r"يورو|אירו|यूरो",
        "shekel": r"₪|שקל(?:ים)?|شيكل|شواكل",
        "rupee": r"रुपये|रुपए|रुपया|rupees?",
    },
}  # fmt: skip
"""Units of the scripts the patterns above do not cover, written with spaces between words
(Arabic, Hebrew, Hindi): ``٩٠ درجة فهرنهايت`` (90 °F), ``2.4 מיליארד שקלים`` (shekels)."""
_UNSPACED_UNITS = {
    "length": {"km": r"公里|千米|キロメートル|キロ|킬로미터|킬로|km", "mile": r"英里|マイル|마일"},
    "mass": {"kg": r"公斤|千克|キログラム|킬로그램", "t": r"吨|噸|トン|톤"},
    "duration": {
        "second": r"秒钟|秒鐘|秒間|秒|초",
        "minute": r"分钟|分鐘|分間|분",
        "hour": r"小时|小時|時間|시간",
        "month": r"个月|個月|か月|ヶ月|カ月|ケ月|개월",
    },
    "temperature": {"C": r"℃|摄氏度|攝氏度|度(?!以)", "F": r"℉|华氏度|華氏度|華氏"},
    "currency": {
        "dollar": r"美元|ドル|달러",
        "euro": r"欧元|歐元|ユーロ|유로",
        "yen": r"日元|円|엔",
        "yuan": r"元|人民币|人民幣|위안",
        "won": r"원",
    },
}  # fmt: skip
"""Units in Chinese, Japanese and Korean, which follow the number with no space and no word
boundary after them (``約4秒で``, ``3천만 원``): a changed unit (``four minutes`` / ``約4秒``)
went unseen there. Korean ``분`` is a minute, ``초`` a second; days and years (``日``, ``年``,
``일``, ``년``) are left out, being dates as often."""
"""Units after a number (currencies also before it): a number both sides hold with units of one
kind that differ is a unit changed (``120 km`` / ``120 miles``, ``2 percentage points`` /
``2 %``, ``$5 billion`` / ``5 milliards d'euros``, ``40 tonnes`` / ``40 kilos``; light in
``lux`` against a lamp's ``Watt``)."""
_CONVERSIONS: dict[tuple[str, str], Callable[[float], float]] = {
    ("speed_mph", "speed_kmh"): lambda v: v * 1.609344,
    ("speed_knot", "speed_kmh"): lambda v: v * 1.852,
    ("length_mile", "length_km"): lambda v: v * 1.609344,
    ("mass_t", "mass_kg"): lambda v: v * 1000,
    ("mass_kg", "mass_g"): lambda v: v * 1000,
    ("mass_g", "mass_mg"): lambda v: v * 1000,
    ("mass_mg", "mass_mcg"): lambda v: v * 1000,
    ("volume_litre", "volume_ml"): lambda v: v * 1000,
    ("volume_litre", "volume_cl"): lambda v: v * 100,
    ("volume_cl", "volume_ml"): lambda v: v * 10,
    ("data_TB", "data_GB"): lambda v: v * 1000,
    ("data_GB", "data_MB"): lambda v: v * 1000,
    ("data_MB", "data_kB"): lambda v: v * 1000,
    ("power_kW", "power_W"): lambda v: v * 1000,
    ("power_MW", "power_kW"): lambda v: v * 1000,
    ("power_GW", "power_MW"): lambda v: v * 1000,
    ("energy_MWh", "energy_kWh"): lambda v: v * 1000,
    ("energy_GWh", "energy_MWh"): lambda v: v * 1000,
    ("energy_TWh", "energy_GWh"): lambda v: v * 1000,
    ("metre_ft", "metre_m"): lambda v: v * 0.3048,
    ("centimetre_inch", "centimetre_cm"): lambda v: v * 2.54,
    ("centimetre_cm", "centimetre_mm"): lambda v: v * 10,
    ("metre_m", "centimetre_cm"): lambda v: v * 100,
    ("metre_m", "centimetre_mm"): lambda v: v * 1000,
    ("length_km", "metre_m"): lambda v: v * 1000,
    ("mass_lb", "mass_kg"): lambda v: v * 0.45359237,
    ("volume_gallon", "volume_litre"): lambda v: v * 3.785411784,
    ("area_acre", "area_hectare"): lambda v: v * 0.40468564,
    ("temperature_F", "temperature_C"): lambda v: (v - 32) * 5 / 9,
    ("duration_minute", "duration_second"): lambda v: v * 60,
    ("duration_hour", "duration_minute"): lambda v: v * 60,
    ("duration_day", "duration_hour"): lambda v: v * 24,
    ("duration_week", "duration_day"): lambda v: v * 7,
    ("duration_month", "duration_day"): lambda v: v * 30.44,
    ("duration_month", "duration_week"): lambda v: v * 4.35,
    ("duration_year", "duration_month"): lambda v: v * 12,
    ("duration_year", "duration_week"): lambda v: v * 52.18,
    ("duration_year", "duration_day"): lambda v: v * 365.25,
}
"""Units a translator converts (imperial to metric), each with its conversion."""
CONVERSION_TOLERANCE = 0.06
"""How far a converted number may be from the other side's (a share of it; for temperatures 1
degree or 1 %, whichever is more: 250 °C is 482 °F, noted "480°F"): "30 miles" is 48.3 km,
rendered "près de 50 km"."""
APPROX_TOLERANCE = 0.15
"""The same where either side says its number is approximate (``_APPROX``): "20 miles an hour"
(32 km/h) is "una trentina di chilometri all'ora"."""
_UNIT_AFTER = re.compile(
    r"\s?(?:(?:"
    + _SCALE_AFTER
    + r")\.?\s?)?(?:(?:de|d['’]|di)\s?)?(?:(?:"
    + "|".join(
        f"(?P<{kind}_{unit}>{pattern})" for kind, units in _UNITS.items() for unit, pattern in units.items()
    )
    + "|"
    + "|".join(
        f"(?P<{kind}_{unit}__s>{pattern})"
        for kind, units in _SPACED_UNITS.items()
        for unit, pattern in units.items()
    )
    + r")(?![^\W\d_])|(?:"
    + "|".join(
        f"(?P<{kind}_{unit}__u>{pattern})"
        for kind, units in _UNSPACED_UNITS.items()
        for unit, pattern in units.items()
    )
    + r")(?![a-zA-Z]))",
    re.IGNORECASE,
)
"""A unit after a number: ``_UNITS`` and ``_SPACED_UNITS`` end at a word's end, the units of
``_UNSPACED_UNITS`` anywhere (a group's name ends ``__s`` or ``__u`` for those two tables)."""
_SIGN_UNITS = {
    "$": "currency_dollar",
    "€": "currency_euro",
    "£": "currency_pound",
    "₽": "currency_rouble",
    "¥": "currency_yen",
}
_BOUNDS = {
    "up": r"at\s+least|no\s+(?:less|fewer)\s+than|more\s+than|over|above|upwards\s+of|au\s+moins|pas\s+moins\s+de"
    r"|plus\s+de|mindestens|wenigstens|mehr\s+als|über|al\s+menos|por\s+lo\s+menos|más\s+de|almeno|più\s+di|oltre"
    r"|pelo\s+menos|mais\s+de|не\s+менее|по\s+меньшей\s+мере|более|больше|свыше|meer\s+dan|minstens|ten\s+minste"
    r"|boven\s+de|boven|ruim|minst|åtminstone|mer\s+än|fler\s+än|mindst|mere\s+end|flere\s+end|mer\s+enn"
    r"|flere\s+enn|co\s+najmniej|ponad|powyżej|więcej\s+niż",
    "down": r"at\s+most|no\s+more\s+than|(?:less|fewer)\s+than|under|below|up\s+to|au\s+plus|au\s+maximum|moins\s+de"
    r"|höchstens|maximal|weniger\s+als|unter|bis\s+zu|como\s+máximo|a\s+lo\s+sumo|menos\s+de|hasta|al\s+massimo"
    r"|meno\s+di|fino\s+a|no\s+máximo|não\s+mais\s+de|не\s+более|максимум|менее|меньше|minder\s+dan|hoogstens"
    r"|maximaal|ten\s+hoogste|onder\s+de|onder|niet\s+meer\s+dan|högst|maximalt|mindre\s+än|färre\s+än"
    r"|upp\s+till|højst|mindre\s+end|færre\s+end|op\s+til|høyst|mindre\s+enn|færre\s+enn|opp\s+til"
    r"|najwyżej|maksymalnie|mniej\s+niż|poniżej",
}  # fmt: skip


def _bound_pattern(bounds: dict[str, str], before: str, after: str) -> re.Pattern[str]:
    """One pattern of ``bounds``' words, a named group per way, between ``before`` and ``after``."""
    ways = "|".join(f"(?P<{name}>{pattern})" for name, pattern in bounds.items())
    return re.compile(f"{before}(?:{ways}){after}", re.IGNORECASE)


_BOUND_BEFORE = _bound_pattern(_BOUNDS, r"(?<![^\W\d_])", r"\s*[$€£₽¥]?\s?$")
"""What bounds a number from before it: "at least", "more than", "au moins", "höchstens" …, read
as ``up`` (the number or more) or ``down`` (the number or less)."""
_BOUNDS_AFTER = {
    "up": r"at\s+least|or\s+more|or\s+over|and\s+(?:more|over|above)|au\s+moins|au\s+minimum|ou\s+plus|et\s+plus"
    r"|mindestens|oder\s+mehr|und\s+mehr|al\s+menos|como\s+mínimo|por\s+lo\s+menos|o\s+más|pelo\s+menos|no\s+mínimo"
    r"|ou\s+mais|almeno|al\s+minimo|o\s+più|minstens|ten\s+minste|of\s+meer|en\s+meer|как\s+минимум|и\s+более"
    r"|или\s+более",
    "down": r"at\s+(?:the\s+)?most|or\s+(?:less|fewer|under)|au\s+plus|au\s+maximum|ou\s+moins|höchstens|maximal"
    r"|oder\s+weniger|como\s+máximo|a\s+lo\s+sumo|o\s+menos|no\s+máximo|ou\s+menos|al\s+massimo|al\s+più|o\s+meno"
    r"|hoogstens|maximaal|of\s+minder|как\s+максимум|или\s+менее|и\s+менее",
}  # fmt: skip
_BOUND_AFTER = _bound_pattern(_BOUNDS_AFTER, r"(?:\s+[^\W\d_]+)?,?\s+", r"(?=\s*(?:[.,;:!?)»”\"]|$))")
"""What bounds a number from after it and its unit, at the end of a clause: "six months at
most", "dix jours au moins", "50 euros or more" (a word between: "20 people or more")."""
_MORE_OR_LESS = re.compile(
    r"plus\s+ou\s+moins|more\s+or\s+less|mehr\s+oder\s+weniger|más\s+o\s+menos|mais\s+ou\s+menos|più\s+o\s+meno"
    r"|meer\s+of\s+minder|более\s+или\s+менее",
    re.IGNORECASE,
)
""""More or less", an approximation, whose closing "or less" bounds nothing."""
_APPROX = re.compile(
    r"(?<![^\W\d_])(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|environ|à\s+peu\s+près"
    r"|près\s+de|quelque|presque|etwa|ungefähr|rund|circa|ca\.|fast|knapp|unos|unas|alrededor\s+de|cerca\s+de"
    r"|aproximadamente|casi|cerca\s+di|quasi|intorno\s+a|quase|ongeveer|zo['’]n|rond|bijna|около|примерно|почти"
    r"|приблизно|майже)\s*$",
    re.IGNORECASE,
)
"""A word before a number that says it is approximate: "about 30 km", "près de 50 km"."""
_APPROX_WORD = re.compile(
    r"(?:aine|ina|(?<!\bn)ine|ena|enas)s?$|^(?:dozens?|scores?|dutzende?)$", re.IGNORECASE
)
"""A number word that is approximate: "une trentaine", "una trentina", "una treintena", "decine"
(not English "nine")."""
_BOUND_SHOWN = {"up": "more", "down": "less", "more": "more", "fewer": "fewer"}
_BOUND_WAYS, _COMPARED_WAYS = frozenset({"up", "down"}), frozenset({"more", "fewer"})
_COMPARED_AFTER = re.compile(
    r"\s*(?:(?:de|in|a)\s+)?(?:(?P<more>more|higher|greater|larger|plus|mehr|höher|más|mais|più|meer|hoger"
    r"|больше|выше|більше|вище)|(?P<fewer>less|fewer|lower|smaller|moins|weniger|niedriger|menos|meno|minder"
    r"|lager|меньше|ниже|менше|нижче))(?![^\W\d_])",
    re.IGNORECASE,
)
"""A comparative right after a number and its unit: ``8 % de plus`` / ``8% fewer``, ``forty
percent less`` / ``veertig procent meer``, ``на 8% больше``: how much more or less, which a
translation turns the other way (``more`` or ``fewer``)."""
_PT_COMPARED_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?P<more>mais)|(?P<fewer>menos))\s+$", re.IGNORECASE)
"""Portuguese says how much more or less before the number: ``mais 18% do que no ano anterior``
(18 % more than the year before)."""
_NEGATED_BOUND = re.compile(
    r"(?<![^\W\d_])(?:ne|n['’]|not|n['’]t|cannot|non|nicht|não|niet|не)(?![^\W\d_])[^.;:!?,]*$", re.IGNORECASE
)
"""A negation in the clause before a bound turns it (``ne s'élève pas à moins de deux cents``:
at least 200; ``could not be more than``: at most)."""


@lru_cache(maxsize=TEXT_CACHE)
def _qualified(text: str, lang: str) -> dict[float, tuple[set[str], set[str]]]:
    """Each number of ``text``, in digits or in words (``thirty metres``, ``tres kilómetros``; a
    bare ``un`` / ``one``, an article as often, only before a unit), with the units after it (``kind_unit``) and
    the bounds before it (``up`` / ``down``); read once per text (not to be changed by
    callers)."""
    out: dict[float, tuple[set[str], set[str]]] = {}
    text = unicodedata.normalize("NFC", text)
    for a, b, mention in _number_spans(text, lang):
        if not isinstance(mention.value, float):
            continue
        unit = _UNIT_AFTER.match(text, b)
        if mention.strength == "soft" and not unit:
            continue  # "one", "un": a number before a unit only ("less than one percent")
        units: set[str] = set()
        if unit:
            units |= {name.split("__")[0] for name, found in unit.groupdict().items() if found}
        sign = _CURRENCY_BEFORE.search(text, max(0, a - 3), a)
        if sign and sign.group(0)[0] in _SIGN_UNITS:
            units.add(_SIGN_UNITS[sign.group(0)[0]])
        bound = _BOUND_BEFORE.search(text, max(0, a - 40), a)
        bounds = {name for name, found in bound.groupdict().items() if found} if bound else set()
        if bound and _NEGATED_BOUND.search(text, max(0, bound.start() - 40), bound.start()):
            bounds = {"up" if way == "down" else "down" for way in bounds}
        if unit and (compared := _COMPARED_AFTER.match(text, unit.end())):
            bounds.add("more" if compared.group("more") else "fewer")
        elif lang == "pt" and (compared := _PT_COMPARED_BEFORE.search(text, max(0, a - 8), a)):
            bounds.add("more" if compared.group("more") else "fewer")
        after = _BOUND_AFTER.match(text, unit.end() if unit else b)
        if after and not _MORE_OR_LESS.search(text, b, after.end()):
            bounds |= {name for name, found in after.groupdict().items() if found}
        if _APPROX.search(text, max(0, a - 25), a) or _APPROX_WORD.search(text[a:b]):
            bounds.add("approx")
        for value in mention.readings():
            if isinstance(value, float):
                had_units, had_bounds = out.setdefault(value, (set(), set()))
                had_units |= (
                    units if value == mention.value else {u for u in units if not u.startswith("duration")}
                )
                had_bounds |= bounds
    return out


def _qualifier_differences(
    src_text: str, src_lang: str, tgt_text: str, tgt_lang: str
) -> tuple[list[str], list[str]]:
    """Numbers both sides hold whose units of one kind differ (``120 km`` / ``120 miles``, ``40°C``
    / ``40 °F``, ``2 percentage points`` / ``2 %``, ``$5 billion`` / ``5 milliards d'euros``) or
    whose bounds point opposite ways (``at least 40`` / ``au plus 40``, ``more than 2,000`` /
    ``moins de 2 000``, converted too: ``at least 300 mm`` / ``högst 30 cm``), or whose
    comparison does (``8 % de plus`` / ``8% fewer``), shown as
    ``40 F``, ``40 or less`` or ``8 fewer``."""
    left: list[str] = []
    right: list[str] = []
    src = _qualified(src_text, src_lang)
    if not src:
        return left, right
    tgt = _qualified(tgt_text, tgt_lang)
    for value in sorted(src.keys() & tgt.keys()):
        src_units, tgt_units = src[value][0], tgt[value][0]
        for kind in sorted({u.split("_")[0] for u in src_units} & {u.split("_")[0] for u in tgt_units}):
            mine = sorted(u.split("_")[1] for u in src_units if u.startswith(kind))
            theirs = sorted(u.split("_")[1] for u in tgt_units if u.startswith(kind))
            if not set(mine) & set(theirs) and not _converted_reading(value, src_units, tgt):
                left.append(f"{_show_number(value)} {'/'.join(mine)}")
                right.append(f"{_show_number(value)} {'/'.join(theirs)}")
    converted = [
        (value, other)
        for value in sorted(src.keys() - tgt.keys())
        for other in sorted(tgt.keys() - src.keys())
        if any(_converts(value, u, other, w) for u in src[value][0] for w in tgt[other][0])
    ]
    for value, other in [(value, value) for value in sorted(src.keys() & tgt.keys())] + converted:
        for ways, shown in ((_BOUND_WAYS, "{} or {}"), (_COMPARED_WAYS, "{} {}")):
            mine, theirs = src[value][1] & ways, tgt[other][1] & ways
            if len(mine) == 1 and len(theirs) == 1 and mine != theirs:
                left.append(shown.format(_show_number(value), _BOUND_SHOWN[min(mine)]))
                right.append(shown.format(_show_number(other), _BOUND_SHOWN[min(theirs)]))
    return left, right


def _converted_reading(value: float, units: set[str], other: dict[float, tuple[set[str], set[str]]]) -> bool:
    """Whether ``value`` in one of ``units`` converts to another number the other side holds
    in its unit (``_converts``): "1.2 tonnes" / "1.200 kilo", the Dutch thousands read as 1.2
    too."""
    return any(
        _converts(value, unit, w, w_unit)
        for unit in units
        for w, (w_units, _) in other.items()
        for w_unit in w_units
    )


_TIMES_SIGN = re.compile(r"\s?[×xX*]\s?")
_TIMES_BETWEEN = re.compile(r"\d\s?[×xX*]\s?\d")


def _dimensions(text: str, lang: str) -> list[tuple[float | str, ...]]:
    """The runs of numbers ``text`` multiplies out (``1,280 × 1,050 × 480 mm``), each in its
    order."""
    if not _TIMES_BETWEEN.search(text):
        return []
    text = unicodedata.normalize("NFC", text)
    runs: list[list[float | str]] = []
    end = -1
    for a, b, mention in _number_spans(text, lang):
        if runs and end >= 0 and _TIMES_SIGN.fullmatch(text[end:a]):
            runs[-1].append(mention.value)
        else:
            runs.append([mention.value])
        end = b
    return [tuple(run) for run in runs if len(run) >= 2]


def _order_differences(
    src_text: str, src_lang: str, tgt_text: str, tgt_lang: str
) -> tuple[list[str], list[str]]:
    """Dimensions given in another order (``1,280 × 1,050 × 480 mm`` / ``1 050 × 1 280 × 480
    mm``, width and height swapped), where each side gives one set: the same numbers, so
    nothing else tells."""
    src, tgt = _dimensions(src_text, src_lang), _dimensions(tgt_text, tgt_lang)
    if len(src) != 1 or len(tgt) != 1 or src == tgt or sorted(map(str, src[0])) != sorted(map(str, tgt[0])):
        return [], []
    return [" × ".join(map(_show_number, src[0]))], [" × ".join(map(_show_number, tgt[0]))]


_RESPECTIVELY = re.compile(
    r"(?<![^\W\d_])(?:respectively|respectivement|respectivamente|respetivamente|rispettivamente"
    r"|respectievelijk|beziehungsweise|bzw\.|соответственно|відповідно|odpowiednio|respektive|henholdsvis"
    r"|vastaavasti)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The word that pairs two lists in order (``3.65% and 3.90% respectively``)."""


def _respective_differences(
    src_text: str, src_lang: str, tgt_text: str, tgt_lang: str
) -> tuple[list[str], list[str]]:
    """Two numbers side by side exchanged where both sides say their list goes ``respectively``
    (``to 3.65% and 3.90% respectively`` / ``à 3,90 % et 3,65 % respectivement``): the same
    numbers, each paired with the other's item."""
    if not (_RESPECTIVELY.search(src_text) and _RESPECTIVELY.search(tgt_text)):
        return [], []
    left = [m.value for m in number_mentions(src_text, src_lang) if m.strength == "strong"]
    right = [m.value for m in number_mentions(tgt_text, tgt_lang) if m.strength == "strong"]
    moved = [k for k, (a, b) in enumerate(zip(left, right)) if a != b]
    if len(left) != len(right) or len(moved) != 2 or moved[1] != moved[0] + 1:
        return [], []
    k = moved[0]
    if (left[k], left[k + 1]) != (right[k + 1], right[k]):
        return [], []
    return [f"{_show_number(left[k])} then {_show_number(left[k + 1])}"], [
        f"{_show_number(right[k])} then {_show_number(right[k + 1])}"
    ]


_DIFFERENCES: tuple[Callable[[str, str, str, str], tuple[list[str], list[str]]], ...] = (
    _code_differences,
    _sign_differences,
    _qualifier_differences,
    _order_differences,
    _respective_differences,
)
"""What differs in numbers both sides hold, each side's shown for a reviewer: a code's digits, a
sign, a unit or bound, the order of dimensions (``number_mismatch`` flags any,
``number_differences`` shows them)."""


def _num_value(digits: str) -> float:
    return float(digits.replace(",", "."))


def names_months(lang: str) -> bool:
    """Whether month names are read in ``lang`` (``months``; Chinese, Japanese, Korean and
    Vietnamese name a month by its number, ``3月``, ``三月``, ``3월``, ``tháng 3``)."""
    return lang in _MONTHS or lang in _MONTH_STEMS or lang in {*_KANJI_LANGS, "ko", "vi"}


def reads_words(lang: str) -> bool:
    """Whether numbers written in words are read in ``lang`` (English, French, German, Dutch,
    Spanish, Portuguese, Italian, Russian, Ukrainian; Chinese and Japanese numerals): in any
    other language "pięć lat" for "5 years" looks like a number left out."""
    return bool(_lexicon(lang)[0]) or lang in _KANJI_LANGS


_DAY_NAMES = {
    -2: "the day before yesterday",
    -1: "yesterday",
    0: "today",
    1: "tomorrow",
    2: "the day after tomorrow",
}
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


_FRACTIONS_SHOWN = {0.5: "1/2", 1 / 3: "1/3", 2 / 3: "2/3", 0.25: "1/4", 0.75: "3/4"}


def _show_number(value: float | str) -> str:
    if value in _FRACTIONS_SHOWN:
        return _FRACTIONS_SHOWN[value]
    if isinstance(value, str) and value.startswith("phone="):
        return f"telephone …{value[6:]}"
    if isinstance(value, str):
        month = int(value.split("=")[1])
        return _MONTH_NAMES[month - 1] if 1 <= month <= 12 else value
    if value != int(value):
        return f"{value:,.6f}".rstrip("0")  # never "1e+06"
    return str(int(value)) if 1000 <= value <= 2100 else f"{int(value):,}"  # years: 2022


def number_differences(
    src_text: str, src_lang: str, tgt_text: str, tgt_lang: str
) -> tuple[list[str], list[str]]:
    """What ``number_mismatch`` sees differ, for a reviewer: the numbers, months and relative
    days of each side without a counterpart on the other ("10,000", "2022", "January",
    "today"), in text order (bare "one"/"un" left out), the codes written with other digits
    ("G7" / "G20") and the numbers below zero written without their minus ("-5")."""
    un_left, un_right = _converted(
        *_unmatched(number_mentions(src_text, src_lang), number_mentions(tgt_text, tgt_lang)),
        src_text,
        src_lang,
        tgt_text,
        tgt_lang,
    )
    named = [
        (_named_by_both(read, src_text, src_lang, tgt_text, tgt_lang), name) for read, name in _NAMED_DATES
    ]
    shown_left = [_show_number(m.value) for m in un_left if m.strength != "soft"]
    shown_right = [_show_number(m.value) for m in un_right if m.strength != "soft"]
    for differ in _DIFFERENCES:
        left, right = differ(src_text, src_lang, tgt_text, tgt_lang)
        shown_left += left
        shown_right += right
    return (
        shown_left
        + [name(d) for (src, tgt), name in named for d in sorted(src - tgt) if name(d) not in shown_left],
        shown_right
        + [name(d) for (src, tgt), name in named for d in sorted(tgt - src) if name(d) not in shown_right],
    )


_HYPERBOLE = re.compile(r"\s+(?:times|fois|veces|vezes|volte|keer)\b", re.IGNORECASE)


# French "quinze jours" / "huit jours" are a fortnight and a week ("two weeks", "one week").
_IDIOMS: dict[float, frozenset[float | str]] = {15.0: frozenset({14.0, 2.0}), 8.0: frozenset({7.0, 1.0})}
_JOURS = re.compile(r"\s+jours?\b", re.IGNORECASE)


def _converted(
    left: list[NumberMention], right: list[NumberMention], src: str, src_lang: str, tgt: str, tgt_lang: str
) -> tuple[list[NumberMention], list[NumberMention]]:
    """``left`` and ``right`` (numbers without a counterpart) less the pairs one of which is the
    other converted to another unit (``_CONVERSIONS``): "10 miles" / "16 km", "90°F" / "32 °C",
    "48 hours" / "two days"; less a clock time written as a decimal on one side (``_clock``); and
    less a number that converts another of its own side, a translator's note of the other unit
    (``250 °C (480 °F)``: ``_beside``)."""
    if left or right:
        left, right = _beside(left, src, src_lang), _beside(right, tgt, tgt_lang)
    if not left or not right:
        return left, right
    src_units, tgt_units = _qualified(src, src_lang), _qualified(tgt, tgt_lang)
    left, right = _clock(left, right, src_units, tgt_units)
    right, left = _clock(right, left, tgt_units, src_units)
    right = list(right)
    kept = []
    for m in left:
        units, bounds = (
            src_units.get(m.value, (set(), set())) if isinstance(m.value, float) else (set(), set())
        )
        for k, other in enumerate(right):
            if units and isinstance(other.value, float):
                other_units, other_bounds = tgt_units.get(other.value, (set(), set()))
                tolerance = APPROX_TOLERANCE if "approx" in bounds | other_bounds else CONVERSION_TOLERANCE
                if any(_converts(m.value, u, other.value, w, tolerance) for u in units for w in other_units):
                    del right[k]
                    break
        else:
            kept.append(m)
    return kept, right


def _beside(mentions: list[NumberMention], text: str, lang: str) -> list[NumberMention]:
    """``mentions`` less those whose number, in its unit, is another number of ``text`` in
    another unit converted (within ``APPROX_TOLERANCE``: such notes are rounded)."""
    if not mentions:
        return mentions
    units = _qualified(text, lang)
    return [
        m
        for m in mentions
        if not isinstance(m.value, float)
        or not any(
            _converts(value, u, m.value, w, APPROX_TOLERANCE)
            for value, (value_units, _) in units.items()
            if value != m.value
            for u in value_units
            for w in units.get(m.value, (set(), set()))[0]
        )
    ]


def _clock(
    left: list[NumberMention],
    right: list[NumberMention],
    left_units: dict[float, tuple[set[str], set[str]]],
    right_units: dict[float, tuple[set[str], set[str]]],
) -> tuple[list[NumberMention], list[NumberMention]]:
    """``left`` and ``right`` less each decimal of ``left`` that is a clock time, hours and two
    digits of minutes, whose hours and minutes ``right`` holds apart, none of them with a unit
    but hours (``left_units``, ``right_units``: ``_qualified``): "it's 7.30" (English and Dutch write the
    time with a point, read as the decimal 7.3 where no "a.m." or "uur" says it is a time)
    against "7:30 Uhr" (7 and 30); the hours may be on the other clock ("14.20" / "2.20 p.m.",
    "11.30" / "23 h 30", "23.30" / "11.30 at night"). A half hour in words (``_HALF_BEFORE``: "halb vier", "half past three",
    3.5) is the hour and 30 minutes too ("15.30 Uhr", "3:30")."""

    def bare(value: float | str, units: dict[float, tuple[set[str], set[str]]]) -> bool:
        """No unit but hours (Dutch ``uur`` is o'clock too)."""
        return isinstance(value, float) and units.get(value, (set(),))[0] <= {"duration_hour"}

    right = list(right)
    kept = []
    for m in left:
        value = m.value
        half = m.strength == "weak" and isinstance(value, float) and value % 1 == 0.5
        if (
            (m.strength == "strong" or half)
            and isinstance(value, float)
            and 0 < value < 24
            and value != int(value)
            and bare(value, left_units)
        ):
            minutes = 30.0 if half else round((value - int(value)) * 100, 6)
            parts = [k for k, r in enumerate(right) if bare(r.value, right_units)]
            hours = {int(value) + shift for shift in (-12, 0, 12)}  # "14.20" / "2.20 p.m."
            hour = next((k for k in parts if right[k].value in hours), None)
            minute = next((k for k in parts if right[k].value == minutes and k != hour), None)
            if minutes < 60 and minutes == int(minutes) and hour is not None and minute is not None:
                right = [r for k, r in enumerate(right) if k not in (hour, minute)]
                continue
            twin = next((k for k in parts if _clock_twin(right[k].value, hours, minutes)), None)
            if minutes < 60 and twin is not None:
                del right[twin]
                continue
        kept.append(m)
    return kept, right


def _clock_twin(value: float | str, hours: set[int], minutes: float) -> bool:
    """Whether ``value`` is a clock time written as a decimal with the same minutes on the other
    clock ("23.30" / "11.30 at night")."""
    return (
        isinstance(value, float)
        and value != int(value)
        and int(value) in hours
        and round((value - int(value)) * 100, 6) == minutes
    )


def _converts(a: float, a_unit: str, b: float, b_unit: str, tolerance: float = CONVERSION_TOLERANCE) -> bool:
    """Whether ``a`` in ``a_unit`` is ``b`` in ``b_unit`` converted, within ``tolerance`` of it
    (a share; 1 degree or 1 % for temperatures)."""
    if (convert := _CONVERSIONS.get((a_unit, b_unit))) is not None:
        a = convert(a)
    elif (convert := _CONVERSIONS.get((b_unit, a_unit))) is not None:
        a, b = convert(b), a
    else:
        return False
    margin = max(1.0, 0.01 * abs(b)) if a_unit.startswith("temperature") else tolerance * abs(b)
    return abs(a - b) <= margin


def _compatible(a: NumberMention, b: NumberMention) -> bool:
    """Whether any reading of ``a`` is one of ``b``; a bare ``one`` / ``une`` (soft) only matches
    a number that is 1 as read, not an ambiguous ``1,000`` that is 1.0 in French only, and never
    an ordinal ``first``."""
    if "soft" in (a.strength, b.strength):
        if a.first or b.first:
            return False
        return a.value in b.readings() if b.strength == "soft" else b.value in a.readings()
    return bool(a.readings() & b.readings())


def _unmatched(
    left: list[NumberMention], right: list[NumberMention]
) -> tuple[list[NumberMention], list[NumberMention]]:
    """Greedy one-to-one matching, equal values first, then any compatible reading; the
    strongest mentions of each side first, so that "a 2-1 win" matches "une victoire 2-1" digit
    to digit, not its 1 to "une"."""
    used = [False] * len(right)
    rank = {"strong": 0, "weak": 1, "soft": 2}
    pending = sorted(left, key=lambda m: rank[m.strength])
    order = sorted(range(len(right)), key=lambda k: rank[right[k].strength])
    for exact in (True, False):
        still: list[NumberMention] = []
        for m in pending:
            for k in order:
                other = right[k]
                if not used[k] and (other.value == m.value or not exact) and _compatible(m, other):
                    used[k] = True
                    break
            else:
                still.append(m)
        pending = still
    return pending, [r for r, u in zip(right, used, strict=True) if not u]
