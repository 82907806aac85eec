"""Negations of a sentence (verb negations and negative words, per language), the sentence with
one negation removed for the contrast test, and whether two sides differ in them
(``polarity_mismatch``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from align.checks.direction import negated_opposites
from align.checks.numbers import _EN_UNITS, _ENDS_HERE, _FR_UNITS
from align.checks.text import TEXT_CACHE, fold

# A verb negation ("not", "ne ... pas") and a negative word ("no", "nothing", "sans") are counted
# apart: translators trade negative words for other wordings freely ("no possibility" /
# "impossible", "without" / "ne ... pas"), a verb negation far less.
_NEG_EN_VERB = re.compile(
    r"(?<![\w'’])(?:not|never|cannot)(?![\w'’])|(?<=[^\W\d_])(?:\s?n['’]t|n\s?['’]\s?t)(?!\w)",
    re.IGNORECASE,
)
_EN_AUX = (
    r"(?:is|are|am|was|were|do|does|did|will|would|can|could|have|has|had|should|shall|must|may|might|wo|ca)"
)
_EN_TAG = re.compile(
    r"(?:^|[,;:.!?\"“”‘’—–-])\s*(?:"
    rf"{_EN_AUX}(?:\s?n['’]t|n\s?['’]\s?t)\s+(?:it|you|he|she|we|they|i|there|that|one)(?:\s+so)?"
    rf"|{_EN_AUX}\s+(?:it|you|he|she|we|they|i|there|that|one)\s+not(?:\s+so)?"
    r")\s*(?:[?!,]|$)",
    re.IGNORECASE,
)
"""A tag question (``…, isn't it?``, ``…, do you not?``, ``Is it not so?``): it asks for
assent, negating nothing."""
_NEG_EN_WORD = re.compile(
    r"(?<![\w'’])(?:no|nothing|nobody|none|nor|neither|nowhere|without"
    r"|(?:hardly|scarcely|barely)(?=\s+any(?:one|body|thing|where)?(?![\w'’])))(?![\w'’])",
    re.IGNORECASE,
)
"""English negative words; ``hardly anyone`` ("almost nobody", French ``presque personne ne``)
is one too, where ``hardly`` alone (``je le connais à peine``) is not."""
# German and Dutch negate without a second part: verb negations and negative words, "kein" /
# "geen" ("no") turned positive by dropping its first letter ("eine", "een"); "ohne Mühe" /
# "zonder moeite" (easily), "ohne Unterlass" (constantly) are adverbs, as ``_FR_SANS_ADVERBS``.
_NEG_VERB = {
    "de": re.compile(
        r"(?<!\w)(?:nicht(?!\s+(?:nur|bloss|bloß)\b.*?\bsondern\b)(?!\s+un(?!bedingt|ter|d\b)\w{3,})|nie|niemals)(?!\w)",
        re.I,
    ),
    "nl": re.compile(r"(?<!\w)(?:niet(?!\s+(?:alleen|enkel|slechts)\b.*?\bmaar\b)|nooit)(?!\w)", re.I),
    # "inte bara … utan" (not only … but), "inte mer än 6" (up to 6): no negation, as in English
    "sv": re.compile(
        r"(?<!\w)(?:(?:inte|icke|ej)(?!\s+(?:bara|endast|enbart)\b.*?\butan\b)"
        r"(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:mer|fler|mindre|färre)\s+än(?!\w))|aldrig)(?!\w)",
        re.I,
    ),
    "da": re.compile(
        r"(?<!\w)(?:(?:ikke|ej)(?!\s+(?:bare|kun|blot)\b.*?\bmen\b)"
        r"(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:mere|mer|flere|mindre|færre)\s+end(?!\w))|aldrig)(?!\w)",
        re.I,
    ),
    "no": re.compile(
        r"(?<!\w)(?:ikke(?!\s+(?:bare|kun)\b.*?\bmen\b)"
        r"(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:mer|flere|mindre|færre)\s+enn(?!\w))|aldri)(?!\w)",
        re.I,
    ),
}
_DE_SUPERLATIVE = re.compile(
    r"(?<!\w)wie\s+(?:seit(?!\w)[^.;:!?,]{0,40}?|(?:noch|lange|schon\s+lange)\s+)?$", re.I
)
"""What before a German ``nicht`` / ``nie`` makes a superlative: ``so hoch wie seit 2007 nicht
mehr`` (the highest since 2007), ``wie noch nie`` (as never before), no negation."""
_NEG_WORD = {
    "de": re.compile(
        r"(?<!\w)(?:kein|keine|keinen|keinem|keiner|keines|keineswegs|keinesfalls|mitnichten|nichts|niemand|weder"
        r"|nirgends|nein(?=\s*[,.!;]|$)"
        r"|ohne(?!\s+(?:grosse|große|jede|jedes)?\s*(?:Mühe|Muehe|Schwierigkeiten|Schwierigkeit|Unterlass|Zögern|Zahl|Ende)\b))"
        r"(?!\w)",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"(?<!\w)(?:geen|niets|niemand|nergens|noch|nee(?=\s*[,.!;]|$)"
        r"|zonder(?!\s+(?:moeite|ophouden|aarzelen|aarzeling|einde)\b))(?!\w)",
        re.IGNORECASE,
    ),
    # Swedish "utan" after a comma is "but" ("inte i år, utan nästa år"), not "without"
    "sv": re.compile(
        r"(?<!\w)(?:ingen|inget|inga|ingenting|ingenstans|varken|nej(?=\s*[,.!;]|$)|(?<![,;]\s)(?<![,;])utan(?!\s+(?:också|även)\b))(?!\w)",
        re.IGNORECASE,
    ),
    "da": re.compile(
        r"(?<!\w)(?:ingen|intet|ingenting|ingensteds|hverken|nej(?=\s*[,.!;]|$)|uden(?!\s+(?:tvivl|videre)\b))(?!\w)",
        re.IGNORECASE,
    ),
    "no": re.compile(
        r"(?<!\w)(?:ingen|intet|ingenting|ingensteds|verken|nei(?=\s*[,.!;]|$)|uten(?!\s+(?:tvil|videre)\b))(?!\w)",
        re.IGNORECASE,
    ),
}
# French "ne" counts with its second part ("ne ... pas", "jamais ... ne") or before the verbs that
# drop it ("je ne puis"); restrictive "ne ... que" and expletive "ne" do not count.
_NEG_FR_NE = re.compile(r"(?<![\w'’])(?:ne(?![\w'’])|n['’])(?!\s*(?:ignor|méconn|meconn)\w*)", re.IGNORECASE)
"""A French "ne", not that of ``n'ignore pas`` / ``ne méconnaît pas`` (is well aware: a litotes
the press writes for "knows", as Spanish ``no ignora`` and German ``nicht unbekannt``, which
their patterns leave out too)."""
_FR_CAN_FORMS = (
    "puis peux peut pouvons pouvez peuvent pouvais pouvait pouvions pouviez pouvaient pus put pûmes"
    " purent pourrai pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourriez"
    " pourraient puisse puisses puissions puissiez puissent pût pu"
).split()
_FR_KNOW_FORMS = (
    "sais sait savons savez savent savais savait savions saviez savaient sus sut surent saurai sauras"
    " saura saurons saurez sauront saurais saurait saurions sauriez sauraient sache saches sachions"
    " sachiez sachent sût su"
).split()
_FR_BARE_FORMS = (
    _FR_CAN_FORMS
    + _FR_KNOW_FORMS
    + (
        "ose oses osons osez osent osais osait osaient osai osa osèrent oserai osera oserais oserait osé"
        " cesse cesses cessons cessez cessent cessais cessait cessaient cessa cessèrent cessera"
        " cesserait cesseraient cessât cessassent cessé"
    ).split()
)
"""Forms of "pouvoir", "savoir", "oser" and "cesser", before which a literary "ne" negates alone
(``je ne puis``, ``il n'avait pu``, ``ses yeux ne pouvaient se détacher``; but ``ne cesser de``
keeps on, ``_FR_DE``)."""
_FR_SECONDS = ("pas", "point", "jamais", "plus", "guère", "nullement", "aucunement")
"""The second parts that make a "ne" a verb negation (``ne … pas``)."""
_FR_WORD_SECONDS = ("rien", "personne", "aucun", "aucune", "nul", "nulle", "ni")
"""The second parts that make a "ne" a negative word (``ne … rien``)."""
_NEG_FR_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,5}?(?:(" + "|".join(_FR_SECONDS + tuple(_FR_BARE_FORMS)) + r")"
    r"|" + "|".join(_FR_WORD_SECONDS) + r")(?![\w'’])",
    re.IGNORECASE,
)
_NEG_FR_BEFORE = re.compile(  # "qu'aucun pays ne": an elided word may come before
    r"(?<!\w)(?:" + "|".join(("jamais", *_FR_WORD_SECONDS)) + r")(?![\w'’]),?(?:\s+\S+){0,5}?\s*$",
    re.IGNORECASE,
)
_FR_SANS_ADVERBS = tuple(
    "cesse relâche trêve fin nombre peine difficultés? bruit hésiter hésitation faute".split()
)
"""``sans cesse``, ``sans nombre``, ``sans peine``: a "sans" that makes one positive adverb or
adjective (constantly, countless, easily), which English says as often without a negation
(``_EN_WITHOUT_ADVERB``)."""
# "non plus" ("pas non plus": "either") repeats the "ne ... pas" before it.
_NEG_FR_WORD = re.compile(
    r"(?<![\w'’])(?:non(?!\s+(?:plus|moins|seulement|pas\s+seulement)\b)|(?<!\bva\s)sans(?!\s+(?:doute|quoi|cela)\b"
    r"|(?:\s+(?:aucune?|la|le|moindre|grandes?|grands?|trop|de|d['’]))*\s*(?:"
    + "|".join(_FR_SANS_ADVERBS)
    + r")\b))"
    r"(?![\w'’])",
    re.IGNORECASE,
)
# Spoken French drops "ne" ("c'est pas vrai", "pourquoi pas", "pas du tout"): a "pas" with no "ne"
# in the five words of its clause before it negates, unless a determiner or adjective makes it the noun ("un
# pas", "à grands pas", "pas à pas").
_NEG_FR_PAS = re.compile(r"(?<![\w'’])(?<!non\s)pas(?![\w'’])(?!\s+à\s+pas\b)", re.IGNORECASE)
_FR_IF_NOT = re.compile(r"(?<![\w'’])(?:si\s+[^\W\d_]+|s['’]ils?)\s*$", re.IGNORECASE)
"""``si je ne me trompe``: a literary "ne" alone after "si" and its subject, if not."""
_NE_BEFORE = re.compile(r"(?<![\w'’])(?:ne(?![\w'’])|n['’])(?:\s*[^\s,;:.!?]+){0,5}\s*$", re.IGNORECASE)
_PAS_NOUN_BEFORE = re.compile(  # "d'un pas lent", "à dix pas de lui", "un second pas"
    r"(?<!\w)(?:un|le|les|des|ses|mes|tes|nos|vos|leurs|ces|ce|cent|cents|mille|quelques|deux|trois"
    r"|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante"
    r"|second|autre|mon|ton|son|chaque|plusieurs|quel|tel|nouveau"
    r"|au|aux|du|de|d['’]|l['’]|à|grand|grands|petit|petits|premier|premiers|dernier|derniers|faux"
    r"|même|mêmes|lents|lourds|pressés|feutrés)\s*$",
    re.IGNORECASE,
)


_FR_SECOND_PART = re.compile(
    r"^\s*(?:[^\s,;:.!?]+\s+){0,5}?(?:" + "|".join(_FR_SECONDS) + r")(?![\w'’])", re.IGNORECASE
)
_FR_CAN = re.compile("|".join(_FR_CAN_FORMS), re.IGNORECASE)
_FR_RESTRICTIVE = re.compile(  # "ne put qu'étendre les bras", "ne peut être entendu que de vous"
    r"^(?:(?:\s*[^\s,;:.!?«»]+){0,6}?\s+(?:(\w+)\s+)?|\s*)qu(?:e\s+|['’]\s*)"
    r"(?!(?:je|j['’]|tu|il|ils|elle|elles|on)(?![\w'’]))",
    re.IGNORECASE,
)
"""A ``que`` in the clause after "pouvoir" that restricts (``ne … que``: only); one followed by
a subject (``qu'elle avait``) opens a clause instead."""
_FR_NOT_RESTRICTING = frozenset(
    {"ce", "dire", "croire", "penser", "affirmer", "nier", "prétendre", "comprendre", "admettre", "voir"}
    | {"sans", "avant", "pour", "afin", "bien", "parce", "alors", "pendant", "tandis", "dès", "après"}
)
"""Words before a ``que`` that is no restriction: ``ce que`` (what), the verbs whose ``que``
opens what is said or thought (``je ne puis dire que …``) and conjunctions (``sans que``)."""
_FR_COMPARED = re.compile(  # "plus qu'elle ne peut le dire", "plus grave que vous ne le croyez"
    r"(?<![\w'’])(?:plus|moins|mieux|autre|autrement|davantage|meilleur|meilleure|pire|plutôt)"
    r"(?:\s+[^\s,;:.!?]+){0,3}?\s+qu(?:e\s+|['’]\s*)(?:[^\s,;:.!?]+\s+){0,2}?$",
    re.IGNORECASE,
)


_FR_EXCEPT = re.compile(r"(?<![\w'’])si\s+ce\s*$", re.IGNORECASE)
_FR_IS = re.compile(r"\s*(?:est|était|fût)(?![\w'’])", re.IGNORECASE)


def _que_restricts(text: str, at: int) -> bool:
    """Whether a "que" in the clause after ``at`` restricts (``ne … que``: only); not ``ce que``
    (what), the "que" of what is said nor that of a conjunction (``_FR_NOT_RESTRICTING``)."""
    restricted = _FR_RESTRICTIVE.match(text[at : at + 80])
    return bool(restricted) and (restricted.group(1) or "").lower() not in _FR_NOT_RESTRICTING


def _fr_bare_ne_counts(text: str, m: re.Match[str], verb: re.Match[str]) -> bool:
    """Whether a "ne" without a second part before "pouvoir", "savoir", "oser" or "cesser" (``m``;
    ``verb`` the verb's match, its end offset from the "ne") negates: not after a comparison
    ("plus qu'elle ne peut le dire": expletive), nor "pouvoir" with a "que" after it in its clause
    ("il ne put qu'étendre les bras": he could only stretch out his arms; but not "ce que",
    what, nor "je ne puis dire que", what is said)."""
    if _FR_SECOND_PART.match(text[m.end() : m.end() + 80]):
        return True
    if _FR_COMPARED.search(text[max(0, m.start() - 60) : m.start()]):
        return False
    if not _FR_CAN.fullmatch(verb.group(1)):
        return True
    return not _que_restricts(text, m.end() + verb.end())


_FR_AMOUNT = r"(?:une?|\d|" + "|".join(_FR_UNITS) + r")(?![\w'’])"
_FR_UNTIL = (
    r"(?:\s+[^\s,;:.!?«»]+){0,8}?\s+(?:jusqu['’]\s*à\s+ce\s+qu|avant\s+(?:de|d['’]|que|qu['’]|la|le|les|l['’]|une?"
    r"|\d|midi|minuit|demain|ce|cette|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leurs?|plusieurs|quelques"
    r"|longtemps|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet"
    r"|août|septembre|octobre|novembre|décembre))"
)
_FR_UNTIL_AFTER = re.compile(_FR_UNTIL, re.IGNORECASE)
_FR_QUE_AFTER = re.compile(
    r"((?:\s+[^\s,;:.!?«»]+){0,4}?)\s*qu(?:e\s+|['’]\s*)(?!(?:je|j['’]|tu|il|ils|elle|elles|on)(?![\w'’]))",
    re.IGNORECASE,
)
_FR_QUE_NOT_ONLY = frozenset(
    "plus moins aussi autant si tel telle tels telles même autre autres mieux ainsi tant ce dire dit"
    " croire cru crut pensé penser voir vu songé imaginé supposé appris compris oublié entendu".split()
)
_FR_MORE_THAN = re.compile(r"\s+plus\s+d(?:e\s+|['’]\s*)" + _FR_AMOUNT, re.IGNORECASE)
_FR_NOTHING_MORE = re.compile(r"\s+(?:de\s+plus|d['’]autre)\s+qu(?:e\s|['’])", re.IGNORECASE)
_FR_QUE_BEFORE = re.compile(r"(?<![\w'’])qu(?:e\s+|['’]\s*)$", re.IGNORECASE)
_FR_DE = re.compile(r"\s+d(?:e\s|['’])", re.IGNORECASE)
"""``ne cesser de`` keeps doing (``la pluie n'a cessé de tomber``: it rained all the time), a
litotes English says without a negation as often as with one (``never ceased trying``)."""
_FR_KNOW = re.compile(r"(?<![\w'’])(?:" + "|".join(_FR_KNOW_FORMS) + r"|sachant)(?![\w'’])", re.IGNORECASE)


def _fr_says_only(text: str, start: int, at: int, second: str) -> bool:
    """Whether the "ne" ending at ``start``, whose second part ``second`` ends at ``at``, says
    "only" rather than negating, as English ``nothing but``, ``not … more than``
    or ``not … until`` do: a ``que`` right after ``plus`` (``ne serrait plus qu'un cadavre``;
    ``ne … plus grand que`` compares) or at most two words after ``jamais`` or ``guère`` (``ne
    duraient jamais que quelques secondes``; not a ``que`` that compares, opens what is said or
    comes before a subject), ``plus de`` an amount after ``pas`` (``ne coûta pas plus de vingt
    millions``), ``rien de plus que``, ``avant`` a time or ``jusqu'à ce que`` (``ne s'aventura
    pas près de la maison avant d'avoir…``; not ``jusqu'au chevet``, a place). Never after
    "savoir" (``ne sachant plus que penser``: what)."""
    if _FR_KNOW.search(text, start, at):
        return False
    if second in ("plus", "jamais", "guère"):
        que = _FR_QUE_AFTER.match(text, at)
        between = que.group(1).lower().split() if que else []
        if que and len(between) <= (0 if second == "plus" else 2) and not set(between) & _FR_QUE_NOT_ONLY:
            return True
    if second == "plus" and _FR_QUE_BEFORE.search(text, start, at - len(second)):
        return True
    if second in ("pas", "point") and _FR_MORE_THAN.match(text, at):
        return True
    if second == "rien":
        return bool(_FR_NOTHING_MORE.match(text, at))
    return second != "guère" and bool(_FR_UNTIL_AFTER.match(text, at))


_FR_FAIL = re.compile(
    r"(?<![\w'’])(?:manqu|laiss)(?:er|e|es|ons|ez|ent|ais|ait|ions|iez|aient|a|as|âmes|èrent|erai|eras"
    r"|era|erons|erez|eront|erais|erait|erions|eriez|eraient|é|ât|assent)(?![\w'’])",
    re.IGNORECASE,
)
_FR_LESS = re.compile(r"\s+moins(?![\w'’])", re.IGNORECASE)
_FR_TO_DO = re.compile(
    r"(?:\s+(?:pas|point|jamais))?\s+d(?:e\s+|['’]\s*)(?:(?:me|te|se|le|la|les|lui|leur|nous|vous|y|en)\s+"
    r"|[lmts]['’]\s*)*[^\W\d_]+(?:er|ir|re|oir)(?![\w'’])",
    re.IGNORECASE,
)


def _fr_litotes(text: str, start: int, at: int, second: str) -> bool:
    """Whether the "ne" ending at ``start``, whose second part ``second`` ends at ``at``, is a
    litotes that says "did", "is bound to" or "all the same": ``ne manquèrent pas de ramasser``
    (did not fail to gather: gathered), ``ne pouvait manquer d'être terrible``, ``cela ne peut
    manquer`` (it is sure to), ``ne laissait pas d'être riche`` (was rich all the same), ``n'en
    arriva pas moins`` (arrived nevertheless), ``n'étaient pas moins bizarres`` (as strange).
    Not ``ne manque pas d'envieux`` (lacks), ``ne laisse pas de traces``, nor ``l'argent ne
    manquait pas``."""
    if second in ("pas", "point") and _FR_LESS.match(text, at):
        return True
    stop = _CLAUSE_END.search(text, at, at + 25)
    fail = _FR_FAIL.search(text, start, stop.start() if stop else at + 25)
    if fail is None:
        return False
    if _FR_TO_DO.match(text, fail.end()):
        return True
    return second not in _FR_SECONDS and fail.start() >= at and bool(_ENDS_HERE.match(text, fail.end()))


_FR_NO_MATTER = re.compile(
    r"\s*importe\s+(?:quel|quels|quelle|quelles|qui|quoi|où|comment|quand|lequel|laquelle|lesquels|lesquelles)"
    r"(?![\w'’])",
    re.IGNORECASE,
)
"""``n'importe quel``, ``n'importe où``: any, anywhere (``cela n'importe pas`` negates)."""
_FR_SOME = re.compile(r"\s*sai[st]\s+quel(?:le)?s?(?![\w'’])", re.IGNORECASE)
_FR_SOME_WHO = re.compile(r"(?<![\w'’])(?:je|on)\s+$", re.IGNORECASE)


_FR_EXPLETIVE_AFTER = re.compile(
    r"(?<![\w'’])(?:avant|moins|peur|crainte)\s+qu(?:e\s+|['’]\s*)(?:[^\s,;:.!?]+\s+){0,2}$", re.IGNORECASE
)


def _fr_expletive(text: str, m: re.Match[str]) -> bool:
    """Whether the "ne" ``m``, with no second part, is that of ``si ce n'est`` (except) or the
    expletive one after ``avant que``, ``à moins que``, ``de peur que``, ``de crainte que``
    (``avant que je n'y eusse goûté``), which a negative word earlier in the sentence (``ne
    m'avait rien rappelé avant que je n'…``) must not complete."""
    if _FR_EXCEPT.search(text, max(0, m.start() - 20), m.start()) and _FR_IS.match(text, m.end()):
        return True
    return bool(_FR_EXPLETIVE_AFTER.search(text, max(0, m.start() - 40), m.start()))


def _fr_some(text: str, m: re.Match[str]) -> bool:
    """Whether the "ne" ``m`` is that of ``je ne sais quelle noirceur`` / ``on ne sait quels
    travaux`` (some … or other), no negation; ``Porthos ne savait quelle contenance tenir``
    still is one."""
    return bool(_FR_SOME.match(text, m.end()) and _FR_SOME_WHO.search(text, max(0, m.start() - 6), m.start()))


_FR_JAMAIS = re.compile(r"(?<![\w'’])jamais(?=\s*(?:[!?.…,;»]|$))", re.IGNORECASE)
_FR_JAMAIS_OPENS = re.compile(
    r"(?:^|[!?.…,;:«»\"“”—–(-]|(?<![\w'’])(?:oh|ah|non|mais|et|o)\s*[!,]?)\s*$", re.IGNORECASE
)
"""``Jamais !``, ``Oh ! non, jamais,``: "jamais" alone as its clause says never, no "ne" needed
(not ``le plus grand télescope qui fût jamais !``, ever)."""
_FR_NE_NEXT = re.compile(r"\s*,?\s*(?:[^\s.!?;:,]+\s+){0,4}?(?:ne(?![\w'’])|n['’])", re.IGNORECASE)
"""``Jamais, je ne le ferai``: the "ne" after it makes the negation (``_NEG_FR_BEFORE``)."""
_FR_NI = re.compile(r"(?<![\w'’])ni(?![\w'’])", re.IGNORECASE)
_FR_NI_BEFORE = re.compile(r"(?<![\w'’])(?:ni|sans)(?![\w'’])", re.IGNORECASE)
_FR_NI_IDIOM = re.compile(r"\s+plus\s+ni\s+moins(?![\w'’])", re.IGNORECASE)
_FR_NI_END = re.compile(r"(?<![\w'’])ni\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]")


def _same_sentence(text: str, earlier: int, later: int) -> bool:
    """Whether offset ``earlier`` comes before ``later`` in the same sentence of ``text``."""
    return earlier < later and not _SENTENCE_END.search(text, earlier, later)


_FR_TAG = re.compile(r"n['’]\s*est[- ]ce\s+pas\s*(?:[?!,…»]|$)", re.IGNORECASE)
"""``n'est-ce pas ?`` closing a sentence: a tag asking for assent, no negation of what is said."""


_FR_FAILED = re.compile(
    r"(?<![\w'’])échou(?:e|es|ent|é|ée|és|ées|a|ait|aient|èrent|er|era|eront)\s+à(?=\s+[^\W\d_])",
    re.IGNORECASE,
)
"""``a échoué à conclure``: did not conclude, a verb negation as English ``failed to`` is, unless
negated itself (``n'a pas échoué à``)."""
_FR_FAILED_BEFORE = re.compile(r"(?<![\w'’])(?:ne|n['’])\s*(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)


def _fr_negations(text: str) -> list[tuple[str, re.Match[str]]]:
    """The French negations of ``text``, each as "verb" or "word" with its match: "non"/"sans"
    (word), a "pas" without "ne" (verb), and each "ne" that ``_NEG_FR_AFTER`` or
    ``_NEG_FR_BEFORE`` completes (verb for "pas", "jamais", "ne" alone before "pouvoir"… where
    ``_fr_bare_ne_counts``, word for "rien", "personne", "aucun"…), but not the "ne" of ``ne …
    ni ne`` that continues one (``il ne mange ni ne boit``); and the first "ni" of a sentence
    without a "ne" or a "sans" (``Ni moi non plus``: English ``Nor I``; not ``ni plus ni
    moins``), and a "jamais" that is its clause alone (``Jamais !``, ``_FR_JAMAIS_OPENS``)."""
    found = [("word", m) for m in _NEG_FR_WORD.finditer(text)]
    found += [
        ("verb", m)
        for m in _FR_FAILED.finditer(text)
        if not _FR_FAILED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]
    for m in _NEG_FR_PAS.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if not (_NE_BEFORE.search(before) or _PAS_NOUN_BEFORE.search(before)):
            found.append(("verb", m))
    for m in _NEG_FR_NE.finditer(text):
        if _FR_TAG.match(text, m.start()) or _FR_NO_MATTER.match(text, m.end()) or _fr_some(text, m):
            continue
        after = _NEG_FR_AFTER.match(text[m.end() : m.end() + 80])
        if after and after.group(1):
            second, at = after.group(1).lower(), m.end() + after.end(1)
            if second in _FR_SECONDS and _fr_says_only(text, m.end(), at, second):
                continue
            if second not in _FR_SECONDS and (
                _FR_UNTIL_AFTER.match(text, at) or (second.startswith("cess") and _FR_DE.match(text, at))
            ):
                continue
            if _fr_litotes(text, m.end(), at, second):
                continue
            if second in _FR_SECONDS or _fr_bare_ne_counts(text, m, after):
                found.append(("verb", m))
                continue
            after = None
        if (
            after
            and after.group(0).lower().endswith("rien")
            and _fr_says_only(text, m.end(), m.end() + after.end(), "rien")
        ):
            continue
        if not after and _fr_expletive(text, m):
            continue
        before = None if after else _NEG_FR_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        if after or before:  # "jamais je ne quitterai", inverted, is a verb negation
            found.append(("verb" if before and before.group(0).lower().startswith("jamais") else "word", m))
        elif _FR_IF_NOT.search(text, max(0, m.start() - 30), m.start()) and not _que_restricts(text, m.end()):
            found.append(("verb", m))
    for m in _FR_JAMAIS.finditer(text):
        if _FR_JAMAIS_OPENS.search(text, max(0, m.start() - 12), m.start()) and not _FR_NE_NEXT.match(
            text, m.end()
        ):
            found.append(("verb", m))
    for m in _FR_NI.finditer(text):
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = next((e.start() for e in _SENTENCE_END.finditer(text, m.end())), len(text))
        if not (
            _NEG_FR_NE.search(text, start, end)
            or _FR_NI_BEFORE.search(text, start, m.start())
            or _FR_NI_IDIOM.match(text, m.end())
        ):
            found.append(("word", m))
    return [
        (kind, m)
        for kind, m in found
        if not (m.re is _NEG_FR_NE and _FR_NI_END.search(text, max(0, m.start() - 4), m.start()))
        or not any(_same_sentence(text, n.start(), m.start()) for _, n in found)
    ]


@dataclass(frozen=True)
class _Negator:
    """A language whose clause negation is one word ("no", "não") that counts once with the
    negative word after it in its clause ("no vi a nadie", "não … nunca"), as French "ne … rien"
    does (``_negator``)."""

    no: re.Pattern[str]
    verbs: frozenset[str]
    positive: dict[str, str]
    after: re.Pattern[str]
    alone: re.Pattern[str]
    only_before: re.Pattern[str] | None = None
    loose: str = ""


def _negator(
    no: str, verbs: set[str], positive: dict[str, str], loose: str, only_before: str | None = None
) -> _Negator:
    """``no``: the negation word's pattern (its idioms that are no negation left out);
    ``verbs``: the negative words that make a verb negation ("nunca"), the others ("nada",
    "nadie") negative words; ``positive``: each negative word's positive, for the contrast test;
    ``loose``: the word ("sin") that never completes a "no"; ``only_before``: what, before a
    "no" in its clause, makes it say "only" ("Hasta 2020 no": only in 2020)."""
    words = sorted(positive, key=len, reverse=True)
    after = "|".join(w for w in words if w != loose)
    return _Negator(
        re.compile(no, re.IGNORECASE),
        frozenset(verbs),
        positive,
        re.compile(rf"(\s*(?:[^\s,;:.!?¿¡]+\s+){{0,5}}?)({after})(?![\w'’])", re.IGNORECASE),
        re.compile(rf"(?<![\w'’])(?:{'|'.join(words)})(?![\w'’])", re.IGNORECASE),
        re.compile(only_before, re.IGNORECASE) if only_before else None,
        loose,
    )


_NEGATORS = {
    # "no obstante" (however), "a no ser que" (unless), "no ignora" (is well aware) are no
    # negations, nor a "no" before or after "hasta" ("no … hasta 2020", "hasta 2020 no": only in)
    "es": _negator(
        r"(?<![\w'’])no(?![\w'’])(?!\s+obstante\b)(?!\s+ser\s+que\b)(?!\s+(?:ignor|desconoc)\w*)"
        r"(?!(?:\s+[^\s,;:.!?¿¡]+){0,8}?\s+hasta\b)",
        {"nunca", "jamas", "tampoco"},
        {
            "nunca": "siempre", "jamás": "siempre", "jamas": "siempre", "tampoco": "también",
            "nada": "algo", "nadie": "alguien", "ningún": "un", "ningun": "un", "ninguno": "uno",
            "ninguna": "una", "ningunos": "unos", "ningunas": "unas", "ni": "y", "sin": "con",
        },
        "sin",
        r"(?<![\w'’])hasta\s+[^,;:.!?¿¡]{1,40}$",
    ),  # "sin embargo" (however) is no "sin": _NEGATOR_IDIOMS
    # "não só" (not only) is one as "not only" is; "senão" is no word "não"
    "pt": _negator(
        r"(?<![\w'’])n[ãa]o(?![\w'’])(?!(?<=\b[aA]\sn[ãa]o)\s+ser\b)",  # "a não ser": unless
        {"nunca", "jamais", "tampouco"},
        {
            "nunca": "sempre", "jamais": "sempre", "tampouco": "também", "nada": "algo",
            "ninguém": "alguém", "ninguem": "alguém", "nenhum": "um", "nenhuma": "uma",
            "nenhuns": "uns", "nenhumas": "umas", "nem": "e", "sem": "com",
        },
        "sem",
    ),
    "it": _negator(
        r"(?<![\w'’])(?:non|no(?=\s*[,.!?;]))(?![\w'’])",  # "no," answers
        {"mai", "neanche", "nemmeno", "neppure"},
        {
            "mai": "sempre", "neanche": "anche", "nemmeno": "anche", "neppure": "anche",
            "niente": "qualcosa", "nulla": "qualcosa", "nessuno": "qualcuno", "nessuna": "qualcuna",
            "nessun": "qualche", "né": "e", "senza": "con",
        },
        "senza",
    ),
}  # fmt: skip


_ANSWERING = re.compile(r"\s*[,.!;]")
"""What follows an answering "No" ("No, gracias")."""


def _negator_negations(text: str, negator: _Negator) -> list[tuple[str, re.Match[str]]]:
    """The negations of ``text`` in a ``_NEGATORS`` language, each as "verb" or "word" with its
    match (that of "no" for a two-part negation): "no" alone or with a verb word ("nunca") after
    it, and those words alone, are verb negations; "no" with another negative word ("nada",
    "nadie", "ni") after it, those words alone, "sin" and an answering "No," are negative
    words. A negative word in the clause of the negation before it counts with it
    (``_CONCORD_GAP``), but not "sin" ("no … sin supervisión": not … without, two negations)."""
    events: list[tuple[int, int, str, re.Match[str], bool]] = []
    taken: set[int] = set()
    for m in negator.no.finditer(text):
        if negator.only_before and negator.only_before.search(text, max(0, m.start() - 50), m.start()):
            continue  # "Hasta 2020 no se colocaron": only in 2020
        if _IT_EXCEPT_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _IT_EXCEPT.match(
            text, m.end()
        ):
            continue  # "se non per spostamenti necessari": unless, except for
        second = negator.after.match(text, m.end())
        if second:
            taken.add(second.start(2))
            kind = "verb" if fold(second.group(2)) in negator.verbs else "word"
            events.append((m.start(), second.end(), kind, m, False))
        else:
            events.append(
                (m.start(), m.end(), "word" if _ANSWERING.match(text, m.end()) else "verb", m, False)
            )
    for m in negator.alone.finditer(text):
        if _NEGATOR_IDIOMS.match(text, m.start()):
            continue
        run_out = _RUN_OUT.get(m.group(0).lower())
        if run_out and run_out.search(text, max(0, m.start() - 24), m.start()):
            continue  # "nos quedamos sin dinero": we ran out of money
        if fold(m.group(0)) in _EVER_WORDS and _EVER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "più che mai", "que nunca", "che abbia mai avuto": ever
        if m.start() not in taken:
            kind = "verb" if fold(m.group(0)) in negator.verbs else "word"
            events.append((m.start(), m.end(), kind, m, fold(m.group(0)) != negator.loose))
    found: list[tuple[str, re.Match[str]]] = []
    last_end = -1
    for start, end, kind, m, agrees in sorted(events, key=lambda e: e[0]):
        if not (agrees and last_end >= 0 and _CONCORD_GAP.fullmatch(text, last_end, start)):
            found.append((kind, m))
        last_end = end
    return found


_IT_EXCEPT_BEFORE = re.compile(r"(?<![\w'’])se\s+$", re.IGNORECASE)
_IT_EXCEPT = re.compile(
    r"\s+(?:per|a|al|alla|ai|alle|in|nel|nella|con|da|dal|dalla|di|del|della|quando|dopo|prima)(?![\w'’])",
    re.IGNORECASE,
)
"""Italian ``se non`` before a preposition or ``quando``: "unless", "except" (``non mettervi alla
guida se non per spostamenti necessari``: do not drive unless), no negation of its own."""
_EVER_WORDS = frozenset({"mai", "nunca", "jamas", "jamais"})
_EVER_BEFORE = re.compile(r"(?<![\w'’])(?:che|que|se|come)\s+(?:[^\s,;:.!?¿¡]+\s+){0,2}$", re.IGNORECASE)
"""A "never" without a "no" before it, after ``che`` / ``que`` (a comparison or a relative
clause: ``più comoda che mai``, ``más fuerte que nunca``, ``le migliori che abbia mai avuto``)
or ``se`` / ``come``: "ever", as French ``plus que jamais`` is read."""
_NEGATOR_IDIOMS = re.compile(r"sin\s+embargo(?![\w'’])", re.IGNORECASE)
"""Spanish ``sin embargo`` (however): no "sin" (without)."""
_RUN_OUT = {
    "sin": re.compile(
        r"(?<![\w'’])qued(?:a|an|ó|aron|amos|ar|arse|ado|ando|e|en|aría|arán)(?:nos|se|me)?\s+$", re.I
    ),
    "sem": re.compile(r"(?<![\w'’])fic(?:a|am|ou|aram|ar|ando|amos|ará|arão|aria)\s+$", re.I),
    "senza": re.compile(
        r"(?<![\w'’])(?:rimast[oaie]|rimane|rimangono|rimanere|restat[oaie]|resta|restano|restare)\s+$", re.I
    ),
}
"""The verb before "sin", "sem", "senza" that makes "run out of" (``nos quedamos sin dinero``,
``ficar sem combustível``, ``siamo rimasti senza soldi``): no negation, as English says it."""
_CONCORD_GAP = re.compile(r"\s*(?:[^\s,;:.!?¿¡]+\s+){0,5}")
"""What lies between two negative words of one clause, which make one negation (negative
concord: "nadie ha visto nunca nada", "nessuno ha mai visto niente", as "nobody has ever seen
anything"; "ni … ni" as "neither … nor")."""


@dataclass(frozen=True)
class _SlavicNegation:
    """Russian and Ukrainian negation (Polish and Romanian alike: "nie", "nu"): the particle "не" negates a verb, and a negative pronoun
    or adverb ("никто", "ничего", "никогда") takes a "не" in its clause with it ("я ничего не
    знаю" is one negation, as "I know nothing"): a clause with such a word counts those words,
    not its "не". ``verbs``: the negative words that make a verb negation ("никогда", never);
    ``words``: the pattern of all of them, "нет" (no) and "без" (without) among them;
    ``loose``: those that take no "не" with them ("нет", "без"); ``positive``: each one's
    positive, for the contrast test."""

    no: re.Pattern[str]
    verbs: frozenset[str]
    words: re.Pattern[str]
    loose: frozenset[str]
    positive: dict[str, str]


def _slavic(
    no: str, verbs: set[str], loose: set[str], positive: dict[str, str], guarded: dict[str, str] | None = None
) -> _SlavicNegation:
    """A language's ``_SlavicNegation``: ``no`` the pattern of its particles; the negative words are
    the keys of ``positive``, each read as ``guarded`` gives it where a word beside it makes it
    no negation (Bulgarian ``без промяна``, unchanged; Arabic ``ما دون``, below)."""
    guarded = guarded or {}
    words = "|".join(guarded.get(w, w) for w in sorted(positive, key=len, reverse=True))
    return _SlavicNegation(
        re.compile(rf"(?<!\w)(?:{no})(?!\w)", re.IGNORECASE),
        frozenset(verbs),
        re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE),
        frozenset(loose),
        positive,
    )


_SLAVIC = {
    "ru": _slavic(
        "не",
        {"никогда"},
        {"нет", "без"},
        {
            "никогда": "всегда", "ничего": "что-то", "ничто": "что-то", "ничем": "чем-то",
            "ничему": "чему-то", "никто": "кто-то", "никого": "кого-то", "никому": "кому-то",
            "никем": "кем-то", "нигде": "где-то", "никуда": "куда-то", "никакой": "какой-то",
            "никакая": "какая-то", "никакое": "какое-то", "никакие": "какие-то", "никакого": "какого-то",
            "никаких": "каких-то", "никакому": "какому-то", "никакую": "какую-то", "ни": "и",
            "нет": "да", "без": "с",
        },
    ),
    "uk": _slavic(
        "не",
        {"ніколи"},
        {"немає", "без"},
        {
            "ніколи": "завжди", "нічого": "щось", "ніщо": "щось", "ніхто": "хтось", "нікого": "когось",
            "нікому": "комусь", "ніде": "десь", "нікуди": "кудись", "жоден": "якийсь", "жодна": "якась",
            "жодне": "якесь", "жодні": "якісь", "жодного": "якогось", "жодних": "якихось", "ні": "і",
            "немає": "є", "без": "з",
        },
    ),
    # "nie więcej niż 6" (up to 6), "Nie należy przyjmować więcej niż …" (take no more than):
    # a bound, as English "not … more than" is; "na nie" (on them) a pronoun
    "pl": _slavic(
        r"(?<!\bna\s)(?<!\bza\s)(?<!\bo\s)(?<!\bw\s)(?<!\bpo\s)(?<!\bprzez\s)"
        r"nie(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:więcej|mniej|dłużej|ponad)(?:\s+niż)?(?!\w))",
        {"nigdy"},
        {"bez", "brak"},
        {
            "nigdy": "zawsze", "nic": "coś", "niczego": "czegoś", "niczym": "czymś", "niczemu": "czemuś",
            "nikt": "ktoś", "nikogo": "kogoś", "nikomu": "komuś", "nikim": "kimś", "nigdzie": "gdzieś",
            "żaden": "jakiś", "żadna": "jakaś", "żadne": "jakieś", "żadnego": "jakiegoś", "żadnej": "jakiejś",
            "żadnych": "jakichś", "żadnym": "jakimś", "żadnemu": "jakiemuś", "żadną": "jakąś", "ani": "i",
            "bez": "z", "brak": "jest",
        },
    ),
    # Romanian negative words take a "nu" with them too ("nimeni nu a venit", nobody came)
    "ro": _slavic(
        "nu",
        {"niciodată", "niciodata", "nicicând", "nicicand"},
        {"fără", "fara"},
        {
            "niciodată": "întotdeauna", "niciodata": "întotdeauna", "nicicând": "mereu", "nicicand": "mereu",
            "nimic": "ceva", "nimeni": "cineva", "niciun": "un", "nicio": "o", "niciunul": "unul",
            "niciuna": "una", "nicăieri": "undeva", "nicaieri": "undeva", "nici": "și", "fără": "cu",
            "fara": "cu",
        },
    ),
    # Croatian negates a verb with "ne", glued into "nije", "neće", "nema" (is not, will not, has
    # not); its negative words take the "ne" with them ("nitko nije došao", nobody came)
    "hr": _slavic(
        r"(?:ne(?!\s+samo\b.*?\b(?:nego|već)\b)|ni(?:je|su|sam|si|smo|ste)|neć(?:e|u|eš|emo|ete)"
        r"|nema(?:m|š|mo|te|ju)?|nemoj(?:te)?)(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:više|manje|duže)\s+od(?!\w))",
        {"nikad", "nikada"},
        {"bez"},
        {
            "nikad": "uvijek", "nikada": "uvijek", "ništa": "nešto", "ničega": "nečega", "nitko": "netko",
            "nikoga": "nekoga", "nikome": "nekome", "nikom": "nekom", "nigdje": "negdje", "nikamo": "nekamo",
            "nijedan": "neki", "nijedna": "neka", "nijedno": "neko", "nikakav": "nekakav",
            "nikakva": "nekakva", "nikakvo": "nekakvo", "nikakve": "nekakve", "nikakvih": "nekakvih",
            "ni": "i", "bez": "s",
        },
    ),
    # Czech and Slovak glue "ne" to the verb ("nebudou jezdit", will not run): the forms of the
    # auxiliaries and modals that carry it are read (not "ne-" words at large: "nejlepší" is the
    # best, "nezávislý" independent); Slovak "nie je" (is not) keeps it apart
    "cs": _slavic(
        r"(?:ne(?:ní|jsou|jsem|jsi|jsme|jste|byl[aoiy]?|bud(?:e|u|eš|eme|ete|ou)|m(?:á|ají|ám|áme|áte|ěl[aoiy]?)"
        r"|můž(?:e|eš|eme|ete|u)|moh(?:ou|u|l[aoiy]?)|mus(?:í|ím|íme|íte|ejí|el[aoiy]?)"
        r"|sm(?:í|ím|íme|íte|ějí|ěl[aoiy]?)|ch(?:ce|ci|ceme|cete|tějí|těl[aoiy]?)|v(?:í|ím|íme|íte|ědí)"
        r"|jde|jdou|lze)|ne(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:více|méně|déle)\s+než(?!\w)))",
        {"nikdy"},
        {"bez"},
        {
            "nikdy": "vždy", "nic": "něco", "ničeho": "něčeho", "ničím": "něčím", "nikdo": "někdo",
            "nikoho": "někoho", "nikomu": "někomu", "nikým": "někým", "nikde": "někde", "nikam": "někam",
            "žádný": "nějaký", "žádná": "nějaká", "žádné": "nějaké", "žádného": "nějakého",
            "žádnou": "nějakou", "žádných": "nějakých", "žádným": "nějakým", "žádnému": "nějakému",
            "ani": "i", "bez": "s",
        },
    ),
    "sk": _slavic(
        r"(?:nie|ne(?:bol[aoi]?|bud(?:e|em|eš|eme|ete|ú)|m(?:á|ajú|ám|áme|áte|al[aoi]?)"
        r"|môž(?:e|em|eš|eme|ete|u)|mohol|mohla|mohli|mus(?:í|ím|íme|íte|ia|el[aoi]?)"
        r"|sm(?:ie|iem|ieme|iete|ú|el[aoi]?)|chc(?:e|em|eme|ete|ú)|chcel[aoi]?|vie|viem|vedia|ide|idú))"
        r"(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+(?:viac|menej|dlhšie)\s+ako(?!\w))",
        {"nikdy"},
        {"bez"},
        {
            "nikdy": "vždy", "nič": "niečo", "ničoho": "niečoho", "nikto": "niekto", "nikoho": "niekoho",
            "nikomu": "niekomu", "nikde": "niekde", "nikam": "niekam", "žiadny": "nejaký",
            "žiadna": "nejaká", "žiadne": "nejaké", "žiadneho": "nejakého", "žiadnu": "nejakú",
            "žiadnych": "nejakých", "ani": "aj", "bez": "s",
        },
    ),
    # Greek "δεν" / "μην" before a verb and "όχι" (not "όχι μόνο", not only), its negative words
    # with them ("δεν ήρθε κανείς")
    "el": _slavic(
        r"(?:δεν|μην|(?:όχι|οχι)(?!\s+μόνο(?!\w)))(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+περισσότερ\w*\s+από(?!\w))",
        {"ποτέ", "ποτε"},
        {"χωρίς", "χωρις"},
        {
            "ποτέ": "πάντα", "ποτε": "πάντα", "τίποτα": "κάτι", "τίποτε": "κάτι", "τιποτα": "κάτι",
            "κανείς": "κάποιος", "κανεις": "κάποιος", "κανένας": "κάποιος", "κανενας": "κάποιος",
            "κανέναν": "κάποιον", "κανεναν": "κάποιον", "καμία": "κάποια", "καμια": "κάποια",
            "καμιά": "κάποια", "κανένα": "κάποιο", "κανενα": "κάποιο", "πουθενά": "κάπου",
            "πουθενα": "κάπου", "ούτε": "και", "ουτε": "και", "χωρίς": "με", "χωρις": "με",
        },
    ),
    # Hungarian "nem" / "ne", "nincs" (there is not); "senki nem jött" (nobody came) is one
    "hu": _slavic(
        r"(?:nem(?!\s+(?:csak|csupán)\b.*?\bhanem\b)(?!\s+(?:több|kevesebb|hosszabb)\s+mint(?!\w))"
        r"|ne|nincs|nincsen|nincsenek|sincs|sincsenek)",
        {"soha", "sohasem", "sosem"},
        {"nélkül"},
        {
            "soha": "mindig", "sohasem": "mindig", "sosem": "mindig", "semmi": "valami",
            "semmit": "valamit", "semmilyen": "valamilyen", "senki": "valaki", "senkit": "valakit",
            "senkinek": "valakinek", "sehol": "valahol", "sehova": "valahova", "sehová": "valahová",
            "sem": "is", "nélkül": "",
        },
    ),
    # Finnish negates with a verb of its own ("ei", "en", "eivät" …; "älä" in commands)
    "fi": _slavic(
        r"(?:ei(?!\s+(?:vain|ainoastaan|pelkästään)\b.*?\bvaan\b)(?!\s+(?:yli|enempää|enemmän|kauemmin)(?!\w))"
        r"|en|et|emme|ette|eivät|eikä|älä|älkää|älköön)",
        set(),
        {"ilman"},
        {"ilman": ""},
    ),
    # Bulgarian "не", "няма" (there is not; "няма да", will not); not "не само … но и" (not only),
    # nor "без промяна" (without change: unchanged, flat)
    "bg": _slavic(
        r"(?:не(?!\s+само(?!\w))(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+повече\s+от(?!\w))|няма|нямаше|нямат|нямам|нямаме)",
        {"никога"},
        {"без"},
        {
            "никога": "винаги", "нищо": "нещо", "никой": "някой", "никоя": "някоя", "никое": "някое",
            "никои": "някои", "никого": "някого", "никъде": "някъде", "нито": "и", "без": "с",
        },
        {"без": r"без(?!\s+промяна(?!\w))"},
    ),
    # Indonesian and Malay "tidak", "tak", "bukan", "belum" (not yet), "jangan" (do not); not
    # "tidak hanya … tetapi" (not only), "tidak lebih dari" (no more than), a tag "…, bukan?"
    "id": _slavic(
        r"(?:(?:tidak|tak|bukan)(?!\s+(?:hanya|saja|cuma)(?!\w))(?!\s+lebih\s+dari(?!\w))(?!\s*\?)"
        r"|belum|jangan|tiada)",
        set(),
        {"tanpa"},
        {"tanpa": "dengan"},
    ),
    # Vietnamese "không", "chưa" (not yet), "chẳng", "đừng" (do not); not the question's "… không?",
    # "không chỉ … mà còn" (not only), nor the words of air and space (hàng không, aviation;
    # không khí, air; không gian, space; không quân, air force)
    "vi": _slavic(
        r"(?:(?<!mà\s)(?<!hàng\s)(?:không|chưa)(?!\s+(?:chỉ|những|khí|gian|quân|trung|lưu)(?!\w))(?!\s*\?)"
        r"|chẳng|đừng|chớ)",
        set(),
        {"mà không"},
        {"mà không": "và"},
    ),
    # Arabic "لا", "لم" (did not), "لن" (will not), "ليس" (is not), with "و" / "ف" (and) glued, and
    # "بدون", "بلا", "دون" (without); not "لا سيما" (especially), "ما دون" (below), nor "لم … إلا"
    # (not … except: only)
    "ar": _slavic(
        r"(?:و|ف)?(?:لا(?!\s+سيما)|لم|لن|ليس|ليست|ليسوا|لست|لسنا)(?![^.،,؛!?؟]*?(?<!\w)إلا(?!\w))",
        set(),
        {"بدون", "بلا", "دون"},
        {"بدون": "مع", "بلا": "مع", "دون": "مع"},
        {"دون": r"(?<!ما\s)دون"},
    ),
    # Hebrew "לא", "אין" (there is not), "אינו" … with "ו" / "ש" glued, and "בלי", "ללא" (without)
    "he": _slavic(
        r"(?:ו|ש|כש)?(?:לא|אין|אינו|אינה|אינם|אינן|איננו)",
        set(),
        {"בלי", "ללא"},
        {"בלי": "עם", "ללא": "עם"},
    ),
    # Korean "안", "못" before the verb, "-지 않다", "-지 못하다", "아니다" (is not), "없다" (there is not)
    "ko": _slavic(r"(?:안|못|않\w*|못하\w*|아니\w*|아닙\w*)", set(), {"없다"}, {"없다": "있다"}),
}  # fmt: skip
_HI_EDGE = r"\w\u0900-\u0963\u0966-\u097f"
_SLAVIC["hi"] = _SlavicNegation(
    re.compile(rf"(?<![{_HI_EDGE}])(?:नहीं|नही|न(?!\s+केवल)(?!\s+सिर्फ))(?![{_HI_EDGE}])"),
    frozenset(),
    re.compile(rf"(?<![{_HI_EDGE}])(?:बिना)(?![{_HI_EDGE}])"),
    frozenset({"बिना"}),
    {"बिना": "साथ"},
)
"""Hindi "नहीं", "न" (not; not "न केवल … बल्कि", not only), "बिना" (without): read with the vowel
signs of Devanagari as parts of words, which ``\\w`` leaves out."""
_SLAVIC["ro"] = replace(
    _SLAVIC["ro"],
    no=re.compile(
        r"(?<![\w-])(?:nu(?!\w)(?!(?:\s+[^\s,;:.!?]+){0,8}?\s+mai\s+(?:mult|puțin|putin)\s+de(?!\w))|n-(?=[^\W\d_]))",
        re.IGNORECASE,
    ),
)
"""Romanian "n-" glued to the auxiliary after it (``n-a venit``, did not come) is a "nu"."""
_CLAUSE_END = re.compile(r"[,;:.!?—–()।؟]")
_SLAVIC_FAR_FROM = re.compile(r"(?<!\w)далеко\s+$", re.IGNORECASE)
"""``далеко не единогласным`` (far from unanimous): no negation, as English ``far from``,
French ``loin d'être`` and German ``alles andere als`` count none."""


def _slavic_negations(text: str, neg: _SlavicNegation) -> list[tuple[str, re.Match[str]]]:
    """The negations of ``text`` in a language of ``_SLAVIC`` (``_SlavicNegation``), each as "verb"
    or "word" with its match: the negative words, and each "не" of a clause without one (not
    the "не" of ``далеко не``, far from). The particles are read once on the whole text, so that
    one may look past its clause's end ("nem csak …, hanem": not only … but)."""
    found: list[tuple[str, re.Match[str]]] = []
    particles = [
        m
        for m in neg.no.finditer(text)
        if not _SLAVIC_FAR_FROM.search(text, max(0, m.start() - 10), m.start())
    ]
    start = 0
    for end in [m.start() for m in _CLAUSE_END.finditer(text)] + [len(text)]:
        words = list(neg.words.finditer(text, start, end))
        found += [("verb" if m.group(0).lower() in neg.verbs else "word", m) for m in words]
        if not any(m.group(0).lower() not in neg.loose for m in words):
            found += [("verb", m) for m in particles if start <= m.start() < end]
        start = end + 1
    found.sort(key=lambda f: f[1].start())
    return [
        (kind, m)
        for kind, m in found
        if m.group(0).lower() not in _SLAVIC_NOR
        or not any(n.start() < m.start() and _same_sentence(text, n.start(), m.start()) for _, n in found)
    ]


_SLAVIC_NOR = frozenset({"ни", "ні", "ani", "nici", "ni", "ούτε", "ουτε", "sem"})
"""Russian ``ни``, Ukrainian ``ні`` after a negation of their sentence (``нет ни юридических,
ни моральных оснований``, ``не видел ни его, ни её``): one negation with it, as English "no
legal or moral claim", "neither … nor"."""


_EN_AMOUNT = r"(?:a|an|half|some|\d[\d,.]*|" + "|".join(_EN_UNITS) + ")"
_EN_RESTRICTED_VERB = re.compile(
    r"(?:\s+[^\s,;:.!?\"“”]+){0,8}?\s+(?:till|until|more\s+than\s+" + _EN_AMOUNT + r")(?![\w'’])"
    r"|\s+but(?![\w'’])",
    re.IGNORECASE,
)
_EN_RESTRICTED_NEVER = re.compile(r"(?:\s+[^\s,;:.!?\"“”]+){0,8}?\s+but(?![\w'’])", re.IGNORECASE)
_EN_RESTRICTED_WORD = re.compile(
    r"(?:\s+[\w'’]+(?:-[\w'’]+)*){0,3}?\s+but(?![\w'’])|\s+(?:more|other)\s+than(?![\w'’])",
    re.IGNORECASE,
)
"""What follows a negation that says "only", as French ``ne … que`` does without negating: a
verb negation before ``till`` / ``until`` or ``more than`` an amount (``did not return till
five``, ``had not removed more than a part``) or right before ``but`` (``cannot but``);
``never … but`` (``never spoke but when``); a negative word before ``but`` or ``more than``
(``nothing but``, ``none but``, ``no more than twenty``). Not a verb negation before a ``but``
further on, which contrasts (``not men but children``: ``pas des hommes, mais des enfants``)."""
_EN_NOT_RESTRICTED = frozenset({"without", "nor", "neither"})
_EN_DOUBT = re.compile(r"\s+doubt(?![\w'’])", re.IGNORECASE)
_EN_DOUBT_HELD = re.compile(
    r"(?<![\w'’])(?:have|has|had|having|left|leave|leaves|admit|admits|admitted|admitting)\s+$", re.IGNORECASE
)
"""``no doubt`` and ``without doubt`` said for "doubtless" (``He will no doubt succeed``,
French ``sans doute``) negate nothing; a doubt had, left or admitted is negated (``He had no
doubt it was the cardinal``: ``il ne douta point``)."""
_EN_BEFORE = re.compile(
    r"(?:\s+[^\s,;:.!?\"“”]+){0,8}?(?<!long)\s+before\s+(?:the|a|an|\d|noon|midnight|midday|dawn|daybreak|"
    r"lunchtime|nightfall|sunrise|sunset|spring|summer|autumn|winter|mid|early|late|"
    r"tomorrow|tonight|next|this|then|Christmas|Easter|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    + "|".join(_EN_UNITS)
    + r")\b",
    re.I,
)
"""``did not go out before the hour of mass``, ``will not be published before March``: only
then, as ``not … until`` (not ``it was not long before``)."""
_EN_WAIT = re.compile(r"\s+(?:wait|await|stay)", re.IGNORECASE)
"""``will not wait till he asks`` (``n'attendrez pas qu'il demande``): a negation before a
time all the same."""
_EN_CEASE = re.compile(r"(?:\s+[\w'’]+)?\s+ceas(?:e|ed|es|ing)\s+(?:to|[a-z]+ing)(?![\w'’])", re.IGNORECASE)
"""``never ceased trying``: kept trying (French ``ne cessait de``), no negation; not ``the echo
has never ceased``, which stopped."""
_EN_FAIL = re.compile(r"(?:\s+[\w'’]+)?\s+fail(?:s|ed|ing)?\s+(?:to|of|in)(?![\w'’])", re.IGNORECASE)
"""``never failed to call``, ``could not fail to see``: a litotes that says "did", "was bound
to" (French ``ne manqua pas de``, ``ne pouvait manquer de``, as often said without one)."""
_EN_EMPHATIC = re.compile(
    r"\s+(?:agree\s+more|be\s+happier|be\s+more\s+(?:pleased|happy|grateful|delighted|proud)"
    r"|wait\s+to|help\s+(?:but|[a-z]+ing))(?![\w'’])(?!\s+than\b)",
    re.IGNORECASE,
)
"""``couldn't agree more``, ``could not be happier``, ``can't wait to``, ``cannot help
noticing``: emphatic yes (French ``je suis entièrement d'accord``, ``j'ai hâte de``), no
negation; not when it compares (``could not be more grateful than he was``)."""
_EN_WITHOUT_ADVERB = re.compile(
    r"(?:\s+(?:a|an|any|the|one|much|least|slightest|great|moment['’]s))*"
    r"\s+(?:ceasing|cease|end|number|respite|difficulty|trouble|noise|hesitation|hesitating|fail)(?![\w'’])",
    re.IGNORECASE,
)
"""``without ceasing``, ``without number``, ``without fail``: one positive adverb (French
``_FR_SANS_ADVERBS``)."""
_EN_NO_IDIOM = re.compile(
    r"\s+sooner(?![\w'’])|\s+(?:later|earlier)\s+than(?![\w'’])|\s+matter\s+(?:how|what|who|whom|where|when|whether|which|if)(?![\w'’])|\.\s*\d",
    re.IGNORECASE,
)
"""``no sooner … than`` (as soon as: French ``à peine … que``), ``no later than`` (by, at the
latest: ``spätestens``), ``no matter how`` (however: ``si éloigné qu'il fût``), ``No. 19``
(number)."""
_EN_LITOTES = re.compile(r"\s+(?:the\s+less|less|a\s+few|a\s+little|little)(?![\w'’])", re.IGNORECASE)
"""``none the less``, ``not the less``, ``no less intense``, ``not a few professors``, ``no
little trouble``: a litotes (nevertheless, as, many, much), French ``n'en … pas moins``, ``non
moins``, ``quelques``. ``not unusual`` stays a negation: French keeps it (``n'est pas rare``)."""
_EN_IF = re.compile(r"(?<![\w'’])if\s+$", re.IGNORECASE)
"""``if not``: elliptic, "if not to those who replied" (French ``si ce n'est``, ``sinon``)."""
_EN_INVERTED = re.compile(rf"\s+{_EN_AUX}(?![\w'’])", re.IGNORECASE)
"""``nor did he``, ``nor will I``: a "nor" that opens a clause of its own negates it."""
_EN_NOT_ONLY = re.compile(r"\s+(?:only|merely|just|simply|solely)(?![\w'’])(?=.*?\bbut\b)", re.I | re.S)
"""``not only … but``: it adds, negating nothing (French ``non seulement … mais``); a ``not
only`` with no ``but`` after it does negate (``It is not only that.``)."""


def _en_negates_nothing(text: str, kind: str, m: re.Match[str]) -> bool:
    """Whether the English negation ``m`` (of ``kind`` "verb" or "word") says "only", "not
    only" or "kept on" rather than negating (``_EN_RESTRICTED_VERB``, ``_EN_BEFORE``,
    ``_EN_NOT_ONLY``, ``_EN_CEASE``), or is part of an adverb, a litotes or an idiom
    (``_EN_WITHOUT_ADVERB``, ``_EN_LITOTES``, ``_EN_FAIL``, ``_EN_EMPHATIC``, ``_EN_NO_IDIOM``,
    ``_EN_IF``)."""
    word, end = m.group(0).lower(), m.end()
    if kind == "word" and word in ("no", "without") and _EN_DOUBT.match(text, end):
        held = _EN_DOUBT_HELD.search(text, max(0, m.start() - 20), m.start())
        return word == "without" or not held
    if kind == "word" and word == "without" and _EN_WITHOUT_ADVERB.match(text, end):
        return True
    if kind == "word" and word == "no" and _EN_NO_IDIOM.match(text, end):
        return True
    if word in ("no", "none", "not") and _EN_LITOTES.match(text, end):
        return True
    if word == "not" and _EN_IF.search(text, max(0, m.start() - 6), m.start()):
        return True
    if kind == "word":
        return word not in _EN_NOT_RESTRICTED and bool(_EN_RESTRICTED_WORD.match(text, end))
    if (word == "never" and _EN_RESTRICTED_NEVER.match(text, end)) or _EN_CEASE.match(text, end):
        return True
    if _EN_FAIL.match(text, end) or _EN_EMPHATIC.match(text, end):
        return True
    if _EN_WAIT.match(text, end):
        return False
    return bool(
        _en_only_then(text, end) or _EN_RESTRICTED_VERB.match(text, end) or _EN_NOT_ONLY.match(text, end)
    )


_EN_UNTIL = re.compile(r"(?:\s+[^\s,;:.!?\"“”]+){0,8}?\s+(?:till|until)(?![\w'’])", re.IGNORECASE)


def _en_only_then(text: str, end: int) -> bool:
    """Whether the verb negation ending at ``end`` is followed by ``until``, ``till`` or
    ``before`` a time (``_EN_BEFORE``): "only then", not counted as a negation."""
    return bool(_EN_BEFORE.match(text, end) or _EN_UNTIL.match(text, end))


_EN_FAILED = re.compile(r"(?<![\w'’])fail(?:s|ed|ing)?\s+to(?=\s+[a-z])", re.IGNORECASE)
"""``failed to complete``: did not complete (``n'a pas achevé``, ``no terminó``), a verb negation
unless negated itself (``never failed to``: ``_EN_FAIL``) or almost done (``barely failed to
kill``: ``a failli tuer``)."""
_EN_FAILED_BEFORE = re.compile(
    r"(?:not|never|n['’]t|cannot|barely|narrowly|just|nearly|almost)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)


def _en_negations(text: str) -> list[tuple[str, re.Match[str]]]:
    """The English negations of ``text``, each as "verb" (``not``, ``n't``, ``never``,
    ``cannot``, ``failed to``: ``_EN_FAILED``) or "word" (``no``, ``nothing``, ``without``…) with its match; none of a tag
    question (``_EN_TAG``) nor one that says "only", "not only" or "kept on"
    (``_en_negates_nothing``); nor a ``nor`` that continues a negation of its sentence
    (``neither … nor``, ``not two, nor three``), which French says with one (``ne … ni … ni``),
    unless a clause of its own follows (``_EN_INVERTED``)."""
    tags = [t.span() for t in _EN_TAG.finditer(text)]
    found: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in (("verb", _NEG_EN_VERB), ("word", _NEG_EN_WORD)):
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for a, b in tags) and not _en_negates_nothing(text, kind, m):
                found.append((kind, m))
    found += [
        ("verb", m)
        for m in _EN_FAILED.finditer(text)
        if not _EN_FAILED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]
    return [
        (kind, m)
        for kind, m in found
        if m.group(0).lower() != "nor"
        or _EN_INVERTED.match(text, m.end())
        or not any(_same_sentence(text, n.start(), m.start()) for _, n in found)
    ]


def _only_then(text: str, lang: str) -> list[re.Match[str]]:
    """The negations of ``text`` that say "only then" and so are not counted: English ``not …
    until`` / ``not … before`` a time, French ``ne … pas avant`` / ``ne … pas jusqu'à ce que``
    (``_FR_UNTIL``), Spanish ``no … hasta``; [] for another language."""
    if lang == "en":
        tags = [t.span() for t in _EN_TAG.finditer(text)]
        return [
            m
            for m in _NEG_EN_VERB.finditer(text)
            if not any(a <= m.start() < b for a, b in tags)
            and _en_negates_nothing(text, "verb", m)
            and _en_only_then(text, m.end())
        ]
    if lang == "fr":
        found = []
        for m in _NEG_FR_NE.finditer(text):
            after = _NEG_FR_AFTER.match(text[m.end() : m.end() + 80])
            if after and after.group(1) and _FR_UNTIL_AFTER.match(text, m.end() + after.end(1)):
                found.append(m)
        return found
    if lang == "es":
        return list(_ES_NO_UNTIL.finditer(text))
    return []


_ES_NO_UNTIL = re.compile(r"(?<![\w'’])no(?![\w'’])(?=(?:\s+[^\s,;:.!?¿¡]+){0,8}?\s+hasta\b)", re.IGNORECASE)
"""Spanish ``no … hasta``: "only then", as English ``not … until`` (``no circulará hasta nuevo
aviso``), not counted by ``_NEGATORS``."""


_ANY_NEGATION = {
    lang: re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])|{glued}", re.IGNORECASE)
    for lang, words, glued in (
        ("en", "not|never|no|nothing|nobody|none|neither|nor|without|cannot", r"n['’]t(?!\w)"),
        ("fr", "ne|pas|jamais|rien|personne|aucune?|sans|non|ni|point|guère", r"(?<![\w'’])n['’]"),
        ("de", r"nicht|nie|niemals|kein\w*|nichts|niemand|ohne|weder", "$^"),
        ("es", r"no|nunca|jamás|sin|nada|nadie|ningun\w*|ni|tampoco", "$^"),
        ("it", r"non|mai|senza|niente|nulla|nessun\w*|né|neanche|nemmeno|neppure", "$^"),
        ("pt", r"não|nunca|jamais|sem|nada|ninguém|nenhum\w*|nem", "$^"),
        ("nl", r"niet|nooit|geen|niets|niemand|zonder|noch|nergens", "$^"),
    )
}
"""Any word of a negation, counted or not: a side with one may say "only then" its own way."""
_ONLY = {
    "en": r"only|just|solely|earliest|wait\w*|first",
    "fr": r"seulement|uniquement|attend\w*|dès|partir|plus\s+tôt",
    "de": r"erst|nur|frühestens|ab|wart\w*",
    "es": r"solo|sólo|solamente|únicamente|partir|pronto|esper\w*",
    "it": r"solo|soltanto|solamente|unicamente|partire|aspett\w*",
    "pt": r"só|somente|apenas|partir|cedo|esper\w*",
    "nl": r"pas|alleen|slechts|eerst|vanaf|wacht\w*",
}


