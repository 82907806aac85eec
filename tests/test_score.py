"""Drift score and flags, on real English/French text.

Real pairs come from the repo's seeds (Lavrov's Geneva opening remarks, English vs French) and
from the TransRead EN-FR gold alignments (tests that need those skip when shared/ is absent).
Similarities are set by hand: the embedding model is not needed here.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
from conftest import GENEVA_ZH, REMARKS, en_remarks_tail
from hypothesis import given, settings
from hypothesis import strategies as st

from align import checks
from align.checks import numbers
from align.errors import AlignError
from align.pipeline import score_aligned
from align.score import DriftConfig, contrast_gains, is_flagged, negation_probes, score_links, unpunctuated
from align.types import FLAG_NAMES, Link, ScoredLink, Sentence, isolated_runs, split_details

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TRANSREAD = SHARED / "bench" / "transread_en_fr"
needs_transread = pytest.mark.skipif(not TRANSREAD.is_dir(), reason="shared/bench not present")


def _sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        out.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý“\"])", para) if s)
    return out


@cache
def geneva() -> tuple[list[str], list[str]]:
    """English opening remarks and their French version, as sentences."""
    en = (SEEDS / "geneva_2022-01-21_lavrov_opening_remarks_en.txt").read_text(encoding="utf-8")
    mixed = (SEEDS / "geneva_2022-01-21_lavrov_press_conference_en_fr.txt").read_text(encoding="utf-8")
    fr = mixed.split("Source :", 1)[1]
    return _sentences(en), _sentences(fr)


def find(sentences: list[str], start: str) -> str:
    return next(s for s in sentences if s.startswith(start))


@cache
def transread() -> dict[str, tuple[list[str], list[str], list[Link]]]:
    """Every TransRead book: English lines, French lines, gold links."""
    books = {}
    for gold in sorted((TRANSREAD / "gold").iterdir()):
        en = (TRANSREAD / "en" / gold.name).read_text(encoding="utf-8").split("\n")
        fr = (TRANSREAD / "fr" / gold.name).read_text(encoding="utf-8").split("\n")
        links = []
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                left, right = line.split(":")
                src = tuple(int(x) for x in re.findall(r"\d+", left))
                tgt = tuple(int(x) for x in re.findall(r"\d+", right))
                links.append(Link(src, tgt))
        books[gold.name] = (en, fr, links)
    return books


def doc(
    pairs: list[tuple[str, str]], sims: list[float] | None = None, tgt_lang: str = "fr"
) -> tuple[list[Link], list[Sentence], list[Sentence]]:
    """A 1-1 document from (English, French) pairs, with similarities and margins set by hand."""
    sims = sims or [0.91 + 0.01 * ((i * 7) % 5 - 2) for i in range(len(pairs))]
    src = [Sentence(i, e, "en") for i, (e, _) in enumerate(pairs)]
    tgt = [Sentence(i, f, tgt_lang) for i, (_, f) in enumerate(pairs)]
    links = [Link((i,), (i,), s, round(s - 0.86, 4)) for i, s in enumerate(sims)]
    return links, src, tgt


@cache
def geneva_pairs() -> list[tuple[str, str]]:
    """Hand-aligned sentence pairs of the Geneva remarks (faithful renderings)."""
    en, fr = geneva()
    beads = [
        ("When you made the phone call", ("Quand vous m’avez appelé", "Nous espérons que cette")),
        ("Yesterday we spent", ("Nous avons lu hier",)),
        ("It is with great interest", ("J’ai pris connaissance", "J’espère que quelqu’un")),
        ("So I heard one of your last", ("Dans l’une des déclarations",)),
        ("We do not expect a breakthrough", ("Nous n’attendons pas non plus",)),
    ]
    return [(find(en, a), " ".join(find(fr, b) for b in bs)) for a, bs in beads]


@cache
def filler_pairs(n: int = 24) -> list[tuple[str, str]]:
    """Real faithful pairs to make a document around the pair under test (Candide, gold 1-1)."""
    en, fr, links = transread()["Candide"]
    pairs = [(en[lk.src[0]], fr[lk.tgt[0]]) for lk in links if lk.type == "1-1"]
    return [p for p in pairs if len(p[0]) > 60][:n]


def score_pair(en: str, fr: str, sim: float = 0.91, tgt_lang: str = "fr") -> ScoredLink:
    pairs = [*filler_pairs(), (en, fr)]
    sims = [0.91 + 0.01 * ((i * 7) % 5 - 2) for i in range(len(pairs) - 1)] + [sim]
    links, src, tgt = doc(pairs, sims, tgt_lang)
    return score_links(links, src, tgt)[-1]


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


# fmt: off
@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("The budget of 5.2 million kronor still holds.", "Budgeten på 5,2 miljoner kronor gäller fortfarande.", "sv"),
        ("It costs 3 billion kronor.", "Det kostar 3 miljarder kronor.", "sv"),
        ("The budget of 52.6 billion kroner still holds.", "Budgettet på 52,6 milliarder kroner holder stadig.", "da"),
        ("The budget of 52.6 billion kroner still holds.", "Budgettet på 52,6 mia. kr. holder stadig.", "da"),
        ("About 40,000 people came.", "Omtrent 40 tusen personer kom.", "no"),
        ("The repairs cost 3.5 million lei.", "Reparațiile au costat 3,5 milioane de lei.", "ro"),
        ("The repairs cost 38 million euros.", "Die Reparatur kostete achtunddreißig Millionen Euro.", "de"),
    ],
)
# fmt: on
def test_scale_words_of_swedish_danish_norwegian_romanian_and_german_eszett(en: str, other: str, lang: str) -> None:
    """A held-out reviewer's faithful Swedish, Danish and Romanian renderings were flagged
    ``number_mismatch`` (drift 0.90 to 0.98): ``miljoner``, ``milliarder``, ``mia.``,
    ``milioane`` after digits were not read as scales (``5,2 miljoner`` was 5.2); and German
    ``achtunddreißig Millionen`` was a million, its ``ß`` word not found in the folded table."""
    assert checks.extract_numbers(en, "en") == checks.extract_numbers(other, lang)
    assert not checks.number_mismatch(en, "en", other, lang)


def test_number_words_normalise_in_both_languages() -> None:
    assert checks.extract_numbers("He was twenty-nine years old.", "en") == {29.0: 1}
    assert checks.extract_numbers("Il avait vingt-neuf ans.", "fr") == {29.0: 1}
    assert checks.extract_numbers("quatre-vingt-dix jours", "fr") == {90.0: 1}
    assert checks.extract_numbers("soixante et onze quartiers", "fr") == {71.0: 1}
    assert checks.extract_numbers("a hundred and five men", "en") == {105.0: 1}
    assert checks.extract_numbers("six mille six cent vingt-quatre mètres", "fr") == {6624.0: 1}
    # "one"/"un"/"une" are articles or pronouns, not numbers
    assert checks.extract_numbers("une réponse, un pays, one of them", "fr") == {}
    assert checks.extract_numbers("one of your last statements", "en") == {}


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("1,000 troops", "1 000 soldats"),
        ("1,000 troops", "1\u00a0000 soldats"),
        ("1,000 troops", "1\u202f000 soldats"),
        ("1,000 troops", "1.000 soldats"),
        ("3.5 per cent", "3,5 %"),
        ("the 1970s", "les années 1970"),
        ("the first meeting", "la première réunion"),
        ("on 21 January", "le 21 janvier"),
        ("at 4 p.m.", "à 16 h"),
        ("$5 billion", "5 milliards de dollars"),
        ("Chapter 14", "Chapitre XIV"),
        ("a speed of 18.5 miles per hour", "une vitesse de dix-huit milles cinq dixièmes"),
        ("a speed of 13.43 knots", "une vitesse de treize noeuds quarante-trois centièmes"),
        ("a length of 2.25 meters", "longue de deux mètres vingt-cinq centimètres"),
        ("It costs 3.50 euros.", "Cela coûte 3 euros 50."),
    ],
)
def test_number_forms_match_across_languages(en: str, fr: str) -> None:
    assert not checks.number_mismatch(en, "en", fr, "fr")


def test_a_french_decimal_in_words_is_one_number() -> None:
    """Vingt mille lieues sous les mers (TransRead): ``dix-huit milles cinq dixièmes`` was read
    as 18, 5 and 10 against the English 18.5 (8 of its gold 1-1 pairs flagged for a number);
    read as one number, a changed decimal still shows."""
    assert [m.value for m in checks.number_mentions("dix-huit milles et trois dixièmes", "fr")] == [18.3]
    assert checks.number_mismatch(
        "a speed of 18.5 miles", "en", "une vitesse de dix-huit milles trois dixièmes", "fr"
    )
    assert checks.number_mismatch("It costs 3.50 euros.", "en", "Cela coûte 3 euros 60.", "fr")
    assert [m.value for m in checks.number_mentions("Il a 3 euros et 50 pommes.", "fr")] == [3.0, 50.0]


def test_a_bare_une_does_not_match_the_french_reading_of_an_english_thousand() -> None:
    """``1,000`` is 1.0 in French only: a French ``une`` elsewhere in the sentence no longer
    stands for the thousand when the translation's ``mille`` becomes ``sept``."""
    en = "It was traveling at a speed of 13.43 knots under the thrust of its 1,000-horsepower engines ."
    fr = "Il marchait avec une vitesse de treize noeuds quarante-trois centièmes sous la poussée de ses {} chevaux ."
    assert not checks.number_mismatch(en, "en", fr.format("mille"), "fr")
    assert checks.number_mismatch(en, "en", fr.format("sept"), "fr")
    assert not checks.number_mismatch("one of them", "en", "l'un d'eux", "fr")


def test_dates_on_the_geneva_heading() -> None:
    en, fr = geneva()
    en_date = find(en, "JANUARY 21, 2022")
    fr_heading = find(fr, "Allocution d’ouverture")
    assert "21 janvier 2022" in fr_heading
    assert not checks.number_mismatch(en_date, "en", fr_heading, "fr")
    assert not checks.number_mismatch("January 21, 2022", "en", "21 janvier 2022", "fr")
    changed = fr_heading.replace("21 janvier", "12 janvier")
    assert checks.number_mismatch(en_date, "en", changed, "fr")
    assert checks.number_mismatch("on 10 January", "en", "le 12 janvier", "fr")
    assert checks.number_mismatch("twenty-nine countries", "en", "trente-neuf pays", "fr")


def test_number_words_changed_in_literary_sentences_are_mismatches() -> None:
    """Corruptions the drift benchmark found missed (TransRead sentences, one number changed)."""
    en = "Who would believe this childish discipline , received at eight years old , from the hands of a woman of thirty"
    fr = "Qui croirait que ce châtiment d' enfant , reçu à huit ans par la main d' une fille de trente"
    assert not checks.number_mismatch(en, "en", fr, "fr")
    # "huit" is "a week" only in "huit jours": it cannot match the article "une"
    assert checks.number_mismatch(en, "en", fr.replace("huit", "quarante"), "fr")
    en = "she removed the yellow cotton covers from the crucifix and two of the candlesticks ."
    fr = "elle débarrassa la croix et deux des chandeliers de leurs housses de cotonnade jaune ."
    assert not checks.number_mismatch(en, "en", fr, "fr")
    assert checks.number_mismatch(en, "en", fr.replace("deux", "quinze"), "fr")
    assert not checks.number_mismatch("a fortnight later", "en", "quinze jours plus tard", "fr")
    assert not checks.number_mismatch("two weeks later", "en", "quinze jours plus tard", "fr")
    # a bare "cent"/"thousand" is a number, unless it is the hyperbole "a thousand times"
    assert checks.number_mismatch("Near thirty years passed", "en", "Près de cent ans se sont passés", "fr")
    assert not checks.number_mismatch("tempted a thousand times", "en", "tenté cent fois", "fr")
    assert not checks.number_mismatch("both daughters", "en", "les deux filles", "fr")
    assert checks.number_mismatch("both daughters", "en", "les trois filles", "fr")


def test_german_months_match_french_ones() -> None:
    de = "Zwei Angriffsversuche am 15. und 25. Mai verliefen jedenfalls erfolglos ."
    fr = "deux assauts , les 15 et 25 mai , échouèrent ."
    assert not checks.number_mismatch(de, "de", fr, "fr")
    assert checks.number_mismatch(de, "de", fr.replace("mai", "juin"), "fr")


@needs_transread
def test_false_number_mismatch_under_two_percent_on_gold_pairs() -> None:
    flagged, total = _gold_flag_rates()
    assert total == 300
    assert flagged["number_mismatch"] / total < 0.02


@needs_transread
def test_false_name_mismatch_low_on_gold_pairs() -> None:
    flagged, total = _gold_flag_rates()
    # Measured 3.7% on this sample (4.0% on all 4,110 1-1 links): literary translators often
    # swap a name for a pronoun or a title. Transcripts are more literal.
    assert flagged["name_mismatch"] / total < 0.07
    assert flagged["garbled"] / total < 0.01
    assert flagged["untranslated"] / total < 0.01
    assert flagged["length_ratio"] / total < 0.02


@cache
def _gold_flag_rates() -> tuple[dict[str, int], int]:
    """Flags of 300 gold 1-1 links drawn at random (seed 0) over all books, each book scored as a
    document of its full sentence streams (no similarities, so only the text checks speak)."""
    books = transread()
    candidates = [(name, lk) for name, (_, _, links) in books.items() for lk in links if lk.type == "1-1"]
    sample = random.Random(0).sample(candidates, 300)
    counts = dict.fromkeys(FLAG_NAMES, 0)
    for name, (en, fr, _) in books.items():
        links = [lk for book, lk in sample if book == name]
        if not links:
            continue
        src = [Sentence(i, t, "en") for i, t in enumerate(en)]
        tgt = [Sentence(i, t, "fr") for i, t in enumerate(fr)]
        for scored in score_links(links, src, tgt):
            for flag in scored.flags:
                counts[flag] += 1
    return counts, len(sample)


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def test_osce_and_nato_are_not_name_mismatches_but_a_dropped_name_is() -> None:
    en, fr = geneva()
    en_s = find(en, "What we expect is concrete answers")
    fr_s = find(fr, "Nous attendons les mêmes réponses")
    assert "OSCE" in en_s and "OSCE" in fr_s
    assert not checks.name_mismatch(en_s, fr_s)
    assert not checks.name_mismatch(en_s.replace("OSCE", "NATO"), fr_s.replace("OSCE", "OTAN"))
    assert checks.name_mismatch(en_s, fr_s.replace("au sein de l’OSCE", "entre nous"))

    en_g = find(en, "FOREIGN MINISTER LAVROV")
    fr_g = find(fr, "Je vous suis reconnaissant")
    assert not checks.name_mismatch(en_g, fr_g)  # Geneva / Genève
    assert checks.name_mismatch(en_g, fr_g.replace(" à Genève", ""))


def test_names_are_not_compared_with_a_script_without_capitals() -> None:
    """ "Russia" / "俄罗斯", "OSCE" / "欧安组织": a Chinese side shows no names by capitals, so
    every English name would look dropped; the check stands aside for such a pair."""
    en = _sentences(en_remarks_tail())
    zh = [s for s in re.split(r"(?<=。)", GENEVA_ZH.replace("\n", "")) if s]
    assert len(en) == len(zh) == 6
    pairs = list(zip(en, zh))
    assert any(checks.extract_names(e) for e, _ in pairs)  # Russia, State Department, OSCE
    assert not any(checks.name_mismatch(e, z, src_lang="en", tgt_lang="zh") for e, z in pairs)
    assert not any(checks.name_mismatch(z, e) for e, z in pairs)
    assert checks.name_script(zh[0]) is None and checks.name_script(en[0]) == "Latin"
    assert checks.name_script("مرحبا بكم في جنيف") is None
    assert checks.name_script("苹果公司发布了新款iPhone手机") is None
    assert checks.name_script("le sommet de l'OTAN 峰会") == "Latin"
    assert checks.name_mismatch("he met Blinken in Geneva today", "il l'a rencontré aujourd'hui")


def test_names_are_not_compared_across_scripts() -> None:
    """Names are matched by spelling, which "Russia" / "Россией" (declined) do not share: an
    English / Russian pair gets no name check, an English / English one keeps it."""
    en = _sentences(en_remarks_tail())
    ru = (
        "Вчера мы потратили много времени, чтобы ознакомиться с большим объёмом информации, "
        "подготовленной Государственным департаментом о якобы распространяемой Россией дезинформации."
    )
    assert (
        checks.name_script(ru) == "Cyrillic" and checks.name_script("Ο Λαβρόφ έφτασε στη Γενεύη") == "Greek"
    )
    assert checks.unmatched_names(en[0], ru) == ["Russia"]  # what a comparison by spelling finds
    assert not checks.name_mismatch(en[0], ru, src_lang="en", tgt_lang="ru")
    assert checks.name_mismatch(en[0], en[0].replace("Russia’s", "the"))  # one script: checked


@pytest.mark.parametrize(
    ("en", "zh", "mismatch"),
    [
        ("He spoke for 45 minutes.", "他讲了45分钟。", False),
        ("He spoke for 45 minutes.", "他讲了50分钟。", True),
        ("The meeting took place on January 21, 2022.", "会议于2022年1月21日举行。", False),
        ("The meeting took place on January 21, 2022.", "会议于2022年1月22日举行。", True),
        ("Talks resume in March.", "谈判将于3月恢复。", False),
        ("Talks resume in March.", "谈判将于4月恢复。", True),
        ("About 100,000 troops are near the border.", "大约10万名士兵驻扎在边境附近。", False),
        ("About 100,000 troops are near the border.", "大约12万名士兵驻扎在边境附近。", True),
        ("It lasted three months.", "持续了3个月。", False),
        ("The A320 landed at 3:30 pm.", "A320于下午3:30降落。", False),
    ],
)
def test_numbers_written_between_ideographs(en: str, zh: str, mismatch: bool) -> None:
    """Chinese writes digits with no space around them ("了45分"), dates as 年/月/日 and large
    numbers in 万 (ten thousand): each is read as the English side reads its own."""
    assert checks.number_mismatch(en, "en", zh, "zh") is mismatch


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("This year our exports grew by 3.5 percent.", "今年我们的出口增长了百分之三点五。", "zh", False),
        ("This year our exports grew by 3.5 percent.", "今年我们的出口增长了百分之四点五。", "zh", True),
        ("We signed twelve new agreements.", "我们签署了十二项新协议。", "zh", False),
        ("We signed twelve new agreements.", "我们签署了十三项新协议。", "zh", True),
        ("We expect the deficit to fall to 40 billion dollars.", "我们预计逆差将降至四百亿美元。", "zh", False),
        ("We expect the deficit to fall to 40 billion dollars.", "我们预计逆差将降至三百亿美元。", "zh", True),
        ("3,500 workers joined the strike.", "三千五百名工人参加了罢工。", "zh", False),
        ("3,500 workers joined the strike.", "工人参加了罢工。", "zh", True),
        ("The plant opened in 1999.", "该工厂于一九九九年投产。", "zh", False),
        ("Talks resume in March.", "谈判将于三月恢复。", "zh", False),
        ("Talks resume in March.", "谈判将于四月恢复。", "zh", True),
        ("It took three months.", "花了三个月。", "zh", False),
        ("This is the third quarter in a row.", "这是连续第三个季度。", "zh", False),
        ("We must work together on this.", "我们必须在这方面一起努力。", "zh", False),
        ("Sichuan was hit hardest.", "四川受灾最严重。", "zh", False),
        ("This is very important.", "这十分重要。", "zh", False),
        ("Sales were 300 billion yen.", "売上高は三千億円でした。", "ja", False),
        ("Sales were 300 billion yen.", "売上高は三千万円でした。", "ja", True),
        ("Two ministers signed three agreements.", "二人の大臣が三つの合意に署名した。", "ja", False),
        ("Two ministers signed three agreements.", "二人の大臣が四つの合意に署名した。", "ja", True),
        ("The budget is 1 trillion yen.", "予算は1兆円です。", "ja", False),
        ("3,000 people attended.", "3千人が参加した。", "ja", False),
        ("Descale the kettle once a month.", "月に1回水あかを取り除いてください。", "ja", False),
        ("Descale the kettle once a month.", "月に2回水あかを取り除いてください。", "ja", True),
        ("We bought 5 kg of rice.", "我们买了5千克大米。", "zh", False),
        ("The budget is 30 million won.", "예산은 3천만 원입니다.", "ko", False),
        ("The budget is 30 million won.", "예산은 2천만 원입니다.", "ko", True),
        ("Under Article 3 of the act.", "법 제3조에 따라.", "ko", False),
        (
            "In the first three quarters, trade reached 31.8 trillion yuan, up 5.3 percent.",
            "前三季度，贸易总值达到三十一点八万亿元，同比增长百分之五点三。",
            "zh",
            False,
        ),
        ("Temperatures can drop to minus 15 degrees.", "气温可降至零下十五摄氏度。", "zh", False),
        ("Temperatures can drop to 15 degrees.", "气温可降至零下十五摄氏度。", "zh", True),
        ("Prices rose by 3.5 percent.", "ارتفعت الأسعار بنسبة ٣٫٥ في المئة.", "ar", False),
        ("Prices rose by 4.5 percent.", "ارتفعت الأسعار بنسبة ٣٫٥ في المئة.", "ar", True),
        ("He paid 12,500 dollars.", "دفع ١٢٬٥٠٠ دولار.", "ar", False),
        ("He paid 12,600 dollars.", "دفع ١٢٬٥٠٠ دولار.", "ar", True),
    ],
)
def test_numbers_in_chinese_characters(en: str, other: str, lang: str, mismatch: bool) -> None:
    """Chinese and Japanese write numbers in characters as well as digits (``三千五百``,
    ``百分之三点五``, ``四百亿``, ``三つ``) and Korean puts scales after digits (``3천만``): a
    changed or dropped one is a mismatch, a lone numeral inside a word (``四川``, ``一起``,
    ``十分``, "very") is no number, and ``千克`` after digits is a unit, not a thousand. Arabic
    writes its decimal and thousands separators as letters of their own (``٣٫٥``, ``١٢٬٥٠٠``)."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch
    assert checks.numbers.reads_words("zh") and checks.numbers.names_months("ko")


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("The fund holds IDR 150,000 per member.", "Dana itu memegang Rp150.000 per anggota.", "id", False),
        ("Revenue was IDR 12.5 trillion.", "Pendapatan mencapai Rp12,5 triliun.", "id", False),
        ("Revenue was IDR 13.5 trillion.", "Pendapatan mencapai Rp12,5 triliun.", "id", True),
        ("We shipped 1.2 million tonnes.", "Kami mengirim 1,2 juta ton.", "id", False),
        ("The budget is 500 billion dong.", "Ngân sách là 500 tỷ đồng.", "vi", False),
        ("Public debt stands at 840 trillion dong.", "Nợ công ở mức 840 nghìn tỷ đồng.", "vi", False),
        ("Public debt stands at 840 billion dong.", "Nợ công ở mức 840 nghìn tỷ đồng.", "vi", True),
        ("The session opens on 20 November.", "Kỳ họp khai mạc ngày 20 tháng 11.", "vi", False),
        ("The session opens on 20 October.", "Kỳ họp khai mạc ngày 20 tháng 11.", "vi", True),
        ("Heavy rain until 20 October.", "Hujan lebat hingga 20 November.", "id", True),
        ("Results on 25 March 2026.", "Резултатите на 25 февруари 2026 г.", "bg", True),
        ("Results on 25 February 2026.", "Резултатите на 25 февруари 2026 г.", "bg", False),
        ("Funding of 2.5 billion euros.", "Финансиране от 2,5 милиарда евро.", "bg", False),
        ("The grant is ₹45 million.", "अनुदान ₹4.5 करोड़ है।", "hi", False),
        ("The grant is ₹1.5 million.", "अनुदान ₹15 लाख है।", "hi", False),
        ("The grant is ₹2.5 million.", "अनुदान ₹15 लाख है।", "hi", True),
        ("The fund reached 120 million.", "بلغ الصندوق ١٢٠ مليوناً.", "ar", False),
        ("The ruling of 14 March 2024 stands.", "令和6年3月14日の判決は維持された。", "ja", False),
        ("The ruling of 14 March 2025 stands.", "令和6年3月14日の判決は維持された。", "ja", True),
        ("Damages of ¥350 million were awarded.", "3億5000万円の損害賠償が認められた。", "ja", False),
        ("Damages of ¥12 million were awarded.", "1億2000万円の損害賠償が認められた。", "ja", True),
        ("Sales were 1.24 trillion yen.", "売上高は1兆2,400億円でした。", "ja", False),
        ("About 12,000 people attended.", "約1万2000人が参加した。", "ja", False),
        ("Between 40% and 60% of cases.", "症例の4割から6割。", "ja", False),
        ("The rate was 145 yen to the dollar.", "為替は1ドル145円だった。", "ja", False),
        ("A dividend of 120 yen per share.", "1株当たり120円の配当。", "ja", False),
    ],
)
def test_amounts_as_asian_languages_write_them(en: str, other: str, lang: str, mismatch: bool) -> None:
    """Two held-out rounds in Asian languages and Bulgarian: faithful amounts flagged
    ``number_mismatch`` at drift 0.90 because their scale words went unread (Indonesian
    ``triliun``, ``juta``, Vietnamese ``tỷ``, ``nghìn tỷ``, Bulgarian ``милиарда``, Hindi
    ``करोड़`` and ``लाख``, Arabic ``مليوناً`` with its case ending), ``Rp150.000`` read as 0 (the
    digits glued to the currency's letters), Japanese amounts in falling scales (``3億5000万``)
    read part by part, era years (``令和6年``, 2024), tenths (``4割``, 40 %), a 1 that says "per"
    (``1株当たり``) and a Vietnamese month by its number (``tháng 11``); a changed one is still
    a mismatch. Letters glued to digits inside a word stay a code (``ARM9``), not ``RM`` and 9."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch
    assert not checks.number_mentions("the ARM9 chip and the FIRM5 code", "en")


@pytest.mark.parametrize(
    ("de", "fr", "mismatch"),
    [  # Text+Berg DE-FR pairs (Swiss Alpine Club yearbooks), and each with one number changed
        (
            "Um fünf Uhr piepst eine Uhr unerbittlich Tagwache .",
            "A 5 heures , le bip-bip d' une montre",
            False,
        ),
        (
            "Um fünf Uhr piepst eine Uhr unerbittlich Tagwache .",
            "A 6 heures , le bip-bip d' une montre",
            True,
        ),
        ("Um 20.30 Uhr waren sie bei etwa 7500 m", "A 20 h. 30 ils étaient , 7500 m environ", False),
        ("Um 20.30 Uhr waren sie bei etwa 7500 m", "A 21 h. 30 ils étaient , 7500 m environ", True),
        (
            "Obwohl noch kein Achttausender , ist er hart .",
            "Bien que n' atteignant pas les 8000 , c' est dur .",
            False,
        ),
        (
            "Obwohl noch kein Achttausender , ist er hart .",
            "Bien que n' atteignant pas les 7000 , c' est dur .",
            True,
        ),
        (
            "im Bereich des sechsten , dann des siebten und schliesslich des achten Grades",
            "aux alentours du 6e degré , ont atteint ensuite le 7e , et finalement le 8e degré",
            False,
        ),
        ("Er war einundzwanzig Jahre alt .", "Il avait 21 ans .", False),
        ("Er war einundzwanzig Jahre alt .", "Il avait 22 ans .", True),
    ],
)
def test_german_numbers_in_words_and_times(de: str, fr: str, mismatch: bool) -> None:
    """German number words ("fünf", "einundzwanzig", "sechsten", "Achttausender") and times
    ("20.30 Uhr") are read, so a French "5 heures" or "20 h. 30" matches them."""
    assert checks.number_mismatch(de, "de", fr, "fr") is mismatch


@pytest.mark.parametrize(
    ("other", "lang", "mismatch"),
    [
        ("Spędził pięć lat w więzieniu.", "pl", False),
        ("Spędził 6 lat w więzieniu.", "pl", True),
        ("Strávil pět let ve vězení.", "cs", False),
        ("Strávil 6 let ve vězení.", "cs", True),
        ("他坐了五年牢。", "zh", False),
        ("他坐了6年牢。", "zh", True),
        ("Il a passé cinq ans en prison.", "fr", False),
        ("Il a passé des années en prison.", "fr", True),  # French number words are read
    ],
)
def test_a_digit_is_missing_only_where_number_words_are_read(other: str, lang: str, mismatch: bool) -> None:
    """Polish, Czech or Chinese number words are not read, so "5" against "pięć" / "pět" / "五"
    is no mismatch there; a different digit still is, and so is a number French leaves out."""
    assert checks.number_mismatch("He served 5 years in prison.", "en", other, lang) is mismatch


@pytest.mark.parametrize(
    ("other", "lang", "mismatch"),
    [
        ("El conflicto desplazó a 5 millones de personas y costó 2.500 millones de dólares.", "es", False),
        ("El conflicto desplazó a 5 millones de personas y costó 2 mil millones de dólares.", "es", True),
        ("El conflicto desplazó a 6 millones de personas y costó 2.500 millones de dólares.", "es", True),
        ("Il conflitto ha sfollato 5 milioni di persone e costato 2,5 miliardi di dollari.", "it", False),
        ("O conflito deslocou 5 milhões de pessoas e custou 2,5 bilhões de dólares.", "pt", False),
        ("Der Konflikt vertrieb 5 Millionen Menschen und kostete 2,5 Milliarden Dollar.", "de", False),
        ("Der Konflikt vertrieb 5 Mio. Menschen und kostete 2,5 Billionen Dollar.", "de", True),
        ("Конфликт вынудил 5 млн человек покинуть дома и стоил 2,5 млрд долларов.", "ru", False),
        ("Конфлікт змусив 5 мільйонів людей покинути домівки і коштував 2,5 мільярда доларів.", "uk", False),
        ("Konflikt wypędził 5 milionów ludzi i kosztował 2,5 miliarda dolarów.", "pl", False),
        ("Het conflict verdreef 5 miljoen mensen en kostte 2,5 miljard dollar.", "nl", False),
    ],
)
def test_scale_words_after_digits_are_read_in_many_languages(other: str, lang: str, mismatch: bool) -> None:
    """ "5 millones", "5 Millionen", "5 млн" are 5,000,000 as "5 million" is (before, only the
    English and French words were read, so each of these was a false number_mismatch); a
    long-scale "Billion" is a million millions, and a changed figure is still a mismatch."""
    en = "The conflict displaced 5 million people and cost 2.5 billion dollars."
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


# fmt: off
@pytest.mark.parametrize(
    ("lang", "en", "other", "mismatch"),
    [
        ("es", "He served 5 years in prison.", "Cumplió cinco años de prisión.", False),
        ("es", "He served 6 years in prison.", "Cumplió cinco años de prisión.", True),
        ("es", "He served five years in prison.", "Cumplió seis años de prisión.", True),
        ("es", "The talks lasted 35 minutes.", "Las conversaciones duraron treinta y cinco minutos.", False),
        ("es", "The talks lasted 36 minutes.", "Las conversaciones duraron treinta y cinco minutos.", True),
        ("es", "In 2022 there were 250 delegates.", "En dos mil veintidós hubo doscientos cincuenta delegados.", False),
        ("es", "There were 1,500 delegates.", "Hubo mil quinientas delegadas.", False),
        ("es", "There were 200,000 people.", "Había doscientas mil personas.", False),
        ("es", "Twenty-two countries signed.", "Firmaron veintitrés países.", True),
        ("es", "We met on 21 January 2022.", "Nos reunimos el 21 de febrero de 2022.", True),
        ("es", "We spoke yesterday.", "Hablamos ayer.", False),
        ("es", "We spoke yesterday.", "Hablamos hoy.", True),
        ("es", "We spoke this morning and will speak again today.", "Hablamos esta mañana y volveremos a hablar hoy.", False),
        ("es", "The Prime Minister spoke for the first time.", "El Primer Ministro habló por primera vez.", False),
        ("es", "I told him a thousand times.", "Se lo dije mil veces.", False),
        ("es", "He waited for 10 seconds.", "Esperó diez segundos.", False),
        ("es", "The first ten days.", "Los diez primeros días.", False),
        ("pt", "He served 6 years in prison.", "Cumpriu cinco anos de prisão.", True),
        ("pt", "The talks lasted 25 minutes.", "As conversações duraram vinte e cinco minutos.", False),
        ("pt", "The talks lasted 26 minutes.", "As conversações duraram vinte e cinco minutos.", True),
        ("pt", "In 2022 there were 250 delegates.", "Em dois mil e vinte e dois houve duzentos e cinquenta delegados.", False),
        ("pt", "There were 1,500 delegates.", "Houve mil e quinhentos delegados.", False),
        ("pt", "Between five and six.", "Entre cinco e seis.", False),
        ("pt", "We met on 21 January 2022.", "Reunimo-nos a 21 de fevereiro de 2022.", True),
        ("pt", "We spoke yesterday.", "Falámos hoje.", True),
        ("pt", "We met on Monday.", "Encontrámo-nos na segunda-feira.", False),
        ("pt", "I told him a thousand times.", "Disse-lhe mil vezes.", False),
        ("pt", "It costs 2 billion dollars.", "Custa dois bilhões de dólares.", False),
        ("it", "He served 6 years in prison.", "Ha scontato cinque anni di prigione.", True),
        ("it", "In 2022 there were 250 delegates.", "Nel duemilaventidue c'erano duecentocinquanta delegati.", False),
        ("it", "There were 1,800 delegates, 180 of them women.", "C'erano milleottocento delegati, centottanta donne.", False),
        ("it", "Twenty-one countries signed.", "Hanno firmato ventuno paesi.", False),
        ("it", "Twenty-one countries signed.", "Hanno firmato ventidue paesi.", True),
        ("it", "There were 6 delegates.", "C'erano sei delegati.", False),
        ("it", "You are sure, and there are 3 points.", "Sei sicuro, e ci sono tre punti.", False),
        ("it", "We met on 21 January 2022.", "Ci siamo incontrati il 21 febbraio 2022.", True),
        ("it", "We spoke yesterday.", "Abbiamo parlato oggi.", True),
        ("it", "According to him, it is the first time.", "Secondo lui, è la prima volta.", False),
        ("it", "Thousands of people came.", "Sono venute migliaia di persone.", False),
        ("it", "The centre of Rome.", "Il centro di Roma.", False),
        ("nl", "The talks lasted 25 minutes.", "De gesprekken duurden vijfentwintig minuten.", False),
        ("nl", "The talks lasted 26 minutes.", "De gesprekken duurden vijfentwintig minuten.", True),
        ("nl", "In 2022 there were 250 delegates.", "In tweeduizendtweeëntwintig waren er tweehonderdvijftig afgevaardigden.", False),
        ("nl", "We met on 21 January 2022.", "We ontmoetten elkaar op 21 februari 2022.", True),
        ("nl", "We spoke yesterday.", "We spraken vandaag.", True),
        ("nl", "We spoke this morning and will speak again today.", "We spraken deze morgen en spreken vandaag opnieuw.", False),
        ("nl", "A house.", "Een huis.", False),
        ("ru", "He served 5 years in prison.", "Он отсидел пять лет.", False),
        ("ru", "He served 6 years in prison.", "Он отсидел пять лет.", True),
        ("ru", "He served 5 years in prison.", "Он отсидел несколько лет.", True),
        ("ru", "The talks lasted 25 minutes.", "Переговоры длились двадцать пять минут.", False),
        ("ru", "The talks lasted 26 minutes.", "Переговоры длились двадцать пять минут.", True),
        ("ru", "In 2022 there were 250 delegates.", "В две тысячи двадцать втором году было двести пятьдесят делегатов.", False),
        ("ru", "In 1999, 1,500 delegates came.", "В тысяча девятьсот девяносто девятом году приехали полторы тысячи делегатов.", False),
        ("ru", "In 1999, 2,500 delegates came.", "В тысяча девятьсот девяносто девятом году приехали полторы тысячи делегатов.", True),
        ("ru", "Talks with 50 countries.", "Переговоры с пятьюдесятью странами.", False),
        ("ru", "Talks with 50 countries.", "Переговоры с шестьюдесятью странами.", True),
        ("ru", "Five children and both ministers.", "Пятеро детей и оба министра.", False),
        ("ru", "We met on the twenty-first of January.", "Мы встретились двадцать первого января.", False),
        ("ru", "We met on the twenty-first of January.", "Мы встретились двадцать второго января.", True),
        ("ru", "The first ten days.", "Первые десять дней.", False),
        ("ru", "Thousands of people came.", "Пришли тысячи людей.", False),
        ("ru", "It cost 3 million dollars.", "Это стоило три миллиона долларов.", False),
        ("ru", "He came alone with his family.", "Он пришёл один со своей семьёй, с семью.", False),
        ("ru", "In the fifth point.", "В пятом пункте.", False),
        ("ru", "A 3-day visit and a five-year plan.", "Трёхдневный визит и пятилетний план.", False),
        ("ru", "A 4-day visit.", "Трёхдневный визит.", True),
        ("ru", "A seminar at the stadium.", "Семинар на стадионе.", False),
        ("uk", "He served 5 years in prison.", "Він відсидів п'ять років.", False),
        ("uk", "He served 6 years in prison.", "Він відсидів п’ять років.", True),
        ("uk", "He served 5 years in prison.", "Він відсидів пʼять років.", False),
        ("uk", "In 2022 there were 250 delegates.", "У дві тисячі двадцять другому році було двісті п'ятдесят делегатів.", False),
        ("uk", "In 2022 there were 350 delegates.", "У дві тисячі двадцять другому році було двісті п'ятдесят делегатів.", True),
        ("uk", "We met on the twenty-first of January.", "Ми зустрілися двадцять першого січня.", False),
        ("uk", "We met on the twenty-first of January.", "Ми зустрілися двадцять третього січня.", True),
        ("uk", "Talks with 50 countries.", "Переговори з п'ятдесятьма країнами.", False),
        ("uk", "Thousands of people and my friend's family came.", "Прийшли тисячі людей і сім'я мого друга.", False),
        ("uk", "It cost 1,500 dollars.", "Це коштувало півтори тисячі доларів.", False),
        ("uk", "A 3-day visit and a five-year plan.", "Триденний візит і п'ятирічний план.", False),
        ("uk", "A 4-day visit.", "Триденний візит.", True),
        ("de", "He was elected twice.", "Er wurde zweimal gewählt.", False),
        ("de", "He was elected twice.", "Er wurde dreimal gewählt.", True),
        ("de", "Not even once.", "Nicht einmal.", False),
        ("ru", "He was elected twice.", "Его избирали дважды.", False),
        ("ru", "He was elected twice.", "Его избирали трижды.", True),
        ("es", "It was the 27th time.", "Era la vigésima séptima vez.", False),
        ("es", "The 22nd congress.", "El vigésimo segundo congreso.", False),
        ("es", "The 23rd congress.", "El vigésimo segundo congreso.", True),
        ("pt", "The 21st anniversary.", "O vigésimo primeiro aniversário.", False),
    ],
)
# fmt: on
def test_numbers_in_words_dates_and_days_in_other_languages(lang: str, en: str, other: str, mismatch: bool) -> None:
    """Numbers in words, months and relative days in Spanish (``treinta y cinco``, ``doscientos
    cincuenta``), Portuguese (joined by "e": ``dois mil e vinte e dois``; "cinco e seis" stays
    two numbers), Italian and Dutch (a whole number as one word, split into its parts:
    ``duemilaventidue``, ``centottanta``, ``tweeduizendtweeëntwintig``; Dutch units first,
    ``vijfentwintig``). Before, "cinco" against "6" was no mismatch and "ayer" against "today"
    went unseen. Not numbers: "esta mañana" / "deze morgen" (the morning, not tomorrow), "diez
    segundos" (ten seconds, not 12), "los diez primeros" (10 and 1st, not 11),
    "segunda-feira" (Monday), Italian "sei sicuro" (you are sure), "secondo" (according to),
    "centro", Dutch "een" (an article as much as one). Russian declines its numbers
    (``пятьюдесятью``, ``двадцать первого``, ``двести``, the collective ``пятеро``); "один"
    (alone), "тысячи людей" (thousands of people) and "семью" (family) are no numbers;
    "полторы тысячи" is 1,500. Ukrainian too (``п'ятдесятьма``, ``двадцять першого``, with either
    apostrophe); "сім'я" (family) and "друга" (a friend's) are no numbers. German "zweimal",
    "dreimal" and Russian "дважды", "трижды" are "twice", "three times" (before, "twice" against
    "dreimal" passed); "nicht einmal" (not even) is no number. Spanish and Portuguese ordinals of
    two words are one number ("vigésima séptima" is 27th; it read as 7, "vigésimo segundo" as
    nothing)."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


# fmt: off
@pytest.mark.parametrize(
    ("en", "lang", "other", "mismatch"),
    [
        ("The budget is $450m.", "fr", "Le budget est de 450 millions de dollars.", False),
        ("The budget is $450m.", "ru", "Бюджет составляет 450 млн долларов.", False),
        ("The budget is $450m.", "fr", "Le budget est de 540 millions de dollars.", True),
        ("The track is 450m long.", "fr", "La piste fait 450 m.", False),
        ("The meeting is at 9.30pm.", "fr", "La réunion est à 21 h 30.", False),
        ("The meeting is at 9.30am.", "de", "Das Treffen ist um 9.30 Uhr.", False),
        ("The IMF lowered its forecast.", "fr", "Le FMI a abaissé sa prévision.", False),
        ("The DAX fell.", "de", "Der DAX fiel.", False),
        ("This TGV is fast.", "fr", "Ce TGV est rapide.", False),
        ("The Fifth Republic.", "fr", "La Ve République.", False),
        ("Louis XIV's court was lavish.", "fr", "La cour de Louis XIV était fastueuse.", False),
        ("Louis XIV's court was lavish.", "fr", "La cour de Louis XV était fastueuse.", True),
        ("It cost 2.3 billion euros.", "it", "È costato 2,3 mld di euro.", False),
        ("We met them on 21 January 2022.", "fr", "Nous les avons vus le 21 janv. 2022.", False),
        ("We met them on 21 January 2022.", "ru", "Мы встретились с ними 21 янв. 2022 г.", False),
        ("We met them on 21 January 2022.", "fr", "Nous les avons vus le 21 févr. 2022.", True),
        ("He is seven.", "fr", "Il a sept ans.", False),
        ("We will meet on Monday.", "fr", "Nous nous réunirons lundi.", False),
        ("We will meet on Monday.", "fr", "Nous nous réunirons dimanche.", True),
        ("We will meet on Monday.", "fr", "Nous nous réunirons demain.", False),
        ("The talks end on Friday.", "ru", "Переговоры завершатся в пятницу.", False),
        ("The talks end on Friday.", "ru", "Переговоры завершатся в понедельник.", True),
        ("We meet on Wednesdays.", "de", "Wir treffen uns mittwochs.", False),
        ("We meet on Wednesdays.", "es", "Nos reunimos los jueves.", True),
        ("The environment matters.", "ru", "Окружающая среда важна.", False),
        ("On Sunday, Domingo sang.", "es", "El domingo cantó Domingo.", False),
        ("It was a 2-1 win.", "fr", "C'était une victoire 2-1.", False),
        ("It was a 3-1 win.", "fr", "C'était une victoire 2-1.", True),
        ("Revenue fell in the second quarter.", "fr", "Le chiffre a baissé au second trimestre.", False),
        ("Revenue fell in the second quarter.", "fr", "Le chiffre a baissé au troisième trimestre.", True),
        ("It was his second visit.", "de", "Es war sein zweiter Besuch.", False),
        ("In the second half of the year.", "ru", "В первой половине года.", True),
        ("Wait a second.", "fr", "Attendez une seconde.", False),
        ("A second later, the third.", "fr", "Une seconde plus tard, le troisième.", False),
        ("He was elected for a second term.", "fr", "Il a été élu pour un troisième mandat.", True),
        ("He was elected for a second term.", "fr", "Il a été élu pour un second mandat.", False),
        ("It will cost $10bn-$12bn.", "fr", "Cela coûtera de 10 à 12 milliards de dollars.", False),
        ("It will cost $10bn-$12bn.", "fr", "Cela coûtera de 10 à 14 milliards de dollars.", True),
        ("It cost 14 million euros, 9 million of which came from EU funds.", "es", "Costó 14 millones de euros, de los cuales 9 proceden de fondos europeos.", False),
        ("It cost 14 million euros, 8 million of which came from EU funds.", "es", "Costó 14 millones de euros, de los cuales 9 proceden de fondos europeos.", True),
        ("It cost 14 million euros, of which 9 came from EU funds.", "fr", "Cela a coûté 14 millions d'euros, dont 9 millions de fonds européens.", False),
        ("It cost 14 million euros, and 9 people came.", "fr", "Cela a coûté 14 millions d'euros, et 9 millions de personnes sont venues.", True),
        ("Fill a jug one third full with cold milk.", "de", "Füllen Sie ein Kännchen zu einem Drittel mit kalter Milch.", False),
        ("Fill a jug one third full with cold milk.", "de", "Füllen Sie ein Kännchen zur Hälfte mit kalter Milch.", True),
        ("Reserves are at their lowest in three decades.", "fr", "Les réserves sont au plus bas depuis trente ans.", False),
        ("Reserves are at their lowest in three decades.", "fr", "Les réserves sont au plus bas depuis vingt ans.", True),
        ("It took 30 years.", "ru", "Это заняло три десятилетия.", False),
        ("The plan covers 2012-17.", "fr", "Le plan couvre les années 2012 à 2017.", False),
        ("The plan covers 2012-17.", "fr", "Le plan couvre les années 2012 à 2018.", True),
        ("The deadline is 05/03/2021.", "fr", "La date limite est le 5 mars 2021.", False),
        ("The deadline is 05/03/2021.", "fr", "La date limite est le 3 mai 2021.", False),
        ("The deadline is 05/03/2021.", "fr", "La date limite est le 5 avril 2021.", True),
    ],
)
# fmt: on
def test_money_times_roman_numerals_months_and_weekdays_as_the_press_writes_them(
    en: str, lang: str, other: str, mismatch: bool
) -> None:
    """``$450m`` is 450 million (``450m`` without a currency sign is metres); ``9.30pm`` a time,
    21:30; ``Le FMI`` / ``Der DAX`` / ``Ce TGV`` no roman numerals (50, 500, 100) opening a
    heading; ``XIV's`` is 14; Italian ``mld`` billions; abbreviated months (``janv.``,
    ``янв.``) months. Days of the week are compared where both sides name one: "Monday" against
    "dimanche" is a mismatch, against "demain" none (a day named another way); Russian "среда"
    is also the environment, so only its date forms (``в среду``) are read, and a capitalised
    Spanish "Domingo" is a name. Before, each of the faithful pairs here was a number_mismatch
    and the changed weekdays passed. A score matches digit to digit: "a 2-1 win" read its 1 as
    the French "une", and the French 1 was left over. The ordinal "second" after a determiner
    ("the second quarter", "au second trimestre") is 2, where it went unread and "second
    quarter" against "troisième trimestre" passed; so is "a second" before what is counted ("a
    second term" / "un troisième mandat" passed), else a time unit. The first end of a
    range takes the second's scale ("de 10 à 12 milliards") and a year span's second end its
    century ("2012-17"), a share of an amount its scale ("14 millones, de los cuales 9": nine
    million), a count of decades as many years ("three decades" / "trente ans"); an English
    "05/03/2021" is 3 May or 5 March."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


