"""Segment stage: text to paragraphs (with speaker turns) and paragraphs to sentences."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from align.checks import fold
from align.languages import word_forms
from align.read import CLOCK, ENDS_SENTENCE, Cue, clock_seconds
from align.types import Segment, cut_word, join_text, joiner

_LABEL_WORDS = r"[^\W\d_][\w’'.\-]*(?:\s+[\w’'.\-]+){0,6}?"
"""A speaker's label: up to seven words, the first opening with a letter (``_is_name`` judges it)."""
_QUALIFIER = r"(?:\s*\([^()\n]{1,80}\))?"
"""What a transcript adds in brackets after a speaker's name, left out of it: ``Question (AFP):``,
``Ursula von der Leyen (via interpreter):``, ``S. Lavrov (traduit du russe) :``, ``С.Шукри
(говорит по-арабски, перевод с английского):``."""
_ROLE_LABEL = re.compile(
    r"^(?P<role>[^\W\d_][^:()\n]{2,150}?)\s*\((?P<label>[^()\n,:]{2,40})\)\s*:\s+(?P<rest>\S.*)$"
)
"""A role too long for a label and the speaker's name in brackets, as parliaments' records write
them (Hansard's ``The Secretary of State for Foreign, Commonwealth and Development Affairs
(David Cameron):``, the Spanish Diario de Sesiones' ``El señor MINISTRO DE ASUNTOS EXTERIORES,
UNIÓN EUROPEA Y COOPERACIÓN (Albares Bueno):``): the name is the speaker."""
_UNCASED = "\u0590-\u05ff\u0600-\u06ff\u0900-\u0963\u0966-\u097f"
_UNCASED_WORD = rf"[{_UNCASED}]+(?:[\"'״׳][{_UNCASED}]+)*[\"'״׳]?"
_UNCASED_LABEL = re.compile(rf"^(?P<label>{_UNCASED_WORD}(?: {_UNCASED_WORD}){{0,2}})\s*:\s*(?P<rest>\S.*)$")
"""A turn label in Arabic, Persian, Hebrew or Hindi, which have no capitals (``سؤال:``, ``ستيفان
دوجاريك:``, ``दुभाषिया:``), Hebrew abbreviations with a typed quote or apostrophe in them (``עו"ד
לוי:``, ``כב' השופטת:``), unless a speech verb is in it (``وقال الوزير:``, and the minister said;
``मंत्री ने कहा:``) or it is a section's heading (``दिनांक:``, date)."""
_UNCASED_SPEECH = re.compile(
    r"(?:^|\s)و?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أشار|أشارت|صرح|أعلن|تابع|ذكر|گفت|אמר|אמרה)"
    r"|(?:^|\s)(?:कहा|बताया|बोले|बोलीं|कहते|कहती)(?:\s|$)"
)
_Q_LABEL = re.compile(r"^Q\.?\s+(?P<rest>[A-Z“\"'].*)$")
"""The White House's question mark: ``Q  Mr. President, …`` (no colon)."""
_LABEL = re.compile(rf"^(?:[-–—]\s+)?(?P<label>{_LABEL_WORDS}){_QUALIFIER}\s*:\s+(?P<rest>\S.*)$")
"""A line opening with a speaker's label (after a dialogue dash: ``— Question : …``)."""
_BRACKET_LABEL = re.compile(r"^\[(?P<label>[^\[\]\n]{2,80})\]\s+(?P<rest>\S.*)$")
"""A speaker's label in square brackets, no colon (``[Staatsminister Brenninger] Der Freistaat
…``): read as one where two lines or more of a text open so (``_bracket_label``)."""
_LETTER_LABEL = re.compile(r"^(?P<label>[QAPRD])\.?\s+(?P<rest>[^\W\d_a-zß-ÿ«“\"'¿¡].*)$")
"""Question and answer by their letter (``Q.`` / ``R.`` in French, ``P.`` / ``R.`` in Portuguese
and Spanish, ``D.`` / ``R.`` in Italian, ``Q`` / ``A``): read as labels where lines open with a
question's letter and with an answer's (``_letter_labels``), since ``A. Dupont`` alone is an
initial."""
# A turn label in Chinese or Japanese: a few ideographs and a colon, usually full-width ("问：",
# "赵立坚："), unless it is a speech verb introducing a quote ("他说：", "发言人表示：").
_CJK_LABEL = re.compile(
    r"^(?P<label>[\u3040-\u30ff\u3400-\u9fff·・]{1,8})\s*[：:]\s*(?P<rest>[^\s“「『\"].*)$"
)
# In Korean ("기자: …", "라브로프 장관: …"), unless it ends as a verb does ("그는 말했다: …").
_KO_LABEL = re.compile(
    r"^(?P<label>[\uac00-\ud7af]+(?: [\uac00-\ud7af]+){0,2})\s*[:：]\s*(?P<rest>[^\s“「『\"].*)$"
)
_SPEECH_ENDINGS = (
    "说",
    "說",
    "道",
    "称",
    "稱",
    "表示",
    "指出",
    "强调",
    "強調",
    "认为",
    "認為",
    "宣布",
    "回答",
)
_CONNECTIVES = {
    "of", "the", "and", "et", "d’", "d'",
    "de", "du", "des", "la", "le", "von", "van", "der", "den", "ter", "zu", "da", "das", "do", "dos",
    "di", "del", "della", "dei", "al", "el", "bin", "ibn", "ben", "bint", "y", "i", "e",
    "señor", "señora", "for", "en", "und",
}  # fmt: skip
"""Lower-case words inside a speaker's name (``Ursula von der Leyen``, ``Luiz Inácio Lula da
Silva``, ``Mohammed bin Salman``, ``Josep Borrell i Fontelles``) or role (``Minister of``,
``Secretary of State for``, the Spanish Diario de Sesiones' ``El señor PRESIDENTE``)."""
_ARTICLES = {"el", "la", "le", "il", "lo", "der", "die", "the", "o", "a"}
_ROLES = {
    "presidente", "presidenta", "président", "présidente", "präsident", "präsidentin", "chair", "chairman",
    "chairwoman", "speaker", "moderator", "moderatorin", "moderador", "moderadora", "modérateur", "modératrice",
    "moderatore", "moderatrice", "ministro", "ministra", "ministre", "portavoz", "portavoce", "porte-parole",
    "periodista", "journaliste", "giornalista", "reporter", "journalist", "journalistin", "vicepresidente",
    "vicepresidenta", "secretario", "secretaria", "diputado", "diputada", "député", "députée", "senador",
    "senadora", "sénateur", "deputato", "deputata", "senatore", "senatrice", "sindaco", "alcalde", "alcaldesa",
    "maire", "entrevistador", "entrevistadora", "intervistatore", "presentador", "presentadora", "présentateur",
    "présentatrice", "conduttore", "conduttrice", "commissaire", "commissioner", "commissario", "commissaria",
    "comisario", "comisaria", "kommissar", "kommissarin", "representative", "représentant", "représentante",
    "rappresentante", "representante", "vertreter", "vertreterin", "délégué", "déléguée", "delegate", "rapporteur",
    "rapporteuse", "relatore", "relatrice", "ponente", "conseiller", "conseillère", "councillor", "consigliere",
    "consigliera", "concejal", "concejala", "adviser", "advisor", "director", "directeur", "directrice", "direttore",
    "direttrice", "directora", "direktor", "direktorin", "governor", "gouverneur", "gobernador", "procureur",
    "prosecutor", "fiscal", "juge", "judge", "juez", "jueza", "giudice", "richter", "richterin", "witness",
    "témoin", "testigo", "testimone", "inspector", "inspecteur", "ispettore", "rector", "recteur", "rettore",
    "spokesperson", "spokesman", "spokeswoman", "lawyer", "avocat", "avocate", "abogado", "abogada", "avvocato",
    "avvocata", "anwalt", "anwältin", "advogado", "advogada", "advocaat", "commission", "commissione", "comisión",
    "comissão", "kommission", "committee", "comité", "comitato", "régional", "régionale", "regional", "general",
    "général", "générale", "generale", "adjoint", "adjointe", "deputy", "financial", "financier", "financière",
    "executive", "exécutif", "exécutive", "comandante", "commandant", "commander", "capitano", "capitán", "jefe",
    "jefa", "chef", "cheffe", "tecnico", "técnico", "technique", "sportivo", "deportivo", "sportif", "sportive",
    "секретарь", "представитель", "представительница", "министр", "журналист", "журналистка", "корреспондент",
    "председатель", "ведущий", "ведущая", "модератор", "президент", "посол", "директор", "депутат", "судья",
    "свидетель", "переводчик", "губернатор", "мэр", "прокурор", "адвокат", "комиссар", "советник",
    "minister", "ministerin", "senator", "senatorin", "sénatrice", "diretor", "diretora", "vereador", "vereadora",
    "parent", "mère", "père", "mãe", "pai", "madre", "padre", "mutter", "vater", "ouder", "élève", "student",
    "studente", "studentessa", "schüler", "schülerin", "alumno", "alumna", "aluno", "aluna", "leerling",
    "woordvoerder", "woordvoerster", "voorzitter", "burgemeester", "wethouder", "verslaggever", "bürgermeister",
    "bürgermeisterin", "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "secretário", "secretária",
    "consultor", "consultora", "consultant", "consultante", "asesor", "asesora", "consulente", "berater",
    "beraterin", "adviseur", "engineer", "ingénieur", "ingénieure", "ingeniero", "ingeniera", "ingegnere",
    "engenheiro", "engenheira", "ingenieur", "ingenieurin", "инженер", "expert", "experte", "experto", "experta",
    "esperto", "esperta", "perito", "perita", "sachverständiger", "sachverständige", "deskundige", "эксперт",
    "igazgató", "igazgatónő", "polgármester", "alpolgármester", "főpolgármester", "miniszter", "államtitkár",
    "elnök", "alelnök", "szóvivő", "képviselő", "újságíró", "riporter", "moderátor", "műsorvezető", "tolmács",
    "professzor", "ügyész", "bíró", "tanú", "nagykövet", "szakértő", "mérnök", "rektor",
}  # fmt: skip
"""A role in lower case in a speaker's label, after an article, as Spanish, French and Italian
transcripts write it (``El presidente:``, ``La ministre :``, ``Le commissaire Varga :``), before
the speaker's name (``Parent representative Mehmet Yilmaz:``, ``Direttore tecnico Novak:``), or
after its adjective, as Russian writes roles (``Официальный представитель:``, ``Directeur
général :``)."""
_PARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|ben|d|l)[-’'][^\W\d_]")
"""A name's particle joined to it (``al-Assad``, ``d'Estaing``)."""
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " "})
_HAS_WORD = re.compile(r"[^\W_]")
_QUOTES = "'\"’”»"
_ASKED = re.compile(rf"[?!…][\s{_QUOTES}]*$")
_CLOSING_QUOTE_SPLIT = re.compile(r"(?<=[.!?…])(\s?[»\"”])\s+(?=[«\"“A-ZÀ-ÖØ-ÞА-ЯЁ])")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the input: its number, the speaker of its turn (or None) and its text.

    ``times`` (subtitles only): for each cue in the paragraph, the offset in ``text`` where its
    text begins and the cue's start and end in seconds."""

    idx: int
    speaker: str | None
    text: str
    times: tuple[tuple[int, float, float], ...] = ()
    broken: frozenset[str] = frozenset()
    """Words of ``text`` a hyphen at a line's end cut in two (``pre-sented``), as written: which
    of them are one word is told by the paragraph's language (``_mended``)."""

    @cached_property
    def _offsets(self) -> list[int]:
        return [t[0] for t in self.times]

    def time_of(self, begin: int, end: int) -> tuple[float | None, float | None]:
        """When the text from offset ``begin`` to ``end`` is shown: the start of the cue holding
        its first character and the end of the cue holding its last; (None, None) without times."""
        if not self.times:
            return None, None
        first = self.times[max(bisect_right(self._offsets, begin) - 1, 0)]
        last = self.times[max(bisect_left(self._offsets, end) - 1, 0)]
        return first[1], max(last[2], first[1])