def _word_patterns(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Per language, its alternation of words (``table``) as whole words in any case."""
    return {
        lang: re.compile(rf"(?<![\w'’])(?:{words})(?!\w)", re.IGNORECASE) for lang, words in table.items()
    }


_ONLY_WORD = _word_patterns(_ONLY)
"""Words that say "only then" without a negation (``only on Friday``, ``erst am Freitag``,
``dès vendredi``, ``vanaf vrijdag``)."""
_UNTIL = {
    "en": r"before|until|till",
    "fr": r"avant|jusqu",
    "de": r"vor|bevor|bis",
    "es": r"antes|hasta",
    "it": r"prima|fino|finché",
    "pt": r"antes|até",
    "nl": r"voor|vóór|voordat|tot|totdat",
}
_UNTIL_WORD = _word_patterns(_UNTIL)
"""The words for "before" and "until", which a translation that dropped the negation keeps;
one that says "only then" its own way says "on", "when" or "at" instead (``Nous le saurons
vendredi``)."""


def _only_then_lost(text: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether ``text`` says "not … until" or "not … before" (``_only_then``) and ``other`` keeps
    its "before" or "until" (``_UNTIL_WORD``) with no negation of any kind nor a word that says
    "only then" (``_ONLY_WORD``): the negation was dropped (``will not raise taxes before the
    election`` / ``augmenterons les impôts avant l'élection``), which the counts, leaving such
    negations out, do not see."""
    if other_lang not in _UNTIL_WORD or not _UNTIL_WORD[other_lang].search(other):
        return False
    if not any(not _KEEP_ON.search(text, m.end(), _until_end(text, m)) for m in _only_then(text, lang)):
        return False
    return not (_ANY_NEGATION[other_lang].search(other) or _ONLY_WORD[other_lang].search(other))


_KEEP_ON = re.compile(
    r"(?<![\w'’])(?:stop\w*|ceas\w*|rest|rested|quit|gave\s+up|give\s+up|let\s+up|arrêt\w*|cess\w*|repos\w*)(?![\w'’])",
    re.IGNORECASE,
)
"""``did not cease until``, ``ne s'arrêta pas avant``: kept on until, which a translation says
without a negation (``il continua jusqu'à la fin``)."""


def _until_end(text: str, m: re.Match[str]) -> int:
    """Where the "until" or "before" after the negation ``m`` that says "only then" starts."""
    until = _ONLY_THEN_WORD.search(text, m.end())
    return until.start() if until else m.end()


@lru_cache(maxsize=TEXT_CACHE)
def negation_counts(text: str, lang: str) -> tuple[int, int] | None:
    """How many verb negations and negative words ``text`` holds (English, French; German, Dutch,
    Swedish, Danish and Norwegian, whose negation is one word; Spanish, Portuguese and Italian:
    ``_negator_negations``; Russian, Ukrainian, Polish, Romanian, Bulgarian and the other
    languages of ``_SLAVIC`` (Indonesian, Vietnamese, Korean, Hindi negate with a particle too),
    whose negative words take the particle with them: ``_slavic_negations``; Chinese:
    ``_unspaced_negations``), None for another language.

    Verb negations: English ``not``/``n't``/``never``, French ``ne … pas``/``point``/``jamais``/
    ``plus``/``guère`` (and ``ne`` alone before ``pouvoir``, ``savoir``…), German ``nicht``/``nie``.
    Negative words: English ``no``/``nothing``/``without``…, French ``ne … rien``/``personne``/
    ``aucun``/``ni``, ``non`` and ``sans``, German ``kein``/``nichts``/``ohne``…
    """
    found = _negations(text, lang)
    if found is None:
        return None
    kinds = [kind for kind, _ in found]
    return kinds.count("verb"), kinds.count("word")


def _negations(text: str, lang: str) -> list[tuple[str, re.Match[str]]] | None:
    """The negations of ``text`` in ``lang``, each as "verb" or "word" with its match, by the
    language's reader (``_read_negations``), less a "without" in "with or without"
    (``_EITHER_WAY``) and a negation that makes a bound (``_BOUND_AFTER``); None for a language
    none reads."""
    found = _read_negations(text, lang)
    if found is None:
        return None
    bound = _BOUND_AFTER.get(lang)
    return [
        (kind, m)
        for kind, m in found
        if not _EITHER_WAY.search(text, max(0, m.start() - 16), m.start())
        and not (bound and kind == "verb" and bound.match(text, m.end()))
    ]


_BOUND_AFTER = {
    lang: re.compile(rf"\s+(?:[^\s,;:.!?¿¡]+\s+){{0,2}}?(?:{pattern})(?![\w'’])", re.IGNORECASE)
    for lang, pattern in {
        "es": r"(?:más|mas|menos)\s+(?:de|que)",
        "pt": r"(?:mais|menos)\s+(?:de|do\s+que|que)",
        "it": r"(?:più|meno)\s+di|oltre",
        "de": r"(?:mehr|weniger|länger|später|früher)\s+als",
        "nl": r"(?:meer|minder|langer|later|eerder)\s+dan",
        "ru": r"более|больше|менее|меньше|позднее|позже|ранее|дольше|свыше",
        "uk": r"більше|менше|пізніше|раніше|довше|понад",
    }.items()
}
"""What after a verb negation (at most two words between) makes a bound, as English ``no more
than`` / ``do not take more than`` is one: ``no más de tres meses``, ``non più di``, ``Não tome
mais de 3``, ``nicht mehr als``, ``niet meer dan``, ``не более``; no negation."""


_EITHER_WAY = re.compile(
    r"(?<![\w'’])(?:with|avec|mit|con|com|met|с|yes|oui|ja|sí|si|sì|sim|да)\s+(?:or|ou|oder|o|of|или)\s+$",
    re.IGNORECASE,
)
"""``with or without a headache``, ``avec ou sans``, ``mit oder ohne``, ``con o sin``, and the
``no`` of ``sì o no`` (yes or no): either way, no negation."""


_ZH_NOT_NEGATIONS = (
    "不过 不仅 不但 不单 不光 不只 不断 不少 不久 不管 不论 不同(?!意) 不错 不得不 差不多 了不起 对不起 不如 不然 "
    "不禁 不止 不时 不免 不料 不安 不满 不足 不利 不幸 不良 不公 不法 不愧 不妨 不由得 不外乎 不屑 不懈 "
    "不朽 不可避免 不可思议 不稳定 不确定 不平等 非常 非洲 未来 未成年 未知 没收 淹没 埋没 出没 沉没 吞没 "
    "无论 无数"
).split()
"""Chinese words with 不, 没, 未 or 非 in them that are no negation (patterns): "but" (不过), "not
only" (不仅, as "not only … but" in English), "constantly", "many", "different" (not 不同意, "do not
agree"), "must" (不得不), "very" (非常),
"Africa", "future" (未来), "confiscate", "countless"; and words a translation says with a prefix
(不稳定 "unstable", 不公 "unfair"), which no English reader counts either."""
_ZH_NOT_NEGATION = re.compile("|".join(sorted(_ZH_NOT_NEGATIONS, key=len, reverse=True)))
_ZH_VERB = re.compile(
    r"从未|从不|决不|绝不|并不|并非|并未|并没有?|尚未|毫不|绝非|切勿|请勿|勿|无法|没(?!人)有?|不|未"
)
_ZH_WORD = re.compile(r"毫无|无人|没人|绝无")


_JA_NOT_NEGATION = re.compile(
    r"かもしれな[いく]|かもしれません|に違いな[いく]|に違いありません|に過ぎな[いく]|にすぎな[いく]|しかな[いく]"
    r"|ほかな[いく]|なければならな[いく]|なければなりません|なくてはならな[いく]|ざるを得な[いく]|ざるをえな[いく]"
    r"|ませんか|ないでしょうか|じゃないか|ではないか"
    r"|少な|危な|切な|幼な|汚な|ぎこちな|さりげな|もったいな|つまらな|くだらな|たまらな"
)
"""Japanese phrases whose ない negates nothing: "might" (かもしれない), "must be" (に違いない), "merely"
(に過ぎない), "only" (しかない), "must" (なければならない, ざるを得ない), a question or an offer in
the negative (変わりはありませんか, "are you still …?"; 行きませんか, "shall we go?"), and adjectives
ending in ない (少ない few, 危ない dangerous, つまらない dull)."""
_JA_VERB = re.compile(r"ません|なかった|ない|なく|ず(?=に|、|。|$)|ぬ(?=[。、]|$)")


_UNSPACED = {"zh": (_ZH_NOT_NEGATION, _ZH_VERB, _ZH_WORD), "ja": (_JA_NOT_NEGATION, _JA_VERB, None)}
"""Per language written without spaces: the phrases whose negation characters negate nothing, its
verb negations and its negative words (none read in Japanese)."""


def _unspaced_negations(text: str, lang: str) -> list[tuple[str, re.Match[str]]]:
    """Negations of Chinese (不, 没(有), 未, 无法, 勿 and their emphatic forms 从不, 并不, 尚未 before
    a verb; 毫无 "no … at all", 无人 / 没人 "nobody" as negative words) and Japanese (the verb's
    negative endings: ``認められない``, ``行きません``, ``なかった``, ``せずに``), read on the text with
    the phrases of ``_UNSPACED`` that negate nothing blanked, so matches keep their place."""
    not_negation, verb, word = _UNSPACED[lang]
    masked = not_negation.sub(lambda m: "\u3000" * len(m.group(0)), text)
    found = [("word", m) for m in word.finditer(masked)] if word else []
    taken = [(m.start(), m.end()) for _, m in found]
    found += [("verb", m) for m in verb.finditer(masked) if not any(a <= m.start() < b for a, b in taken)]
    return sorted(found, key=lambda f: f[1].start())


def _read_negations(text: str, lang: str) -> list[tuple[str, re.Match[str]]] | None:
    """The negations of ``text`` by its language's reader; None for a language none reads."""
    if lang == "en":
        return _en_negations(text)
    if lang in _UNSPACED:
        return _unspaced_negations(text, lang)
    if lang == "fr":
        return _fr_negations(text)
    if lang in _NEG_VERB:
        verbs = [
            m
            for m in _NEG_VERB[lang].finditer(text)
            if not (lang == "de" and _DE_SUPERLATIVE.search(text, 0, m.start()))
        ]
        return [("verb", m) for m in verbs] + [("word", m) for m in _NEG_WORD[lang].finditer(text)]
    if lang in _NEGATORS:
        return _negator_negations(text, _NEGATORS[lang])
    if lang in _SLAVIC:
        return _slavic_negations(text, _SLAVIC[lang])
    return None


def _second_part(text: str, lang: str, m: re.Match[str]) -> re.Match[str] | None:
    """The match of the second word of the two-part negation ``m`` opens (French ``ne … jamais``,
    Spanish ``no … nada``: the word in group 2), None for a negation of one word."""
    if lang == "fr" and m.re is _NEG_FR_NE:
        return _FR_SECOND.match(text, m.end())
    negator = _NEGATORS.get(lang)
    if negator is not None and m.re is negator.no:
        return negator.after.match(text, m.end())
    return None


_EN_POSITIVE = {
    "nothing": "something",
    "nobody": "somebody",
    "none": "some",
    "nor": "or",
    "neither": "either",
    "nowhere": "somewhere",
    "without": "with",
    "cannot": "can",
    "no": "a",
}
_FR_FAILED_ENDINGS = (
    ("e", "t"),
    ("es", "s"),
    ("ent", "ssent"),
    ("é", ""),
    ("ée", "e"),
    ("és", "s"),
    ("ées", "es"),
    ("a", "t"),
    ("ait", "ssait"),
    ("aient", "ssaient"),
    ("èrent", "rent"),
    ("er", "r"),
    ("era", "ra"),
    ("eront", "ront"),
)
"""Each ending of ``échouer`` and the ending of ``réussir`` that says the same (``échoua`` ->
``réussit``), for the contrast test's variant."""
_FR_POSITIVE = {
    "jamais": "toujours",
    "rien": "quelque chose",
    "personne": "quelqu'un",
    "plus": "encore",
    "aucun": "un",
    "aucune": "une",
    "nul": "un",
    "nulle": "une",
    "ni": "et",
    "sans": "avec",
    **{f"échou{end} à": f"réussi{new} à" for end, new in _FR_FAILED_ENDINGS},
}
_POSITIVE = {
    "zh": {"毫无": "有", "无人": "有人", "没人": "有人", "绝无": "有"},
    "de": {
        "nichts": "etwas",
        "niemand": "jemand",
        "nirgends": "irgendwo",
        "ohne": "mit",
        "weder": "entweder",
        "nein": "ja",
    },
    "nl": {
        "niets": "iets",
        "niemand": "iemand",
        "nergens": "ergens",
        "zonder": "met",
        "noch": "of",
        "nee": "ja",
    },
    "sv": {
        "ingen": "någon", "inget": "något", "inga": "några", "ingenting": "något",
        "ingenstans": "någonstans", "varken": "antingen", "nej": "ja", "utan": "med",
    },
    "da": {
        "ingen": "nogen", "intet": "noget", "ingenting": "noget", "ingensteds": "et sted",
        "hverken": "enten", "nej": "ja", "uden": "med",
    },
    "no": {
        "ingen": "noen", "intet": "noe", "ingenting": "noe", "ingensteds": "et sted",
        "verken": "enten", "nei": "ja", "uten": "med",
    },
}  # fmt: skip
_FR_SECOND = re.compile(  # the second part of a "ne" negation, matched from just after the "ne"
    r"(\s*(?:\S+\s+){0,5}?)(" + "|".join(_FR_SECONDS + _FR_WORD_SECONDS) + r")(?![\w'’])",
    re.IGNORECASE,
)
_SPACES_RUN = re.compile(r"\s{2,}")


def _swap(text: str, start: int, end: int, table: dict[str, str]) -> str:
    word = text[start:end]
    new = table.get(word.lower(), "")
    if new and word[:1].isupper():
        new = new[:1].upper() + new[1:]
    if not new and start and text[start - 1] == " " and not text[end : end + 1].isalnum():
        start -= 1  # a word on its own goes with the space before it; "n'" glued to its verb does not
    return _SPACES_RUN.sub(" ", text[:start] + new + text[end:]).strip()


def _two_part_variant(
    text: str, m: re.Match[str], second: re.Match[str] | None, positive: dict[str, str]
) -> str:
    """``text`` without the negation ``m``: a negation of one word ("sans", "nunca", a lone "ne"
    or "no") turned positive or dropped; one of two parts ("ne … jamais", "no … nada", ``second``
    the match of its second word in group 2) with its second word turned positive and its first
    dropped."""
    if second is None:
        return _swap(text, m.start(), m.end(), positive)
    variant = _swap(text, second.start(2), second.end(2), positive)
    return _swap(variant, m.start(), m.end(), {})


_ARTICLE_NEGATIONS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "geen"})