def test_ukrainian_on_the_other_hand_holds_no_number() -> None:
    """``з другого боку`` is "on the other hand" (``другий`` is both "second" and "other"): no
    number, where it read as a weak 2 (shown in a link's details beside a real mismatch). The
    ordinal stays one: ``другий раунд``, ``з другого разу`` (the second time)."""
    assert checks.number_mentions("З другого боку, ми зустрілися у 2022 році.", "uk") == [
        checks.NumberMention(2022.0, strength="strong")
    ]
    assert checks.number_mentions("Із другого боку.", "uk") == []
    assert [m.value for m in checks.number_mentions("Другий раунд, з другого разу.", "uk")] == [2.0, 2.0]


# fmt: off
@pytest.mark.parametrize(
    ("lang", "en", "other", "expected"),
    [
        ("es", "We do not expect a breakthrough at these negotiations either.", "Tampoco esperamos un avance en estas negociaciones.", ""),
        ("es", "We expect a breakthrough at these negotiations.", "Tampoco esperamos un avance en estas negociaciones.", "verb"),
        ("es", "We do not expect a breakthrough.", "No esperamos ningún avance.", ""),
        ("es", "I saw nobody.", "No vi a nadie.", ""),
        ("es", "I saw everybody.", "No vi a nadie.", "word"),
        ("es", "He never knew it.", "No lo supo nunca.", ""),
        ("es", "No, thank you.", "No, gracias.", ""),
        ("es", "However, we continue.", "No obstante, seguimos.", ""),
        ("es", "We will go unless it rains.", "Iremos a no ser que llueva.", ""),
        ("es", "Without a doubt.", "Sin duda.", ""),
        ("es", "It is not only that.", "Es sólo eso.", "verb"),
        ("pt", "We do not expect a breakthrough either.", "Nós também não esperamos um grande avanço.", ""),
        ("pt", "We expect a breakthrough.", "Tampouco esperamos um avanço.", "verb"),
        ("pt", "I saw nobody.", "Não vi ninguém.", ""),
        ("pt", "I saw everybody.", "Não vi ninguém.", "word"),
        ("pt", "No, thank you.", "Não, obrigado.", ""),
        ("pt", "Without a doubt.", "Sem dúvida.", ""),
        ("it", "We do not expect a breakthrough either.", "Neanche noi ci aspettiamo una svolta.", ""),
        ("it", "We expect a breakthrough.", "Non ci aspettiamo una svolta.", "verb"),
        ("it", "I saw nobody.", "Non ho visto nessuno.", ""),
        ("it", "I never knew it.", "Non l'ho mai saputo.", ""),
        ("it", "No, thank you.", "No, grazie.", ""),
        ("it", "Without a doubt.", "Senza dubbio.", ""),
        ("nl", "We do not expect a breakthrough either.", "Ook wij verwachten geen doorbraak.", ""),
        ("nl", "I have been to Geneva.", "Ik ben nooit in Genève geweest.", "verb"),
        ("de", "No, thank you.", "Nein, danke.", ""),
        ("de", "Yes.", "Nein.", "word"),
        ("nl", "No, thank you.", "Nee, dank je.", ""),
        ("ru", "We do not expect a breakthrough at these negotiations either.", "Мы не ожидаем прорыва и на этих переговорах.", ""),
        ("ru", "I know nothing.", "Я ничего не знаю.", ""),
        ("ru", "Nobody came.", "Никто не пришёл.", ""),
        ("ru", "I have never been to Geneva.", "Я никогда не был в Женеве.", ""),
        ("ru", "I have been to Geneva.", "Я никогда не был в Женеве.", "verb"),
        ("ru", "No, thank you.", "Нет, спасибо.", ""),
        ("ru", "Without a doubt.", "Без сомнения.", ""),
        ("ru", "It is not only a matter of security.", "Это вопрос безопасности.", "verb"),
        ("uk", "Nobody came.", "Ніхто не прийшов.", ""),
        ("ru", "The decision was far from unanimous.", "Решение было далеко не единогласным.", ""),
        ("uk", "The decision was far from unanimous.", "Рішення було далеко не одностайним.", ""),
        ("ru", "He was far from home.", "Он был далеко от дома, но не один.", "verb"),
        ("es", "Nobody has ever seen anything like it.", "Nadie ha visto nunca nada parecido.", ""),
        ("es", "Everybody has seen something like it.", "Nadie ha visto nunca nada parecido.", "word"),
        ("es", "I have never seen anything.", "No he visto nunca nada.", ""),
        ("es", "Neither John nor Mary came.", "Ni Juan ni María vinieron.", ""),
        ("it", "Nobody has ever seen anything like it.", "Nessuno ha mai visto niente del genere.", ""),
        ("pt", "Nobody saw anything.", "Ninguém viu nada.", ""),
        ("pt", "Children must not use it without supervision.", "As crianças não devem utilizá-lo sem supervisão.", ""),
        ("pt", "Children must not use it under supervision.", "As crianças não devem utilizá-lo sem supervisão.", "word"),
        ("es", "Children must not use it without supervision.", "Los niños no deben usarlo sin supervisión.", ""),
        ("it", "Children must not use it without supervision.", "I bambini non devono usarlo senza sorveglianza.", ""),
        ("it", "They are shown for no more than three months.", "Vengono esposti per non più di tre mesi.", ""),
        ("es", "They are shown for no more than three months.", "Se exponen durante no más de tres meses.", ""),
        ("pt", "They are shown for no more than three months.", "São expostos por não mais de três meses.", ""),
        ("de", "They are shown for no more than three months.", "Sie werden nicht länger als drei Monate gezeigt.", ""),
        ("nl", "They are shown for no more than three months.", "Ze worden niet meer dan drie maanden getoond.", ""),
        ("ru", "They are shown for no more than three months.", "Их выставляют не более трёх месяцев.", ""),
        ("uk", "They are shown for no more than three months.", "Їх виставляють не більше трьох місяців.", ""),
        ("ru", "He will not come any more.", "Он больше не придёт.", ""),
        ("de", "They are shown for three months.", "Sie werden nicht drei Monate gezeigt.", "verb"),
    ],
)
# fmt: on
def test_negations_in_other_languages(lang: str, en: str, other: str, expected: str) -> None:
    """Spanish "no", Portuguese "não" and Italian "non" count once with the negative word after
    them in their clause ("no vi a nadie" is one negative word, as "I saw nobody"; "no obstante"
    and "a no ser que" are none); in Russian and Ukrainian a negative word takes the "не" of its
    clause with it ("я ничего не знаю", as "I know nothing"), "нет" and "без" are negative
    words; Dutch negates as German does, and an answering "Nein," / "Nee," is a negative word
    as "No," is. Before, none of them was read, so a lost negation went unseen. Negative words of one clause are one negation (negative concord: "nadie ha visto
    nunca nada", as "nobody has ever seen anything"; it was three; "ni … ni" as "neither …
    nor"), but "sin", "sem", "senza" (without) after a "no" are a negation of their own, as
    "not … without" is two). A negation right before a bound is none, as English "no more than"
    is none: "non più di", "no más de", "nicht länger als", "niet meer dan", "не более" (a
    Russian "не" after "больше" still negates: "больше не придёт"). ``далеко не`` (far from) is none, as English ``far from`` is none. Every negation
    found can be removed for the contrast test."""
    assert checks.polarity_mismatch(en, "en", other, lang) == expected
    if checks.negation_counts(other, lang) != (0, 0):
        assert checks.negation_variants(other, lang), "each negation can be removed for the contrast test"


# fmt: off
@pytest.mark.parametrize(
    ("lang", "en", "other", "expected"),
    [
        ("cs", "The trams will not run on Sunday.", "Tramvaje v neděli nebudou jezdit.", ""),
        ("cs", "The trams will not run on Sunday.", "Tramvaje budou v neděli jezdit.", "verb"),
        ("cs", "Nobody was injured.", "Nikdo nebyl zraněn.", ""),
        ("cs", "It is the best solution.", "Je to nejlepší řešení.", ""),
        ("sk", "The bridge is not closed.", "Most nie je uzavretý.", ""),
        ("sk", "The bridge is not closed.", "Most je uzavretý.", "verb"),
        ("hr", "Passengers may not stay in their cars.", "Putnici ne smiju boraviti u vozilima.", ""),
        ("hr", "Passengers may not stay in their cars.", "Putnici smiju boraviti u vozilima.", "verb"),
        ("hr", "Nobody was injured.", "Nitko nije ozlijeđen.", ""),
        ("hr", "It is not only cheap but also fast.", "Ne samo da je jeftino, nego je i brzo.", ""),
        ("el", "Traffic will not be stopped.", "Η κυκλοφορία δεν θα διακοπεί.", ""),
        ("el", "Traffic will not be stopped.", "Η κυκλοφορία θα διακοπεί.", "verb"),
        ("el", "Nobody came.", "Δεν ήρθε κανείς.", ""),
        ("el", "Not only the city but also the region.", "Όχι μόνο η πόλη, αλλά και η περιφέρεια.", ""),
        ("hu", "The bridge is not closed.", "A híd nincs lezárva.", ""),
        ("hu", "The bridge is not closed.", "A híd le van zárva.", "verb"),
        ("hu", "Nobody came.", "Senki nem jött el.", ""),
        ("hu", "Not only the city but also the county helps.", "Nem csak a város, hanem a megye is segít.", ""),
        ("fi", "The sun does not rise.", "Aurinko ei nouse.", ""),
        ("fi", "The sun does not rise.", "Aurinko nousee.", "verb"),
        ("fi", "Nobody came.", "Kukaan ei tullut.", ""),
        ("pl", "Do not take it in the last three months of pregnancy.", "Nie stosować w ostatnich trzech miesiącach ciąży.", ""),
        ("pl", "Do not take it in the last three months of pregnancy.", "Można go stosować w ostatnich trzech miesiącach ciąży.", "verb"),
        ("pl", "Nobody was injured.", "Nikt nie został ranny.", ""),
        ("pl", "There is no danger.", "Nie ma żadnego zagrożenia.", ""),
        ("ro", "No other Brightmart bath products are affected.", "Nu sunt afectate alte produse de baie Brightmart.", ""),
        ("ro", "No other Brightmart bath products are affected.", "Sunt afectate și alte produse de baie Brightmart.", "word"),
        ("ro", "We don't mind if you call us out for nothing.", "Ne deranjează dacă ne chemați degeaba.", "verb"),
        ("ro", "Nobody was injured.", "Nimeni nu a fost rănit.", ""),
        ("ro", "I have never seen anything like it.", "N-am văzut niciodată așa ceva.", ""),
        ("sv", "We have not received any new cases today.", "Vi har inte fått några nya fall i dag.", ""),
        ("sv", "Nobody was hurt.", "Ingen skadades.", ""),
        ("sv", "It is not only expensive but also dangerous.", "Det är inte bara dyrt utan också farligt.", ""),
        ("sv", "It applies next year, not this year.", "Det gäller inte i år, utan nästa år.", ""),
        ("da", "There is no danger to the public.", "Der er ingen fare for befolkningen.", ""),
        ("da", "We have received complaints.", "Vi har ikke modtaget nogen klager.", "verb"),
        ("no", "Nobody was injured.", "Ingen ble skadet.", ""),
        ("no", "We have seen something similar.", "Vi har ikke sett noe lignende.", "verb"),
        # a bound ("up to", "no more than") and a pronoun ("na nie", on them) are no negations
        ("pl", "Do not take more than six tablets in any 24 hours.", "Nie należy przyjmować więcej niż 6 tabletek w ciągu doby.", ""),
        ("pl", "Side effects may affect up to 1 in 10 people.", "Działania niepożądane mogą wystąpić u nie więcej niż 1 na 10 osób.", ""),
        ("pl", "The claimants knowingly accepted them.", "Powodowie świadomie się na nie zgodzili.", ""),
        ("ro", "Do not take more than six tablets a day.", "Nu luați mai mult de 6 comprimate pe zi.", ""),
        ("sv", "Take no more than six tablets.", "Ta inte mer än sex tabletter.", ""),
        ("da", "Take no more than six tablets.", "Tag ikke mere end seks tabletter.", ""),
    ],
)
# fmt: on
def test_negations_in_nordic_slavic_and_other_languages(
    lang: str, en: str, other: str, expected: str
) -> None:
    """A held-out reviewer's planted errors: four negations lost in Polish and Romanian
    translations (``Do not take it …`` as ``Można go stosować …``, it may be used) went
    unflagged, since no negation of those languages (nor Swedish, Danish, Norwegian) was read.
    Swedish, Danish and Norwegian negate with one word, as German does; Polish and Romanian
    negative words take the particle with them (``nikt nie``, ``nimeni nu``: one negation), as
    Russian ones do; Romanian ``n-am`` is a ``nu``. Each negation can be removed for the contrast
    test. A later round's Czech, Greek, Finnish and Croatian negations lost went unflagged too:
    Croatian (``ne``, ``nije``, ``neće``), Greek (``δεν``, ``μην``, ``όχι``) and Hungarian
    (``nem``, ``nincs``) negative words take their particle with them (``nitko nije``, ``δεν …
    κανείς``, ``senki nem``); Finnish negates with a verb (``ei``, ``eivät``) and its pronouns
    are no negations (``kukaan ei``); Czech and Slovak glue ``ne`` to the verb, read on the
    auxiliaries and modals (``nebudou``, ``není``; not ``nejlepší``, the best)."""
    assert checks.polarity_mismatch(en, "en", other, lang) == expected
    if checks.negation_counts(other, lang) != (0, 0):
        assert checks.negation_variants(other, lang), "each negation can be removed for the contrast test"


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("He didn't know. No decision was taken.", "en", ["didn't", "No"]),
        ("L'entrepreneur n'a pas achevé les travaux et ne savait rien.", "fr", ["n' … pas", "ne … rien"]),
        ("No vi a nadie.", "es", ["No … nadie"]),
        ("Er kommt nicht, er hat keine Zeit.", "de", ["nicht", "keine"]),
        ("Я ничего не знаю. Он не пришёл.", "ru", ["ничего", "не"]),
        ("We will meet again.", "en", []),
    ],
)
def test_the_negations_are_shown_as_written(text: str, lang: str, words: list[str]) -> None:
    """A negation flag's details gave counts ("verb/word negations: source 0/0; target 1/0"), which
    left a reviewer hunting through a long sentence; they show the negations as written, one
    per negation counted."""
    assert checks.negation_words(text, lang) == words
    counts = checks.negation_counts(text, lang)
    assert counts is not None and sum(counts) == len(words)


@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("The contractor failed to complete the works on time.", "L'entrepreneur n'a pas achevé les travaux à temps.", "fr", ""),
        ("The contractor failed to complete the works on time.", "El contratista terminó las obras a tiempo.", "es", "verb"),
        ("The contractor never failed to complete the works.", "L'entrepreneur achevait toujours les travaux.", "fr", ""),
        ("That monster barely failed to kill him.", "Ce monstre a failli le tuer.", "fr", ""),
        ("The minister is well aware of the difficulties.", "La ministre n'ignore pas les difficultés.", "fr", ""),
        ("The minister is well aware of the difficulties.", "La ministra no ignora las dificultades.", "es", ""),
        ("The minister is well aware of the difficulties.", "Die Ministerin ist die Schwierigkeiten nicht unbekannt.", "de", ""),
        ("It is not necessarily so.", "Es ist nicht unbedingt so.", "de", ""),
        ("It was only in 2020 that the first pipes were laid.", "Hasta 2020 no se colocaron las primeras tuberías.", "es", ""),
        ("It was only in 2020 that the first pipes were laid.", "No se colocaron las primeras tuberías hasta 2020.", "es", ""),
        ("It is not unusual.", "Ce n'est pas rare.", "fr", ""),
        ("The company failed to complete the merger.", "L'entreprise a échoué à finaliser la fusion.", "fr", ""),
        ("The company completed the merger.", "L'entreprise a échoué à finaliser la fusion.", "fr", "verb"),
        ("The talks failed to produce an agreement.", "Les négociations échouèrent à produire un accord.", "fr", ""),
    ],
)  # fmt: skip
def test_negations_said_with_other_words(en: str, other: str, lang: str, expected: str) -> None:
    """A reviewer found faithful renderings flagged and a reversal missed: "failed to complete" /
    "n'a pas achevé" was a lost negation (drift 0.79) while "failed to complete" / "terminó"
    passed; "failed to" is a verb negation now, unless negated or almost done ("barely failed
    to kill" / "a failli tuer", OPUS Books). The press's litotes "n'ignore pas", "no ignora",
    "nicht unbekannt" (is well aware) and Spanish "no … hasta" (only in) negate nothing; "not
    unusual" stays a negation, as French keeps it ("n'est pas rare"). French "a échoué à" is one
    as "failed to" is (it was none, so "failed to finalise" / "a échoué à finaliser" differed)."""
    assert checks.polarity_mismatch(en, "en", other, lang) == expected


def test_dutch_geen_turns_positive_as_een() -> None:
    """Dutch "geen" ("no") is removed for the contrast test as German "kein" is, by its first
    letter ("een")."""
    assert checks.negation_variants("Ook wij verwachten geen doorbraak.", "nl") == [
        "Ook wij verwachten een doorbraak."
    ]
    assert checks.negation_variants("Niemand kwam.", "nl") == ["Iemand kwam."]


def test_an_ordinal_first_is_never_added_to_the_number_before_it() -> None:
    """ "Les dix premiers jours" are the first ten days, not the eleventh: French writes "onzième"
    and "vingt et unième"; "twenty-first" and "dix-septième" still make one number."""
    assert not checks.number_mismatch("the first ten days", "en", "les dix premiers jours", "fr")
    assert not checks.number_mismatch("the first ten days", "en", "die zehn ersten Tage", "de")
    assert checks.extract_numbers("the twenty-first century", "en") == {21.0: 1}
    assert checks.extract_numbers("le dix-septième siècle", "fr") == {17.0: 1}
    assert checks.extract_numbers("le vingt et unième siècle", "fr") == {21.0: 1}


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("The first phase begins.", "Une deuxième phase commence.", "fr", True),
        ("He won the first prize.", "Er gewann einen zweiten Preis.", "de", True),
        ("The first round was held.", "Se celebró una segunda vuelta.", "es", True),
        ("A first phase begins.", "Une première phase commence.", "fr", False),
        ("The second phase begins.", "Une deuxième phase commence.", "fr", False),
        ("For the first time, one man won.", "Pour la première fois, un homme a gagné.", "fr", False),
        ("At first he hoped for a good bargain.", "Il avait cru d'abord faire une bonne affaire aux quatre convives.", "fr", False),
        ("First of all, we thank you.", "Tout d'abord, nous vous remercions tous les trois.", "fr", False),
    ],
)  # fmt: skip
def test_an_article_never_matches_an_ordinal_first(en: str, other: str, lang: str, mismatch: bool) -> None:
    """"The first phase" against "une deuxième phase": the article "une" matched "first" as a
    1, and the 2 left alone in words made no mismatch. An article matches a 1, never the ordinal
    "first"; "at first" and "first of all" (French "d'abord") are no numbers, so the four guests
    the French adds to "at first" (OPUS Books, The Three Musketeers) are not one against four."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("In the 1960s prices rose.", "In den Sechzigerjahren stiegen die Preise.", "de", False),
        ("In the sixties prices rose.", "In den 60er Jahren stiegen die Preise.", "de", False),
        ("In the seventies prices rose.", "In den 60er Jahren stiegen die Preise.", "de", True),
        ("In the nineties growth was strong.", "Dans les années 1990, la croissance était forte.", "fr", False),
        ("In the nineties growth was strong.", "In den 1990er Jahren war das Wachstum stark.", "de", False),
        ("In the nineties growth was strong.", "Dans les années 1980, la croissance était forte.", "fr", True),
        ("In the 19th century the city grew.", "Nell'Ottocento la città crebbe.", "it", False),
        ("In the 1800s the city grew.", "Nell'Ottocento la città crebbe.", "it", False),
        ("In the 1800s the city grew.", "Au XIXe siècle, la ville a grandi.", "fr", False),
        ("In the 1700s the city grew.", "Au XIXe siècle, la ville a grandi.", "fr", True),
        ("Eight hundred people came.", "Ottocento persone sono venute.", "it", False),
        ("It was the 22nd meeting.", "Era la ventiduesima riunione.", "it", False),
        ("It was the 23rd meeting.", "Era la ventiduesima riunione.", "it", True),
        ("It is worth 50 cents.", "Vale 50 centesimi.", "it", False),
    ],
)
def test_decades_centuries_and_italian_ordinals_in_words(en: str, other: str, lang: str, mismatch: bool) -> None:
    """German "Sechzigerjahre" and English "the sixties" are 60, as "les années 60" is, which
    "the 1960s" matches, and 1960 ("les années 1990" was a mismatch with "the nineties"); Italian centuries named by their hundreds after a word
    ("nell'Ottocento") are the 19th century and the 1800s (they were 800; at a sentence's start
    "Ottocento" is still 800), and "the 1800s" is the 19th century; Italian ordinals in -esimo
    ("ventiduesima") are numbers (they were none; "centesimi" are cents). Before, each faithful
    pair here was a ``number_mismatch`` or the drifted ordinal passed."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "mismatch"),
    [
        ("Das Team landete auf Platz 15.", "de", "Het team eindigde op de vijftiende plaats.", "nl", False),
        ("Das Team landete auf Platz 15.", "de", "Het team eindigde op de zestiende plaats.", "nl", True),
        ("It is our 21st congress.", "en", "Het is ons eenentwintigste congres.", "nl", False),
        ("It was the 11th round.", "en", "Het was de elfde ronde.", "nl", False),
        ("The vote is on 21 March.", "en", "Die Abstimmung ist am einundzwanzigsten März.", "de", False),
        ("The vote is on 22 March.", "en", "Die Abstimmung ist am einundzwanzigsten März.", "de", True),
        ("It was the 15th edition.", "en", "Fue la decimoquinta edición.", "es", False),
        ("It was the 15th edition.", "en", "Fue la décima quinta edición.", "es", False),
        ("It was the 14th edition.", "en", "Foi a décima quinta edição.", "pt", True),
        ("It was the 11th edition.", "en", "Fue la undécima edición.", "es", False),
        ("Die Sitzung beginnt um 15.30 Uhr.", "de", "De vergadering begint om half vier.", "nl", False),
        ("Die Sitzung beginnt um 16.30 Uhr.", "de", "De vergadering begint om half vier.", "nl", True),
        ("The hearing starts at 3.30 p.m.", "en", "Die Anhörung beginnt um halb vier.", "de", False),
        ("The hearing starts at 3:30.", "en", "Die Anhörung beginnt um halb fünf.", "de", True),
        ("The hearing starts at half past three.", "en", "L'audience commence à 15 h 30.", "fr", False),
        ("Seferler gece 23.30'a kadar yapılacak.", "tr", "Ferries will run until 11.30 at night.", "en", False),
        ("Seferler gece 23.30'a kadar yapılacak.", "tr", "Ferries will run until 10.30 at night.", "en", True),
    ],
)
def test_ordinals_of_the_teens_and_half_hours_in_words(
    src: str, src_lang: str, tgt: str, tgt_lang: str, mismatch: bool
) -> None:
    """A reviewer's round: Dutch "op de vijftiende plaats" for "auf Platz 15" was a number left
    out (Dutch ordinals stopped at "tiende" and "twintigste"); German compound ordinals
    ("am einundzwanzigsten März"), Spanish ones of the teens in one word ("decimoquinta",
    "undécima") and "décimo quinto" in two (read as 10) were no numbers either. Dutch "om half
    vier" was 4, and a half hour in words ("halb vier", "half past three", 3.5) did not match
    the hour and its 30 minutes in digits ("15.30 Uhr", "3.30 p.m.", "15 h 30"); "23.30'a"
    (Turkish, with its case ending) against "11.30 at night" was 23.3 against 11.3."""
    assert checks.number_mismatch(src, src_lang, tgt, tgt_lang) is mismatch


@pytest.mark.parametrize(
    ("en", "fr", "mismatch"),
    [
        ("The budget is €120m.", "Le budget est de 120 M€.", False),
        ("They paid 5 million euros.", "Ils ont payé 5 M€.", False),
        ("It costs $2bn.", "Cela coûte 2 Md$.", False),
        ("It costs €3.5 billion.", "Cela coûte 3,5 Mds€.", False),
        ("It costs €3.5 billion.", "Cela coûte 4,5 Mds€.", True),
        ("A bonus of 5,000 euros.", "Une prime de 5 k€.", False),
        ("He ran 5 m in the hall.", "Il a couru 5 m dans le hall.", False),
    ],
)
def test_french_money_scales_before_the_currency_sign(en: str, fr: str, mismatch: bool) -> None:
    """The French press abbreviates millions, milliards and thousands before the currency sign
    (``120 M€``, ``2 Md$``, ``3,5 Mds€``, ``5 k€``): before, each was its bare number, a false
    ``number_mismatch`` on every faithful pair here (and ``Mds`` a name the English lacked); a
    changed amount is still one, and metres (``5 m``) stay metres."""
    assert checks.number_mismatch(en, "en", fr, "fr") is mismatch
    assert not checks.name_mismatch(en, fr, 0.34, frozenset(), frozenset(), frozenset(), "en", "fr")


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("Production starts in June.", "La production démarre en juillet.", "fr", True),
        ("We met in January.", "Nous nous sommes vus en janvier.", "fr", False),
        ("The talks ended in March.", "Die Gespräche endeten im Mai.", "de", True),
        ("We met in May.", "Nous nous sommes vus en juin.", "fr", True),
        ("May I ask a question?", "Puis-je poser une question en mai ?", "fr", False),
        ("It happened in the spring.", "C'est arrivé en avril.", "fr", False),
    ],
)
def test_months_are_compared_where_both_sides_name_one(en: str, other: str, lang: str, mismatch: bool) -> None:
    """A month without a day or a year ("in June" / "en juillet") is compared where both sides
    name one, as days of the week are: before, only a month next to a number was. A month
    one side alone names ("the spring" / "avril") is not, nor is English "May" as a verb."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("It lasted an hour and a half.", "Cela a duré deux heures et demie.", "fr", True),
        ("It lasted an hour and a half.", "Cela a duré une heure et demie.", "fr", False),
        ("It lasted an hour and a half.", "Это длилось два с половиной часа.", "ru", True),
        ("It lasted an hour and a half.", "Это длилось полтора часа.", "ru", False),
        ("It lasted two and a half hours.", "Es dauerte zweieinhalb Stunden.", "de", False),
        ("It lasted two hours.", "È durato due ore e mezza.", "it", True),
        ("It lasted an hour and a half.", "È durato un'ora e mezza.", "it", False),
        ("At half-past five there was a noise.", "À cinq heures et demie, on entendit un bruit.", "fr", False),
        ("It is half past three.", "Es ist halb vier.", "de", False),
        ("A mile and a half from the ship.", "À un mille et demi du navire.", "fr", False),
        ("1.5 million people will benefit.", "Un million et demi de personnes en bénéficieront.", "fr", False),
        ("2.5 million people live there.", "Deux millions et demi de personnes y vivent.", "fr", False),
        ("3.5 million people live there.", "Deux millions et demi de personnes y vivent.", "fr", True),
        ("1.5 million people will benefit.", "Un millón y medio de personas se beneficiarán.", "es", False),
        ("1.5 million people will benefit.", "Anderthalb Millionen Menschen profitieren davon.", "de", False),
        ("1.5 million people will benefit.", "Eineinhalb Millionen Menschen profitieren davon.", "de", False),
        ("One and a half million people live there.", "1,5 million de personnes y vivent.", "fr", False),
    ],
)  # fmt: skip
def test_a_number_and_a_half(en: str, other: str, lang: str, mismatch: bool) -> None:
    """"an hour and a half", "deux heures et demie", "два с половиной часа", "zweieinhalb" are
    that number and a half, so an hour and a half against two and a half is a mismatch (it
    passed: 1 or nothing against 2); "half past five" and German "halb vier" are half hours,
    and digits keep their own reading ("à 4 heures et demie" is also 4 o'clock and a half,
    against "um halb fünf"); a mile and a half is no unit of time ("un mille" reads as a
    thousand). A million and a half is 1,500,000: "un million et demi" read as 1,000,000.5
    and "anderthalb Millionen" as 1.5 and a million, each flagged against "1.5 million"."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


def test_a_number_with_a_fraction_is_shown_without_an_exponent() -> None:
    """The details showed "1e+06" for a million and a half read as 1,000,000.5."""
    assert checks.number_differences("A mile and a half.", "en", "Un mille et demi.", "fr") == ([], ["1,000.5"])


def test_every_scale_word_read_after_digits_has_a_value() -> None:
    """Each spelling the pattern reads after digits is valued (else "5 tysięcy" would be read as
    5 and flagged against "5,000"); ``mil`` is a thousand in Spanish and Portuguese only, ``bin``
    in Turkish only. Arabic, Turkish and Greek scales were not read: "1.5 مليون" was flagged
    (drift 0.90) against "1.5 million"."""
    words = (
        "thousand tausend duizend mila tys. tysiąc tysiące tysięcy тыс. тысяча тысячи тис. trillion трлн "
        "milliard milliarden miliard miliarda miliardi miliardów miljard mrd. bn млрд миллиардов мільярдів "
        "million millionen millón millones milion miliona milioni milionów milhão milhões miljoen mln mio. "
        "млн миллиона мільйонів billion billionen billón billones bilhão bilhões milyon milyar trilyon "
        "εκατομμύριο εκατομμύρια εκατ. δισεκατομμύρια δισ. χιλιάδες χιλ. مليون ملايين مليار مليارات بليون ألف "
        "آلاف میلیون میلیارد هزار מיליון מיליארד אלף"
    ).split() + ["mil millones", "mil milhões"]
    for word in words:
        match = numbers._AFTER_DIGITS.match(f" {word}")
        assert match and match.group("scale") == word, word
        assert numbers._scale_value(word, "es") > 1.0, word
    assert numbers._scale_value("mil", "es") == 1e3 and numbers._scale_value("mil", "en") == 1.0
    assert numbers._scale_value("billion", "en") == 1e9 and numbers._scale_value("Billion", "de") == 1e12
    assert not checks.number_mismatch("20,000 people", "en", "20 tysięcy ludzi", "pl")
    assert numbers._scale_value("bin", "tr") == 1e3 and numbers._scale_value("bin", "en") == 1.0
    for other, lang in [("أكثر من 1.5 مليون شخص.", "ar"), ("1,5 milyon kişi", "tr"), ("1,5 εκατομμύριο άνθρωποι", "el")]:
        assert not checks.number_mismatch("More than 1.5 million people.", "en", other, lang), other


