"""Segment stage on the seed transcripts: speaker turns, paragraphs, sentence boundaries."""

from __future__ import annotations

import re
from itertools import accumulate
from pathlib import Path

import pytest
from conftest import (
    EN_REMARKS,
    GENEVA_ZH,
    KREMLIN,
    MIXED,
    REMARKS,
    SHARED,
    as_auto_captions,
    as_subtitles,
    en_remarks_tail,
    speech_paragraphs,
)

from align.errors import AlignError
from align.segment import read_presplit, split_paragraphs, split_sentences, split_sentences_in


def test_speaker_turns_of_the_press_conference():
    paragraphs = split_paragraphs(MIXED.read_text(encoding="utf-8"))
    speakers = {p.speaker for p in paragraphs}
    assert {"Question", "Sergey Lavrov"} <= speakers
    first_answer = next(p for p in paragraphs if p.speaker == "Sergey Lavrov")
    assert first_answer.text.startswith("Punctuality cannot be a bad sign")
    follow_on = paragraphs[first_answer.idx + 1]
    assert follow_on.speaker == "Sergey Lavrov" and follow_on.text.startswith("We heard the first\u00a0US")
    french = [p for p in paragraphs if p.text.startswith("Je vous suis reconnaissant")]
    assert french and french[0].speaker is None, "the heading after 'Source :' ends Lavrov's turn"
    assert not any(p.text.startswith(("Question:", "Sergey Lavrov:")) for p in paragraphs)


def test_upper_case_and_split_labels():
    remarks = split_paragraphs(EN_REMARKS.read_text(encoding="utf-8"))
    assert remarks[2].speaker == "FOREIGN MINISTER LAVROV"
    assert remarks[2].text.startswith("State Secretary, colleagues")
    kremlin = split_paragraphs(KREMLIN.read_text(encoding="utf-8"))
    lavrov = [p for p in kremlin if p.speaker == "Foreign Minister Sergei Lavrov"]
    assert lavrov and lavrov[0].text.startswith("Mr President")
    assert "President of Russia Vladimir Putin" in {p.speaker for p in kremlin}


def test_labels_with_particles_qualifiers_and_dashes_and_sound_lines_in_plain_text():
    """Names with lower-case particles (``von der``, ``da``, ``al-``, ``bin``, ``i``), a
    qualifier in brackets after the label (``(AFP)``, ``(via interpreter)``, ``(traduit du
    russe)``) and a dialogue dash before it are labels; before, each line kept the previous
    speaker and its label stayed in the text (where "AFP" and "Leyen" were names the other side
    lacked). A line that is only a sound (``[Applause]``) is left out and does not end the turn;
    before, it was a heading that ended it, and the rest of the answer had no speaker."""
    text = (
        "Ursula von der Leyen (via interpreter): We agreed.\n"
        "[Applause]\n"
        "And we will meet again.\n"
        "Question (AFP) : Will you go?\n"
        "Luiz Inácio Lula da Silva: Yes.\n"
        "Bashar al-Assad: No.\n"
        "Mohammed bin Salman: Maybe.\n"
        "Josep Borrell i Fontelles: Indeed.\n"
        "— S. Lavrov (traduit du russe) : Oui.\n"
        "The result (see the table): it grew.\n"
    )
    turns = [(p.speaker, p.text) for p in split_paragraphs(text)]
    assert turns == [
        ("Ursula von der Leyen", "We agreed."),
        ("Ursula von der Leyen", "And we will meet again."),
        ("Question", "Will you go?"),
        ("Luiz Inácio Lula da Silva", "Yes."),
        ("Bashar al-Assad", "No."),
        ("Mohammed bin Salman", "Maybe."),
        ("Josep Borrell i Fontelles", "Indeed."),
        ("S. Lavrov", "Oui."),
        ("S. Lavrov", "The result (see the table): it grew."),
    ]


def test_labels_of_parliaments_briefings_and_other_scripts() -> None:
    """Labels a user's transcripts hold that were read as text, the turn then credited to the
    speaker before: a qualifier with a comma (the Russian Foreign Ministry), the Spanish Diario
    de Sesiones' ``El señor PRESIDENTE:`` and a role too long for a label with the name in
    brackets (Hansard, the Diario), Arabic labels (no capitals), the White House's ``Q``. A
    speech verb before a colon (``وقال الوزير:``) and a remark in brackets stay text."""
    text = (
        "С.Шукри (говорит по-арабски, перевод с английского): Спасибо.\n"
        "El señor PRESIDENTE: Pregunta del diputado Pérez.\n"
        "El señor MINISTRO DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN (Albares Bueno): Gracias.\n"
        "The Secretary of State for Foreign, Commonwealth and Development Affairs (David Cameron): My Lords.\n"
        "سؤال: هل سيحضر الأمين العام الاجتماع؟\n"
        "ستيفان دوجاريك: نعم، سيحضر.\n"
        "وقال الوزير: سنواصل العمل.\n"
        "Q  Mr. President, will you go to Geneva?\n"
        "THE PRESIDENT: Yes, I will.\n"
        "In short (and this matters): we agree.\n"
    )
    assert [p.speaker for p in split_paragraphs(text)] == [
        "С.Шукри",
        "El señor PRESIDENTE",
        "Albares Bueno",
        "David Cameron",
        "سؤال",
        "ستيفان دوجاريك",
        "ستيفان دوجاريك",
        "Q",
        "THE PRESIDENT",
        "THE PRESIDENT",
    ]


def test_section_headings_of_a_bulletin_are_no_speakers() -> None:
    """A news bulletin's sections (``Weather:``, ``Météo :``, ``Sports:``, ``Source:``) opened
    a turn as a speaker's label does, so every line below was credited to "Weather" (a
    reviewer's weather and travel notices, lines 15 to 36). They are text now, in the turn
    they stand in; ``THE PRESIDENT:`` still opens one."""
    text = (
        "THE PRESIDENT: Thank you all.\n\n"
        "Weather: Sunny spells in the north, showers in the south.\n\n"
        "Rain is expected on Sunday.\n\n"
        "Météo : Averses dans le sud.\n\n"
        "Sports: Lyon won 3-1.\n\n"
        "Source: Reuters.\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.speaker for p in paragraphs] == ["THE PRESIDENT"] * 6
    assert paragraphs[1].text.startswith("Weather: Sunny spells")


def test_labels_in_devanagari_and_hebrew_abbreviations_and_minutes_fields() -> None:
    """A held-out round's Hindi consultation (``दुभाषिया:``, ``मरीज़:``) and Hebrew hearing
    (``עו"ד לוי:``, typed with an ASCII quote) kept their labels in the text and credited the
    turns to the speaker before, since the vowel signs of Devanagari and a quote inside a Hebrew
    word broke the label; minutes' fields (``Present:``, ``उपस्थित:``) credited every line below
    them to "Present". A Hindi speech verb before a colon (``मंत्री ने कहा:``) stays text."""
    text = (
        "DOCTOR: Good morning, Mrs Sharma.\n\n"
        "दुभाषिया: नमस्ते, श्रीमती शर्मा।\n\n"
        "मरीज़: पिछले तीन दिनों से मुझे बुखार है।\n\n"
        "मंत्री ने कहा: हम काम जारी रखेंगे।\n\n"
        'עו"ד לוי: מר הריסון, נכון שחתמת על החוזה?\n\n'
        "כב' השופטת: נא לענות.\n\n"
        "Present: Ms Rao, Mr Iyer and Dr Menon.\n\n"
        "उपस्थित: सुश्री राव, श्री अय्यर।\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.speaker for p in paragraphs] == [
        "DOCTOR",
        "दुभाषिया",
        "मरीज़",
        "मरीज़",
        'עו"ד לוי',
        "כב' השופטת",
        "כב' השופטת",
        "כב' השופטת",
    ]
    assert paragraphs[1].text == "नमस्ते, श्रीमती शर्मा।" and paragraphs[6].text.startswith("Present:")


def test_a_role_in_lower_case_after_an_article_is_a_speaker() -> None:
    """Spanish, French and Italian records write ``El presidente:``, ``La ministre :``: the
    lower-case role failed the label's capitals, so the label stayed in the text and the turn went
    on with the minister (a reviewer's parliamentary Q&A). A phrase of another noun before a colon
    (``El problema: …``) is still text."""
    text = (
        "Ministro Patel: El gasto aumenta un diez por ciento.\n\n"
        "El presidente: Orden, orden.\n\n"
        "La ministre : Je vous remercie.\n\n"
        "El problema: no hay dinero.\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.speaker for p in paragraphs] == [
        "Ministro Patel",
        "El presidente",
        "La ministre",
        "La ministre",
    ]
    assert paragraphs[1].text == "Orden, orden."


def test_a_role_in_lower_case_before_a_name_is_part_of_the_label() -> None:
    """``Le commissaire Varga :`` and ``Parent representative Mehmet Yilmaz:`` (a held-out
    reviewer's Commission briefing and school board, stop 48) stayed in the text, whose turn went
    on with the previous speaker, and the label's name was read as an added name. A role in lower
    case before a capitalised name is part of the label; a sentence with a colon is not."""
    text = (
        "Question: When will the funds arrive?\n\n"
        "Le commissaire Varga : Les fonds arriveront en mars.\n\n"
        "Parent representative Mehmet Yilmaz: Parents are not happy about this.\n\n"
        "The representative said: we will go.\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.speaker for p in paragraphs] == [
        "Question",
        "Le commissaire Varga",
        "Parent representative Mehmet Yilmaz",
        "Parent representative Mehmet Yilmaz",
    ]
    assert paragraphs[2].text == "Parents are not happy about this."


def test_a_name_then_a_comma_and_a_role_is_a_label() -> None:
    """``Martin Keller, porte-parole du syndicat :`` (a held-out reviewer's union statement, stop
    48) stayed in the text: a label has no comma. A name, a comma and a role holding a role word
    is a label whose speaker is the name; a phrase with a comma before a colon is still text."""
    text = (
        "Martin Keller, porte-parole du syndicat : Nous sommes prêts à négocier.\n\n"
        "Anna Berg, spokeswoman for the union: We are ready.\n\n"
        "Paris, la capitale : tout est calme.\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.speaker for p in paragraphs] == ["Martin Keller", "Anna Berg", "Anna Berg"]
    assert paragraphs[0].text == "Nous sommes prêts à négocier."
    assert paragraphs[2].text == "Paris, la capitale : tout est calme."


CHINESE_BRIEFING = """2022年1月21日外交部发言人赵立坚主持例行记者会

问：据报道，俄罗斯外长拉夫罗夫与美国国务卿布林肯今天在日内瓦举行会谈。中方对此有何评论？

赵立坚：我们注意到有关报道。中方一贯主张通过对话协商解决分歧。

各方应当秉持安全不可分割原则。他说：我们会继续努力。发言人表示：中方欢迎会谈。

布林肯问：“你们会撤军吗？”
"""


@pytest.mark.parametrize(
    ("first", "second", "quote"),
    [  # Greek and Ukrainian capitals; Korean has none, and a verb ends in 다 where a label does not
        (("Σεργκέι Λαβρόφ", "Ευχαριστώ πολύ."), ("Іван Петренко", "Дякую."), "він сказав: ні."),
        (
            ("기자", "회담 결과는 어떻습니까?"),
            ("라브로프 장관", "답변을 기대합니다."),
            "그는 말했다: 계속하겠다.",
        ),
    ],
)
def test_turn_labels_in_other_scripts(first, second, quote):
    """Each label opens a turn; a lower-case or verb-final word before a colon continues it."""
    text = f"{first[0]}: {first[1]}\n\n{second[0]}: {second[1]}\n\n{quote}"
    assert [(p.speaker, p.text) for p in split_paragraphs(text)] == [first, second, (second[0], quote)]


def test_chinese_turn_labels_with_a_full_width_colon():
    """A briefing's turns ("问：", "赵立坚：") are labels; a paragraph ending in "。" continues
    the turn, where a line without closing punctuation (the title) is a heading; a speech verb
    before a colon ("他说：", "表示：", "问：“…”") opens a quote, not a turn."""
    paragraphs = split_paragraphs(CHINESE_BRIEFING)
    assert [p.speaker for p in paragraphs] == [None, "问", "赵立坚", "赵立坚", "赵立坚"]
    assert paragraphs[1].text.startswith("据报道")
    assert paragraphs[3].text.startswith("各方应当")
    assert paragraphs[4].text == "布林肯问：“你们会撤军吗？”"
    for line in ("他说：我们会继续努力。", "发言人表示：中方欢迎会谈。"):
        assert split_paragraphs(line)[0].speaker is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Mr. Blinken met Mr. Lavrov in Geneva. The U.S. delegation left at 5 p.m. on Friday.",
            ["Mr. Blinken met Mr. Lavrov in Geneva.", "The U.S. delegation left at 5 p.m. on Friday."],
        ),
        (
            "en",
            "The talks took three years when we had the Helsinki agreements in the 1970s. "
            "We offered a European security treaty in 2009 but it ran aground.",
            [
                "The talks took three years when we had the Helsinki agreements in the 1970s.",
                "We offered a European security treaty in 2009 but it ran aground.",
            ],
        ),
        (
            "en",
            'He said: "History will judge this Conference." Then he left... Nobody knew why.',
            ['He said: "History will judge this Conference."', "Then he left...", "Nobody knew why."],
        ),
        (
            "fr",
            "M. Lavrov a rencontré M. Blinken. Mme Zakharova était là. Les États-Unis ont répondu... Puis rien.",
            [
                "M. Lavrov a rencontré M. Blinken.",
                "Mme Zakharova était là.",
                "Les États-Unis ont répondu...",
                "Puis rien.",
            ],
        ),
        (
            "fr",
            "Il a dit\u00a0: «\u202fL’histoire jugera.\u202f» Puis il est parti.",
            ["Il a dit\u00a0: «\u202fL’histoire jugera.\u202f»", "Puis il est parti."],
        ),
        (
            "de",
            "Der Minister sagte am 21. Januar 2022, dass z. B. die USA nicht kommen. Danach ging er.",
            ["Der Minister sagte am 21. Januar 2022, dass z. B. die USA nicht kommen.", "Danach ging er."],
        ),
        (
            "ar",  # pysbd ends an Arabic sentence at "،" (a comma); only "." and "؟" end one here
            "وأشير بشكل خاص إلى مبدأ عدم تجزئة الأمن، وكذلك التزام الدول بعدم تعزيز أمنها. هل هذا واضح؟ نعم.",
            [
                "وأشير بشكل خاص إلى مبدأ عدم تجزئة الأمن، وكذلك التزام الدول بعدم تعزيز أمنها.",
                "هل هذا واضح؟",
                "نعم.",
            ],
        ),
        (
            "ar",  # round Z (stop 62): pysbd's Arabic rules cut the address after "http:"
            "نشرت الوزارة التقرير على http://example.org/report صباح اليوم. شكرا.",
            ["نشرت الوزارة التقرير على http://example.org/report صباح اليوم.", "شكرا."],
        ),
        (
            "en",  # round AA (stop 62): a German quotation's closing “ opened the next sentence
            "She said: „Auch aus Steinen kann man Schönes bauen.“ Even from stones you can build.",
            ["She said: „Auch aus Steinen kann man Schönes bauen.“", "Even from stones you can build."],
        ),
        (
            "zh",
            "我们也不指望这次谈判取得突破。你们呢？我们期待具体答复！",
            ["我们也不指望这次谈判取得突破。", "你们呢？", "我们期待具体答复！"],
        ),
    ],
)
def test_sentence_splitter(lang, text, expected):
    assert split_sentences_in(text, lang) == expected