def negation_variants(text: str, lang: str) -> list[str]:
    """``text`` once per negation that ``negation_counts`` sees, with that negation removed or
    turned positive ("never" dropped, "nothing" -> "something", "ne ... jamais" -> "toujours",
    "kein" -> "ein"): what the sentence says without it. [] for a language it does not cover."""
    out: list[str] = []
    if lang == "en":
        for _, m in _negations(text, lang) or []:
            out.append(_swap(text, m.start(), m.end(), _EN_POSITIVE))
    elif lang in _NEG_VERB or lang in _UNSPACED:
        for kind, m in _negations(text, lang) or []:
            word = m.group(0)
            if kind == "verb":
                out.append(_swap(text, m.start(), m.end(), {}))
            elif word.lower() in _ARTICLE_NEGATIONS:  # "keine" -> "eine", "geen" -> "een"
                positive = word[1].upper() + word[2:] if word[0].isupper() else word[1:]
                out.append(text[: m.start()] + positive + text[m.end() :])
            else:
                out.append(_swap(text, m.start(), m.end(), _POSITIVE[lang]))
    elif lang == "fr" or lang in _NEGATORS:
        positive = _FR_POSITIVE if lang == "fr" else _NEGATORS[lang].positive
        for _, m in _negations(text, lang) or []:
            out.append(_two_part_variant(text, m, _second_part(text, lang, m), positive))
    elif lang in _SLAVIC:
        neg = _SLAVIC[lang]
        for _, m in _negations(text, lang) or []:
            if m.re is neg.no:
                out.append(_swap(text, m.start(), m.end(), {}))
                continue
            # "никогда" -> "всегда", and the "не" of its clause dropped ("я всегда был")
            start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
            after = _CLAUSE_END.search(text, m.end())
            edits = [
                (m, neg.positive),
                *((n, {}) for n in neg.no.finditer(text, start, after.start() if after else len(text))),
            ]
            variant = text
            for edit, table in sorted(edits, key=lambda e: -e[0].start()):
                variant = _swap(variant, edit.start(), edit.end(), table)
            out.append(variant)
    return out