_SECTION_LABELS = frozenset(
    fold(label)
    for label in (
        "weather", "météo", "wetter", "el tiempo", "tiempo", "meteo", "sport", "sports", "deportes",
        "markets", "marchés", "börse", "mercados", "mercati", "traffic", "trafic", "verkehr", "tráfico",
        "traffico", "note", "notes", "nota", "remarque", "anmerkung", "hinweis", "source", "sources",
        "quelle", "fuente", "fonte", "update", "mise à jour", "background", "contexte", "hintergrund",
        "contexto", "contesto", "summary", "résumé", "zusammenfassung", "resumen", "riassunto",
        "correction", "berichtigung", "corrección", "correzione", "editor's note", "editor’s note",
        "note de la rédaction", "headlines", "titres", "schlagzeilen", "titulares", "titoli", "photo",
        "foto", "caption", "légende", "see also", "voir aussi", "siehe auch", "véase también", "vedi anche",
        "date", "datum", "fecha", "data", "location", "lieu", "ort", "lugar", "luogo", "subject", "objet",
        "betreff", "asunto", "oggetto", "topic", "thème", "thema", "tema", "agenda", "ordre du jour",
        "tagesordnung", "orden del día", "ordine del giorno", "present", "absent", "apologies",
        "attendees", "in attendance", "participants", "venue", "présents", "excusés", "anwesend",
        "entschuldigt", "presentes", "ausentes", "presenti", "assenti", "aanwezig", "afwezig",
        "उपस्थित", "अनुपस्थित", "दिनांक", "तारीख", "विषय", "स्थान", "समय", "कार्यसूची",
        "warning", "avertissement", "warnung", "advertencia", "avvertenza", "aviso", "caution",
        "attention", "achtung", "atención", "attenzione", "atenção", "important", "wichtig",
        "importante", "tip", "astuce", "tipp", "consejo", "suggerimento", "dica", "safety", "sécurité",
        "sicherheit", "seguridad", "sicurezza", "segurança", "keywords", "key words", "mots-clés",
        "mots clés", "schlüsselwörter", "palabras clave", "parole chiave", "palavras-chave",
        "słowa kluczowe", "trefwoorden", "nyckelord", "annex", "annexe", "anhang", "anexo", "allegato",
        "bijlage", "bilaga", "załącznik", "onderwerp", "plaats", "temat", "miejsce", "transcript",
        "transcription", "transcripción", "transcrição", "trascrizione", "transkript", "transcriptie",
        "interview", "entrevista", "intervista", "entretien", "wywiad", "стенограмма", "интервью",
    )
)  # fmt: skip
"""Headings of a bulletin's, a page's or minutes' sections that open a line as a speaker's label
does (``Weather: Sunny spells …``, ``Météo : …``, ``Source: …``, ``Date: …``, ``Present: …``,
``उपस्थित: …``), and a manual's or paper's notices (``Warning: …``, ``Keywords: …``, ``Annex:
…``): no speaker, so they do not credit the lines below them to one."""


_VOCATIVE = re.compile(
    r"^(?:[Ss]eñora?|[Ss]enhora?|[Ss]ignora?)\s+(?:[Vv]ice)?(?:[Pp]resident[ea]|[Mm]inistr[oa]|[Ss]ecretári?[oa]"
    r"|[Ee]mbajador[a]?|[Dd]irector[a]?|[Cc]omissári?[oa]|[Cc]omisari[oa]|[Aa]lcalde(?:sa)?|[Dd]iputad[oa]"
    r"|[Ss]enador[a]?|[Ss]egretari[oa]|[Aa]mbasciatore|[Aa]mbaixador[a]?)$"
)
"""A form of address in sentence case that a Spanish, Portuguese or Italian speech opens with
and a colon (``Señor Presidente: Le agradezco …``): the speaker addresses the chair, no label
(Spanish records label the chair ``El señor PRESIDENTE:``)."""


def _speaker_label(line: str) -> tuple[str, str] | None:
    """``('Sergey Lavrov', 'text')`` for a line opening a speaker turn, else None."""
    cjk = _CJK_LABEL.match(line)
    if cjk and not cjk.group("label").endswith(_SPEECH_ENDINGS):
        return cjk.group("label"), cjk.group("rest").strip()
    korean = _KO_LABEL.match(line)
    if korean and not korean.group("label").endswith("다"):
        return korean.group("label"), korean.group("rest").strip()
    uncased = _UNCASED_LABEL.match(line)
    if (
        uncased
        and not _UNCASED_SPEECH.search(uncased["label"])
        and fold(uncased["label"]) not in _SECTION_LABELS
    ):
        return uncased["label"], uncased["rest"].strip()
    if question := _Q_LABEL.match(line):
        return "Q", question.group("rest").strip()
    match = _LABEL.match(line)
    if match and _VOCATIVE.match(match.group("label").strip()):
        return None
    if match and _is_name(match.group("label")) and fold(match.group("label").strip()) not in _SECTION_LABELS:
        return match.group("label").strip(), match.group("rest").strip()
    role = _ROLE_LABEL.match(line)
    if role and _is_name(role.group("label")) and _is_name(role.group("role").replace(",", " "), 16):
        return role.group("label").strip(), role.group("rest").strip()
    named = _NAME_THEN_ROLE.match(line)
    if (
        named
        and _is_name(named.group("label"))
        and (set(named.group("role").lower().split()) & _ROLES or _firm_after_name(named))
    ):
        return named.group("label").strip(), named.group("rest").strip()
    titled = _NAME_THEN_TITLE.match(line)
    if titled and _is_name(titled.group("name")) and titled.group("role") in _ROLES:
        return titled.group("label").strip(), titled.group("rest").strip()
    return None


_NAME_THEN_TITLE = re.compile(
    r"^(?P<label>(?P<name>[^\W\d_a-zà-ÿ][\w’'.\-]*(?:\s+[^\W\d_a-zà-ÿ][\w’'.\-]*){0,2})\s+(?P<role>[^\W\d_A-ZÀ-Ý]+))"
    r"\s*:\s+(?P<rest>\S.*)$"
)
"""A name and then its role in lower case, as Hungarian writes a title (``Szalai igazgató:``,
``Kovács polgármester:``): the whole label is the speaker's, where the role is one of ``_ROLES``."""


_NAME_THEN_ROLE = re.compile(
    r"^(?P<label>[^\W\d_][\w’'.\-]*(?:\s+[^\W\d_][\w’'.\-]*){0,3}),\s+(?P<role>[^:\n,]{2,60}?)\s*:\s+(?P<rest>\S.*)$"
)
"""A speaker's name, then a comma and the role (``Martin Keller, porte-parole du syndicat :``,
``Anna Berg, spokeswoman for the union:``): the name is the speaker, where the role holds a
word of ``_ROLES``."""


_FIRM = re.compile(r"^(?:[A-Z][A-Za-z&.\-]*|&)(?:\s+(?:[A-Z][A-Za-z&.\-]*|&|of)){0,3}$")


def _firm_after_name(named: re.Match[str]) -> bool:
    """Whether a label's part after the comma is the firm of a person named in full, as an
    earnings call names its analysts (``James Wong, CLSA:``, ``Sarah Chen, Goldman Sachs:``):
    a name of two or three words, then capitalised words or an acronym only."""
    role = named.group("role")
    return (
        2 <= len(named.group("label").split()) <= 3 and _FIRM.match(role) is not None and role not in _PLACES
    )


_PLACES = frozenset({"USA", "US", "UK", "U.S.", "U.K.", "EU", "UAE", "UN"})
"""What after a comma is a place, not a firm (``New York, USA:``)."""