def test_a_scanned_il_read_as_ii_is_no_missing_two() -> None:
    """Text+Berg's French was scanned: "Il" often came out "II" ("Au sommet II n'est que dix
    heures"). Before a pronoun's verb such an "II" may match a 2 but is never a 2 left out."""
    de = "Gipfelrast Es ist erst zehn Uhr an diesem herrlichen Spätsommertag"
    fr = "Au sommet II n' est que dix heures , la journée est magnifique"
    assert not checks.number_mismatch(de, "de", fr, "fr")
    assert checks.number_mismatch(de, "de", fr.replace("dix", "onze"), "fr")
    assert not checks.number_mismatch("Louis II died in 1715.", "en", "Louis II est mort en 1715.", "fr")
    assert checks.number_mismatch("Louis XIV died.", "en", "Louis II est mort.", "fr")
    assert checks.number_mismatch("Chapter III", "en", "CHAPITRE II", "fr")


def test_numbers_inside_latin_words_are_still_not_numbers() -> None:
    assert checks.extract_numbers("COVID19 and the A320", "en") == {}
    assert checks.number_differences("in 2022", "en", "en 2021", "fr") == (["2022"], ["2021"])


def test_a_road_number_written_as_a_code_on_the_other_side_matches() -> None:
    """A reviewer's wildfire order: ``La route départementale 558`` / ``The D558 road`` was
    flagged (drift 0.90), the code's digits being no number of their own; another number, or a
    single digit by chance in a code (``7 pays`` / ``the G7``), still mismatches."""
    fr = "La route départementale 558 est fermée entre Grimaud et La Garde-Freinet."
    assert not checks.number_mismatch(fr, "fr", "The D558 road is closed between Grimaud and La Garde-Freinet.", "en")
    assert checks.number_mismatch(fr, "fr", "The D559 road is closed between Grimaud and La Garde-Freinet.", "en")
    assert checks.number_mismatch("Les 7 pays se réunissent.", "fr", "The G7 countries meet.", "en")


@pytest.mark.parametrize(
    ("en", "other", "lang", "differences"),
    [
        ("The temperature fell to -5°C overnight.", "La température est descendue à 5 °C pendant la nuit.", "fr", (["-5"], [])),
        ("The temperature fell to -5°C overnight.", "La température est descendue à -5 °C pendant la nuit.", "fr", ([], [])),
        ("It fell to minus 5 degrees.", "Es fiel auf 5 Grad.", "de", (["minus 5"], [])),
        ("It fell to minus 5 degrees.", "Elle est descendue à moins 5 degrés.", "fr", ([], [])),
        ("A wall at least 1600 m high.", "Une paroi d'au moins 1600 m de hauteur.", "fr", ([], [])),
        ("Between 2010-2015 prices rose.", "Entre 2010-2015, les prix ont monté.", "fr", ([], [])),
        ("In winter it drops to minus 40 degrees.", "Talvella lämpötila laskee 40 pakkasasteeseen.", "fi", ([], [])),
        ("It was -20 °C that night.", "Det var 20 minusgrader den natten.", "sv", ([], [])),
    ],
)  # fmt: skip
def test_a_number_that_lost_its_minus_is_a_number_mismatch(en: str, other: str, lang: str, differences) -> None:
    """``-5°C`` / ``5 °C`` passed (drift 0.00): the digits matched and the sign was not read. A
    number below zero whose digits the other side writes without a minus is a mismatch; French
    ``moins 5`` may be minus 5 or part of ``au moins`` (at least, Text+Berg dev), so it is
    neither. Degrees of frost are below zero without a minus (Finnish ``40 pakkasasteeseen``, a
    reviewer's faithful subtitle shown at 0.90)."""
    assert checks.number_differences(en, "en", other, lang) == differences
    assert checks.number_mismatch(en, "en", other, lang) is bool(differences[0])


@pytest.mark.parametrize(
    ("en", "other", "lang", "differences"),
    [
        ("The new pipeline will be 120 km long.", "Le nouvel oléoduc mesurera 120 miles.", "fr", (["120 km"], ["120 mile"])),
        ("The new pipeline will be 120 km long.", "Die neue Pipeline wird 120 Meilen lang sein.", "de", (["120 km"], ["120 mile"])),
        ("The new pipeline will be 120 km long.", "Le nouvel oléoduc mesurera 120 kilomètres.", "fr", ([], [])),
        ("Temperatures reached 40°C in the south.", "Les températures ont atteint 40 °F dans le sud.", "fr", (["40 C"], ["40 F"])),
        ("Temperatures reached 40°C in the south.", "Les températures ont atteint 40 degrés dans le sud.", "fr", ([], [])),
        ("Unemployment fell by 2 percentage points.", "Le chômage a baissé de 2 %.", "fr", (["2 point"], ["2 percent"])),
        ("Unemployment fell by 2 percentage points.", "Die Arbeitslosigkeit sank um 2 Prozentpunkte.", "de", ([], [])),
        ("Unemployment fell by 2 percentage points.", "Le chômage a baissé de 2 points.", "fr", ([], [])),
        ("It costs $5 billion.", "Cela coûte 5 milliards d'euros.", "fr", (["5,000,000,000 dollar"], ["5,000,000,000 euro"])),
        ("It costs $5 billion.", "Cela coûte 5 milliards de dollars.", "fr", ([], [])),
        ("At least 40 villages are affected.", "Au plus 40 villages sont touchés.", "fr", (["40 or more"], ["40 or less"])),
        ("At least 40 villages are affected.", "Höchstens 40 Dörfer sind betroffen.", "de", (["40 or more"], ["40 or less"])),
        ("At least 40 villages are affected.", "Au moins 40 villages sont touchés.", "fr", ([], [])),
        ("More than 2,000 people came.", "Moins de 2 000 personnes sont venues.", "fr", (["2000 or more"], ["2000 or less"])),
        ("Over 2,000 people came.", "Plus de 2 000 personnes sont venues.", "fr", ([], [])),
        ("More than 100 people came.", "Пришло менее 100 человек.", "ru", (["100 or more"], ["100 or less"])),
        ("Children under 18 may not vote.", "Les moins de 18 ans ne votent pas.", "fr", ([], [])),
    ],
)  # fmt: skip
def test_a_unit_or_bound_changed_is_a_number_mismatch(en: str, other: str, lang: str, differences) -> None:
    """A reviewer's planted changes scored 0.00 to 0.10 because the digits matched: ``120 km`` /
    ``120 miles``, ``40°C`` / ``40 °F``, ``2 percentage points`` / ``2 %``, ``$5 billion`` / ``5
    milliards d'euros``, ``at least 40`` / ``au plus 40``, ``more than 2,000`` / ``moins de 2
    000``. A number both sides hold with units of one kind that differ, or bounds pointing
    opposite ways, is a mismatch; a unit or bound left out is none."""
    assert checks.number_differences(en, "en", other, lang) == differences
    assert checks.number_mismatch(en, "en", other, lang) is bool(differences[0])


@pytest.mark.parametrize(
    ("en", "other", "lang", "differences"),
    [
        ("Give 20 mg a day.", "Давать по 20 г в день.", "ru", (["20 mg"], ["20 g"])),
        ("Give 20 mg a day.", "Давать по 20 мкг в день.", "ru", (["20 mg"], ["20 mcg"])),
        ("Give 20 mg a day.", "Давать по 20 мг в день.", "ru", ([], [])),
        ("Add 10 ml of water.", "Додайте 10 л води.", "uk", (["10 ml"], ["10 litre"])),
        ("A glass of 250 ml.", "Un verre de 25 cl.", "fr", ([], [])),
        ("The plant opened in 2021.", "Завод открылся в 2021 г.", "ru", ([], [])),
        ("Leave 2 metres in front.", "Lämna 2 000 mm framför.", "sv", ([], [])),
        ("It will cost half a billion euros.", "Es wird 500 Millionen Euro kosten.", "de", ([], [])),
        ("It will cost half a billion euros.", "Cela coûtera un demi-milliard d'euros.", "fr", ([], [])),
        ("It will cost half a billion euros.", "Es wird eine Milliarde Euro kosten.", "de", (["500,000,000"], ["1,000,000,000"])),
        ("Buy half a dozen eggs.", "Compre seis huevos.", "es", ([], [])),
        ("The gap is $3 trillion a year.", "缺口每年达3万亿美元。", "zh", ([], [])),
        ("The gap is $3 trillion a year.", "缺口每年达3万美元。", "zh", (["3,000,000,000,000"], ["30,000"])),
        ("Over a third have stalled.", "三分之一以上停滞。", "zh", ([], [])),
        ("Over a third have stalled.", "四分之一以上停滞。", "zh", (["1/3"], ["1/4"])),
        ("Call +44 20 7946 0958 today.", "Appelez le +44 20 79 46 09 58 aujourd'hui.", "fr", ([], [])),
        ("Call 020 7946 0958 today.", "Appelez le +44 20 7946 0958 aujourd'hui.", "fr", ([], [])),
        ("Call 020 7946 0958 today.", "Appelez le 020 7946 0959 aujourd'hui.", "fr", (["telephone …9460958"], ["telephone …9460959"])),
        ("It cost 1 000 000 euros.", "Il a coûté 2 000 000 euros.", "fr", (["1,000,000"], ["2,000,000"])),
        ("We land at 7.15 a.m.", "午後7時15分に到着します。", "ja", (["7"], ["19"])),
        ("We land at 7.15 p.m.", "午後7時15分に到着します。", "ja", ([], [])),
        ("The walk starts at 3.30 p.m.", "散策は午後3時半に始まります。", "ja", ([], [])),
        ("The ride takes 90 minutes.", "所要時間は1時間半です。", "ja", ([], [])),
        ("We leave on Thursday.", "木曜日に出発します。", "ja", ([], [])),
        ("We leave on Thursday.", "金曜日に出発します。", "ja", (["Thursday"], ["Friday"])),
        ("We leave on Thursday.", "我们星期五出发。", "zh", (["Thursday"], ["Friday"])),
        ("Keep at least 200 mm free.", "Håll minst 20 cm fritt.", "sv", ([], [])),
        ("Keep at least 200 mm free.", "Håll högst 20 cm fritt.", "sv", (["200 or more"], ["20 or less"])),
        ("The box measures 600 × 400 × 300 mm.", "Lådan mäter 400 × 600 × 300 mm.", "sv", (["600 × 400 × 300"], ["400 × 600 × 300"])),
        ("The box measures 600 × 400 × 300 mm.", "Lådan mäter 600 × 400 × 300 mm.", "sv", ([], [])),
        ("Halve the sugar.", "Reduza o açúcar em 50 %.", "pt", ([], [])),
        ("Preheat the oven to 250°C (480°F).", "Pré-aqueça o forno a 250 °C.", "pt", ([], [])),
        ("Preheat the oven to 250°C (300°F).", "Pré-aqueça o forno a 250 °C.", "pt", (["300"], [])),
        ("Rates go to 2.5% and 2.75% respectively.", "Les taux passent à 2,75 % et 2,5 % respectivement.", "fr", (["2.5 then 2.75"], ["2.75 then 2.5"])),
        ("Rates go to 2.5% and 2.75% respectively.", "Les taux passent respectivement à 2,5 % et 2,75 %.", "fr", ([], [])),
        ("In 2023 and 2024 sales rose 5% and 7% respectively.", "Les ventes ont crû respectivement de 5 % et 7 % en 2023 et 2024.", "fr", ([], [])),
        ("Melt one teaspoon of butter.", "Derreta uma colher de sopa de manteiga.", "pt", (["1 teaspoon"], ["1 tablespoon"])),
        ("Add 2 teaspoons of salt.", "Aggiungete 2 cucchiaini di sale.", "it", ([], [])),
    ],
)  # fmt: skip
def test_units_scales_fractions_phones_and_times_of_round_ad(en: str, other: str, lang: str, differences) -> None:
    """Round AD (stop 63), numbers in twelve language pairs: units written in Cyrillic were never
    compared (``30 mg`` / ``30 г``, a thousandfold dose, drift 0.02); ``half a billion`` was read
    as a billion, ``4万亿`` as 40,000 and ``三分之一`` as 3, each shown to the reviewer as the
    number the translation lacked; a telephone number grouped the other country's way, or with
    its country code, was flagged for every group; Japanese ``午後`` and weekdays were not read
    (``6.40 a.m.`` / ``午後6時40分`` passed); a bound reversed across a conversion (``at least 300
    mm`` / ``högst 30 cm``) was not compared, nor the order of dimensions (width and height
    swapped)."""
    assert checks.number_differences(en, "en", other, lang) == differences
    assert checks.number_mismatch(en, "en", other, lang) is bool(differences[0])


@pytest.mark.parametrize(
    ("en", "other", "lang", "differences"),
    [
        ("The road is 10 miles long.", "La route fait 16 km.", "fr", ([], [])),
        ("The road is 30 miles long.", "La route fait près de 50 km.", "fr", ([], [])),
        ("It was 90 degrees Fahrenheit.", "Il faisait 32 degrés Celsius.", "fr", ([], [])),
        ("It was 90°F in Phoenix.", "Il faisait 32 °C à Phoenix.", "fr", ([], [])),
        ("The fish weighed 5 pounds.", "Der Fisch wog 2,3 kg.", "de", ([], [])),
        ("The wall is 10 feet high.", "Le mur fait 3 mètres de haut.", "fr", ([], [])),
        ("The farm covers 250 acres.", "La finca tiene 100 hectáreas.", "es", ([], [])),
        ("The tank holds 10 gallons.", "Il serbatoio contiene 38 litri.", "it", ([], [])),
        ("The screen is 15 inches wide.", "L'écran fait 38 cm de large.", "fr", ([], [])),
        ("The road is 10 miles long.", "La route fait 20 km.", "fr", (["10"], ["20"])),
        ("It was 90°F in Phoenix.", "Il faisait 40 °C à Phoenix.", "fr", (["90"], ["40"])),
        ("The fish weighed 5 pounds.", "Der Fisch wog 5 kg.", "de", (["5 lb"], ["5 kg"])),
        ("The road is 10 km long.", "La route fait 16 miles.", "fr", (["10"], ["16"])),
    ],
)  # fmt: skip
def test_a_unit_converted_by_the_translator_is_no_number_mismatch(en: str, other: str, lang: str, differences) -> None:
    """Translators convert imperial units: ``10 miles`` / ``16 km``, ``90°F`` / ``32 °C``, ``5
    pounds`` / ``2,3 kg`` were number mismatches (drift 0.9). A number whose unit's conversion
    gives the other side's (within 6 %, or 1 degree) matches it; a number converted wrongly, the
    same number in another unit or a conversion the wrong way still differ."""
    assert checks.number_differences(en, "en", other, lang) == differences
    assert checks.number_mismatch(en, "en", other, lang) is bool(differences[0])


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("Half of the budget will go to schools.", "50 % du budget ira aux écoles.", "fr", False),
        ("A quarter of the wells in the south are dry.", "25 % des puits du sud sont à sec.", "fr", False),
        ("The budget increased by 50%.", "Le budget a augmenté de moitié.", "fr", False),
        ("A third of the pipes need to be replaced.", "La moitié des canalisations doivent être remplacées.", "fr", True),
        ("A third of the pipes need to be replaced.", "La mitad de las tuberías deben ser reemplazadas.", "es", True),
        ("A third of the pipes need to be replaced.", "Un tiers des canalisations doivent être remplacées.", "fr", False),
        ("Two-thirds of them voted.", "Les deux tiers ont voté.", "fr", False),
        ("The number of cases has doubled since January.", "Le nombre de cas a triplé depuis janvier.", "fr", True),
        ("The number of cases has doubled since January.", "Die Zahl der Fälle hat sich seit Januar verdreifacht.", "de", True),
        ("The number of cases has doubled since January.", "El número de casos se ha triplicado desde enero.", "es", True),
        ("The number of cases has doubled since January.", "Die Zahl der Fälle hat sich seit Januar verdoppelt.", "de", False),
        ("The good intentions of a third party are powerless.", "Les bonnes intentions d'un tiers sont sans pouvoir.", "fr", False),
        ("The latter half of it escapes me.", "La seconde moitié m'échappe.", "fr", False),
        ("A house half brick and half wood.", "Une maison moitié bois, moitié brique.", "fr", False),
        ("He only half-lied.", "Il ne mentait qu'à moitié.", "fr", False),
        ("It lasted an hour and a half.", "Cela a duré une heure et demie.", "fr", False),
    ],
)  # fmt: skip
def test_fractions_and_multiples_in_words_are_numbers(en: str, other: str, lang: str, mismatch: bool) -> None:
    """"Half of the budget" / "50 % du budget" was flagged (drift 0.91) and "a third" / "la
    moitié", "doubled" / "a triplé" passed: "a third" read as the ordinal 3, "la moitié" and
    "triplé" as nothing. Fractions read as their value and percentage, multiplications as their
    factor; "a third party" / "un tiers", "the latter half", "moitié bois" and "à moitié" (half-)
    are no amounts. On the 12,643 gold beads one link more is flagged, a real difference
    (Candide: "a quarter of an hour" / "quatre heures")."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


@pytest.mark.parametrize(
    ("en", "other", "lang", "mismatch"),
    [
        ("A third of voters stayed home.", "1/3 des électeurs sont restés chez eux.", "fr", False),
        ("1/3 of voters stayed home.", "Un tiers des électeurs sont restés chez eux.", "fr", False),
        ("Two thirds of voters stayed home.", "2/3 des électeurs sont restés chez eux.", "fr", False),
        ("33% of voters stayed home.", "1/3 des électeurs sont restés chez eux.", "fr", False),
        ("A quarter of voters stayed home.", "1/4 der Wähler blieb zu Hause.", "de", False),
        ("A third of voters stayed home.", "1/4 des électeurs sont restés chez eux.", "fr", True),
        ("Half of voters stayed home.", "2/3 des électeurs sont restés chez eux.", "fr", True),
        ("On 3/4 May the talks ended.", "Les 3 et 4 mai, les pourparlers ont pris fin.", "fr", False),
    ],
)  # fmt: skip
def test_a_fraction_in_digits_is_the_amount_in_words(en: str, other: str, lang: str, mismatch: bool) -> None:
    """``1/3 des électeurs`` / ``a third of voters`` was a number_mismatch (its 1 and 3 had no
    counterpart): a fraction in digits before "of" (``des``, ``der``) reads as its amount and
    percentage; another fraction still differs, and ``3/4 May`` is still two days."""
    assert checks.number_mismatch(en, "en", other, lang) is mismatch


@pytest.mark.parametrize(
    ("en", "other", "lang", "differences"),
    [
        ("We will discuss this at the G7 meeting.", "Ne discuteremo alla riunione del G20.", "it", (["G7"], ["G20"])),
        ("COP27 opened in Egypt.", "La COP28 s'est ouverte en Égypte.", "fr", (["COP27"], ["COP28"])),
        ("CO2 emissions fell.", "Les émissions de CO₂ ont baissé.", "fr", ([], [])),
        ("At the G7 and the G20.", "Au G20.", "fr", ([], [])),
        ("At the G20 summit.", "Au sommet du G20.", "fr", ([], [])),
        ("Batches L2403A to L2406C are recalled.", "Loturile L2403A - L2408C sunt retrase.", "ro", (["L2406C"], ["L2408C"])),
        ("Batches L2403A to L2406C are recalled.", "Loturile L2403A - L2406C sunt retrase.", "ro", ([], [])),
    ],
)  # fmt: skip
def test_a_code_written_with_other_digits_is_a_number_mismatch(en: str, other: str, lang: str, differences) -> None:
    """The digits of a code (``G7``, ``COP27``) are no numbers of their own, so ``G7`` / ``G20``
    passed as a low similarity alone. A code whose letters the other side writes with other
    digits only is a mismatch, shown in the details; ``CO₂`` (a subscript) and a code left out
    are not. A code with letters after its digits (a batch ``L2406C``) is one too (a reviewer's
    ``L2406C`` / ``L2408C`` passed)."""
    assert checks.number_differences(en, "en", other, lang) == differences
    assert checks.number_mismatch(en, "en", other, lang) is bool(differences[0])


def test_a_source_in_capitals_has_the_names_checked_as_in_ordinary_case() -> None:
    """Broadcast captions are in capitals, where every word is capitalised: the sample's pairs
    whose French adds names (the heading's `Etats-Unis, Genève`, the closing `États-Unis`) are
    still flagged, and a faithful pair is not (before, any capitalised English word could pass
    for a fuzzy counterpart of a French name, and the closing pair went unflagged)."""
    remarks = SEEDS.joinpath("geneva_2022-01-21_lavrov_opening_remarks_en.txt").read_text(encoding="utf-8")
    mixed = SEEDS.joinpath("geneva_2022-01-21_lavrov_press_conference_en_fr.txt").read_text(encoding="utf-8")
    french = mixed[mixed.index("Source :") :]
    pairs = [
        (remarks[: remarks.index("FOREIGN")], french[: french.index("Monsieur")], "surplus"),
        (remarks[remarks.index("What we expect") :], french[french.index("Elles sont") :], "surplus"),
        (
            remarks[remarks.index("When you made") : remarks.index("Yesterday")],
            french[french.index("Quand") : french.index("Nous avons lu")],
            "",
        ),
    ]
    for en, fr, expected in pairs:
        assert checks.name_mismatch(en, fr, src_lang="en", tgt_lang="fr") == expected
        assert checks.name_mismatch(en.upper(), fr, src_lang="en", tgt_lang="fr") == expected, en[:30]


def test_a_transcribers_timecode_is_no_number_of_the_speech() -> None:
    """Rev-style notes (``[inaudible 00:02:01]``) hold the recording's clock: a sentence of the
    remarks that carries one is no number mismatch against a French rendering without it, while
    a changed date beside a note still is."""
    en = "Yesterday we spent a great deal of time [crosstalk 00:01:23] to familiarize ourselves with it."
    fr = "Hier, nous avons passé beaucoup de temps à en prendre connaissance."
    assert not checks.number_mismatch(en, "en", fr, "fr")
    assert checks.number_mismatch(
        "We met on 21 [inaudible 00:02:01] January.", "en", "Nous nous sommes vus le 22 janvier.", "fr"
    )
    assert not checks.number_mismatch(
        "We met on 21 [inaudible 00:02:01] January.", "en", "Nous nous sommes vus le 21 janvier.", "fr"
    )
    assert checks.extract_numbers("[00:05:12] In 2022 we met.", "en") == {2022.0: 1}


def test_a_short_german_line_copied_into_the_french_is_untranslated() -> None:
    """Text+Berg headings left in German: few lower-case words, as German capitalises nouns."""
    for line in ("Ein strahlender Augustmorgen .", "Eine SAC-Hütte mit Seeanstoss !"):
        assert checks.is_untranslated(line, line, "de", "fr")
    for names in ("Nanga Parbat , Cho Oyu , Gasherbrum .", "Piz Badile , Nordkante"):
        assert not checks.is_untranslated(names, names, "de", "fr")  # names are kept as they are


def test_german_nouns_are_not_names() -> None:
    """German capitalises every noun: only names the French side also has count (Text+Berg)."""
    de = "Der Bau hat bescheidene Ausmasse , und die Küche bildet einen Teil des Aufenthaltsraumes ."
    fr = "le bâtiment est de dimensions modestes , et la cuisine fait partie de la salle commune ."
    assert checks.name_mismatch(de, fr)  # read as English or French, every noun is a name
    assert not checks.name_mismatch(de, fr, src_lang="de", tgt_lang="fr")
    de = "Die Nordostwand des Kingspitz ist 600 m hoch ."
    fr = "La face nord-est de la Kingspitz est haute de 600 m ."
    assert not checks.name_mismatch(de, fr, src_lang="de", tgt_lang="fr", tgt_known=frozenset({"kingspitz"}))
    dropped = "La face nord-est est haute de 600 m ."
    assert checks.name_mismatch(de, dropped, src_lang="de", tgt_lang="fr", tgt_known=frozenset({"kingspitz"}))


def test_german_names_of_countries_and_peoples_match_their_french_ones() -> None:
    """Text+Berg: "die Genfer" / "les Genevois", "der Schweiz" / "la Suisse" are one name each."""
    de_fr = {"src_lang": "de", "tgt_lang": "fr"}
    assert not checks.name_mismatch(
        "Die Genfer haben ihre eigenen Gewohnheiten", "Les Genevois ont leurs coutumes", **de_fr
    )
    assert not checks.name_mismatch("Klettern in der Schweiz", "L'escalade en Suisse", **de_fr)
    assert not checks.name_mismatch("die Österreicher kamen", "les Autrichiens arrivèrent", **de_fr)
    assert checks.name_mismatch(
        "Sie haben ihre eigenen Gewohnheiten", "Les Genevois ont leurs coutumes", **de_fr
    )


@needs_transread
def test_a_name_swapped_for_another_is_a_mismatch_when_the_translation_keeps_it_elsewhere() -> None:
    en = "the portage between the Hudson and the lakes"
    fr = "le portage situé entre l' Angleterre et les lacs"
    # the translator writes "Hudson" elsewhere in the book: here it became another name
    assert checks.name_mismatch(en, fr, tgt_known=frozenset({"hudson", "angleterre"})) == "swap"
    # unknown to the translation, it reads as a name rendered by another
    assert checks.name_mismatch(en, fr) == ""
    # dropped, it is a surplus: a weaker sign, translators often write a pronoun for a name
    assert checks.name_mismatch(en, "le portage situé entre les lacs") == "surplus"
    # in a document, the swap weighs more than the dropped name, and both raise the drift
    known = ("they reached the Hudson at dawn", "ils atteignirent l' Hudson à l' aube")
    drifts = {}
    for kind, target in (
        ("", fr.replace("Angleterre", "Hudson")),
        ("swap", fr),
        ("surplus", "le portage situé entre les lacs"),
    ):
        links, src, tgt = doc([*filler_pairs(), known, (en, target)])
        scored = score_links(links, src, tgt)[-1]
        assert ("name_mismatch" in scored.flags) == bool(kind)
        drifts[kind] = scored.drift
    assert drifts[""] < 0.2 < drifts["surplus"] < drifts["swap"]
    # a name rendered by its meaning ("the March Hare" / "le Lièvre") is not
    en, fr = "said the March Hare", "dit le Lièvre"
    assert not checks.name_mismatch(en, fr, tgt_known=frozenset({"lievre"}))


def test_a_name_opening_a_sentence_is_read_where_the_document_knows_it() -> None:
    """Dumas, The Three Musketeers (OPUS Books): a name that opens a sentence (a subject, a
    vocative) is a name where the document writes it as one elsewhere and the language has no
    such word in lower case; a sentence's capital alone says nothing."""
    en = "Aramis, who was constantly at work at his poem, shut himself up in Athos’s closet."
    fr = "Aramis, qui travaillait toujours à son poème, s'enferma dans le cabinet d'Athos."
    known = frozenset({"aramis", "athos", "planchet", "here"})
    en_fr = {"src_known": known, "tgt_known": known, "src_lang": "en", "tgt_lang": "fr"}
    assert checks.name_mismatch(en, fr, **en_fr) == ""
    swapped = fr.replace("Aramis", "Planchet")
    assert checks.name_mismatch(en, swapped, **en_fr) == "swap"
    # unknown to the document, a capitalised word opening a sentence is no evidence of a name
    assert checks.name_mismatch(en, swapped, src_lang="en", tgt_lang="fr") == ""
    # a word of the language is no name, even where the document capitalises it mid-sentence
    here = '"Here," said he, "is the price of the execution."'
    assert checks.name_mismatch(here, "«Tenez, dit-il, voici le prix de l'exécution.»", **en_fr) == ""
    pale = ("Athos examined it and became very pale.", "Athos l'examina et devint fort pâle.")
    assert checks.name_mismatch(*pale, **en_fr) == ""
    assert checks.name_mismatch(pale[0], pale[1].replace("Athos", "Planchet"), **en_fr) == "swap"
    # the name the other side leaves out
    elsewhere = ("I don’t know such a place.", "Armentières, je ne connais pas cela!")
    known = frozenset({"armentieres"})
    assert checks.name_mismatch(*elsewhere, src_lang="en", tgt_lang="fr", tgt_known=known) == "surplus"


@pytest.mark.parametrize(
    ("src", "tgt", "langs"),
    [
        ("Jest to najdłuższy most nad Wisłą w Polsce.", "It is the longest bridge over the Vistula in Poland.", "pl en"),
        ("Oggi il Colosseo resta chiuso ai visitatori.", "Aujourd'hui le Colisée reste fermé aux visiteurs.", "it fr"),
        ("Les vins d'Alsace restent chers.", "Die Weine aus dem Elsass bleiben teuer.", "fr de"),
        ("Nous avons descendu le Danube jusqu'à Vienne.", "Wir fuhren die Donau hinab bis Wien.", "fr de"),
    ],
)
def test_rivers_regions_and_landmarks_named_each_languages_way_are_no_mismatch(src: str, tgt: str, langs: str) -> None:
    """Round Y (stop 62): faithful pairs were flagged as a name swapped (drift 0.51 to 0.82) for
    a river, a region or a monument each language names its own way; one turned into another
    still is a swap."""
    src_lang, tgt_lang = langs.split()
    assert checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang) == ""
    other = tgt.replace("Vistula", "Danube").replace("Colisée", "Louvre").replace("Elsass", "Burgund")
    other = other.replace("Donau", "Wolga")
    assert checks.name_mismatch(src, other, src_lang=src_lang, tgt_lang=tgt_lang) != ""


def test_a_name_swapped_for_one_the_source_document_knows_is_a_mismatch() -> None:
    """Jean-Jacques Rousseau, Confessions (TransRead): "Sardaigne" replaced by "Empire", a name
    the English book uses elsewhere while the French book has no other "Sardaigne"."""
    en = "was exposed to the view of the King of Sardinia , who happened to be passing by"
    fr = "fut étalé tout en plein devant le roi de Empire à son passage"
    assert not checks.name_mismatch(en, fr.replace("Empire", "Sardaigne"))
    assert not checks.name_mismatch(en, fr)  # a rendering ("Hare" / "Lièvre") looks the same alone
    assert checks.name_mismatch(en, fr, src_known=frozenset({"empire", "sardinia"}))


@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("The talks will be held in Paris.", "Les pourparlers auront lieu à Berlin.", "fr", "swap"),
        ("The next meeting will be chaired by Italy.", "La prochaine réunion sera présidée par l'Espagne.", "fr", "swap"),
        ("Troops were sent to Syria.", "Des troupes ont été envoyées en Libye.", "fr", "swap"),
        ("We met in Paris.", "Мы встретились в Берлине.", "ru", "swap"),
        ("The decision was announced in Moscow.", "La décision a été annoncée par la Russie.", "fr", ""),
        ("He sailed for England.", "Il s'embarqua pour la Grande-Bretagne.", "fr", ""),
        ("He sailed for England.", "Il s'embarqua pour l'Écosse.", "fr", "swap"),
        ("Said the March Hare.", "Dit le Lièvre.", "fr", ""),
        ("The talks will be held in Paris.", "Les pourparlers auront lieu à Paris.", "fr", ""),
    ],
)  # fmt: skip
def test_a_country_or_city_turned_into_another_is_a_swap(en: str, other: str, lang: str, expected: str) -> None:
    """A country or city without counterpart facing one of the same kind on the other side is a
    swap though the document names neither elsewhere (a memory's single unit): before, as many
    unmatched names on each side read as a rendering and none was flagged. A city against a
    country is the usual metonymy ("Moscow" for Russia), England against Great Britain a
    habit of older translations, and a name rendered by its meaning no place: none is flagged."""
    none: frozenset[str] = frozenset()
    assert checks.name_mismatch(en, other, 0.34, none, none, none, "en", lang) == expected
    assert checks.name_mismatch(other, en, 0.34, none, none, none, lang, "en") == expected


def test_a_german_name_after_a_title_is_a_name() -> None:
    """German capitalises every noun, so a capitalised German word counted as a name only where
    the other document had it: a name the German target added ("dass Präsident Biden der
    Industrie folgen wird") went unflagged. A word after a title is a name."""
    none: frozenset[str] = frozenset()
    en = "I am confident that industry will follow."
    de = "Ich bin zuversichtlich, dass Präsident Biden der Industrie folgen wird."
    assert checks.name_differences(en, de, src_lang="en", tgt_lang="de") == ([], ["Biden"])
    assert checks.name_mismatch(en, de, 0.34, none, none, none, "en", "de") == "surplus"
    en, de = "President Biden met Chancellor Scholz.", "Präsident Biden traf Bundeskanzler Scholz."
    assert checks.name_mismatch(en, de, 0.34, none, none, none, "en", "de") == ""


@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("Norway and Morocco signed.", "Noruega y Marruecos firmaron.", "es", ""),
        ("Egypt signed.", "L'Egitto ha firmato.", "it", ""),
        ("Norway agreed.", "Suecia estaba de acuerdo.", "es", "swap"),
        ("Lebanon agreed.", "La Syrie était d'accord.", "fr", "swap"),
        ("We talked about Lebanon.", "Мы говорили о Ливане.", "ru", ""),
        ("We talked about Lebanon.", "Мы говорили о Сирии.", "ru", "swap"),
        ("The BRICS summit opened.", "Саммит БРИКС открылся.", "ru", ""),
        ("The United Kingdom signed.", "Das Vereinigte Königreich hat unterzeichnet.", "de", ""),
        ("The United States agreed.", "Die Vereinigten Staaten stimmten zu.", "de", ""),
        ("The Security Council met.", "Der Sicherheitsrat trat zusammen.", "de", ""),
        ("The Secretary-General of the United Nations spoke.", "Der Generalsekretär der Vereinten Nationen sprach.", "de", ""),
        ("The Chancellery said so.", "Das Kanzleramt sagte das.", "de", ""),
        ("The World Health Organization will help.", "Die Weltgesundheitsorganisation wird helfen.", "de", ""),
        ("The European Union and the World Health Organization will help.", "L'Union européenne et l'Organisation mondiale de la santé aideront.", "fr", ""),
        ("The International Monetary Fund agreed.", "Der Internationale Währungsfonds stimmte zu.", "de", ""),
        ("The Minister of Health presented the plan.", "Die Gesundheitsministerin stellte den Plan vor.", "de", ""),
        ("It was announced by the Minister of Agriculture.", "Es wurde vom Landwirtschaftsminister angekündigt.", "de", ""),
        ("The Minister of Health presented the plan to Smith.", "La ministra de Sanidad presentó el plan.", "es", "surplus"),
    ],
)  # fmt: skip
def test_countries_and_institutions_rendered_in_other_languages(en: str, other: str, lang: str, expected: str) -> None:
    """Faithful renderings flagged by users: "Norway" / "Noruega" and "Morocco" / "Marruecos"
    read as two countries each, a swap (0.80), since the table listed every country name flat;
    each country's names are one group now, so "Suecia" for "Norway" stays a swap. German forms
    of the UN, US, UK, Security Council, WHO and IMF, a Russian "Ливане" or "БРИКС", and the
    portfolio of a minister ("Minister of Health" / "Gesundheitsministerin", "ministra de
    Sanidad") left English words unmatched (0.55)."""
    none: frozenset[str] = frozenset()
    assert checks.name_mismatch(en, other, 0.34, none, none, none, "en", lang) == expected


@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("Chinese officials arrived.", "Des responsables japonais sont arrivés.", "fr", "swap"),
        ("The American delegation met.", "La delegación británica se reunió.", "es", "swap"),
        ("German troops entered.", "Des troupes françaises sont entrées.", "fr", "swap"),
        ("Chinese officials arrived.", "Des responsables chinois sont arrivés.", "fr", ""),
        ("The American and British delegations met.", "Les délégations américaine et britannique se sont réunies.", "fr", ""),
        ("Moscow said no.", "La partie russe a dit non.", "fr", ""),
        ("The German government agreed.", "Die französische Regierung stimmte zu.", "de", "swap"),
        ("The French government agreed.", "Die französische Regierung stimmte zu.", "de", ""),
        ("200 Indian rupees (180 Swiss francs).", "200 roupies indiennes (180 francs suisses).", "fr", ""),
        ("Italian and Spanish ships.", "Navi italiane e spagnole.", "it", ""),
        ("Greek ships.", "Des navires turcs.", "fr", "swap"),
        ("Have you spoken to your Spanish counterpart?", "Avez-vous parlé à votre homologue portugais ?", "fr", "swap"),
        ("Have you spoken to your Portuguese counterpart?", "Avez-vous parlé à votre homologue portugais ?", "fr", ""),
        ("The Canadian delegation arrived.", "La délégation américaine est arrivée.", "fr", "swap"),
        ("The Canadian delegation arrived.", "Die kanadische Delegation ist angekommen.", "de", ""),
    ],
)  # fmt: skip
def test_a_nationality_turned_into_another_is_a_swap(en: str, other: str, lang: str, expected: str) -> None:
    """Adjectives of nationality are written in lower case in most languages, so no name was
    missed when "Chinese" became "japonais": each side naming a country, its people or its
    language that the other does not is now a swap. Naming the same ones in other words is
    none, nor is a capital for its country. German adjectives are in lower case too
    (``französische``), and feminine and plural forms count (``roupies indiennes``, which read
    as Swiss against Indian). On the 12,643 gold links of the five sets one is taken for a swap,
    the French Alice's lesson-book made Italian."""
    none: frozenset[str] = frozenset()
    assert checks.name_mismatch(en, other, 0.34, none, none, none, "en", lang) == expected


@needs_transread
def test_a_nationality_swap_names_its_words_in_the_details() -> None:
    """Round AA (stop 62): a nationality turned into another was flagged with the details
    ``name_mismatch: source none; target none``, since no name differs; they now name the words."""
    spanish = "Have you spoken to your Spanish counterpart?"
    portuguese = "Avez-vous parlé à votre homologue portugais ?"
    assert checks.nationality_differences(spanish, portuguese) == (["Spanish"], ["portugais"])
    us = ("Troops went to the United States.", "Des troupes sont allées en Chine.")
    assert checks.nationality_differences(*us) == (["united states"], ["Chine"])
    scored = score_pair(
        "Have you spoken to your Spanish counterpart about the fishing quotas for next year?",
        "Avez-vous parlé des quotas de pêche de l'année prochaine avec votre homologue portugais ?",
    )
    assert "name_mismatch: source Spanish; target portugais" in scored.details