def test_hard_wrapped_lines_are_joined_and_presplit_is_kept():
    paragraphs = split_paragraphs("It was the best of times,\nit was the worst of times.\nA new line.")
    assert [p.text for p in paragraphs] == [
        "It was the best of times, it was the worst of times.",
        "A new line.",
    ]
    segments = read_presplit("One. Two.\n\nThree\n")
    assert [s.text for s in segments] == ["One. Two.", "Three"]


def test_a_block_hard_wrapped_at_a_width_is_one_paragraph_whatever_its_case():
    """Text wrapped at about 80 columns (e-mail, a terminal's copy) is rejoined where the next
    line's first word would not have fit, even where it opens with a capital (German nouns) or
    the line ends with ``Mr.``: before, "keinen" / "Durchbruch" and "Mr." / "Blinken" were cut
    into paragraphs of their own, and their links flagged ``garbled``. A turn's label, a sound
    and a short block of lines of their own are not joined."""
    wrapped = (
        "Sergej Lawrow: Wir haben die Sicherheitsgarantien besprochen, die Russland im\n"
        "Dezember vorgeschlagen hat. Die Gespräche mit US-Außenminister Antony Blinken\n"
        "dauerten etwa neunzig Minuten, und ich habe Herrn Blinken gesagt, dass wir keinen\n"
        "Durchbruch erwartet haben. Ich habe heute lange mit dem Minister und mit Mr.\n"
        "Blinken über die Vorschläge gesprochen, die wir im Dezember gemacht haben.\n"
        "Frage: Wird es ein weiteres Treffen geben?\n"
        "[Applaus]\n"
        "Sergej Lawrow: Ja.\n"
        "\n"
        "Opening remarks\n"
        "Sergey Lavrov, Minister of Foreign Affairs\n"
        "Geneva, January 21, 2022\n"
    )
    paragraphs = split_paragraphs(wrapped)
    assert [p.speaker for p in paragraphs] == ["Sergej Lawrow", "Frage", "Sergej Lawrow", None, None, None]
    assert paragraphs[0].text.endswith(
        "keinen Durchbruch erwartet haben. Ich habe heute lange mit dem Minister und "
        "mit Mr. Blinken über die Vorschläge gesprochen, die wir im Dezember "
        "gemacht haben."
    )
    assert [p.text for p in paragraphs[3:]] == [
        "Opening remarks",
        "Sergey Lavrov, Minister of Foreign Affairs",
        "Geneva, January 21, 2022",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "他说：“需求迅速增长。”“宁波让我们更接近客户。”公司表示。",
            ["他说：“需求迅速增长。”", "“宁波让我们更接近客户。”", "公司表示。"],
        ),
        (
            "bg",
            "Приходите за 2025 г. Това е ръст от 6,3%. Разговорът е в 15 ч.",
            ["Приходите за 2025 г.", "Това е ръст от 6,3%.", "Разговорът е в 15 ч."],
        ),
        (
            "bg",
            "Резултатите ще бъдат публикувани на 25 февруари 2026 г. Конферентен разговор ще има в 15 ч.",
            [
                "Резултатите ще бъдат публикувани на 25 февруари 2026 г.",
                "Конферентен разговор ще има в 15 ч.",
            ],
        ),
        (
            "ru",
            "Договор подписан в Москве 12 марта 2024 г. Путин назвал его историческим.",
            ["Договор подписан в Москве 12 марта 2024 г.", "Путин назвал его историческим."],
        ),
    ],
)
def test_sentences_end_where_pysbd_misses_or_misplaces_it(lang: str, text: str, expected: list[str]) -> None:
    """A held-out round's Chinese press release: pysbd left a closing quote at the start of the
    next sentence (``”“宁波让我们…``), and its Bulgarian earnings statement never ended a sentence
    at ``2025 г.`` (year), making 2-1 and 3-1 links of 1-1 beads (the year closing a clause of
    six words or more, or an opener such as ``Това`` after it); a year opening a sentence
    (``В 2025 г. Путин …``, test_abbreviations_do_not_end_sentences) goes on."""
    assert split_sentences_in(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "It reads, in full: “The municipal council has decided to end the operation of the ski lifts. This"
            " decision was not taken lightly by anyone here. For several years the lack of snow has left it in"
            " deficit.”",
            [
                "It reads, in full: “The municipal council has decided to end the operation of the ski lifts.",
                "This decision was not taken lightly by anyone here.",
                "For several years the lack of snow has left it in deficit.”",
            ],
        ),
        (
            "de",
            "Er sagte: „Die Gemeinde wird den Betrieb der Fähre im Herbst einstellen. Wir danken allen, die sie"
            " über fünfzig Jahre am Leben gehalten haben.“",
            [
                "Er sagte: „Die Gemeinde wird den Betrieb der Fähre im Herbst einstellen.",
                "Wir danken allen, die sie über fünfzig Jahre am Leben gehalten haben.“",
            ],
        ),
        ("en", "“Stop! Come back at once!” she cried after him, but he was already far down the road.", None),
        ("fr", "« Non. Jamais ! » répondit-elle sans lever les yeux de son ouvrage ce soir-là.", None),
        ("en", "He said: “Mr. Smith will arrive at 5 p.m. today with the others from the embassy.”", None),
    ],
)  # fmt: skip
def test_a_statement_quoted_in_full_is_split_into_its_sentences(lang: str, text: str, expected) -> None:
    """A held-out round's article quoted a council's statement whole, each paragraph in one pair
    of quotation marks, which pysbd keeps as one sentence: four sentences against the four of
    the French statement made 0-1 links, and the run ended "no parallel content". A quotation
    whose sentences each have six words or more is split; a line of dialogue, or a quotation of
    one sentence with abbreviations, stays whole."""
    assert split_sentences_in(text, lang) == (expected or [text])


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        (
            "fr",
            "Les délégations des É.-U. et du R.-U. sont arrivées le 21 janv. de Genève. Le Prof. Ivanov a "
            "parlé de l'art. 5, c.-à-d. de la défense, p. ex. de l'OTAN. Nous sommes partis.",
            3,
        ),
        ("es", "El Sr. Lavrov habló con la Sra. Zajárova. Después, el Dr. Pérez llegó.", 2),
        ("ru", "Мы обсудили ст. 5 договора, т. е. коллективную оборону. Делегация прибыла.", 2),
        ("en", "The next round is at approx. 3 p.m. on Friday. We left.", 2),
        ("en", "The answer is yes. Prof. Ivanov agreed.", 2),
        ("ru", "Хотел бы поблагодарить Министра С.В.Лаврова за гостеприимство. Мы встретимся снова.", 2),
        ("ru", "Президент России В.В. Путин провёл переговоры с Президентом Египта А.Ф.Ас-Сиси. Стороны всё обсудили.", 2),
        ("uk", "Як заявив речник Д.С.Пєсков, зустріч відбудеться. Ми чекаємо.", 2),
        ("en", "The call starts at 3 p.m. Sofia time. Please join early.", 2),
        ("ru", "В 2025 г. Путин посетил Китай. Это важно.", 2),
        ("ru", "По данным на 2024 г. Россия занимает первое место. Это важно.", 2),
    ],
)  # fmt: skip
def test_abbreviations_do_not_end_sentences(lang: str, text: str, sentences: int) -> None:
    """pysbd ended sentences at ``É.`` / ``-U.``, ``c.`` / ``-à-d.``, ``janv.``, ``art.``,
    ``Prof.``, Spanish ``Sr.``, Russian ``ст.`` and ``т. е.``, English ``approx.``: the pieces
    were links of their own, or 1-3 links whose text read ``É. -U.``. A boundary inside a word
    before a hyphen, before a lower-case word after a full stop, after a title, or before a
    number after a reference or a month is none; a title opening the next sentence still
    starts it. Nor does a sentence end at two Cyrillic initials, spaced or not (``С.В.Лаврова``,
    the Russian Foreign Ministry's style, was cut after ``С.В.``)."""
    found = split_sentences_in(text, lang)
    assert len(found) == sentences, found
    assert "".join(found).replace(" ", "") == text.replace(" ", "")


def test_page_numbers_of_a_document_saved_as_text_are_no_text():
    """``- 2 -`` and ``Page 3 of 9`` lines, and the number after a form feed that pdftotext puts
    at each page's start, are left out; a sentence cut by the page break runs on. Before, the
    page number joined a link and was flagged ``number_mismatch``, and the cut sentence made
    two ``garbled`` links. A book's chapter number on a line of its own is kept."""
    text = (
        "Sergey Lavrov: The talks lasted about ninety\n\n\f2\n\nminutes. We expected nothing.\n\n"
        "- 3 -\n\nPage 4 of 9\n\n1\n\nThe end."
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)] == [
        ("Sergey Lavrov", "The talks lasted about ninety minutes. We expected nothing."),
        (None, "1"),
        (None, "The end."),
    ]


