"""The Arabic text layer: normalisers, offset maps, sentences and clitic-aware tokens."""
from __future__ import annotations

import pytest

from marsad.text.normalize import (normalize, normalize_with_map, original_span, strip_tashkeel,
                                   strip_tatweel, unify_alef, unify_teh_marbuta, unify_yeh,
                                   western_digits)
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


@pytest.mark.parametrize("func,given,want", [
    (strip_tashkeel, "غدًا", "غدا"),
    (strip_tashkeel, "حمّل", "حمل"),
    (strip_tashkeel, "اتُفق", "اتفق"),
    (strip_tatweel, "الســـلام", "السلام"),
    (unify_alef, "إسرائيل أميركا آذار", "اسرائيل اميركا اذار"),
    (unify_yeh, "على مستوى", "علي مستوي"),
    (unify_teh_marbuta, "السورية", "السوريه"),
    (western_digits, "٠٤ يناير ٢٠٢٦", "04 يناير 2026"),
    (western_digits, "۱۲۳", "123"),
])
def test_normalizers_each_do_one_thing(func, given, want):
    assert func(given) == want


def test_normalize_with_map_points_back_to_original():
    text = "قال مسؤولٌ إسرائيليّ غدًا"
    norm, offsets = normalize_with_map(text)
    i = norm.index("غدا")
    s, e = original_span(offsets, i, i + 3)
    assert text[s:e] == "غدًا"
    assert norm == normalize(text)


@pytest.mark.parametrize("word,stem,prefix", [
    ("وإسرائيليين", "إسرائيليين", "و"),
    ("وباريس", "باريس", "و"),
    ("والاجتماع", "الاجتماع", "و"),
    ("للقوات", "قوات", "لل"),
    ("بمسؤولين", "مسؤولين", "ب"),
    ("سيعقد", "يعقد", "س"),
    ("وزارة", "وزارة", ""),
    ("وصل", "وصل", ""),
    ("ومحادثاتهم", "محادثاتهم", "و"),
    ("ودعا", "دعا", "و"),          # «ودعا الوزير»: and he called, not «ودّعا» (bade farewell)
    ("ودعت", "دعت", "و"),
    ("ووقع", "وقع", "و"),          # two waws open no Arabic word
    ("ووفقا", "وفقا", "و"),
    ("وعلى", "على", "و"),
    ("وزير", "وزير", ""),
    ("و4257", "4257", "و"),        # «و4257 شخصا»: a conjunction before digits
    ("وفدا", "وفدا", ""),          # a delegation, not و + «فدا» (ransom)
    ("وفد", "وفد", ""),
    ("ووفد", "وفد", "و"),
])
def test_tokens_split_proclitics(word, stem, prefix):
    text = f"قال {word} أمس"
    tok = tokenize(text)[1]
    assert (tok.text, tok.prefix) == (stem, prefix)
    assert text[tok.start:tok.end] == tok.text


@pytest.mark.parametrize("word,lemma", [("لقائه", "لقاء"), ("رفضه", "رفض"),
                                        ("وإسرائيليين", "اسرائيلي")])
def test_tokens_lemma_ignores_clitics(word, lemma):
    assert tokenize(word)[0].lemma == lemma


def test_sentences_split_on_arabic_punctuation_not_inside_quotes():
    text = "قال الوزير: «لن نتراجع. سنواصل». وأضاف أن الحوار مستمر؟ نعم!"
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["قال الوزير: «لن نتراجع. سنواصل».", "وأضاف أن الحوار مستمر؟", "نعم!"]


def test_sentences_break_at_lines_and_keep_decimals():
    text = "ارتفع المؤشر 3.5 بالمئة\nعنوان فرعي\nوقال المتحدث إن الوضع هادئ."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["ارتفع المؤشر 3.5 بالمئة", "عنوان فرعي", "وقال المتحدث إن الوضع هادئ."]


@pytest.mark.parametrize("text", [
    "وقدم المحاضرة د . بشار أبو زعرور في الجامعة.",
    "قال د. محمد اشتية إن الحكومة ستواصل عملها.",
    "وكتب جون ف . كينيدي رسالة إلى الكونغرس.",
])
def test_sentences_stop_after_one_letter_is_an_abbreviation(text):
    assert [text[a:b] for a, b in split_sentences(text)] == [text]


def test_tokens_trailing_tatweel_is_no_part_of_the_word():
    """«صدام حسينـ،»: tatweel stretches letters inside a word; the one before the comma ends nothing."""
    toks = tokenize("صدام حسينـ، الـمـؤتـمـر")
    assert [t.text for t in toks] == ["صدام", "حسين", "الـمـؤتـمـر"]