def test_a_known_name_of_another_initial_makes_no_swap() -> None:
    """Alice (TransRead): "Mouse" matched the French book's "Douze" a letter apart, so every "O
    Mouse" / "Ô Souris" link read as a name swapped (weight 0.8); the same name misspelt still
    makes one ("Heyward" / "Heywood")."""
    en, fr = "So she began : ' O Mouse , do you know the way ? '", "Elle commença : « Ô Souris , savez-vous ? »"
    assert checks.name_mismatch(en, fr, tgt_known=frozenset({"douze", "souris"})) == ""
    en, fr = "said Heyward to the scout", "dit Montcalm au chasseur"
    assert checks.name_mismatch(en, fr, tgt_known=frozenset({"heywood", "montcalm"})) == "swap"


@needs_transread
def test_a_name_in_an_untranslated_line_is_not_one_the_target_document_knows() -> None:
    """Alice (TransRead): one line left in English in the French file ("said the Hatter")
    made every link where the translator wrote "le Chapelier" read as "Hatter" swapped for a
    name (118 of 1,338 untouched links of the drift benchmark's Alice flagged for names); the
    names of a copied line are not names the target document knows. A name swapped for one the
    target uses in a translated line still is."""
    rendered = ("' Have you guessed the riddle yet ? ' the Hatter said , turning to Alice again .",
                "\" Avez-vous deviné l' énigme ? \" dit le Chapelier , se tournant de nouveau vers Alice .")
    copied = ("' Which is just the case with mine , ' said the Hatter .",) * 2
    links, src, tgt = doc([*filler_pairs(), copied, rendered])
    assert "untranslated" in score_links(links, src, tgt)[-2].flags
    assert "name_mismatch" not in score_links(links, src, tgt)[-1].flags
    known = ("The Hatter was there .", "Le Hatter était là .")  # the target writes "Hatter" itself
    links, src, tgt = doc([*filler_pairs(), known, rendered])
    assert "name_mismatch" in score_links(links, src, tgt)[-1].flags


def test_a_word_the_document_writes_in_lower_case_is_no_name() -> None:
    """A heading run into its paragraph leaves a capital mid-sentence ("Sur l'arête nord Nous
    gagnons", Text+Berg): a word its document also writes in lower case is no dropped name; a
    name it never writes so still is."""
    pairs = geneva_pairs()
    en, fr = pairs[-1]
    assert fr.startswith("Nous n’attendons pas") and "nous" in checks.lower_case_words(
        " ".join(f for _, f in pairs)
    )
    headed = [*pairs[:-1], (en, "Nos attentes " + fr)]
    assert "Nous" in checks.extract_names(headed[-1][1])
    assert "name_mismatch" not in score_links(*doc(headed))[-1].flags
    named = [*pairs[:-1], (en, "Nos attentes Lavrov " + fr[5:])]
    assert "name_mismatch" in score_links(*doc(named))[-1].flags


def test_a_name_is_not_matched_by_a_common_word_of_another_initial() -> None:
    """Emma (TransRead): "Taylor" was matched by "alors" (same skeleton up to two edits), hiding
    "Mlle Taylor" turned into "Mlle Churchill"."""
    en = "you would not have had Miss Taylor live with us for ever"
    fr = "vous ne pouviez pas souhaiter que Mlle Churchill demeurât avec nous alors"
    assert checks.unmatched_names(en, fr) == ["Taylor"]
    assert checks.name_mismatch(en, fr, tgt_known=frozenset({"taylor", "churchill"}))
    assert not checks.name_mismatch("troops from Russia", "des troupes russes")  # same initial


def test_name_equivalents_and_spelling_variants() -> None:
    assert not checks.name_mismatch("talks between the US and the EU", "entre les États-Unis et l'UE")
    assert not checks.name_mismatch("a statement by Sergey Lavrov", "une déclaration de Sergueï Lavrov")
    assert not checks.name_mismatch("he spoke with Zelensky", "il a parlé avec Zelenski")
    assert not checks.name_mismatch("troops in Germany", "des troupes en Allemagne")
    assert checks.name_mismatch("he met Blinken in Geneva today", "il l'a rencontré aujourd'hui")
    assert checks.names_match("Sergey", "Sergueï") and not checks.names_match("Lavrov", "Blinken")


@pytest.mark.parametrize(
    ("en", "es"),
    [
        ("Talks between the US and Russia.", "Conversaciones entre Estados Unidos y Rusia."),
        ("Talks between the US and Russia.", "Conversaciones entre EE. UU. y Rusia."),
        ("Talks between the US and Russia.", "Conversaciones entre EEUU y Rusia."),
        ("The American delegation arrived in Geneva.", "La delegación estadounidense llegó a Ginebra."),
        (
            "The UN Security Council met yesterday evening in Moscow.",
            "El Consejo de Seguridad de la ONU se reunió ayer por la tarde en Moscú.",
        ),
        (
            "The White House and the State Department said so.",
            "La Casa Blanca y el Departamento de Estado lo dijeron.",
        ),
        ("The Foreign Ministry said so.", "El Ministerio de Asuntos Exteriores lo dijo."),
        ("The City Council met in Madrid.", "El Ayuntamiento se reunió en Madrid."),  # round U
    ],
)
def test_spanish_names_of_countries_and_institutions_match(en: str, es: str) -> None:
    """Before, each of these was a name_mismatch ("US" against "Estados Unidos", "Geneva"
    against "Ginebra", "White" against "Casa Blanca"); a country dropped is still one."""
    assert not checks.name_mismatch(en, es)
    dropped = es.replace(" y Rusia", "").replace(" en Moscú", "").replace(" a Ginebra", "")
    assert dropped == es or checks.name_mismatch(en, dropped)


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("Nous avons parlé du Moyen-Orient, de la mer Noire et de la place Rouge.", "fr"),
        ("Nous avons parlé du Proche-Orient, de la mer Noire et de la place Rouge.", "fr"),
        ("Hablamos de Oriente Medio, del mar Negro y de la plaza Roja.", "es"),
        ("Wir sprachen über den Nahen Osten, das Schwarze Meer und den Roten Platz.", "de"),
        ("Мы говорили о Ближнем Востоке, о Чёрном море и о Красной площади.", "ru"),
        ("Ми говорили про Близький Схід, про Чорне море і про Червону площу.", "uk"),
    ],
)
def test_regions_whose_names_are_translated_match(other: str, lang: str) -> None:
    """The Middle East, the Black Sea and Red Square are translated word for word (``mer
    Noire``, ``Чёрное море``): before, ``Middle`` / ``Moyen-Orient``, ``Noire``, ``Red`` /
    ``Rouge`` were name mismatches. A region dropped or replaced is still one."""
    en = "We talked about the Middle East, the Black Sea and Red Square."
    assert not checks.name_mismatch(en, other, 0.34, frozenset(), frozenset(), frozenset(), "en", lang)
    assert not checks.name_mismatch(other, en, 0.34, frozenset(), frozenset(), frozenset(), lang, "en")
    dropped = "We talked about the Middle East, the Black Sea, Red Square and Syria."
    assert checks.name_mismatch(dropped, other, 0.34, frozenset(), frozenset(), frozenset(), "en", lang)


@pytest.mark.parametrize(
    ("src", "tgt", "src_lang", "tgt_lang"),
    [
        ("Thank you, I'm thrilled to be here.", "Gracias, estoy encantada de estar aquí.", "en", "es"),
        ("Non, et je l'ai dit cent fois.", "No, and I've said so a hundred times.", "fr", "en"),
        ("Will the Chancellor rule out cuts?", "Schließt der Finanzminister Kürzungen aus?", "en", "de"),
        ("Thank you, the House knows it.", "Gracias, la Cámara lo sabe.", "en", "es"),
        ("Madam Speaker, the Member is right.", "Die Frau Abgeordnete hat recht.", "en", "de"),
        ("We asked the Mayor.", "Nous avons demandé au maire.", "en", "fr"),
    ],
)  # fmt: skip
def test_contractions_of_i_and_offices_are_no_names(src: str, tgt: str, src_lang: str, tgt_lang: str) -> None:
    """A reviewer's faithful transcripts: ``I'm``, ``I've`` were names (name_mismatch at 0.55),
    and so were ``Chancellor``, Spanish ``Cámara`` and German ``Abgeordnete`` after ``Frau``."""
    assert not checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang)


def test_a_name_after_an_abbreviated_title_is_a_name_and_titled_names_swapped_are_a_swap() -> None:
    """``Mr. Johnson``, ``M. Lambert``: the full stop of the title was read as a sentence's end,
    so the name after it was none, and ``Thank you, Mr Johnson.`` read as a heading in title case;
    a reviewer's ``Madame Lefèvre`` / ``Ms Lambert`` passed (drift 0.08): unmatched names as many
    on each side were taken as names rendered by their meaning, which a surname after a title
    never is."""
    assert checks.extract_names("We met Mr. Johnson yesterday.") == {"Johnson"}
    assert checks.extract_names("Nous avons rencontré M. Lambert hier.") == {"Lambert"}
    assert checks.extract_names("Thank you, Mr Johnson.") == {"Johnson"}
    assert checks.extract_names("Merci, Mme Durand.") == {"Durand"}
    assert checks.extract_names("At Full Steam Ahead") == set()
    assert checks.extract_names("He left at 5 p.m. Then it rained.") == set()
    swap = ("Madame Lefèvre, vous venez de le dire.", "Ms Lambert, you have just said it.")
    assert checks.name_mismatch(*swap, src_lang="fr", tgt_lang="en") == "swap"
    assert checks.name_mismatch("Mr. Johnson said so.", "M. Lambert l'a dit.", src_lang="en", tgt_lang="fr") == "swap"
    assert checks.name_mismatch("Mr. Johnson said so.", "M. Johnson l'a dit.", src_lang="en", tgt_lang="fr") == ""
    assert checks.name_mismatch("The March Hare said so.", "Le Lièvre de Mars l'a dit.", src_lang="en", tgt_lang="fr") == ""


def test_a_titled_name_is_the_whole_word_right_after_the_title() -> None:
    """The title test finds each place a name occurs and asks whether a title ends right there:
    any occurrence may be the titled one, a longer word holding the name is not it, and an
    initial or several spaces may stand between title and name."""
    from align.checks.names import _titled

    assert _titled(["Lambert"], "Lambert a parlé, puis Madame Lambert a répondu.")
    assert not _titled(["Lambert"], "Ms Lamberton answered, and Lambert agreed.")
    assert _titled(["Smith"], "We thank Mr J. Smith for his remarks.")
    assert _titled(["Brandt"], "Herrn\n  Brandt gilt unser Dank.")
    assert not _titled(["Brandt"], "Ein Brandt-Zitat, ohne Herrn davor.")
    assert not _titled(["Smith"], "Mister Smith came.")  # not a title the list knows
    assert not _titled(["Mr"], "Mr Smith came.")  # the title itself is no titled name
    assert _titled(iter(["Jones", "Smith"]), "Dr. Smith came.")


@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("Mr Lavrov, what do you expect from the talks?", "Monsieur le Ministre, qu'attendez-vous des pourparlers ?", "fr"),
        ("Mr Lavrov, what do you expect from the talks?", "Господин Министр, чего вы ждёте от переговоров?", "ru"),
        ("Mr Lavrov, what do you expect from the talks?", "Herr Minister, was erwarten Sie von den Gesprächen?", "de"),
        ("Minister Lavrov, what do you expect from the talks?", "Señor ministro, ¿qué espera de las conversaciones?", "es"),
        ("Mayor Johnson, you are in favour.", "Monsieur le Maire, vous y êtes favorable.", "fr"),
    ],
)  # fmt: skip
def test_an_official_addressed_by_the_office_keeps_the_name(en: str, other: str, lang: str) -> None:
    """Interpreters render ``Mr Lavrov,`` as ``Monsieur le Ministre,``: the name after a title
    or form of address was a name_mismatch (a journalist's question in a press conference) where
    the other side names the office. Without the office the name is still missing."""
    assert not checks.name_mismatch(en, other, src_lang="en", tgt_lang=lang)
    assert not checks.name_mismatch(other, en, src_lang=lang, tgt_lang="en")
    bare = other.split(",", 1)[1] if "," in other else other
    assert checks.name_mismatch(en, bare, src_lang="en", tgt_lang=lang)


@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("Exports to South Korea rose sharply.", "Die Exporte nach Südkorea stiegen stark.", "de"),
        ("North Korea fired a missile.", "Nordkorea feuerte eine Rakete ab.", "de"),
        ("The Western Balkans need investment.", "Der Westbalkan braucht Investitionen.", "de"),
        ("Eastern Europe grew faster.", "Osteuropa wuchs schneller.", "de"),
        ("Trade with Southeast Asia grew.", "Der Handel mit Südostasien wuchs.", "de"),
        ("Trade with Southeast Asia grew.", "Le commerce avec l'Asie du Sud-Est a progressé.", "fr"),
        ("The government approved the budget.", "El Ejecutivo aprobó el presupuesto.", "es"),
        ("The government approved the budget.", "L'Esecutivo ha approvato il bilancio.", "it"),
    ],
)
def test_a_place_with_its_compass_point_in_one_word_and_the_executive_are_no_mismatch(
    en: str, other: str, lang: str
) -> None:
    """German writes the compass point and the place as one word (``Südkorea``, ``Westbalkan``):
    before, ``Korea``, ``Balkans``, ``Europe`` and ``Asia`` (with ``Southeast``) had no
    counterpart, and Spanish and Italian ``Ejecutivo`` (the government) was a name. Another
    place than the compound's is still one."""
    assert not checks.name_mismatch(en, other, src_lang="en", tgt_lang=lang)
    if lang == "de":
        swapped = en.replace("Korea", "Japan").replace("Balkans", "Caucasus").replace("Europe", "Africa")
        swapped = swapped.replace("Asia", "Africa")
        assert checks.name_mismatch(swapped, other, src_lang="en", tgt_lang=lang)


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("Wir trafen uns in München und reisten dann weiter nach Venedig und Aachen, in Bayern und Niedersachsen.", "de"),
        ("Ci siamo incontrati a Monaco di Baviera e poi siamo andati a Venezia e Aquisgrana, in Baviera e Bassa "
         "Sassonia.", "it"),
        ("Nous nous sommes vus à Munich puis nous sommes allés à Venise et Aix-la-Chapelle, en Bavière et en "
         "Basse-Saxe.", "fr"),
    ],
)
def test_cities_and_regions_each_language_names_its_own_way_match(other: str, lang: str) -> None:
    """Munich is München and Monaco di Baviera, Aachen Aix-la-Chapelle, Lower Saxony
    Niedersachsen: before, each was a name_mismatch on a faithful sentence. A city the
    translation leaves out is still one."""
    en = "We met in Munich and then travelled on to Venice and Aachen, in Bavaria and Lower Saxony."
    assert not checks.name_mismatch(en, other, 0.34, frozenset(), frozenset(), frozenset(), "en", lang)
    assert not checks.name_mismatch(other, en, 0.34, frozenset(), frozenset(), frozenset(), lang, "en")
    added = en.replace("Aachen", "Aachen and Florence")
    assert checks.name_mismatch(added, other, 0.34, frozenset(), frozenset(), frozenset(), "en", lang)


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("La Banque mondiale et la Croix-Rouge parlent d'un retour à la guerre froide, le pire depuis la Seconde "
         "Guerre mondiale, et ont saisi la Cour pénale internationale et le Conseil des droits de l'homme.", "fr"),
        ("Die Weltbank und das Rote Kreuz sprechen von einer Rückkehr zum Kalten Krieg, der schlimmsten seit dem "
         "Zweiten Weltkrieg, und haben den Internationalen Strafgerichtshof und den Menschenrechtsrat angerufen.",
         "de"),
        ("El Banco Mundial y la Cruz Roja hablan de un regreso a la Guerra Fría, el peor desde la Segunda Guerra "
         "Mundial, y han acudido a la Corte Penal Internacional y al Consejo de Derechos Humanos.", "es"),
        ("La Banca mondiale e la Croce Rossa parlano di un ritorno alla Guerra fredda, il peggiore dalla Seconda "
         "guerra mondiale, e si sono rivolte alla Corte penale internazionale e al Consiglio dei diritti umani.",
         "it"),
        ("Всемирный банк и Красный Крест говорят о возврате к холодной войне, худшем со времён Второй мировой "
         "войны, и обратились в Международный уголовный суд и Совет по правам человека.", "ru"),
        ("Світовий банк і Червоний Хрест говорять про повернення до холодної війни, найгірше з часів Другої "
         "світової війни, і звернулися до Міжнародного кримінального суду та Ради з прав людини.", "uk"),
    ],
)
def test_institutions_and_events_named_by_common_words_match(other: str, lang: str) -> None:
    """The World Bank, the Red Cross, the Cold War, the Second World War, the International
    Criminal Court and the Human Rights Council, whose names are common words each language
    translates (capitalised in English only): before, "World", "Red Cross", "Cold War" and
    "Criminal" were names the translation lacked, in every one of these languages. An
    institution the translation leaves out, or turns into another, is still a mismatch."""
    en = (
        "The World Bank and the Red Cross speak of a return to the Cold War, the worst since the Second World "
        "War, and have turned to the International Criminal Court and the Human Rights Council."
    )
    none: frozenset[str] = frozenset()
    assert not checks.name_mismatch(en, other, 0.34, none, none, none, "en", lang)
    assert not checks.name_mismatch(other, en, 0.34, none, none, none, lang, "en")
    dropped = "The loan was frozen by the World Bank."
    assert checks.name_mismatch(dropped, "Le prêt a été gelé.", 0.34, none, none, none, "en", "fr")
    swapped = "The World Bank has frozen the loan."
    assert checks.name_mismatch(swapped, "Le FMI a gelé le prêt.", 0.34, none, none, none, "en", "fr")


@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("Madam Chair, thank you for giving me the floor.", "Madame la Présidente, je vous remercie de me donner la parole.", "fr"),
        ("Excellencies, ladies and gentlemen, I welcome you.", "Excellences, Mesdames et Messieurs, je vous souhaite la bienvenue.", "fr"),
        ("I pay tribute to the peacekeepers who lost their lives in Mali.", "Je rends hommage aux Casques bleus qui ont perdu la vie au Mali.", "fr"),
        ("We gave 40 million dollars to the World Food Programme.", "Nous avons versé 40 millions de dollars au Programme alimentaire mondial.", "fr"),
        ("We must achieve the Sustainable Development Goals.", "Nous devons atteindre les objectifs de développement durable.", "fr"),
        ("The Peacebuilding Commission and the Global Fund have a role to play.", "La Commission de consolidation de la paix et le Fonds mondial ont un rôle à jouer.", "fr"),
        ("The Non-Proliferation Treaty review conference failed.", "La conférence d'examen du Traité sur la non-prolifération a échoué.", "fr"),
        ("The NATO Summit opened in Vilnius.", "Le Sommet de l'OTAN s'est ouvert à Vilnius.", "fr"),
        ("Ladies and gentlemen, welcome.", "Signore e Signori, benvenuti.", "it"),
        ("Madam President, I congratulate you.", "Signora Presidente, mi congratulo con Lei.", "it"),
    ],
)  # fmt: skip
def test_a_speech_to_an_international_body_has_no_false_names(en: str, other: str, lang: str) -> None:
    """Forms of address (``Madam Chair``, ``Mesdames``, ``Signori``, the polite ``Lei``), the
    United Nations' programmes and bodies named by common words, and a treaty's word French
    capitalises (``Traité``): before, each of these faithful sentences of a speech was a
    ``name_mismatch``. The programme left out of a translation still is one."""
    none: frozenset[str] = frozenset()
    assert not checks.name_mismatch(en, other, 0.34, none, none, none, "en", lang)
    assert not checks.name_mismatch(other, en, 0.34, none, none, none, lang, "en")
    dropped = "We gave 40 million dollars to the World Food Programme."
    assert checks.name_mismatch(dropped, "Nous avons versé 40 millions de dollars.", 0.34, none, none, none, "en", "fr")


def test_words_the_italian_press_capitalises_are_no_names() -> None:
    """"il Paese" (the country) and the decades ("negli anni Sessanta") are capitalised in
    Italian newspapers: before, each was a name the English lacked."""
    for en, it in [
        ("The country's economy grew.", "L'economia del Paese è cresciuta."),
        ("Prices rose sharply in the 1960s.", "I prezzi sono saliti molto negli anni Sessanta."),
    ]:
        assert not checks.name_mismatch(en, it, 0.34, frozenset(), frozenset(), frozenset(), "en", "it")


def test_nationality_nouns_match_the_peoples_they_name() -> None:
    """English capitalises ``Englishwoman`` and ``Frenchmen`` as it does ``English``; French writes
    the people ``Anglaise``, ``Français`` (OPUS Books' Dumas: before, a name mismatch for each).
    A nationality dropped is still one."""
    en = "It is a gift from my beautiful Englishwoman, or rather Frenchwoman, for I am sure she was born in France."
    fr = "C'est un cadeau de ma belle Anglaise, ou plutôt de ma belle Française, car je suis sûr qu'elle est née en France."
    assert not checks.name_mismatch(en, fr)
    assert not checks.name_mismatch(fr, en, src_lang="fr", tgt_lang="en")
    en = "Two Englishmen and a Dutchman met a Scotsman in Wales."
    assert not checks.name_mismatch(en, "Deux Anglais et un Hollandais rencontrèrent un Écossais au pays de Galles.")
    assert checks.name_mismatch("Two Englishmen met a Scotsman.", "Deux hommes rencontrèrent un Écossais.")


def test_a_name_after_its_particle_matches_it_written_as_one_word() -> None:
    """Translators write ``des Essarts`` as ``Dessessart`` and ``van Dyck`` as ``Vandyke``;
    French ``MM.`` (messieurs) is a title, no name; English capitalises ``Guardsmen``. OPUS
    Books' Dumas: 28 false flags before."""
    en = "He must have been prevented by Monsieur de Treville or Monsieur Dessessart."
    fr = "Il faut qu'il ait été empêché par M. de Tréville ou par M. des Essarts."
    assert not checks.name_mismatch(en, fr)
    assert not checks.name_mismatch(fr, en, src_lang="fr", tgt_lang="en")
    assert not checks.name_mismatch("A portrait by Vandyke.", "Un portrait de van Dyck.")
    guards_en = "The Guards, under the command of M. Dessessart, took up their quarters at the Minimes."
    guards_fr = "Les gardes, sous le commandement de M. des Essarts, avaient leur logement aux Minimes."
    assert not checks.name_mismatch(guards_en, guards_fr)
    assert checks.name_mismatch(en.replace("Monsieur Dessessart", "his brother"), fr)
    assert checks.name_mismatch("We met Dupont and de Villiers there.", "Nous y avons vu Dupont.")
    assert not checks.name_mismatch("Messieurs Athos, Porthos and Aramis.", "Ce sont MM. Athos, Porthos et Aramis.")
    # an English compound of a body of men, capitalised: "Guardsmen" are "gardes"
    guards = "D'Artagnan, addressing the Guardsmen, said the feast would be dull."
    assert not checks.name_mismatch(guards, "D'Artagnan, s'adressant aux gardes, dit que le festin serait triste.")
    assert checks.name_mismatch(guards, "D'Artagnan dit que le festin serait triste.")


def test_gospel_jews_milord_and_new_match_their_french_words() -> None:
    """English capitalises ``Gospel`` and ``Jew``, French writes ``l'évangile``, ``le juif``;
    ``Milord`` is a title; ``New`` England is ``Nouvelle``-Angleterre, and a name joined by a
    hyphen (``Gospel-side``) is found in its group by its part (TransRead, OPUS Books: 11 false
    flags before). A people dropped is still a mismatch."""
    pairs = [
        ("The server bore it to the left, or Gospel-side, of the altar.", "Il le porta du côté de l'Évangile."),
        ('"Upon the Gospel," said Athos, "I swear it."', "-- Sur l'évangile, s'écria Athos, je le jure."),
        ("How much did the Jew say he would give?", "Combien le juif donnait-il?"),
        ("I thought so, my lord, said Felton.", "Je l'ai bien pensé, Milord, dit Felton."),
        (
            "The version we use in the colonies of New England is the best, said Israel.",
            "La traduction dont nous nous servons dans les colonies de la Nouvelle-Angleterre est la meilleure, dit Israël.",
        ),
    ]
    for en, fr in pairs:
        assert not checks.name_mismatch(en, fr), en
    assert checks.name_mismatch("He sold the ring to the Jew of the Rue des Lombards.", "Il vendit la bague rue des Lombards.")


@pytest.mark.parametrize(
    ("src", "tgt", "src_lang", "missed"),
    [
        # the possessive French capitalises before an honorific; forms of address
        ("Monseigneur, your Eminence has ill understood my words.", "-- Monseigneur, Votre Éminence a mal compris mes paroles.", "en", ""),
        ("Let us see what are his Eminence's commands.", "Voyons ce que me veut Son Éminence.", "en", ""),
        ("You ought not to think yourself equal to the Misses Reed.", "Vous n'allez pas vous croire semblable à Mlles Reed.", "en", ""),
        ("Because Missis kindly allows you to be brought up with them.", "Parce que madame a la bonté de vous faire élever avec eux.", "en", ""),
        ("Your Eminence, Rochefort is here.", "Votre Éminence, il est ici.", "en", "Rochefort"),
        # sacred words religious texts capitalise
        ("In the name of the Father, the Son, and the Holy Ghost.", "Au nom du Père, du Fils et du Saint-Esprit.", "en", ""),
        ("The priest read the eternity of the Word.", "Le prêtre lisait l'éternité du Verbe.", "en", ""),
        ("She made sure the abode of the Divinity was in order.", "Elle s'assura que le ménage du bon Dieu était bien fait.", "en", ""),
        # given names of saints and kings in each language's form
        ("It was William the Conqueror who gave the island its laws.", "C'est Guillaume le Conquérant qui donna ses lois à l'île.", "en", ""),
        ("The boat left St. Peter Port at dawn.", "Le bateau quitta Saint-Pierre-Port à l'aube.", "en", ""),
        ("The priest read the Gospel of St. John.", "Le prêtre lisait l'Évangile de Saint Jean.", "en", ""),
        ("It was William the Conqueror who gave the island its laws.", "C'est le Conquérant qui donna ses lois à l'île.", "en", "William"),
        # the adjective of a place name
        ("Das ist das Rot Grätli am Gipfelkopf des Grossen Mythen .", "C' est le Rot Grätli , au sommet du Grand Mythen .", "de", ""),
        ("They reached the Great Lakes.", "Ils atteignirent les Grands Lacs.", "en", ""),
        ("Little John laughed.", "Petit-Jean se mit à rire.", "en", ""),
        ("They reached the Great Lakes with Dupont.", "Ils atteignirent les Grands Lacs.", "en", "Dupont"),
        # stop 37: peoples, titles and words of places
        ("He wrote in the Icelandic tongue.", "Il écrivait en langue islandaise.", "en", ""),
        ("A gallant Flemish boy whom I liked.", "Un brave Flamand que j'aimais.", "en", ""),
        ("You may go as far as Lower Normandy.", "Vous irez jusqu'en Basse-Normandie.", "en", ""),
        ("I am waiting for my master, Mynheer Vanderdendur.", "J'attends mon maître, M. Vanderdendur.", "en", ""),
        ("He was presented to their Highnesses the next day.", "Il fut présenté le lendemain.", "en", ""),
        ("Candide thought himself escaped out of Hell.", "Candide croyait être délivré de l'enfer.", "en", ""),
        ("He lived in Brunswick Square.", "Il habitait la place.", "en", "Brunswick"),
    ],
)
def test_honorifics_sacred_words_given_names_and_place_adjectives(src, tgt, src_lang, missed) -> None:
    """French capitalises the possessive of an honorific (``Votre Éminence``, ``Son Éminence``:
    OPUS Books, 56 gold pairs with an unmatched ``Votre`` or ``Son``); ``the Misses Reed`` and
    ``Missis`` are forms of address; religious texts capitalise ``the Word``, ``the Holy
    Ghost``, which translators render freely; saints and kings keep their names in each
    language's form (``William`` / ``Guillaume``, ``St. Peter Port`` / ``Saint-Pierre-Port``),
    which spelling alone does not match; ``der Grosse Mythen`` is ``le Grand Mythen`` (TransRead
    22, Text+Berg 5 false name differences on the gold 1-1 pairs). A name left out beside them
    is still missed."""
    assert checks.name_differences(src, tgt, src_lang=src_lang, tgt_lang="fr")[0] == ([missed] if missed else [])
    assert bool(checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang="fr")) == bool(missed)


def test_states_are_no_name_but_the_united_states_are() -> None:
    """French capitalises ``État`` (a state), English does not: ``les États riverains`` against
    ``the states`` is no name mismatch (before, ``États`` was one); the United States dropped
    still is."""
    en = "The Caspian Sea states met the United States."
    assert not checks.name_mismatch(en, "Les États riverains de la mer Caspienne ont rencontré les États-Unis.")
    assert checks.name_mismatch(en, "Les États riverains de la mer Caspienne se sont réunis.")


def test_nationality_and_compass_adjectives_match_their_lower_case_renderings() -> None:
    """English capitalises ``US`` as an adjective and ``Western``; French writes ``américain``
    and ``occidentaux`` (the press conference's second answer, ``QA_FR``). A dropped one is
    still missing."""
    en, fr = _sentences(qa_en()), _sentences(QA_FR)

    def holding(sentences: list[str], part: str) -> str:
        return next(s for s in sentences if part in s)

    for start_en, start_fr in (
        ("Our experience of working", "Notre expérience"),
        ("I have already", "J'ai déjà"),
    ):
        assert not checks.name_mismatch(holding(en, start_en), holding(fr, start_fr))
    ford_en, ford_fr = holding(en, "I have already"), holding(fr, "J'ai déjà")
    assert checks.unmatched_names(ford_en, ford_fr.replace(" américain", "")) == ["US"]
    assert not checks.name_mismatch("They spoke of Eastern Europe.", "Ils ont parlé de l'Europe de l'Est.")
    assert checks.unmatched_names("They spoke of Eastern Europe.", "Ils ont parlé de l'Europe.") == [
        "Eastern"
    ]


# --------------------------------------------------------------------------------------------
# Null links, untranslated, garbled, length, similarity
# --------------------------------------------------------------------------------------------


def test_null_links_are_omissions_and_additions() -> None:
    links, src, tgt = doc(geneva_pairs())
    links = [*links, Link((1,), ()), Link((), (2,))]
    scored = score_links(links, src, tgt)
    assert (scored[-2].drift, scored[-2].flags) == (1.0, ("omission",))
    assert (scored[-1].drift, scored[-1].flags) == (1.0, ("addition",))
    assert all(is_flagged(s) for s in scored[-2:])


@needs_transread
def test_faithful_pairs_are_clean() -> None:
    for k, (en, fr) in enumerate(geneva_pairs()):
        if k == 1:
            continue  # "Yesterday" / "hier et aujourd'hui": see the test below
        scored = score_pair(en, fr)
        assert scored.flags == () and scored.drift < 0.2 and not is_flagged(scored)


def test_a_changed_time_span_is_a_number_mismatch() -> None:
    """The Geneva remarks: the English "Yesterday we spent…" is "Nous avons lu hier et
    aujourd'hui…" in French, one of the drifts the seeds README names. A relative day said on
    one side only ("today" for "now") is not a mismatch; nor are days both sides agree on
    (Voyage au centre de la Terre, TransRead, in its tokenised form)."""
    en, fr = geneva_pairs()[1]
    assert checks.relative_days(en, "en") == {-1} and checks.relative_days(fr, "fr") == {-1, 0}
    assert checks.number_mismatch(en, "en", fr, "fr")
    assert checks.number_differences(en, "en", fr, "fr") == ([], ["today"])
    scored = score_links(*doc(geneva_pairs()))[1]
    assert scored.flags == ("number_mismatch",) and is_flagged(scored)
    assert scored.details == "number_mismatch: source none; target today"
    assert not checks.number_mismatch(en, "en", fr.replace(" et aujourd’hui", ""), "fr")
    assert not checks.number_mismatch(en.replace("Yesterday we", "We"), "en", fr, "fr")
    assert not checks.number_mismatch(
        '" To-morrow , dear Axel , I will say what I say to-day . "',
        "en",
        "--Demain , cher Axel , je parlerai comme aujourd' hui . »",
        "fr",
    )
    assert checks.relative_days("le lendemain, avant-hier", "fr") == {-2}  # "lendemain" is no day
    assert not checks.relative_days("Guten Morgen", "de")


def test_a_short_english_line_copied_into_the_french_is_untranslated() -> None:
    """Short copies (Vingt mille lieues, Alice, TransRead) count when the copy reads as the source
    language; a Latin line both translations keep (La Faute de l'abbé Mouret) does not."""
    for line in ("The engineer did so .", "He was transformed !", "What did it signify ?"):
        assert checks.is_untranslated(line, line, "en", "fr")
        assert not checks.is_untranslated(line, "Il était transformé !", "en", "fr")
    assert not checks.is_untranslated(
        "' Introibo ad altare Dei . '", "- Introibo ad altare Dei .", "en", "fr"
    )


def test_a_translation_in_cognates_is_no_copy() -> None:
    """OPUS Books and ParIce: a translation whose words are the source's cognates shares its
    character trigrams but not its spelling, and was flagged untranslated; a copy, even one
    with a word changed, still is one."""
    pairs = [
        ('"The abominable creature," murmured d\u2019Artagnan.', "-- L'abominable créature! murmura d'Artagnan."),
        ("Aramis continued:", "Aramis continua:"),
        (
            "Vilborg Arnarsdóttir chair, Barði Ingibjartsson, Sigurdís Samúelsdóttir and Jónas Ásgeirsson.",
            "Vilborg Arnarsdóttir formaður, Barði Ingibjartsson, Sigurdís Samúelsdóttir og Jónas Ásgeirsson.",
        ),
    ]
    for src, tgt in pairs:
        assert not checks.is_copy(src, tgt), tgt
        assert not checks.is_untranslated(src, tgt, "en", "fr"), tgt
    line = "The abominable creature, murmured the young man to his friends."
    assert checks.is_copy(line, line)
    assert checks.is_copy(line, line.replace("young", "old"))


@needs_transread
def test_a_short_copy_is_read_by_the_words_of_each_document() -> None:
    """A short copy that function words cannot read ("What a horrible idea !": "a" is French
    too) is untranslated when its words are written elsewhere in the source document only; a
    Latin line that both translations keep (La Faute de l'abbé Mouret) is not."""
    for book, start, untranslated in (
        ("Emma", "What a horrible idea", True),
        ("Emma", "Randalls is such a distance", True),
        ("LaFauteDeLAbbeMouret", "' Amen , ' answered Vincent", True),
        ("LaFauteDeLAbbeMouret", "' \\_ Introibo ad altare Dei", False),
    ):
        en, fr, links = transread()[book]
        pairs = [(en[lk.src[0]], fr[lk.tgt[0]]) for lk in links if lk.type == "1-1"]
        k = next(i for i, (e, _) in enumerate(pairs) if e.startswith(start))
        assert not checks.is_untranslated(pairs[k][0], pairs[k][0], "en", "fr")
        assert "untranslated" not in score_links(*doc(pairs))[k].flags
        pairs[k] = (pairs[k][0], pairs[k][0])
        assert ("untranslated" in score_links(*doc(pairs))[k].flags) == untranslated, start


@needs_transread
def test_untranslated_target_is_flagged() -> None:
    en, _ = geneva_pairs()[0]
    other_en = geneva_pairs()[1][0]
    assert "untranslated" in score_pair(en, en).flags  # a copy of the source
    assert "untranslated" in score_pair(en, other_en).flags  # English text in the French stream
    assert is_flagged(score_pair(en, en), threshold=0.8)


@needs_transread
@pytest.mark.parametrize(
    ("en", "other", "lang", "flag"),
    [
        ("Heavy rain is expected across West Nusa Tenggara.", "Hujan lebat akan melanda Nusa Tenggara Barat.", "id", ""),
        ("Beach bars on the Gili Islands must close by 1 a.m.", "Bar pantai di Kepulauan Gili wajib tutup pukul 01.00.", "id", ""),
        ("It will be given with English interpretation.", "Ini akan disampaikan dengan penerjemahan bahasa Inggris.", "id", ""),
        ("The central region alone received more visitors.", "Riêng khu vực miền Trung đã đón nhiều khách hơn.", "vi", ""),
        ("Thank you, Madam Chair. Vietnam reached 65 percent.", "Xin cảm ơn bà Chủ nhiệm. Việt Nam đạt 65 phần trăm.", "vi", ""),
        ("Mr Harrison met Yamada in Hanoi.", "Ông Harrison đã gặp Yamada tại Hà Nội.", "vi", ""),
        ("Mr Harrison met Yamada in Hanoi.", "Ông Harrison đã gặp Tanaka tại Hà Nội.", "vi", "surplus"),
        ("The derby in Hanoi was won by Viettel.", "Trận derby ở Hà Nội do Viettel thắng.", "vi", ""),
        ("The derby in Hanoi was won by Viettel.", "Trận derby ở Hải Phòng do Viettel thắng.", "vi", "surplus"),
        ("Rinjani National Park remains closed.", "Taman Nasional Gunung Rinjani tetap ditutup.", "id", ""),
        ("Rain from Thursday until Sunday in the Java Sea.", "Hujan mulai Kamis hingga Minggu di Laut Jawa.", "id", ""),
        ("The crowd filled Hang Day Stadium.", "Khán giả lấp đầy sân vận động Hàng Đẫy.", "vi", ""),
        ("Riders will climb the Hai Van Pass twice.", "Các tay đua sẽ vượt đèo Hải Vân hai lần.", "vi", ""),
    ],
)  # fmt: skip
def test_names_of_places_in_indonesian_and_vietnamese(en: str, other: str, lang: str, flag: str) -> None:
    """Two held-out rounds: Indonesian and Vietnamese capitalise the common words of a place's
    name (``Nusa Tenggara Barat``, West; ``Kepulauan Gili``, Islands; ``miền Trung``, the
    centre), which a translation renders in words, and Vietnamese writes a name by its syllables
    (``Hà Nội``, ``Việt Nam``): each was a ``name_mismatch`` on a faithful link, and so was the
    English ``Hanoi`` against ``Hà Nội`` (round Q, once a name opening a sentence is read: stop
    62). A name turned into another is still one."""
    assert checks.name_mismatch(en, other, src_lang="en", tgt_lang=lang) == flag