def test_running_headers_beside_page_numbers_are_no_text_and_the_cut_sentence_runs_on():
    """Round Y (stop 62), transcripts saved from a PDF: ``Unofficial translation`` beside each
    ``Page N of 3`` stayed in the middle of the sentence the break cut (``…without new
    Unofficial translation debt.``, flagged ``name_mismatch``), ``Página 1 de 3`` and ``Strona
    1 z 3`` were no page numbers (paired with each other as text), and the words after the
    break lost their speaker. A line beside one page break only is text; a word cut by a hyphen
    runs on without a space."""
    text = (
        "HOFFMANN: It will be borne entirely by the current budget, without new\n\nPage 1 of 3\n\n"
        "Unofficial translation\n\ndebt. Part of it will be offset.\n\nQUESTION: Which subsidies?\n\n"
        "HOFFMANN: The details will be pre-\n\nPage 2 of 3\n\nUnofficial translation\n\nsented in the autumn.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)] == [
        (
            "HOFFMANN",
            "It will be borne entirely by the current budget, without new debt. Part of it will be offset.",
        ),
        ("QUESTION", "Which subsidies?"),
        ("HOFFMANN", "The details will be pre-sented in the autumn."),
    ]
    polish = (
        "Budowa trwała cztery lata i kosztowała\n\nStrona 1 z 3\n\nponad sześćset milionów złotych.\n\n"
        "Dziękuję.\n\nStrona 2 z 3\n\nMost to nie tylko beton i stal.\n"
    )
    assert [p.text for p in split_paragraphs(polish)] == [
        "Budowa trwała cztery lata i kosztowała ponad sześćset milionów złotych.",
        "Dziękuję.",
        "Most to nie tylko beton i stal.",
    ]
    spanish = "Discurso de la presidenta\n\nPágina 1 de 3\n\nGracias a todos.\n"
    assert [p.text for p in split_paragraphs(spanish)] == ["Discurso de la presidenta", "Gracias a todos."]


def test_a_word_a_hyphen_cut_at_a_line_end_is_written_whole_where_the_language_knows_it():
    """Round Y (stop 62): text saved from a PDF, wrapped with hyphens, kept them in the sentences
    (``pre-sented``, ``dov-ranno``, ``tradi-cional``), so the TSV and the TMX held words no
    translator writes. The paragraph's language decides: a word its dictionary knows whole, whose
    second part is no word as written, is one word; a compound keeps its hyphen."""
    text = (
        "The details will be pre-\nsented by the well-\nknown chair after the counter-\nproposals and\n"
        "consecu-\ntive meetings.\n\nLe aziende dov-\nranno rinnovare le attrezza-\nture elett-\nriche.\n\n"
        "Die Bundes-\nregierung hat die Verhand-\nlungen beendet.\n"
    )
    paragraphs = split_paragraphs(text)
    assert [s.text for s in split_sentences(paragraphs, ["en", "it", "de"])] == [
        "The details will be presented by the well-known chair after the counter-proposals and "
        "consecutive meetings.",
        "Le aziende dovranno rinnovare le attrezzature elettriche.",
        "Die Bundesregierung hat die Verhandlungen beendet.",
    ]
    assert [s.text for s in split_sentences(paragraphs[:1], ["xx"])] == [
        "The details will be pre-sented by the well-known chair after the counter-proposals and "
        "consecu-tive meetings."
    ]


def test_a_programmes_times_of_day_are_text_not_timestamps():
    """Round AA (stop 62): an open day's programme (``10:00 – Welcome by the director.``) was read
    as a timestamped transcript, its hours as minutes (``00:10:00``), the times cut from the text
    and every later line given the last one's time. Times to the quarter hour, three or more,
    are a programme's; a transcript's minutes and seconds are still timestamps."""
    programme = (
        "Open day\n\n10:00 – Welcome by the director.\n\n11:00 – Guided tour of the greenhouses.\n\n"
        "14:30 – Concert in the palm house.\n\nThe café will be open all day.\n"
    )
    paragraphs = split_paragraphs(programme)
    assert [p.text for p in paragraphs][1:4] == [
        "10:00 – Welcome by the director.",
        "11:00 – Guided tour of the greenhouses.",
        "14:30 – Concert in the palm house.",
    ]
    assert all(not p.times for p in paragraphs)
    transcript = "00:04 Anna: Hello everyone.\n00:17 Ben: Hi.\n00:52 Anna: Let us start.\n"
    assert [(p.speaker, p.times[0][1]) for p in split_paragraphs(transcript)] == [
        ("Anna", 4.0),
        ("Ben", 17.0),
        ("Anna", 52.0),
    ]


def test_turns_exported_as_label_tab_text_are_speaker_turns():
    """``Label<TAB>text`` lines (a transcription service's export, a Word table saved as text),
    with a time before them or not, are turns; before, the TSV's text read ``Question\\tWill…``
    and "Will" after the label was taken for a name."""
    text = "00:00:01\tQuestion\tWill there be another meeting?\n00:00:05\tSergey Lavrov\tYes, next week.\n"
    paragraphs = split_paragraphs(text)
    assert [(p.speaker, p.text, p.times) for p in paragraphs] == [
        ("Question", "Will there be another meeting?", ((0, 1.0, 5.0),)),
        ("Sergey Lavrov", "Yes, next week.", ((0, 5.0, 5.0),)),
    ]
    plain = split_paragraphs("Question\tWhy?\nSergey Lavrov\tBecause.\n")
    assert [(p.speaker, p.text) for p in plain] == [("Question", "Why?"), ("Sergey Lavrov", "Because.")]
    assert split_paragraphs("Name\tValue\n")[0].text == "Name\tValue"


def test_huge_one_line_paragraph_is_split_whole():
    """A transcript pasted as one line (no paragraph breaks) of ~200,000 characters is split in
    windows before pysbd: every sentence still comes out whole and no character is lost."""
    paragraphs = split_paragraphs(KREMLIN.read_text(encoding="utf-8"))
    sentences = [s for p in paragraphs if p.text.endswith(".") for s in split_sentences_in(p.text, "en")]
    assert len(sentences) > 50
    text = " ".join(sentences * 12)
    assert len(text) > 100_000
    out = split_sentences_in(text, "en")
    assert "".join(out).replace(" ", "") == text.replace(" ", "")
    assert out == sentences * 12


# ---------------------------------------------------------------------------------------------
# Subtitles


def _sentences_of(paragraphs):
    from align.segment import split_sentences

    return split_sentences(paragraphs, ["en"] * len(paragraphs))


def test_a_cue_without_its_number_entities_and_sound_tags_within_lines():
    """An SRT cue whose number line is missing (written by hand, or files cut together) is read
    (webvtt-py dropped it unseen, and a drifted number in it went unchecked); entities some SRT
    files carry are text (``&amp;``, ``&#39;``); a sound description within a spoken line
    (``[SIGHS] I don't know``, ``(laughing)``, music marks) is no speech, as one on its own
    line is not (before: ``SIGHS`` was a name the translation lacked)."""
    from align.read import parse_subtitles
    from align.segment import cue_paragraphs

    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\nWe arrived on Friday.\n\n"
        "00:00:04,000 --> 00:00:06,000\nThe talks lasted three hours.\n\n"
        "3\n00:00:07,000 --> 00:00:09,000\n[SIGHS] Johnson &amp; Johnson paid.\n\n"
        "4\n00:00:10,000 --> 00:00:12,000\n(laughing) It&#39;s over. ♪\n"
    )
    cues = parse_subtitles(srt, "srt")
    assert [(c.start, c.text) for c in cues] == [
        (1.0, "We arrived on Friday."),
        (4.0, "The talks lasted three hours."),
        (7.0, "[SIGHS] Johnson & Johnson paid."),
        (10.0, "(laughing) It's over. ♪"),
    ]
    sentences = [s.text for s in _sentences_of(cue_paragraphs(cues))]
    assert sentences == [
        "We arrived on Friday.",
        "The talks lasted three hours.",
        "Johnson & Johnson paid.",
        "It's over.",
    ]


def test_subtitle_sentences_run_across_cues_and_keep_their_times():
    """The remarks flowed into 64-character cues cut mid-sentence give back the sentences of the
    plain text, the turn's label, and for each sentence the start of the cue where it begins
    and the end of the cue where it ends."""
    from align.read import parse_subtitles
    from align.segment import cue_paragraphs

    speech = speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")
    cues = parse_subtitles(as_subtitles(speech), "srt")
    segments = _sentences_of(cue_paragraphs(cues))
    plain = _sentences_of(split_paragraphs("\n\n".join(speech)))
    assert [s.text for s in segments] == [s.text for s in plain] and len(segments) == 8
    assert {s.speaker for s in segments} == {"FOREIGN MINISTER LAVROV"}
    assert all(s.start is None for s in plain)
    starts = [c.start for c in cues]
    ends = [c.end for c in cues]
    for seg in segments:
        first = max(i for i, c in enumerate(cues) if c.start <= seg.start)
        assert seg.start == starts[first] and seg.end in ends and seg.end > seg.start
        assert seg.text.split()[0] in cues[first].text.split(), "a sentence starts in its first cue"
    assert segments[0].start == 1.0 and segments[-1].end == cues[-1].end
    assert [s.start for s in segments] == sorted(s.start for s in segments)
    assert len({s.para for s in segments}) == 3, "a 2 s pause after a sentence ends a paragraph"


def test_dialogue_dashes_voices_and_labels_open_turns():
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 3.0, "QUESTION: Did the meeting last", None),
        Cue(3.1, 4.0, "an hour and a half?", None),
        Cue(4.2, 6.0, "- Yes, as planned.\n- Was it a bad sign?", None),
        Cue(6.1, 8.0, "Punctuality cannot be", "Sergey Lavrov"),
        Cue(8.1, 9.0, "a bad sign in principle.", "Sergey Lavrov"),
    ]
    paragraphs = cue_paragraphs(cues)
    assert [(p.speaker, p.text) for p in paragraphs] == [
        ("QUESTION", "Did the meeting last an hour and a half?"),
        (None, "Yes, as planned."),
        (None, "Was it a bad sign?"),
        ("Sergey Lavrov", "Punctuality cannot be a bad sign in principle."),
    ]
    assert [p.time_of(0, len(p.text)) for p in paragraphs] == [(1.0, 4.0), (4.2, 6.0), (4.2, 6.0), (6.1, 9.0)]


def test_broadcast_caption_chevrons_open_turns():
    """US broadcast captions, in capitals, mark each change of speaker with ``>>`` (``>>>`` a new
    story) and run on without pauses: each mark opens a turn and is no part of the text (before,
    the question ran into the answer and the marks stayed in the sentences)."""
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 3.0, ">> THE MEETING LASTED FOR ONLY AN HOUR AND A HALF", None),
        Cue(3.0, 5.0, "AS IT HAD BEEN PLANNED. IS THAT A BAD SIGN?", None),
        Cue(5.0, 7.0, ">> SERGEY LAVROV: PUNCTUALITY CANNOT BE\nA BAD SIGN IN PRINCIPLE.", None),
        Cue(7.0, 9.0, ">>> IN OTHER NEWS TODAY, GENEVA", None),
    ]
    paragraphs = cue_paragraphs(cues)
    assert [(p.speaker, p.text) for p in paragraphs] == [
        (None, "THE MEETING LASTED FOR ONLY AN HOUR AND A HALF AS IT HAD BEEN PLANNED. IS THAT A BAD SIGN?"),
        ("SERGEY LAVROV", "PUNCTUALITY CANNOT BE A BAD SIGN IN PRINCIPLE."),
        (None, "IN OTHER NEWS TODAY, GENEVA"),
    ]


def test_sound_descriptions_are_not_speech_and_a_lone_dash_opens_a_turn():
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 2.0, "[APPLAUSE]", None),
        Cue(2.0, 4.0, "(laughs)\nThe meeting lasted\nan hour and a half.", None),
        Cue(4.1, 6.0, "Was it a bad sign?\n- Not at all.", None),
        Cue(6.1, 7.0, "♪ Ode to Joy ♪", None),
        Cue(7.1, 8.0, "-20 degrees in Geneva.", None),
    ]
    assert [p.text for p in cue_paragraphs(cues)] == [
        "The meeting lasted an hour and a half. Was it a bad sign?",
        "Not at all.",
        "-20 degrees in Geneva.",
    ], "the music is a pause; a minus sign is no dialogue dash"
    # a spoken sentence in parentheses (an aside) is speech; a short one without a stop is a sound
    aside = [
        Cue(1.0, 3.0, "( Dinah was the cat . )", None),
        Cue(3.0, 4.0, "(Door closes.)", None),
        Cue(4.0, 6.0, "Alice began to get very tired.", None),
    ]
    assert [p.text for p in cue_paragraphs(aside)] == [
        "( Dinah was the cat . )",
        "Alice began to get very tired.",
    ], "the sound's second is a pause after a full stop: a paragraph ends"


def _caption_words(text: str) -> list[str]:
    return re.sub(r"[^\w\s’'-]|(?<!\w)-|-(?!\w)", " ", text).lower().split()