def _word_around(text: str, start: int, end: int) -> str:
    """The whole word a negation's match lies in ("didn't" for "n't", "n'" for "n'")."""
    while start and (text[start - 1].isalnum() or text[start - 1] in "'’") and not text[start].isspace():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


_ONLY_THEN_WORD = re.compile(r"(?<![\w'’])(till|until|before|avant|jusqu|hasta)(?![\w])", re.IGNORECASE)


def negation_words(text: str, lang: str) -> list[str]:
    """The negations ``negation_counts`` counts, and those that say "only then"
    (``_only_then``), as written, for a reviewer: ``didn't``, ``no``, ``n' … pas``, ``no …
    nada``, ``nicht``, ``никогда``, ``won't … before``; [] for a language it does not cover."""
    found = [(m, False) for _, m in _negations(text, lang) or []] + [
        (m, True) for m in _only_then(text, lang)
    ]
    words = []
    for m, only_then in sorted(found, key=lambda f: f[0].start()):
        word = _word_around(text, m.start(), m.end()) if lang == "en" else m.group(0).strip()
        second = _second_part(text, lang, m) or (_FR_SECOND.match(text, m.end()) if only_then else None)
        word += f" … {second.group(2)}" if second else ""
        until = _ONLY_THEN_WORD.search(text, second.end() if second else m.end()) if only_then else None
        words.append(word + (f" … {until.group(1)}" if until else ""))
    return words