def test_hindi_is_letters_and_its_danda_ends_a_sentence() -> None:
    """A held-out round's Hindi minutes: ``दिनांक: गुरुवार, 12 जून 2025`` was flagged ``garbled``
    ("mostly non-letters", drift 0.80), its vowel signs not counted as letters, and the run said
    the Hindi text had almost no punctuation (automatic captions?), every sentence ending in a
    danda ``।``, which no check read as a sentence's end."""
    assert checks.garbled_reason("दिनांक: गुरुवार, 12 जून 2025") is None
    assert checks.garbled_reason("नमस्ते, श्रीमती शर्मा। आज आप यहाँ किस लिए आई हैं?") is None
    assert checks.garbled_reason("ÃƒÂ©tÃƒÂ© ÃƒÂ  la rÃƒÂ©union") == "mojibake"
    sentences = [
        Sentence(i, text, "hi")
        for i, text in enumerate(
            [
                "समिति ने पिछली बैठक के कार्यवृत्त को मंज़ूरी दी।",
                "वित्त अधिकारी ने बजट की स्थिति प्रस्तुत की।",
                "अगली बैठक जुलाई में होगी।",
            ]
        )
    ]
    assert not unpunctuated(sentences)
    assert unpunctuated([Sentence(i, s.text.rstrip("।"), "hi") for i, s in enumerate(sentences)])


@needs_transread
def test_garbled_target_is_flagged() -> None:
    en, fr = geneva_pairs()[0]
    mojibake = fr.encode("utf-8").decode("cp1252", errors="replace")
    assert "Ã©" in mojibake or "â€™" in mojibake
    assert "garbled" in score_pair(en, mojibake).flags
    assert "garbled" in score_pair(en, fr.replace("é", "\ufffd")).flags
    truncated = fr[: fr.index("au sujet de") + len("au sujet de")]
    assert "garbled" in score_pair(en, truncated).flags
    assert checks.garbled_reason(fr) is None


def test_a_lost_or_added_negation_is_weak_evidence() -> None:
    en, fr = geneva_pairs()[4]
    assert "n’attendons pas non plus" in fr and not checks.polarity_mismatch(en, "en", fr, "fr")
    lost = fr.replace("n’attendons pas non plus", "attendons")
    assert checks.polarity_mismatch(en, "en", lost, "fr") == "verb"
    assert checks.negation_counts("Je ne puis le dire.", "fr") == (1, 0)  # "ne" alone before pouvoir
    assert checks.negation_counts("afin qu’aucun pays ne renforce sa sécurité", "fr") == (0, 1)
    assert checks.negation_counts("Il ne voit rien, sans lunettes.", "fr") == (0, 2)
    # spoken French without "ne"; "pas" the noun does not count
    assert checks.negation_counts("Ce n'est pas moi, c'est pas lui. Pourquoi pas ?", "fr") == (3, 0)
    assert checks.negation_counts("Il fit un pas, puis avança à grands pas, pas à pas.", "fr") == (0, 0)
    assert checks.negation_counts("On n'écrit que ce qu'on pense.", "fr") == (0, 0)  # "ne ... que": only
    assert checks.negation_counts("Das ist nicht kein Problem.", "de") == (1, 1)
    assert checks.negation_counts("I don't know, and nobody does.", "en") == (1, 1)
    assert checks.negation_counts("I do n't know ; you wouldn 't , can ’t you come ?", "en") == (3, 0)
    assert checks.negation_counts("Bu doğru değil.", "tr") is None
    # "without" for "ne ... pas": only negative words differ
    assert checks.polarity_mismatch("He left without a word.", "en", "Il partit sans un mot.", "fr") == ""
    assert checks.polarity_mismatch("There was no possibility.", "en", "C'était impossible.", "fr") == "word"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Elle ne put qu'étendre les bras.", (0, 0)),  # restrictive: she could only
        ("Ce que j'ai à vous dire ne peut être entendu que de vous.", (0, 0)),
        ("On ne peut combattre l'extrême préoccupation que par l'extrême insouciance.", (0, 0)),
        ("Je l'aime plus que je ne puis dire.", (0, 0)),  # expletive after a comparison
        ("La situation est plus grave qu'elle ne peut le croire.", (0, 0)),
        ("Je ne puis dire que je l'aime.", (1, 0)),  # what is said, no restriction
        ("Il ne pouvait croire à ce qu'il entendait.", (1, 0)),
        ("Elle ne pouvait se faire à l'idée qu'elle avait été insultée.", (1, 0)),
        ("Je ne pus arriver jusqu'au chevet.", (1, 0)),
        ("Il ne savait que répondre.", (1, 0)),  # "que", what: savoir keeps its negation
        ("Je ne sais pas ce que vous voulez dire.", (1, 0)),
        ("Aucun bruit ne pouvait faire croire qu'on y vivait.", (1, 0)),
        ("Ses yeux ne pouvaient se détacher des siens.", (1, 0)),  # every form of pouvoir
        ("Il n'avait pu saisir la réponse.", (1, 0)),
        ("Vous ne saurez que faire de trois chevaux.", (1, 0)),
    ],
)
def test_french_ne_alone_before_pouvoir_restricts_or_is_expletive_without_negating(text, counts) -> None:
    """OPUS Books' Dumas: "elle ne put qu'étendre les bras" (she could only) and "plus qu'elle
    ne peut le dire" (more than she can say) were counted as negations, false flags on faithful
    pairs; a "que" that opens what is said, or follows "savoir", leaves the negation."""
    assert checks.negation_counts(text, "fr") == counts


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Ils étaient à dix pas de lui.", "fr", (0, 0)),  # "pas", a step
        ("Il s'approcha d'un pas lent et solennel.", "fr", (0, 0)),
        ("J'allais tomber à chaque pas.", "fr", (0, 0)),
        ("Au bout de cinq cents pas, on trouva un ruisseau.", "fr", (0, 0)),
        ("Il ne fit pas dix pas.", "fr", (1, 0)),
        ("Vous acceptez, n'est-ce pas ?", "fr", (0, 0)),  # a tag asks for assent
        ("N'est-ce pas, Ketty ?", "fr", (0, 0)),
        ("N'est-ce pas vrai ?", "fr", (1, 0)),
        ("You accept it, do you not?", "en", (0, 0)),
        ("It is cold, isn't it?", "en", (0, 0)),
        ("Besides, Kitty would not stay. Isn't it so, Kitty?", "en", (1, 0)),
        ("Isn't it cold?", "en", (1, 0)),
        ("The bodies were not plundered, were they?", "en", (1, 0)),
    ],
)
def test_a_step_and_a_tag_question_are_no_negations(text, lang, counts) -> None:
    """OPUS Books' Dumas: "à dix pas de lui" (ten paces from him) counted as a spoken "pas"
    negation, and "n'est-ce pas ?" against "do you not?" as one on a side only; a negated
    question that is no tag ("N'est-ce pas vrai ?", "Isn't it cold?") still counts."""
    assert checks.negation_counts(text, lang) == counts


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("D'Artagnan did not return home till five o'clock.", "en", (0, 0)),  # only at five
        ("And never to leave her till she is on board.", "en", (0, 0)),
        ("Bazin had not removed more than a part of the uneasiness.", "en", (0, 0)),
        ("Athos never spoke a word but when his master unlocked his mouth.", "en", (0, 0)),
        ("Nothing was heard but cries of joy.", "en", (0, 0)),
        ("I have no more than twenty acres of ground.", "en", (0, 0)),
        ("He was not only an old friend, but a relation.", "en", (0, 0)),  # it adds
        ("I did not go out before the hour of mass.", "en", (0, 0)),
        ("It was not long before the cardinal came down.", "en", (1, 0)),
        ("You will not wait till he asks.", "en", (1, 0)),
        ("You are not men but children.", "en", (1, 0)),  # a contrast keeps its negation
        ("It is not only that.", "en", (1, 0)),  # no "but": "only" is negated
        ("I had never seen it before.", "en", (1, 0)),
        ("He left without anyone but his valet.", "en", (0, 1)),
        ("He could not be more grateful than he was.", "en", (1, 0)),  # compares
        ("D'Artagnan ne serrait plus qu'un cadavre entre ses bras.", "fr", (0, 0)),  # only
        ("Ces évocations ne duraient jamais que quelques secondes.", "fr", (0, 0)),
        ("Il n'a jamais eu affaire qu'à des femmes.", "fr", (0, 0)),
        ("Elle ne coûta pas plus de vingt millions.", "fr", (0, 0)),
        ("Je ne trouve rien de plus que dans la première.", "fr", (0, 0)),
        ("Elle ne s'aventura pas près de la maison avant d'avoir grignoté le champignon.", "fr", (0, 0)),
        ("Elle n'osa s'approcher avant d'avoir grignoté le champignon.", "fr", (0, 0)),
        ("Afin de ne pas le perdre de vue jusqu'à ce qu'il fût sorti.", "fr", (0, 0)),
        ("Il partait non seulement libre, mais en faveur.", "fr", (0, 0)),
        ("Rien n'est plus juste que de traiter ainsi ses ennemis.", "fr", (1, 0)),  # compares
        ("Il ne faut plus que tu partes.", "fr", (1, 0)),  # "que" of a clause
        ("Il sortit ne sachant plus que penser.", "fr", (1, 0)),  # "que", what
        ("On n'avait jamais vu ni ouï conter que six rois soupassent ensemble.", "fr", (1, 0)),
        ("Je ne pus arriver jusqu'au chevet.", "fr", (1, 0)),  # a place, not a time
        ("La pluie n'a cessé de tomber.", "fr", (0, 0)),  # "ne cesser de": kept on
        ("Quoiqu'il ne cessât d'éperonner sa jument.", "fr", (0, 0)),
        ("Martin never ceased trying to prove it.", "en", (0, 0)),
        ("Ils n'ont jamais cessé.", "fr", (1, 0)),  # stopped: a negation
        ("Their echo has never ceased.", "en", (1, 0)),
        ("Die Grasfläche wurde nicht nur von Gemsen, sondern auch von Schafen beweidet.", "de", (0, 0)),
        ("Es ist nicht nur das.", "de", (1, 0)),
        ("I couldn't agree more.", "en", (0, 0)),  # emphatic yes
        ("I could not be happier with the result.", "en", (0, 0)),
        ("We can't wait to see you.", "en", (0, 0)),
        ("I cannot help noticing the change.", "en", (0, 0)),
        ("I could not agree with him.", "en", (1, 0)),
        ("We can't wait any longer.", "en", (1, 0)),
        ("Hardly anyone expected it.", "en", (0, 1)),  # almost nobody: "presque personne ne"
        ("I hardly know him.", "en", (0, 0)),  # "je le connais à peine"
    ],
)
def test_negations_that_say_only_or_not_only_are_no_negations(text, lang, counts) -> None:
    """TransRead and OPUS Books: English says "only" with a negation ("did not return till five",
    "nothing but", "no more than") where French says it with "ne … que", and French with "ne …
    plus que", "ne … pas plus de", "ne … pas … avant" where English need not; "not only … but"
    and "non seulement … mais" add; "ne cessait de" and "never ceased trying" keep on; "couldn't
    agree more", "can't wait to" say yes emphatically. Counted as negations, each was a false
    difference on a faithful pair."""
    assert checks.negation_counts(text, lang) == counts


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Vous allez sans doute me dire cela.", "fr", (0, 0)),  # doubtless
        ("Cela va sans dire.", "fr", (0, 0)),
        ("Faites vite, sans cela vous allez vous rendormir.", "fr", (0, 0)),  # otherwise
        ("Vous le connaissez, sans quoi vous ne seriez pas venu.", "fr", (1, 0)),
        ("Il partit sans dire un mot.", "fr", (0, 1)),
        ("He will no doubt succeed.", "en", (0, 0)),
        ("You have, no doubt, some order from the cardinal?", "en", (0, 0)),
        ("Without doubt.", "en", (0, 0)),
        ("He had no doubt it was the cardinal.", "en", (0, 1)),  # a doubt denied
        ("It left no doubt as to his feelings.", "en", (0, 1)),
        ("Le jeune officier ne paraissait nullement disposé à parler.", "fr", (1, 0)),
        ("Elle n'avait aucunement conscience du danger.", "fr", (1, 0)),
        ("Jamais je ne quitterai M. d'Artagnan.", "fr", (1, 0)),  # inverted, a verb negation
        ("Car, si je ne me trompe, vous êtes venu à Paris.", "fr", (1, 0)),
        ("T'aimerais-je ainsi, si tu n'étais que mon fils ?", "fr", (0, 0)),  # only
        ("Il y a peu à dire, si ce n'est qu'il pleuvait.", "fr", (0, 0)),  # except
        ("Non pas, je vous parle franc.", "fr", (0, 1)),  # one "non"
    ],
)
def test_doubtless_nowise_and_literary_negations(text, lang, counts) -> None:
    """TransRead and OPUS Books: ``sans doute`` (doubtless, French's commonest adverb of the
    kind) and ``no doubt`` said for it counted as negations, and ``non pas`` twice; ``ne …
    nullement`` / ``aucunement``, ``jamais je ne…`` and ``si je ne me trompe`` were not counted
    as the verb negations they are."""
    assert checks.negation_counts(text, lang) == counts


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("Nous le remercions sans cesse.", "fr", (0, 0)),  # constantly
        ("Des îles sans nombre.", "fr", (0, 0)),  # countless
        ("Il obtint sans difficulté la main de la femme qu'il aimait.", "fr", (0, 0)),
        ("Il le classait sans hésiter parmi les six cents substances.", "fr", (0, 0)),
        ("Il réussit sans de grandes difficultés.", "fr", (0, 0)),
        ("Il partit sans bruit.", "fr", (0, 0)),
        ("Il partit sans le vouloir.", "fr", (0, 1)),  # a "sans" that negates
        ("He gave ten thousand piastres without hesitation.", "en", (0, 0)),
        ("We give Him thanks without ceasing.", "en", (0, 0)),
        ("He left without a word.", "en", (0, 1)),
        ("Les voyageurs ne manquèrent pas de ramasser l'or.", "fr", (0, 0)),  # gathered
        ("Un vieux document ne pouvait manquer d'avoir un haut prix à ses yeux.", "fr", (0, 0)),
        ("Cela ne peut manquer, pourvu que vous marchiez assez longtemps.", "fr", (0, 0)),
        ("Je ne manque pas d'envieux dans le monde des savants.", "fr", (1, 0)),  # lacks
        ("L'argent ne manquait pas.", "fr", (1, 0)),
        ("Such a noise could not fail to enlist the ears of the others.", "en", (0, 0)),
        ("One thing never failed to bring her back to the house.", "en", (0, 0)),
        ("We must not fail; for in case of failure heads are in question.", "en", (1, 0)),
        ("Er kletterte ohne Mühe durch eine Passage ohne Schwierigkeit.", "de", (0, 0)),
        ("Er ging ohne ihn.", "de", (0, 1)),
        ("Hij deed het zonder moeite.", "nl", (0, 0)),
        ("Mon oncle ne laissait pas d'être riche pour un professeur.", "fr", (0, 0)),  # all the same
        ("Il ne laisse pas de traces.", "fr", (1, 0)),
        ("Il n'en arriva pas moins sans accident au camp.", "fr", (0, 1)),  # nevertheless
        ("Le foyer reparut, non moins intense.", "fr", (0, 0)),
        ("She was, none the less, admirable.", "en", (0, 0)),
        ("The rider was not less remarkable than his horse.", "en", (0, 0)),
        ("Germany has not a few professors of this sort.", "en", (0, 0)),  # many
        ("No sooner had Candide spoken than the slaves cried out.", "en", (0, 0)),  # as soon as
        ("He would go, no matter how far off it was.", "en", (0, 0)),
        ("It is no matter.", "en", (0, 1)),
        ("His house, No. 19 Königstrasse.", "en", (0, 0)),
        ("To whom was he speaking, if not to those who replied?", "en", (0, 0)),
        ("If he did not come, I would go.", "en", (1, 0)),
        ("C'est un hardi compagnon, il n'en est que plus à craindre.", "fr", (0, 0)),  # all the more
        ("Il irait n'importe où.", "fr", (0, 0)),
        ("Cela n'importe pas.", "fr", (1, 0)),
        ("Il lui a fait je ne sais quelle noirceur.", "fr", (0, 0)),  # some
        ("Porthos ne savait quelle contenance tenir.", "fr", (1, 0)),
        ("Ils ne virent rien, si ce n'est un fort remous.", "fr", (0, 1)),  # except
        ("La madeleine ne m'avait rien rappelé avant que je n'y eusse goûté.", "fr", (0, 1)),  # expletive
        ("Il n'était personne qui n'eût écouté.", "fr", (0, 2)),
        ("-- Jamais!", "fr", (1, 0)),  # "Never."
        ("Oh! non, jamais, dit Planchet.", "fr", (1, 1)),
        ("Jamais, je ne le ferai.", "fr", (1, 0)),  # once
        ("C'est le plus grand télescope qui fût jamais !", "fr", (0, 0)),  # ever
        ("Personne ne s'entendait, personne ne commandait.", "fr", (0, 2)),
    ],
)
def test_adverbs_and_litotes_made_with_a_negation_are_no_negations(text, lang, counts) -> None:
    """TransRead and OPUS Books: ``sans cesse``, ``sans nombre``, ``sans difficulté`` render
    "incessantly", "countless", "easily" (7 of 7 ``sans cesse`` were on a pair whose counts then
    differed); ``ne manquèrent pas de`` / ``never failed to`` say "did", ``n'en … pas moins`` /
    ``none the less`` "nevertheless", ``no sooner … than`` "as soon as" (6 of 6 on a differing
    pair), as often as not without a negation on the other side; each was a false negation
    difference on a faithful pair."""
    assert checks.negation_counts(text, lang) == counts


@pytest.mark.parametrize(
    ("text", "lang", "counts"),
    [
        ("I am neither an angel nor a demon.", "en", (0, 1)),
        ("Je ne suis ni un ange, ni un démon.", "fr", (0, 1)),
        ("There are not two, nor three, nor four Gods.", "en", (1, 0)),
        ("Il n'y en a ni deux, ni trois, ni quatre.", "fr", (0, 1)),
        ("I do not fear him, nor will I spare him.", "en", (1, 1)),  # a clause of its own
        ("Nor I, said the March Hare.", "en", (0, 1)),
        ("Ni moi non plus, dit le Lièvre.", "fr", (0, 1)),
        ("Athos ne l'encouragea ni ne l'en dissuada.", "fr", (0, 1)),
        ("Ni lui ni moi ne savions.", "fr", (1, 0)),
        ("C'était un porc, ni plus ni moins.", "fr", (0, 0)),
        ("L'abbesse se signa, sans approuver ni désapprouver.", "fr", (0, 1)),
    ],
)
def test_neither_nor_counts_once_in_english_and_french(text, lang, counts) -> None:
    """``neither … nor`` counted twice in English where ``ne … ni … ni`` counts once in French,
    ``ne … ni ne`` twice, and a French ``Ni moi non plus`` not at all against ``Nor I``."""
    assert checks.negation_counts(text, lang) == counts


def test_a_restriction_said_two_ways_is_no_polarity_mismatch() -> None:
    en = "As the night before, d'Artagnan did not return home till five o'clock in the morning."
    fr = "Comme la veille d'Artagnan ne rentra chez lui qu'à cinq heures du matin."
    assert checks.polarity_mismatch(en, "en", fr, "fr") == ""
    en = "These gusts of memory never lasted for more than a few seconds."
    fr = "Ces évocations ne duraient jamais que quelques secondes."
    assert checks.polarity_mismatch(en, "en", fr, "fr") == ""
    fr_lost = "Ces évocations duraient toujours quelques secondes."  # a restriction lost stays unseen
    assert checks.polarity_mismatch(en, "en", fr_lost, "fr") == ""
    en_added = "These gusts of memory never lasted."  # a negation added is still seen
    assert checks.polarity_mismatch(en_added, "en", "Ces évocations duraient.", "fr") == "verb"


def test_negation_variants_remove_one_negation_each() -> None:
    assert checks.negation_variants("I don't think so, and there was no possibility.", "en") == [
        "I do think so, and there was no possibility.",
        "I don't think so, and there was a possibility.",
    ]
    assert checks.negation_variants("Il n'avait jamais vu cela, sans un mot.", "fr") == [
        "Il n'avait jamais vu cela, avec un mot.",
        "Il avait toujours vu cela, sans un mot.",
    ]
    assert checks.negation_variants("Il n'avait jamais vu cela, sans doute.", "fr") == [
        "Il avait toujours vu cela, sans doute.",  # "sans doute", doubtless, negates nothing
    ]
    assert checks.negation_variants("Je ne sais pas. C'est pas vrai.", "fr") == [
        "Je ne sais pas. C'est vrai.",
        "Je sais. C'est pas vrai.",
    ]
    assert checks.negation_variants("Keine Zeit, nicht heute.", "de") == [
        "Keine Zeit, heute.",
        "Eine Zeit, nicht heute.",
    ]
    assert checks.negation_variants("Bu doğru değil.", "tr") == []


def test_contrast_gains_tells_a_lost_negation_from_a_rendered_one(embedder) -> None:
    """Four pairs whose verb negation counts differ: a negation lost or added by the translation
    (flagged: the sides get closer once it is removed), and two faithful renderings that express
    it otherwise ("obstinate" / "n'avançait pas", "unable" / "ne pouvait pas": not flagged)."""
    en, fr = geneva_pairs()[4]
    lost = fr.replace("n’attendons pas non plus", "attendons")
    pairs = [
        (en, lost),
        ("He did not say a word.", "Il dit un mot."),
        ("The ass was obstinate.", "L’âne n’avançait pas."),
        ("She was unable to sleep.", "Elle ne pouvait pas dormir."),
    ]
    src = [Sentence(i, e, "en") for i, (e, _) in enumerate(pairs)]
    tgt = [Sentence(i, f, "fr") for i, (_, f) in enumerate(pairs)]
    links = [Link((i,), (i,), 0.9, 0.05) for i in range(len(pairs))]
    probes = negation_probes(links, src, tgt)
    assert [p.index for p in probes] == [0, 1, 2, 3]
    gains = contrast_gains(probes, embedder.encode([t for p in probes for t in p.texts()]))
    assert min(gains[0], gains[1]) > max(gains[2], gains[3])
    scored = score_aligned(links, src, tgt, embedder)
    assert all("negation_mismatch" in s.flags for s in scored)
    assert [is_flagged(s) for s in scored] == [True, True, False, False]
    # without the contrast (plain score_links) the four weigh the same
    plain = score_links(links, src, tgt)
    drifts = [s.drift for s in plain]
    assert max(drifts) - min(drifts) < 0.05 and not any(is_flagged(s) for s in plain)


def test_a_lost_negation_is_probed_on_its_own_sentence_in_a_unit_of_two(embedder) -> None:
    """A memory's unit of two sentences whose first lost its negation: the contrast test reads
    that sentence and its counterpart, not the whole unit, where the faithful second sentence
    diluted the gain (drift 0.39, unflagged; alone, the same loss is flagged). A unit whose
    sentences do not pair one for one is probed whole, as before."""
    en = "Items in your cart are not reserved. Complete your purchase to secure them."
    fr = "Les articles de votre panier sont réservés. Finalisez votre achat pour les garantir."
    src, tgt = [Sentence(0, en, "en")], [Sentence(0, fr, "fr")]
    links = [Link((0,), (0,), 0.9, 0.05)]
    (probe,) = negation_probes(links, src, tgt)
    assert (probe.more, probe.other) == ("Items in your cart are not reserved.", "Les articles de votre panier sont réservés.")
    (scored,) = score_aligned(links, src, tgt, embedder)
    assert "negation_mismatch" in scored.flags and is_flagged(scored)
    merged = [Sentence(0, "Les articles de votre panier sont réservés, finalisez votre achat.", "fr")]
    (whole,) = negation_probes(links, src, merged)
    assert whole.more == en


CONTRAST_PAIRS = {
    "es": (
        "Esperamos un gran avance en estas negociaciones.",
        "Dijo una palabra.",
        "No dijo nada.",
        "Ella no podía dormir.",
        "La puerta no se abrió.",
        "Tampoco esperamos un avance en estas negociaciones.",
    ),
    "ru": (
        "Мы ожидаем прорыва на этих переговорах.",
        "Он сказал одно слово.",
        "Он ничего не сказал.",
        "Она не могла уснуть.",
        "Дверь не открылась.",
        "Мы не ожидаем прорыва и на этих переговорах.",
    ),
}
"""Renderings of the English of ``test_the_contrast_gains_reads_spanish_and_russian``."""


@pytest.mark.parametrize("lang", ["es", "ru"])
def test_the_contrast_gains_reads_spanish_and_russian(embedder, lang) -> None:
    """The contrast test of the French pairs above, English against Spanish or Russian: the two
    lost negations are flagged, three renderings of a negative meaning ("kept silent" / "no dijo
    nada" / "ничего не сказал", "unable" / "no podía" / "не могла", "stayed shut" / "no se
    abrió" / "не открылась") are not, and "tampoco" / "не … и" renders "not … either"."""
    english = (
        "We do not expect a breakthrough at these negotiations either.",
        "He did not say a word.",
        "He kept silent.",
        "She was unable to sleep.",
        "The door stayed shut.",
        "We do not expect a breakthrough at these negotiations either.",
    )
    src = [Sentence(i, e, "en") for i, e in enumerate(english)]
    tgt = [Sentence(i, f, lang) for i, f in enumerate(CONTRAST_PAIRS[lang])]
    links = [Link((i,), (i,), 0.9, 0.05) for i in range(len(english))]
    scored = score_aligned(links, src, tgt, embedder)
    assert [s.flags for s in scored] == [("negation_mismatch",)] * 5 + [()]
    assert [is_flagged(s) for s in scored] == [True, True, False, False, False, False]


def test_a_lost_negative_word_is_probed_as_a_lost_verb_negation_is(embedder) -> None:
    """A negative word dropped ("No such meeting is planned." / "Está prevista esa reunión.")
    weighed 0.15 whatever the model said, so reversals of a briefing's answers passed (drift
    0.15 to 0.41); it is probed by the contrast test as a verb negation is, and flagged where
    the sides get much closer once the negative word is removed. A negative meaning rendered
    otherwise ("There is no possibility" / "Es imposible") is not."""
    english = (
        "No such meeting is planned.",
        "We have received no proposals from the UN Secretariat.",
        "There is no possibility of an agreement this week.",
        "Nobody has asked us about this.",
    )
    spanish = (
        "Está prevista esa reunión.",
        "Hemos recibido propuestas de la Secretaría de la ONU.",
        "Es imposible llegar a un acuerdo esta semana.",
        "Nadie nos ha preguntado sobre esto.",
    )
    src = [Sentence(i, e, "en") for i, e in enumerate(english)]
    tgt = [Sentence(i, s, "es") for i, s in enumerate(spanish)]
    links = [Link((i,), (i,), 0.9, 0.05) for i in range(len(english))]
    scored = score_aligned(links, src, tgt, embedder)
    assert [is_flagged(s) for s in scored] == [True, True, False, False]
    assert "negation_mismatch" in scored[0].flags and "negation_mismatch" in scored[1].flags


REVERSALS = (
    ("Exports increased by 5% last year.", "Les exportations ont diminué de 5 % l'an dernier.", "fr"),
    ("The government accepted the proposal.", "Le gouvernement a rejeté la proposition.", "fr"),
    ("The minister confirmed the reports.", "Le ministre a démenti les informations.", "fr"),
    ("Our team won the final.", "Nuestro equipo perdió la final.", "es"),
    ("The company plans to raise wages.", "La empresa planea bajar los salarios.", "es"),
    ("Prices will rise next month.", "Die Preise werden nächsten Monat sinken.", "de"),
    ("The southern part of the country was hit hardest.", "Der Norden des Landes wurde am härtesten getroffen.", "de"),
    ("The central bank cut interest rates by a quarter point.", "Die Zentralbank hat die Zinsen um einen Viertelpunkt erhöht.", "de"),
    ("This is the first meeting of the group.", "Questa è l'ultima riunione del gruppo.", "it"),
)
"""A reviewer's planted reversals: each target says the opposite of its source with one word."""
FAITHFUL_TURNS = (
    ("Exports increased by 5% last year.", "Les exportations ont augmenté de 5 % l'an dernier.", "fr"),
    ("The government rejected the proposal.", "Le gouvernement a refusé la proposition.", "fr"),
    ("Exports dropped sharply in May.", "Die Exporte sind im Mai stark zurückgegangen.", "de"),
    ("Our team lost the final.", "Nuestro equipo perdió la final.", "es"),
)
FILLER = (
    ("Thank you very much for your attention.", "Merci beaucoup de votre attention."),
    ("The meeting will take place in Geneva.", "La réunion aura lieu à Genève."),
    ("We discussed many questions today.", "Nous avons discuté de nombreuses questions aujourd'hui."),
)


def _scored_last(embedder, en: str, other: str, lang: str) -> ScoredLink:
    """``en`` / ``other`` scored as the last pair of a short document of faithful pairs."""
    pairs = [*FILLER, (en, other)]
    src = [Sentence(i, e, "en") for i, (e, _) in enumerate(pairs)]
    tgt = [Sentence(i, t, "fr" if i < len(FILLER) else lang) for i, (_, t) in enumerate(pairs)]
    links = [Link((i,), (i,), 0.9, 0.05) for i in range(len(pairs))]
    return score_aligned(links, src, tgt, embedder)[-1]


@pytest.mark.parametrize(("en", "other", "lang"), REVERSALS)
def test_a_word_turned_into_its_opposite_is_flagged(embedder, en, other, lang) -> None:
    """A rise rendered as a fall, accepted as rejected, confirmed as denied, won as lost: the
    sentences share every other word, so they scored 0.01 to 0.38; the English side's word turned
    round brings the sides closer, which flags them, and the details name the two words."""
    scored = _scored_last(embedder, en, other, lang)
    assert "direction_mismatch" in scored.flags and is_flagged(scored)
    (found,) = checks.direction_differences(en, "en", other, lang)
    assert f"direction_mismatch: source {found[1][0]}; target {found[2][0]}" in scored.details


@pytest.mark.parametrize(("en", "other", "lang"), FAITHFUL_TURNS)
def test_a_direction_rendered_faithfully_is_not_flagged(embedder, en, other, lang) -> None:
    """The same words at the same pole on both sides (``rejected`` / ``refusé``, ``dropped`` /
    ``zurückgegangen``) are no candidate, whatever the wording."""
    scored = _scored_last(embedder, en, other, lang)
    assert "direction_mismatch" not in scored.flags and not is_flagged(scored)


def test_direction_words_leave_out_their_other_meanings() -> None:
    """Words of a pole that have a second, common meaning are not read as that pole: German
    ``steigen … ab`` (go down) and ``schließlich`` (finally), French ``peu importe`` (no matter),
    Spanish ``bajo`` (under), Italian ``aprile`` (April); a side holding both poles is none."""
    assert checks.direction_differences("We climbed down.", "en", "Wir steigen ab.", "de") == []
    assert checks.direction_differences("The door opened.", "en", "Schließlich kam er.", "de") == []
    assert checks.direction_differences("Exports don't matter.", "en", "Peu importe les exportations.", "fr") == []
    assert checks.direction_differences("Prices rose.", "en", "Los precios bajo control.", "es") == []
    assert checks.direction_differences("It opened.", "en", "Ad aprile chiude.", "it") == [
        ("access", ("opened",), ("chiude",))
    ]
    assert checks.direction_differences("Prices rose, then fell.", "en", "Les prix ont baissé.", "fr") == []
    assert checks.direction_differences("Die Preise sind gestiegen.", "de", "Les prix ont baissé.", "fr") == [
        ("rise", ("gestiegen",), ("baissé",))
    ]
    assert checks.direction_differences("Prices rose.", "en", "Cene su pale.", "sl") == []  # a language not read


@pytest.mark.parametrize(
    ("en", "other", "lang"),
    [
        ("The group voted unanimously to open accession talks.", "Die Fraktion stimmte geschlossen für die Aufnahme von Beitrittsgesprächen.", "de"),
        ("Talks will resume only after the regional elections.", "Las negociaciones no se reanudarán antes de las elecciones.", "es"),
        ("Talks will resume only after the elections.", "Les négociations ne reprendront pas avant les élections.", "fr"),
        ("Talks will resume only after the elections.", "I negoziati non riprenderanno prima delle elezioni.", "it"),
        ("Declining demand poses a heightened risk.", "Die rückläufige Nachfrage birgt ein erhöhtes Risiko.", "de"),
        ("The lower house approved a tax hike.", "La camera bassa ha approvato un aumento dell'imposta.", "it"),
        ("Critics who oppose the reform maintain that it is unfair.", "Les détracteurs de la réforme soutiennent qu'elle est injuste.", "fr"),
        ("Before raising rates, the Bank wants to step back.", "Avant de relever ses taux, la Banque veut prendre du recul.", "fr"),
        ("Close allies were not consulted.", "Enge Verbündete wurden nicht offen konsultiert.", "de"),
        ("The ministers finally agreed.", "Les ministres sont enfin tombés d'accord.", "fr"),
    ],
)
def test_words_of_a_pole_in_an_idiom_a_title_or_a_negated_order_are_none(en, other, lang) -> None:
    """A reviewer's faithful press renderings that held words of opposite poles (flagged at drift
    0.54 to 0.86 before): ``stimmte geschlossen`` (voted as one), ``only after`` / ``no … antes``,
    ``ne … pas avant``, ``non … prima`` (not before), ``erhöhtes Risiko`` (a heightened risk),
    ``lower house``, ``soutenir que`` (maintain), ``prendre du recul`` (step back), ``close
    allies``, ``tomber d'accord`` (agree): no candidate, where the words alone are one."""
    assert checks.direction_differences(en, "en", other, lang) == []
    assert checks.direction_differences("The talks resumed after the vote.", "en", "Les discussions ont repris avant le vote.", "fr")
    assert checks.direction_differences("The store will close.", "en", "Der Laden wird offen sein.", "de")


def test_comparatives_and_interior_are_no_direction() -> None:
    """Comparatives turn round in faithful translation (``more slowly`` / ``moins vite``, ``less
    often`` / ``plus rarement``, ``more affordable`` / ``moins cher``), and ``intérieur`` /
    ``Interior`` is mostly a ministry or a domestic market (``Home Office`` / ``ministère de
    l'Intérieur``, ``GDP`` / ``produit intérieur brut``): neither is read; German ``Gewinn``
    (profit) is no win, ``leicht`` (slightly) no ease."""
    pairs = [
        ("Imports fell more slowly than exports.", "Les importations ont reculé moins vite que les exportations.", "fr"),
        ("Young people vote less often than their parents.", "Les jeunes votent plus rarement que leurs parents.", "fr"),
        ("Protesters gathered outside the Home Office.", "Des manifestants se sont rassemblés devant le ministère de l'Intérieur.", "fr"),
        ("After the profit warning, investors lost confidence.", "Nach der Gewinnwarnung schwand das Vertrauen der Anleger.", "de"),
        ("Conditions remain difficult, although orders picked up.", "Die Lage bleibt angespannt, auch wenn die Aufträge leicht anzogen.", "de"),
    ]
    for en, other, lang in pairs:
        assert checks.direction_differences(en, "en", other, lang) == [], (en, other)


# fmt: off
@pytest.mark.parametrize(
    ("en", "other", "lang", "negation", "direction"),
    [
        ("Flash photography is not permitted in the museum.", "Nel museo è vietato fotografare con il flash.", "it", "", []),
        ("Smoking is forbidden.", "Rauchen ist nicht erlaubt.", "de", "", []),
        ("The shop is not open on Sundays.", "Le magasin est fermé le dimanche.", "fr", "", []),
        ("Smoking is allowed.", "Rauchen ist nicht erlaubt.", "de", "verb", [("permission", ("allowed",), ("nicht erlaubt",))]),
        ("Exports did not rise.", "Les exportations ont baissé.", "fr", "verb", [("rise", ("rise",), ("baissé",))]),
        ("It keeps your feet cool even on the hottest days.", "Mantiene i piedi freschi anche nelle giornate più calde.", "it", "", []),
        ("It was the coldest day of the year.", "Fu il giorno più caldo dell'anno.", "it", "", [("heat", ("coldest",), ("caldo",))]),
        ("Automatic updates are enabled.", "Les mises à jour automatiques sont désactivées.", "fr", "", [("activation", ("enabled",), ("désactivées",))]),
        ("Automatic updates are disabled.", "Automatische Updates sind deaktiviert.", "de", "", []),
        ("Automatic updates are not enabled.", "Les mises à jour automatiques sont désactivées.", "fr", "", []),
        ("The activity was disabled.", "L'activité a été désactivée.", "fr", "", []),
    ],
)
# fmt: on
def test_a_negated_word_says_its_opposite_where_the_pair_is_complementary(en, other, lang, negation, direction) -> None:
    """"not permitted" is "vietato", "nicht erlaubt" "forbidden", "not open" "fermé": one
    statement, which was flagged twice (a negation more and a word turned round: round R, r10).
    Only for pairs whose poles complement each other (permission, access, assent, activation):
    "did not rise" is not "fell". Enabled and disabled are a pair (round T: "are enabled" /
    "sont désactivées" passed a software memory's check)."""
    assert checks.polarity_mismatch(en, "en", other, lang) == negation
    assert checks.direction_differences(en, "en", other, lang) == direction


@pytest.mark.parametrize(
    ("source", "s_lang", "target", "t_lang", "expected"),
    [
        ("Il s'est vu retirer son permis de conduire.", "fr", "He was banned from driving.", "en", []),
        ("A Vietnamese delegation arrived.", "en", "È arrivata una delegazione vietnamita.", "it", []),
        ("Lyon climbed to second place.", "en", "Lyon recule à la deuxième place.", "fr", [("rise", ("climbed",), ("recule",))]),
        ("Le prévenu a nié avoir reçu de l'argent.", "fr", "The defendant admitted receiving money.", "en", [("truth", ("nié",), ("admitted",))]),
        ("UEFA rejected the club's appeal.", "en", "La UEFA ha accolto il ricorso del club.", "it", [("assent", ("rejected",), ("accolto",))]),
        ("We sold our stake in March.", "en", "Compramos nuestra participación en marzo.", "es", [("exchange", ("sold",), ("Compramos",))]),
    ],
)  # fmt: skip
def test_direction_words_a_second_reviewer_found_misread(source, s_lang, target, t_lang, expected) -> None:
    """A held-out review (sports, health, courts, weather, earnings): ``permis`` (a driving
    licence) was read as "allowed" (a faithful unit at drift 0.67) and Italian ``vietnamita`` as
    "forbidden"; ``recule``, ``admitted`` / ``nié``, ``accolto``, ``compramos`` were not read."""
    assert checks.direction_differences(source, s_lang, target, t_lang) == expected