def test_unpunctuated_captions_are_cut_into_chunks_at_pauses():
    """Automatic captions of the Kremlin transcript (lower case, no punctuation, a short pause
    after each sentence) ran on into one 2,000-word "sentence"; now they come back as chunks
    of 10 to 30 words, no word lost, each ending at a pause where one falls within that
    length, so most chunks are whole sentences."""
    from align.read import parse_subtitles
    from align.segment import CHUNK_WORDS, cue_paragraphs

    paragraphs = [p for p in split_paragraphs(KREMLIN.read_text(encoding="utf-8")) if p.text.endswith(".")]
    sentences = [s for p in paragraphs for s in split_sentences_in(p.text, "en")]
    cues = parse_subtitles(as_auto_captions(sentences), "srt")
    caption_paragraphs = cue_paragraphs(cues)
    assert len(caption_paragraphs) == 1, "without punctuation no pause ends a paragraph"
    segments = _sentences_of(caption_paragraphs)
    words = [w for s in sentences for w in _caption_words(s)]
    assert len(words) > 1500
    assert " ".join(s.text for s in segments) == " ".join(words)
    least, _, most = CHUNK_WORDS
    sizes = [len(s.text.split()) for s in segments]
    assert all(least <= n <= most for n in sizes[:-1]) and sizes[-1] <= most
    sentence_ends = set(accumulate(len(_caption_words(s)) for s in sentences))
    chunk_ends = list(accumulate(sizes))
    for start, end in zip([0, *chunk_ends], chunk_ends[:-1]):
        if end not in sentence_ends:
            reachable = range(start + least, min(start + most, len(words) - least) + 1)
            assert not sentence_ends.intersection(reachable), "a pause within reach is where a chunk ends"
    assert 2 * len(sentence_ends.intersection(chunk_ends)) > len(chunk_ends)
    assert all(s.start is not None and s.end > s.start for s in segments)
    assert [s.start for s in segments] == sorted(s.start for s in segments)


def test_unpunctuated_plain_text_is_cut_and_punctuated_text_is_not():
    """Text without punctuation (a speech recogniser's output) is cut every 18 words or so;
    no sentence of the seed files counts as unpunctuated, nor does a long sentence with a
    comma every few dozen words."""
    from align.segment import is_run_on

    remarks = " ".join(_caption_words(EN_REMARKS.read_text(encoding="utf-8")))
    segments = _sentences_of(split_paragraphs(remarks))
    sizes = [len(s.text.split()) for s in segments]
    assert len(sizes) > 10 and set(sizes[:-1]) == {18} and sizes[-1] <= 30
    assert " ".join(s.text for s in segments) == remarks
    for path in (EN_REMARKS, MIXED, KREMLIN):
        paragraphs = split_paragraphs(path.read_text(encoding="utf-8"))
        assert not any(is_run_on(s.text) for s in _sentences_of(paragraphs))
    long = (
        ", ".join(" ".join(_caption_words(s)) for s in split_sentences_in(en_remarks_tail(), "en")[:3]) + "."
    )
    assert len(long.split()) > 60 and not is_run_on(long)
    assert not is_run_on(GENEVA_ZH.replace("\n", "")), "Chinese punctuation counts"
    assert is_run_on(re.sub(r"[，。、；：！？“”\n]", "", GENEVA_ZH)), "two ideographs a word"


def _qa_turns(count: int) -> list[tuple[str, list[str]]]:
    """The first ``count`` speaker turns of the press conference: (speaker, paragraphs)."""
    turns: list[tuple[str, list[str]]] = []
    for para in split_paragraphs(MIXED.read_text(encoding="utf-8")):
        if para.speaker and turns and para.speaker == turns[-1][0]:
            turns[-1][1].append(para.text)
        elif para.speaker:
            turns.append((para.speaker, [para.text]))
    return turns[:count]


def _clock(seconds: int, hours: bool = False) -> str:
    return (
        f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if hours
        else f"{seconds // 60}:{seconds % 60:02d}"
    )


@pytest.mark.parametrize(
    "layout",
    [
        lambda who, t, text: f"{who}  {_clock(t)}\n{text}",  # Otter
        lambda who, t, text: f"{who}: ({_clock(t)})\n{text}",  # Rev
        lambda who, t, text: f"{who} ({_clock(t, True)}):\n{text}",
        lambda who, t, text: f"[{_clock(t, True)}] {who}: {text}",
    ],
    ids=["otter", "rev", "rev-hours", "time-first"],
)
def test_timestamped_transcripts_give_turns_and_times(layout):
    """The press conference's first six turns as transcription services export them: each
    timestamp line opens a turn (it is no sentence, and its speaker is the turn's), the
    sentences are those of the plain file, and each keeps its turn's time, from its
    timestamp to the next one."""
    turns = _qa_turns(6)
    starts = [37 * k + 5 for k in range(len(turns))]
    text = "\n\n".join(layout(who, t, "\n\n".join(paras)) for (who, paras), t in zip(turns, starts))
    segments = _sentences_of(split_paragraphs(text))
    plain = _sentences_of(split_paragraphs("\n\n".join(f"{who}: {chr(10).join(p)}" for who, p in turns)))
    assert [(s.speaker, s.text) for s in segments] == [(s.speaker, s.text) for s in plain]
    assert {s.speaker for s in segments} == {"Question", "Sergey Lavrov"}
    ends = [*starts[1:], starts[-1]]
    by_turn = {}
    for seg in segments:
        by_turn.setdefault((seg.start, seg.end), []).append(seg)
    assert list(by_turn) == [(float(a), float(b)) for a, b in zip(starts, ends)]


def test_a_sentence_that_opens_with_a_clock_time_is_no_timestamp():
    text = (
        "10:30 was the hour we met.\n\nSergey Lavrov: We talked for an hour and a half.\n\n9:15 is too early."
    )
    segments = _sentences_of(split_paragraphs(text))
    assert [s.text for s in segments][0] == "10:30 was the hour we met."
    assert all(s.start is None for s in segments), "one time, or times that go back, make no transcript"
    kremlin = split_paragraphs(KREMLIN.read_text(encoding="utf-8"))
    assert not any(p.times for p in kremlin), "two meetings' clock times (15:30, 16:00) are no timestamps"
    assert sum(p.text == "15:30" for p in kremlin) == 1


def test_presplit_subtitles_are_one_sentence_per_cue(tmp_path):
    from align.pipeline import load_streams
    from align.read import read_document

    en, fr = tmp_path / "en.srt", tmp_path / "fr.vtt"
    en.write_text(as_subtitles(speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")), encoding="utf-8")
    fr.write_text(as_subtitles(speech_paragraphs(MIXED, "Monsieur le Secr"), "vtt"), encoding="utf-8")
    streams = load_streams(en, fr, presplit=True)
    cues = read_document(en).cues
    assert [s.text for s in streams.src] == [" ".join(c.text.split()) for c in cues]
    assert [(s.start, s.end) for s in streams.src] == [(c.start, c.end) for c in cues]
    assert streams.src[0].text.startswith("FOREIGN MINISTER LAVROV: (Via interpreter)")
    assert len(streams.tgt) == len(read_document(fr).cues) == 26


DUAL = """1
00:00:01,000 --> 00:00:03,000
Good evening, Mr. Minister.
Bonsoir, Monsieur le Ministre.

2
00:00:03,500 --> 00:00:05,000
Thank you.
Merci.

3
00:00:05,500 --> 00:00:09,000
How long did the meeting last?
Combien de temps a duré la réunion ?

4
00:00:09,500 --> 00:00:11,000
An hour and a half.
Une heure et demie.

5
00:00:11,500 --> 00:00:13,000
Is that a bad sign?
Est-ce un mauvais signe ?

6
00:00:12,500 --> 00:00:14,000
Je vous remercie, Monsieur le Ministre.

7
00:00:14,500 --> 00:00:15,000
No.
Non.
"""


def test_dual_subtitles_split_into_their_two_languages(tmp_path):
    """Each cue a line and its translation below it, lines too short to detect alone: the
    upper lines are one stream, the lower lines the other, each sentence with its cue's time."""
    from align.pipeline import load_streams

    path = tmp_path / "dual.srt"
    path.write_text(DUAL, encoding="utf-8")
    streams = load_streams(path)
    assert (streams.src_lang, streams.tgt_lang) == ("en", "fr")
    assert [s.text for s in streams.src] == [
        "Good evening, Mr. Minister.",
        "Thank you.",
        "How long did the meeting last?",
        "An hour and a half.",
        "Is that a bad sign?",
        "No.",
    ]
    assert [s.text for s in streams.tgt][1::2] == [
        "Merci.",
        "Une heure et demie.",
        "Je vous remercie, Monsieur le Ministre.",
    ]
    assert len(streams.tgt) == 7, "a line shown in one language only goes to that language"
    assert [(s.start, s.end) for s in streams.tgt][-1] == (14.5, 15.0)


def test_dual_subtitles_keep_each_line_in_the_language_of_its_place(tmp_path):
    """Round S: an upper-line sentence full of Portuguese names, run over two cues, was read
    again as Portuguese and went to the lower stream, leaving it and its translation two null
    links. The place of a line in a dual file says its language."""
    from align.pipeline import load_streams

    pairs = [
        ("Heavy rain has caused severe flooding in central Portugal.", "A chuva forte provocou cheias graves no centro de Portugal."),
        ("The river burst its banks early on Tuesday morning.", "O rio galgou as margens na madrugada de terça-feira."),
        ("Our correspondent Rita Santos", "A nossa correspondente Rita Santos"),
        ("is in Coimbra.", "está em Coimbra."),
        ("Rescue teams are working through the night.", "As equipas de socorro trabalham durante a noite."),
    ]  # fmt: skip
    cues = [
        f"{k + 1}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},500\n{en}\n{pt}\n"
        for k, (en, pt) in enumerate(pairs)
    ]
    path = tmp_path / "dual.srt"
    path.write_text("\n".join(cues), encoding="utf-8")
    streams = load_streams(path)
    assert (streams.src_lang, streams.tgt_lang) == ("en", "pt")
    assert [s.text for s in streams.src][2] == "Our correspondent Rita Santos is in Coimbra."
    assert [s.text for s in streams.tgt][2] == "A nossa correspondente Rita Santos está em Coimbra."
    assert len(streams.src) == len(streams.tgt) == 4


def test_a_lone_short_line_of_dual_subtitles_goes_to_the_language_of_its_words(tmp_path):
    """Round AC (stop 63): a cue holding only ``Merci.`` in a dual English-French file, too short
    for langdetect, went to the English stream and into an English link; its words say French."""
    from align.pipeline import load_streams

    pairs = [
        ("The minister arrived in Lyon this morning.", "Le ministre est arrivé à Lyon ce matin."),
        ("He met the mayor at the town hall.", "Il a rencontré le maire à l'hôtel de ville."),
        ("The visit lasted two hours.", "La visite a duré deux heures."),
    ]
    cues = [
        f"{k + 1}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},500\n{en}\n{fr}\n"
        for k, (en, fr) in enumerate(pairs)
    ]
    cues.append("4\n00:00:08,000 --> 00:00:09,000\nMerci.\n")
    path = tmp_path / "dual.srt"
    path.write_text("\n".join(cues), encoding="utf-8")
    streams = load_streams(path)
    assert [s.text for s in streams.tgt][-1] == "Merci."
    assert "Merci." not in [s.text for s in streams.src]


def test_one_language_subtitles_wrapped_on_two_lines_are_not_dual():
    from align.pipeline import dual_subtitles
    from align.read import parse_subtitles

    cues = parse_subtitles(as_subtitles(speech_paragraphs(EN_REMARKS, "FOREIGN MINISTER")), "srt")
    assert sum(c.text.count("\n") == 1 for c in cues) >= 0.9 * len(cues)
    assert dual_subtitles(cues) is None


def test_an_interpreted_meetings_subtitles_wrapped_turn_by_turn_are_not_dual():
    """A reviewer's SRT of an interpreted meeting: each turn in its own language wrapped over
    two lines, Spanish and English turns alternating. Its upper lines pooled read as one
    language and its lower lines as the other (here the Spanish cues wrap late, the English
    early), so it was split as dual subtitles, every upper line to one side and every lower line
    to the other: 1 of 21 pairs found, exit 2. The two lines of most cues are in one language:
    it is one file of turns."""
    from align.pipeline import dual_subtitles
    from align.read import Cue

    spanish = split_sentences_in(REMARKS["es"].split("\n\n", 2)[2], "es")
    english = split_sentences_in(en_remarks_tail(), "en")
    cues = []
    for es, en in zip(spanish, english, strict=False):
        for sentence, share in ((es, 0.8), (en, 0.2)):
            words = sentence.split()
            cut = max(1, round(share * len(words)))
            text = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
            cues.append(Cue(2.0 * len(cues), 2.0 * len(cues) + 1.5, text, None))
    assert len(cues) >= 10
    assert dual_subtitles(cues, ("es", "en")) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Wonderful ! ! ! Then it was over.", ["Wonderful ! ! !", "Then it was over."]),
        ("fr", "— Allons , Jacques . —", ["— Allons , Jacques . —"]),
        ("fr", "— Allons , Jacques . — Il partit.", ["— Allons , Jacques .", "— Il partit."]),
        ("fr", "Merci. *", ["Merci. *"]),
        ("en", "* * *", ["* * *"]),
        (
            "fr",
            "— Pourquoi pas ? dit le Lièvre. Alice se tut.",
            ["— Pourquoi pas ? dit le Lièvre.", "Alice se tut."],
        ),
        ("en", "' Why not ? ' said the March Hare .", ["' Why not ? ' said the March Hare ."]),
        ("de", "Wie bitte? fragte er. Dann ging er.", ["Wie bitte? fragte er.", "Dann ging er."]),
        ("en", "Is it true? Yes, it is.", ["Is it true?", "Yes, it is."]),
    ],
)
def test_punctuation_and_speech_tags_are_no_sentence(lang, text, expected):
    """What pysbd cuts off after a full stop (the rest of ``! ! !``, a closing dash, an
    asterisk) stays with the sentence before it; a dash that opens the next line of dialogue
    still opens it, and a paragraph of punctuation alone stays one segment. A speech tag in lower
    case after a question or exclamation mark stays with its line; a capital opens a sentence."""
    assert split_sentences_in(text, lang) == expected