def only_then_variants(text: str, lang: str) -> list[str]:
    """``text`` once per negation that says "only then" (``_only_then``), with that negation
    removed: what a translation that dropped it says (``We will raise taxes before the
    election``), for the contrast test."""
    if lang == "en":
        return [_swap(text, m.start(), m.end(), _EN_POSITIVE) for m in _only_then(text, lang)]
    if lang == "es":
        return [_swap(text, m.start(), m.end(), {}) for m in _only_then(text, lang)]
    return [_two_part_variant(text, m, _FR_SECOND.match(text, m.end()), {}) for m in _only_then(text, lang)]


def polarity_mismatch(src_text: str, src_lang: str, tgt_text: str, tgt_lang: str) -> str:
    """Whether the two sides hold a different number of negations (one added or lost): "verb"
    when the verb negations differ too, "word" when only negative words make the difference,
    "" when the counts agree or a language is not covered.

    A negation that only turns a word into the opposite the other side says (``not permitted``
    / ``vietato``: ``direction.negated_opposites``) is the same statement, no difference.

    Also "verb" when one side says "not … until" or "not … before" and the other holds no
    negation nor "only" (``_only_then_lost``).

    Weak evidence: translators turn "no possibility" into "impossible" in about one faithful
    literary pair in nine (12 % of TransRead's gold 1-1 pairs, 5 % of OPUS Books', 10 % of
    Text+Berg's), most of them with negative words.
    """
    a, b = negation_counts(src_text, src_lang), negation_counts(tgt_text, tgt_lang)
    if a is None or b is None:
        return ""
    if sum(a) == sum(b):
        lost = _only_then_lost(src_text, src_lang, tgt_text, tgt_lang)
        return "verb" if lost or _only_then_lost(tgt_text, tgt_lang, src_text, src_lang) else ""
    if _only_then_kept(src_text, src_lang, tgt_text, tgt_lang, sum(b) - sum(a)) or _only_then_kept(
        tgt_text, tgt_lang, src_text, src_lang, sum(a) - sum(b)
    ):
        return ""
    turned = negated_opposites(src_text, src_lang, tgt_text, tgt_lang)
    if any(turned) and sum(a) - turned[0] == sum(b) - turned[1]:
        return ""  # "not permitted" / "vietato": the negation says the other side's opposite
    if a[0] == b[0] and (
        _privative_for_without(src_text, src_lang, tgt_text, tgt_lang, sum(a) - sum(b))
        or _privative_for_without(tgt_text, tgt_lang, src_text, src_lang, sum(b) - sum(a))
    ):
        return ""
    if _few_for_not_many(src_text, src_lang, tgt_text, tgt_lang, sum(a) - sum(b)) or _few_for_not_many(
        tgt_text, tgt_lang, src_text, src_lang, sum(b) - sum(a)
    ):
        return ""
    return "verb" if a[0] != b[0] else "word"