@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("The bank does not propose a change.", "Банката предлага промяна.", "bg", "verb"),
        ("The bank does not propose a change.", "Банката не предлага промяна.", "bg", ""),
        ("It is not only cheap but also safe.", "Тя е не само евтина, но и безопасна.", "bg", ""),
        ("Medicines are widely available.", "Obat-obatan tidak mudah didapat.", "id", "verb"),
        ("It is not only cheap but also safe.", "Ini tidak hanya murah tetapi juga aman.", "id", ""),
        ("The flight leaves at 9, right?", "Penerbangan berangkat jam 9, bukan?", "id", ""),
        ("The committee did not approve the budget.", "समिति ने बजट को मंज़ूरी दे दी।", "hi", "verb"),
        ("The committee did not approve the budget.", "समिति ने बजट को मंज़ूरी नहीं दी।", "hi", ""),
        ("His name is Ram.", "उसका नाम राम है।", "hi", ""),
        ("It is not suitable for children under 12.", "12세 미만 어린이에게 적합합니다.", "ko", "verb"),
        ("It is not suitable for children under 12.", "12세 미만 어린이에게는 적합하지 않습니다.", "ko", ""),
        ("Hello, come inside.", "안녕하세요, 안으로 들어오세요.", "ko", ""),
        ("We have not finished yet.", "Chúng tôi đã hoàn thành.", "vi", "verb"),
        ("We have not finished yet.", "Chúng tôi chưa hoàn thành.", "vi", ""),
        ("Do you agree?", "Bạn có đồng ý không?", "vi", ""),
        ("It is not only cheap but safe.", "Nó không chỉ rẻ mà còn an toàn.", "vi", ""),
        ("Adjust budgets without waiting for approval.", "Điều chỉnh ngân sách mà không cần chờ phê duyệt.", "vi", ""),
        ("Please don't eat anything until then.", "तब तक कृपया कुछ भी न खाएँ।", "hi", ""),
        ("The company did not approve the plan.", "الشركة وافقت على الخطة.", "ar", "verb"),
        ("The company did not approve the plan.", "الشركة لم توافق على الخطة.", "ar", ""),
        ("Prices, especially food prices, rose.", "ارتفعت الأسعار، لا سيما أسعار الغذاء.", "ar", ""),
        ("So far only 18% of it has been funded.", "ولم يُموَّل منه حتى الآن إلا ١٨٪.", "ar", ""),
        ("Return it even without a receipt.", "يمكن إعادتها حتى دون إيصال الشراء.", "ar", ""),
        ("Fill it above the line.", "املأها إلى ما دون الخط.", "ar", ""),
        ("The government approved the plant.", "הממשלה לא אישרה את המתקן.", "he", "verb"),
        ("There is no water.", "אין מים.", "he", ""),
        ("The government approved the airport upgrade.", "Chính phủ đã phê duyệt nâng cấp Cảng hàng không Chu Lai.", "vi", ""),
        ("In Greece, volumes were flat.", "В Гърция обемите останаха без промяна.", "bg", ""),
    ],
)  # fmt: skip
def test_negations_in_bulgarian_indonesian_hindi_korean_and_vietnamese(en, other, lang, expected) -> None:
    """A held-out round's lost negations went unflagged in Korean (``not suitable`` /
    ``적합합니다``), Hindi (``did not approve`` / ``मंज़ूरी दे दी``) and Bulgarian, and an added one
    in Indonesian (``tidak mudah didapat``) showed by drift alone: none of them was read. Each
    negates with a particle before the verb (Korean also ``-지 않다``); "not only" (``не само``,
    ``tidak hanya``, ``không chỉ``), a tag question (``…, bukan?``) and the question's ``không?``
    negate nothing, Vietnamese ``mà không`` (without) is one, Hindi ``न`` is read with its
    vowel signs as part of a word (``नाम``), and a negation beside "until" is English "not …
    until" (``तब तक … न खाएँ``), which the English count leaves out."""
    assert checks.polarity_mismatch(en, "en", other, lang) == expected
    if checks.negation_counts(other, lang) != (0, 0):
        assert checks.negation_variants(other, lang), "each negation can be removed for the contrast test"


@pytest.mark.parametrize(
    ("en", "other", "lang", "negation", "direction"),
    [
        ("We do not agree with this proposal.", "我们同意这个提议。", "zh", "verb", []),
        ("We do not agree with this proposal.", "我们不同意这个提议。", "zh", "", []),
        ("Giant pandas do not hibernate.", "大熊猫冬眠。", "zh", "verb", []),
        ("The meeting has not ended yet.", "会议尚未结束。", "zh", "", []),
        ("Nobody knows the answer.", "没人知道答案。", "zh", "", []),
        ("This is not only an economic question but a political one.", "这不仅是经济问题，而且是政治问题。", "zh", "", []),
        ("We had to postpone the meeting.", "我们不得不推迟会议。", "zh", "", []),
        ("African countries attach great importance to this.", "非洲国家非常重视这个问题。", "zh", "", []),
        ("The two positions are different.", "两国立场不同。", "zh", "", []),
        ("In the coming years we will keep working.", "未来几年我们将继续努力。", "zh", "", []),
        ("Exports will fall by 18 percent.", "出口将增加18%。", "zh", "", [("rise", ("fall",), ("增加",))]),
        ("Exports rose by 5 percent.", "出口增长了百分之五。", "zh", "", []),
        ("Sales fell sharply.", "売上高は大幅に増加した。", "ja", "", [("rise", ("fell",), ("増加",))]),
        ("Sales fell sharply.", "매출이 크게 증가했다.", "ko", "", [("rise", ("fell",), ("증가",))]),
        ("Sales fell sharply.", "매출이 크게 감소했다.", "ko", "", []),
        ("Exports fell by 18 percent.", "Износът се увеличи с 18%.", "bg", "", [("rise", ("fell",), ("увеличи",))]),
        ("Prices rose 5 percent.", "Harga turun 5 persen.", "id", "", [("rise", ("rose",), ("turun",))]),
        ("Prices rose 5 percent.", "Giá giảm 5 phần trăm.", "vi", "", [("rise", ("rose",), ("giảm",))]),
        ("Prices rose 5 percent.", "وانخفضت الأسعار بنسبة 5 في المئة.", "ar", "", [("rise", ("rose",), ("وانخفضت",))]),
        ("Prices rose 5 percent.", "وارتفعت الأسعار بنسبة 5 في المئة.", "ar", "", []),
        ("It found that the staff had been on site.", "従業員が現場にいた事実は認められないとした。", "ja", "verb", []),
        ("It found that the staff had not been on site.", "従業員が現場にいた事実は認められないとした。", "ja", "", []),
        ("It might rain tomorrow.", "明日は雨が降るかもしれない。", "ja", "", []),
        ("There are few cases.", "症例は少ない。", "ja", "", []),
        ("We must act now.", "今すぐ行動しなければならない。", "ja", "", []),
        ("Are you still planning 120 yen?", "120円の予定に変わりはありませんか。", "ja", "", []),
        ("Avoid the trails north of Mount Rinjani.", "Hindari jalur di sebelah selatan Gunung Rinjani.", "id", "", [("north", ("north",), ("selatan",))]),
        ("Heavy rain across West Nusa Tenggara.", "Hujan lebat di Nusa Tenggara Barat.", "id", "", []),
    ],
)  # fmt: skip
def test_negations_and_directions_in_asian_languages_and_bulgarian(en, other, lang, negation, direction) -> None:
    """A held-out round of Asian-language translations lost a negation (``大熊猫不冬眠`` as
    "giant pandas hibernate") and turned a fall into a rise (``fall by 18%`` / ``增加18%``) at
    drift 0.02 to 0.16: neither was read there. Chinese negates with 不, 没(有), 未, 无法 before
    the verb, but the same characters open words that negate nothing (不仅 "not only", 不得不
    "must", 非常 "very", 未来 "future", 不同 "different"); Chinese, Japanese and Korean rises and
    falls are read inside longer words (``增长了``, ``증가했다``); Bulgarian, Indonesian,
    Vietnamese and Arabic ones (with Arabic's prefixes, ``وانخفضت``) as words."""
    assert checks.polarity_mismatch(en, "en", other, lang) == negation
    assert checks.direction_differences(en, "en", other, lang) == direction
    if lang == "zh" and checks.negation_counts(other, lang) != (0, 0):
        assert checks.negation_variants(other, lang), "each negation can be removed for the contrast test"


def test_a_separated_german_prefix_is_read() -> None:
    """``lehnte … ab`` (rejected) is read with its prefix at the clause's end."""
    assert checks.direction_differences(
        "The Senate approved the bill.", "en", "Der Senat lehnte den Gesetzentwurf mit großer Mehrheit ab.", "de"
    ) == [("assent", ("approved",), ("lehnte den Gesetzentwurf mit großer Mehrheit ab",))]


def test_direction_variants_turn_the_english_words_round() -> None:
    """One variant per pair of opposites, every word of the pair turned, capitals kept; none for
    another language."""
    assert checks.direction_variants("Imports Rose, exports dropped.", "en", ("rise", "trade")) == [
        "Imports Fell, exports increased.",
        "Exports Rose, imports dropped.",
    ]
    assert checks.direction_variants("Les prix ont baissé.", "fr", ("rise",)) == []


RISES_AND_FALLS = (
    ("Emissions will rise by 300 tonnes.", "Οι εκπομπές θα μειωθούν κατά 300 τόνους.", "el", True),
    ("Emissions will fall by 300 tonnes.", "Οι εκπομπές θα μειωθούν κατά 300 τόνους.", "el", False),
    ("We will reduce capacity by ten percent a year.", "Évente tíz százalékkal növeljük a kapacitást.", "hu", True),
    ("We will increase capacity by ten percent a year.", "Évente tíz százalékkal növeljük a kapacitást.", "hu", False),
    ("The minister said the line would increase traffic.", "Bakan, hattın trafiği azaltacağını söyledi.", "tr", True),
    ("The minister said the line would reduce traffic.", "Bakan, hattın trafiği azaltacağını söyledi.", "tr", False),
    ("Prices fell sharply in May.", "Ceny w maju mocno wzrosły.", "pl", True),
    ("Prices fell sharply in May.", "Ceny w maju mocno spadły.", "pl", False),
    ("Unemployment fell to 4 percent.", "Nezaměstnanost vzrostla na 4 procenta.", "cs", True),
    ("Sales increased in the second half.", "Försäljningen minskade under andra halvåret.", "sv", True),
    ("The temperature will rise tomorrow.", "Lämpötila nousee huomenna.", "fi", False),
)  # fmt: skip


@pytest.mark.parametrize(("en", "other", "lang", "reversed_"), RISES_AND_FALLS)
def test_rises_and_falls_in_more_languages(embedder, en, other, lang, reversed_) -> None:
    """A reviewer's round: a fall rendered as a rise in Greek, Hungarian and Turkish passed at
    drift 0.02 to 0.15 (no word of direction was read in those languages). Rises and falls are
    read in twelve more; the contrast test decides as for the others."""
    scored = _scored_last(embedder, en, other, lang)
    assert ("direction_mismatch" in scored.flags and is_flagged(scored)) is reversed_


def test_a_direction_without_an_english_side_weighs_the_word_alone() -> None:
    """German against French: no variant to probe, so the flag weighs ``weight_direction_word``
    and shows without flagging the pair on its own."""
    src = [Sentence(0, "Die Preise sind im Mai gestiegen.", "de")]
    tgt = [Sentence(0, "Les prix ont baissé en mai.", "fr")]
    (scored,) = score_links([Link((0,), (0,), 0.9, 0.05)], src, tgt)
    assert scored.flags == ("direction_mismatch",)
    assert DriftConfig().weight_direction_word <= scored.drift < 0.5
    assert scored.details == "direction_mismatch: source gestiegen; target baissé"


@needs_transread
def test_negation_and_dropped_clause_raise_the_drift_without_flagging() -> None:
    en, fr = geneva_pairs()[4]
    faithful = score_pair(en, fr)
    lost = score_pair(en, fr.replace("n’attendons pas non plus", "attendons"))
    assert lost.flags == ("negation_mismatch",)
    assert faithful.drift < lost.drift < 0.5 and not is_flagged(lost)
    en, fr = geneva_pairs()[0]
    cut = fr[: fr.index(",", len(fr) // 3)] + "."
    assert score_pair(en, cut).drift > faithful.drift + 0.1


@needs_transread
def test_length_ratio_flags_a_padded_target() -> None:
    en, fr = geneva_pairs()[3]
    padded = " ".join(f for _, f in geneva_pairs())
    assert "length_ratio" in score_pair(en, padded).flags
    assert "length_ratio" not in score_pair(en, fr).flags


@needs_transread
def test_low_similarity_is_relative_and_absolute() -> None:
    en, fr = geneva_pairs()[0]
    low = score_pair(en, fr, sim=0.72)
    assert "low_similarity" in low.flags and low.drift > 0.9
    assert "low_similarity" not in score_pair(en, fr, sim=0.86).flags
    # a whole document at 0.80 is not "below its usual level", but the drift still says poor
    pairs = [*filler_pairs(), (en, fr)]
    links, src, tgt = doc(pairs, [0.80] * len(pairs))
    scored = score_links(links, src, tgt)[-1]
    assert "low_similarity" not in scored.flags


@needs_transread
def test_few_pairs_are_judged_against_the_prior_not_the_document() -> None:
    """Pairs at 0.82 are usual in a document that is paired throughout, but where they hold a
    third of the text (what an aligner finds between two unrelated texts) they are judged
    against the prior for faithful pairs and flagged."""
    pairs = filler_pairs()[:24]
    links, src, tgt = doc(pairs, [0.82] * len(pairs))
    plain = [s for s in score_links(links, src, tgt) if not s.flags]  # no text check fired
    assert len(plain) >= 12 and not any(is_flagged(s) for s in plain)
    sparse: list[Link] = []
    for k, link in enumerate(links):
        sparse += [link] if k % 3 == 0 else [Link(link.src, ()), Link((), link.tgt)]
    scored = [s for s in score_links(sparse, src, tgt) if s.link.src and s.link.tgt]
    assert len(scored) == 8 and all(is_flagged(s) for s in scored)


@needs_transread
@settings(max_examples=25, deadline=None)
@given(
    others=st.lists(st.floats(0.80, 0.97), min_size=3, max_size=24),
    sims=st.lists(st.floats(0.5, 1.0), min_size=2, max_size=6),
)
def test_drift_is_monotone_in_similarity(others: list[float], sims: list[float]) -> None:
    pairs = filler_pairs()[: len(others) + 1]
    drifts = []
    for s in sorted(sims):
        links, src, tgt = doc(pairs, [*others[: len(pairs) - 1], s])
        drifts.append(score_links(links, src, tgt)[-1].drift)
    assert drifts == sorted(drifts, reverse=True)


def test_output_is_deterministic_rounded_and_sorted() -> None:
    links, src, tgt = doc(geneva_pairs(), [0.9, 0.7, 0.93, 0.88, 0.91])
    first = score_links(links, src, tgt)
    assert first == score_links(links, src, tgt)
    for scored in first:
        assert 0.0 <= scored.drift <= 1.0 and round(scored.drift, 4) == scored.drift
        assert list(scored.flags) == sorted(scored.flags) and set(scored.flags) <= set(FLAG_NAMES)


def test_links_outside_the_streams_are_rejected() -> None:
    src, tgt = [Sentence(0, "Hello.", "en")], [Sentence(0, "Bonjour.", "fr")]
    with pytest.raises(ValueError):
        score_links([Link((0,), (3,), 0.9, 0.05)], src, tgt)
    with pytest.raises(ValueError):
        score_links([Link((), ())], src, tgt)


def test_config_weights_are_floors() -> None:
    cfg = DriftConfig()
    src = [Sentence(0, "The talks lasted 2 hours in Geneva.", "en")]
    tgt = [Sentence(0, "Les pourparlers ont duré 3 heures à Genève.", "fr")]
    scored = score_links([Link((0,), (0,), None, None)], src, tgt, cfg)[0]
    assert scored.flags == ("number_mismatch",)
    assert scored.drift >= cfg.weight_number_mismatch


def test_unrelated_member_of_a_many_sentence_link_is_flagged() -> None:
    """A 1-2 link whose second target sentence is unrelated to the source (centred cosine near 0,
    as the aligner reports in ``tgt_weakest``, at ``tgt_weakest_at``) is an ``addition`` whose
    details name that sentence; a related one is not flagged."""
    en, fr = geneva()
    src = [Sentence(0, find(en, "When you made the phone call"), "en")]
    tgt = [
        Sentence(0, find(fr, "Quand vous m’avez appelé"), "fr"),
        Sentence(1, find(fr, "J’ai pris connaissance"), "fr"),
    ]
    folded = score_links([Link((0,), (0, 1), 0.9, 0.05, None, -0.02, None, 1)], src, tgt)[0]
    assert "addition" in folded.flags and folded.drift >= 0.6
    # the details name the unrelated sentence and quote its start
    assert "addition: target sentence 1 unrelated to the other side: \u201cJ’ai pris connaissance" in folded.details
    related = score_links([Link((0,), (0, 1), 0.9, 0.05, None, 0.3)], src, tgt)[0]
    assert "addition" not in related.flags
    # between the two, a weak member raises the drift without a flag (the soft member term)
    weak = score_links([Link((0,), (0, 1), 0.9, 0.05, None, 0.06)], src, tgt)[0]
    assert weak.flags == related.flags and related.drift + 0.1 < weak.drift < 0.5
    two = [src[0], Sentence(1, find(en, "We do not expect"), "en")]
    dropped = score_links([Link((0, 1), (0,), 0.9, 0.05, -0.1, None, 1)], two, tgt[:1])
    assert "omission" in dropped[0].flags
    assert "source sentence 1 unrelated to the other side: \u201cWe do not expect" in dropped[0].details



def test_details_split_by_flag_when_the_quoted_sentence_holds_a_bar() -> None:
    """A folded sentence quoted in ``addition``'s details may hold the `` | `` that separates
    the flags' parts (a caption line such as ``Genève | Suisse``): the parts are still one per
    flag, in the TSV's reader (``recheck_terms``) and in the reports alike."""
    from align import report

    src = [Sentence(0, "The talks lasted 2 hours in Geneva.", "en")]
    tgt = [
        Sentence(0, "Les pourparlers ont duré 3 heures à Genève.", "fr"),
        Sentence(1, "Genève | Suisse | 21 janvier", "fr"),
    ]
    scored = score_links([Link((0,), (0, 1), 0.9, 0.05, None, -0.02, None, 1)], src, tgt)[0]
    assert {"addition", "number_mismatch"} <= set(scored.flags)
    parts = split_details(scored.details)
    assert [p.split(":", 1)[0] for p in parts] == list(scored.flags)
    assert "addition: target sentence 1 unrelated to the other side: \u201cGenève | Suisse | 21 janvier\u201d" in parts
    shown = report._details({"details": scored.details})
    assert list(shown) == list(scored.flags) and shown["addition"].endswith("21 janvier\u201d")


@needs_transread
def test_link_flagged_for_drift_alone_says_what_raised_it() -> None:
    """A faithful-looking pair (no text check fires) whose similarity is far under the rest of
    its document reaches drift 0.5 through the soft terms alone: its details name them, so the
    note a reviewer reads (report, XLIFF or PO note) is never empty."""
    from align import report
    from align.export import _drift_note

    en, fr, gold = transread()["AlicesAdventuresInWonderland"]
    ones = [g for g in gold if len(g.src) == len(g.tgt) == 1][:40]
    src = [Sentence(k, en[g.src[0]], "en") for k, g in enumerate(ones)]
    tgt = [Sentence(k, fr[g.tgt[0]], "fr") for k, g in enumerate(ones)]
    links = [Link((k,), (k,), 0.92 + 0.004 * ((k * 7) % 10), 0.1) for k in range(len(ones))]
    assert not score_links(links, src, tgt)[0].flags
    links[0] = Link((0,), (0,), 0.84, 0.1)
    weak = score_links(links, src, tgt)[0]
    assert weak.drift >= 0.5 and weak.flags == ()
    assert weak.details == "drift: similarity 0.84, low for this document"
    assert _drift_note(weak.drift, "", weak.details) == f"drift {weak.drift:.2f}: similarity 0.84, low for this document"
    row = {"flags": "", "details": weak.details}
    assert report._reasons(row) == [("drift", "similarity 0.84, low for this document")]
    assert all(not s.details for s in score_links(links, src, tgt)[1:] if s.drift < 0.5 and not s.flags)

QA_FR = """Question : La rencontre n'a duré qu'une heure et demie, comme prévu. Est-ce un mauvais signe ? Cela signifie-t-il que vous n'aviez rien à discuter ?

Sergueï Lavrov : Par principe, la ponctualité ne peut pas être un mauvais signe. Nous avions prévu que cette rencontre dure une heure et demie. Nous savions, plus ou moins, de quoi nous allions discuter. Il n'était pas nécessaire de répéter ce qui avait été dit lors des pourparlers russo-américains à Genève le 10 janvier de cette année et lors de la réunion du Conseil Russie-OTAN le 12 janvier de cette année.

Question : Dans les années 1970, les négociations sur les accords d'Helsinki ont duré trois ans. Nous avons proposé un traité de sécurité européenne en 2009, mais il s'est enlisé. Avez-vous le sentiment, comme on l'a dit juste après l'annonce de notre plan sur les lignes rouges, que les États-Unis vont simplement tourner en rond et faire traîner les choses ?

Sergueï Lavrov : Notre expérience du travail avec nos collègues occidentaux sur les questions de sécurité européenne abonde en exemples de promesses faites mais non tenues. J'ai déjà cité les paroles prononcées par le président américain de l'époque, Gerald Ford, juste après la signature de l'Acte final d'Helsinki en 1975. Célébrant l'événement, il a déclaré : « L'histoire jugera cette Conférence non pas sur ce que nous disons ici aujourd'hui, mais sur ce que nous ferons demain – non pas sur les promesses que nous faisons, mais sur les promesses que nous tenons. » Nos collègues américains et ouest-européens et les membres de l'OTAN ne sont pas très doués pour cela. Aujourd'hui, nous avons entendu certains des mêmes arguments sur la liberté de choisir ses alliances et ses unions militaires.
"""
"""The press conference's first two exchanges in French (a translation written for these tests;
the English is the seed's, ``qa_en``)."""


def qa_en() -> str:
    """The seed's first two questions and the first paragraph of each answer (the second cut
    after its fifth sentence, where ``QA_FR`` ends)."""
    lines = (
        (SEEDS / "geneva_2022-01-21_lavrov_press_conference_en_fr.txt")
        .read_text(encoding="utf-8")
        .split("\n")
    )
    second = lines[10][: lines[10].index("alliances and military unions.") + 30]
    return "\n\n".join([lines[2], lines[4], lines[8], second]) + "\n"


def test_words_given_to_another_speaker_are_flagged(embedder, tmp_path) -> None:
    """A question's last sentence moved into the answer by the French transcript is flagged
    ``speaker_mismatch``, with who speaks it on each side and who the source's speaker is
    elsewhere; the faithful transcript has no such flag, its labels matched by the links
    (``Sergey Lavrov`` / ``Sergueï Lavrov``) whatever their spelling."""
    from align.pipeline import run_pair

    moved = "Cela signifie-t-il que vous n'aviez rien à discuter ?"
    shifted = QA_FR.replace(f" {moved}", "").replace("Lavrov : Par", f"Lavrov : {moved} Par", 1)
    assert shifted != QA_FR
    en, fr, fr_shifted = tmp_path / "en.txt", tmp_path / "fr.txt", tmp_path / "fr_shifted.txt"
    en.write_text(qa_en(), encoding="utf-8")
    fr.write_text(QA_FR, encoding="utf-8")
    fr_shifted.write_text(shifted, encoding="utf-8")
    faithful = run_pair(en, fr, embedder=embedder).scored
    assert not any("speaker_mismatch" in s.flags for s in faithful)
    result = run_pair(en, fr_shifted, embedder=embedder)
    flagged = [s for s in result.scored if "speaker_mismatch" in s.flags]
    assert len(flagged) == 1 and is_flagged(flagged[0])
    (link,) = flagged
    assert [result.streams.src[i].text for i in link.link.src] == [
        "Does this mean you had nothing to discuss?"
    ]
    assert [result.streams.tgt[j].text for j in link.link.tgt] == [moved]
    assert (
        "speaker_mismatch: source Question; target Sergueï Lavrov; elsewhere Question = Question"
        in link.details
    )


def _turns(speakers: list[str | None], lang: str) -> list[Sentence]:
    texts = _sentences(qa_en() if lang == "en" else QA_FR)
    return [Sentence(i, texts[i], lang, speaker=who) for i, who in enumerate(speakers)]


def test_speaker_labels_without_a_clear_counterpart_are_not_judged() -> None:
    """Only labels the links match one to one are judged: a French side that labels its
    questions by outlet (each label in one link) or a side without labels flags nothing, while
    a turn given to the other speaker is flagged in every link of it."""
    en = ["Question"] * 3 + ["Sergey Lavrov"] * 4 + ["Question"] * 2 + ["Sergey Lavrov"] * 3
    links = [Link((i,), (i,), 0.92, 0.06) for i in range(len(en))]
    src = _turns(en, "en")
    by_outlet = [f"Question ({outlet})" for outlet in "ABC"] + ["Sergueï Lavrov"] * 4
    by_outlet += ["Question (D)", "Question (E)"] + ["Sergueï Lavrov"] * 3
    unlabelled: list[str | None] = [None] * len(en)
    swapped = [w.replace("Sergey", "Sergueï") for w in en]
    swapped[7:9] = ["Sergueï Lavrov"] * 2  # the second question given to the minister
    for tgt, expected in ((by_outlet, []), (unlabelled, []), (swapped, [7, 8])):
        scored = score_links(links, src, _turns(tgt, "fr"))
        assert [k for k, s in enumerate(scored) if "speaker_mismatch" in s.flags] == expected


DRIFTS = {
    "es": (("21 DE ENERO", "22 DE ENERO", "number_mismatch"), ("Ayer dedicamos", "Anteayer dedicamos", "number_mismatch"),
           ("Nosotros tampoco esperamos", "Esperamos", "negation_mismatch"),
           (" en Ginebra en el contexto", " en el contexto", "name_mismatch")),
    "pt": (("21 DE JANEIRO", "22 DE JANEIRO", "number_mismatch"), ("Ontem passámos", "Anteontem passámos", "number_mismatch"),
           ("Nós também não esperamos", "Nós esperamos", "negation_mismatch"),
           (" em Genebra no contexto", " no contexto", "name_mismatch")),
    "it": (("21 GENNAIO", "22 GENNAIO", "number_mismatch"), ("Ieri abbiamo", "L'altro ieri abbiamo", "number_mismatch"),
           ("Neanche noi ci aspettiamo", "Noi ci aspettiamo", "negation_mismatch"),
           (" a Ginevra nel contesto", " nel contesto", "name_mismatch")),
    "ru": (("21 ЯНВАРЯ", "21 ФЕВРАЛЯ", "number_mismatch"), ("Вчера мы", "Позавчера мы", "number_mismatch"),
           ("Мы тоже не ожидаем прорыва", "Мы ожидаем прорыва", "negation_mismatch"),
           (" в Женеве в контексте", " в контексте", "name_mismatch")),
    "uk": (("21 СІЧНЯ", "21 ЛЮТОГО", "number_mismatch"), ("Учора ми", "Позавчора ми", "number_mismatch"),
           ("Ми теж не очікуємо прориву", "Ми очікуємо прориву", "negation_mismatch"),
           (" в Женеві в контексті", " в контексті", "name_mismatch")),
    "nl": (("21 JANUARI", "22 JANUARI", "number_mismatch"), ("Gisteren hebben", "Eergisteren hebben", "number_mismatch"),
           ("Ook wij verwachten geen doorbraak", "Ook wij verwachten een doorbraak", "negation_mismatch"),
           (" in Genève besprekingen", " besprekingen", "name_mismatch")),
}  # fmt: skip
"""Drifts of each version and the flag each must raise: the date changed, "yesterday" made "the
day before yesterday", the negation of "we do not expect a breakthrough either" lost, the place
of the talks dropped (in Russian, ``в Женеве``: names are compared across scripts since
``checks.latinised``)."""


@pytest.mark.parametrize("lang", ["es", "pt", "it", "nl", "ru", "uk"])
def test_a_translation_of_the_remarks_flags_exactly_its_drifts(embedder, tmp_path, lang) -> None:
    """The remarks against a faithful Spanish, Portuguese, Italian, Dutch, Russian or Ukrainian version: no link
    flagged (before, false ``name_mismatch`` flags: ``Ginebra``, ``Departamento de Estado``,
    ``Negócios Estrangeiros``). Against the version with its ``DRIFTS``: exactly those links
    are flagged, each for its drift (before, the day, the negation and the place went unseen;
    in Russian the month and, until names were compared across scripts, the place too)."""
    from align.pipeline import run_pair

    drifted = REMARKS[lang]
    for old, new, _ in DRIFTS[lang]:
        assert old in drifted
        drifted = drifted.replace(old, new)
    en = SEEDS / "geneva_2022-01-21_lavrov_opening_remarks_en.txt"
    faithful, changed = tmp_path / "remarks.txt", tmp_path / "remarks_drift.txt"
    faithful.write_text(REMARKS[lang], encoding="utf-8")
    changed.write_text(drifted, encoding="utf-8")
    clean = run_pair(en, faithful, embedder=embedder)
    assert (clean.streams.src_lang, clean.streams.tgt_lang) == ("en", lang)
    assert not [s for s in clean.scored if is_flagged(s)]
    result = run_pair(en, changed, embedder=embedder)
    tgt = result.streams.tgt
    flagged = [(" ".join(tgt[j].text for j in s.link.tgt), s.flags) for s in result.scored if is_flagged(s)]
    assert len(flagged) == len(DRIFTS[lang])
    for _, new, flag in DRIFTS[lang]:
        assert [flags for text, flags in flagged if new.strip() in text] == [(flag,)], new


# fmt: off
@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("It was accompanied by follow-up questions for us, answers to which would help Washington (as Antony Blinken told me over the phone) to prepare a written response to our written drafts of a treaty with the US and an agreement with NATO.",
         "Он сопровождался уточняющими вопросами к нам, ответы на которые помогли бы Вашингтону (как мне сказал по телефону Энтони Блинкен) подготовить письменный ответ на наши письменные проекты договора с США и соглашения с НАТО.", "ru", ""),
        ("I have already quoted the words said by the then US President Gerald Ford immediately after the signing of the Helsinki Final Act in 1975.",
         "Я уже цитировал слова, сказанные тогдашним президентом США Джеральдом Фордом сразу после подписания Хельсинкского заключительного акта в 1975 году.", "ru", ""),
        ("US Secretary of State Antony Blinken said that he was satisfied with the exchange of views, which would help them next week to present a written response to us.",
         "Государственный секретарь США Энтони Блинкен заявил, что удовлетворён обменом мнениями, который поможет им на следующей неделе представить нам письменный ответ.", "ru", ""),
        ("What is the Russian Foreign Ministry’s response to the US State Department’s statement?",
         "Как МИД России отвечает на заявление Государственного департамента США?", "ru", ""),
        ("Meanwhile President Zelensky who has been taken under wing by our Western colleagues who encourage all his shenanigans, said publicly that if some Ukrainian citizens feel they are Russian, they should go back to Russia.",
         "Между тем Президент Зеленский, которого взяли под крыло наши западные коллеги, поощряющие все его выходки, публично заявил, что если какие-то граждане Украины чувствуют себя русскими, им следует уехать в Россию.", "ru", ""),
        ("It’s because this bloc was created against the Soviet Union and continues to “work” against the Russian Federation.",
         "Потому что этот блок был создан против Советского Союза и продолжает «работать» против Российской Федерации.", "ru", ""),
        ("When Eastern Europeans, above all Poland and the Baltic countries, were eagerly seeking to join NATO, we warned the West that accepting them as members would be a mistake.",
         "Когда восточноевропейцы, прежде всего Польша и страны Балтии, стремились вступить в НАТО, мы предупреждали Запад, что принимать их в члены было бы ошибкой.", "ru", ""),
        ("With regard to Ukraine, Secretary Blinken reaffirmed the fact that President Biden spoke about the United States’ willingness to assist in the implementation of the Minsk Agreements.",
         "Что касается Украины, госсекретарь Блинкен подтвердил, что Президент Байден говорил о готовности Соединённых Штатов содействовать выполнению Минских соглашений.", "ru", ""),
        ("President of Russia Vladimir Putin is always ready for contact with US President Joseph Biden.",
         "Президент России Владимир Путин всегда готов к контакту с Президентом США Джозефом Байденом.", "ru", ""),
        ("A lot of people in the world are concerned about these conversations, like the ones between Mr Ryabkov and Ms Sherman.",
         "Многих в мире беспокоят эти разговоры, например между г-ном Рябковым и г-жой Шерман.", "ru", ""),
        ("It was accompanied by follow-up questions for us, answers to which would help Washington (as Antony Blinken told me over the phone) to prepare a written response to our written drafts of a treaty with the US and an agreement with NATO.",
         "Він супроводжувався уточнювальними питаннями до нас, відповіді на які допомогли б Вашингтону (як мені сказав телефоном Ентоні Блінкен) підготувати письмову відповідь на наші письмові проєкти договору зі США та угоди з НАТО.", "uk", ""),
        ("I have already quoted the words said by the then US President Gerald Ford immediately after the signing of the Helsinki Final Act in 1975.",
         "Я вже цитував слова, сказані тодішнім президентом США Джеральдом Фордом одразу після підписання Гельсінського заключного акта в 1975 році.", "uk", ""),
        ("What is the Russian Foreign Ministry’s response to the US State Department’s statement?",
         "Як МЗС Росії відповідає на заяву Державного департаменту США?", "uk", ""),
        ("Meanwhile President Zelensky who has been taken under wing by our Western colleagues, said publicly that if some Ukrainian citizens feel they are Russian, they should go back to Russia.",
         "Тим часом Президент Зеленський, якого взяли під крило наші західні колеги, публічно заявив, що якщо якісь громадяни України відчувають себе росіянами, їм слід поїхати до Росії.", "uk", ""),
        ("President of Russia Vladimir Putin is always ready for contact with US President Joseph Biden.",
         "Президент Росії Володимир Путін завжди готовий до контакту з Президентом США Джозефом Байденом.", "uk", ""),
        ("The talks took place in Geneva.",
         "Переговоры прошли в Женеве.", "ru", ""),
        ("The talks took place in Geneva.",
         "Переговоры прошли.", "ru", "surplus"),
        ("Yesterday the minister met Antony Blinken in Geneva for talks on security guarantees.",
         "Вчера министр встретился в Женеве для переговоров о гарантиях безопасности.", "ru", "surplus"),
        ("We talked at length about the future of NATO and about Europe.",
         "Мы долго говорили о будущем НАТО и о роли ОБСЕ в Европе.", "ru", "surplus"),
        ("The Russian side told the US about it in the White House.",
         "Российская сторона сказала об этом США в Белом доме.", "ru", ""),
        ("I told you, Mr President, that Ukraine will not join NATO.",
         "Я говорил Вам, господин Президент, что Украина не вступит в НАТО.", "ru", ""),
        ("The talks took place in Geneva.",
         "Переговори відбулися.", "uk", "surplus"),
        ("The talks took place in Geneva.",
         "Переговори відбулися в Женеві.", "uk", ""),
        ("The WHO confirmed the decision.",
         "ВОЗ подтвердила решение.", "ru", ""),
        ("The IMF confirmed the decision.",
         "МВФ подтвердил решение.", "ru", ""),
        ("We met in New York to talk about North Korea, South Africa and Latin America.",
         "Мы встретились в Нью-Йорке, чтобы поговорить о Северной Корее, Южной Африке и Латинской Америке.", "ru", ""),
        ("We met in New York and in Kyiv.",
         "Ми зустрілися в Нью-Йорку та в Києві.", "uk", ""),
        ("We met in Vienna, Rome and Prague, then in Athens and Istanbul.",
         "Мы встретились в Вене, Риме и Праге, затем в Афинах и Стамбуле.", "ru", ""),
        ("We will meet next week in Geneva.",
         "Мы встретимся на следующей неделе в Вене.", "ru", "swap"),
    ],
)
# fmt: on
def test_names_across_latin_and_cyrillic(en: str, other: str, lang: str, expected: str) -> None:
    """Names of an English text against its Russian or Ukrainian translation (sentences of the
    seed press conference, translated for these tests): the Cyrillic side is read in Latin
    letters (``checks.latinised``), with the places and institutions whose English names are not
    their transliteration (``Женеве``, ``США``, ``Белом доме``, ``Государственного
    департамента``, ``ОБСЕ``) and the adjectives Russian writes in lower case (``российская``,
    ``западные``) given their English names, and the titles and the polite ``Вы`` / ``Вам`` no
    names. No faithful sentence is flagged, either way round; a dropped or added name is.
    Before, names were not compared across scripts: none of these was flagged. A name that
    begins with a capital ``Й`` or ``Ї`` (``Нью-Йорке``, ``Києві``) is found in the table too: the
    text was folded with its capitals' accents kept, and these were surplus names."""
    assert checks.name_mismatch(en, other, 0.34, frozenset(), frozenset(), frozenset(), "en", lang) == expected
    assert checks.name_mismatch(other, en, 0.34, frozenset(), frozenset(), frozenset(), lang, "en") == expected


def test_russian_acronyms_read_as_their_english_ones() -> None:
    """ВОЗ is the WHO and МВФ the IMF: the table read both as the IMF, so the WHO against ВОЗ was
    a swap and the IMF against ВОЗ passed."""
    assert checks.latinised("ВОЗ и МВФ.", "ru")[0] == "WHO i IMF."


def test_a_name_swapped_across_scripts_is_a_swap() -> None:
    """"Antony Blinken" made "Джейк Салливан" in a Russian translation whose document names
    Blinken elsewhere: the same count of unmatched names on each side, so no surplus, but the
    document's own names, read in Latin letters, show a swap (before: no flag at all); in a
    document that never names Blinken, so do the names themselves, none of them a word in lower
    case (``_proper_swapped``; until stop 48 it was left unjudged, as a rendering). A declined
    name is read without its case ending (``Байденом`` as ``Baiden``): before, "Biden" against
    "Джозефом Байденом" in a document naming "Байден" elsewhere was a false swap."""
    en = "Yesterday Sergey Lavrov spoke with Antony Blinken about the future of NATO."
    swapped = "Вчера Сергей Лавров говорил с Джейком Салливаном о будущем НАТО."
    faithful = "Вчера Сергей Лавров говорил с Энтони Блинкеном о будущем НАТО."
    known = frozenset(checks.fold(n) for n in ("Блинкен", "Блинкеном", "Лавров", "Сергей", "НАТО"))
    none: frozenset[str] = frozenset()
    assert checks.name_mismatch(en, swapped, 0.34, none, none, known, "en", "ru") == "swap"
    assert checks.name_mismatch(swapped, en, 0.34, none, known, none, "ru", "en") == "swap"
    assert checks.name_mismatch(en, swapped, 0.34, none, none, none, "en", "ru") == "swap"
    assert checks.name_mismatch(en, faithful, 0.34, none, none, known, "en", "ru") == ""
    # a declined name is no swap for its nominative elsewhere ("Байденом" / "Байден" / "Biden")
    biden = "President of Russia Vladimir Putin is always ready for contact with US President Joseph Biden."
    baidenom = "Президент России Владимир Путин всегда готов к контакту с Президентом США Джозефом Байденом."
    elsewhere = known | {checks.fold("Байден"), checks.fold("Путин"), checks.fold("Владимир")}
    assert checks.name_mismatch(biden, baidenom, 0.34, none, none, elsewhere, "en", "ru") == ""


