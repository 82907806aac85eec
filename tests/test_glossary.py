"""The user's glossary: reading TBX and CSV / TSV termbases, matching terms in real sentences of
the seeds, orienting a glossary to the pair, and ``term_mismatch`` end to end."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest
from conftest import EN_REMARKS, GENEVA_ZH, MIXED, REMARKS, en_remarks_tail, run_cli

from align.errors import AlignError
from align.export import links_frame, read_tsv
from align.glossary import read_glossary
from align.pipeline import run_pair
from align.report import render_html, render_markdown
from align.score import drift_without, recheck_terms

# Sentences of the seeds: the English remarks and their French version in the mixed file.
EN_GUARANTEES = (
    "(Via interpreter) State Secretary, colleagues, we’re very grateful to you for this proposal to hold "
    "talks in Geneva in the context of the work that was started on the security guarantees."
)
FR_GUARANTEES = (
    "Je vous suis reconnaissant d’avoir proposé cette rencontre à Genève dans le contexte du travail en "
    "cours sur nos propositions relatives aux garanties de sécurité."
)
EN_STATE = (
    "Yesterday we spent a great deal of time to familiarize ourselves with the large body of information "
    "prepared by State Department about Russia’s alleged misinformation."
)
FR_STATE = (
    "Nous avons lu hier et aujourd’hui une importante quantité de matériaux préparés par le Département "
    "d’État concernant ce que vous avez appelé “la désinformation de la Russie à grande échelle”."
)
EN_COUNTER = (
    "When you made the phone call to me and proposed that we meet to achieve greater clarity with regard "
    "to our concerns, we believed that to be a very good idea, because we believe that it would help you "
    "come up with concrete answers to our concerns, to our proposals, and, if need be, to come up with "
    "counter proposals."
)
FR_COUNTER = (
    "Nous espérons que cette rencontre vous aidera à préparer des réponses concrètes à toutes nos "
    "propositions et à formuler vos propres contre-propositions, si vous en avez."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _tbx2(tmp_path: Path, name: str, entries: str) -> Path:
    """A TBX 2 file (``martif``) holding ``entries`` (``termEntry`` elements)."""
    return _write(
        tmp_path,
        name,
        f'<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n{entries}'
        "</body></text></martif>\n",
    )


def _terms(tmp_path: Path, table: str, src: str = "en", tgt: str = "fr"):
    return read_glossary(_write(tmp_path, "terms.csv", table)).for_pair(src, tgt, [], [])


def _missed(terms, src: str, tgt: str) -> list[str]:
    return [m.describe() for m in terms.misses(src, tgt)]


def test_terms_are_matched_through_case_accents_plurals_hyphens_and_typographic_apostrophes(tmp_path):
    """The glossary writes the singular, plain apostrophes and no accent on the capital; the
    seeds write the plural, ``’`` and ``État``, and split ``contre-propositions`` with a hyphen
    where the glossary has a space: all are the terms, so nothing is missed."""
    terms = _terms(
        tmp_path,
        "en,fr\nsecurity guarantee,garantie de sécurité\nState Department,Département d'Etat\n"
        "counter-proposal,contre propositions\n",
    )
    assert _missed(terms, EN_GUARANTEES, FR_GUARANTEES) == []
    assert _missed(terms, EN_STATE, FR_STATE) == []
    assert _missed(terms, EN_COUNTER, FR_COUNTER) == []
    assert terms.used([EN_GUARANTEES, EN_STATE, EN_COUNTER]) == 3
    # the renderings are looked for in the target only: the French of another sentence misses them
    assert _missed(terms, EN_GUARANTEES, FR_STATE) == ["security guarantee: none of garantie de sécurité"]
    assert _missed(terms, EN_STATE, FR_GUARANTEES) == ["State Department: none of Département d'Etat"]


def test_a_term_is_a_whole_word_sequence_and_capitals_keep_acronyms_apart(tmp_path):
    """``US`` in capitals is the country, not the pronoun of ``let us``; a term is matched as whole
    words, so ``state`` is not found in ``statement``, and a short word takes no plural (``us`` is
    not ``uses``)."""
    terms = _terms(tmp_path, "en,fr\nUS,États-Unis\nstate,État\n")
    assert _missed(terms, "Let us discuss this statement.", "Discutons de cette déclaration.") == []
    assert _missed(terms, "The US uses its veto.", "Il use de son veto.") == ["US: none of États-Unis"]
    assert _missed(terms, "The US uses its veto.", "Les États-Unis usent de leur veto.") == []
    symbols = _terms(tmp_path, "en,fr\nR&D,R-D\nC++,C++\n")
    assert _missed(symbols, "Our R&D budget grew.", "Notre budget de R-D a augmenté.") == []
    assert _missed(symbols, "Our R&D budget grew.", "Notre budget de recherche a augmenté.") == [
        "R&D: none of R-D"
    ]
    assert _missed(symbols, "C'est ça, said the C++ manual.", "C'est ça, dit le manuel.") == [
        "C++: none of C++"
    ]
    assert _missed(symbols, "C'est ça, he said.", "C'est ça, dit-il.") == []


def test_a_wildcard_takes_any_ending_and_unspaced_scripts_are_matched_as_substrings(tmp_path):
    terms = _terms(tmp_path, "en\tfr\nnegotiat*\tnégociation*\n")
    english = "We do not expect a breakthrough at these negotiations either."
    assert _missed(terms, english, "Nous n’attendons pas non plus de percée de cette rencontre.") == [
        "negotiat*: none of négociation*"
    ]
    assert _missed(terms, english, "Nous n’attendons pas non plus de percée de ces négociations.") == []
    chinese = _terms(
        tmp_path,
        "en,zh\nbreakthrough,突破\nOSCE,欧安组织\nindivisibility of security,安全不可分割\n",
        "en",
        "zh",
    )
    en = re.split(r"(?<=\.)\s+", en_remarks_tail().strip())
    zh = [s for s in GENEVA_ZH.replace("\n", "").split("。") if s]
    assert len(en) == len(zh) == 6
    assert all(_missed(chinese, e, z) == [] for e, z in zip(en, zh))
    assert chinese.used(en) == 3
    assert _missed(chinese, en[3], zh[4]) == ["breakthrough: none of 突破"]


REMARKS_TERMS = {
    "es": ("garantía de seguridad", "propuesta", "negociación", "desinformación", "Departamento de Estado", "obligación", "OSCE", "indivisibilidad de la seguridad", "preocupación", "avance"),
    "pt": ("garantia de segurança", "proposta", "negociação", "desinformação", "Departamento de Estado", "obrigação", "OSCE", "indivisibilidade da segurança", "preocupação", "avanço"),
    "it": ("garanzia di sicurezza", "proposta", "negoziato", "disinformazione", "Dipartimento di Stato", "obbligo", "OSCE", "indivisibilità della sicurezza", "preoccupazione", "svolta"),
    "nl": ("veiligheidsgarantie", "voorstel", "onderhandeling", "desinformatie", "State Department", "verplichting", "OVSE", "ondeelbaarheid van de veiligheid", "zorg", "doorbraak"),
    "ru": ("гарантия безопасности", "предложение", "переговоры", "дезинформация", "Государственный департамент", "обязательство", "ОБСЕ", "неделимость безопасности", "озабоченность", "прорыв"),
    "uk": ("гарантія безпеки", "пропозиція", "переговори", "дезінформація", "Державний департамент", "зобов'язання", "ОБСЄ", "неподільність безпеки", "занепокоєння", "прорив"),
}  # fmt: skip
"""The remarks' terms as a termbase writes them (singular, nominative, masculine), in the
languages of ``conftest.REMARKS``; the English terms are ``REMARKS_SOURCES``."""
REMARKS_SOURCES = (
    "security guarantee", "proposal", "negotiation", "misinformation", "State Department", "obligation", "OSCE",
    "indivisibility of security", "concern", "breakthrough",
)  # fmt: skip


@pytest.mark.parametrize("lang", sorted(REMARKS_TERMS))
def test_a_rendering_is_found_in_its_other_forms(tmp_path, lang):
    """The remarks' ten terms in their dictionary form against the translations of the remarks,
    which decline and inflect them (``по гарантиям безопасности``, ``negoziati``, ``voorstellen``,
    ``зобов’язаннями``): not one is missed, paragraph for paragraph (before, 2 to 9 false misses
    a language, all but Spanish). A rendering that is truly gone is still missed."""
    rows = "\n".join(f"{en}\t{t}" for en, t in zip(REMARKS_SOURCES, REMARKS_TERMS[lang]))
    terms = _terms(tmp_path, f"en\t{lang}\n{rows}\n", "en", lang)
    english = EN_REMARKS.read_text(encoding="utf-8").split("\n\n")[2:5]
    translated = REMARKS[lang].split("\n\n")[2:5]
    assert terms.used(english) == 10
    assert [_missed(terms, e, t) for e, t in zip(english, translated)] == [[], [], []]
    misinformation = REMARKS_TERMS[lang][3]
    stem = misinformation[: len(misinformation) - 2]
    assert stem in translated[1].lower()
    dropped = re.sub(rf"\w*{stem}\w*", "X", translated[1], flags=re.I)
    assert _missed(terms, english[1], dropped) == [f"misinformation: none of {misinformation}"]


def test_source_terms_take_their_inflections_but_not_a_verb_that_shares_their_stem(tmp_path):
    """A source term is found in the forms of its lemma (``переговорах`` is ``переговоры``,
    ``européenne`` is ``européen``), but not in a verb (``négocier`` is no ``négociation``), and
    in English, where nouns and verbs share lemmas and stems (``handed``, ``shipped``, ``headed``:
    ``hand``, ``ship``, ``head``), in its plural only: counting those as uses flagged 16 more of
    TransRead's 5,172 gold links, nearly all for such a verb. In the target, where a false match
    only hides a miss, lemma and stem are both used: ``chevaux`` renders ``cheval``, ``children``
    ``child``."""
    ru = _terms(
        tmp_path, "ru,en\nпереговоры,negotiations\nГосударственный департамент,State Department\n", "ru", "en"
    )
    assert ru.used(["Мы тоже не ожидаем прорыва на этих переговорах."]) == 1
    assert _missed(ru, "Он работал в Государственном департаменте.", "He worked at the Foreign Office.") == [
        "Государственный департамент: none of State Department"
    ]
    en = _terms(tmp_path, "en,fr\nhand,main\nship,navire\nhead,tête\nhorse,cheval\n")
    for english, french in (
        ("He handed over the letter.", "Il tendit la lettre."),
        ("Ned Land had shipped aboard the Abraham Lincoln.", "Ned Land était embarqué à bord."),
        ("The frigate headed west.", "La frégate se dirigea vers l'ouest."),
    ):
        assert en.used([english]) == 0 and _missed(en, english, french) == []
    assert _missed(en, "He sold the three horses.", "Il vendit les trois chevaux.") == []
    assert _missed(en, "Raise your hands.", "Levez les bras.") == ["hand: none of main"]
    de = _terms(tmp_path, "en,de\nnegotiation,Verhandlung\n", "en", "de")
    assert _missed(de, "At these negotiations.", "Bei diesen Verhandlungen.") == []
    fr = _terms(tmp_path, "fr,en\neuropéen,European\nnégociation,negotiation\nenfant,child\n", "fr", "en")
    assert fr.used(["La tournée européenne du secrétaire d'État."]) == 1
    assert fr.used(["Nous sommes prêts à négocier."]) == 0
    assert _missed(fr, "Les enfants jouaient.", "The children were playing.") == []
    assert _missed(fr, "Les enfants jouaient.", "The boys were playing.") == ["enfant: none of child"]


def test_english_source_terms_take_their_plurals_not_in_s(tmp_path):
    """An English source term is found in its plural where that is not ``-s`` (``policies``,
    ``crises``, ``chairmen``, ``indices``, ``memoranda``, ``children``), and a plural term in its
    singular (``allies`` in ``ally``); not ``life`` in ``lives``, which is more often a verb."""
    en = _terms(
        tmp_path,
        "en,fr\npolicy,politique\ncrisis,crise\nchairman,président\nindex,indice\nmemorandum,mémorandum\n"
        "child,enfant\nallies,alliés\nlife,vie\n",
    )
    for english in (
        "Their policies differ.",
        "Two crises at once.",
        "The chairmen met.",
        "Both indices fell.",
        "The memoranda were signed.",
        "The children played.",
        "Our closest ally.",
    ):
        assert en.used([english]) == 1, english
    assert _missed(en, "The children played.", "Les petites filles jouaient.") == ["child: none of enfant"]
    assert _missed(en, "Their policies differ.", "Leurs politiques diffèrent.") == []
    assert en.used(["Whoever lives there."]) == 0


def test_german_source_nouns_decline_but_verbs_and_other_nouns_stay_apart(tmp_path):
    """German terms are found in their declined forms by lemma: ``Wänden`` and ``Mitgliedern``
    are uses of ``Wand`` and ``Mitglied``, ``künstlichen Intelligenzen`` of ``künstliche
    Intelligenz``; the verb ``wandern`` is not a use of ``Wand``, nor ``Eisen`` (iron) of ``Eis``
    (ice), nor ``Klettern`` (climbing) of ``Kletterer`` (climber). Measured on Text+Berg's gold
    links with 34 mountaineering terms (bench/glossary.py): 265 uses found instead of 241, 7 more
    terms missed, each where the French has another word or none."""
    de = _terms(
        tmp_path,
        "de,fr\nWand,paroi\nMitglied,membre\nEis,glace\nKletterer,grimpeur\nkünstliche Intelligenz,IA\n",
        "de",
        "fr",
    )
    assert _missed(de, "In den Wänden von Uschenen.", "Dans les faces d'Üsche.") == ["Wand: none of paroi"]
    assert _missed(de, "In den Wänden von Uschenen.", "Dans les parois d'Üsche.") == []
    assert de.used(["Die Mitgliedern der Sektion."]) == 1
    assert de.used(["Wir wandern ein wenig umher.", "Das Eisen, unsere schweren Haken."]) == 0
    assert de.used(["Wie das technische Klettern geht."]) == 0
    assert de.used(["Die Kletterer der Sektion."]) == 1
    assert de.used(["Die künstlichen Intelligenzen."]) == 1


def test_tbx_entries_in_two_versions_of_the_standard_with_terms_not_to_use(tmp_path):
    """TBX 2 (``martif``, ``termEntry`` / ``langSet`` / ``tig`` or ``ntig``) and TBX 3
    (namespaced ``conceptEntry`` / ``langSec`` / ``termSec``): a deprecated rendering in the
    target is flagged even beside the preferred one's absence being the same link's fault, and
    the entry's third language is simply not used for an English-French pair."""
    tbx2 = _tbx2(
        tmp_path,
        "terms.tbx",
        """ <termEntry id="t1">
  <langSet xml:lang="en-US"><tig><term>misinformation</term></tig></langSet>
  <langSet xml:lang="fr-FR">
   <ntig><termGrp><term>mésinformation</term>
    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
   <ntig><termGrp><term>désinformation</term>
    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
  </langSet>
  <langSet xml:lang="de"><tig><term>Fehlinformation</term></tig></langSet>
 </termEntry>
 <termEntry id="t2"><langSet xml:lang="en"><tig><term>OSCE</term></tig></langSet></termEntry>
""",
    )
    glossary = read_glossary(tbx2)
    assert glossary.langs == ("en", "fr", "de") and len(glossary.entries) == 2
    terms = glossary.for_pair("en", "fr", [], [])
    # the English-only entry has no rendering to check: left out, and the run's note says so
    assert len(terms.terms) == 1 and terms.left_out == 1
    assert terms.note([], []).startswith(
        f"glossary {tbx2}: 1 term (1 entry left out: no term in both English (en) and French (fr)), 0 used"
    )
    assert _missed(terms, EN_STATE, FR_STATE) == ["désinformation: not to use (mésinformation)"]
    assert _missed(terms, EN_STATE, FR_STATE.replace("désinformation", "mésinformation")) == []
    tbx3 = _write(
        tmp_path,
        "terms3.tbx",
        """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
 <conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>State Department</term></termSec></langSec>
  <langSec xml:lang="fr">
   <termSec><term>Département d’État</term></termSec>
   <termSec><term>ministère des Affaires étrangères</term>
    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
  </langSec>
 </conceptEntry>
</body></text></tbx>
""",
    )
    terms = read_glossary(tbx3).for_pair("en", "fr", [], [])
    assert terms.terms[0].targets == ("Département d’État", "ministère des Affaires étrangères")
    assert _missed(terms, EN_STATE, FR_STATE) == []
    assert _missed(terms, EN_STATE, "Le ministère des Affaires étrangères a préparé ces documents.") == []