ALICE_EN = SHARED / "bench" / "transread_en_fr" / "en" / "AlicesAdventuresInWonderland"


@pytest.mark.skipif(not ALICE_EN.is_file(), reason="shared/bench not present")
def test_a_closing_quote_after_a_spaced_full_stop_stays_with_its_sentence():
    """TransRead's Alice is tokenized (``… nothing to do : once or twice she had peeped … ? '``):
    pysbd cut each closing quote after a spaced full stop off as a segment of its own (its
    English stream held 1,135 segments, 939 now), each a null link flagged ``omission``. Now no
    segment without a letter or digit remains but a paragraph of punctuation alone."""
    from align.segment import split_sentences

    text = ALICE_EN.read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    segments = split_sentences(paragraphs, ["en"] * len(paragraphs))
    assert sum(line.rstrip().endswith(". '") for line in text.splitlines()) >= 100
    bare = [s for s in segments if not re.search(r"[^\W_]", s.text)]
    assert all(s.text == paragraphs[s.para].text for s in bare), bare[:5]
    assert any(s.text.endswith(". '") for s in segments)


def test_two_files_of_lines_too_short_to_detect_keep_their_named_languages(tmp_path):
    """Two files of short replies (``Yes.`` / ``Oui.``) that langdetect cannot judge, not even as
    a whole: with ``--langs`` each file's lines are in its language; without, the error asks for
    ``--langs``. A run of lines of another language (three here) in a file of a pair is still
    left out; one or two of the source language in the target file stay, as a sentence left
    untranslated does (tests/test_detect.py)."""
    from align.pipeline import load_streams

    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text("Yes.\nNo.\nThank you.\nWhy?\nOK.\nGoodbye.\n", encoding="utf-8")
    fr.write_text("Oui.\nNon.\nMerci.\nPourquoi ?\nD'accord.\nAu revoir.\n", encoding="utf-8")
    streams = load_streams(en, fr, ("en", "fr"))
    assert [s.text for s in streams.src] == ["Yes.", "No.", "Thank you.", "Why?", "OK.", "Goodbye."]
    assert [s.lang for s in streams.tgt] == ["fr"] * 6 and streams.tgt[3].text == "Pourquoi ?"
    with pytest.raises(AlignError, match="no language could be detected.*--langs"):
        load_streams(en, fr)
    mixed = tmp_path / "fr_with_english.txt"
    mixed.write_text(
        "Nous n'attendons pas non plus de percée de cette rencontre.\n\n"
        "We do not expect a breakthrough at these negotiations either, as I said yesterday.\n\n"
        "What we expect is concrete answers to our concrete proposals.\n\n"
        "We will see whether they come in the next few weeks.\n\n"
        "Nous attendons des réponses concrètes à nos propositions concrètes.\n",
        encoding="utf-8",
    )
    assert [s.text[:5] for s in load_streams(en, mixed, ("en", "fr")).tgt] == ["Nous ", "Nous "]


def test_presplit_file_in_the_other_language_than_langs_says_is_refused(tmp_path):
    """Pre-split lines are labelled by --langs, not detected one by one; a file plainly in the
    other language (the English given twice) is a one-line error, a real pair loads."""
    from align.pipeline import load_streams

    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text(
        "We do not expect a breakthrough at these negotiations either.\n"
        "What we expect is concrete answers to our concrete proposals.\n",
        encoding="utf-8",
    )
    fr.write_text(
        "Nous n'attendons pas non plus de percée de cette rencontre.\n"
        "Nous attendons des réponses concrètes à nos propositions concrètes.\n",
        encoding="utf-8",
    )
    with pytest.raises(AlignError, match=r"en.txt is in English \(en\), not French \(fr\) as --langs says"):
        load_streams(en, en, ("en", "fr"), presplit=True)
    with pytest.raises(AlignError, match=r"fr.txt is in French \(fr\), not English \(en\)"):
        load_streams(fr, fr, ("en", "fr"), presplit=True)
    streams = load_streams(en, fr, ("en", "fr"), presplit=True)
    assert [s.lang for s in streams.tgt] == ["fr", "fr"]


def test_a_file_named_in_the_wrong_language_or_a_third_language_paragraph_is_not_relabelled(tmp_path):
    """A French file named German by --langs (or files given in the wrong order) is a one-line
    error naming the language it is in; before, its text came out as German, and a TMX wrote it
    under ``xml:lang="de"``. A mixed file whose languages --langs does not name says what it
    holds. A Russian paragraph in an English-French file is left out, counted by language;
    before, it was put in the English stream."""
    from align.pipeline import load_streams

    en, fr, mixed = tmp_path / "en.txt", tmp_path / "fr.txt", tmp_path / "mixed.txt"
    english = (
        "Sergey Lavrov: We discussed the security guarantees that Russia proposed in December. "
        "The talks lasted about ninety minutes. We did not expect a breakthrough, and there was none."
    )
    french = (
        "Sergueï Lavrov : Nous avons discuté des garanties de sécurité que la Russie a proposées en "
        "décembre. Les entretiens ont duré environ quatre-vingt-dix minutes. Nous ne nous attendions pas "
        "à une percée, et il n'y en a pas eu."
    )
    russian = (
        "Сергей Лавров: Мы обсудили гарантии безопасности, которые Россия предложила в декабре. "
        "Переговоры продолжались около девяноста минут."
    )
    en.write_text(english, encoding="utf-8")
    fr.write_text(french, encoding="utf-8")
    mixed.write_text(f"{english}\n\n{russian}\n\n{french}\n", encoding="utf-8")
    with pytest.raises(AlignError, match=r"fr.txt is in French \(fr\), not German \(de\) as --langs says"):
        load_streams(en, fr, ("en", "de"))
    with pytest.raises(AlignError, match=r"en.txt is in English \(en\), not French \(fr\)"):
        load_streams(en, fr, ("fr", "en"))
    with pytest.raises(AlignError, match=r"no German \(de\) sentences .* \(it reads as .*French \(fr\)"):
        load_streams(mixed, None, ("en", "de"))
    for langs in (None, ("en", "fr")):
        streams = load_streams(mixed, None, langs)
        assert [s.text[:5] for s in streams.src] == ["We di", "The t", "We di"], langs
        assert [s.text[:5] for s in streams.tgt] == ["Nous ", "Les e", "Nous "], langs
        assert streams.notes() == [
            f"2 segments of {mixed} in neither English (en) nor French (fr) were left out: 2 Russian (ru)"
        ]


def test_a_lone_short_line_read_as_the_other_language_stays_in_its_file(tmp_path):
    """langdetect reads "Next question, please." as French; alone between English lines of the
    English file of a pair it stays English. Before, it was left out ("1 segments … not in
    English"), and its French counterpart was folded into the next link. A run of French lines
    in a mixed file (the sample's remarks) is still the French stream."""
    from align.pipeline import load_streams

    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text(
        "Question: What did you discuss with Mr. Blinken today?\n\n"
        "Sergey Lavrov: We discussed the security guarantees.\n\n"
        "Moderator: Next question, please.\n\n"
        "Question: Will there be another meeting?\n",
        encoding="utf-8",
    )
    fr.write_text(
        "Question : De quoi avez-vous discuté avec M. Blinken aujourd'hui ?\n\n"
        "Sergueï Lavrov : Nous avons discuté des garanties de sécurité.\n\n"
        "Modérateur : Question suivante, s'il vous plaît.\n\n"
        "Question : Y aura-t-il une autre rencontre ?\n",
        encoding="utf-8",
    )
    streams = load_streams(en, fr)
    assert [s.text for s in streams.src][2] == "Next question, please."
    assert len(streams.src) == len(streams.tgt) == 4 and not streams.notes()
    sample = load_streams(EN_REMARKS, MIXED)
    assert (len(sample.src), len(sample.tgt)) == (10, 14)


def test_a_line_read_as_the_other_language_with_little_confidence_stays_in_its_file(tmp_path):
    """A line full of French names, "Our second caller, Karim, is calling from Vénissieux." (44 letters),
    reads as French at 0.57: a held-out reviewer's English file lost it and its French
    counterpart was a false omission at drift 1.0 (stop 48). Read so unsurely between English
    lines, it stays; a French sentence in the English file (read at 1.0) is still left out."""
    from align.pipeline import load_streams

    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text(
        "HOST: Thank you, Sophie, for that call.\n\n"
        "HOST: Our second caller, Karim, is calling from Vénissieux.\n\n"
        "KARIM: Good evening, my question is about the rent cap.\n",
        encoding="utf-8",
    )
    fr.write_text(
        "ANIMATRICE : Merci, Sophie, pour cet appel.\n\n"
        "ANIMATRICE : Un deuxième auditeur, Karim, nous appelle de Vénissieux.\n\n"
        "KARIM : Bonsoir, ma question porte sur l'encadrement des loyers.\n",
        encoding="utf-8",
    )
    streams = load_streams(en, fr)
    assert [s.text for s in streams.src][1] == "Our second caller, Karim, is calling from Vénissieux."
    assert len(streams.src) == len(streams.tgt) == 3 and not streams.notes()
    en.write_text(
        "HOST: Thank you, Sophie, for that call.\n\n"
        "Je ne suis pas du tout d'accord avec cette analyse du marché.\n\n"
        "KARIM: Good evening, my question is about the rent cap.\n",
        encoding="utf-8",
    )
    streams = load_streams(en, fr)
    assert len(streams.src) == 2 and streams.notes() == [
        f"1 segments of {en} not in English (en) were left out"
    ]


def test_a_tables_cells_of_foreign_names_stay_in_their_file(tmp_path):
    """Round U's press release: the English page's table of works (``Avenida del Puerto`` /
    ``3.2 km`` / ``2025``, ``Calle de Colón`` …) was read as Spanish, a run of 50 letters between
    English lines, and left out: their Spanish cells stood as omissions. Short cells, each a
    paragraph of its own, stay in their file."""
    from align.pipeline import load_streams

    en, es = tmp_path / "en.txt", tmp_path / "es.txt"
    rows = [("Section", "Tramo"), ("Length", "Longitud"), ("Avenida del Puerto", "Avenida del Puerto"),
            ("3.2 km", "3,2 km"), ("Calle de Colón", "Calle de Colón"), ("1.8 km", "1,8 km"),
            ("Camino de Vera", "Camino de Vera"), ("4.5 km", "4,5 km")]  # fmt: skip
    en.write_text(
        "The city will extend its cycle lanes by 40 kilometres. The works start in September and "
        "should end in two years. The council will vote on the plan at the end of March.\n\n"
        "Cycling in the city grew by a quarter last year, and the new lanes will link every "
        "neighbourhood to the centre. Residents and cyclists' associations helped design them.\n\n"
        + "".join(f"{a}\n\n" for a, _ in rows)
        + "Press contact: the Communications Office.\n",
        encoding="utf-8",
    )
    es.write_text(
        "La ciudad ampliará sus carriles bici en 40 kilómetros. Las obras empezarán en septiembre y "
        "deberían terminar en dos años. El pleno votará el plan a finales de marzo.\n\n"
        "El uso de la bicicleta creció una cuarta parte el año pasado, y los nuevos carriles unirán "
        "todos los barrios con el centro. Las asociaciones vecinales y ciclistas ayudaron a diseñarlos.\n\n"
        + "".join(f"{b}\n\n" for _, b in rows)
        + "Contacto de prensa: la Oficina de Comunicación.\n",
        encoding="utf-8",
    )
    streams = load_streams(en, es)
    assert len(streams.src) == len(streams.tgt) == 14 and not streams.notes()