def _run_of_pairs(pairs: int, start: tuple[int, int]) -> list[Link]:
    i, j = start
    return [Link((i + k,), (j + k,), similarity=0.92, margin=0.05) for k in range(pairs)]


def _nulls(count: int, start: int) -> list[Link]:
    return [Link((start + k,), ()) for k in range(count)]


def test_a_pair_found_alone_among_null_links_is_isolated() -> None:
    """A run of 10 pairs, then one pair and a run of two, each with 6 source sentences in null
    links before and after, then a run of three, and a last pair with 6 before it and only 4
    after it to the document's end (which stands for a gap): the pair, the run of two and the
    last pair are ``isolated`` (with the sentences around them in ``details``); the runs of 10
    and of three are not, nor is a lone pair with no gap on either side but the document's
    edges, nor anything when the links are a memory's units (``found=False``)."""
    links = [
        *_run_of_pairs(10, (0, 0)),
        *_nulls(6, 10),
        *_run_of_pairs(1, (16, 10)),
        *_nulls(6, 17),
        *_run_of_pairs(2, (23, 11)),
        *_nulls(6, 25),
        *_run_of_pairs(3, (31, 13)),
        *_nulls(6, 34),
        *_run_of_pairs(1, (40, 16)),
        *_nulls(4, 41),
    ]
    src = [Sentence(i, "The minister spoke about the agenda of the talks.", "en") for i in range(45)]
    tgt = [Sentence(j, "Le ministre a parlé de l'ordre du jour des entretiens.", "fr") for j in range(17)]
    scored = score_links(links, src, tgt)
    alone = [k for k, s in enumerate(scored) if "isolated" in s.flags]
    assert alone == [16, 23, 24, 40]
    assert all(is_flagged(scored[k]) for k in alone)
    assert "isolated: 6 sentences without counterpart before, 6 after" in scored[16].details
    assert "isolated: 6 sentences without counterpart before, 4 after" in scored[40].details
    assert not any("isolated" in s.flags for s in score_links(links, src, tgt, found=False))
    assert isolated_runs([*_nulls(4, 0), *_run_of_pairs(1, (4, 0)), *_nulls(4, 5)]) == {}


def test_isolated_pairs_do_not_make_a_pair_of_texts_unparallel() -> None:
    """A digest translation's pairs sit alone too: ``check_parallel`` leaves ``isolated`` out, as
    it does ``term_mismatch``, but still fails when the same pairs are flagged for their meaning."""
    from align.pipeline import PairResult, Streams

    links = [*_nulls(6, 0), *_run_of_pairs(1, (6, 0)), *_nulls(6, 7), *_run_of_pairs(1, (13, 1)), *_nulls(6, 14)]
    src = [Sentence(i, "The minister spoke about the agenda of the talks.", "en") for i in range(20)]
    tgt = [Sentence(j, "Le ministre a parlé de l'ordre du jour des entretiens.", "fr") for j in range(2)]
    scored = score_links(links, src, tgt)
    assert [s.flags for s in scored if s.link.tgt] == [("isolated",), ("isolated",)]
    streams = Streams(src, tgt, "en", "fr", {})
    PairResult(streams, scored, 0).check_parallel()
    low = [ScoredLink(s.link, 0.9, ("low_similarity",)) if s.link.tgt else s for s in scored]
    with pytest.raises(AlignError, match="no parallel content"):
        PairResult(streams, low, 0).check_parallel()


def test_punctuated_chinese_is_no_unpunctuated_stream() -> None:
    """Chinese ends its sentences with full-width marks (。！？): a stream of them is punctuated
    text, so no "automatic captions" warning and the cut-off check stays on; the same sentences
    stripped of them are unpunctuated."""
    from align.score import unpunctuated
    from align.segment import split_sentences_in

    sentences = split_sentences_in(GENEVA_ZH.replace("\n", ""), "zh")
    assert len(sentences) >= 5 and all(checks.ends_closed(s) for s in sentences)
    stream = [Sentence(k, s, "zh") for k, s in enumerate(sentences)]
    assert not unpunctuated(stream)
    stripped = [Sentence(k, s.rstrip("。！？"), "zh") for k, s in enumerate(sentences)]
    assert unpunctuated(stripped)


def test_a_bidirectional_mark_after_the_full_stop_still_ends_the_sentence() -> None:
    """Round V: sentences ending ``.\u202c`` (an embedding closed after the full stop) made the
    stream "almost unpunctuated (automatic captions?)": chunked, its cut-off check off."""
    from align.score import unpunctuated

    texts = ["The foreign ministers met in Geneva on Friday morning.", "They talked for three hours, no more."]
    texts += ["Both sides agreed to meet again next month.", "\u202bהשיחות נמשכו שלוש שעות.\u202c"]
    marked = [Sentence(k, t + ("\u202c" if k % 2 else "\u2069"), "en") for k, t in enumerate(texts)]
    assert all(checks.ends_closed(s.text) for s in marked) and not unpunctuated(marked)
    assert not checks.ends_closed("The talks went on\u202c")


@pytest.mark.parametrize(
    ("en", "de", "expected"),
    [
        ("Exports fell by 5%.", "Die Exporte stiegen um 5 %.", [("rise", ("fell",), ("stiegen",))]),
        ("Prices rose sharply.", "Die Preise fielen deutlich.", [("rise", ("rose",), ("fielen",))]),
        ("Stocks dropped.", "Die Aktien steigen weiter.", [("rise", ("dropped",), ("steigen",))]),
        ("Sales fell.", "Er stieg in Köln um.", []),
        ("Sales rose.", "Es fiel ihm schwer.", []),
        ("Sales rose.", "Ihm fiel auf, dass nichts geschah.", []),
        ("Night rises quickly.", "Rasch fällt die Dämmerung ein und hüllt die Schlucht in Schatten.", []),
        ("We go down to the lake.", "Dann steigen wir über den Weg hinab zum See.", []),
    ],
)
def test_german_rose_and_fell_without_their_prefix_are_read_unless_a_particle_completes_them(en, de, expected) -> None:
    """``stiegen um 5 %`` rose and ``fielen`` fell (before, read with a prefix only: ``angestiegen``);
    not where a particle at the clause's end makes another verb (``stieg … um`` changed trains,
    ``fiel … auf`` was noticed, ``fällt … ein`` falls, ``fiel … schwer`` was hard) or ``hinab``
    follows (``steigen … hinab``, go down): the sentences of Text+Berg that made candidates."""
    assert checks.direction_differences(en, "en", de, "de") == expected


def test_german_by_no_means_is_a_negation() -> None:
    """``Keineswegs.`` / ``Not at all.`` was a polarity mismatch (a reviewer's faithful
    interview): ``keineswegs``, ``keinesfalls`` and ``mitnichten`` are negative words, and their
    probe drops them rather than turning ``keinesfalls`` into ``einesfalls``."""
    assert checks.polarity_mismatch("Keineswegs.", "de", "Not at all.", "en") == ""
    assert checks.polarity_mismatch("Das ist keinesfalls so.", "de", "That is so.", "en") == "word"
    assert checks.negation_variants("Das ist keinesfalls so.", "de") == ["Das ist so."]


def test_went_up_and_went_down_are_words_of_direction() -> None:
    """``sales actually went up`` / ``les ventes ont même baissé`` was no candidate (a reviewer's
    planted reversal, drift 0.03): the phrasal ``go up`` / ``go down`` forms are read, and the
    probe turns them round."""
    assert checks.direction_differences("Sales went up.", "en", "Les ventes ont baissé.", "fr") == [
        ("rise", ("went up",), ("baissé",))
    ]
    assert checks.direction_differences("Sales went up.", "en", "Les ventes ont augmenté.", "fr") == []
    assert checks.direction_variants("Prices are going down.", "en", ("rise",)) == ["Prices are going up."]


@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("She studies AI at Oxford.", "Si occupa di intelligenza artificiale a Cambridge.", "it", "swap"),
        ("The summit will be held in Ghent.", "Le sommet aura lieu à Anvers.", "fr", "swap"),
        ("The summit will be held in Ghent.", "Le sommet aura lieu à Gand.", "fr", ""),
        ("She moved to Berlin.", "Se mudó a Boston.", "es", "swap"),
    ],
)  # fmt: skip
def test_more_cities_swapped_are_a_swap(en: str, other: str, lang: str, expected: str) -> None:
    """A reviewer's ``Oxford`` / ``Cambridge``, ``Ghent`` / ``Anvers`` and ``Berlin`` / ``Boston``
    passed: one unmatched name a side is taken as a name rendered by its meaning unless both are
    known places. The list of cities spelt alike holds university towns, regional capitals and
    the largest cities of the US, the UK, France, Germany, Italy, Spain and others; Ghent has its
    group (``Gand``, ``Gante``)."""
    assert checks.name_mismatch(en, other, src_lang="en", tgt_lang=lang) == expected


def test_not_before_a_day_or_a_possessive_says_only_after_in_french_as_in_english() -> None:
    """English ``not … until Friday`` says "only on Friday" and counts no negation; French ``ne …
    pas avant vendredi`` counted one, so the faithful pair was a polarity mismatch (a reviewer's
    press conference). ``avant`` before a day, a month or a possessive (``avant sa guérison``)
    reads as ``avant le matin`` did; a plain negation still counts."""
    assert checks.polarity_mismatch("We will not sign until Friday.", "en", "Nous ne signerons pas avant vendredi.", "fr") == ""
    assert checks.polarity_mismatch(
        "He will not return until he recovers.", "en", "Il ne reviendra pas avant sa guérison.", "fr"
    ) == ""
    assert checks.polarity_mismatch("We will sign.", "en", "Nous ne signerons pas.", "fr") == "verb"


@pytest.mark.parametrize(
    ("src", "tgt", "src_lang", "tgt_lang"),
    [
        ("The Chief Executive Officer spoke first.", "La directrice générale a parlé en premier.", "en", "fr"),
        ("Our CFO will now take you through the numbers.", "Notre directeur financier va présenter les chiffres.", "en", "fr"),
        ("Yesterday the Cabinet approved the plan.", "Ieri il Consiglio dei ministri ha approvato il piano.", "en", "it"),
        ("We will use EU recovery funds.", "Useremo i fondi europei per la ripresa.", "en", "it"),
        ("We propose a dividend to the Annual General Meeting.", "Wir schlagen der Hauptversammlung eine Dividende vor.", "en", "de"),
        ("We expect to send it to Parliament in March.", "Esperamos remitirlo a las Cortes en marzo.", "en", "es"),
    ],
)  # fmt: skip
def test_offices_and_eu_rendered_by_their_meaning_are_no_mismatch(src: str, tgt: str, src_lang: str, tgt_lang: str) -> None:
    """A held-out reviewer's earnings calls and briefings: ``Chief Executive Officer`` /
    ``directrice générale``, ``CFO``, ``Cabinet`` / ``Consiglio dei ministri`` and ``EU`` funds /
    ``fondi europei`` were name mismatches (0.55 to 0.57). ``EU`` against other funds still is."""
    assert not checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang)
    assert checks.name_mismatch("We will use EU funds.", "Useremo fondi nazionali.", src_lang="en", tgt_lang="it")


def test_a_german_superlative_with_nicht_or_nie_is_no_negation() -> None:
    """``so hoch wie seit 2007 nicht mehr`` (the highest since 2007) and ``wie noch nie`` (as
    never before) say no "not": the faithful pair was a verb polarity mismatch at 0.61; ``nicht
    mehr hoch`` (no longer high) still negates."""
    de, en = "Der Umsatz ist so hoch wie seit 2007 nicht mehr.", "Sales are at their highest level since 2007."
    assert checks.polarity_mismatch(en, "en", de, "de") == ""
    assert checks.polarity_mismatch("Sales were higher than ever.", "en", "Der Umsatz war so hoch wie noch nie.", "de") == ""
    assert checks.polarity_mismatch("Sales are high.", "en", "Der Umsatz ist nicht mehr hoch.", "de") == "verb"
    assert checks.negation_variants(de, "de") == []


def test_a_surname_after_the_same_given_name_turned_into_another_is_a_swap() -> None:
    """The held-out reviewer's ``la ministra Isabel Rodríguez`` / ``the minister, Isabel Díaz``
    passed at 0.03: one unmatched name a side is taken as rendered by its meaning, which a
    surname after the same given name never is; the same surname, or ``March Hare`` / ``Lièvre``,
    is none."""
    es = "Además, la ministra Isabel Rodríguez presentará el plan."
    assert checks.name_mismatch(es, "In addition, the minister, Isabel Díaz, will present it.", src_lang="es", tgt_lang="en") == "swap"
    assert checks.name_mismatch(es, "In addition, the minister, Isabel Rodríguez, will present it.", src_lang="es", tgt_lang="en") == ""
    assert checks.name_mismatch("The March Hare said so.", "Le Lièvre de Mars l'a dit.", src_lang="en", tgt_lang="fr") == ""


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "expected"),
    [
        ("We will not raise taxes before the election.", "en", "Nous augmenterons les impôts avant l'élection.", "fr", "verb"),
        ("We will not lift sanctions until Russia withdraws.", "en", "Levantaremos las sanciones hasta que Rusia se retire.", "es", "verb"),
        ("The report won't be published before March.", "en", "Het rapport wordt voor maart gepubliceerd.", "nl", "verb"),
        ("Nous ne signerons pas avant d'avoir lu le texte.", "fr", "We will sign before reading the text.", "en", "verb"),
        ("We will not raise taxes before the election.", "en", "Nous n'augmenterons pas les impôts avant l'élection.", "fr", ""),
        ("The report won't be published before March.", "en", "Het rapport wordt pas in maart gepubliceerd.", "nl", ""),
        ("We won't know until Friday.", "en", "Wir werden es erst am Freitag wissen.", "de", ""),
        ("We won't know until Friday.", "en", "Nous le saurons vendredi.", "fr", ""),
        ("We will not lift sanctions until Russia withdraws.", "en", "Levantaremos las sanciones cuando Rusia se retire.", "es", ""),
        ("The rain did not cease until the evening.", "en", "La pluie continua jusqu'au soir.", "fr", ""),
    ],
)  # fmt: skip
def test_a_dropped_not_until_or_not_before_is_a_polarity_mismatch(
    src: str, src_lang: str, tgt: str, tgt_lang: str, expected: str
) -> None:
    """``not … until`` and ``not … before`` a time say "only then" and count no negation, so a
    translation that dropped the negation (``will not raise taxes before the election`` /
    ``augmenterons les impôts avant l'élection``) held as many as its source and passed (stops
    46 and 47's notes). Such a side against one that keeps "before" or "until" with no negation
    nor "only" (``erst``, ``pas``) is a verb mismatch; one that says the moment instead (``Nous
    le saurons vendredi``, ``cuando``), or "kept on until" (``continua jusqu'au soir``), is not."""
    assert checks.polarity_mismatch(src, src_lang, tgt, tgt_lang) == expected


def test_a_dropped_not_before_is_probed_and_flagged(embedder) -> None:
    """The dropped "not … before" is probed on the variant without it, and the link flagged with
    the negation shown as written; the faithful pair beside it is not."""
    pairs = [
        ("We will not raise taxes before the election.", "Nous augmenterons les impôts avant l'élection."),
        ("We will not raise taxes before the election.", "Nous n'augmenterons pas les impôts avant l'élection."),
    ]
    src = [Sentence(i, e, "en") for i, (e, _) in enumerate(pairs)]
    tgt = [Sentence(i, f, "fr") for i, (_, f) in enumerate(pairs)]
    links = [Link((i,), (i,), 0.9, 0.05) for i in range(len(pairs))]
    probes = negation_probes(links, src, tgt)
    assert [(p.index, p.variants) for p in probes] == [(0, ("We will raise taxes before the election.",))]
    scored = score_aligned(links, src, tgt, embedder)
    assert [is_flagged(s) for s in scored] == [True, False]
    assert "source not … before; target none" in scored[0].details


@pytest.mark.parametrize(
    ("src", "tgt", "src_lang", "tgt_lang", "expected"),
    [
        ("We worked with Philips on the new display.", "Samen met Samsung hebben we aan het nieuwe scherm gewerkt.", "en", "nl", "swap"),
        ("I want to thank Margaret Hale.", "Ik wil Lucy Powell bedanken.", "en", "nl", "swap"),
        ("I pass you to our CFO, David Okoye.", "Je passe la parole à notre directeur financier, Daniel Okafor.", "en", "fr", "swap"),
        ("The plant in Latina will close.", "Lo stabilimento di Pomezia chiuderà.", "en", "it", "swap"),
        ("'It's a Cheshire cat,' said the Duchess.", "« C'est un chat du Cheshire », dit la Duchesse.", "en", "fr", ""),
        ("'I've had enough,' said the March Hare.", "« J'en ai assez », dit le Lièvre de Mars.", "en", "fr", ""),
        ("He will have a scan at the NHS clinic.", "Il passera une IRM à la clinique.", "en", "fr", ""),
    ],
)  # fmt: skip
def test_a_proper_name_turned_into_another_is_a_swap(src: str, tgt: str, src_lang: str, tgt_lang: str, expected: str) -> None:
    """As many unmatched names on each side were taken as names rendered by their meaning, so
    the held-out reviewers' ``Philips`` / ``Samsung``, ``Margaret Hale`` / ``Lucy Powell``,
    ``David Okoye`` / ``Daniel Okafor`` (stop 47's note) and ``Latina`` / ``Pomezia`` passed.
    Names none of which is a word of its language in lower case (simplemma's dictionary; on
    each side at least one) are proper names, which no translation renders by meaning: a swap.
    ``Lièvre`` / ``Hare`` are words, and acronyms (``NHS`` / ``IRM``) are rendered as often as kept."""
    assert checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang) == expected


@pytest.mark.parametrize(
    ("src", "tgt", "src_lang", "tgt_lang"),
    [
        ("We sold 2 billion dollars in swap contracts.", "Vendemos US$ 2 bilhões em contratos de swap.", "en", "pt"),
        ("Will the bank intervene in the currency market?", "O Banco Central vai intervir no mercado de câmbio?", "en", "pt"),
        ("This is meeting number 42 of the Standing Committee on Transport.", "Voici la 42e réunion du Comité permanent des transports.", "en", "fr"),
        ("I call this meeting of the Riverton City Council to order.", "Ich eröffne die Sitzung des Stadtrats von Riverton.", "en", "de"),
        ("The probe landed in Oaxaca City with 40 tonnes of aid.", "La ayuda llegó a la ciudad de Oaxaca con 40 toneladas.", "en", "es"),
        ("The surface reaches minus 145 degrees Celsius.", "Поверхность остывает до −145 °C.", "en", "ru"),
        ("Они работают в лаборатории физического факультета.", "They work in the laboratories of the Faculty of Physics.", "ru", "en"),
        ("Le Comité sera reçu au ministère.", "The Committee will be received at the ministry.", "fr", "en"),
        ("Les retards sont importants, notamment à Roissy.", "Delays are significant, particularly at Charles de Gaulle.", "fr", "en"),
    ],
)  # fmt: skip
def test_bodies_currencies_and_units_rendered_by_their_meaning_are_no_names(
    src: str, tgt: str, src_lang: str, tgt_lang: str
) -> None:
    """The held-out reviewers' faithful briefings and hearings (stop 48): a currency's sign
    (``US$``), a body's words (``Standing Committee``, ``City Council``, ``Banco Central``,
    ``Faculty of Physics``), ``Celsius`` / ``°C`` and Paris's airport by its other name were
    name mismatches at drift 0.55 to 0.65. A city turned into another is still one."""
    assert not checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang)
    assert checks.name_mismatch(
        "The talks will be held in Paris.", "Les pourparlers auront lieu à Berlin.", src_lang="en", tgt_lang="fr"
    )


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "differs"),
    [
        ("In Kenia ist die Maisernte um ein Drittel eingebrochen.", "de", "In Kenya the maize harvest has collapsed by a third.", "en", False),
        ("It charges fully in 45 minutes.", "en", "Het is in drie kwartier volledig opgeladen.", "nl", False),
        ("It charges fully in 45 minutes.", "en", "Elle se recharge en trois quarts d'heure.", "fr", False),
        ("It takes 30 minutes.", "en", "Cela prend une demi-heure.", "fr", False),
        ("It takes 15 minutes.", "en", "Das dauert eine Viertelstunde.", "de", False),
        ("We raised the Selic rate by 50 basis points.", "en", "Elevamos a taxa Selic em meio ponto percentual.", "pt", False),
        ("We raised the rate by 25 basis points.", "en", "Nous avons relevé le taux de 0,25 point de pourcentage.", "fr", False),
        ("Yields fell by half a point.", "en", "Les rendements ont baissé d'un demi-point.", "fr", False),
        ("It charges fully in 30 minutes.", "en", "Het is in drie kwartier volledig opgeladen.", "nl", True),
        ("We raised the rate by 25 basis points.", "en", "Nous avons relevé le taux de 0,5 point de pourcentage.", "fr", True),
        ("The harvest collapsed by a third.", "en", "La récolte a chuté de 3 %.", "fr", True),
        ("I drink a third, which gives me less.", "en", "J'en bois une troisième, qui me donne moins.", "fr", False),
    ],
)  # fmt: skip
def test_fractions_of_hours_points_and_basis_points_are_read(src: str, src_lang: str, tgt: str, tgt_lang: str, differs: bool) -> None:
    """The held-out reviewers' faithful briefings (stop 48): ``by a third`` read as the ordinal 3
    against ``um ein Drittel``; ``drie kwartier`` and ``trois quarts d'heure`` (45 minutes),
    ``demi-heure``, ``Viertelstunde`` and ``meio ponto`` against ``50 basis points`` were number
    mismatches at drift 0.9. Quarters, halves and three quarters of an hour read in minutes,
    half and quarter points as fractions, basis points also as hundredths; Portuguese and Dutch
    read their fractions. A wrong amount still differs; a third mouthful stays an ordinal."""
    assert checks.number_mismatch(src, src_lang, tgt, tgt_lang) is differs


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang"),
    [
        ("We do not expect inflation to return to the target before 2026.", "en", "Não esperamos que a inflação volte à meta antes de 2026.", "pt"),
        ("It will not be on streaming platforms before the summer.", "en", "No estará en plataformas antes del verano.", "es"),
        ("And the three friends did not exchange another word till they reached their quarters.", "en", "Et les trois amis n'échangèrent plus une seule parole jusqu'à leur quartier.", "fr"),
        ("We will vote on the item no later than 9 p.m.", "en", "Über den Punkt stimmen wir spätestens um 21 Uhr ab.", "de"),
    ],
)  # fmt: skip
def test_a_not_before_kept_with_its_negation_is_no_polarity_mismatch(src: str, src_lang: str, tgt: str, tgt_lang: str) -> None:
    """English ``not … before`` / ``till`` counts no negation (it says "only then"); the other
    language's reader counts its ``Não … antes``, ``No … antes``, ``n'… plus … jusqu'à``: the
    same negation, a mismatch at 0.15 to 0.20 (held-out reviewers, stop 48; five such gold
    beads). ``no later than`` (``spätestens``) is no negation. A plain lost negation still is."""
    assert checks.polarity_mismatch(src, src_lang, tgt, tgt_lang) == ""
    assert checks.polarity_mismatch("He did not come.", "en", "Il vint.", "fr") == "verb"


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "differs"),
    [
        ("The plane landed with 40 tonnes of aid.", "en", "El avión llegó con 40 kilos de ayuda.", "es", True),
        ("About thirty metres, I would say.", "en", "Direi una trentina di piedi.", "it", True),
        ("The ceiling is 3 metres high.", "en", "Het plafond is 3 voet hoog.", "nl", True),
        ("The ceiling is 3 metres high.", "en", "Het plafond is 3 meter hoog.", "nl", False),
        ("It is 12 inches long.", "en", "Het is 12 duim lang.", "nl", False),
        ("The unit weighs 5.2 kg.", "en", "Das Gerät wiegt 5,2 g.", "de", True),
        ("Take 400 mg twice a day.", "en", "Tome 400 g duas vezes por dia.", "pt", True),
        ("Take 400 mg twice a day.", "en", "Tome 400 mg duas vezes por dia.", "pt", False),
        ("You need 2 GB of free space.", "en", "Il faut 2 Mo d'espace libre.", "fr", True),
        ("You need 2 GB of free space.", "en", "Il faut 2 Go d'espace libre.", "fr", False),
        ("From 5 to 10 people came.", "en", "De 5 à 10 personnes sont venues.", "fr", False),
        ("Está a tres kilómetros del centro.", "es", "It is three miles from the centre.", "en", True),
        ("The light in the galleries is kept at 50 lux.", "en", "Das Licht in den Sälen ist auf 50 Watt begrenzt.", "de", True),
        ("The plane landed with 40 tonnes of aid.", "en", "El avión llegó con 40 toneladas de ayuda.", "es", False),
        ("About thirty metres, I would say.", "en", "Direi una trentina di metri.", "it", False),
        ("The speed limit is 30 mph.", "en", "La vitesse est limitée à 48 km/h.", "fr", False),
        ("A 2 MW plant.", "en", "Une centrale de 2 000 kW.", "fr", False),
        ("It amounts to at least 200.", "en", "Il ne s'élève pas à moins de deux cents.", "fr", False),
    ],
)  # fmt: skip
def test_units_are_read_after_numbers_in_words_and_of_more_kinds(src: str, src_lang: str, tgt: str, tgt_lang: str, differs: bool) -> None:
    """The held-out reviewers' planted unit changes passed (stop 48): units were read after
    digits only (``tres kilómetros`` / ``three miles``, ``una trentina di piedi``), and tonnes,
    watts and lux were no units. A converted unit still matches (``30 mph`` / ``48 km/h``,
    ``2 MW`` / ``2 000 kW``), and a bound after a negation turns (``pas à moins de deux cents``:
    at least 200, which numbers in words now read with their bounds made a mismatch)."""
    assert checks.number_mismatch(src, src_lang, tgt, tgt_lang) is differs


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "differs"),
    [
        ("Cela représente 8 % de plus qu'en 2023.", "fr", "That is 8% fewer than in 2023.", "en", True),
        ("Это на 8% больше, чем в прошлом году.", "ru", "That is 8% fewer than last year.", "en", True),
        ("It uses forty percent less energy than the previous model.", "en", "Het verbruikt veertig procent meer energie dan het vorige model.", "nl", True),
        ("Cela représente 8 % de plus qu'en 2023.", "fr", "That is 8% more than in 2023.", "en", False),
        ("It uses forty percent less energy.", "en", "Het verbruikt veertig procent minder energie.", "nl", False),
        ("It costs 25 million euros more.", "en", "Es kostet 25 Millionen Euro mehr.", "de", False),
    ],
)  # fmt: skip
def test_a_comparison_turned_the_other_way_is_a_number_mismatch(src: str, src_lang: str, tgt: str, tgt_lang: str, differs: bool) -> None:
    """``8 % de plus`` / ``8% fewer``: the same number, the comparison reversed, passed at drift
    0.01 (three of the held-out reviewers' planted errors, stop 48). A comparative right after a
    number and its unit is read as "more" or "fewer", and shown (``8 more`` / ``8 fewer``)."""
    assert checks.number_mismatch(src, src_lang, tgt, tgt_lang) is differs


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "expected"),
    [
        ("Services inflation fell for the third consecutive month.", "en", "A inflação de serviços subiu pelo terceiro mês consecutivo.", "pt", [("rise", ("fell",), ("subiu",))]),
        ("Exports rose by 5% last year.", "en", "De export daalde vorig jaar met 5%.", "nl", [("rise", ("rose",), ("daalde",))]),
        ("The budget will increase by 25 million euros.", "en", "Das Budget wird um 25 Millionen Euro gekürzt.", "de", [("rise", ("increase",), ("gekürzt",))]),
        ("Services inflation fell for the third consecutive month.", "en", "A inflação de serviços caiu pelo terceiro mês consecutivo.", "pt", []),
        ("Exports rose by 5% last year.", "en", "De export steeg vorig jaar met 5%.", "nl", []),
    ],
)  # fmt: skip
def test_portuguese_and_dutch_directions_and_german_cuts_are_read(src: str, src_lang: str, tgt: str, tgt_lang: str, expected: list) -> None:
    """A held-out reviewer's ``fell`` / ``subiu`` passed at drift 0.05: Portuguese and Dutch words
    of direction were not read; nor was German ``gekürzt`` (cut) against ``increase``."""
    assert checks.direction_differences(src, src_lang, tgt, tgt_lang) == expected


def test_a_german_adjective_of_nationality_matches_the_english_one() -> None:
    """``Kenyan`` / ``kenianischen`` was a name mismatch at drift 0.55 (a held-out reviewer's
    foreign ministry briefing, stop 48): German adjectives of nationality of countries the
    table lacks are matched by their stem. Another country's still differs."""
    en = "Foreign Minister Katrin Vogel will travel to Nairobi to meet the Kenyan government."
    de = "Außenministerin Katrin Vogel reist nach Nairobi, um die kenianische Regierung zu treffen."
    assert not checks.name_mismatch(en, de, src_lang="en", tgt_lang="de")
    assert checks.names_match("Rwandan", "ruandischen")
    assert not checks.names_match("Kenyan", "ugandischen")


def test_held_out_transcripts_second_pass() -> None:
    """What the held-out reviewers' transcripts still showed once their first findings were
    acted on (stop 48): ``almost a third`` read as the ordinal 3 against ``quase um terço``;
    ``ficar sem combustível`` / ``quedarse sin`` (run out of) counted as a negation;
    ``eingebrochen`` (collapsed) against ``grown`` passed; an unknown town against a known city
    (``Arnhem`` / ``Utrecht``) was left to the place rule, which knows only one of them; the
    Portuguese ministry of labour (``Trabalho``) was a name."""
    assert not checks.number_mismatch(
        "New cases fell by almost a third.", "en", "Os novos casos diminuíram quase um terço.", "pt"
    )
    assert checks.negation_counts("O porto corre o risco de ficar sem combustível?", "pt") == (0, 0)
    assert checks.negation_counts("Nos quedamos sin dinero dos veces.", "es") == (0, 0)
    assert checks.negation_counts("Se fue sin dinero.", "es") == (0, 1)
    assert checks.direction_differences(
        "Die Maisernte ist um ein Drittel eingebrochen.", "de", "The maize harvest has grown by a third.", "en"
    ) == [("rise", ("eingebrochen",), ("grown",))]
    assert checks.name_mismatch(
        "De A12 is tussen Arnhem en Ede afgesloten.", "The A12 is closed between Utrecht and Ede.", src_lang="nl", tgt_lang="en"
    ) == "swap"
    assert checks.name_mismatch(
        "O ministro do Trabalho falou ontem.", "The labour minister spoke yesterday.", src_lang="pt", tgt_lang="en"
    ) == ""


@pytest.mark.parametrize(
    ("src", "tgt", "src_lang", "tgt_lang", "expected"),
    [
        ('Welcome to the press conference for "The Salt Road".', "Bienvenidos a la rueda de prensa de «La ruta de la sal».", "en", "es", ""),
        ("Bonsoir et bienvenue dans « Parlons logement ».", 'Good evening and welcome to "Let\'s Talk Housing".', "fr", "en", ""),
        ("“Come, Watson!” he cried, and ran down the stairs.", "« Venez, Holmes ! » s'écria-t-il, et il descendit l'escalier.", "en", "fr", "swap"),
    ],
)  # fmt: skip
def test_the_words_of_a_quoted_title_rendered_by_meaning_are_no_names(src: str, tgt: str, src_lang: str, tgt_lang: str, expected: str) -> None:
    """A film's or a programme's title rendered by its meaning (``"The Salt Road"`` / ``«La ruta
    de la sal»``, ``« Parlons logement »`` / ``"Let's Talk Housing"``) was a name mismatch at
    0.58 (held-out reviewers, stop 48): the words of a short quoted title in title case that
    are words of the language are no names where the other side quotes too. A proper name in a
    short quoted line is still one."""
    assert checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang) == expected


def test_held_out_transcripts_third_round() -> None:
    """A third held-out round of transcripts (stop 48, run before these changes): ``Sin embargo``
    (however) counted as the negation ``sin``; ``Norteamérica`` against ``North America``, the
    House against ``la Camera``, ``PAC`` against ``Common Agricultural Policy`` (its initials in
    another order), the words of bodies English capitalises (``the French Competition
    Authority`` / ``l'Autorité de la concurrence``, ``Lindenhof Comprehensive School``) were
    names without counterpart; ``until noon`` against ``alle 12`` a number mismatch; Italian
    ``se non per`` (unless) a negation. Planted errors that passed: ``less than one percent`` /
    ``mehr als ein Prozent`` (a bound after ``one``), ``60 millimetres`` / ``60 cm``."""
    assert checks.negation_counts("Sin embargo, el mayor crecimiento vino de Norteamérica.", "es") == (0, 0)
    assert checks.negation_counts("Se fue sin dinero.", "es") == (0, 1)
    for src, tgt, src_lang, tgt_lang in (
        ("Growth came from North America.", "El crecimiento vino de Norteamérica.", "en", "es"),
        ("Will the Minister tell the House what she is doing?", "Può la ministra riferire alla Camera che cosa sta facendo?", "en", "it"),
        ("Les acomptes de la PAC seront versés dès le 16 octobre.", "Advance payments under the Common Agricultural Policy will be made from 16 October.", "fr", "en"),
        ("L'Autorité de la concurrence vous a infligé une amende.", "The French Competition Authority fined you.", "fr", "en"),
        ("Es geht um die Sanierung der Gesamtschule Lindenhof.", "It is about the renovation of Lindenhof Comprehensive School.", "de", "en"),
    ):  # fmt: skip
        assert not checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang), src
    assert checks.name_mismatch(
        "Es geht um die Sanierung der Gesamtschule Lindenhof.",
        "It is about the renovation of Birkenweg Comprehensive School.",
        src_lang="de",
        tgt_lang="en",
    )
    assert checks.name_mismatch("The loan was frozen by the World Bank.", "Le prêt a été gelé.", src_lang="en", tgt_lang="fr")
    warning = "An orange warning is in force from 6 pm Thursday until noon on Friday."
    assert not checks.number_mismatch(warning, "en", "L'allerta è in vigore dalle 18 di giovedì alle 12 di venerdì.", "it")
    assert checks.number_mismatch(warning, "en", "L'allerta è in vigore dalle 18 di giovedì alle 14 di venerdì.", "it")
    assert checks.negation_counts("Non mettetevi alla guida se non per spostamenti necessari.", "it") == (1, 0)
    assert checks.number_mismatch(
        "That is less than one percent of our revenue.", "en", "Das ist mehr als ein Prozent unseres Umsatzes.", "de"
    )
    assert checks.number_mismatch("Up to 60 millimetres of rain.", "en", "Fino a 60 cm di pioggia.", "it")
    assert not checks.number_mismatch("Up to 60 millimetres of rain.", "en", "Fino a 60 millimetri di pioggia.", "it")


def test_held_out_transcripts_fourth_round() -> None:
    """A fourth held-out round (stop 48): the given name ``Marco`` read as ``março``; Dutch
    ``11.42 uur`` as a decimal; bodies rendered by meaning in Spanish, Russian and Dutch
    (``Agencia Estatal de Meteorología`` / ``the national weather agency``, ``Northern Lights
    Festival`` / ``фестиваль «Северное сияние»``; as many names on each side stay a rendering,
    ``Programa Alimentar Mundial``); a dropped patronymic; ``Nordic``; Russian ``нет ни …, ни …``
    counted three times. Planted errors that passed: Spanish ``no … hasta`` dropped, four knots
    made four km/h, Amsterdam made Rotterdam (their spellings alike)."""
    assert checks.number_differences("The cyclist Marco Bellandi won on 9 August.", "en", "O ciclista Marco Bellandi venceu a 9 de agosto.", "pt") == ([], [])
    assert not checks.number_mismatch("Launch is on 17 October at 11:42.", "en", "De lancering is op 17 oktober om 11.42 uur.", "nl")
    for src, tgt, src_lang, tgt_lang in (
        ("La Agencia Estatal de Meteorología prevé que las lluvias remitan.", "The national weather agency expects the rain to ease.", "es", "en"),
        ("She is director of the Northern Lights Festival in Tromsø.", "Она директор фестиваля «Северное сияние» в Тромсё.", "en", "ru"),
        ("Twice this month, convoys from the World Food Programme were blocked.", "Duas vezes este mês, os comboios do Programa Alimentar Mundial foram bloqueados.", "en", "pt"),
        ("Приговор в отношении Игоря Сергеевича Латышева.", "The verdict against Igor Latyshev.", "ru", "en"),
        ("They get less funding than other Nordic festivals.", "Они получают меньше, чем другие северные фестивали.", "en", "ru"),
    ):  # fmt: skip
        assert not checks.name_mismatch(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang), src
    assert checks.negation_counts("У нас нет ни юридических, ни моральных оснований.", "ru") == (0, 1)
    assert checks.negation_counts("Я не видел ни его, ни её.", "ru") == (0, 1)
    stopped = "El tren de cercanías no circulará hasta nuevo aviso."
    assert checks.polarity_mismatch(stopped, "es", "Local trains will run until further notice.", "en") == "verb"
    assert checks.polarity_mismatch(stopped, "es", "Local trains will not run until further notice.", "en") == ""
    assert checks.number_mismatch("a una velocità di circa quattro nodi.", "it", "at about four kilometres per hour.", "en")
    assert not checks.number_mismatch("at 20 knots", "en", "à 37 km/h", "fr")
    assert checks.name_mismatch(
        "De gemeente Amsterdam draagt minder bij.", "The city council of Rotterdam contributes less.", src_lang="nl", tgt_lang="en"
    )
    # round S: the Wadden Sea is the Wattenmeer
    assert not checks.name_mismatch(
        "Das Wattenmeer reicht bis nach Dänemark.", "The Wadden Sea stretches to Denmark.", src_lang="de", tgt_lang="en"
    )
    # round S: Grenoble made Geneva (Ginebra), a city the tables did not know
    assert checks.name_mismatch("She moved to Grenoble in 2019.", "Se mudó a Ginebra en 2019.", src_lang="en", tgt_lang="es") == "swap"
    imprint = (  # Text+Berg 001's imprint, whose "AG" the initials of "G + A" match since PAC / CAP
        "Layout Thomas Petraschke G + A Markus Lehmann , Stämpfli + Cie AG Anzeigenverwaltung Künzler-Bachmann AG ,"
        " Geltenwilenstrasse 8a , Postfach 926 , 9001 St.Gallen , Telefon 071/235555 , Telefax 071/236745 . ",
        "Layout Thomas Petraschke , G + A Markus Lehmann , Staempfli + Cie SA Administration des annonces"
        " Künzler-Bachmann SA , Geltenwilenstr. 8a , case postale 926 , 9001 St-Gall , téléphone 071/235555 ,"
        " telefax 071/236745 . ",
    )
    assert not checks.name_mismatch(*imprint, src_lang="de", tgt_lang="fr")