_WITHOUT = frozenset(
    {
        "without",
        "sans",
        "sin",
        "sem",
        "senza",
        "ohne",
        "zonder",
        "utan",
        "uden",
        "uten",
        "без",
        "bez",
        "fara",
        "non",
    }
)
"""The word "without" in the languages whose negations are read (folded), and the French
negative word ``non`` before an adjective (``non lus``, ``non autorisée``)."""
_PRIVATIVE = {
    "en": re.compile(
        r"(?<![\w'’-])(?!un(?:der|til|less|ion|ique|iform|it|iv|anim|ited)\w*)un[a-z]{4,}|(?<![\w'’-])non-[a-z]+"
        r"|(?<![\w'’-])(?!(?:never|none)theless)[a-z]{3,}less(?![\w'’-])"
        r"|(?<![\w'’-])[a-z]{3,}-free(?![\w'’-])",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?<![\w-])(?!un(?:ter|ser|s\b|d\b|gefähr|bedingt))un[a-zäöüß]{5,}"
        r"|(?<![\w-])[a-zäöüß]{3,}(?:frei|los)(?![\w-])",
        re.IGNORECASE,
    ),
}
"""A word that says "without" in its prefix or suffix: English ``unhindered``, ``unread``,
``non-commercial``, ``homeless``, ``barrier-free`` (not ``under``, ``until``, ``unless``,
``union``, ``unique``, ``united``, ``universal``, ``unanimous``, ``nevertheless``), German
``unverzüglich`` (without delay), ``unbekannt``, ``barrierefrei``, ``kostenlos`` (not
``unter``, ``unser``, ``ungefähr``, ``unbedingt``)."""