def _qualifies(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` (in lower case) qualifies the role opening a label: after a
    connective (``Comandante del porto``) or before a name (``Direttore tecnico Novak``)."""
    return words[k - 1].lower() in _CONNECTIVES or (k + 1 < len(words) and words[k + 1][0].isupper())


_LOOSE_LABEL = re.compile(
    rf"^(?P<label>[^\W\d_a-zà-ÿа-яё][\w’'.\-]*(?:\s+[^\W\d_][\w’'.\-]*){{0,5}}){_QUALIFIER}\s*:\s+(?P<rest>\S.*)$"
)
"""A line opening with a label in sentence case (``Commissaria straordinaria:``, ``A vereadora da
Educação:``, ``Um pai:``): read as a speaker's where the same label opens two lines or more in a
transcript of turns (``_recurring_labels``)."""


_INDEFINITE = {"a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "een"}


def _role_led(label: str) -> bool:
    """Whether a label in sentence case is a role in ordinary words, told from a sentence's
    opening words by its form: a role's word first, after an article or not (``Commissaria
    straordinaria``, ``La sénatrice Clarke``, ``O diretor da escola``, ``Un parent``), then only
    names, connectives and the word after a connective, or one adjective after a role without an
    article (``The director said`` is no label)."""
    words = label.split()
    k = 1 if words and words[0].lower() in _ARTICLES | _INDEFINITE else 0
    if len(words) <= k or words[k].lower() not in _ROLES:
        return False
    rest = words[k + 1 :]
    return all(
        w[0].isupper()
        or w.lower() in _CONNECTIVES
        or (j > 0 and rest[j - 1].lower() in _CONNECTIVES)
        or (j == 0 and k == 0 and len(words) == 2)
        for j, w in enumerate(rest)
    )


def _recurring_labels(lines: Sequence[str], strict: int = 0) -> frozenset[str]:
    """The labels in sentence case (``_LOOSE_LABEL``) that open two lines or more of a text where
    two lines or more open with a speaker's label as ``_speaker_label`` reads them (or, ``strict``,
    a timestamp's): a role in ordinary words (``MOSE technical director:``), which only its
    repetition tells from a sentence's opening words; once where its form tells it (``_role_led``),
    and on the text's first line then even alone (a one-speaker statement's label). Lines opening
    with a role's label count towards the two (a statement by ``Secretária regional do Mar:``,
    then ``Consultor científico:``)."""
    loose: Counter[str] = Counter()
    first = next((line for line in lines if line and not _CLOCK_LINE.match(line)), "")
    for line in lines:
        if not line or ":" not in line:
            continue
        if _speaker_label(line):
            strict += 1
        elif (match := _LOOSE_LABEL.match(line)) and fold(match["label"]) not in _SECTION_LABELS:
            loose[match["label"]] += 1
    opening = _LOOSE_LABEL.match(first)
    alone = (
        {opening["label"]} if opening and opening["label"] in loose and _role_led(opening["label"]) else set()
    )
    if strict + sum(count for label, count in loose.items() if _role_led(label)) < 2:
        return frozenset(alone)
    return frozenset(label for label, count in loose.items() if count >= 2 or _role_led(label))


def _bracket_label(line: str) -> tuple[str, str] | None:
    """``_speaker_label`` of a label in square brackets (``_BRACKET_LABEL``), not a note of a
    sound or a time (``[Applause] …``, ``[00:01:05] …``)."""
    match = _BRACKET_LABEL.match(line)
    if not match or _STAGE_DIRECTION.match(f"[{match['label']}]") or re.search(CLOCK, match["label"]):
        return None
    return _speaker_label(f"{match['label']}: {match['rest']}")


def _letter_labels(lines: Sequence[str]) -> frozenset[str]:
    """The letters of question and answer that open lines of a text (``_LETTER_LABEL``) where
    both kinds do, four times or more in all: an interview written ``Q. …`` / ``R. …``."""
    letters = Counter(m["label"] for line in lines if (m := _LETTER_LABEL.match(line)))
    asked, answered = letters.keys() & set("QPD"), letters.keys() & set("AR")
    if not asked or not answered or letters.total() < 4:
        return frozenset()
    return frozenset(letters)


def _is_name(label: str, most: int = 7) -> bool:
    """A speaker's name or role: up to ``most`` words, capitalised (a capital in any script:
    Lavrov, Лавров, Λαβρόφ) but for connectives (``of``, ``de``, ``señor``), numbers (``Speaker
    2``), roles in lower case (``_ROLES``) and, after a role opening the label, a word before a
    name or after a connective (``Direttore tecnico Novak``, ``Comandante del porto``)."""
    words = label.split()
    role = bool(words) and (
        words[0].lower() in _ARTICLES
        or (len(words) > 2 and words[-1][0].isupper())
        or (len(words) <= 3 and words[-1].lower() in _ROLES)
    )
    if 2 < len(words) <= 4 and words[0].lower() in _ROLES:
        words = [words[0]] + [
            w for k, w in enumerate(words[1:], 1) if not (w.islower() and _qualifies(words, k))
        ]
    return (
        0 < len(words) <= most
        and len(label) <= 9 * most
        and label[0].isupper()
        and not any(colon in label for colon in ":：")
        and all(
            w[0].isupper()
            or w.lower() in _CONNECTIVES
            or w[0].isdigit()
            or _PARTICLE.match(w)
            or (role and w.lower() in _ROLES)
            for w in words
        )
    )


_CLOCK = rf"[\[(]?(?P<clock>{CLOCK})[\])]?"
_UNQUALIFIED = re.compile(r"\s*\([^()\n]{1,80}\)\s*$")
"""A qualifier in brackets after a speaker's name, left out of it (``Priya (Austin)  4:24``)."""
_STAMP_AFTER = re.compile(rf"^(?P<label>.+?)(?:\s*[:|–-])?\s+{_CLOCK}\s*:?$")
_STAMP_BEFORE = re.compile(rf"^{_CLOCK}\s*(?:[|–-]\s*)?(?P<rest>.*)$")
_STAMP_BETWEEN = re.compile(rf"^(?P<label>[^:\[(]+?)\s*:\s*{_CLOCK}\s+(?P<rest>\S.*)$")


def _stamp(line: str) -> tuple[str | None, float, str, bool] | None:
    """A transcription service's timestamp at a line's start or end: ``(speaker, seconds, text,
    time first)`` for ``Sergey Lavrov  0:12`` (Otter), ``Sergey Lavrov: (00:05)`` or ``Sergey
    Lavrov (01:20):`` (Rev), ``Question: [00:00:05] text`` (Sonix), ``[00:01:05] Question:
    text``, ``[00:01:05] Question:`` above its text or ``00:01:05 text`` (a time before the
    text: time first), else None. ``text`` is
    what the line holds beside the speaker and the time."""
    for pattern in (_STAMP_AFTER, _STAMP_BETWEEN):  # a Sonix line may end with a time of its text
        match = pattern.match(line)
        if match and _is_name(label := _UNQUALIFIED.sub("", match.group("label")).strip()):
            rest = match.group("rest").strip() if "rest" in match.groupdict() else ""
            return label, clock_seconds(match["clock"]), rest, False
    match = _STAMP_BEFORE.match(line)
    if not match:
        return None
    rest = match.group("rest").strip()
    alone = _LABEL_ALONE.match(rest)  # "[00:00:05] Moderatore:", the turn's text below
    label = alone[1] if alone and _is_name(alone[1]) else None
    label = label or (rest if _is_name(rest) and not ENDS_SENTENCE.search(rest) else None)
    return label, clock_seconds(match["clock"]), "" if label else rest, True


STAMPED_SHARE = 0.2
"""Share of a text's lines that must carry a speaker's or a text's timestamp for it to be read as
a timestamped transcript (services stamp every turn)."""


_CLOCK_LINE = re.compile(rf"^\[{CLOCK}\]$")
"""A line holding only a time in brackets (``[00:00:05]`` above a one-speaker statement's label):
not the text's first line (and, as ``_STAGE_DIRECTION``, no speech)."""

_CLOCK_FIRST = re.compile(rf"^(?:\[{CLOCK}\]|{CLOCK}(?=\s))\s*")
"""A time opening a line (``[00:00:05]``, ``00:05``) before a speaker's label: a timestamp however
few lines carry one (``_stamps`` needs two or more to read a file as a timestamped transcript)."""


def _stamps(lines: Sequence[str]) -> dict[int, tuple[str | None, float, str]]:
    """The timestamped lines of a transcript, by line number, when it is one: two or more lines,
    and ``STAMPED_SHARE`` of all, carry a time beside a speaker or a text, in the layout most of
    them share (a speaker's line with its time, or a time first), and the times never go back;
    else none. A sentence that opens with a clock time, in an ordinary text or under an Otter
    speaker line, a line of speech under a speaker's timestamp line however it looks (``A
    15:30``), or the Kremlin's ``15:30`` alone above each meeting, is no timestamp."""
    stamped: dict[int, tuple[str | None, float, str, bool]] = {}
    for i, line in enumerate(lines):
        header = stamped.get(i - 1)
        if header and header[0] and not header[2]:
            continue  # the line under a speaker's timestamp line is its speech ("A 15:30" too)
        if line and (stamp := _stamp(line)) and (stamp[0] or stamp[2]):
            stamped[i] = stamp
    time_first = 2 * sum(stamp[3] for stamp in stamped.values()) > len(stamped)
    found = {i: stamp[:3] for i, stamp in stamped.items() if stamp[3] == time_first}
    times = [stamp[1] for stamp in found.values()]
    enough = len(found) >= max(2, STAMPED_SHARE * sum(1 for line in lines if line))
    if not enough or times != sorted(times) or _times_of_day([lines[i] for i in found]):
        return {}
    return found


_PROGRAMME_LINE = re.compile(r"^(?P<hours>\d{1,2}):(?P<minutes>[0-5][05])\s+[–—-]\s+\S")
"""A programme's line: a time of day to the quarter hour, a dash and what happens (``10:00 –
Welcome by the director``, ``9:45 - Coffee``)."""


def _times_of_day(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a programme's times of day (``_PROGRAMME_LINE``), three or more, each
    to the quarter hour: not a transcript's stamps, which no dash follows (``Question  0:15``)."""
    found = [_PROGRAMME_LINE.match(line) for line in lines]
    return len(found) >= 3 and all(m is not None and int(m["minutes"]) % 15 == 0 for m in found)


_LABEL_ALONE = re.compile(rf"^({_LABEL_WORDS}){_QUALIFIER}\s*[:：]$")
"""A speaker's label on a line of its own (``Sergey Lavrov:``), its turn's text on the lines
below: a turn where the same label stands so twice or more (once, it may be a heading)."""


def _named_once(label: str, line: str) -> bool:
    """Whether a label on a line of its own (``_LABEL_ALONE``), heard once, reads as a speaker's
    among other turns or on a file's first line: in capitals (``REPORTER (AP):``), or in
    sentence case with a qualifier (``Dziennikarz (Gazeta Lubuska):``, ``Frau Harrington
    (Ferrovolt):``), or numbered (``Speaker 5:``); without one it may be a heading (``Summary:``,
    a book's ``Vergebene Mühe:``)."""
    return (
        label.isupper()
        or ("(" in line and all(w[0].isupper() for w in label.split()) and _is_name(label))
        or _NUMBERED_LABEL.match(label) is not None
    )


_NUMBERED_LABEL = re.compile(
    r"^(?:speaker|sprecher|sprecherin|intervenant|intervenante|orateur|oratrice|orador|oradora|hablante"
    r"|locutor|locutora|participant|participante|partecipante|interlocutor|interlocutora|oratore|mówca"
    r"|spreker|spikeri|spíker|говорящий|спикер)\s+\d{1,3}$",
    re.IGNORECASE,
)
"""A speech recogniser's or transcriber's numbered label (``Speaker 5``, ``Intervenant 2``): a
speaker's even where heard once."""


def _is_label_only(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 8 and not ENDS_SENTENCE.search(line) and line[0].isupper()


_STAGE_WORDS = (
    "applause|applauding|laughter|laughs|laughing|chuckles|cheers|cheering|booing|inaudible|"
    "unintelligible|indistinct|crosstalk|cross-talk|overlapping|silence|pause|music|noise|coughs|"
    "sighs|interruption|interrupts|video|audio|break|end|"
    "applaudissements|rires|brouhaha|musique|bruit|"
    "beifall|applaus|gelächter|heiterkeit|lachen|unverständlich|zwischenruf|zwischenrufe|musik|"
    "aplausos|risas|música|silencio|applausi|risate|"
    "аплодисменты|смех|неразборчиво|шум|музыка|оплески|сміх|"
    "phone|telephone|rings|ringing|doorbell|knocking|coughing|crying|shouting|siren|sonnerie|téléphone|toux|"
    "telefon|klingelt|husten|teléfono|tos|telefono|squilla|voci|brusio|rumore|inaudibile|incomprensibile|"
    "ininteligible|risos|telefone|inaudível|gelach|gejuich|geroezemoes|onverstaanbaar|"
    "телефон|кашель|ride|ridono|rit|rient|ríe|ri|lacht|смеётся|смеется|pausa|pauze|пауза|"
    "stir|murmurs|murmuring|commotion|murmures|agitation|unruhe|gemurmel|murmullos|murmullo|ruido|ruído|"
    "mormorio|оживление|гул|interjections|interjection|interpellations|exclamations"
)
_STAGE_DIRECTION = re.compile(
    rf"^(?:[\[(]\s*(?:{_STAGE_WORDS})\b[^\[\]()]{{0,40}}[\])]|\[[^\[\]]*{CLOCK}[^\[\]]*\]|[♪♫].*)$",
    re.IGNORECASE,
)
"""A transcript's line that is no speech: a stage direction in brackets or parentheses opening
with a word for a sound (``[Applause]``, ``(Laughter)``, ``[inaudible 00:01:23]``,
``(Applaudissements)``, ``(Beifall)``), a timecode in square brackets, music. Other text in
brackets is kept: in a book or a speech it is text (``( Weg der Jugend )``, ``( Première
partie )``), unlike subtitles' sound descriptions (``_SOUND``)."""
_STAGE_INLINE = re.compile(rf" ?[\[(]\s*(?:{_STAGE_WORDS})\b[^\[\]()\n]{{0,40}}[\])]", re.IGNORECASE)
_NOTE_LINE = re.compile(r"^(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])$")
"""A line that is only a note in brackets (``(Vote à main levée)``, ``(Unruhe im Saal)``,
``[Interprétation de l'anglais]``): within a speaker's turn no speech, as ``_STAGE_DIRECTION``
is anywhere; outside turns (a book, a speech) it stays text. Sound words in brackets within a
turn's line are left out too (``… will not go up. [laughs]``, ``(ride)``: ``_STAGE_INLINE``)."""


_LANGUAGE_NAMES = (
    "english|anglais|englisch|inglés|inglese|inglês|engels|french|français|französisch|francés|francese"
    "|francês|frans|german|allemand|deutsch|alemán|tedesco|alemão|duits|spanish|espagnol|spanisch|español"
    "|spagnolo|espanhol|spaans|italian|italien|italienisch|italiano|italiaans|portuguese|portugais"
    "|portugiesisch|portugués|portoghese|português|portugees|dutch|néerlandais|niederländisch|neerlandés"
    "|olandese|holandês|nederlands|russian|russe|russisch|ruso|russo|английски|русски|французски"
    "|немецки|испански|итальянски"
)
_VOICE_NOTE = re.compile(
    r"^[(\[](?:[^()\[\]\n]{0,30}?(?:int[eé]rpr|translat|tradu|übersetz|dolmetsch|tolk|vertal|vertaal|översätt|overs[æa]t|tłumacz|перевод|переклад|синхрон)"
    r"[^()\[\]\n]{0,30}"
    rf"|(?:in|en|em|auf|im|in het|по-)\s*(?:{_LANGUAGE_NAMES})\w*)[)\]][\s:.]*",
    re.IGNORECASE,
)
"""A note in brackets at the start of a turn that says who renders it or in which language, no
words of the speech: ``(Via interpreter)``, ``(through an interpreter)``, ``(traduit du
russe)``, ``(Via een tolk)``, ``(in English)``, ``(en français)``. Left out (it stood alone as a sentence and was
aligned as an omission, or folded into the first sentence's link)."""


def _tab_turn(line: str) -> str | None:
    """``Label: text`` for a line ``Label<TAB>text`` (``time<TAB>Label<TAB>text`` is ``time
    Label: text``), as transcription services export turns and Word saves a table as text; else
    None."""
    fields = [field.strip() for field in line.split("\t")]
    if len(fields) < 2 or not fields[-1] or not _is_name(fields[-2]):
        return None
    if not all(re.fullmatch(_CLOCK, field) for field in fields[:-2]):
        return None
    return " ".join([*fields[:-2], f"{fields[-2]}: {fields[-1]}"])


def _tab_turns(raw_lines: Sequence[str]) -> list[str]:
    """The lines, those in ``Label<TAB>text`` layout (``_tab_turn``) written ``Label: text`` where
    two lines or more are so (one tab may be layout)."""
    turns = [_tab_turn(line) for line in raw_lines]
    if sum(turn is not None for turn in turns) < 2:
        return list(raw_lines)
    return [turn if turn is not None else line for line, turn in zip(raw_lines, turns, strict=True)]


_PAGE_WORD = (
    r"(?:page|p\.|pg\.?|pág\.?|página|pag\.?|pagina|seite|s\.|strona|str\.|стр\.?|страница|сторінка"
    r"|blz\.?|bladzijde|sida|side|sivu|oldal|pagină|σελίδα|sayfa)"
)
_PAGE_MARK = re.compile(
    rf"[-–—]\s*\d{{1,4}}\s*[-–—]|{_PAGE_WORD}\s*\d{{1,4}}(?:\s*(?:/|of|sur|von|de|di|da|z|van|af|av|из|з)\s*\d{{1,4}})?",
    re.I,
)
"""A line that is only a page number, as a document saved as text keeps it (``- 2 -``, ``Page 3
of 9``, ``Página 1 de 3``, ``Strona 2 z 5``); a bare number is one only after a page break
(``\\f``), since a book's chapters are numbered so too."""
RUNNING_LAYERS = 2
"""How many lines of running header or footer are peeled off each side of a page break."""


def _without_page_marks(raw_lines: Sequence[str]) -> tuple[list[str], set[int]]:
    """The lines stripped, those that are only a page number (``_PAGE_MARK``, or digits after a
    form feed, as pdftotext ends each page) and the running headers and footers beside them
    (``_running_lines``) made blank, and the indices of the first lines with text after each
    page break (a sentence may run on there)."""
    lines: list[str] = []
    cuts: list[int] = []  # the lines where a page ends: a form feed's or a page number's
    for raw in raw_lines:
        line = raw.strip()
        if "\f" in raw:
            cuts.append(len(lines))
            line = line.replace("\f", "").strip()
            if line.isdigit() and len(line) <= 4:
                line = ""
        if _PAGE_MARK.fullmatch(line):
            cuts.append(len(lines))
            line = ""
        lines.append(line)
    for _ in range(RUNNING_LAYERS):
        running = _running_lines(lines, cuts)
        for k in running:
            lines[k] = ""
        if not running:
            break
    breaks = {next(k for k in range(cut, len(lines)) if lines[k]) for cut in cuts if any(lines[cut:])}
    return lines, breaks


def _running_lines(lines: Sequence[str], cuts: Sequence[int]) -> list[int]:
    """The lines nearest a page break on either side (blank lines aside) whose text is the nearest
    at two breaks or more and reads as a heading, not a turn (``Unofficial translation``,
    ``Autoridad Portuaria de Valencia · Discurso de la presidenta``): a running header or footer,
    which a document saved as text repeats on every page, in the middle of a sentence the break
    cuts."""
    near: dict[str, list[int]] = {}
    for cut in cuts:
        for step in (-1, 1):
            k = cut + step
            while 0 <= k < len(lines) and not lines[k]:
                k += step
            if 0 <= k < len(lines):
                near.setdefault(lines[k], []).append(k)
    return [
        k
        for text, where in near.items()
        if len(set(where)) >= 2
        and _is_heading(text)
        and not _speaker_label(text)
        and not _LABEL_ALONE.match(text)
        and not _STAGE_DIRECTION.match(text)
        for k in where
    ]


WRAP_WIDTHS = (40, 120)
"""Line widths text is hard-wrapped at (e-mail and terminals: 72 to 80 characters)."""
WRAP_SHARE = 0.75
"""A block of lines is hard-wrapped where two thirds of its lines but the last reach this share
of its longest line."""


def _wrapped_lines(lines: Sequence[str]) -> set[int]:
    """Indices of the lines (stripped, blank between blocks) that a hard-wrapped block continues
    on the next line: in a block of three lines or more (no blank line between them), most as
    long as the longest (``WRAP_SHARE``), which is 40 to 120 characters, a line whose next line's
    first word would not have fit on it. Such a line joins the next whatever its case or last
    mark (German nouns, ``U.S.`` / ``Mr.`` at a line's end), unless the next line opens a turn, a
    timestamp or a stage direction."""
    out: set[int] = set()
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end]:
            continue
        block = range(start, end)
        start = end + 1
        if len(block) < 3:
            continue
        width = max(len(lines[k]) for k in block)
        long = sum(len(lines[k]) >= WRAP_SHARE * width for k in block[:-1])
        if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or long < 2 / 3 * (len(block) - 1):
            continue
        for k in block[:-1]:
            after = lines[k + 1]
            fits = len(lines[k]) + 1 + len(after.split()[0]) <= width
            opens = _speaker_label(after) or _LABEL_ALONE.match(after) or _stamp(after)
            opens = opens or _STAGE_DIRECTION.match(after)
            if not fits and not opens:
                out.add(k)
    return out


_CUT_HEAD = re.compile(r"[^\W\d_]+-$")
_CUT_TAIL = re.compile(r"[^\W\d_]+")


def _wrap(prev: str, line: str, broken: set[str]) -> str:
    """``line`` run on after the wrapped line ``prev``: straight on after a word a line-end hyphen
    cut (``types.cut_word``: the hyphen kept here, the word noted in ``broken`` as written,
    ``pre-sented``, for ``_mended``), else ``joiner``'s space."""
    if not cut_word(prev, line):
        return prev + joiner(prev, line) + line
    if (head := _CUT_HEAD.search(prev)) and (tail := _CUT_TAIL.match(line)):
        broken.add(head[0] + tail[0])
    return prev + line


def _one_word(cut: str, forms: Mapping[str, str]) -> bool:
    """Whether ``cut`` (``pre-sented``) is one word of the language of ``forms``, not its second
    part as written."""
    head, tail = cut.split("-")
    return (head + tail in forms or (head + tail).lower() in forms) and tail not in forms


def _mended(para: Paragraph, lang: str) -> Paragraph:
    """``para`` with each word a line-end hyphen cut written whole where ``lang``'s dictionary
    (simplemma's) knows the whole word and not its second part as written: ``pre-`` /
    ``sented`` is ``presented``, ``dov-`` / ``ranno`` ``dovranno``, ``Bundes-`` / ``regierung``
    ``Bundesregierung``, while ``well-known``, ``counter-proposals`` and ``co-operate`` keep the
    hyphen, as a word the dictionary lacks does (``decarboni-zzazione``). A cue's offset moves
    with the text."""
    forms = word_forms(lang) if para.broken else None
    if not forms:
        return para
    whole = [w for w in para.broken if _one_word(w, forms)]
    if not whole:
        return para
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(whole))) + r")(?!\w)")
    cuts = [m.start() + m[0].index("-") for m in pattern.finditer(para.text)]
    text = "".join(para.text[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(para.text)]))
    times = tuple((at - bisect_left(cuts, at), start, end) for at, start, end in para.times)
    return replace(para, text=text, times=times, broken=frozenset())


def _opens_turn_below(lines: Sequence[str], i: int, stamps: dict[int, object]) -> bool:
    """Whether the next line after ``lines[i]`` (a label on a line of its own) is text of the
    turn: not another label, nor a timestamp, nor the end (a label with no speech is text)."""
    for j in range(i + 1, len(lines)):
        if lines[j]:
            return j not in stamps and not _LABEL_ALONE.match(lines[j]) and not _speaker_label(lines[j])
    return False


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs: blank lines and line ends separate them, hard-wrapped lines
    (no closing punctuation and the next line in lower case, or a block wrapped at a width:
    ``_wrapped_lines``) are joined, and a ``Label:`` opening a line
    (or on a line of its own, ``_LABEL_ALONE``) starts a speaker turn that lasts until the next
    label (a label in capitals on a line of its own once, among other turns or as the file's
    first line, too: ``REPORTER (AP):``). In a text where no label opens two lines and labels open
    half its lines or fewer, one before a heading (a short line without closing punctuation) is
    part of it, not a speaker's:
    ``SmartKettle Pro: Quick Start Guide``, a floor plan's ``Erdgeschoss: Ur- und
    Frühgeschichte``. A line that is only a stage direction (``[Applause]``, ``(Phone rings)``:
    ``_STAGE_DIRECTION``) is left out, as sounds are in subtitles, without ending the turn, and
    so are a note of who renders the turn opening it (``(Via interpreter)``: ``_VOICE_NOTE``)
    and a page number (``_without_page_marks``); a caption's ``>>`` opening a line starts a turn
    of a speaker not named. In a timestamped transcript
    (``_stamps``: Otter, Rev, ``[00:01:05]`` before each turn) the timestamps open turns too,
    and each paragraph keeps the time of its turn, from its timestamp to the next one."""
    lines: list[str] = []
    broken: set[str] = set()
    raws, breaks = _without_page_marks(_tab_turns(text.split("\n")))
    wrapped = _wrapped_lines(raws)
    for k, line in enumerate(raws):
        if not line:
            lines.append("")
            continue
        prev = lines[-1] if lines else ""
        if k in breaks and line[0].islower():  # a sentence running on over a page break
            while lines and not lines[-1]:
                lines.pop()
            prev = lines[-1] if lines else ""
            if prev and not ENDS_SENTENCE.search(prev):
                lines[-1] = _wrap(prev, line, broken)
                continue
            lines.append(line)
        elif k - 1 in wrapped and prev:
            lines[-1] = _wrap(prev, line, broken)
        elif prev and not ENDS_SENTENCE.search(prev) and line[0].islower() and not _stamp(prev):
            lines[-1] = _wrap(prev, line, broken)
        elif prev and line.startswith(":") and _is_label_only(prev) and lines[-1]:
            lines[-1] = f"{prev}{line}"
        else:
            lines.append(line)
    alone = Counter(m[1] for line in lines if (m := _LABEL_ALONE.match(line)) and _is_name(m[1]))
    labelled: Counter[str] | None = None  # the labels opening lines, counted where first asked
    paragraphs: list[Paragraph] = []
    speaker: str | None = None
    stamps = _stamps(lines)
    recurring = _recurring_labels(
        [stamps[i][2] if i in stamps else line for i, line in enumerate(lines)],
        sum(1 for stamp in stamps.values() if stamp[0]),
    )
    starts = [stamp[1] for stamp in stamps.values()]
    turn_ends = dict(zip(stamps, starts[1:]))  # a turn ends where the next one starts
    head = next((line for line in lines if line and not _CLOCK_LINE.match(line)), "")
    bracketed = sum(1 for line in lines if line.startswith("[") and _bracket_label(line)) >= 2
    first = _BRACKET_LABEL.match(head)  # a statement's label of a name and more: not "[Sic] …"
    bracketed |= bool(first) and len(first["label"].split()) >= 2 and _bracket_label(head) is not None
    letters = _letter_labels(lines)
    times: tuple[tuple[int, float, float], ...] = ()
    opened: str | None = None  # the label on a line of its own just above: its turn's first line
    for i, line in enumerate(lines):
        if not line:
            continue
        if i in stamps:
            label, start, line = stamps[i]
            times = ((0, start, turn_ends.get(i, start)),)
            if label:
                speaker = label
            if not line:
                continue
        if caption := _CAPTION_MARK.match(line):  # ">> Good evening": a new speaker, unnamed unless labelled
            line, speaker = line[caption.end() :], None
        if _STAGE_DIRECTION.match(line):  # "[Applause]", "[00:00:05]": no speech; the turn goes on
            continue
        if speaker is not None and _NOTE_LINE.match(line) and not _SPOKEN_ASIDE.match(line):
            continue  # "(Vote à main levée)", "(Unruhe im Saal)" within a turn
        clock = _CLOCK_FIRST.match(line)
        if clock and i not in stamps and _speaker_label(line[clock.end() :]):
            line = line[clock.end() :]  # "[00:00:05] Grégoire Doucet : …" in a file of one such turn
        own = _LABEL_ALONE.match(line)
        heard = own is not None and alone[own[1]] >= 2
        if own and not heard and _named_once(own[1], line) and fold(own[1]) not in _SECTION_LABELS:
            if labelled is None:
                labelled = Counter(found[0] for k in lines if k and (found := _speaker_label(k)))
            opening = not any(k and not _CLOCK_LINE.match(k) for k in lines[:i])  # a statement's label
            heard = alone.total() + labelled.total() >= 2 or opening
        if own and heard and _opens_turn_below(lines, i, stamps):
            speaker = opened = own[1]  # "Question:" on a line of its own, the turn below it
            continue
        label = _speaker_label(line)
        heading = label and label[0] != "Q" and _is_heading(_STAGE_INLINE.sub("", label[1]).strip())
        field = label and label[0] != "Q" and _FIELD_VALUE.match(label[1])  # "Freephone: 900 123 456"
        if (heading or field) and not stamps:
            if labelled is None:
                labelled = Counter(found[0] for k in lines if k and (found := _speaker_label(k)))
            few = 2 * labelled.total() <= sum(1 for k in lines if k)
            if few and max(labelled.values(), default=0) <= 1 and max(alone.values(), default=0) <= 1:
                label = None  # "SmartKettle Pro: Quick Start Guide", "Erdgeschoss: Frühgeschichte", a form's field
        if not label and recurring and (loose := _LOOSE_LABEL.match(line)) and loose["label"] in recurring:
            label = loose["label"], loose["rest"].strip()
        if not label and bracketed and line.startswith("["):
            label = _bracket_label(line)
        if not label and letters and (letter := _LETTER_LABEL.match(line)) and letter["label"] in letters:
            label = letter["label"], letter["rest"].strip()
        if label and not any(k and not _CLOCK_LINE.match(k) for k in lines[:i]) and _is_title(label, lines):
            label = None  # "European Commission: press conference on …", the text's title
        if label:
            speaker, line = label
        elif _is_heading(line) and not times and not opened:  # a timestamped turn's short line is speech
            speaker = None
        line = _VOICE_NOTE.sub("", line, count=1)
        if speaker is not None:
            line = _STAGE_INLINE.sub("", line).strip()  # "… will not go up. [laughs]"
        if not line:
            continue
        opened = None
        cut = frozenset(w for w in broken if w in line)
        paragraphs.append(Paragraph(len(paragraphs), speaker, line, times, cut))
    return paragraphs


_FIELD_VALUE = re.compile(r"\+?\d[\d\s./-]{5,}(?:[,;]|$)")
"""What follows a form's field rather than a speaker's label: a telephone or reference number
(``900 123 456, Monday to Friday``), not speech that opens with a number (``15 years ago``)."""


def _is_title(label: tuple[str, str], lines: Sequence[str]) -> bool:
    """Whether a text's first line, read as ``label``, is its title: what follows the label is a
    heading (``_is_heading``) that goes on in lower case, as a title's phrase does and a
    speaker's sentence does not (``European Commission: press conference on the fisheries
    package``, ``House of Representatives, Committee on Agriculture: public hearing``; not
    ``Moderator: Welcome``), and the label is found on no other line, as a speaker's would be in
    a transcript of turns."""
    rest = _STAGE_INLINE.sub("", label[1]).strip()
    if not rest[:1].islower() or not _is_heading(rest):
        return False
    return sum(1 for line in lines if label[0] in line) <= 1


_CAPTION_MARK = re.compile(r"^>>>?\s*(?=\S)")
"""The ``>>`` (``>>>`` for a new story) broadcast captions put before each change of speaker,
opening a line of a plain-text transcript as it opens a subtitle's (``_DIALOGUE_DASH``)."""


PAUSE = 1.0
"""Seconds of silence between two cues, after a cue that ends a sentence, that end a paragraph
of a subtitle file (its cues otherwise run on: a sentence often spans two or three cues)."""
_DIALOGUE_DASH = re.compile(r"^(?:[-–—]|>>>?)\s*(?=\S)")
"""A line's mark of a new speaker: a dialogue dash (``- Yes?``), or the ``>>`` (``>>>`` for a new
story) that North American broadcast captions put before each change of speaker."""
_SOUND = re.compile(r"^(?:\[[^\]]*\]|\([^)]*\)|[♪♫].*)$")
"""A subtitle line that is not speech: a sound or music description (``[APPLAUSE]``,
``(laughs)``, ``♪ … ♪``), as subtitles for the deaf and hard of hearing write them."""
_SPOKEN_ASIDE = re.compile(r"^\(\s*(?:\S+\s+){3,}\S*[.!?…]\s*\)$")
"""A line in parentheses that is a spoken sentence, not a sound: four words or more ending
with a full stop, ``?`` or ``!`` (``( Dinah was the cat . )``; ``(Door closes.)`` is a sound)."""


_INLINE_SOUND = re.compile(
    r"\[[^\[\]\n]{1,40}\]|\((?:(?:[^\W\d_A-Z]+[\s-]?){1,3}|(?:[^\W\d_a-z]+[\s-]?){1,3})\)|[♪♫]+"
)
"""A sound description within a spoken line (``[SIGHS] I don't know``, ``(laughing)``,
``(DOOR SLAMS)``; not a qualifier such as ``(Via interpreter)``), or music marks: no words of
the speech."""


def _is_sound(line: str) -> bool:
    line = line.strip()
    return bool(_SOUND.match(line)) and not _SPOKEN_ASIDE.match(line)


def _cue_turns(cue: Cue, runs_on: bool = False) -> list[tuple[str, str | None, bool]]:
    """A cue's text as (text, speaker, opens a turn) pieces: its lines are joined (they are
    layout), except that dialogue lines (``- Yes?`` / ``- No.``, or a second speaker's
    ``- No.`` alone; ``>> Yes?`` in broadcast captions) are one speaker each, and a WebVTT voice
    or a ``Label:`` opening a line names the speaker. Where the cue continues a sentence the one
    before left open (``runs_on``: ``… del sur de`` / ``España: Doñana y …``), its first line
    opens no turn unless its label is in capitals (``NARRATOR:``). A label alone on a line names
    the speaker of the line below it. Sound and music descriptions are left out (``_is_sound``),
    within a line too (``_INLINE_SOUND``)."""
    lines = [
        " ".join(_INLINE_SOUND.sub(" ", line).split()) for line in cue.text.split("\n") if not _is_sound(line)
    ]
    lines = _bracket_joined([line for line in lines if line.strip("-–— ")])
    dashed = [_DIALOGUE_DASH.match(line) for line in lines]
    dialogue = sum(bool(d) for d in dashed) >= 2 or any(d and d.end() > 1 for d in dashed)
    pieces: list[tuple[str, str | None, bool]] = []
    above: str | None = None  # a label alone on the line above ("Vicepresidente Laborde:")
    for k, (line, dash) in enumerate(zip(lines, dashed)):
        dash = dash if dialogue else None
        if dash:
            line = line[dash.end() :]
        own = _LABEL_ALONE.match(line)
        if own and _is_name(own[1]) and k + 1 < len(lines):
            above = own[1]
            continue
        label = (above, line) if above else _speaker_label(line)
        above = None
        if label and runs_on and k == 0 and not dash and not label[0].isupper():
            label = None
        if label:
            pieces.append((_VOICE_NOTE.sub("", label[1], count=1), label[0], True))
        elif dash or not pieces:
            pieces.append((line, cue.speaker, bool(dash) or cue.speaker is not None))
        else:
            text, speaker, opens = pieces[-1]
            pieces[-1] = (text + joiner(text, line) + line, speaker, opens)
    return pieces


def _bracket_joined(lines: list[str]) -> list[str]:
    """A cue's lines with a line that leaves a bracket open joined to the next, so that a label
    whose qualifier wraps (``Director Van Houtte (European`` / ``Commission): Bună ziua!``) is
    read on one line."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].count("(") > out[-1].count(")") and not _DIALOGUE_DASH.match(line):
            out[-1] = out[-1] + joiner(out[-1], line) + line
        else:
            out.append(line)
    return out


_RUNS_ON = re.compile(r"[^\W\d_],?\s*$")
"""Text that stops in mid-sentence, on a word or a comma."""


def cue_paragraphs(cues: Sequence[Cue], first: int = 0) -> list[Paragraph]:
    """Paragraphs of a subtitle file, numbered from ``first``. Consecutive cues run on into
    one paragraph, since a sentence often spans cues; a paragraph ends where a cue ends a
    sentence and ``PAUSE`` seconds or more pass before the next, and where a turn opens (a new
    voice or ``Label:``, or a dialogue dash). Each paragraph keeps where each cue's text
    begins and its times."""
    paragraphs: list[Paragraph] = []
    text, speaker, times = "", None, []
    last_end = None

    def close() -> None:
        if text:
            paragraphs.append(Paragraph(first + len(paragraphs), speaker, text, tuple(times)))

    for cue in cues:
        for piece, who, opens in _cue_turns(cue, _RUNS_ON.search(text) is not None):
            pause = last_end is None or cue.start - last_end >= PAUSE
            turn = opens and (who is None or who != speaker)
            if not text or turn or (pause and ENDS_SENTENCE.search(text)):
                close()
                text, speaker, times = "", who if opens else speaker, []
            if text:
                text += joiner(text, piece)
            times.append((len(text), cue.start, cue.end))
            text += piece
            last_end = cue.end
    close()
    return paragraphs


def cue_segments(cues: Sequence[Cue]) -> list[Segment]:
    """One segment per cue, its lines joined, with its times (pre-split subtitle input)."""
    return [
        Segment(
            i,
            i,
            c.speaker,
            join_text([" ".join(line.split()) for line in c.text.split("\n")]),
            c.start,
            c.end,
        )
        for i, c in enumerate(cues)
    ]


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation (a title, a date, ``Source :``) ends a turn."""
    return len(line.split()) <= 12 and not re.search(r"[.!?…»\"”,。！？；」』）।॥؟۔]\s*$", line)


@lru_cache(maxsize=16)
def _segmenter(lang: str):
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    return pysbd.Segmenter(language=lang if lang in LANGUAGE_CODES else "en", clean=False)


MAX_CHUNK = 4000
"""pysbd's time grows with the square of a paragraph's length (34 s for 8,000 sentences on one
line), so longer paragraphs are split in windows of this many characters."""


_COMMAS = (",", "،")
"""pysbd's Arabic rules end a sentence at the Arabic comma; no sentence ends at a comma."""


STARTS_CACHE = 1 << 14
"""Windows whose sentence starts are kept: a run splits each paragraph once per detection pass,
and the drift checks split the texts of the links they probe again."""


_QUOTE_MARKS = str.maketrans(dict.fromkeys('“”„«»‹›"', " "))
QUOTED_SENTENCE_WORDS = 6
"""A quotation pysbd keeps whole (``It reads, in full: “The council has decided … . This
decision was not taken lightly. …”``) is split into its sentences where each has at least this
many words: a statement quoted in full is as many sentences as its translation, where a line of
dialogue (``“Stop! Come back!”``) stays one."""


def _quoted_sentences(piece: str, lang: str) -> list[str]:
    """``piece`` split at the sentence ends pysbd finds once its double quotes and guillemets are
    read as spaces, where every part has ``QUOTED_SENTENCE_WORDS`` words or more; else itself."""
    if len(piece.split()) < 2 * QUOTED_SENTENCE_WORDS or piece == (bare := piece.translate(_QUOTE_MARKS)):
        return [piece]
    starts, pos = [], 0
    for inner in _segmenter(lang).segment(bare):
        start = bare.find(inner.strip(), pos) if inner.strip() else -1
        if start >= pos:
            starts.append(start)
            pos = start + len(inner.strip())
    cuts = [0, *starts[1:], len(piece)]
    parts = [piece[a:b] for a, b in zip(cuts, cuts[1:])]
    if len(parts) < 2 or any(len(p.split()) < QUOTED_SENTENCE_WORDS for p in parts):
        return [piece]
    return parts


@lru_cache(maxsize=STARTS_CACHE)
def _sentence_starts(plain: str, lang: str) -> tuple[int, ...]:
    """Offsets in ``plain`` where pysbd starts a sentence after the first (not after a comma).

    A piece without a letter or digit is no sentence: pysbd cuts off a closing quote after a
    spaced full stop (``chapel . '``), the rest of ``! ! !`` or a dash, which would then stand
    alone as null links; it stays with the sentence before it (or, first, the one after it).
    Nor is a piece that opens in lower case after a question or exclamation mark: the speech tag
    of a line of dialogue (``— Pourquoi pas ? dit le Lièvre.``, ``' Why not ? ' said Alice .``),
    nor one that opens with a comma, semicolon or colon (``tel.`` / ``: +49 …``), nor one right
    after a colon without a space (pysbd's Arabic rules cut ``http://`` there).
    """
    pieces = []
    for piece in _segmenter(lang).segment(plain):
        for part in _CLOSING_QUOTE_SPLIT.split(piece):
            pieces.extend(_quoted_sentences(part, lang) if part else ())
    merged: list[str] = []
    for piece in pieces:
        if merged and lang in _CJK_LANGS and piece[:1] in _CJK_CLOSING:  # "…增长。" / "”“宁波…"
            closing = len(piece) - len(piece.lstrip(_CJK_CLOSING))
            merged[-1] += piece[:closing]
            piece = piece[closing:]
        if merged and (hanging := _HANGING_QUOTE.match(piece)):  # "… bauen.“ Even from …"
            merged[-1] += hanging[0]
            piece = piece[hanging.end() :]
        low = piece.lstrip(_QUOTES + " ")[:1].islower()
        mark = piece.lstrip()[:1] in ",;:"  # "tel.: +49 …", "2024 r., sygn. akt …": cut after the full stop
        if merged and (not _HAS_WORD.search(piece) or mark or low and _ASKED.search(merged[-1])):
            merged[-1] += piece
        elif _HAS_WORD.search(piece):
            merged.append(piece)
    if lang in _YEAR_MARK_LANGS:
        merged = [part for piece in merged for part in _year_mark_split(piece, lang)]
    starts: list[int] = []
    pos = 0
    after_comma = False
    for piece in merged:
        piece = piece.strip()
        start = plain.find(piece, pos) if piece else -1
        if start >= 0:
            glued = start > 0 and plain[start - 1] == ":"  # "http://", "10:30" (pysbd's Arabic rules)
            if not after_comma and not glued and not _after_abbreviation(plain, start, lang):
                starts.append(start)
            pos = start + len(piece)
            after_comma = piece.endswith(_COMMAS)
    return tuple(starts[1:])


_HANGING_QUOTE = re.compile(r"\s*[“”’»]+(?=\s)")
"""A quotation mark opening a piece before a space: it closes the sentence before (a German
``„…“`` read with English rules, whose ``“`` opens a quotation), since an opening one comes
straight before its words."""


_CJK_LANGS = frozenset({"zh", "ja", "ko"})
_CJK_CLOSING = "”’」』）"
"""Closing quotes and brackets that pysbd leaves at the start of the next Chinese or Japanese
sentence (``…增长。`` / ``”“宁波…``): they close the sentence before."""
_YEAR_OPENERS = {
    "bg": "Това Тази Този Тези Той Тя То Те Ние Вие Аз В Във На За От С Със По При След Преди През Според "
    "Но А И Като Освен Също Така Общо Компанията Банката Правителството Съветът Очакваме Очаква",
    "ru": "Это Эта Этот Эти Он Она Оно Они Мы Вы Я В Во На За От С Со По При После До Но А И Как Также "
    "Кроме Так Всего Компания Правительство Ожидается",
    "uk": "Це Ця Цей Ці Він Вона Воно Вони Ми Ви Я В У На За Від З По При Після До Але А І Як Також "
    "Крім Так Загалом Компанія Уряд Очікується",
}
_YEAR_MARK_LANGS = frozenset(_YEAR_OPENERS)
_YEAR_MARK = re.compile(r"\d\s?г\.\s+(?=[А-ЯЁІЇЄҐ])")
_OPENS = {lang: frozenset(words.split()) for lang, words in _YEAR_OPENERS.items()}


def _year_mark_split(piece: str, lang: str) -> list[str]:
    """``piece`` split where a year's ``г.`` ends a sentence, which pysbd never ends one at
    (Bulgarian, Russian and Ukrainian abbreviate "year" after its number): where a capital
    follows and the next word opens sentences (``…на 2025 г. Това е ръст…``) or six words or more
    came before the year since the piece's start, so the year closes a clause rather than opens
    the sentence (``…на 25 февруари 2026 г. Конферентен разговор…``; ``В 2025 г. Путин посетил``
    goes on)."""
    parts, start = [], 0
    for m in _YEAR_MARK.finditer(piece):
        following = piece[m.end() :].split(maxsplit=1)[0].strip(",.;:!?")
        if following in _OPENS[lang] or len(piece[start : m.start()].split()) >= 6:
            parts.append(piece[start : m.end()].rstrip())
            start = m.end()
    return [part for part in [*parts, piece[start:]] if part]


_TITLES = {
    "en": "mr mrs ms dr prof gen col lt sgt capt rev hon sen rep gov",
    "fr": "m mm mme mmes mlle mlles dr pr prof me mgr gen",
    "es": "sr sra srta sres sras dr dra dna lic ing prof gral",
    "it": "sig sigg dott prof ing avv on",
    "pt": "sr sra dr dra prof eng",
    "de": "hr hrn dr prof",
    "nl": "dhr mevr dr prof",
    "ru": "тов",
}
_BEFORE_NUMBERS = {
    "en": "no nos art vol ch p pp fig approx jan feb apr jun jul aug sep sept oct nov dec",
    "fr": "art n no p pp vol chap env janv fevr fev avr juil oct nov dec",
    "es": "art num n p pag ene feb abr ago sept oct nov dic",
    "it": "art n pag p genn febbr apr sett ott nov dic",
    "pt": "art n p pag",
    "de": "art nr abs s ca jan feb apr aug sep sept okt nov dez",
    "nl": "art nr blz ca",
    "ru": "ст п рис см янв фев февр апр авг сен сент окт ноя нояб дек",
    "uk": "ст п",
    "sv": "kl ca nr s art sid jan feb apr aug sept okt nov dec",
    "da": "kl ca nr s stk jan feb apr aug sept okt nov dec",
    "no": "kl ca nr s jan feb apr aug sept okt nov des",
    "pl": "art nr s str ust pkt godz ok tys mln mld sty lut kwi sie wrz paź lis gru",
    "ro": "art nr alin pag p ora ian feb apr aug sept oct nov dec",
}
_ABBREVIATIONS = {
    lang: (frozenset(_TITLES.get(lang, "").split()), frozenset(_BEFORE_NUMBERS.get(lang, "").split()))
    for lang in {*_TITLES, *_BEFORE_NUMBERS}
}
"""Abbreviations pysbd ends a sentence at in some languages (``Sr. Blinken``, ``Prof. Petrov``,
``art. 5``, ``ст. 5``, ``21 janv. 2022``), folded, without their full stop: titles, which a
name follows, and references, hours and months, which a number or a lower-case word follows
(Swedish ``fredag den 14:e kl. 17.``, at 5 p.m., was two sentences)."""
_LAST_WORD = re.compile(r"([^\W\d_]+)\.\s*$")
_CYRILLIC_INITIALS = re.compile(r"(?:^|[\s(«\"„])(?:[А-ЯЁІЇЄҐ]\.\s?){2}$")
"""Two Cyrillic initials before a surname (``С.В.Лавров``, ``В.В. Путин``), which pysbd ends
a sentence at (or between, ``Д.`` / ``С.Пєсков``)."""


def _after_abbreviation(plain: str, start: int, lang: str) -> bool:
    """Whether a sentence pysbd starts at ``start`` continues the one before: it starts inside a
    word (``É.`` / ``-U.``, ``c.`` / ``-à-d.``), with a lower-case word after a full stop (``p.`` /
    ``ex. le``, ``т. е.`` / ``коллективную``; not a name such as ``d’Artagnan``), after two
    Cyrillic initials (``_CYRILLIC_INITIALS``) or after an abbreviation of ``lang``
    (``_ABBREVIATIONS``)."""
    if start == 0:
        return False
    first = plain[start]
    if first == "-" and plain[start - 1] == "." and plain[start + 1 : start + 2].isalpha():
        return True
    before = plain[max(0, start - 40) : start]
    if not before.rstrip().endswith("."):
        return False
    if first.islower():  # not "d’Artagnan appointed…", "iPhone sales…": names start sentences
        return not any(c.isupper() for c in plain[start:].split(maxsplit=1)[0])
    if first.isupper() and any(
        _CYRILLIC_INITIALS.search(t) for t in (before, before + plain[start : start + 2])
    ):
        return True
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    titles, before_numbers = _ABBREVIATIONS.get(lang, (frozenset(), frozenset()))
    word = fold(last.group(1))
    title = word in titles and last.group(1)[0].isupper()  # "M. Blinken", not "8900 m." (metres)
    if lang == "en" and _CLOCK_ZONE.match(plain, start) and re.search(r"\b[ap]\.m\.\s*$", before):
        return True  # "at 3 p.m. Sofia time"
    numbered = first.isdigit() or bool(_ROMAN_NUMBER.match(plain, start))  # "case no. II AKa 87/23"
    return title or (word in before_numbers and numbered)


_ROMAN_NUMBER = re.compile(r"[IVXLC]{1,5}\b(?!\.\s)")
_CLOCK_ZONE = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,2}time\b|(?:CES?T|GMT|UTC|BST|E[SD]T|C[SD]T|P[SD]T|MESZ?|MSK|JST|AES?T|AEDT|WES?T|EES?T)\b"
)
"""What after ``a.m.`` or ``p.m.`` names the clock's place (``3 p.m. Sofia time``, ``9 a.m. New
York time``, ``2 p.m. CET``): the sentence goes on."""


_SENTENCE_MARKS = ".!?…。．！？;:։՜؟،۔።፧।|။၏"
"""Every mark at which one of pysbd's languages ends a sentence (its ``Punctuations``)."""
_BOUNDARY_MARK = re.compile(rf"[{re.escape(_SENTENCE_MARKS)}()（）\n\r\u2028\u2029]|[」'\"”’»]\s")
"""Every mark at which pysbd can end a sentence (``_SENTENCE_MARKS`` and line ends), brackets
(its list items, ``(a)``, ``unit(n)``) and a closing quote before a space (its rules for quoted
sentences): where a text holds none, pysbd returns it whole (checked on the 57,854 lines and pairs
of lines of the benchmark sets)."""
_CLOSING_MARKS = " \t\n\r\u2028\u2029" + _SENTENCE_MARKS + "\"'”’»)）」]"
"""The punctuation that closes a text, where a boundary ends nothing."""


def split_sentences_in(text: str, lang: str = "en") -> list[str]:
    """Sentences of one paragraph with pysbd's rules for ``lang`` (English rules otherwise).

    pysbd only chooses the boundaries: each sentence runs from one boundary to the next in the
    original text, so no character is lost (pysbd itself drops some, e.g. in ``Stop.!!``).
    Non-breaking and narrow no-break spaces are read as spaces for splitting and kept in output.
    A paragraph longer than ``MAX_CHUNK`` is split window by window, each window starting at the
    last sentence the previous one found (that sentence may have run past the window's end).
    Text with no mark pysbd could end a sentence at before its closing punctuation
    (``_BOUNDARY_MARK``) is one sentence without asking pysbd, whose abbreviation rules cost about
    2 ms a call. A paragraph's number pysbd parts from its words (``_NUMBER_LABEL``) stays with
    them."""
    plain = text.translate(_SPACES)
    if len(plain) <= MAX_CHUNK and not _BOUNDARY_MARK.search(plain.rstrip(_CLOSING_MARKS)):
        return [text.strip()]
    bounds = [0]
    while True:
        start = bounds[-1]
        window = plain[start : start + MAX_CHUNK]
        bounds.extend(start + cut for cut in _sentence_starts(window, lang))
        if start + MAX_CHUNK >= len(plain):
            break
        if bounds[-1] == start:
            space = window.rfind(" ", MAX_CHUNK // 2)
            bounds.append(start + (space + 1 if space > 0 else MAX_CHUNK))
    bounds.append(len(text))
    out = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    out = [sentence for sentence in out if sentence]
    if len(out) > 1 and _NUMBER_LABEL.match(out[0]):
        out[:2] = [f"{out[0]} {out[1]}"]
    return out or [text.strip()]


_NUMBER_LABEL = re.compile(r"^(?:[A-Z]+/)*(?:\d+|[IVXLC]+)(?:[./-]\d+)*\.?$")
"""A paragraph's number that pysbd makes a sentence of its own: a resolution's ``78/214.``
(``A/RES/78/214.``), a section's ``3.2.`` or ``II.``, before its heading's words, which it
belongs to (``split_sentences_in``)."""


RUN_ON_WORDS = 50
"""Text with fewer punctuation marks inside than one per this many words (and at least this many
words) is unpunctuated (automatic captions, raw speech recognition output), not a sentence: it
is cut into chunks (``chunk_bounds``), since one vector for hundreds of words matches nothing,
and the model reads only its first 512 tokens."""
CHUNK_WORDS = (10, 18, 30)
"""Smallest, preferred and largest chunk of unpunctuated text, in words (a spoken sentence's
usual length, so that a punctuated translation's sentences span one to three chunks)."""
SHORT_PAUSE = 0.5
"""Seconds between two cues of unpunctuated captions that mark a preferred place to cut."""
_FULL_STOP = re.compile(r"[.!?…。！？][\"'”’»)]*$")
"""A word that ends a sentence with a full stop, a question or exclamation mark (or their CJK
forms), a closing quote after it: a preferred place to cut unpunctuated text."""
_INNER_MARK = re.compile(r"[,;:.!?…()\[\]\"«»“”„—–，、；：。！？「」『』（）《》【】]|\s-\s")
_IDEOGRAPHS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_IDEOGRAPHS}]{{1,2}}|[^\s{_IDEOGRAPHS}]+")
"""A word, to measure and cut unpunctuated text: a run of characters between spaces, or two
ideographs or kana (Chinese and Japanese do not space their words; two characters are about
one word)."""


def count_words(text: str) -> int:
    """Words of ``text`` as ``_WORD`` reads them (two ideographs or kana make one)."""
    return len(_WORD.findall(text))


def is_run_on(sentence: str) -> bool:
    """Whether ``sentence`` is unpunctuated text (``RUN_ON_WORDS``) rather than one sentence; an
    abbreviation or a stray comma in a long run does not make it punctuated."""
    words = _WORD.findall(sentence)
    marks = len(_INNER_MARK.findall(" ".join(words[:-1])))
    return len(words) >= RUN_ON_WORDS and marks * RUN_ON_WORDS < len(words)


def chunk_bounds(para: Paragraph, begin: int, end: int) -> list[tuple[int, int]]:
    """Cut unpunctuated text, ``para.text[begin:end]``, into chunks of ``CHUNK_WORDS`` words.
    A chunk ends where a sentence does (the few marks there are) or, in subtitles, where a cue
    ends before a pause of ``SHORT_PAUSE``, if such a place is within the chunk's length; else
    at a cue's end (subtitles) or a word's, nearest the preferred length. Returns (begin, end)
    offsets in ``para.text``."""
    least, best, most = CHUNK_WORDS
    words = [(begin + m.start(), begin + m.end()) for m in _WORD.finditer(para.text[begin:end])]
    pause_before = {
        offset: start - last_end for (offset, start, _), (_, _, last_end) in zip(para.times[1:], para.times)
    }

    def preferred(k: int) -> bool:
        after_sentence = _FULL_STOP.search(para.text, words[k - 1][0], words[k - 1][1])
        return bool(after_sentence) or pause_before.get(words[k][0], 0.0) >= SHORT_PAUSE

    cuts = [0]
    while len(words) - cuts[-1] > most:
        first = cuts[-1]
        options = range(first + least, min(first + most, len(words) - least) + 1)
        if para.times:
            options = [k for k in options if words[k][0] in pause_before] or options
        cuts.append(max(options, key=lambda k: (preferred(k), -abs(k - first - best))))
    cuts.append(len(words))
    return [(words[a][0], words[b - 1][1]) for a, b in zip(cuts, cuts[1:])]


def split_sentences(paragraphs: Sequence[Paragraph], langs: Sequence[str]) -> list[Segment]:
    """Sentence segments of all paragraphs, each split with the rules of its paragraph's language;
    unpunctuated text (``is_run_on``: a whole paragraph, or a sentence) is cut into chunks of
    about a sentence's length instead (``chunk_bounds``)."""
    segments: list[Segment] = []
    for para, lang in zip(paragraphs, langs, strict=True):
        para = _mended(para, lang)
        if is_run_on(para.text):
            bounds = chunk_bounds(para, 0, len(para.text))
        else:
            bounds, pos = [], 0
            for sentence in split_sentences_in(para.text, lang):
                begin = para.text.find(sentence, pos)
                begin = pos if begin < 0 else begin
                pos = begin + len(sentence)
                bounds.extend(chunk_bounds(para, begin, pos) if is_run_on(sentence) else [(begin, pos)])
        for begin, end in bounds:
            start, stop = para.time_of(begin, end)
            segments.append(Segment(len(segments), para.idx, para.speaker, para.text[begin:end], start, stop))
    return segments


def read_presplit(text: str) -> list[Segment]:
    """One sentence per non-empty line, no re-segmentation (for pre-split input)."""
    lines = [line.strip() for line in text.split("\n")]
    return [Segment(i, i, None, line) for i, line in enumerate(line for line in lines if line)]