def test_a_clock_time_written_with_a_point_is_the_time():
    """English and Dutch write the time with a point (``it's 7.30``, ``om 8.45 uur``), which read
    as a decimal where nothing says it is a time: against ``7:30 Uhr`` (7 and 30) it was a
    number mismatch on a reviewer's travel bulletin (three faithful links shown at 0.90)."""
    assert not checks.number_mismatch(
        "Good morning, it's 7.30 and here's the weather and travel.", "en",
        "Guten Morgen, es ist 7:30 Uhr, hier kommen Wetter und Verkehr.", "de",
    )  # fmt: skip
    assert not checks.number_mismatch(
        "We willen de lessen voortaan om 8.45 uur laten beginnen in plaats van om 8.15 uur.", "nl",
        "We want lessons to start at 8.45 in future, instead of 8.15.", "en",
    )  # fmt: skip
    assert checks.number_mismatch(
        "Good morning, it's 7.30 and here's the weather.", "en", "Guten Morgen, es ist 8:30 Uhr.", "de"
    )
    assert checks.number_mismatch("Inflation was 7.30 percent.", "en", "L'inflation était de 7 %, 30 fois.", "fr")


def test_durations_are_units():
    """Days, weeks, months and years after a number are units: ``tre settimane`` made ``three
    days`` was missed (a reviewer's planted change); a duration converted is none (``48 hours``
    / ``deux jours``, ``three weeks`` / ``21 giorni``, ``within 24 hours`` / ``dans un jour``),
    nor French ``quinze jours`` for two weeks."""
    assert checks.number_mismatch(
        "Il cugino è in carcere a Poggioreale da tre settimane.", "it",
        "His cousin has been in Poggioreale prison for the last three days.", "en",
    )  # fmt: skip
    assert checks.number_differences("Three years ago.", "en", "Il y a trois mois.", "fr") == (["3 year"], ["3 month"])
    for en, other, lang in (
        ("His cousin has been in prison for three weeks.", "Il cugino è in carcere da 21 giorni.", "it"),
        ("We will know in 48 hours.", "Nous le saurons dans deux jours.", "fr"),
        ("We will know within 24 hours.", "Nous le saurons dans un jour.", "fr"),
        ("We will know in two weeks.", "Nous le saurons dans quinze jours.", "fr"),
        ("The meeting lasted 90 minutes.", "La reunión duró noventa minutos.", "es"),
    ):
        assert not checks.number_mismatch(en, "en", other, lang), other


def test_a_bound_after_a_number_is_read():
    """"six months at most" bounds the number from after it: turned into ``pelo menos seis
    meses`` (at least) it is a change (a reviewer's planted error, missed); ``no máximo`` is
    none, nor "more or less", an approximation."""
    en = "So it keeps for six months at most."
    assert checks.number_differences(en, "en", "Por isso dura pelo menos seis meses.", "pt") == (
        ["6 or less"],
        ["6 or more"],
    )
    assert not checks.number_mismatch(en, "en", "Por isso dura no máximo seis meses.", "pt")
    assert not checks.number_mismatch(
        "It lasts 6 months more or less.", "en", "Cela dure au moins 6 mois.", "fr"
    )


def test_an_approximate_number_converts_loosely():
    """``una trentina di chilometri all'ora`` (about thirty) for "20 miles an hour" (32 km/h) is
    7 % off, past the 6 % a converted number may be: an approximate number may be 15 % off."""
    en = "He was riding at what must have been 20 miles an hour."
    assert not checks.number_mismatch(en, "en", "Andava a una trentina di chilometri all'ora.", "it")
    assert not checks.number_mismatch(en, "en", "Andava a circa 30 chilometri orari.", "it")
    assert checks.number_mismatch(en, "en", "Andava a 30 chilometri orari.", "it")
    assert checks.number_mismatch(en, "en", "Andava a una quarantina di chilometri all'ora.", "it")
    # English "nine" ends as "decine" does, but is no approximate number: 9 miles are 14.5 km
    assert checks.number_mismatch("It is nine miles away.", "en", "C'est à 16 kilomètres.", "fr")
    assert not checks.number_mismatch("It is nine miles away.", "en", "C'est à 14,5 kilomètres.", "fr")


# fmt: off
@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("The EU calls for safe and unhindered access.", "L'UE chiede un accesso sicuro e senza ostacoli.", "it", ""),
        ("It was an unprecedented decision.", "C'était une décision sans précédent.", "fr", ""),
        ("Many people are homeless.", "Muchas personas están sin hogar.", "es", ""),
        ("He came with his wife.", "Il est venu sans sa femme.", "fr", "word"),
        ("The vote was unanimous.", "Le vote s'est fait sans opposition.", "fr", "word"),
        ("Nevertheless, he came with his wife.", "Il est néanmoins venu sans sa femme.", "fr", "word"),
        ("You have 3 unread messages.", "Vous avez 3 messages non lus.", "fr", ""),
        ("For personal, non-commercial use only.", "Pour un usage personnel et non commercial uniquement.", "fr", ""),
        ("The Supplier shall inform the Buyer without delay.", "Der Lieferant hat den Käufer unverzüglich zu informieren.", "de", ""),
        ("Lighter and more comfortable than ever.", "Più leggera e più comoda che mai.", "it", ""),
        ("The best shoes I have ever owned.", "Le scarpe migliori che abbia mai avuto.", "it", ""),
        ("Stronger than ever.", "Más fuerte que nunca.", "es", ""),
        ("He always came.", "Non è mai venuto.", "it", "verb"),
        ("Do not take more than 3 tablets a day.", "Não tome mais de 3 comprimidos por dia.", "pt", ""),
        ("That is not much, but it is no excuse.", "Das ist wenig, aber das ist keine Ausrede.", "de", ""),
        ("There were not many people.", "Il y avait peu de monde.", "fr", ""),
        ("There were not many people.", "Il y avait beaucoup de monde.", "fr", "verb"),
        ("The entrance is barrier-free.", "L'accès est sans obstacles.", "fr", ""),
        ("The entrance is free.", "L'accès est sans obstacles.", "fr", "word"),
    ],
)
# fmt: on
def test_a_without_said_in_one_english_word_is_no_negation(en: str, other: str, lang: str, expected: str) -> None:
    """"senza ostacoli" is "unhindered", "sans précédent" "unprecedented", "sin hogar" "homeless":
    the English word says the "without" (round R's r04 was flagged for it). ``unanimous``,
    ``under``, ``united`` say no "without". Likewise "not much" is "wenig", "not many" "peu"
    (round S's clean German press conference was flagged for it). Round T's faithful units:
    ``non lus`` / ``unread``, ``non commercial``, ``without delay`` / ``unverzüglich``, a "never"
    that is "ever" (``che mai``, ``que nunca``), a bound two words after its negation (``Não
    tome mais de 3``)."""
    assert checks.polarity_mismatch(en, "en", other, lang) == expected


def test_a_german_word_free_of_something_is_a_without() -> None:
    """Round U's museum guide: ``barrierefrei`` / ``senza barriere`` was flagged for a negation;
    German says "without" with ``-frei`` and ``-los`` too (three faithful Text+Berg beads were
    flagged so: ``ereignislos`` / ``sans histoire``, ``problemlos`` / ``sans problème``,
    ``seilfrei`` / ``non encordés``)."""
    assert checks.polarity_mismatch("Der Zugang ist barrierefrei.", "de", "L'accesso è senza barriere.", "it") == ""
    assert checks.polarity_mismatch("Der Eintritt ist kostenlos.", "de", "L'entrée est sans frais.", "fr") == ""
    assert checks.polarity_mismatch("Der Zugang ist frei.", "de", "L'accesso è senza barriere.", "it") == "word"
    assert checks.polarity_mismatch("Der Zugang ist barrierefrei.", "de", "L'accesso non è senza barriere.", "it") == "verb"


# fmt: off
@pytest.mark.parametrize(
    ("en", "other", "lang", "expected"),
    [
        ("The base can overheat to above 90°C.", "قد ترتفع حرارة القاعدة إلى أكثر من ٩٠ درجة فهرنهايت.", "ar", (["90 C"], ["90 F"])),
        ("The base can overheat to above 90°C.", "قد ترتفع حرارة القاعدة إلى أكثر من ٩٠ درجة مئوية.", "ar", ([], [])),
        ("Water boils in about four minutes.", "水が約4秒で沸騰します。", "ja", (["4 minute"], ["4 second"])),
        ("Water boils in about four minutes.", "水が約4分で沸騰します。", "ja", ([], [])),
        ("The trip takes 3 hours.", "旅程需要3分钟。", "zh", (["3 hour"], ["3 minute"])),
        ("The trip takes 3 hours.", "여행은 3시간이 걸립니다.", "ko", ([], [])),
        ("It costs 5 euros.", "价格为5美元。", "zh", (["5 euro"], ["5 dollar"])),
        ("The plan will cost 2.4 billion dollars.", "התוכנית תעלה 2.4 מיליארד שקלים.", "he", (["2,400,000,000 dollar"], ["2,400,000,000 shekel"])),
        ("It is 30 miles away.", "यह 30 किलोमीटर दूर है।", "hi", (["30 mile"], ["30 km"])),
    ],
)
# fmt: on
def test_units_in_chinese_japanese_korean_arabic_hebrew_and_hindi(en, other, lang, expected) -> None:
    """A unit changed where the number is kept (``four minutes`` / ``約4秒``, ``90°C`` / ``٩٠ درجة
    فهرنهايت``, dollars / ``שקלים``): held-out rounds P and Q planted five, none was caught, the units
    of these scripts being read nowhere. Chinese, Japanese and Korean units follow the number
    with no word boundary after them."""
    assert checks.number_differences(en, "en", other, lang) == expected


def test_with_or_without_and_a_contracted_not_before():
    """"with or without a headache" negates nothing (``avec ou sans``, ``mit oder ohne``), and
    "won't reopen before midday" says "only at midday" (``erst am Mittag``) as "will not … before
    noon" does: both were negation mismatches on faithful links."""
    assert not checks.polarity_mismatch(
        "En cas de fièvre, isolée ou accompagnée de maux de tête, consultez votre médecin.", "fr",
        "Anyone with a fever, with or without a headache, should see their doctor.", "en",
    )  # fmt: skip
    assert checks.negation_counts("avec ou sans maux de tête", "fr") == (0, 0)
    assert checks.negation_counts("mit oder ohne Kopfschmerzen", "de") == (0, 0)
    assert checks.negation_counts("He left without a word.", "en") == (0, 1)
    # the contrast test probes the negations the counts see, no other
    assert checks.negation_variants("Anyone with or without a headache may come.", "en") == []
    assert checks.negation_variants("с или без головной боли", "ru") == []
    assert not checks.polarity_mismatch(
        "Police say it won't reopen before midday.", "en",
        "Laut Polizei wird sie erst am Mittag wieder freigegeben.", "de",
    )  # fmt: skip


# fmt: off
@pytest.mark.parametrize(
    ("src", "s_lang", "tgt", "t_lang", "expected"),
    [
        ("The full judgment of the Court of Appeal is binding.", "en", "Wiążący jest pełny tekst wyroku Sądu Apelacyjnego.", "pl", ""),
        ("Keflavík International Airport is operating normally.", "en", "Международный аэропорт Кефлавик работает в обычном режиме.", "ru", ""),
        ("Follow the advice of the Icelandic Civil Protection.", "en", "Следуйте указаниям службы гражданской защиты Исландии.", "ru", ""),
        ("It has sites in Germany and the Czech Republic.", "en", "Es hat Standorte in Deutschland und Tschechien.", "de", ""),
        ("It has sites in Germany and the Czech Republic.", "en", "Es hat Standorte in Deutschland und Polen.", "de", "swap"),
        ("La sala 7 è dedicata alla pittura del Cinquecento.", "it", "Room 7 is devoted to sixteenth-century painting.", "en", ""),
        ("Chính phủ đã phê duyệt dự án nâng cấp Cảng hàng không quốc tế Chu Lai.", "vi", "The government approved the upgrade of Chu Lai International Airport.", "en", ""),
        ("All your data will be permanently deleted.", "en", "Wszystkie Twoje dane zostaną trwale usunięte.", "pl", ""),
        ("Der Lieferant verpflichtet sich, dem Käufer die Waren zu liefern.", "de", "The Supplier undertakes to deliver the goods to the Buyer.", "en", ""),
        ("Alle Preise verstehen sich zuzüglich der Mehrwertsteuer.", "de", "All prices are plus VAT.", "en", ""),
        ("Oil prices rose after OPEC announced new cuts.", "en", "Цены на нефть выросли после того, как ОПЕК объявила о новом сокращении.", "ru", ""),
        ("All flights to Keflavík International Airport are operating normally this morning.", "en", "Все рейсы в международный аэропорт сегодня утром выполняются в обычном режиме.", "ru", "surplus"),
    ],
)
# fmt: on
def test_institution_words_rendered_by_their_meaning_are_no_names(src, s_lang, tgt, t_lang, expected) -> None:
    """Round R's faithful links flagged for names: the words of an institution's or a place's
    name a translation renders by their meaning (``International Airport``, ``Court of Appeal``
    / ``Sądu Apelacyjnego``, ``Civil Protection``), ``Czech`` against ``Tschechien``, Italian
    ``Sala`` and ``Cinquecento``; the name itself dropped or another country is still flagged. The
    other language's word for them too: ``Cảng`` (port) was matched by ``Airport`` before, as a name
    rendered by its meaning, and stood alone once ``Airport`` was none (round P). Round T's:
    a contract's defined terms (``the Supplier``, ``the Buyer``, ``VAT``), the Polish polite
    ``Twoje``, ``OPEC`` / ``ОПЕК`` (read ``OPEK``)."""
    assert checks.name_mismatch(src, tgt, src_lang=s_lang, tgt_lang=t_lang) == expected


def test_an_acronym_matches_its_cyrillic_spelling():
    """``ОПЕК`` reads ``OPEK`` in Latin letters, no anagram of ``OPEC``: round T's wire was flagged
    (drift 0.81). The acronyms' skeletons match (k and c alike); another acronym stays unmatched."""
    ru = "Цены на нефть выросли после того, как ОПЕК объявила о новом сокращении."
    assert checks.name_differences("Prices rose after OPEC announced cuts.", ru, 0.34, src_lang="en", tgt_lang="ru") == ([], [])
    assert checks.name_differences("Prices rose after NATO announced cuts.", ru, 0.34, src_lang="en", tgt_lang="ru") == (
        ["NATO"],
        ["ОПЕК"],
    )


def test_names_rendered_by_title_place_or_function():
    """A reviewer's faithful links flagged for names: a given name where the other side uses a
    form of address (``Herrn Brandt`` / ``Jonas Brandt``), England in Italian, the Crown for the
    prosecution, Greater Manchester as its metropolitan area, the Met Office and a GP rendered
    by their function; another surname in its place is still a mismatch."""
    assert not checks.name_mismatch(
        "Die erste Frage kommt von Herrn Brandt, Berenberg.",
        "The first question comes from Jonas Brandt at Berenberg.",
        src_lang="de",
        tgt_lang="en",
    )
    assert checks.name_mismatch(
        "The first question comes from Jonas Brandt at Berenberg.", "La première question vient de M. Keller, de Berenberg."
    )
    for en, other in (
        ("Private e-scooters are still illegal in England.", "I monopattini privati sono ancora illegali in Inghilterra."),
        ("The Crown opposes bail.", "L'accusation s'oppose à la mise en liberté sous caution."),
        ("It happened in Greater Manchester.", "È successo nell'area metropolitana di Manchester."),
        ("The Met Office has issued an amber warning.", "Le service météorologique a émis une alerte orange."),
        ("Anyone with a fever should see their GP.", "En cas de fièvre, consultez votre médecin traitant."),
    ):
        assert not checks.name_mismatch(en, other), en
    assert checks.name_mismatch("It happened in England.", "È successo in Scozia.")


def test_more_words_turned_into_their_opposites():
    """Directions a reviewer planted and the candidates missed: ``eastbound`` / ``in Richtung
    Westen``, ``granted`` / ``refusée``, Russian words of rise and fall (``fell`` / ``выросли``),
    German ``ging … zurück`` (fell) and highest / lowest; the faithful renderings are none."""
    assert checks.direction_differences(
        "There are delays for traffic eastbound at junction 15.", "en",
        "Es gibt Verzögerungen in Richtung Westen an der Ausfahrt 15.", "de",
    ) == [("east", ("eastbound",), ("Westen",))]  # fmt: skip
    assert checks.direction_differences(
        "Bail is granted, on strict conditions.", "en",
        "La mise en liberté sous caution est refusée, sous des conditions strictes.", "fr",
    ) == [("assent", ("granted",), ("refusée",))]  # fmt: skip
    assert checks.direction_differences(
        "Waiting lists fell nationally last year.", "en", "В прошлом году очереди по стране выросли.", "ru"
    ) == [("rise", ("fell",), ("выросли",))]
    assert not checks.direction_differences(
        "Waiting lists fell nationally last year.", "en", "В прошлом году очереди по стране сократились.", "ru"
    )
    assert not checks.direction_differences(
        "Bail is granted.", "en", "La mise en liberté sous caution est accordée.", "fr"
    )
    assert checks.direction_differences(
        "Order intake, on the other hand, rose 4%.", "en", "Der Auftragseingang ging dagegen um 4 Prozent zurück.", "de"
    ) == [("rise", ("rose",), ("ging",))]
    assert not checks.direction_differences(
        "Order intake, on the other hand, fell 4%.", "en", "Der Auftragseingang ging dagegen um 4 Prozent zurück.", "de"
    )
    assert checks.direction_differences(
        "Waiting lists are at their highest level since 2010.", "en", "Очереди на самом низком уровне с 2010 года.", "ru"
    ) == [("height", ("highest",), ("самом низком",))]
    assert not checks.direction_differences(
        "Prices are at their highest level since 2010.", "en", "Les prix sont au plus haut depuis 2010.", "fr"
    )


def test_names_of_bodies_offices_and_cities_in_interpreted_briefings():
    """A reviewer's interpreted briefings: a congress named by its function, a commissioner's
    title, a parliamentary group, the German federal government and Houston read from the
    Cyrillic (``Hyuston``, one letter off the table's Houston, was taken for another city)."""
    for src, tgt, langs in (
        (
            "Lyon accueillera du 14 au 18 octobre le congrès mondial des villes cyclables.",
            "From October 14 to 18, Lyon will host the World Congress of Cycling Cities.",
            ("fr", "en"),
        ),
        (
            "Quiero agradecer al comisario Hansen que haya venido a Almería.",
            "I want to thank Commissioner Hansen for coming to Almería.",
            ("es", "en"),
        ),
        (
            "Colleagues, I open this joint sitting of the British-German Parliamentary Group.",
            "Liebe Kolleginnen und Kollegen, ich eröffne die Sitzung der Britisch-Deutschen Parlamentariergruppe.",
            ("en", "de"),
        ),
        (
            "Die Bundesregierung stellt für die ersten drei Jahre 115 Millionen Euro bereit.",
            "The German government is providing 115 million euros for the first three years.",
            ("de", "en"),
        ),
        (
            "The American astronaut will fly to Houston on Friday.",
            "Американский астронавт вылетит в Хьюстон в пятницу.",
            ("en", "ru"),
        ),
    ):
        assert not checks.name_mismatch(src, tgt, src_lang=langs[0], tgt_lang=langs[1]), src
    assert checks.name_mismatch(
        "The American astronaut will fly to Houston on Friday.",
        "Американский астронавт вылетит в Даллас в пятницу.",
        src_lang="en",
        tgt_lang="ru",
    )


def test_a_held_out_reviewers_false_alarms_and_misses():
    """A held-out reviewer's round (12 new pairs, run before these were known): the hours of a
    clock time on the other clock (``14.20`` / ``2.20 p.m.``, ``11.30`` / ``23 h 30``), Dutch
    thousands after a converted unit (``1.2 tonnes`` / ``1.200 kilo``), ``yes or no`` and
    Portuguese ``a não ser`` (unless) as no negation, forces and a border agency rendered by
    function, were shown as drifts; a Dutch bound (``onder`` / ``boven de 25 minuten``), a
    Portuguese comparison before its number (``mais 18%`` / ``18% fewer``) and worst / best
    were missed."""
    assert not checks.number_mismatch(
        "Alle 14.20 di sabato la centrale ha ricevuto la chiamata.", "it",
        "At 2.20 p.m. on Saturday, emergency control received the call.", "en",
    )  # fmt: skip
    assert not checks.number_mismatch(
        "Polls closed shortly before 11.30.", "en", "Les bureaux ont fermé peu avant 23 h 30.", "fr"
    )
    assert checks.number_mismatch("Polls closed shortly before 11.30.", "en", "Les bureaux ont fermé peu avant 22 h 30.", "fr")
    assert not checks.number_mismatch(
        "Last year we seized 1.2 tonnes of cocaine.", "en", "Vorig jaar hebben we 1.200 kilo cocaïne onderschept.", "nl"
    )
    assert checks.number_mismatch(
        "Last year we seized 1.5 tonnes of cocaine.", "en", "Vorig jaar hebben we 1.200 kilo cocaïne onderschept.", "nl"
    )
    en = "Waiting times were under 25 minutes."
    assert checks.number_mismatch(en, "en", "De wachttijden lagen boven de 25 minuten.", "nl")
    assert not checks.number_mismatch(en, "en", "De wachttijden lagen onder de 25 minuten.", "nl")
    pt = "Recebemos mais 18% de visitantes do que no ano anterior."
    assert checks.number_mismatch(pt, "pt", "We received 18% fewer visitors than the year before.", "en")
    assert not checks.number_mismatch(pt, "pt", "We received 18% more visitors than the year before.", "en")
    assert not checks.polarity_mismatch(
        "Pedimos à população que não venha às urgências, a não ser em caso de emergência.", "pt",
        "We are asking the public not to come to A&E unless it is an emergency.", "en",
    )  # fmt: skip
    assert checks.negation_counts("Isso pode não ser fácil.", "pt") == (1, 0)
    assert not checks.polarity_mismatch("¿Y la cebolla, con o sin?", "es", "E la cipolla: sì o no?", "it")
    for src, tgt, langs in (
        (
            "Nous appelons les Forces de soutien rapide à lever immédiatement le siège.",
            "Wir fordern die Schnellen Unterstützungskräfte auf, die Belagerung unverzüglich aufzuheben.",
            ("fr", "de"),
        ),
        (
            "Good morning. I'm James Okafor, director of Border Force at Heathrow.",
            "Bonjour. Je suis James Okafor, directeur de la police aux frontières à Heathrow.",
            ("en", "fr"),
        ),
    ):
        assert not checks.name_mismatch(src, tgt, src_lang=langs[0], tgt_lang=langs[1]), src
    assert checks.direction_differences(
        "Labour got their worst result in history.", "en",
        "Les travaillistes ont obtenu le meilleur résultat de leur histoire.", "fr",
    ) == [("quality", ("worst",), ("meilleur",))]  # fmt: skip
    assert not checks.direction_differences(
        "Labour got their worst result in history.", "en",
        "Les travaillistes ont obtenu le pire résultat de leur histoire.", "fr",
    )  # fmt: skip


RENDERED_NAMES = (
    ("Is there any danger to Earth?", "Há algum perigo para a Terra?", "pt"),
    ("The Marine Accident Investigation Branch has opened an inquiry.",
     "L'autorità britannica per le indagini sugli incidenti marittimi ha aperto un'inchiesta.", "it"),
    ("Good evening, and welcome to the 112th annual general meeting of Ashford Town Football Club.",
     "Goedenavond en welkom op de 112e algemene ledenvergadering van voetbalclub Ashford Town.", "nl"),
)  # fmt: skip


@pytest.mark.parametrize(("en", "other", "lang"), RENDERED_NAMES)
def test_a_name_rendered_by_its_meaning_is_not_shown(embedder, en, other, lang) -> None:
    """A held-out reviewer round showed 13 of 198 faithful links, most for a name the other side
    renders by its meaning or function (``Earth`` / ``a Terra``, a body's name rendered by what
    it does) at drift 0.55-0.58. Without those names the sides get further apart: the flag stays,
    under 0.5."""
    scored = _scored_last(embedder, en, other, lang)
    assert "name_mismatch" in scored.flags and not is_flagged(scored), scored


def test_a_name_in_a_sentence_added_whole_is_shown(embedder) -> None:
    """The sample's closing link: the French adds ``Il sera intéressant d'entendre comment les
    États-Unis interprètent leurs engagements.``, which only its name shows; without that
    sentence the sides get closer, so the surplus keeps its weight."""
    en = "What we expect is concrete answers to our concrete proposals."
    fr = (
        "Nous attendons des réponses concrètes à nos propositions concrètes. "
        "Il sera intéressant d'entendre comment les États-Unis interprètent leurs engagements."
    )
    pairs = [*FILLER, (en, fr)]
    src = [Sentence(i, e, "en") for i, (e, _) in enumerate(pairs)]
    tgt = [Sentence(i, t, "fr") for i, (_, t) in enumerate([*FILLER, (en, fr.split(". ")[0] + ".")])]
    tgt.append(Sentence(len(tgt), fr.split(". ")[1], "fr"))
    links = [Link((i,), (i,), 0.9, 0.05) for i in range(len(FILLER))] + [
        Link((len(FILLER),), (len(FILLER), len(FILLER) + 1), 0.9, 0.05)
    ]
    scored = score_aligned(links, src, tgt, embedder)[-1]
    assert "name_mismatch" in scored.flags and is_flagged(scored), scored


@pytest.mark.parametrize(
    ("en", "same", "other", "lang", "found"),
    [
        ("The fire is moving north-east.", "The fire is moving south-east.", "Le feu progresse vers le sud-est.", "fr",
         ("north", ("north",), ("sud",))),
        ("On the right-hand wall is the Flagellation.", "On the left-hand wall is the Flagellation.",
         "Sulla parete di sinistra, la Flagellazione.", "it", ("side", ("right",), ("sinistra",))),
        ("We won the league and were promoted.", "We won the league and were relegated.",
         "We werden kampioen en degradeerden.", "nl", ("league", ("promoted",), ("degradeerden",))),
        ("The ship lost propulsion while entering the port.", "The ship lost propulsion while leaving the port.",
         "La nave ha perso la propulsione mentre usciva dal porto.", "it", ("entry", ("entering",), ("usciva",))),
    ],
)  # fmt: skip
def test_compounds_and_more_pairs_of_opposites_are_read(en, same, other, lang, found) -> None:
    """A held-out reviewer round's reversals that raised no candidate: a compass point inside a
    compound (``north-east`` / ``sud-est``: words joined by a hyphen were not read), the
    ``right-hand`` wall for ``sinistra``, ``promoted`` / ``degradeerden``, ``entering`` /
    ``usciva``; the same words at the same pole raise none."""
    assert checks.direction_differences(en, "en", other, lang) == [found]
    assert not checks.direction_differences(same, "en", other, lang)


def test_a_compass_point_turned_round_in_a_compound_is_shown(embedder) -> None:
    scored = _scored_last(embedder, "The fire is moving north-east.", "Le feu progresse vers le sud-est.", "fr")
    assert "direction_mismatch" in scored.flags and is_flagged(scored), scored


def test_a_russian_night_is_named_by_the_day_it_ends_on() -> None:
    """A reviewer's police appeal: ``on Saturday night`` / ``в ночь на воскресенье`` (the night
    "onto Sunday") was flagged as a day changed (drift 0.90); ``Sunday night`` against it is."""
    ru = "Мы обращаемся к свидетелям нападения, совершённого в Солфорде в ночь на воскресенье."
    assert not checks.number_mismatch("We are appealing for witnesses to an assault on Saturday night.", "en", ru, "ru")
    assert checks.number_mismatch("We are appealing for witnesses to an assault on Sunday night.", "en", ru, "ru")
    both = ru.replace("в ночь на воскресенье", "в ночь с субботы на воскресенье")
    assert not checks.number_mismatch("We are appealing for witnesses to an assault on Saturday night.", "en", both, "ru")


def test_an_hour_on_the_clock_face_matches_either_half_of_the_day() -> None:
    """A reviewer's election night: ``It's ten o'clock`` / ``Il est 22 heures`` was flagged as a
    number changed (drift 0.90): ``o'clock`` names an hour of either half of the day, and ``de la
    noche``, ``du soir`` one of the later half."""
    fr = "Il est 22 heures, les bureaux de vote sont fermés."
    assert not checks.number_mismatch("It's ten o'clock, the polls have closed.", "en", fr, "fr")
    assert not checks.number_mismatch("It's 10 o'clock, the polls have closed.", "en", fr, "fr")
    assert checks.number_mismatch("It's nine o'clock, the polls have closed.", "en", fr, "fr")
    # a held-out reviewer's rail timetable: an hour of the evening in words, 23 in the other
    es = "Los trenes de mercancías no pasarán entre las once de la noche y las cinco de la mañana."
    fr = "Les trains de marchandises ne passeront pas entre vingt-trois heures et cinq heures du matin."
    assert not checks.number_mismatch(es, "es", fr, "fr")
    assert checks.number_mismatch(es.replace("once", "diez"), "es", fr, "fr")
    assert not checks.number_mismatch("Il arrive à sept heures du soir.", "fr", "Er kommt um 19 Uhr.", "de")
    assert checks.number_mismatch("Il arrive à sept heures du matin.", "fr", "Er kommt um 19 Uhr.", "de")


def test_countries_cities_and_feasts_in_nordic_languages_polish_and_romanian_match() -> None:
    """A held-out reviewer's faithful Swedish, Danish and Polish pairs: ``Sweden`` / ``Sverige``
    (three links of one file), ``Germany`` / ``Tyskland`` and ``Easter`` / ``Wielkanocą`` were
    flagged as names swapped at drift 0.80; a true swap still is."""
    for en, other, lang in (
        ("Many people abroad read this as a sign that Sweden expects a war.", "Många utomlands läser det här som ett tecken på att Sverige räknar med krig.", "sv"),
        ("But that would require a new agreement with Germany.", "Men det kræver en ny aftale med Tyskland.", "da"),
        ("We expect the first payment before Easter.", "Pierwszej wypłaty spodziewamy się przed Wielkanocą.", "pl"),
        ("The talks will take place in Bucharest.", "Negocierile vor avea loc la București.", "ro"),
    ):
        assert checks.name_mismatch(en, other, src_lang="en", tgt_lang=lang) == "", other
    assert checks.name_mismatch("Sweden and Germany signed.", "Sverige och Frankrike skrev under.", src_lang="en", tgt_lang="sv") == "swap"
    # a country's names are one group: "Italia" in a second group read as Italy turned into another
    italian = "Il costo dei lavori è di 42 milioni di euro, divisi tra Italia e Francia."
    french = "Le coût des travaux est de 42 millions d'euros, partagés entre l'Italie et la France."
    assert checks.name_mismatch(italian, french, src_lang="it", tgt_lang="fr") == ""


def test_the_checks_say_which_of_them_cannot_read_a_language() -> None:
    """A reviewer's round in Czech, Greek, Hungarian, Finnish, Turkish and Croatian: a lost
    negation or a rise turned into a fall went unseen and nothing said the checks could not read
    those languages. ``unread_note`` names them for the run's summary and its reports."""
    assert checks.unread_checks("en") == [] and checks.unread_checks("fr") == []
    assert checks.unread_checks("is") == ["negations", "opposite words", "numbers in words", "month names"]
    assert checks.unread_checks("tr") == ["negations", "opposite words but rises and falls", "numbers in words"]
    assert "negations" not in checks.unread_checks("cs")
    assert checks.unread_note("en", "fr") is None
    note = checks.unread_note("en", "tr")
    assert note == (
        "the drift checks do not read Turkish (tr) negations, opposite words but rises and falls, numbers in words"
    )


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "mismatch"),
    [
        ("Investice dosáhne 412 milionů Kč.", "cs", "The investment will reach CZK 412 million.", "en", False),
        ("Investice dosáhne 412 milionů Kč.", "cs", "The investment will reach CZK 421 million.", "en", True),
        ("A program 18,4 milliárd forintba kerül.", "hu", "The programme costs HUF 18.4 billion.", "en", False),
        ("Noin 3 miljoonaa kävijää.", "fi", "About 3 million visitors.", "en", False),
        ("Radovi koštaju 2,5 milijuna eura.", "hr", "The works cost 2.5 million euros.", "en", False),
        ("Linka bude uzavřena do 30. června.", "cs", "The line will be closed until 30 June.", "en", False),
        ("Linka bude uzavřena do 30. června.", "cs", "The line will be closed until 30 July.", "en", True),
        ("He was born in May.", "en", "Hän syntyi toukokuussa.", "fi", False),
        ("He was born in May.", "en", "Hän syntyi kesäkuussa.", "fi", True),
        ("Feribot 15 Haziran'da başlıyor.", "tr", "The ferry starts on 15 June.", "en", False),
        ("Feribot 15 Haziran'da başlıyor.", "tr", "The ferry starts on 15 July.", "en", True),
        ("Ședința are loc pe 15 mai 2024.", "ro", "The meeting is on 15 May 2024.", "en", False),
        ("Sunt cu 5 mai mulți decât anul trecut.", "ro", "There are 5 more than last year.", "en", False),
        ("Posiedzenie odbędzie się 3 marca.", "pl", "The sitting is on 3 April.", "en", True),
    ],
)
def test_scale_words_and_month_names_of_more_languages(
    src: str, src_lang: str, tgt: str, tgt_lang: str, mismatch: bool
) -> None:
    """A reviewer's round: Czech ``412 milionů``, Hungarian ``milliárd``, Finnish ``miljoonaa``
    were read as 412 against 412,000,000 (false alarms that hid a changed number), and months
    changed in Czech (``30. června`` -> 30 July) and Finnish (May -> ``kesäkuussa``) passed: no
    month of those languages was read. Months glued to their endings are read by their stem
    (Finnish, Hungarian, Turkish with a capital: ``aralık`` is also a range); Romanian ``mai``
    before ``mulți`` is "more"."""
    assert checks.number_mismatch(src, src_lang, tgt, tgt_lang) is mismatch


def test_greek_names_are_matched_in_latin_letters() -> None:
    """A reviewer's Greek council minutes: a city swapped (``Thessaloniki`` / ``Αθήνα``) passed,
    since names were compared only between Latin and Cyrillic. Greek is written in Latin letters
    for the comparison (``Παπαδόπουλου`` as ``Papadopoul``, ``Αθήνα`` as ``Athens``); forms of
    address and weekdays (``Κύριε Δήμαρχε``, ``Τρίτη``) are no names."""
    from align.checks.names import latinised

    assert latinised("Ο Μητσοτάκης μίλησε στον Μπάιντεν στην Αθήνα.", "el")[0] == (
        "O Mitsotak milise ston Bainten stin Athens."
    )
    en = "Giorgos Papadopoulos visited Thessaloniki yesterday."
    assert checks.name_mismatch(en, "Ο Γιώργος Παπαδόπουλος επισκέφθηκε τη Θεσσαλονίκη χθες.", src_lang="en", tgt_lang="el") == ""
    assert checks.name_mismatch(en, "Ο Γιώργος Παπαδόπουλος επισκέφθηκε την Αθήνα χθες.", src_lang="en", tgt_lang="el") == "swap"
    assert checks.name_mismatch(
        "Mr Mayor, we are not opposed to it.", "Κύριε Δήμαρχε, δεν είμαστε αντίθετοι.", src_lang="en", tgt_lang="el"
    ) == ""


def test_a_currency_code_against_the_currency_in_words_is_no_name() -> None:
    """A reviewer's Hungarian and Ukrainian pairs: ``HUF 24.5 billion`` / ``24,5 milliárd
    forintba`` was a name missing at drift 0.63 (shown); a code against another code is still a
    difference of names, and a currency's sign against its code none (``20 TL`` / ``TRY 20``)."""
    assert checks.name_differences(
        "The investment cost HUF 24.5 billion.", "A beruházás 24,5 milliárd forintba került.", src_lang="en", tgt_lang="hu"
    ) == ([], [])
    assert checks.name_differences(
        "The ticket costs EUR 25.30.", "Karta košta 25,30 USD.", src_lang="en", tgt_lang="hr"
    ) == (["EUR"], ["USD"])
    assert checks.name_differences(
        "A ticket will cost TRY 20.", "Bilet 20 TL olacak.", src_lang="en", tgt_lang="tr"
    ) == ([], [])
    assert checks.name_differences(  # Turkish months and weekdays take a capital: no names
        "Hat 1 Haziran 2025 Pazar günü açılacak.", "The line opens on Sunday, 1 June 2025.", src_lang="tr", tgt_lang="en"
    ) == ([], [])


@pytest.mark.parametrize(
    ("src", "src_lang", "tgt", "tgt_lang", "differences"),
    [
        ("The Supervisory Board approved the dividend.", "en", "Der Aufsichtsrat billigte die Dividende.", "de", ([], [])),
        ("The Hall of Mirrors was restored.", "en", "La Galería de los Espejos fue restaurada.", "es", ([], [])),
        ("The case went to the Supreme Court.", "en", "Sprawa trafiła do Sądu Najwyższego.", "pl", ([], [])),
        ("The results come at 2 p.m. CET.", "en", "Die Ergebnisse kommen um 14 Uhr MEZ.", "de", ([], [])),
        ("The ECB raised rates.", "en", "Die EZB erhöhte die Zinsen.", "de", ([], [])),
        ("The case went to the Supreme Court.", "en", "Le dossier est allé au Conseil d'État.", "fr", (["Supreme"], [])),
    ],
)  # fmt: skip
def test_bodies_and_time_zones_of_round_ad_are_named_in_each_language(src, src_lang, tgt, tgt_lang, differences):
    """Round AD (stop 63): ``Supervisory Board`` / ``Aufsichtsrat``, ``Hall of Mirrors`` /
    ``Galería de los Espejos``, ``Supreme Court`` / ``Sądu Najwyższego``, ``CET`` / ``MEZ`` and
    ``ECB`` / ``EZB`` were flagged ``name_mismatch`` on faithful pairs (0.52 to 0.64); another
    court is still another name."""
    assert checks.name_differences(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang) == differences