def _privative_for_without(text: str, lang: str, other: str, other_lang: str, extra: int) -> bool:
    """Whether the ``extra`` negative words of ``text`` are each a "without" (``senza ostacoli``,
    ``sans précédent``, ``sin hogar``, ``non lus``) and ``other`` (English or German) holds as
    many words that say it in one (``unhindered``, ``unprecedented``, ``homeless``, ``unread``,
    ``unverzüglich``): the same statement."""
    privative = _PRIVATIVE.get(other_lang)
    if extra <= 0 or privative is None:
        return False
    withouts = sum(1 for word in negation_words(text, lang) if fold(word) in _WITHOUT)
    return withouts >= extra and len(privative.findall(other)) >= extra


_NOT_MANY = _word_patterns(
    {
        "en": r"not\s+(?:very\s+)?(?:much|many)",
        "fr": r"pas\s+(?:très\s+)?beaucoup",
        "de": r"nicht\s+(?:sehr\s+)?viele?",
        "es": r"no\s+(?:\w+\s+)?much[oa]s?",
        "it": r"non\s+(?:\w+\s+)?molt[oiae]",
        "pt": r"não\s+(?:\w+\s+)?muit[oa]s?",
        "nl": r"niet\s+(?:zo\s+)?veel",
        "ru": r"не\s+(?:очень\s+)?много",
    }
)
"""A negated "much" or "many" (``not much``, ``pas beaucoup``, ``nicht viel``): a small amount,
which other languages say with "few" or "little" and no negation."""
_FEW = _word_patterns(
    {
        "en": r"few|little",
        "fr": r"peu",
        "de": r"wenige?[nrs]?",
        "es": r"poc[oa]s?",
        "it": r"poc[oaih]e?|pochi",
        "pt": r"pouc[oa]s?",
        "nl": r"weinig",
        "ru": r"мало|немного|немногие|немногих",
        "uk": r"мало|небагато",
        "pl": r"mało|niewiele|niewielu",
    }
)
""""Few" and "little" (``wenig``, ``peu``, ``мало``): what a translation says for ``not much``."""