def test_tbx3_dct_status_elements_and_every_status_not_to_use(tmp_path):
    """TBX 3 in its DCT style writes the status as an element of its module
    (``<basic:administrativeStatus>``), not a ``termNote``: read too (before, a deprecated term
    so marked was allowed). TBX-Basic's not-recommended and obsolete terms are not to use, as
    deprecated ones are (before, both passed)."""
    for status in ("deprecatedTerm-admn-sts", "notRecommendedTerm-admn-sts", "obsoleteTerm-admn-sts"):
        dct = _write(
            tmp_path,
            "dct.tbx",
            f"""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body>
 <conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>misinformation</term></termSec></langSec>
  <langSec xml:lang="fr">
   <termSec><term>mésinformation</term></termSec>
   <termSec><term>désinformation</term><basic:administrativeStatus>{status}</basic:administrativeStatus></termSec>
  </langSec>
 </conceptEntry>
</body></text></tbx>
""",
        )
        terms = read_glossary(dct).for_pair("en", "fr", [], [])
        assert _missed(terms, EN_STATE, FR_STATE) == ["désinformation: not to use (mésinformation)"], status


def test_a_form_not_to_use_is_matched_by_its_inflections_not_by_the_stem_it_shares(tmp_path):
    """A termbase that prefers the inclusive ``Übersetzende`` to ``Übersetzer``: both share the
    Snowball stem ``ubersetz``, so matched by stem the preferred form would be flagged as the one
    not to use. Renderings are matched by stem, forms not to use by their declension only."""
    tbx = _tbx2(
        tmp_path,
        "inclusive.tbx",
        """ <termEntry id="t1">
  <langSet xml:lang="en"><tig><term>translators</term></tig></langSet>
  <langSet xml:lang="de">
   <ntig><termGrp><term>Übersetzende</term></termGrp></ntig>
   <ntig><termGrp><term>Übersetzer</term>
    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
  </langSet>
 </termEntry>
""",
    )
    terms = read_glossary(tbx).for_pair("en", "de", [], [])
    english = "The translators met in Geneva."
    assert _missed(terms, english, "Die Übersetzenden trafen sich in Genf.") == []
    assert _missed(terms, english, "Die Übersetzer trafen sich in Genf.") == [
        "Übersetzer: not to use (Übersetzende)"
    ]
    assert _missed(terms, english, "Mit den Übersetzern in Genf.") == [
        "Übersetzer: not to use (Übersetzende)"
    ]