def test_short_lines_separators_and_code_stay_in_their_file(tmp_path):
    """A run of short lines langdetect misreads ("Nobody spoke." and a ``* * *`` separator,
    then "Watson slept until noon.", read as French) stays in the English file: fewer than
    ``LONE_LETTERS`` letters in all, between English lines. A command line and a web address
    are no language (they made a four-line English file Italian), and an e-mail address kept by
    the translation is no untranslated text. Before: 2 segments left out as French, the file
    read as Italian, the contact line flagged ``untranslated``."""
    from align.checks import is_untranslated
    from align.pipeline import load_streams

    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text(
        "The train left at seven.\n\nNobody spoke.\n\n* * *\n\nWatson slept until noon.\n", encoding="utf-8"
    )
    fr.write_text(
        "Le train partit à sept heures.\n\nPersonne ne parla.\n\n* * *\n\nWatson dormit jusqu'à midi.\n",
        encoding="utf-8",
    )
    streams = load_streams(en, fr)
    assert [s.text for s in streams.src] == [
        "The train left at seven.",
        "Nobody spoke.",
        "* * *",
        "Watson slept until noon.",
    ]
    assert len(streams.tgt) == 4 and not streams.notes()
    en.write_text(
        "The new version is out.\n\npip install acme==2.4\n\nhttps://example.com/download\n\nPlease update today.\n",
        encoding="utf-8",
    )
    fr.write_text(
        "La nouvelle version est disponible.\n\npip install acme==2.4\n\nhttps://example.com/download\n\n"
        "Veuillez mettre à jour aujourd'hui.\n",
        encoding="utf-8",
    )
    streams = load_streams(en, fr)
    assert (streams.src_lang, streams.tgt_lang) == ("en", "fr") and len(streams.src) == len(streams.tgt) == 4
    assert not is_untranslated(
        "Press contact: press@acme.example", "Contact presse : press@acme.example", "en", "fr"
    )
    assert is_untranslated("We will meet again next week.", "We will meet again next week.", "en", "fr")


def test_a_speaker_label_on_a_line_of_its_own_opens_the_turn_below_it():
    """Transcripts that put ``Question:`` / ``Sergey Lavrov:`` on a line of their own (with or
    without a blank line before the text): each opens the turn below it, and is no segment (it
    was one, detected as Norwegian, a 1-0 omission); a lone ``Notes:`` heading is no speaker."""
    text = MIXED.read_text(encoding="utf-8").split("Source :")[0]
    turns = [re.match(r"(Question|Sergey Lavrov):\s+(.+)", p.strip(), re.S) for p in text.split("\n\n")]
    turns = [t for t in turns if t][:6]
    for gap in ("\n", "\n\n"):
        own_lines = "\n\n".join(f"{t[1]}:{gap}{t[2]}" for t in turns)
        paragraphs = split_paragraphs("Notes:\nA transcript.\n\n" + own_lines)
        assert [p.speaker for p in paragraphs[2:]] == [t[1] for t in turns]
        assert [p.text for p in paragraphs[2:]] == [t[2].strip() for t in turns]
        assert paragraphs[0].text == "Notes:" and paragraphs[1].speaker is None


def _clauses(path: Path) -> list[str]:
    """The seed's text cut at every comma and full stop: pieces with and without marks."""
    return [
        p for line in path.read_text(encoding="utf-8").splitlines() for p in re.split(r"(?<=[,.]) ", line)
    ]


@pytest.mark.parametrize("lang", ["en", "fr", "de", "ru", "zh", "ar", "el", "hi"])
def test_text_without_a_boundary_mark_is_what_pysbd_leaves_whole(lang):
    """``split_sentences_in`` skips pysbd where ``_BOUNDARY_MARK`` finds nothing before the
    closing punctuation; pysbd must then find no second sentence in any of the seeds' pieces
    nor in brackets it reads as list items (``unit(n)``, ``(a) … (b)``)."""
    from align import segment

    pieces = _clauses(EN_REMARKS) + _clauses(MIXED) + _clauses(KREMLIN) + GENEVA_ZH.split("，")
    pieces += ["src, tgt = unit(n), unit(m)", "first (a) the budget (b) the plan", "He said «yes» Then left"]
    skipped = 0
    for text in pieces:
        plain = text.translate(segment._SPACES)
        if not segment._BOUNDARY_MARK.search(plain.rstrip(segment._CLOSING_MARKS)):
            skipped += 1
            assert segment._sentence_starts(plain, lang) == (), text
    assert skipped > 100


def test_a_cue_that_continues_a_sentence_opens_no_turn():
    """A subtitle's sentence runs across cues, and the next cue may open on a word and a colon
    (``… del sur de`` / ``España: Doñana y la sierra``, a reviewer's documentary): that is the
    sentence going on, not a speaker named España (it cut the sentence in two and credited
    every later line to España). A label in capitals still opens a turn there."""
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 4.0, "Sobrevivían solo en dos reductos del sur de", None),
        Cue(4.1, 8.0, "España: Doñana y la sierra\nde Andújar.", None),
        Cue(8.1, 10.0, "Hoy hay más de dos mil.", None),
    ]
    assert [(p.speaker, p.text) for p in cue_paragraphs(cues)] == [
        (
            None,
            "Sobrevivían solo en dos reductos del sur de España: Doñana y la sierra de Andújar. Hoy hay más de dos mil.",
        )
    ]
    cues[1] = Cue(4.1, 8.0, "NARRADOR: Doñana y la sierra\nde Andújar.", None)
    assert [p.speaker for p in cue_paragraphs(cues)] == [None, "NARRADOR"]


def test_an_interpreters_note_in_dutch_and_nordic_languages_is_left_out():
    """``(Via een tolk)`` opening the Dutch remarks' first turn stood as a sentence of its own
    (folded into the date's link, then, once asides were no longer folded, an addition at drift
    1.0); ``(via tolk)`` alike in a reviewer's Dutch briefing. Dutch, Swedish, Danish and
    Norwegian say ``tolk``, Polish ``tłumacz``."""
    text = (
        "MINISTER LAVROV: (Via een tolk) Mijnheer de minister, collega's.\n\n"
        "Directeur aardobservatie: (via tolk) Dank u, minister.\n\n"
        "UTRIKESMINISTER: (genom tolk) Tack så mycket.\n\n"
        "MINISTER: (przez tłumacza) Dziękuję bardzo.\n"
    )
    assert [p.text for p in split_paragraphs(text)] == [
        "Mijnheer de minister, collega's.",
        "Dank u, minister.",
        "Tack så mycket.",
        "Dziękuję bardzo.",
    ]


def test_interpreters_notes_sounds_and_a_label_in_capitals_once():
    """A reviewer's interpreted briefings: ``(Via interpreter)`` opening a turn stood as a
    sentence of its own (aligned as an omission at drift 1.00, four times in one file);
    ``(Phone rings)`` and ``(gelach)`` were text and ended the speaker's turn (the sentences after
    them had no speaker); ``REPORTER (AP):`` on a line of its own, heard once, was text, and so
    was a label after the one timestamp of a file. A label in lower case heard once on its own
    line may be a heading, and stays text."""
    text = (
        "MINISTER PLANAS: (Via interpreter) Good afternoon. I want to thank Commissioner Hansen.\n\n"
        "SARAH OKONJO:\nOur first priority is clean water.\n(Phone rings)\nSorry about that.\n\n"
        "Burgemeester De Wit: Goedemiddag, dames en heren.\n(gelach)\nVandaag zetten we een stap.\n\n"
        "REPORTER (AP):\nIs there any risk of a cholera outbreak?\n\n"
        "QUESTION: (through an interpreter) When will the money arrive?\n\n"
        "Summary:\nThe minister answered.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)] == [
        ("MINISTER PLANAS", "Good afternoon. I want to thank Commissioner Hansen."),
        ("SARAH OKONJO", "Our first priority is clean water."),
        ("SARAH OKONJO", "Sorry about that."),
        ("Burgemeester De Wit", "Goedemiddag, dames en heren."),
        ("Burgemeester De Wit", "Vandaag zetten we een stap."),
        ("REPORTER", "Is there any risk of a cholera outbreak?"),
        ("QUESTION", "When will the money arrive?"),
        (None, "Summary:"),
        (None, "The minister answered."),
    ]
    stamped = "[00:00:05] Grégoire Doucet : Mesdames et Messieurs, bonjour.\n"
    assert [(p.speaker, p.text) for p in split_paragraphs(stamped)] == [
        ("Grégoire Doucet", "Mesdames et Messieurs, bonjour.")
    ]


def test_held_out_transcript_layouts_name_their_speakers():
    """A held-out reviewer round of interpreted meetings: 107 linked sentences had a wrong or
    empty speaker and 31 labels stood as text. ``[00:00:05] Moderatore:`` above its text was
    a sentence; two labels in capitals heard once each in a one-language statement were text;
    ``Direttore tecnico Novak:`` and the Russian roles in lower case after their adjective
    (``Официальный представитель:``) were read as text and the speaker before went on; an Otter
    label with a bracket (``Priya (Austin)  4:24``) was a sentence; notes on their own line
    within a turn (``(Vote à main levée)``, ``(Pausa)``) ended the turn, and ``[laughs]`` or
    ``(ride)`` within a line stayed in the sentence; ``(a través de intérprete)`` was text."""
    stamped = (
        "[00:00:05] Moderatore:\nBuongiorno e benvenuti.\n\n"
        "[00:00:19] Moderator:\nGuten Tag und willkommen.\n\n"
        "[00:00:33] Bundesrätin Keller:\nGuten Tag, meine Damen und Herren.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(stamped)] == [
        ("Moderatore", "Buongiorno e benvenuti."),
        ("Moderator", "Guten Tag und willkommen."),
        ("Bundesrätin Keller", "Guten Tag, meine Damen und Herren."),
    ]
    statement = (
        "STADTPRÄSIDENT FEHR:\nHeute beraten wir über die Sanierung des Strandbads.\n(Unruhe im Saal)\n"
        "Ich bitte um etwas Ruhe.\n\nGEMEINDERÄTIN ROTH:\nDanke, Herr Präsident.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(statement)] == [
        ("STADTPRÄSIDENT FEHR", "Heute beraten wir über die Sanierung des Strandbads."),
        ("STADTPRÄSIDENT FEHR", "Ich bitte um etwas Ruhe."),
        ("GEMEINDERÄTIN ROTH", "Danke, Herr Präsident."),
    ]
    roles = (
        "Presidente Ferraris: Ne parleremo a settembre. (ride) Oggi parliamo di ragazzi.\n"
        "Direttore tecnico Novak: Grazie, presidente.\n"
        "Официальный представитель: Добрый день.\n"
        "Генеральный секретарь: Большое спасибо.\n"
        "Он сказал: мы закончим завтра.\n"
        "Comandante del porto: Il porto resta aperto.\n"
        "Directeur général : Merci.\n"
        "Le président : Nous passons au vote.\n(Vote à main levée)\nLe règlement est adopté.\n"
        "DR. DIALLO: So no, they will not go up. [laughs]\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(roles)] == [
        ("Presidente Ferraris", "Ne parleremo a settembre. Oggi parliamo di ragazzi."),
        ("Direttore tecnico Novak", "Grazie, presidente."),
        ("Официальный представитель", "Добрый день."),
        ("Генеральный секретарь", "Большое спасибо."),
        ("Генеральный секретарь", "Он сказал: мы закончим завтра."),
        ("Comandante del porto", "Il porto resta aperto."),
        ("Directeur général", "Merci."),
        ("Le président", "Nous passons au vote."),
        ("Le président", "Le règlement est adopté."),
        ("DR. DIALLO", "So no, they will not go up."),
    ]
    otter = (
        "Ingrid Smit  0:05\nWe have questions from the chat.\n\n"
        "Priya (Austin)  4:24\nWill the expansion mean fewer jobs in Austin?\n\n"
        "Ingrid Smit  4:40\nNo, it will not.\n"
    )
    assert [p.speaker for p in split_paragraphs(otter)] == ["Ingrid Smit", "Priya", "Ingrid Smit"]
    court = (
        "JUEZA:\nPuede continuar.\n(Pausa)\nQue conste en acta.\n\n"
        "TESTIGO:\n(a través de intérprete) Yo era el jefe de operaciones.\n\n"
        "JUEZA:\nGracias.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(court)] == [
        ("JUEZA", "Puede continuar."),
        ("JUEZA", "Que conste en acta."),
        ("TESTIGO", "Yo era el jefe de operaciones."),
        ("JUEZA", "Gracias."),
    ]
    book = "( Première partie )\n\nLe navire entra dans le port.\n"
    assert [p.text for p in split_paragraphs(book)] == [
        "( Première partie )",
        "Le navire entra dans le port.",
    ]