def _few_for_not_many(text: str, lang: str, other: str, other_lang: str, extra: int) -> bool:
    """Whether the ``extra`` negations of ``text`` each negate a "much" or "many" (``_NOT_MANY``)
    and ``other`` says as many "few" or "little" (``That is not much`` / ``Das ist wenig``)."""
    not_many, few = _NOT_MANY.get(lang), _FEW.get(other_lang)
    if extra <= 0 or not_many is None or few is None:
        return False
    return len(not_many.findall(text)) >= extra and len(few.findall(other)) >= extra


_UNTIL_KEPT = _word_patterns(
    {"hi": r"तक|पहले", "bg": r"до|преди", "id": r"sampai|hingga|sebelum", "vi": r"đến|tới|trước"}
) | {"zh": re.compile(r"之前|以前|直到|为止|前"), "ko": re.compile(r"까지|전에")}
"""The words for "until" and "before" in languages whose negations are read but whose "only then"
is not (``_ONLY``): a negation there beside one of them is the English "not … until" (``don't
eat anything until then`` / ``तब तक … कुछ भी न खाएँ``), which the English count leaves out."""


def _only_then_kept(text: str, lang: str, other: str, other_lang: str, missing: int) -> bool:
    """Whether the ``missing`` negations of ``text`` are negations that say "only then"
    (``_only_then``) and ``other`` keeps its "before" or "until": the same negation, which the
    other language's reader counts (``not expect … before 2026`` / ``Não esperamos … antes de
    2026``, ``No estará … antes del verano``)."""
    until = _UNTIL_WORD.get(other_lang) or _UNTIL_KEPT.get(other_lang)
    return (
        missing > 0
        and until is not None
        and bool(until.search(other))
        and len(_only_then(text, lang)) == missing
    )