def test_a_glossary_is_turned_to_the_pairs_direction(tmp_path):
    """A file that names its languages (a header of codes, or TBX) is read in the pair's
    direction whichever comes first; one that does not (DeepL's two columns) is read in the
    direction in which more of its terms occur in the texts."""
    texts = ([EN_GUARANTEES, EN_STATE], [FR_GUARANTEES, FR_STATE])
    named = read_glossary(_write(tmp_path, "fr_en.csv", "fr,en\ngaranties de sécurité,security guarantees\n"))
    terms = named.for_pair("en", "fr", *texts)
    assert terms.terms[0].sources == ("security guarantees",) and not terms.reversed
    plain = read_glossary(
        _write(
            tmp_path,
            "plain.tsv",
            "garanties de sécurité\tsecurity guarantees\nDépartement d'État\tState Department\n",
        )
    )
    terms = plain.for_pair("en", "fr", *texts)
    assert terms.reversed and terms.terms[1].sources == ("State Department",)
    assert _missed(terms, EN_STATE, FR_STATE) == []
    forward = read_glossary(_write(tmp_path, "fwd.tsv", "security guarantees\tgaranties de sécurité\n"))
    assert not forward.for_pair("en", "fr", *texts).reversed
    with pytest.raises(
        AlignError, match=r"de_en\.csv: the glossary has no fr terms \(its languages: de, en\)"
    ):
        read_glossary(_write(tmp_path, "de_en.csv", "de,en\nSicherheit,security\n")).for_pair(
            "en", "fr", *texts
        )