def test_a_label_in_sentence_case_heard_twice_names_its_speaker():
    """A reviewer's rounds: ``Commissaria straordinaria:``, ``A vereadora da Educação:`` or
    ``MOSE technical director:`` (ordinary words, not names) stood in the text of their turn, whose
    sentences took the last speaker read, often the other language's. Such a label opening two
    lines or more of a transcript of turns is read; once only where its form is a role's
    (``Un parent :``, not ``The director said:``); in a text of no turns it is text."""
    text = (
        "Commissaria straordinaria: Buonasera e grazie di essere venuti.\n"
        "Extraordinary commissioner: Good evening and thank you for coming.\n"
        "Giornalista: Commissaria, chi paga la manutenzione?\n"
        "Journalist: Commissioner, who pays for maintenance?\n"
        "Commissaria straordinaria: La nuova Autorità per la laguna.\n"
        "Extraordinary commissioner: The new Lagoon Authority.\n"
        "Un parent : Et la cantine ?\n"
        "The director said: no.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)] == [
        ("Commissaria straordinaria", "Buonasera e grazie di essere venuti."),
        ("Extraordinary commissioner", "Good evening and thank you for coming."),
        ("Giornalista", "Commissaria, chi paga la manutenzione?"),
        ("Journalist", "Commissioner, who pays for maintenance?"),
        ("Commissaria straordinaria", "La nuova Autorità per la laguna."),
        ("Extraordinary commissioner", "The new Lagoon Authority."),
        ("Un parent", "Et la cantine ?"),
        ("Un parent", "The director said: no."),
    ]
    prose = "The answer is simple: we build.\nThe answer is simple: we wait.\n"
    assert [p.speaker for p in split_paragraphs(prose)] == [None, None]
    stamped = (
        "00:05 Moderadora: Buenos días.\n00:12 Moderator: Good morning.\n"
        "02:04 Canal administrator (through interpreter): Thank you.\n"
        "03:56 Canal administrator (through interpreter): It will depend on the rain.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(stamped)][2:] == [
        ("Canal administrator", "Thank you."),
        ("Canal administrator", "It will depend on the rain."),
    ]


def test_a_label_alone_on_a_cues_first_line_names_the_line_below():
    """A reviewer's SRT: ``Vicepresidente Laborde:`` on a cue's first line, the speech on the
    second, was text of the previous speaker's turn."""
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 4.0, "Presidenta Ortiz: Buenos días y bienvenidos\na la estación de Canfranc.", None),
        Cue(5.5, 8.0, "Vicepresidente Laborde:\nGracias, señora presidenta.", None),
    ]
    assert [(p.speaker, p.text) for p in cue_paragraphs(cues)] == [
        ("Presidenta Ortiz", "Buenos días y bienvenidos a la estación de Canfranc."),
        ("Vicepresidente Laborde", "Gracias, señora presidenta."),
    ]


def test_a_hungarian_label_of_a_name_and_its_title_names_the_speaker():
    """A reviewer's Hungarian subtitles: ``Szalai igazgató:`` (a name, then its title in lower
    case, as Hungarian writes it) stayed in the text and the turn took the English label
    before it."""
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 4.0, "Moderator: Director Szalai, how low is the lake?", None),
        Cue(5.5, 8.0, "Szalai igazgató: A vízszint\nnyolcvannégy centiméter.", None),
    ]
    assert [(p.speaker, p.text) for p in cue_paragraphs(cues)] == [
        ("Moderator", "Director Szalai, how low is the lake?"),
        ("Szalai igazgató", "A vízszint nyolcvannégy centiméter."),
    ]
    assert [(p.speaker, p.text) for p in split_paragraphs("Paris remains open: the city said so.\n")] == [
        (None, "Paris remains open: the city said so.")
    ]


def test_a_numbered_label_heard_once_names_the_speaker():
    """A reviewer's transcript with ``Speaker N:`` on a line of its own: ``Speaker 5:``, heard
    once, was a sentence of its own, linked to the question below it."""
    text = "Speaker 1:\nWelcome to the forum.\n\nSpeaker 2:\nThank you.\n\nSpeaker 1:\nQuestions?\n\nSpeaker 5:\nAre the hunters on board?\n"
    assert [(p.speaker, p.text) for p in split_paragraphs(text)][-1] == (
        "Speaker 5",
        "Are the hunters on board?",
    )


def test_a_captions_speaker_change_mark_opens_a_turn_in_plain_text():
    """A reviewer's plain-text news transcript with ``>>`` before each speaker kept the mark in
    8 of 17 links' text; it opens a turn of a speaker not named, or of the label after it."""
    text = (
        ">> Good evening, this is the evening news from Dubrovnik.\n\n"
        ">> Dobra večer, ovo su večernje vijesti iz Dubrovnika.\n"
        "Moderator: Welcome back.\n"
        ">> Thank you. Glad to be here.\n"
        ">>> Moderator: In other news tonight.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)] == [
        (None, "Good evening, this is the evening news from Dubrovnik."),
        (None, "Dobra večer, ovo su večernje vijesti iz Dubrovnika."),
        ("Moderator", "Welcome back."),
        (None, "Thank you. Glad to be here."),
        ("Moderator", "In other news tonight."),
    ]


def test_a_label_whose_qualifier_wraps_over_a_cues_two_lines_names_the_speaker():
    """A reviewer's SRT: ``Director Van Houtte (European`` / ``Commission): Bună ziua!`` was
    text of the previous speaker's turn, label and all; a line that leaves a bracket open runs
    on into the next."""
    from align.read import Cue
    from align.segment import cue_paragraphs

    cues = [
        Cue(1.0, 4.0, "Inspector General Dobre: Vă mulțumesc.", None),
        Cue(5.5, 8.0, "Director Van Houtte (European\nCommission): Bună ziua!", None),
    ]
    assert [(p.speaker, p.text) for p in cue_paragraphs(cues)] == [
        ("Inspector General Dobre", "Vă mulțumesc."),
        ("Director Van Houtte", "Bună ziua!"),
    ]


def test_a_one_speaker_statement_names_its_speaker_from_its_first_line():
    """A reviewer's one-language statements cut from interpreted meetings: a label in capitals
    alone on the file's first line (``TRAINER KOHLHAAS:``), heard once, was a sentence, the
    statement had no speaker and its own-line note ``(Unruhe im Saal)`` stayed as text; a bare
    time before the one label (``00:05 Assessore Zanon: …``) kept both in the first sentence; a
    role in ordinary words there (``Commissaria straordinaria:``) and a time alone above it stood
    in the text.
    The same label in capitals once further down a file without other turns stays text (it may
    be a heading)."""
    statement = (
        "TRAINER KOHLHAAS:\n"
        "Zuerst möchte ich Aberbrook zum Sieg gratulieren. Der Ausgleich war verdient.\n"
        "(Unruhe im Saal)\n"
        "Das Rückspiel ist in einer Woche.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(statement)] == [
        ("TRAINER KOHLHAAS", "Zuerst möchte ich Aberbrook zum Sieg gratulieren. Der Ausgleich war verdient."),
        ("TRAINER KOHLHAAS", "Das Rückspiel ist in einer Woche."),
    ]
    lower = "Vorwort.\n\n" + statement
    read = split_paragraphs(lower)
    assert {p.speaker for p in read} == {None} and read[1].text == "TRAINER KOHLHAAS:"
    timed = "00:05 Assessore Zanon: Il contributo d'accesso è stato applicato per 29 giorni.\n"
    assert [(p.speaker, p.text) for p in split_paragraphs(timed)] == [
        ("Assessore Zanon", "Il contributo d'accesso è stato applicato per 29 giorni.")
    ]
    # a role in ordinary words on the first line, below a time alone (which was a sentence too)
    role = "[00:00:05]\nCommissaria straordinaria: Buonasera e grazie di essere venuti.\n"
    assert [(p.speaker, p.text) for p in split_paragraphs(role)] == [
        ("Commissaria straordinaria", "Buonasera e grazie di essere venuti.")
    ]
    capitals = (
        "[00:00:05]\nINGENIERO VÁZQUEZ (XUNTA DE GALICIA):\nGracias.\n(Ruido de helicóptero)\nPerdón.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(capitals)] == [
        ("INGENIERO VÁZQUEZ", "Gracias."),
        ("INGENIERO VÁZQUEZ", "Perdón."),
    ]
    dutch = "Minister van Infrastructuur en Waterstaat: Goedemiddag, dames en heren.\n"
    assert split_paragraphs(dutch)[0].speaker == "Minister van Infrastructuur en Waterstaat"
    assert split_paragraphs("The answer is simple: we build.\n")[0].speaker is None


def test_a_second_role_heard_once_in_a_statement_opened_by_a_role():
    """A reviewer's one-language file of a hearing: ``Secretária regional do Mar:`` on its first
    line, then ``Consultor científico:`` once further down, which stood in the text of its
    paragraph and gave its four sentences the first speaker. Lines opening with a role's label
    now count as turns; a sentence opening with a role and a verb stays text."""
    hearing = (
        "Vereadora do Ambiente: Boa tarde a todos. A ribeira voltou a transbordar em março.\n\n"
        "Engenheiro hidráulico: Medimos o caudal todos os dias. Subiu três metros numa noite.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(hearing)] == [
        ("Vereadora do Ambiente", "Boa tarde a todos. A ribeira voltou a transbordar em março."),
        ("Engenheiro hidráulico", "Medimos o caudal todos os dias. Subiu três metros numa noite."),
    ]
    prose = "The minister said: we will see.\n\nThe engineer measured: three metres in one night.\n"
    assert {p.speaker for p in split_paragraphs(prose)} == {None}


def test_roles_heard_once_and_notes_of_the_rooms_mood_in_a_transcript_of_turns():
    """A reviewer's interpreted meetings: ``Une élève (lycée Justinus-Kerner) :`` and
    ``[00:04:52] Woordvoerder werkgevers (Cepa):``, heard once, stood in their turn's text (its
    sentences took the speaker before); ``(Оживление в зале)`` / ``(Stir in the room)`` at a
    line's end stayed in the sentence, and each became a link of its own."""
    text = (
        "[00:05:06] Bürgermeisterin Marchand: Wir freuen uns auf den Austausch.\n"
        "[00:05:13] La maire Marchand : Nous nous réjouissons de cet échange.\n"
        "[00:05:20] Une élève (lycée Justinus-Kerner) : Y aura-t-il aussi des places d'échange ?\n"
        "[00:05:31] Woordvoerder werkgevers (Cepa): Nee, schepen met bederfelijke lading krijgen voorrang.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)][2:] == [
        ("Une élève", "Y aura-t-il aussi des places d'échange ?"),
        ("Woordvoerder werkgevers", "Nee, schepen met bederfelijke lading krijgen voorrang."),
    ]
    mood = (
        "04:38 Министр Сергеева: Нет, освобождения не будет. (Оживление в зале)\n"
        "04:52 Minister Sergeyeva: No, there will be no exemption. (Stir in the room)\n"
        "05:01 Chair: Order, please. (Interjections)\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(mood)] == [
        ("Министр Сергеева", "Нет, освобождения не будет."),
        ("Minister Sergeyeva", "No, there will be no exemption."),
        ("Chair", "Order, please."),
    ]


def test_labels_in_square_brackets_and_question_and_answer_letters():
    """A held-out reviewer's transcripts: ``[Staatsminister Brenninger] Der Freistaat …`` (a
    label in square brackets, no colon) stayed in the text and no sentence had a speaker (80
    link sides); in an interview written ``Q.`` / ``P.`` / ``R.`` only ``Q`` was read, so the
    answers were the question's. A label in brackets counts where two lines or more open so, not
    a sound or a time; a letter where both a question's and an answer's open lines, not an
    initial alone."""
    brackets = (
        "[Moderatorin] Guten Morgen und willkommen.\n\n"
        "[Moderatrice] Buongiorno e benvenuti.\n\n"
        "[Applause] Danke.\n\n"
        "[Journalist (Süddeutsche Zeitung)] Wer hat das gewusst?\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(brackets)] == [
        ("Moderatorin", "Guten Morgen und willkommen."),
        ("Moderatrice", "Buongiorno e benvenuti."),
        ("Moderatrice", "Danke."),
        ("Journalist", "Wer hat das gewusst?"),
    ]
    assert split_paragraphs("[Sic] Das steht so im Brief.\n")[0].text == "[Sic] Das steht so im Brief."
    interview = (
        "Q. Vous vous y attendiez ?\n\nP. Estava à espera disto?\n\n"
        "R. Não, sinceramente não estava à espera.\n\nR. Non, honnêtement, je ne m'y attendais pas.\n"
    )
    assert [p.speaker for p in split_paragraphs(interview)] == ["Q", "P", "R", "R"]
    initials = "A. Dupont a signé le contrat.\n\nR. Martin l'a contresigné.\n"
    assert {p.speaker for p in split_paragraphs(initials)} == {None}


def test_an_hour_after_kl_or_godz_stays_in_its_sentence():
    """A held-out reviewer's Swedish deadline ``fredag den 14:e kl. 17.`` (at 5 p.m.) was cut
    after ``kl.``, and ``17.`` stood as a sentence of its own in the next link; Polish ``godz.``
    alike."""
    assert split_sentences_in(
        "Svaren ska vara inne senast fredag den 14:e kl. 17. Sedan stänger vi.", "sv"
    ) == [
        "Svaren ska vara inne senast fredag den 14:e kl. 17.",
        "Sedan stänger vi.",
    ]
    assert split_sentences_in("Spotkanie zaczyna się o godz. 10. Zapraszamy.", "pl") == [
        "Spotkanie zaczyna się o godz. 10.",
        "Zapraszamy.",
    ]


def test_a_speech_opening_by_addressing_the_chair_has_no_label():
    """A held-out reviewer's Spanish statement to the Security Council (a Word document):
    ``Señor Presidente: Le agradezco …``, the form of address a Spanish speech opens with, was
    read as a label, and the whole statement was the President's. A label with a name, or the
    record's ``El señor PRESIDENTE:``, stays one."""
    speech = "Señor Presidente: Le agradezco que me haya concedido la palabra.\n\nSeñor García: Gracias.\n"
    assert [(p.speaker, p.text) for p in split_paragraphs(speech)] == [
        (None, "Señor Presidente: Le agradezco que me haya concedido la palabra."),
        ("Señor García", "Gracias."),
    ]
    assert split_paragraphs("El señor PRESIDENTE: Se abre la sesión.\n")[0].speaker == "El señor PRESIDENTE"


def test_a_label_with_a_qualifier_on_its_own_line_once_and_a_bracketed_statement_label():
    """A held-out reviewer's transcripts: ``Dziennikarz (Gazeta Lubuska):`` on a line of its own,
    heard once among other turns, stood as a sentence (an omission at drift 1.0) and its
    question went to the speaker before; a one-language statement opening ``[Staatsminister
    Brenninger] Der Freistaat …`` kept its label in the text. A label in sentence case with a
    qualifier is a speaker's once too; without one it may be a heading (``Vergebene Mühe:``)."""
    text = (
        "Ministra Nowicka:\nDwa lata temu z Odry wyłowiono martwe ryby.\n\n"
        "Minister Hartung:\nDanke, Frau Ministerin.\n\n"
        "Ministra Nowicka:\nDziękuję.\n\nMinister Hartung:\nBitte.\n\n"
        "Dziennikarz (Gazeta Lubuska):\nPani minister, czy kopalnie zgodziły się?\n\n"
        "Vergebene Mühe:\nWenn Daniel sein schönes Bern erreicht, wird das Wetter besser.\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(text)][4:] == [
        ("Dziennikarz", "Pani minister, czy kopalnie zgodziły się?"),
        (None, "Vergebene Mühe:"),
        (None, "Wenn Daniel sein schönes Bern erreicht, wird das Wetter besser."),
    ]
    statement = "[Staatsminister Brenninger] Der Freistaat Bayern gibt den Kopf zurück.\n"
    assert [(p.speaker, p.text) for p in split_paragraphs(statement)] == [
        ("Staatsminister Brenninger", "Der Freistaat Bayern gibt den Kopf zurück.")
    ]


def test_chinese_and_japanese_pieces_join_without_a_space() -> None:
    """A held-out round's Japanese subtitles: a sentence across two cues read
    ``…億円で、 前年同期比…``, and the sentences of a Chinese link ``…托尼·陈。 很多…``: those
    scripts put no space between words or sentences, so the space went into the TSV and the TMX.
    Korean, which spaces its words, and any other script keep the space."""
    from align.read import parse_subtitles
    from align.segment import cue_paragraphs
    from align.types import join_text

    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\n第2四半期の売上高は1兆2,400億円で、\n\n"
        "2\n00:00:03,200 --> 00:00:05,000\n前年同期比8%の増加となりました。\n"
    )
    sentences = [s.text for s in _sentences_of(cue_paragraphs(parse_subtitles(srt, "srt")))]
    assert sentences == ["第2四半期の売上高は1兆2,400億円で、前年同期比8%の増加となりました。"]
    assert join_text(["我是托尼·陈。", "很多出口企业担心。"]) == "我是托尼·陈。很多出口企业担心。"
    assert join_text(["他说：“好。”", "Then he left."]) == "他说：“好。” Then he left."
    assert join_text(["안녕하세요.", "먼저 감사드립니다."]) == "안녕하세요. 먼저 감사드립니다."


def test_an_analyst_named_with_the_firm_is_a_speaker() -> None:
    """A held-out round's earnings call: ``James Wong, CLSA:`` stayed in the text and his three
    sentences were credited to the chief financial officer before him (``James Wong (CLSA):``
    was read). A name in full, a comma and capitalised words or an acronym make a label; a place
    after the comma does not (``New York, USA:``), nor a name of one word (``Paris, France:``)."""
    text = (
        "Budi Santoso: We budgeted 150 million dollars.\n\n"
        "James Wong, CLSA: Sorry, I was on mute.\n\n"
        "Sarah Chen, Goldman Sachs: Thanks for taking my question.\n\n"
        "New York, USA: the markets opened higher.\n\n"
        "Paris, France: the talks resumed.\n"
    )
    paragraphs = split_paragraphs(text)
    assert [p.speaker for p in paragraphs] == [
        "Budi Santoso",
        "James Wong",
        "Sarah Chen",
        "Sarah Chen",
        "Sarah Chen",
    ]
    assert paragraphs[1].text == "Sorry, I was on mute." and paragraphs[3].text.startswith("New York, USA:")


def test_a_heading_or_list_item_with_a_colon_is_no_speakers_turn():
    """Round U's structured documents: a manual's title ``SmartKettle Pro: Quick Start Guide``
    was read as the speaker ``SmartKettle Pro`` of every line after it, a floor plan's
    ``Erdgeschoss: Ur- und Frühgeschichte`` likewise, and ``Keywords:`` / ``Warning:`` cut from
    their lines. In a text whose labels do not recur, a label before a heading is part of it;
    a notice's word is no speaker. A statement's one label before a sentence stays a speaker's,
    and so do labels heard once each on most lines of a meeting."""
    manual = (
        "SmartKettle Pro: Quick Start Guide\n\nFill the kettle with water. Press the button.\n\n"
        "Warning: Never immerse the kettle in water.\n\nKeywords: kettle, boiling, safety\n"
    )
    assert [(p.speaker, p.text) for p in split_paragraphs(manual)] == [
        (None, "SmartKettle Pro: Quick Start Guide"),
        (None, "Fill the kettle with water. Press the button."),
        (None, "Warning: Never immerse the kettle in water."),
        (None, "Keywords: kettle, boiling, safety"),
    ]
    floors = (
        "Das Museum\n\nErdgeschoss: Ur- und Frühgeschichte\nErster Stock: Mittelalter\n"
        "Zweiter Stock: Neuzeit\n\nDas Museum ist täglich geöffnet. Der Eintritt ist frei.\n"
        "Führungen finden jeden Sonntag statt.\n"
    )
    assert {p.speaker for p in split_paragraphs(floors)} == {None}
    statement = "FOREIGN MINISTER LAVROV: (Via interpreter) State Secretary, colleagues, thank you.\n"
    assert [p.speaker for p in split_paragraphs(statement)] == ["FOREIGN MINISTER LAVROV"]
    meeting = "Moderator: Welcome\nAnna Berg: Thank you\nJohn Carter: Good morning\n"
    assert [p.speaker for p in split_paragraphs(meeting)] == ["Moderator", "Anna Berg", "John Carter"]


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("European Commission: press conference on the new fisheries package", "MODERATOR"),
        ("Commission européenne : conférence de presse sur le nouveau paquet pêche", "Modérateur"),
        ("House of Representatives, Committee on Agriculture: public hearing", "The Chair"),
        ("Transcript: Interview with the Minister of Housing", "MODERATOR"),
        ("Tweede Kamer, commissie voor Landbouw: openbare hoorzitting", "De voorzitter"),
    ],
)
def test_a_transcripts_title_with_a_colon_is_no_speakers_turn(title, label):
    """Round Y (stop 62): in a transcript of recurring turns, its title line with a colon was
    read as a turn, its first words taken for the speaker of the lines below it (and
    ``, Committee on Agriculture`` lost from every column). A first line whose label is found on
    no other line and whose words after the colon go on in lower case (or after a section's word
    such as ``Transcript``) is the title; ``Moderator: Welcome`` opening a meeting stays a turn
    (above)."""
    text = f"{title}\n\n{label}: Good afternoon.\n\nQ: When?\n\n{label}: Tomorrow.\n\nQ: Why?\n"
    paragraphs = split_paragraphs(text)
    assert [(p.speaker, p.text) for p in paragraphs[:2]] == [(None, title), (label, "Good afternoon.")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "78/214. Access to safe drinking water and sanitation in rural areas",
        "A/RES/78/214. Access to water",
        "II. Scope of the report",
        "3.2. Heating the water",
    ],
)
def test_a_paragraphs_number_stays_with_its_words(paragraph):
    """Round U's resolution: pysbd made ``78/214.`` a sentence of its own, aligned 1-1 with the
    French one apart from its title; a numbered heading is one sentence."""
    from align.segment import split_sentences_in

    assert split_sentences_in(paragraph) == [paragraph]
    assert split_sentences_in("In 2025. Another year began.") == ["In 2025.", "Another year began."]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Press office: Jan Weber, tel.: +49 30 1234 5678.", "en"),
        ("Service de presse : Jan Weber, tél. : +49 30 12 34 56 78.", "fr"),
        ("The figures will be released at 11 a.m. CET.", "en"),
        ("Ruling of the Regional Court of 3 June 2024, case no. IV K 12/24.", "en"),
        ("Wyrok Sądu Okręgowego z dnia 3 czerwca 2024 r., sygn. akt IV K 12/24.", "pl"),
    ],
)
def test_a_sentence_goes_on_after_tel_a_clock_and_a_case_number(text: str, lang: str) -> None:
    """Round AD (stop 63): ``tel.: +49 …`` left the number alone as ``: +49 …``, ``2 p.m. CET.``
    gave ``CET.`` to the next sentence (``name_mismatch`` twice), ``case no. II AKa 87/23`` and
    the Polish ``2024 r., sygn. akt`` were cut. A piece opening with a comma, semicolon or colon
    goes on, as do a time zone after ``p.m.`` and a Roman number after ``no.``."""
    assert split_sentences_in(f"{text} The next sentence follows.", lang) == [
        text,
        "The next sentence follows.",
    ]


def test_a_forms_field_before_a_number_is_no_speaker():
    """Round AF (stop 63): a recall notice's ``Freephone: 900 123 456, Monday to Friday`` was
    read as the speaker ``Freephone``, and every later paragraph inherited it (a date flagged for
    a number showed ``Freephone`` as its speaker). A label met once, before a number, in a text
    without other turns is a field; a transcript's turns that open with a number stay turns."""
    notice = (
        "SAFETY NOTICE: RECALL OF THE KETTLE\n\nStop using the appliance.\n\n"
        "Freephone: 900 123 456, Monday to Friday, 9 a.m. to 6 p.m.\n\nMadrid, 13 October 2023.\n"
    )
    assert {p.speaker for p in split_paragraphs(notice)} == {None}
    turns = "Question: 10\n\nAnswer: 20 years ago we met.\n\nQuestion: Why?\n\nAnswer: Because.\n"
    assert [p.speaker for p in split_paragraphs(turns)] == ["Question", "Answer", "Question", "Answer"]
    statement = "MINISTER LAVROV:  (Via interpreter) 15 years ago we met here.\n\nIt was cold.\n"
    assert [p.speaker for p in split_paragraphs(statement)] == ["MINISTER LAVROV", "MINISTER LAVROV"]