def test_a_header_naming_its_languages_in_words_is_read_as_their_codes(tmp_path):
    """Spreadsheets head their columns ``French (France)`` / ``English`` or ``Source (fr)``;
    a first term pair that looks like codes but names no language (``sea,mer``) stays a pair."""
    texts = ([EN_GUARANTEES, EN_STATE], [FR_GUARANTEES, FR_STATE])
    for head in (
        "French (France),English",
        "Source (fr),Target (en)",
        "Français,English",
    ):
        named = read_glossary(
            _write(tmp_path, "words.csv", f"{head}\ngaranties de sécurité,security guarantees\n")
        )
        assert named.named and named.langs == ("fr", "en"), head
        assert named.for_pair("en", "fr", *texts).terms[0].sources == ("security guarantees",)
    pair = read_glossary(_write(tmp_path, "sea.csv", "sea,mer\nsecurity guarantees,garanties de sécurité\n"))
    assert not pair.named and len(pair.entries) == 2
    noted = read_glossary(
        _write(
            tmp_path,
            "noted.csv",
            "ID,French,English,Definition\n7,garanties de sécurité,security guarantees,x\n",
        )
    )
    assert noted.named and noted.langs == ("fr", "en")
    assert noted.for_pair("en", "fr", *texts).terms[0].targets == ("garanties de sécurité",)
    # a row whose rendering is not written yet is left out, and counted (it was dropped unsaid)
    pending = read_glossary(
        _write(tmp_path, "pending.csv", "en,fr\nsecurity guarantees,garanties de sécurité\nbreakthrough,\n")
    ).for_pair("en", "fr", *texts)
    assert [t.sources for t in pending.terms] == [("security guarantees",)] and pending.left_out == 1


def test_several_renderings_header_words_and_separators(tmp_path):
    """Rows repeating a source term add renderings; a ``source,target`` header is no term pair;
    semicolons separate where commas do not; ``#`` lines are comments."""
    glossary = read_glossary(
        _write(
            tmp_path,
            "terms.csv",
            "Source;Target\n# diplomatic terms\ntalks;pourparlers\ntalks;rencontre\nTalks;négociations\n",
        )
    )
    assert not glossary.named and len(glossary.entries) == 1
    terms = glossary.for_pair("en", "fr", [], [])
    assert terms.terms[0].targets == ("pourparlers", "rencontre", "négociations")
    assert _missed(terms, EN_GUARANTEES, FR_GUARANTEES) == []
    assert _missed(terms, EN_GUARANTEES, FR_STATE) == [
        "talks: none of pourparlers / rencontre / négociations"
    ]


def test_an_excel_glossary_reads_as_its_first_sheet(tmp_path):
    """The table translators keep in Excel: a header of language codes with a region, a
    rendering per row, an empty row and a numeric cell; the other sheets are not read."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (
        ("fr-FR", "en-GB"),
        ("garanties de sécurité", "security guarantees"),
        (None, None),
        ("percée", "breakthrough"),
        ("2022", 2022),
    ):
        sheet.append(row)
    workbook.create_sheet("notes").append(("misinformation", "mésinformation"))
    path = tmp_path / "terms.xlsx"
    workbook.save(path)
    glossary = read_glossary(path)
    assert glossary.named and glossary.langs == ("fr", "en") and len(glossary.entries) == 3
    terms = glossary.for_pair("en", "fr", [], [])
    assert [t.sources for t in terms.terms] == [("security guarantees",), ("breakthrough",), ("2022",)]
    assert _missed(terms, EN_GUARANTEES, FR_GUARANTEES) == []
    english = "We do not expect a breakthrough at these negotiations either."
    assert _missed(terms, english, "Nous n’attendons rien de cette rencontre.") == [
        "breakthrough: none of percée"
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty.csv: is empty"),
        ("blob.csv", b"\x00\x01\x02\x03" * 64, "blob.csv: looks like a binary file"),
        ("one.csv", b"security guarantees\nState Department\n", "one.csv: no term pairs found"),
        ("bad.tbx", b"<martif><text><body><termEntry>", "bad.tbx: not a well-formed TBX file"),
        (
            "mono.tbx",
            b'<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>OSCE</term></tig>'
            b"</langSet></termEntry></body></text></martif>",
            "mono.tbx: no TBX entry with terms in two languages",
        ),
        ("missing.csv", None, "missing.csv: no such file"),
        ("broken.xlsx", b"PK\x03\x04" + bytes(60), "broken.xlsx: cannot be read as an Excel glossary"),
        # a stray quote ran every row after it into one cell, read as "no term in both languages"
        (
            "quote.csv",
            'en,fr\nnegotiations,négociations\n"conditions,conditions\ndelegation,délégation\n'.encode(),
            "quote.csv: row 3 opens a quote that is not closed on its line",
        ),
    ],
)
def test_a_glossary_that_cannot_be_used_is_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AlignError, match=message):
        read_glossary(path)


def test_term_mismatch_on_the_sample_flags_exactly_the_links_that_break_the_glossary(tmp_path, embedder):
    """The README's pair with a glossary the French keeps but for two terms: "misinformation",
    which a client wants as "mésinformation" and the French renders "désinformation" (marked
    not to use), and "negotiations", which the French renders "réunion" and "rencontre". Only
    the links holding those source sentences are flagged ``term_mismatch``, each with what it
    missed; the same glossary with the French choices accepted flags nothing."""
    table = (
        "en,fr\nsecurity guarantees,garanties de sécurité\nState Department,Département d'État\n"
        "counter proposals,contre-propositions\nbreakthrough,percée\nOSCE,OSCE\n"
        "indivisibility of security,indivisibilité de la sécurité\nnegotiations,négociations\n"
        "misinformation,mésinformation\n"
    )
    strict = read_glossary(_write(tmp_path, "strict.csv", table))
    result = run_pair(EN_REMARKS, MIXED, embedder=embedder, glossary=strict)
    flagged = {s.link.src: s for s in result.scored if "term_mismatch" in s.flags}
    texts = {src: " ".join(result.streams.src[i].text for i in src) for src in flagged}
    assert len(flagged) == 3
    assert sum("negotiations" in t for t in texts.values()) == 2
    assert sum("misinformation" in t for t in texts.values()) == 1
    for src, scored in flagged.items():
        assert scored.drift >= 0.5
        missed = (
            "misinformation: none of mésinformation"
            if "misinformation" in texts[src]
            else ("negotiations: none of négociations")
        )
        assert f"term_mismatch: {missed}" in scored.details
    assert result.glossary_note() == (
        f"glossary {tmp_path / 'strict.csv'}: 8 terms, 8 used in the source; 3 links miss one (term_mismatch): "
        "negotiations 2, misinformation 1"
    )
    # the reports list the terms missed, most first, as the summary line names them
    frame = links_frame(result.scored, result.streams.src, result.streams.tgt)
    assert (
        "| glossary term missed | links |\n|---|---:|\n| negotiations: none of négociations | 2 |\n"
        "| misinformation: none of mésinformation | 1 |\n" in render_markdown(frame, "sample")
    )
    assert (
        '<table id="term-misses"><tr><td>negotiations: none of négociations</td><td class="num">2</td></tr>'
        in render_html(frame, "sample")
    )
    lenient = read_glossary(
        _write(
            tmp_path,
            "lenient.csv",
            table + "negotiations,rencontre\nnegotiations,réunion\nmisinformation,désinformation\n",
        )
    )
    result = run_pair(EN_REMARKS, MIXED, embedder=embedder, glossary=lenient)
    assert not [s for s in result.scored if "term_mismatch" in s.flags]
    frame = links_frame(result.scored, result.streams.src, result.streams.tgt)
    assert "term-misses" not in render_html(frame, "sample")
    assert "glossary term missed" not in render_markdown(frame, "sample")


def test_a_glossary_the_translation_ignores_flags_its_links_but_the_texts_stay_parallel(tmp_path, embedder):
    """A glossary that every link breaks (its "the" and "of" rendered by words the French never
    uses) flags nearly every link, but a missed term says nothing of whether the two texts are
    versions of each other: the run is not turned into "no parallel content found"."""
    glossary = read_glossary(_write(tmp_path, "odd.csv", "en,fr\nthe,zzz\nof,yyy\nwe,xxx\n"))
    result = run_pair(EN_REMARKS, MIXED, embedder=embedder, glossary=glossary)
    missed = [s for s in result.scored if "term_mismatch" in s.flags]
    assert len(missed) >= 7 and all(s.drift >= 0.5 for s in missed)
    counts = dict(re.findall(r"(\w+) (\d+)", result.glossary_note().split("(term_mismatch): ")[1]))
    assert sorted(counts) == ["of", "the", "we"]
    assert sorted(map(int, counts.values()), reverse=True) == [int(n) for n in counts.values()]
    first, most = next(iter(counts.items()))
    assert int(most) <= len(missed)
    assert result.glossary_note(most=1).endswith(f"(term_mismatch): {first} {most}, 2 more")
    result.check_parallel()
    plain = run_pair(EN_REMARKS, MIXED, embedder=embedder)
    for with_terms, without in zip(result.scored, plain.scored):
        assert with_terms.link == without.link
        assert drift_without(with_terms, "term_mismatch") == pytest.approx(without.drift, abs=2e-4)


def test_an_exported_alignment_is_checked_against_a_glossary_without_realigning(tmp_path, embedder):
    """``score.recheck_terms`` on the frame of a run without a glossary gives what aligning with
    it gives (flags, details, drift). Once the reviewer has made a flagged target use the
    glossary's rendering, the flag, its detail and its share of the drift go, the link's other
    flags (a number) staying as they were."""
    strict = read_glossary(
        _write(tmp_path, "strict.csv", "en,fr\nmisinformation,mésinformation\nnegotiations,négociations\n")
    )
    plain = run_pair(EN_REMARKS, MIXED, embedder=embedder)
    checked = run_pair(EN_REMARKS, MIXED, embedder=embedder, glossary=strict)
    frame = links_frame(plain.scored, plain.streams.src, plain.streams.tgt)
    expected = links_frame(checked.scored, checked.streams.src, checked.streams.tgt)
    rechecked, note = recheck_terms(frame, strict)
    assert rechecked["flags"].to_list() == expected["flags"].to_list()
    assert rechecked["details"].to_list() == expected["details"].to_list()
    assert max(abs(a - b) for a, b in zip(rechecked["drift"], expected["drift"])) <= 2e-4
    assert sum("term_mismatch" in f for f in rechecked["flags"]) == 3
    k = next(i for i, d in enumerate(rechecked["details"]) if "misinformation: none of" in d)
    assert rechecked["flags"][k] == "number_mismatch,term_mismatch"
    edited = rechecked.with_columns(
        pl.Series(
            "tgt_text",
            [
                t.replace("désinformation", "mésinformation") if i == k else t
                for i, t in enumerate(rechecked["tgt_text"])
            ],
        )
    )
    again, _ = recheck_terms(edited, strict)
    assert again["flags"][k] == "number_mismatch" and again["details"][k] == frame["details"][k]
    assert abs(again["drift"][k] - frame["drift"][k]) <= 2e-4
    assert sum("term_mismatch" in f for f in again["flags"]) == 2
    assert note == checked.glossary_note()
    assert note.endswith("3 links miss one (term_mismatch): negotiations 2, misinformation 1")
    # a link flagged for its drift alone keeps its note until it gains a flag (round AE, stop 63)
    j = next(i for i, d in enumerate(rechecked["details"]) if "negotiations: none of" in d)
    noted = frame.with_columns(
        pl.Series(
            "details",
            [
                ("drift: similarity 0.84, low for this document" if i == j else d)
                for i, d in enumerate(frame["details"])
            ],
        ),
        pl.Series("flags", ["" if i == j else f for i, f in enumerate(frame["flags"])]),
    )
    assert recheck_terms(noted, strict)[0]["details"][j].startswith("term_mismatch: negotiations: none of")


def test_cli_glossary_flags_and_reports_and_a_bad_one_fails_before_any_output(tmp_path):
    glossary = _write(tmp_path, "terms.tsv", "en\tfr\nmisinformation\tmésinformation\n")
    out = tmp_path / "out"
    ran = run_cli("pair", str(EN_REMARKS), str(MIXED), "--out", str(out), "-q", "--glossary", str(glossary))
    assert ran.returncode == 0, ran.stderr
    assert (
        f"glossary {glossary}: 1 term, 1 used in the source; 1 link misses one (term_mismatch): misinformation 1"
        in ran.stdout
    )
    assert "term_mismatch (misinformation: none of mésinformation)" in ran.stdout
    frame = read_tsv(next(out.glob("*.tsv")))
    rows = [r for r in frame.iter_rows(named=True) if "term_mismatch" in r["flags"]]
    assert len(rows) == 1 and "misinformation" in rows[0]["src_text"]
    bad = _write(tmp_path, "bad.csv", "misinformation\n")
    empty_out = tmp_path / "nothing"
    ran = run_cli("pair", str(EN_REMARKS), str(MIXED), "--out", str(empty_out), "--glossary", str(bad))
    assert ran.returncode == 2
    assert ran.stderr.strip().splitlines() == [
        f"error: {bad}: no term pairs found (one pair a row: source term, target term; "
        "tab- or comma-separated, an optional header of language codes such as en,fr)"
    ]
    assert not empty_out.exists()  # not even the folder: it is made when outputs are written
    lenient = _write(
        tmp_path, "lenient.tsv", "en\tfr\nmisinformation\tmésinformation\nmisinformation\tdésinformation\n"
    )
    tsv = next(out.glob("*.tsv"))
    ran = run_cli(
        "export", str(tsv), "--format", "tsv,tmx", "--out", str(tmp_path / "re"), "--glossary", str(lenient)
    )
    assert ran.returncode == 0, ran.stderr
    assert f"glossary {lenient}: 1 term, 1 used in the source; 0 links miss one (term_mismatch)" in ran.stdout
    again = read_tsv(tmp_path / "re" / tsv.name)
    assert not any("term_mismatch" in f for f in again["flags"]) and again.height == frame.height
    assert "term_mismatch" not in (tmp_path / "re" / tsv.with_suffix(".tmx").name).read_text(encoding="utf-8")
    ran = run_cli("export", str(tsv), "--out", str(tmp_path / "none"), "--glossary", str(bad))
    assert ran.returncode == 2 and ran.stderr.startswith(f"error: {bad}: no term pairs found")
    assert not (tmp_path / "none").exists() or list((tmp_path / "none").iterdir()) == []


def test_a_glossary_without_languages_whose_renderings_the_target_lacks_says_so(tmp_path):
    """An English-French glossary without a header, used on an English-German pair: its terms
    are in the source but hardly any rendering in the target (``Desinformation`` only), so the
    note asks whether it is a glossary of another language. Before, four links were flagged and
    nothing hinted why. On the French target it says nothing."""
    path = tmp_path / "terms.csv"
    path.write_text(
        "negotiations,négociations\nmisinformation,désinformation\nmeeting,réunion\nconditions,conditions\n"
        "press conference,conférence de presse\n",
        encoding="utf-8",
    )
    en = [
        "The negotiations were difficult.",
        "We reject misinformation.",
        "The next meeting is in March.",
        "We will not accept these conditions.",
        "The press conference ended at noon.",
    ]
    de = [
        "Die Verhandlungen waren schwierig.",
        "Wir weisen Desinformation zurück.",
        "Das nächste Treffen ist im März.",
        "Wir werden diese Bedingungen nicht akzeptieren.",
        "Die Pressekonferenz endete am Mittag.",
    ]
    fr = [
        "Les négociations ont été difficiles.",
        "Nous rejetons la désinformation.",
        "La prochaine réunion a lieu en mars.",
        "Nous n'accepterons pas ces conditions.",
        "La conférence de presse s'est terminée à midi.",
    ]
    glossary = read_glossary(path)
    german = glossary.for_pair("en", "de", en, de)
    assert german.unrendered and "is it a glossary of another language?" in german.note(en, [])
    french = glossary.for_pair("en", "fr", en, fr)
    assert not french.unrendered and "another language" not in french.note(en, [])


def test_round_ae_nested_terms_compounds_and_forms_not_to_use_where_the_term_is(tmp_path):
    """Round AE (stop 63), a terminologist's termbases: ``share`` was required beside ``market
    share`` (rendered ``part de marché``), a rendering inside a compound (``Standardordner``) was no
    rendering, and a form not to use was flagged where the source does not use its term
    (``appareil de surveillance`` in a sentence on monitoring equipment)."""
    nested = _terms(tmp_path, "en,fr\nshare,action\nmarket share,part de marché\n")
    assert _missed(nested, "Our market share grew.", "Notre part de marché a augmenté.") == []
    assert _missed(
        nested, "Our market share grew and each share rose.", "Notre part de marché a augmenté."
    ) == ["share: none of action"]
    compound = _terms(tmp_path, "en,de\nfolder,Ordner\n", "en", "de")
    assert _missed(compound, "Save it in the default folder.", "Speichern Sie sie im Standardordner.") == []
    assert _missed(
        compound, "Save it in the default folder.", "Speichern Sie sie im Standardverzeichnis."
    ) == ["folder: none of Ordner"]
    tbx = _tbx2(
        tmp_path,
        "device.tbx",
        """ <termEntry id="t1">
  <langSet xml:lang="en"><tig><term>device</term></tig></langSet>
  <langSet xml:lang="fr">
   <ntig><termGrp><term>dispositif</term></termGrp></ntig>
   <ntig><termGrp><term>appareil</term>
    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
  </langSet>
 </termEntry>
""",
    )
    terms = read_glossary(tbx).for_pair("en", "fr", [], [])
    assert _missed(terms, "Keep the device dry.", "Gardez l'appareil au sec.") == [
        "appareil: not to use (dispositif)"
    ]
    assert _missed(terms, "The monitoring equipment is old.", "L'appareil de surveillance est ancien.") == []
